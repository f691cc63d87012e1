//! Lessons: the model, reading and checking lesson files, and the lessons
//! compiled into the binary.

pub mod bundled;
pub mod diagnostic;
pub mod document;
pub mod draft;
pub mod glossary;
pub mod limits;
pub mod load;
pub mod locate;
pub mod model;
pub mod parse;
pub mod prompt;
pub mod quote;
pub mod shifts;
pub mod text;
pub mod timing;
pub mod transcript;
pub mod validate;
pub mod video;

pub use diagnostic::{Diagnostic, Position, Severity};
pub use document::{Document, DocumentKind, Paragraph, Readable};
pub use load::load_lesson_file;
pub use model::{
    Image, Lesson, Passage, Section, Source, SourceKind, Speaker, SpeakerRole, Tag, Term,
};
pub use parse::{LessonReport, check_lesson};
pub use prompt::{Prompt, PromptKind, RubricLevel};
pub use quote::{Credit, Quote};

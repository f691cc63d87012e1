//! Limits that keep a huge or hostile lesson file from hurting the app.
//!
//! Each is far above what a real lesson needs: the bundled lesson is about
//! 120 KB with 14 sections; a 200-section stress lesson with 2,000 passages
//! stays inside all of them.

/// Files larger than this are refused before they are parsed.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;
/// Brackets nested deeper than this are refused by the parser.
pub const MAX_NESTING: usize = 32;
/// Longest text in any one field, in characters.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// Longest id, in characters.
pub const MAX_ID_CHARS: usize = 64;
/// Most sections in a lesson.
pub const MAX_SECTIONS: usize = 1_000;
/// Most passages in one section.
pub const MAX_PASSAGES_PER_SECTION: usize = 2_000;
/// Most prompts in one section.
pub const MAX_PROMPTS_PER_SECTION: usize = 200;
/// Most options in a choice prompt.
pub const MAX_OPTIONS: usize = 26;
/// Most points on a rating scale (`max - min + 1`).
pub const MAX_SCALE_POINTS: i64 = 11;
/// Most documents one section opens beside its transcript.
pub const MAX_DOCUMENTS_PER_SECTION: usize = 50;
/// Most entries in any other list (speakers, tags, glossary, sources, authors).
pub const MAX_LIST_ITEMS: usize = 1_000;
/// Most problems of one kind reported for a file (the rest are counted).
pub const MAX_REPORTED_CHARACTERS: usize = 20;

/// The most a question can be worth (`points`), the class view's largest
/// mark.
pub const MAX_POINTS: u32 = 1000;

/// The most levels a rubric can have.
pub const MAX_RUBRIC_LEVELS: usize = 10;

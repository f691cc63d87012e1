//! A student's work on one lesson: answers, notes, where they were.
//!
//! Keyed by the lesson's stable ids, so work survives edits to the lesson.
//! Plain data: the UI edits it only through commands, and nothing here knows
//! about egui.

pub mod anchor;
pub mod autosave;
pub mod concurrent;
pub mod disk;
pub mod file;
pub mod highlight_groups;
pub mod history;
mod progress;
pub mod saver;
pub mod session;
pub mod store;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use autosave::Autosave;
pub use highlight_groups::{TagGroup, highlights_by_tag};
pub use progress::{Progress, is_answered, lesson_progress, removed_answers, section_progress};
pub use session::{SaveStatus, Session};
pub use store::{WorkKey, WorkStore};

/// Everything one student has written in one lesson.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Work {
    /// Answers by prompt id.
    pub answers: BTreeMap<String, Answer>,
    /// Notes by section id.
    pub section_notes: BTreeMap<String, String>,
    /// The notebook for the whole lesson.
    pub notebook: String,
    /// Id of the section the student was on.
    pub current_section: Option<String>,
    /// Marks on the transcript.
    pub highlights: Vec<Highlight>,
}

/// A marked stretch of a passage, anchored by character offsets and the
/// quoted text, so it can be found again when a teacher edits the passage.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Highlight {
    /// Stable id within the work ("h1", "h2"…), used by evidence answers.
    pub id: String,
    /// The passage's id.
    pub passage: String,
    /// Start, in characters from the start of the passage.
    pub start: usize,
    /// End (exclusive), in characters.
    pub end: usize,
    /// The highlighted words, as they were.
    pub quote: String,
    /// The annotation tag's id.
    pub tag: String,
    /// The student's comment.
    pub comment: String,
}

/// An answer to one prompt. One shape for every kind, so an answer survives
/// a teacher changing a prompt's kind; each kind uses the fields it needs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    /// The written answer; for a rating, the justification.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Chosen options, as 0-based positions in the prompt's option list.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub chosen: Vec<usize>,
    /// The value picked on a rating scale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating: Option<i32>,
    /// Ids of the passages cited as evidence.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cited: Vec<String>,
    /// Ids of the student's highlights cited as evidence.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub highlights: Vec<String>,
}

impl Work {
    /// The answer to `prompt`, or an empty one.
    pub fn answer(&self, prompt: &str) -> Answer {
        self.answers.get(prompt).cloned().unwrap_or_default()
    }

    /// Sets the answer to `prompt`; an empty answer is removed.
    pub fn set_answer(&mut self, prompt: &str, answer: Answer) {
        if answer == Answer::default() {
            self.answers.remove(prompt);
        } else {
            self.answers.insert(prompt.to_owned(), answer);
        }
    }

    /// The note for `section`, or `""`.
    pub fn section_note(&self, section: &str) -> &str {
        self.section_notes.get(section).map_or("", String::as_str)
    }

    /// Adds a highlight, giving it a new id; returns the id.
    pub fn add_highlight(&mut self, mut highlight: Highlight) -> String {
        let next = self
            .highlights
            .iter()
            .filter_map(|h| h.id.strip_prefix('h').and_then(|n| n.parse::<u64>().ok()))
            .max()
            .unwrap_or(0)
            + 1;
        highlight.id = format!("h{next}");
        self.highlights.push(highlight);
        self.highlights
            .last()
            .map(|h| h.id.clone())
            .unwrap_or_default()
    }

    /// The highlight with this id.
    pub fn highlight_mut(&mut self, id: &str) -> Option<&mut Highlight> {
        self.highlights.iter_mut().find(|h| h.id == id)
    }

    /// Removes a highlight, and its citations from evidence answers.
    pub fn remove_highlight(&mut self, id: &str) {
        self.highlights.retain(|h| h.id != id);
        for answer in self.answers.values_mut() {
            answer.highlights.retain(|h| h != id);
        }
    }

    /// Sets the note for `section`; an empty note is removed.
    pub fn set_section_note(&mut self, section: &str, text: String) {
        if text.is_empty() {
            self.section_notes.remove(section);
        } else {
            self.section_notes.insert(section.to_owned(), text);
        }
    }
}

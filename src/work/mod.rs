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
#[cfg(test)]
pub mod mem_disk;
mod progress;
pub mod saver;
pub mod session;
pub mod store;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use autosave::Autosave;
pub use highlight_groups::{HighlightScope, TagGroup, highlights_by_tag};
pub use progress::{
    Progress, is_answered, lesson_progress, removed_answers, removed_highlights, section_progress,
};
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
    /// The id of the section it was made in: a highlight in a source card
    /// that several sections open belongs to (is counted and exported
    /// under) that one. Empty in work saved before this was kept: it then
    /// belongs to the first section that opens the card.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub section: String,
}

/// A highlight taken away, with where it was and which answers cited it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedHighlight {
    /// The highlight.
    pub highlight: Highlight,
    /// Its place in the list.
    pub index: usize,
    /// Answers that cited it: (prompt id, place in their list).
    pub cited_by: Vec<(String, usize)>,
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
    /// Returns what was removed, to put back with [`Self::restore_highlight`].
    pub fn remove_highlight(&mut self, id: &str) -> Option<RemovedHighlight> {
        let index = self.highlights.iter().position(|h| h.id == id)?;
        let highlight = self.highlights.remove(index);
        let mut cited_by = Vec::new();
        for (prompt, answer) in &mut self.answers {
            if let Some(at) = answer.highlights.iter().position(|h| h == id) {
                answer.highlights.remove(at);
                cited_by.push((prompt.clone(), at));
            }
        }
        Some(RemovedHighlight {
            highlight,
            index,
            cited_by,
        })
    }

    /// Puts back a removed highlight and its citations, touching nothing
    /// else (whatever was typed since stays).
    pub fn restore_highlight(&mut self, removed: RemovedHighlight) {
        if self.highlights.iter().any(|h| h.id == removed.highlight.id) {
            return;
        }
        let id = removed.highlight.id.clone();
        let index = removed.index.min(self.highlights.len());
        self.highlights.insert(index, removed.highlight);
        for (prompt, at) in removed.cited_by {
            if let Some(answer) = self.answers.get_mut(&prompt) {
                let at = at.min(answer.highlights.len());
                answer.highlights.insert(at, id.clone());
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_removed_highlight_comes_back_without_undoing_later_typing() {
        let mut work = Work::default();
        let id = work.add_highlight(Highlight {
            passage: "p".into(),
            quote: "words".into(),
            ..Highlight::default()
        });
        work.set_answer(
            "q",
            Answer {
                highlights: vec![id.clone()],
                ..Answer::default()
            },
        );
        let removed = work.remove_highlight(&id).expect("removed");
        assert!(work.highlights.is_empty());
        assert!(work.answer("q").highlights.is_empty());
        work.notebook = "typed after the removal".into();
        work.restore_highlight(removed);
        assert_eq!(work.highlights.len(), 1);
        assert_eq!(work.answer("q").highlights, [id]);
        assert_eq!(work.notebook, "typed after the removal");
    }
}

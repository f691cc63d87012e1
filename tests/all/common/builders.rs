//! A student's work as tests need it: answers of each kind, work built up
//! a piece at a time, and written where the app would find it (a class's
//! hand-in folder, any file in a folder, a laptop's folder for saved work).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use closereader::class::hand_in::hand_in_file_name;
use closereader::work::disk::RealDisk;
use closereader::work::file::WorkFile;
use closereader::work::{Answer, Highlight, Work, WorkStore};

/// A written answer (open response, short answer).
pub fn written(text: impl Into<String>) -> Answer {
    Answer {
        text: text.into(),
        ..Answer::default()
    }
}

/// A choice answer: the options chosen, as 0-based positions.
pub fn chosen(options: &[usize]) -> Answer {
    Answer {
        chosen: options.to_vec(),
        ..Answer::default()
    }
}

/// A rating answer: the value picked and why (`""` for no reason given).
pub fn rated(value: i32, why: impl Into<String>) -> Answer {
    Answer {
        rating: Some(value),
        text: why.into(),
        ..Answer::default()
    }
}

/// An evidence answer: `text` citing the student's highlights `ids`.
pub fn evidence(text: impl Into<String>, ids: &[&str]) -> Answer {
    Answer {
        text: text.into(),
        highlights: ids.iter().map(|&id| id.to_owned()).collect(),
        ..Answer::default()
    }
}

/// A student's work, built a piece at a time, then made into a work file:
/// `WorkBuilder::new().answer("q-choice", chosen(&[1])).notebook("…").file("template", "Amira K.")`.
/// Pieces go in as the app puts them: an empty answer or note is left out.
#[derive(Debug, Clone, Default)]
pub struct WorkBuilder {
    work: Work,
    lesson_hash: Option<String>,
    saved_at: Option<String>,
}

impl WorkBuilder {
    /// No work yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The answer to `prompt`.
    pub fn answer(mut self, prompt: &str, answer: Answer) -> Self {
        self.work.set_answer(prompt, answer);
        self
    }

    /// The note on `section`.
    pub fn note(mut self, section: &str, text: impl Into<String>) -> Self {
        self.work.set_section_note(section, text.into());
        self
    }

    /// The notebook for the whole lesson.
    pub fn notebook(mut self, text: impl Into<String>) -> Self {
        self.work.notebook = text.into();
        self
    }

    /// A highlight, given the next id ("h1", "h2"…) as the app gives it.
    pub fn highlight(mut self, highlight: Highlight) -> Self {
        self.work.add_highlight(highlight);
        self
    }

    /// The hash of the lesson the work was saved against (`"h"` unless
    /// set; a hash other than the lesson's says the lesson changed since).
    pub fn lesson_hash(mut self, hash: &str) -> Self {
        self.lesson_hash = Some(hash.to_owned());
        self
    }

    /// When the work file says it was saved (RFC 3339; now, unless set).
    pub fn saved_at(mut self, at: &str) -> Self {
        self.saved_at = Some(at.to_owned());
        self
    }

    /// The work itself.
    pub fn build(self) -> Work {
        self.work
    }

    /// The work file of `student` on `lesson`.
    pub fn file(self, lesson: &str, student: &str) -> WorkFile {
        let hash = self.lesson_hash.as_deref().unwrap_or("h");
        let mut file = WorkFile::new(lesson, hash, student, self.work);
        if let Some(at) = self.saved_at {
            file.saved_at = at;
        }
        file
    }
}

/// Writes `file` at `path` (any name, as a sync folder or a copy by hand
/// leaves it), making its folder first.
pub fn write_work(path: &Path, file: &WorkFile) {
    crate::common::put(path, &file.to_text());
}

/// Writes `file` into the hand-in folder `folder` under the name the app
/// gives a hand-in; returns where.
pub fn write_hand_in(folder: &Path, file: &WorkFile) -> PathBuf {
    let path = folder.join(hand_in_file_name(&file.lesson_id, &file.student));
    write_work(&path, file);
    path
}

/// The store of saved work in `dir`, on the real disk (as a laptop's
/// folder for saved work).
pub fn store_in(dir: &Path) -> WorkStore {
    WorkStore::new(dir.to_path_buf(), Arc::new(RealDisk))
}

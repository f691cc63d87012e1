//! The class's reading in the app: the teacher's choice to share it when
//! returning feedback (remembered per class folder), writing it in the
//! background, and on the student's side finding it beside the feedback
//! and turning the comparison on and off.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::CloseReaderApp;
use super::background::Job;
use crate::class::reading::{ClassReading, MIN_STUDENTS, ReadingError};
use crate::tr;
use crate::work::WorkKey;

/// At most this many class folders are remembered.
const REMEMBERED: usize = 64;

/// Whether the teacher chose to share the class's reading with `folder`'s
/// students.
pub(super) fn shares_reading(remembered: &[PathBuf], folder: &Path) -> bool {
    remembered.iter().any(|f| f == folder)
}

impl CloseReaderApp {
    /// The teacher ticked or cleared "Let students see the class's
    /// reading": kept for this class folder.
    pub(super) fn choose_share_reading(&mut self, on: bool) {
        let Some(view) = self.screen.class_mut() else {
            return;
        };
        view.share_reading = on;
        let folder = view.folder().to_path_buf();
        let remembered = &mut self.settings.share_reading;
        remembered.retain(|f| f != &folder);
        if on {
            remembered.push(folder);
        }
        let over = remembered.len().saturating_sub(REMEMBERED);
        remembered.drain(..over);
    }

    /// After returning to the class: writes the class's reading beside the
    /// feedback in the background, when the teacher chose to share it and
    /// the class is large enough.
    pub(super) fn share_class_reading(&mut self) {
        let Some(view) = self.screen.class() else {
            return;
        };
        if !view.share_reading {
            return;
        }
        let Some(lesson) = self.class_lesson_of(view) else {
            return;
        };
        let students = view.students().to_vec();
        if students.len() < MIN_STUDENTS {
            // The dialog said why; nothing is written.
            return;
        }
        // Where each student's feedback goes: beside their work.
        let folders: BTreeSet<PathBuf> = students
            .iter()
            .filter_map(|s| s.shown.path.parent())
            .map(Path::to_path_buf)
            .chain(view.feedback.values().map(|e| e.folder().to_path_buf()))
            .collect();
        self.start(Job::ShareClassReading {
            disk: self.places.disk.clone(),
            folders: folders.into_iter().collect(),
            lesson,
            students,
            day: crate::export::today(),
        });
    }

    /// Takes in the class's reading written (or not).
    pub(super) fn class_reading_shared(&mut self, result: Result<(usize, usize), String>) {
        self.say(match result {
            Ok((0, _)) => tr!("reading-shared-nowhere"),
            Ok((_, students)) => tr!("reading-shared", students = students),
            Err(why) => tr!("reading-not-shared", why = why),
        });
    }

    /// Looks for the class's reading of the open lesson where its feedback
    /// may be.
    pub(super) fn find_class_reading(&mut self, folders: Vec<PathBuf>, key: WorkKey) {
        let Some(open) = self.screen.lesson() else {
            return;
        };
        let job = Job::FindClassReading {
            disk: self.places.disk.clone(),
            folders,
            key,
            lesson: open.lesson.clone(),
        };
        self.start(job);
    }

    /// Takes in the class's reading found for `key`'s lesson: offered to
    /// compare with; one that cannot be used is said so, and changes nothing.
    pub(super) fn class_reading_found(
        &mut self,
        key: &WorkKey,
        found: Option<Result<ClassReading, ReadingError>>,
    ) {
        let Some(open) = self.screen.lesson_mut().filter(|o| o.work.key() == key) else {
            return;
        };
        match found {
            Some(Ok(reading)) => {
                let compare = open.class_reading.as_ref().is_some_and(|(_, on)| *on);
                open.class_reading = Some((reading, compare));
            }
            Some(Err(why)) => self.say(tr!("reading-unusable", why = why.to_string())),
            None => {}
        }
    }

    /// The student turned the comparison with the class's reading on or off.
    pub(super) fn compare_class_reading(&mut self, on: bool) {
        if let Some((_, compare)) = self
            .screen
            .lesson_mut()
            .and_then(|o| o.class_reading.as_mut())
        {
            *compare = on;
        }
    }
}

//! A student's side of feedback: where their laptop looks for it, what of
//! it they see, and whether a lesson has come back. Shared by the window
//! and anything else that reads a student's feedback.

use std::path::{Path, PathBuf};

use super::find_feedback;
use super::trust::{StudentFeedback, Trust, for_student};
use crate::work::disk::Disk;
use crate::work::{WorkKey, WorkStore};

/// Where feedback on `key`'s work may be: the class's hand-in folder, and
/// beside the work on this laptop.
pub fn feedback_folders(store: &WorkStore, hand_in: Option<&Path>, key: &WorkKey) -> Vec<PathBuf> {
    hand_in
        .map(Path::to_path_buf)
        .into_iter()
        .chain(store.work_path(key).parent().map(Path::to_path_buf))
        .collect()
}

/// The feedback on `key`'s work in `folders`, as the student may see it
/// given whom `trust` names; `Err` when some is there and none can be read.
pub fn student_feedback(
    disk: &dyn Disk,
    folders: &[PathBuf],
    key: &WorkKey,
    trust: &Trust,
) -> Option<Result<StudentFeedback, String>> {
    find_feedback(disk, folders, &key.lesson_id, &key.student, &trust.keys())
        .map(|found| found.map(|f| for_student(&f, trust)))
}

/// Whether a teacher has returned `key`'s work with feedback the student
/// may see.
pub fn is_returned(disk: &dyn Disk, folders: &[PathBuf], key: &WorkKey, trust: &Trust) -> bool {
    matches!(
        student_feedback(disk, folders, key, trust),
        Some(Ok(shown)) if shown.feedback.returned()
    )
}

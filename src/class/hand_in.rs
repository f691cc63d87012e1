//! Handing work in: a copy of the student's work file written into the
//! class's hand-in folder (a network share, a synced folder, a USB stick),
//! where the teacher's class view collects it.
//!
//! Files from 30 laptops never collide: each is named by lesson and student
//! (with a code made from the exact name). Handing in again replaces only
//! that student's earlier hand-in, which is first moved to `history/` in the
//! same folder (the collector never reads that folder). A file of the same
//! name that holds someone else's work is never replaced.

use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::export::filename::safe_stem;
use crate::io_error::plain_words;
use crate::work::disk::{Disk, FileMode, write_atomic};
use crate::work::file::WorkFile;
use crate::work::history::stamp;
use crate::work::store::student_file_stem;

/// Where a hand-in went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandedIn {
    /// The file written.
    pub path: PathBuf,
    /// The earlier hand-in it replaced, now in `history/`.
    pub earlier: Option<PathBuf>,
}

/// Why work could not be handed in. The work on the laptop is untouched
/// either way.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum HandInError {
    /// The folder is not there (a share not connected, a stick not in).
    #[error(
        "the hand-in folder {} cannot be reached: {why}. Your work is safe on this laptop; \
         try again, or export a copy",
        folder.display()
    )]
    Unreachable {
        /// The folder.
        folder: PathBuf,
        /// Why, in plain words.
        why: String,
    },
    /// Writing failed (full, read-only, refused).
    #[error(
        "your work could not be handed in to {}: {why}. Your work is safe on this laptop; \
         try again, or export a copy",
        folder.display()
    )]
    Write {
        /// The folder.
        folder: PathBuf,
        /// Why, in plain words.
        why: String,
    },
}

/// The hand-in file name for `student`'s work on `lesson_id`:
/// `social-credit--amira-k-76bbc1d2.ron`.
pub fn hand_in_file_name(lesson_id: &str, student: &str) -> String {
    // The whole id (ids are at most 64 characters): two lessons whose ids
    // start alike never share a file.
    format!(
        "{}--{}.ron",
        safe_stem(lesson_id),
        student_file_stem(student)
    )
}

/// Hands `file` in to `folder` through `disk`, at `now`.
pub fn hand_in(
    disk: &dyn Disk,
    folder: &Path,
    file: &WorkFile,
    now: SystemTime,
) -> Result<HandedIn, HandInError> {
    let write_error = |e: io::Error| HandInError::Write {
        folder: folder.to_path_buf(),
        why: plain_words(&e),
    };
    match std::fs::metadata(folder) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            return Err(HandInError::Unreachable {
                folder: folder.to_path_buf(),
                why: "it is a file, not a folder".to_owned(),
            });
        }
        Err(e) => {
            return Err(HandInError::Unreachable {
                folder: folder.to_path_buf(),
                why: plain_words(&e),
            });
        }
    }
    let name = hand_in_file_name(&file.lesson_id, &file.student);
    let mut target = folder.join(&name);
    let mut earlier = None;
    let existing = match disk.read(&target) {
        Ok(bytes) => Some(WorkFile::parse(&bytes).ok().map(|old| (old, bytes))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        // There, but unreadable: treated as someone else's, never replaced.
        Err(_) => Some(None),
    };
    if let Some(existing) = existing {
        let earlier_bytes = existing
            .filter(|(old, _)| old.lesson_id == file.lesson_id && old.student == file.student)
            .map(|(_, bytes)| bytes);
        if let Some(bytes) = earlier_bytes {
            // A copy of the earlier hand-in goes to history/ first; it is
            // replaced at its own name only once the copy is safe, so a
            // failed write never leaves the student with no hand-in.
            let history = folder.join("history");
            disk.create_dir_all(&history).map_err(write_error)?;
            let kept = crate::export::filename::unused_path(
                &history,
                &format!("{}-{}.ron", name.trim_end_matches(".ron"), stamp(now)),
            );
            write_atomic(disk, &kept, &bytes, FileMode::Shared).map_err(write_error)?;
            earlier = Some(kept);
        } else {
            // Someone else's work, or a damaged file: never replaced.
            target = crate::export::filename::unused_path(folder, &name);
        }
    }
    write_atomic(disk, &target, file.to_text().as_bytes(), FileMode::Shared)
        .map_err(write_error)?;
    Ok(HandedIn {
        path: target,
        earlier,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::work::Work;
    use crate::work::disk::RealDisk;

    fn work(student: &str, answer: &str) -> WorkFile {
        let work = Work {
            notebook: answer.to_owned(),
            ..Work::default()
        };
        WorkFile::new("social-credit", "h", student, work)
    }

    #[test]
    fn handing_in_again_replaces_only_that_students_hand_in_and_keeps_the_earlier() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = hand_in(
            &RealDisk,
            dir.path(),
            &work("Amira K.", "one"),
            SystemTime::UNIX_EPOCH,
        )
        .expect("hand in");
        assert_eq!(
            first.path.file_name().and_then(|n| n.to_str()),
            Some(hand_in_file_name("social-credit", "Amira K.").as_str())
        );
        assert!(first.earlier.is_none());
        hand_in(
            &RealDisk,
            dir.path(),
            &work("Ben", "b"),
            SystemTime::UNIX_EPOCH,
        )
        .expect("another student");
        let again = hand_in(
            &RealDisk,
            dir.path(),
            &work("Amira K.", "two"),
            SystemTime::now(),
        )
        .expect("hand in again");
        assert_eq!(again.path, first.path);
        let kept = again.earlier.expect("the earlier hand-in is kept");
        let read = |p: &Path| WorkFile::parse(&std::fs::read(p).expect("read")).expect("parse");
        assert_eq!(read(&kept).work.notebook, "one");
        assert_eq!(read(&again.path).work.notebook, "two");
        let collection = crate::class::collect(dir.path(), |_| {}).expect("collect");
        let students = collection.students("social-credit");
        assert_eq!(students.len(), 2, "Amira and Ben, each once");
        assert!(
            students.iter().all(|s| s.others.is_empty()),
            "history is not read"
        );
    }

    #[test]
    fn another_students_file_of_the_same_name_is_never_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let name = hand_in_file_name("social-credit", "Amira");
        std::fs::write(
            dir.path().join(&name),
            work("Someone else", "theirs").to_text(),
        )
        .expect("write");
        let handed = hand_in(
            &RealDisk,
            dir.path(),
            &work("Amira", "mine"),
            SystemTime::now(),
        )
        .expect("hand in");
        assert_ne!(handed.path, dir.path().join(&name));
        let theirs = std::fs::read_to_string(dir.path().join(&name)).expect("read");
        assert!(theirs.contains("theirs"));
    }

    #[test]
    fn something_unreadable_in_the_way_is_never_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let name = hand_in_file_name("social-credit", "Amira");
        std::fs::create_dir(dir.path().join(&name)).expect("a folder in the way");
        std::fs::write(dir.path().join(&name).join("keep.txt"), "x").expect("write");
        let handed = hand_in(
            &RealDisk,
            dir.path(),
            &work("Amira", "mine"),
            SystemTime::now(),
        )
        .expect("hand in");
        assert_ne!(handed.path, dir.path().join(&name));
        assert!(dir.path().join(&name).join("keep.txt").exists());
    }

    #[test]
    fn an_unreachable_folder_is_said_in_words_and_nothing_is_made() {
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = dir.path().join("share-not-connected");
        let error = hand_in(&RealDisk, &missing, &work("Amira", "x"), SystemTime::now())
            .expect_err("unreachable");
        assert!(matches!(error, HandInError::Unreachable { .. }));
        let message = error.to_string();
        assert!(message.contains("cannot be reached"), "{message}");
        assert!(
            message.contains("Your work is safe on this laptop"),
            "{message}"
        );
        assert!(!missing.exists(), "the folder is not made on the laptop");
    }
}

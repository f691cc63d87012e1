//! The class's reading on disk: written beside the feedback when a teacher
//! returns it (atomically, like the feedback files), and found by a
//! student's app where it looks for feedback.

use std::path::{Path, PathBuf};

use crate::io_error::plain_words;
use crate::lesson::Lesson;
use crate::tr;
use crate::work::disk::{Disk, EntryKind, FileMode, write_atomic};

use super::reading::{ClassReading, MAX_BYTES, ReadingError, class_reading_file_name};

/// Writes `reading` into each of `folders` (those that are folders);
/// returns how many it went into, or why one could not be written.
pub fn save_class_reading(
    disk: &dyn Disk,
    folders: &[PathBuf],
    reading: &ClassReading,
) -> Result<usize, String> {
    let text = reading.to_text();
    if text.len() > MAX_BYTES {
        return Err(tr!("reading-too-large", most = MAX_BYTES / (1024 * 1024)));
    }
    let name = class_reading_file_name(&reading.lesson_id);
    let mut written = 0;
    for folder in folders {
        if !matches!(disk.entry_kind(folder), Ok(EntryKind::Folder)) {
            continue;
        }
        write_atomic(disk, &folder.join(&name), text.as_bytes(), FileMode::Shared).map_err(
            |e| {
                tr!(
                    "reading-not-written",
                    folder = folder.display().to_string(),
                    why = plain_words(&e)
                )
            },
        )?;
        written += 1;
    }
    Ok(written)
}

/// The class's reading of `lesson` in the first of `folders` that has
/// one, checked against the lesson; `None` when there is none.
pub fn find_class_reading(
    disk: &dyn Disk,
    folders: &[PathBuf],
    lesson: &Lesson,
) -> Option<Result<ClassReading, ReadingError>> {
    let name = class_reading_file_name(&lesson.id);
    folders
        .iter()
        .find_map(|folder| read_one(disk, &folder.join(&name), lesson))
}

/// The class's reading at `path`, or `None` when there is no file there.
fn read_one(
    disk: &dyn Disk,
    path: &Path,
    lesson: &Lesson,
) -> Option<Result<ClassReading, ReadingError>> {
    // Only a plain file is opened (a pipe would wait for a writer).
    match disk.entry_kind(path) {
        Ok(EntryKind::File) => {}
        Ok(_) => return Some(Err(ReadingError::Damaged(tr!("sys-io-not-a-regular-file")))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => return Some(Err(ReadingError::Damaged(plain_words(&e)))),
    }
    // A larger file is refused without being read whole.
    let most = MAX_BYTES as u64;
    Some(match disk.read_at_most(path, most) {
        Ok(Some(bytes)) => ClassReading::parse(&bytes).and_then(|r| r.for_lesson(lesson)),
        Ok(None) => Err(ClassReading::too_large()),
        Err(e) => Err(ReadingError::Damaged(plain_words(&e))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::work::disk::RealDisk;

    #[test]
    fn written_into_each_folder_and_found_again() {
        let lesson = crate::lesson::bundled::template_lesson();
        let reading = ClassReading {
            format: 1,
            lesson_id: lesson.id.clone(),
            students: 6,
            made_on: "2026-12-02".into(),
            passages: Vec::new(),
        };
        let dir = tempfile::tempdir().expect("temp dir");
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        std::fs::create_dir(&a).expect("a");
        let missing = dir.path().join("missing");
        let written = save_class_reading(&RealDisk, &[a.clone(), missing.clone()], &reading);
        assert_eq!(written, Ok(1));
        assert_eq!(
            find_class_reading(&RealDisk, &[missing, b.clone()], &lesson),
            None
        );
        let found = find_class_reading(&RealDisk, &[b, a.clone()], &lesson);
        assert_eq!(found, Some(Ok(reading)));
        // A damaged one is said so, never taken for nothing.
        std::fs::write(a.join(class_reading_file_name(&lesson.id)), "ClassReading(").expect("w");
        let found = find_class_reading(&RealDisk, &[a], &lesson);
        assert!(matches!(found, Some(Err(ReadingError::Damaged(_)))));
    }

    #[test]
    fn a_huge_file_is_refused_without_being_read_whole() {
        let lesson = crate::lesson::bundled::template_lesson();
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(class_reading_file_name(&lesson.id));
        let huge = MAX_BYTES as u64 * 4;
        std::fs::File::create(&path)
            .and_then(|f| f.set_len(huge))
            .expect("a sparse 16 MB file");
        let disk = crate::work::disk::Counting::default();
        let found = find_class_reading(&disk, &[dir.path().to_path_buf()], &lesson);
        assert_eq!(found, Some(Err(ClassReading::too_large())));
        assert_eq!(
            disk.handed(),
            MAX_BYTES as u64 + 1,
            "read only one byte past the limit"
        );
    }

    #[test]
    fn the_real_disk_reads_at_most_what_it_is_asked() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("f");
        std::fs::write(&path, b"12345").expect("write");
        assert_eq!(
            RealDisk.read_at_most(&path, 5).expect("read"),
            Some(b"12345".to_vec())
        );
        assert_eq!(RealDisk.read_at_most(&path, 4).expect("read"), None);
        assert!(
            RealDisk.read_at_most(dir.path(), 4).is_err(),
            "a folder is refused"
        );
    }
}

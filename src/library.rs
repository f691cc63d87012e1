//! The lesson library: bundled lessons, lesson folders, and files opened or
//! dropped on the window. Loading reads the disk; nothing here draws.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::class::class_fs::{Capped, ClassFs, RealFs};
use crate::class::pool::{IN_FLIGHT, map_in_parallel};
use crate::lesson::bundled::{BUNDLED_LESSONS, BundledLesson};
use crate::lesson::limits::MAX_FILE_BYTES;
use crate::lesson::load::{too_large_lesson, unreadable_lesson};
use crate::lesson::{Lesson, LessonReport, check_lesson, load_lesson_file};
use crate::work::disk::EntryKind;

/// Where a lesson in the library came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LessonOrigin {
    /// Compiled into the app.
    Bundled(&'static str),
    /// A file on disk.
    File(PathBuf),
}

impl LessonOrigin {
    /// How the origin is named in messages: the file name or path.
    pub fn label(&self) -> String {
        match self {
            Self::Bundled(name) => (*name).to_owned(),
            Self::File(path) => path.display().to_string(),
        }
    }
}

/// One lesson in the library: loaded, or with the problems that stop it loading.
#[derive(Debug, Clone)]
pub struct LibraryEntry {
    /// Where it came from.
    pub origin: LessonOrigin,
    /// The lesson, when it loaded.
    pub lesson: Option<Arc<Lesson>>,
    /// Problems found, rendered as `closereader check` prints them.
    pub problems: Vec<String>,
    /// Hash of the file's bytes, recorded in work files.
    pub content_hash: String,
}

impl LibraryEntry {
    fn new(origin: LessonOrigin, report: LessonReport) -> Self {
        let label = origin.label();
        let problems = report
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.render(&label))
            .collect();
        Self {
            origin,
            lesson: report.lesson.map(Arc::new),
            problems,
            content_hash: report.content_hash,
        }
    }

    /// Loads the lesson file at `path`.
    pub fn from_file(path: &Path) -> Self {
        Self::new(
            LessonOrigin::File(path.to_path_buf()),
            load_lesson_file(path),
        )
    }

    fn from_bundled(bundled: &BundledLesson) -> Self {
        Self::new(
            LessonOrigin::Bundled(bundled.file_name),
            check_lesson(bundled.text.as_bytes(), None),
        )
    }

    /// The lesson's title, or the file it came from when it did not load.
    pub fn title(&self) -> String {
        match &self.lesson {
            Some(lesson) => lesson.title.clone(),
            None => self.origin.label(),
        }
    }
}

/// The installed lessons folder: `lessons` beside the running program (a
/// copied folder, Windows, macOS), or `../share/closereader/lessons` from it
/// (the Linux package puts the program in /usr/bin). The first that exists.
pub fn lessons_dir_beside_program() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let bin = exe.parent()?;
    let beside = bin.join("lessons");
    let shared = bin
        .parent()
        .map(|prefix| prefix.join("share").join("closereader").join("lessons"));
    std::iter::once(beside)
        .chain(shared)
        .find(|dir| dir.is_dir())
}

/// Builds the library: bundled lessons first, then every `.ron` file in each
/// folder (sorted by name). A folder lesson with the same id as a bundled one
/// replaces it, so a teacher's updated copy wins.
pub fn load_library(folders: &[PathBuf]) -> Vec<LibraryEntry> {
    let mut entries = bundled_library();
    for entry in folder_lessons(folders) {
        add_entry(&mut entries, entry);
    }
    entries
}

/// The lessons compiled into the program (reads no disk).
pub fn bundled_library() -> Vec<LibraryEntry> {
    BUNDLED_LESSONS
        .iter()
        .map(LibraryEntry::from_bundled)
        .collect()
}

/// Every `.ron` file in each folder but the classroom settings file, sorted
/// by name within a folder. Reads the disk: the window calls it from a
/// background thread. See [`folder_lessons_from`].
pub fn folder_lessons(folders: &[PathBuf]) -> Vec<LibraryEntry> {
    folder_lessons_from(&RealFs, folders)
}

/// [`folder_lessons`] read through `fs`: the folders listed at once, then
/// [`IN_FLIGHT`] files looked at and read at once (a lessons folder on a
/// network share waits a round trip for each), the entries in the same
/// order. A folder that cannot be listed, and an entry that is not a file
/// (a folder, a pipe, a broken link), give nothing.
pub fn folder_lessons_from(fs: &dyn ClassFs, folders: &[PathBuf]) -> Vec<LibraryEntry> {
    let files: Vec<PathBuf> = map_in_parallel(folders, IN_FLIGHT, |folder| fs.list(folder))
        .into_iter()
        .flatten()
        .flat_map(|listed| {
            let mut files: Vec<PathBuf> = listed
                .into_iter()
                .map(|entry| entry.path)
                .filter(|path| {
                    path.extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
                        && !crate::classroom::is_classroom_file(path)
                })
                .collect();
            files.sort();
            files
        })
        .collect();
    map_in_parallel(&files, IN_FLIGHT, |path| lesson_from(fs, path))
        .into_iter()
        .flatten()
        .collect()
}

/// The lesson file at `path`, read through `fs`; `None` when it is not a
/// file (links followed). Only a plain file is opened: opening a pipe
/// waits for a writer.
fn lesson_from(fs: &dyn ClassFs, path: &Path) -> Option<LibraryEntry> {
    if fs.kind_following(path).ok()? != EntryKind::File {
        return None;
    }
    let cap = u64::try_from(MAX_FILE_BYTES).unwrap_or(u64::MAX);
    let report = match fs.read_capped(path, cap) {
        Ok(Capped::Bytes(bytes)) => check_lesson(&bytes, path.parent()),
        Ok(Capped::TooLarge(_)) => too_large_lesson(),
        Err(error) => unreadable_lesson(error),
    };
    Some(LibraryEntry::new(
        LessonOrigin::File(path.to_path_buf()),
        report,
    ))
}

/// Adds `entry`, replacing an entry for the same file or the same lesson id.
/// Returns its index.
pub fn add_entry(entries: &mut Vec<LibraryEntry>, entry: LibraryEntry) -> usize {
    let same = entries.iter().position(|existing| {
        existing.origin == entry.origin
            || matches!((&existing.lesson, &entry.lesson), (Some(a), Some(b)) if a.id == b.id)
    });
    match same {
        Some(index) => {
            entries[index] = entry;
            index
        }
        None => {
            entries.push(entry);
            entries.len() - 1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_file_is_listed_with_its_errors_beside_good_lessons() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join("broken.ron"),
            "Lesson(id: \"b\", titel: \"x\")",
        )
        .expect("write");
        std::fs::write(dir.path().join("notes.txt"), "not a lesson").expect("write");
        let template = include_str!("../lessons/template.ron");
        std::fs::write(dir.path().join("template.ron"), template).expect("write");
        let entries = load_library(&[dir.path().to_path_buf()]);
        let titles: Vec<String> = entries.iter().map(LibraryEntry::title).collect();
        assert_eq!(entries.len(), 3, "{titles:?}");
        assert!(entries[0].lesson.is_some(), "bundled lesson first");
        let broken = &entries[1];
        assert!(broken.lesson.is_none());
        assert!(broken.problems[0].ends_with("broken.ron:1:17: error: unknown field `titel` in `Lesson`\n    hint: did you mean `title`? `Lesson` can have: id, title, version, language, audience, minutes, authors, licence, summary, sources, speakers, tags, glossary, documents, sections"), "{}", broken.problems[0]);
        assert_eq!(entries[2].title(), "Lesson template: copy me");
    }

    #[test]
    fn lessons_folders_are_read_many_files_at_once_in_the_same_order() {
        use crate::class::class_fs::SlowFs;
        let (one, two) = (
            tempfile::tempdir().expect("temp dir"),
            tempfile::tempdir().expect("temp dir"),
        );
        let template = include_str!("../lessons/template.ron");
        for i in 0..20 {
            let text = template.replace("id: \"template\"", &format!("id: \"t{i:02}\""));
            std::fs::write(one.path().join(format!("t{i:02}.ron")), &text).expect("write");
            std::fs::write(two.path().join(format!("u{i:02}.ron")), "(garb").expect("write");
        }
        std::fs::create_dir(one.path().join("folder.ron")).expect("mkdir");
        std::fs::write(one.path().join("classroom.ron"), "()").expect("write");
        let folders = [one.path().to_path_buf(), two.path().to_path_buf()];
        let slow = SlowFs::new(std::time::Duration::from_millis(5));
        let entries = folder_lessons_from(&slow, &folders);
        assert!(
            slow.most_in_flight() > 1,
            "one file after another: {}",
            slow.most_in_flight()
        );
        assert!(slow.most_in_flight() <= IN_FLIGHT);
        let origins: Vec<_> = entries.iter().map(|e| e.origin.clone()).collect();
        let expected: Vec<_> = folder_lessons(&folders)
            .into_iter()
            .map(|e| e.origin)
            .collect();
        assert_eq!(origins, expected);
        assert_eq!(entries.len(), 40, "not the folder, not classroom.ron");
        assert_eq!(origins[0], LessonOrigin::File(one.path().join("t00.ron")));
        assert_eq!(origins[39], LessonOrigin::File(two.path().join("u19.ron")));
        assert!(entries[..20].iter().all(|e| e.lesson.is_some()));
        assert!(entries[20..].iter().all(|e| !e.problems.is_empty()));
    }

    #[test]
    fn a_folder_copy_of_a_bundled_lesson_replaces_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let text = BUNDLED_LESSONS[0]
            .text
            .replace("version: \"1.0\"", "version: \"1.1\"");
        std::fs::write(dir.path().join("copy.ron"), text).expect("write");
        let entries = load_library(&[dir.path().to_path_buf()]);
        assert_eq!(entries.len(), BUNDLED_LESSONS.len());
        let lesson = entries[0].lesson.as_ref().expect("loaded");
        assert_eq!(lesson.version, "1.1");
    }
}

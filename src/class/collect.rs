//! Reading every work file in a folder and below it: a hand-in folder, a
//! USB stick, a laptop's whole data folder, or an LMS download unpacked.
//!
//! Nothing is trusted: links to folders are not followed (no loops), the
//! depth, the number of files and each file's size are capped, and a file
//! that cannot be used is listed with the reason instead of stopping the rest.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{Collection, Skipped};
use crate::feedback::{Feedback, feedback_file_name, is_feedback_file, is_feedback_for};
use crate::io_error::plain_words;
use crate::tr;
use crate::work::file::WorkFile;

/// Folders deeper than this below the chosen one are not read.
pub const MAX_DEPTH: usize = 12;
/// At most this many `.ron` files are read from one folder tree.
pub const MAX_FILES: usize = 20_000;
/// A work file larger than this is not a student's work (the largest real
/// ones are a few hundred kilobytes).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// How far reading has got, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CollectProgress {
    /// Files read so far.
    pub read: usize,
    /// Files found to read.
    pub total: usize,
}

/// Reads every work file under `root` into a [`Collection`], calling
/// `progress` as it goes. A folder that does not exist or cannot be listed
/// is an error; everything below it that cannot be read is listed in
/// [`Collection::skipped`].
pub fn collect(root: &Path, mut progress: impl FnMut(CollectProgress)) -> io::Result<Collection> {
    // A learning platform's download, read without unpacking it.
    if super::lms_zip::is_zip(root) && root.is_file() {
        return super::lms_zip::collect_zip(root, progress);
    }
    let metadata = fs::metadata(root)?;
    if !metadata.is_dir() {
        return Err(io::Error::from(io::ErrorKind::NotADirectory));
    }
    let mut skipped = Vec::new();
    let mut paths = Vec::new();
    find_work_files(root, 0, &mut paths, &mut skipped)?;
    paths.sort();
    let total = paths.len();
    progress(CollectProgress { read: 0, total });
    let mut files = Vec::with_capacity(total);
    let mut feedback = Vec::new();
    for (index, path) in paths.into_iter().enumerate() {
        if is_feedback_file(&path) {
            match read_feedback_file(&path) {
                Ok(found) => feedback.push((path, found)),
                Err(why) => skipped.push(Skipped { path, why }),
            }
        } else {
            match read_work_file(&path) {
                Ok(file) => files.push((path, file)),
                Err(why) => skipped.push(Skipped { path, why }),
            }
        }
        progress(CollectProgress {
            read: index + 1,
            total,
        });
    }
    let mut collection = Collection::from_files(root.to_path_buf(), files, skipped);
    collection.add_feedback(feedback);
    Ok(collection)
}

/// Adds the `.ron` files under `dir` to `found`. Only the top folder's
/// listing failing is an error; a sub-folder that cannot be listed is
/// skipped with the reason.
fn find_work_files(
    dir: &Path,
    depth: usize,
    found: &mut Vec<PathBuf>,
    skipped: &mut Vec<Skipped>,
) -> io::Result<()> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if depth == 0 => return Err(e),
        Err(e) => {
            skipped.push(Skipped {
                path: dir.to_path_buf(),
                why: tr!("classfile-folder-unreadable", why = plain_words(&e)),
            });
            return Ok(());
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(fs::DirEntry::file_name);
    for entry in entries {
        let path = entry.path();
        // `file_type` does not follow links: a link to a folder is never
        // walked into, so a loop of links cannot trap the reader.
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if is_snapshot_folder(&path) {
                continue;
            }
            if depth + 1 > MAX_DEPTH {
                skipped.push(Skipped {
                    path,
                    why: tr!("classfile-too-deep", depth = MAX_DEPTH),
                });
                continue;
            }
            find_work_files(&path, depth + 1, found, skipped)?;
        } else if is_work_file_name(&path) {
            if found.len() >= MAX_FILES {
                skipped.push(Skipped {
                    path,
                    why: tr!("classfile-too-many-files", count = MAX_FILES),
                });
                continue;
            }
            found.push(path);
        }
    }
    Ok(())
}

/// The app's own snapshots of each student's work (`<lesson>/history/`),
/// and earlier hand-ins (`history/`, or `history-2`… where something else
/// had that name): older copies of work that is already there.
fn is_snapshot_folder(path: &Path) -> bool {
    path.file_name().is_some_and(|n| {
        let n = n.to_string_lossy();
        n == "history"
            || n.strip_prefix("history-")
                .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
    })
}

/// A `.ron` file that is not one of the app's temporary files.
fn is_work_file_name(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy());
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        && !name.is_some_and(|n| n.starts_with(".closereader-"))
}

/// A file's bytes, unless it is not a plain file or is too large to be
/// a student's work.
fn read_capped(path: &Path) -> Result<Vec<u8>, String> {
    let unreadable = |e: io::Error| tr!("classfile-file-unreadable", why = plain_words(&e));
    crate::work::disk::refuse_if_not_a_file(path).map_err(unreadable)?;
    let size = fs::metadata(path).map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES {
        return Err(tr!("classfile-file-too-large", size = size / (1024 * 1024)));
    }
    fs::read(path).map_err(unreadable)
}

/// A teacher's feedback file, read, or why it cannot be used. Only a file
/// named as the feedback on the student it names is read (anyone may put
/// files in a hand-in folder); whose parts count is decided later, by
/// their signatures.
fn read_feedback_file(path: &Path) -> Result<Feedback, String> {
    let feedback = Feedback::parse(&read_capped(path)?)
        .map_err(|e| tr!("classfile-feedback-damaged", why = e.to_string()))?;
    let named = path.file_name().is_some_and(|name| {
        is_feedback_for(
            &name.to_string_lossy(),
            &feedback.lesson_id,
            &feedback.student,
        )
    });
    if !named {
        return Err(tr!(
            "classfile-feedback-misnamed",
            name = feedback_file_name(&feedback.lesson_id, &feedback.student)
                .trim_end_matches(crate::feedback::FEEDBACK_SUFFIX)
        ));
    }
    Ok(feedback)
}

/// One file, read and parsed, or why it cannot be used.
fn read_work_file(path: &Path) -> Result<WorkFile, String> {
    parse_work(&read_capped(path)?)
}

/// A work file's bytes parsed, or why they cannot be used (a lesson file
/// among the work says it is one).
pub(super) fn parse_work(bytes: &[u8]) -> Result<WorkFile, String> {
    WorkFile::parse(bytes).map_err(|e| {
        if looks_like_a_lesson(bytes) {
            super::lesson_file()
        } else {
            e.to_string()
        }
    })
}

/// Whether a file that is not work is a lesson (a teacher's folder often
/// holds both).
fn looks_like_a_lesson(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    text.starts_with("Lesson(") || (text.contains("sections:") && text.contains("title:"))
}

//! Reading a lesson file from disk, safely.

use std::fmt;
use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::diagnostic::{Diagnostic, Severity};
use super::limits::MAX_FILE_BYTES;
use super::parse::{LessonReport, check_lesson};
use crate::io_error::plain_words;
use crate::tr;

/// Reads and checks the lesson at `path`. Reads at most one byte past the size
/// cap, so a huge file (or `/dev/zero`) is refused without being read whole.
pub fn load_lesson_file(path: &Path) -> LessonReport {
    match read_capped(path) {
        Ok(bytes) => check_lesson(&bytes, path.parent()),
        Err(error) => failed(Diagnostic {
            severity: Severity::Error,
            position: None,
            message: error.to_string(),
            hint: None,
        }),
    }
}

/// The report on a lesson file that could not be opened or read: `error`
/// in words, as [`load_lesson_file`] gives it.
pub fn unreadable_lesson(error: std::io::Error) -> LessonReport {
    failed(Diagnostic {
        severity: Severity::Error,
        position: None,
        message: ReadError::Open(error).to_string(),
        hint: None,
    })
}

/// The report on a lesson file larger than the cap, found so without
/// reading it.
pub fn too_large_lesson() -> LessonReport {
    failed(super::parse::too_large())
}

/// A report with no lesson, for `problem`.
fn failed(problem: Diagnostic) -> LessonReport {
    LessonReport {
        lesson: None,
        diagnostics: vec![problem],
        content_hash: String::new(),
    }
}

/// Why a lesson file could not be read.
#[derive(Debug)]
enum ReadError {
    /// The path is a folder.
    Folder,
    /// The path is a named pipe, a device or a socket: opening a pipe would
    /// wait for a writer forever.
    NotAFile,
    /// Opening failed.
    Open(std::io::Error),
    /// Reading failed part-way.
    Read(std::io::Error),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Self::Folder => tr!("check-read-folder"),
            Self::NotAFile => tr!("check-read-not-a-file"),
            Self::Open(error) => tr!("check-read-cannot-open", why = plain_words(error)),
            Self::Read(error) => tr!("check-read-cannot-read", why = plain_words(error)),
        })
    }
}

impl std::error::Error for ReadError {}

fn read_capped(path: &Path) -> Result<Vec<u8>, ReadError> {
    // Links are followed, as opening would.
    let metadata = std::fs::metadata(path).map_err(ReadError::Open)?;
    if metadata.is_dir() {
        return Err(ReadError::Folder);
    }
    if !metadata.is_file() {
        return Err(ReadError::NotAFile);
    }
    let file = File::open(path).map_err(ReadError::Open)?;
    let mut bytes = Vec::new();
    // One byte past the cap is enough to know the file is too large.
    let cap = u64::try_from(MAX_FILE_BYTES)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    file.take(cap)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Read)?;
    Ok(bytes)
}

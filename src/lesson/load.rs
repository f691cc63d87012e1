//! Reading a lesson file from disk, safely.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::diagnostic::{Diagnostic, Severity};
use super::limits::MAX_FILE_BYTES;
use super::parse::{LessonReport, check_lesson};

/// Reads and checks the lesson at `path`. Reads at most one byte past the size
/// cap, so a huge file (or `/dev/zero`) is refused without being read whole.
pub fn load_lesson_file(path: &Path) -> LessonReport {
    match read_capped(path) {
        Ok(bytes) => check_lesson(&bytes, path.parent()),
        Err(message) => LessonReport {
            lesson: None,
            diagnostics: vec![Diagnostic {
                severity: Severity::Error,
                position: None,
                message,
                hint: None,
            }],
            content_hash: String::new(),
        },
    }
}

fn read_capped(path: &Path) -> Result<Vec<u8>, String> {
    if path.is_dir() {
        return Err("this is a folder, not a lesson file".into());
    }
    let file =
        File::open(path).map_err(|e| format!("cannot open this file: {}", describe_io(&e)))?;
    let mut bytes = Vec::new();
    // One byte past the cap is enough to know the file is too large.
    let cap = u64::try_from(MAX_FILE_BYTES)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    file.take(cap)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read this file: {}", describe_io(&e)))?;
    Ok(bytes)
}

/// An IO error in plain words.
pub fn describe_io(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => "there is no such file".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        _ => error.to_string(),
    }
}

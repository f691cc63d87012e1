//! `closereader new FILE.ron [--from TRANSCRIPT]`: a lesson to start from.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::io_error::plain_words;
use crate::lesson::draft::{DraftSource, draft_lesson, from_template, passages, slug};
use crate::lesson::transcript::{Format, TranscriptError, read_cues};
use crate::tr;

use super::NewArgs;

/// The template teachers copy (the same text as `lessons/template.ron`).
const TEMPLATE: &str = include_str!("../../lessons/template.ron");

/// Why a new lesson could not be written.
#[derive(Debug)]
pub enum NewLessonError {
    /// The lesson file exists already.
    Exists(PathBuf),
    /// The transcript could not be read.
    Read(PathBuf, String),
    /// The transcript is not text.
    NotText(PathBuf),
    /// The transcript's format is not one `new` reads.
    UnknownFormat(PathBuf),
    /// The Word document could not be read (why).
    NotDocx(PathBuf, String),
    /// The transcript has no words.
    Empty(PathBuf),
    /// The transcript would not fit in one lesson.
    TooLarge(PathBuf, crate::lesson::draft::DraftError),
    /// The transcript file is far larger than any transcript (its size in
    /// MB).
    Huge(PathBuf, u64),
    /// The lesson could not be written.
    Write(PathBuf, String),
}

impl fmt::Display for NewLessonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = |p: &Path| p.display().to_string();
        f.write_str(&match self {
            Self::Exists(file) => tr!("sys-cli-new-exists", path = path(file)),
            Self::Read(file, why) => tr!(
                "sys-cli-read-transcript",
                path = path(file),
                why = why.as_str()
            ),
            Self::NotText(file) => tr!("sys-cli-transcript-not-text", path = path(file)),
            Self::UnknownFormat(file) => tr!(
                "sys-cli-transcript-unknown-format",
                path = path(file),
                formats = Format::LIST
            ),
            Self::NotDocx(file, why) => tr!(
                "sys-cli-transcript-not-docx",
                path = path(file),
                why = why.as_str()
            ),
            Self::Empty(file) => tr!("sys-cli-transcript-empty", path = path(file)),
            Self::TooLarge(file, why) => tr!(
                "sys-cli-transcript-too-large",
                path = path(file),
                why = why.to_string()
            ),
            Self::Huge(file, megabytes) => tr!(
                "sys-cli-transcript-huge",
                path = path(file),
                size = *megabytes,
                max = MAX_TRANSCRIPT_BYTES / (1024 * 1024)
            ),
            Self::Write(file, why) => tr!(
                "sys-cli-could-not-write",
                path = path(file),
                why = why.as_str()
            ),
        })
    }
}

impl std::error::Error for NewLessonError {}

/// Writes the new lesson; returns what to tell the teacher.
pub fn new_lesson(args: &NewArgs) -> Result<String, NewLessonError> {
    let file = &args.file;
    if file.exists() {
        return Err(NewLessonError::Exists(file.clone()));
    }
    let stem = file
        .file_stem()
        .map_or_else(|| "lesson".to_owned(), |s| s.to_string_lossy().into_owned());
    let id = args.id.clone().unwrap_or_else(|| slug(&stem));
    let title = args.title.clone().unwrap_or_else(|| title_from(&stem));
    let shown = file.display().to_string();
    let (text, told) = match &args.from {
        None => (
            from_template(TEMPLATE, &id, &title),
            tr!(
                "sys-cli-new-from-template",
                file = shown.as_str(),
                quoted = shell_quoted(&shown)
            ),
        ),
        Some(transcript) => {
            let (text, count) = from_transcript(transcript, &id, &title)?;
            let told = tr!(
                "sys-cli-new-from-transcript",
                file = shown.as_str(),
                count = count,
                transcript = transcript.display().to_string(),
                quoted = shell_quoted(&shown)
            );
            (text, told)
        }
    };
    crate::export::write_file(file, text.as_bytes())
        .map_err(|e| NewLessonError::Write(file.clone(), e.to_string()))?;
    Ok(told)
}

/// A transcript file larger than this is not read (hours of captions are a
/// few megabytes).
const MAX_TRANSCRIPT_BYTES: u64 = 256 * 1024 * 1024;

/// The draft lesson for a transcript file, and how many passages it has.
fn from_transcript(
    transcript: &Path,
    id: &str,
    title: &str,
) -> Result<(String, usize), NewLessonError> {
    let format = Format::of(transcript)
        .ok_or_else(|| NewLessonError::UnknownFormat(transcript.to_path_buf()))?;
    crate::work::disk::refuse_if_not_a_file(transcript)
        .map_err(|e| NewLessonError::Read(transcript.to_path_buf(), plain_words(&e)))?;
    let size = std::fs::metadata(transcript)
        .map_err(|e| NewLessonError::Read(transcript.to_path_buf(), plain_words(&e)))?
        .len();
    if size > MAX_TRANSCRIPT_BYTES {
        return Err(NewLessonError::Huge(
            transcript.to_path_buf(),
            size / (1024 * 1024),
        ));
    }
    let bytes = std::fs::read(transcript)
        .map_err(|e| NewLessonError::Read(transcript.to_path_buf(), plain_words(&e)))?;
    let cues = read_cues(format, &bytes).map_err(|e| match e {
        TranscriptError::NotText => NewLessonError::NotText(transcript.to_path_buf()),
        TranscriptError::NotDocx(why) => NewLessonError::NotDocx(transcript.to_path_buf(), why),
    })?;
    let passages = passages(&cues);
    if passages.is_empty() {
        return Err(NewLessonError::Empty(transcript.to_path_buf()));
    }
    let file_name = transcript
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let source = DraftSource {
        id,
        title,
        file_name: &file_name,
    };
    let text = draft_lesson(&source, &passages)
        .map_err(|e| NewLessonError::TooLarge(transcript.to_path_buf(), e))?;
    Ok((text, passages.len()))
}

/// `path` as typed in a terminal: as it is when it is plain letters,
/// digits and `/._-`; otherwise in quotes (single quotes in a POSIX shell,
/// a `'` inside written `'\''`; double quotes on Windows).
fn shell_quoted(path: &str) -> String {
    let plain = !path.is_empty()
        && path.chars().all(|c| {
            c.is_alphanumeric()
                || matches!(c, '/' | '.' | '_' | '-' | ':' | '+' | ',')
                || (cfg!(windows) && c == '\\')
        });
    if plain {
        path.to_owned()
    } else if cfg!(windows) {
        format!("\"{path}\"")
    } else {
        format!("'{}'", path.replace('\'', "'\\''"))
    }
}

/// "my-new_lesson" → "My new lesson".
fn title_from(stem: &str) -> String {
    let words = stem.replace(['-', '_'], " ");
    let mut chars = words.trim().chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_else(|| tr!("sys-cli-new-lesson-title"))
}

#[cfg(test)]
mod tests {
    use super::shell_quoted;

    #[test]
    fn paths_with_spaces_or_quotes_are_quoted_for_the_shell() {
        assert_eq!(shell_quoted("lessons/a-b_c.ron"), "lessons/a-b_c.ron");
        if cfg!(not(windows)) {
            assert_eq!(shell_quoted("my lessons/x.ron"), "'my lessons/x.ron'");
            assert_eq!(shell_quoted("it's.ron"), "'it'\\''s.ron'");
        }
    }
}

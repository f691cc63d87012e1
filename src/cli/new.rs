//! `closereader new FILE.ron [--from TRANSCRIPT]`: a lesson to start from.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::io_error::plain_words;
use crate::lesson::draft::{
    DraftSource, cues_from_captions, cues_from_text, draft_lesson, from_template, passages, slug,
};
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
            tr!("sys-cli-new-from-template", file = shown.as_str()),
        ),
        Some(transcript) => {
            let (text, count) = from_transcript(transcript, &id, &title)?;
            let told = tr!(
                "sys-cli-new-from-transcript",
                file = shown.as_str(),
                count = count,
                transcript = transcript.display().to_string()
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
    let text =
        String::from_utf8(bytes).map_err(|_| NewLessonError::NotText(transcript.to_path_buf()))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let captions = transcript
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("srt") || e.eq_ignore_ascii_case("vtt"));
    let cues = if captions {
        cues_from_captions(text)
    } else {
        cues_from_text(text)
    };
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

/// "my-new_lesson" → "My new lesson".
fn title_from(stem: &str) -> String {
    let words = stem.replace(['-', '_'], " ");
    let mut chars = words.trim().chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_else(|| tr!("sys-cli-new-lesson-title"))
}

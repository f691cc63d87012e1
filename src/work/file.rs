//! The work file: one human-readable RON file per student per lesson.

use std::fmt;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::Work;
use crate::tr;

/// The work-file format this version writes. Files with a larger number were
/// written by a newer Close Reader and are opened read-only.
pub const FORMAT_VERSION: u32 = 1;

/// Everything in a work file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkFile {
    /// Work-file format version.
    pub format: u32,
    /// Version of the app that wrote it.
    pub app_version: String,
    /// The lesson's id.
    pub lesson_id: String,
    /// Hash of the lesson file's content when the work was saved.
    pub lesson_hash: String,
    /// The student's name, exactly as typed.
    pub student: String,
    /// When it was saved (RFC 3339, UTC).
    pub saved_at: String,
    /// The work itself.
    pub work: Work,
    /// Set on a copy handed in to the class's folder: when, and which
    /// hand-in it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hand_in: Option<HandInRecord>,
}

/// When a copy of the work was handed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandInRecord {
    /// When (RFC 3339, UTC, with milliseconds).
    pub at: String,
    /// A random code for this hand-in (two hand-ins at the same moment are
    /// told apart by it).
    pub copy: String,
}

/// Just the format number, read before the rest so a newer file is
/// recognised even when its other fields would not parse.
#[derive(Deserialize)]
struct FormatProbe {
    format: u32,
}

/// Why a work file could not be used.
#[derive(Debug, PartialEq, Eq)]
pub enum WorkFileError {
    /// Written by a newer version of the app.
    Newer(u32),
    /// Not a work file we can read: damaged, truncated, or not a work file
    /// (what is wrong, in words).
    Damaged(String),
}

impl fmt::Display for WorkFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Self::Newer(format) => tr!("sys-work-file-newer", format = *format),
            Self::Damaged(why) => tr!("sys-work-file-damaged", why = why.as_str()),
        })
    }
}

impl std::error::Error for WorkFileError {}

impl WorkFile {
    /// A work file for `work`, stamped with the current time and app version.
    pub fn new(lesson_id: &str, lesson_hash: &str, student: &str, work: Work) -> Self {
        Self {
            format: FORMAT_VERSION,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            lesson_id: lesson_id.to_owned(),
            lesson_hash: lesson_hash.to_owned(),
            student: student.to_owned(),
            saved_at: humantime::format_rfc3339_seconds(SystemTime::now()).to_string(),
            work,
            hand_in: None,
        }
    }

    /// Whether this is `key`'s work: that student (the whole name) on
    /// that lesson.
    pub fn is_of(&self, key: &super::WorkKey) -> bool {
        self.student.trim() == key.student && self.lesson_id == key.lesson_id
    }

    /// Whose work on which lesson this is.
    pub fn key(&self) -> super::WorkKey {
        super::WorkKey::new(&self.lesson_id, &self.student)
    }

    /// The file's text.
    pub fn to_text(&self) -> String {
        let config = ron::ser::PrettyConfig::new().depth_limit(8);
        // Serialising plain strings, numbers, lists and maps cannot fail; the
        // fallback keeps this total all the same.
        ron::ser::to_string_pretty(self, config).unwrap_or_default()
    }

    /// Reads a work file's bytes.
    pub fn parse(bytes: &[u8]) -> Result<Self, WorkFileError> {
        let text = std::str::from_utf8(bytes)
            .map_err(|_| WorkFileError::Damaged(tr!("sys-work-file-not-text")))?;
        if text.trim().is_empty() {
            return Err(WorkFileError::Damaged(tr!("sys-work-file-empty")));
        }
        let probe: Result<FormatProbe, _> = ron::from_str(text);
        if let Ok(FormatProbe { format }) = probe
            && format > FORMAT_VERSION
        {
            return Err(WorkFileError::Newer(format));
        }
        // Where, not what: the error never quotes the file's own text (a
        // work file that is a link to some other file must not echo it).
        ron::from_str(text).map_err(|e: ron::error::SpannedError| {
            WorkFileError::Damaged(tr!(
                "sys-work-file-stops-making-sense",
                line = e.span.start.line,
                column = e.span.start.col
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::work::Answer;

    #[test]
    fn a_damaged_file_is_reported_by_position_without_quoting_it() {
        let secret = b"root:$6$secret-hash:19000:0:99999:7:::\n";
        let Err(WorkFileError::Damaged(why)) = WorkFile::parse(secret) else {
            panic!("not reported as damaged");
        };
        assert_eq!(why, "it stops making sense at line 1, column 1");
    }

    #[test]
    fn round_trips_and_reads_as_text() {
        let mut work = Work::default();
        work.set_answer(
            "q1",
            Answer {
                text: "“Quote” \\ 社会 \n".into(),
                ..Answer::default()
            },
        );
        work.add_highlight(crate::work::Highlight {
            passage: "p1".into(),
            start: 3,
            end: 9,
            quote: "社会 “x”".into(),
            tag: "loaded".into(),
            comment: "why\\n".into(),
            ..Default::default()
        });
        let file = WorkFile::new("lesson", "abc", "Amira", work);
        let text = file.to_text();
        assert!(text.contains("student: \"Amira\""), "{text}");
        assert!(text.contains("id: \"h1\""), "{text}");
        assert_eq!(WorkFile::parse(text.as_bytes()), Ok(file));
    }

    #[test]
    fn newer_and_damaged_files_are_told_apart() {
        let file = WorkFile::new("lesson", "abc", "Amira", Work::default());
        let newer = file
            .to_text()
            .replace("format: 1,", "format: 7,")
            .replace("work:", "future_field: 1, work:");
        assert_eq!(
            WorkFile::parse(newer.as_bytes()),
            Err(WorkFileError::Newer(7))
        );
        for bad in [&b""[..], b"   ", b"\xff\xfe", b"(format: 1", b"[1, 2, 3]"] {
            assert!(
                matches!(WorkFile::parse(bad), Err(WorkFileError::Damaged(_))),
                "{bad:?}"
            );
        }
    }
}

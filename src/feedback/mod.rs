//! A teacher's feedback on one student's work on one lesson: a comment on
//! any answer, an overall comment, and marks. It lives in a file of its own
//! beside the work it is about (`<lesson>--<student>.feedback.ron`), so the
//! student's work file is never touched, and it travels back through the
//! same folder the work came in.
//!
//! Each teacher writes only their own part, in a file of their own
//! (`<lesson>--<student>.<key>.feedback.ron`), signed with their own key
//! ([`signing`]): two teachers marking the same student never write the
//! same file, so their saves can neither multiply nor undo each other's
//! words, and a student's app shows a part as their teacher's only when its
//! signature checks against a key their classroom settings name. Two
//! windows on the same teacher's key merge that part by paragraph
//! ([`merge`]). Readers put every teacher's file together ([`Feedback::take_in`]).
//!
//! Choice questions with an answer key are marked automatically (1 when
//! the choice matches the key, else 0); a teacher's mark replaces that.

pub mod marks;
pub mod merge;
pub mod signing;
mod store;
mod student;
pub mod trust;

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::lesson::Lesson;
use crate::tr;
use crate::work::store::student_file_stem;

pub use marks::{
    MAX_MARK, Mark, Total, auto_mark, is_valid_mark, lesson_out_of, mark, mark_text, mark_words,
    marks_summary, returned_mark, returned_total, total, total_text,
};
pub use store::{
    SavedFeedback, find_feedback, is_feedback_for, save_feedback, save_feedback_as, save_signed,
};
pub use student::{feedback_folders, is_returned, student_feedback};
pub use trust::{StudentFeedback, Trust, for_student, keep_trusted};

/// The feedback file format this version writes. Format 1 (one unsigned
/// comment set for all teachers) is still read.
pub const FEEDBACK_FORMAT: u32 = 2;

/// A feedback file larger than this is not feedback.
const MAX_BYTES: usize = 1024 * 1024;

/// At most this many teachers' parts in one file.
pub const MAX_TEACHERS: usize = 16;

use crate::clock::CLOCK_SLACK;

/// What a feedback file's name ends with.
pub const FEEDBACK_SUFFIX: &str = ".feedback.ron";

/// A teacher's feedback on one student's work on one lesson: each
/// teacher's part, as they wrote it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Feedback {
    /// The file format ([`FEEDBACK_FORMAT`]).
    pub format: u32,
    /// The lesson's id.
    pub lesson_id: String,
    /// The student's name, as in their work.
    pub student: String,
    /// When it was last saved (RFC 3339, UTC).
    pub written_at: String,
    /// Each teacher's part, in the order they first wrote.
    pub teachers: Vec<TeacherFeedback>,
    /// Format 1's single part, read and moved into `teachers`.
    #[serde(skip_serializing)]
    returned: bool,
    /// Format 1's overall comment.
    #[serde(skip_serializing)]
    overall: String,
    /// Format 1's comments and marks.
    #[serde(skip_serializing)]
    answers: BTreeMap<String, AnswerFeedback>,
}

/// One teacher's feedback on one student's work, signed by them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TeacherFeedback {
    /// The name the teacher signs with ("" when they gave none). A
    /// student's app shows the name their classroom settings give the key.
    pub name: String,
    /// The teacher's public key ([`signing::TeacherKey::public`]); "" on
    /// feedback written before feedback was signed.
    pub key: String,
    /// When this part was last changed (RFC 3339, UTC).
    pub written_at: String,
    /// The teacher has returned it: only then does the student see it
    /// (half-written feedback in a shared folder stays the teacher's).
    pub returned: bool,
    /// The overall comment.
    pub overall: String,
    /// Feedback on each answer, by prompt id.
    pub answers: BTreeMap<String, AnswerFeedback>,
    /// What was returned, as it was then: students see this, and what the
    /// teacher writes afterwards stays a draft until returned again.
    /// `None` on feedback returned before drafts were kept apart (students
    /// see the part as it is).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent: Option<SentFeedback>,
    /// The signature over everything above, with the lesson and student.
    pub signature: String,
}

/// A teacher's feedback as it was when they returned it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SentFeedback {
    /// When it was returned (RFC 3339, UTC).
    pub at: String,
    /// The overall comment then.
    pub overall: String,
    /// Feedback on each answer then.
    pub answers: BTreeMap<String, AnswerFeedback>,
}

/// Feedback on one answer.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AnswerFeedback {
    /// The teacher's comment.
    pub comment: String,
    /// The teacher's mark (replaces an automatic one); `None` with a
    /// `marked_at` is a mark cleared.
    pub mark: Option<f32>,
    /// When the mark was given or cleared (RFC 3339): where two teachers
    /// marked a question, the later mark counts.
    pub marked_at: String,
    /// The automatic mark when the teacher wrote the feedback (the
    /// student sees this one even after changing the answer).
    pub auto: Option<f32>,
}

impl AnswerFeedback {
    /// Whether it says nothing.
    pub fn is_empty(&self) -> bool {
        self.comment.is_empty()
            && self.mark.is_none()
            && self.marked_at.is_empty()
            && self.auto.is_none()
    }
}

/// Why a feedback file could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedbackError {
    /// It is not feedback, or it is damaged: how, in words.
    Damaged(String),
    /// A newer Close Reader wrote it.
    Newer(u32),
}

impl std::fmt::Display for FeedbackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::Damaged(why) => tr!("export-feedback-damaged", why = why.as_str()),
            Self::Newer(format) => tr!("export-feedback-newer", format = *format),
        })
    }
}

impl std::error::Error for FeedbackError {}

/// The file a teacher with the public key `key` keeps their feedback on
/// `student`'s work on `lesson_id` in: named by the lesson, the student
/// and 64 bits of the key.
pub fn keyed_feedback_file_name(lesson_id: &str, student: &str, key: &str) -> String {
    let id: String = key
        .trim_start_matches("ed25519:")
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(16)
        .collect();
    format!(
        "{}--{}.{id}{FEEDBACK_SUFFIX}",
        crate::filename::safe_stem(lesson_id),
        student_file_stem(student)
    )
}

/// The name of feedback from before each teacher had a file of their own:
/// still read (its parts are unsigned).
pub fn feedback_file_name(lesson_id: &str, student: &str) -> String {
    // The whole id, as for hand-ins (see `hand_in_file_name`).
    format!(
        "{}--{}{FEEDBACK_SUFFIX}",
        crate::filename::safe_stem(lesson_id),
        student_file_stem(student)
    )
}

/// The name earlier versions gave that feedback file (see
/// [`crate::work::store::legacy_student_file_stem`]): still read.
pub fn legacy_feedback_file_name(lesson_id: &str, student: &str) -> String {
    format!(
        "{}--{}{FEEDBACK_SUFFIX}",
        crate::filename::safe_stem(lesson_id),
        crate::work::store::legacy_student_file_stem(student)
    )
}

/// Whether `path` is named like a feedback file.
pub fn is_feedback_file(path: &Path) -> bool {
    path.file_name().is_some_and(|n| {
        n.to_string_lossy()
            .to_lowercase()
            .ends_with(FEEDBACK_SUFFIX)
    })
}

impl TeacherFeedback {
    /// Who wrote it, for a reader: the name they signed with, or "A teacher".
    pub fn label(&self) -> String {
        if self.name.trim().is_empty() {
            tr!("export-a-teacher")
        } else {
            self.name.trim().to_owned()
        }
    }

    /// Why its marks cannot be used (a number that is not a mark: NaN,
    /// infinite, negative or too large), or `None` when they can.
    pub fn mark_problem(&self) -> Option<String> {
        self.answers.iter().find_map(|(id, a)| {
            a.mark
                .into_iter()
                .chain(a.auto)
                .find(|m| !is_valid_mark(*m))
                .map(|m| {
                    tr!(
                        "export-feedback-bad-mark",
                        prompt = id.as_str(),
                        mark = m.to_string(),
                        most = mark_text(MAX_MARK)
                    )
                })
        })
    }

    /// Returns it: what it says now is what the student sees, until it is
    /// returned again.
    pub fn return_now(&mut self, at: &str) {
        self.returned = true;
        self.sent = Some(SentFeedback {
            at: at.to_owned(),
            overall: self.overall.clone(),
            answers: self.answers.clone(),
        });
    }

    /// Whether it has changed since it was returned (a draft the student
    /// does not see yet); false when never returned.
    pub fn changed_since_returned(&self) -> bool {
        self.returned
            && self
                .sent
                .as_ref()
                .is_some_and(|sent| sent.overall != self.overall || sent.answers != self.answers)
    }

    /// The part as the student sees it: as returned (a later draft left
    /// out).
    pub fn as_returned(&self) -> Self {
        match &self.sent {
            Some(sent) => Self {
                overall: sent.overall.clone(),
                answers: sent.answers.clone(),
                ..self.clone()
            },
            None => self.clone(),
        }
    }

    /// Whether it has a comment for the student to read (marks alone are
    /// not comments).
    pub fn has_comments(&self) -> bool {
        !self.overall.trim().is_empty()
            || self.answers.values().any(|a| !a.comment.trim().is_empty())
    }

    /// Whether it says nothing a student would read.
    pub fn is_empty(&self) -> bool {
        self.overall.trim().is_empty()
            && self
                .answers
                .values()
                .all(|a| a.comment.trim().is_empty() && a.mark.is_none())
    }
}

impl Feedback {
    /// Empty feedback on `student`'s work on `lesson_id`.
    pub fn new(lesson_id: &str, student: &str) -> Self {
        Self {
            format: FEEDBACK_FORMAT,
            lesson_id: lesson_id.to_owned(),
            student: student.to_owned(),
            ..Self::default()
        }
    }

    /// Reads a feedback file's bytes (format 1 or 2).
    pub fn parse(bytes: &[u8]) -> Result<Self, FeedbackError> {
        if bytes.len() > MAX_BYTES {
            return Err(FeedbackError::Damaged(tr!("export-feedback-too-large")));
        }
        let text = std::str::from_utf8(bytes)
            .map_err(|_| FeedbackError::Damaged(tr!("export-feedback-not-text")))?;
        let options = ron::Options::default().with_recursion_limit(16);
        let mut feedback: Self =
            options
                .from_str(text)
                .map_err(|e: ron::error::SpannedError| {
                    FeedbackError::Damaged(tr!(
                        "export-feedback-stops-making-sense",
                        line = e.span.start.line,
                        column = e.span.start.col
                    ))
                })?;
        if feedback.format > FEEDBACK_FORMAT {
            return Err(FeedbackError::Newer(feedback.format));
        }
        if feedback.format == 0 || feedback.lesson_id.is_empty() {
            return Err(FeedbackError::Damaged(tr!("export-feedback-no-lesson")));
        }
        if feedback.teachers.len() > MAX_TEACHERS {
            return Err(FeedbackError::Damaged(tr!(
                "export-feedback-too-many-teachers",
                count = feedback.teachers.len(),
                most = MAX_TEACHERS
            )));
        }
        feedback.take_in_format_1();
        Ok(feedback)
    }

    /// Moves format 1's single, unsigned part into `teachers`.
    fn take_in_format_1(&mut self) {
        let overall = std::mem::take(&mut self.overall);
        let answers = std::mem::take(&mut self.answers);
        let returned = std::mem::take(&mut self.returned);
        if self.format == 1 && (!overall.is_empty() || !answers.is_empty() || returned) {
            self.teachers.insert(
                0,
                TeacherFeedback {
                    written_at: self.written_at.clone(),
                    returned,
                    overall,
                    answers,
                    ..TeacherFeedback::default()
                },
            );
        }
        self.format = FEEDBACK_FORMAT;
    }

    /// The file's text.
    pub fn to_text(&self) -> String {
        let config = ron::ser::PrettyConfig::new().depth_limit(5);
        ron::ser::to_string_pretty(self, config).unwrap_or_default()
    }

    /// The part written with `key`.
    pub fn own_part(&self, key: &str) -> Option<&TeacherFeedback> {
        let index = self.own_index(key)?;
        self.teachers.get(index)
    }

    /// Where [`Self::own_part`] is.
    pub(crate) fn own_index(&self, key: &str) -> Option<usize> {
        self.teachers.iter().position(|t| t.key == key)
    }

    /// Puts the parts of another file of feedback on the same work beside
    /// these: a teacher's part that is in both counts as written last (a
    /// time in the future counts as the oldest).
    pub fn take_in(&mut self, other: Self) {
        let when = |at: &str| {
            humantime::parse_rfc3339_weak(at)
                .ok()
                .filter(|t| *t <= std::time::SystemTime::now() + CLOCK_SLACK)
        };
        for part in other.teachers {
            let same = self
                .teachers
                .iter()
                .position(|t| !part.key.is_empty() && t.key == part.key);
            match same {
                Some(i) if when(&part.written_at) > when(&self.teachers[i].written_at) => {
                    self.teachers[i] = part;
                }
                Some(_) => {}
                None if !self.teachers.contains(&part) => self.teachers.push(part),
                None => {}
            }
        }
        if when(&other.written_at) > when(&self.written_at) {
            self.written_at = other.written_at;
        }
    }

    /// The part written with `key`, made when there is none.
    pub fn own_part_mut(&mut self, key: &str) -> &mut TeacherFeedback {
        let index = match self.own_index(key) {
            Some(index) => index,
            None => {
                self.teachers.push(TeacherFeedback::default());
                self.teachers.len() - 1
            }
        };
        let part = &mut self.teachers[index];
        part.key = key.to_owned();
        part
    }

    /// The parts other teachers wrote (not `key`'s own).
    pub fn other_parts<'a>(&'a self, key: &str) -> impl Iterator<Item = &'a TeacherFeedback> {
        let own = self.own_index(key);
        self.teachers
            .iter()
            .enumerate()
            .filter(move |(i, _)| Some(*i) != own)
            .map(|(_, part)| part)
    }

    /// Whether any teacher has returned their part.
    pub fn returned(&self) -> bool {
        self.teachers.iter().any(|t| t.returned)
    }

    /// The overall comment: one teacher's as written, several each after
    /// their name.
    pub fn overall(&self) -> String {
        self.joined(|t| t.overall.as_str())
    }

    /// The comment on `prompt`'s answer ("" when none), as [`Self::overall`].
    pub fn comment(&self, prompt: &str) -> String {
        self.joined(|t| t.answers.get(prompt).map_or("", |a| a.comment.as_str()))
    }

    /// The teachers' texts that `text` picks, each once, named when there
    /// is more than one.
    fn joined<'a>(&'a self, text: impl Fn(&'a TeacherFeedback) -> &'a str) -> String {
        let written: Vec<(String, &str)> = self
            .teachers
            .iter()
            .map(|t| (t.label(), text(t).trim()))
            .filter(|(_, text)| !text.is_empty())
            .collect();
        match written.as_slice() {
            [(_, only)] => (*only).to_owned(),
            several => several
                .iter()
                .map(|(who, text)| tr!("export-feedback-by", teacher = who.as_str(), text = *text))
                .collect::<Vec<_>>()
                .join("\n\n"),
        }
    }

    /// A teacher's mark on `prompt`: the one given last (a mark cleared
    /// last is no mark). Marks that are not marks, and marks dated more
    /// than a day ahead (a clock far wrong), are passed over.
    pub fn teacher_mark(&self, prompt: &str) -> Option<f32> {
        let latest = std::time::SystemTime::now() + CLOCK_SLACK;
        self.teachers
            .iter()
            .filter_map(|t| t.answers.get(prompt))
            .filter(|a| !a.marked_at.is_empty() || a.mark.is_some())
            .filter(|a| a.mark.is_none_or(is_valid_mark))
            .filter(|a| {
                humantime::parse_rfc3339_weak(&a.marked_at)
                    .ok()
                    .is_none_or(|t| t <= latest)
            })
            .max_by(|a, b| a.marked_at.cmp(&b.marked_at))
            .and_then(|a| a.mark)
    }

    /// The automatic mark recorded on `prompt` by the part written last.
    pub fn auto_mark(&self, prompt: &str) -> Option<f32> {
        self.teachers
            .iter()
            .filter_map(|t| Some((&t.written_at, t.answers.get(prompt)?.auto?)))
            .filter(|(_, auto)| is_valid_mark(*auto))
            .max_by(|a, b| a.0.cmp(b.0))
            .map(|(_, auto)| auto)
    }

    /// Comments on questions `lesson` no longer has, as (prompt id,
    /// comment): shown and exported, never dropped.
    pub fn removed_comments(&self, lesson: &Lesson) -> Vec<(String, String)> {
        let ids: std::collections::BTreeSet<&String> = self
            .teachers
            .iter()
            .flat_map(|t| t.answers.keys())
            .filter(|id| !lesson.prompts().any(|p| &p.id == *id))
            .collect();
        ids.into_iter()
            .map(|id| (id.clone(), self.comment(id)))
            .filter(|(_, comment)| !comment.is_empty())
            .collect()
    }

    /// Whether there is anything for the student to read.
    pub fn is_empty(&self) -> bool {
        self.teachers.iter().all(TeacherFeedback::is_empty)
    }

    /// Only the parts their teachers have returned, as returned.
    pub fn returned_parts(&self) -> Self {
        Self {
            teachers: self
                .teachers
                .iter()
                .filter(|t| t.returned)
                .map(TeacherFeedback::as_returned)
                .collect(),
            ..self.clone()
        }
    }

    /// Whether any part has a comment for the student (not only marks).
    pub fn has_comments(&self) -> bool {
        self.teachers.iter().any(TeacherFeedback::has_comments)
    }
}

/// Records in `part` the automatic mark of each of `lesson`'s keyed
/// questions for `work` as it is now.
pub fn record_auto_marks(part: &mut TeacherFeedback, lesson: &Lesson, work: &crate::work::Work) {
    for prompt in lesson.prompts() {
        if let Some(auto) = auto_mark(prompt, &work.answer(&prompt.id)) {
            part.answers.entry(prompt.id.clone()).or_default().auto = Some(auto);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(key: &str, name: &str, overall: &str) -> TeacherFeedback {
        TeacherFeedback {
            key: key.into(),
            name: name.into(),
            overall: overall.into(),
            ..TeacherFeedback::default()
        }
    }

    #[test]
    fn a_feedback_file_reads_back_as_written() {
        let mut f = Feedback::new("social-credit", "Amira K.");
        let mine = f.own_part_mut("ed25519:aa");
        mine.overall = "“Careful reading” — 社会".to_owned();
        mine.answers.insert(
            "q1".into(),
            AnswerFeedback {
                comment: "Good: you name the feeling.\nNow quote the words.".into(),
                mark: Some(0.5),
                marked_at: "2026-12-02T10:00:00Z".into(),
                auto: None,
            },
        );
        let back = Feedback::parse(f.to_text().as_bytes()).expect("reads");
        assert_eq!(back, f);
    }

    #[test]
    fn a_format_1_file_is_read_as_one_unsigned_part() {
        let old = r#"(format: 1, lesson_id: "social-credit", student: "Amira",
            written_at: "2026-11-01T10:00:00Z", returned: true, overall: "Well done.",
            answers: {"q1": (comment: "Quote it.", mark: Some(1.0), auto: None)})"#;
        let f = Feedback::parse(old.as_bytes()).expect("format 1 reads");
        assert_eq!(f.format, FEEDBACK_FORMAT);
        assert_eq!(f.teachers.len(), 1);
        assert!(f.returned());
        assert_eq!(f.overall(), "Well done.");
        assert_eq!(f.comment("q1"), "Quote it.");
        assert_eq!(f.teacher_mark("q1"), Some(1.0));
        // Unsigned: nobody's own part (a teacher never takes it over).
        assert!(f.own_part("ed25519:mine").is_none());
        assert!(
            !f.to_text().contains("Well done.\",\n    answers"),
            "no format-1 fields"
        );
    }

    #[test]
    fn damaged_and_newer_files_are_reported_not_read() {
        assert!(matches!(
            Feedback::parse(b"(format: 2, garb"),
            Err(FeedbackError::Damaged(_))
        ));
        let newer = "(format: 9, lesson_id: \"x\", student: \"A\")";
        assert_eq!(
            Feedback::parse(newer.as_bytes()),
            Err(FeedbackError::Newer(9))
        );
        assert!(Feedback::parse(b"(lesson_id: \"x\")").is_err(), "no format");
    }

    #[test]
    fn several_teachers_are_each_named_once_and_the_last_mark_counts() {
        let mut f = Feedback::new("social-credit", "Amira");
        f.teachers.push(part("ed25519:a", "Ms Rivera", "Careful."));
        f.teachers.push(part("ed25519:b", "", "Quote more."));
        assert_eq!(f.overall(), "Ms Rivera: Careful.\n\nA teacher: Quote more.");
        let mark = |m: Option<f32>, at: &str| AnswerFeedback {
            mark: m,
            marked_at: at.into(),
            ..AnswerFeedback::default()
        };
        f.teachers[0]
            .answers
            .insert("q".into(), mark(Some(1.0), "2026-12-02T10:00:00Z"));
        f.teachers[1]
            .answers
            .insert("q".into(), mark(Some(0.5), "2026-12-02T10:05:00Z"));
        assert_eq!(f.teacher_mark("q"), Some(0.5));
        // Cleared later: no teacher's mark.
        f.teachers[0]
            .answers
            .insert("q".into(), mark(None, "2026-12-02T10:09:00Z"));
        assert_eq!(f.teacher_mark("q"), None);
        // A mark that is not a mark is passed over.
        f.teachers[0]
            .answers
            .insert("q".into(), mark(Some(f32::NAN), "2026-12-02T11:00:00Z"));
        assert_eq!(f.teacher_mark("q"), Some(0.5));
        // So is a mark dated far ahead (it would beat every real one).
        f.teachers[0]
            .answers
            .insert("q".into(), mark(Some(1.0), "2099-01-01T00:00:00.000Z"));
        assert_eq!(f.teacher_mark("q"), Some(0.5));
        f.teachers[0]
            .answers
            .insert("q".into(), mark(Some(f32::NAN), "2026-12-02T11:00:00Z"));
        assert!(f.teachers[0].mark_problem().is_some());
        assert!(f.teachers[1].mark_problem().is_none());
    }

    #[test]
    fn the_other_parts_are_everyone_else_s() {
        let mut f = Feedback::new("l", "s");
        f.teachers.push(part("ed25519:a", "A", "a"));
        f.teachers.push(part("ed25519:b", "B", "b"));
        let others: Vec<String> = f.other_parts("ed25519:b").map(|p| p.label()).collect();
        assert_eq!(others, ["A"]);
        f.own_part_mut("ed25519:c").overall = "c".into();
        assert_eq!(f.teachers.len(), 3);
    }

    #[test]
    fn comments_on_questions_the_lesson_no_longer_has_are_kept() {
        let lesson = crate::lesson::bundled::template_lesson();
        let mut feedback = Feedback::new("template", "Amira K.");
        let mine = feedback.own_part_mut("ed25519:a");
        for (id, comment) in [
            ("q-open", "Quote the text."),
            ("a-removed-question", "This one was strong."),
        ] {
            mine.answers.insert(
                id.into(),
                AnswerFeedback {
                    comment: comment.into(),
                    ..AnswerFeedback::default()
                },
            );
        }
        assert_eq!(
            feedback.removed_comments(&lesson),
            vec![(
                "a-removed-question".to_owned(),
                "This one was strong.".to_owned()
            )]
        );
    }
}

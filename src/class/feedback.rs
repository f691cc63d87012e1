//! A teacher's feedback on one student's work on one lesson: a comment on
//! any answer, an overall comment, and marks. It lives in a file of its own
//! beside the work it is about (`<lesson>--<student>.feedback.ron`), so the
//! student's work file is never touched, and it travels back through the
//! same folder the work came in.
//!
//! Choice questions with an answer key are marked automatically (1 when
//! the choice matches the key, else 0); a teacher's mark replaces that.
//! Two teachers saving feedback on the same student at once lose nothing:
//! a save first reads the file again, and where both changed a comment,
//! both are kept.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::io_error::plain_words;
use crate::lesson::{Lesson, Prompt, PromptKind};
use crate::work::disk::{Disk, FileMode, write_atomic};
use crate::work::store::student_file_stem;
use crate::work::{Answer, Work, is_answered};

/// The feedback file format this version writes and reads.
pub const FEEDBACK_FORMAT: u32 = 1;

/// A feedback file larger than this is not feedback.
const MAX_BYTES: usize = 1024 * 1024;

/// What a feedback file's name ends with.
pub const FEEDBACK_SUFFIX: &str = ".feedback.ron";

/// A teacher's feedback on one student's work on one lesson.
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
    /// The teacher has returned it: only then does the student see it
    /// (half-written feedback in a shared folder stays the teacher's).
    pub returned: bool,
    /// The overall comment.
    pub overall: String,
    /// Feedback on each answer, by prompt id.
    pub answers: BTreeMap<String, AnswerFeedback>,
}

/// Feedback on one answer.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AnswerFeedback {
    /// The teacher's comment.
    pub comment: String,
    /// The teacher's mark (replaces an automatic one).
    pub mark: Option<f32>,
    /// The automatic mark when the teacher wrote the feedback (the
    /// student sees this one even after changing the answer).
    pub auto: Option<f32>,
}

/// Why a feedback file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedbackError {
    /// It is not feedback, or it is damaged.
    #[error("it is damaged ({0})")]
    Damaged(String),
    /// A newer Close Reader wrote it.
    #[error(
        "a newer version of Close Reader wrote it (format {0}); update Close Reader to read it"
    )]
    Newer(u32),
}

/// Where a student's mark on a question comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mark {
    /// Marked automatically against the answer key.
    Auto(f32),
    /// The teacher's mark.
    Teacher(f32),
}

impl Mark {
    /// The number.
    pub fn value(self) -> f32 {
        match self {
            Self::Auto(v) | Self::Teacher(v) => v,
        }
    }
}

/// The feedback file name for `student`'s work on `lesson_id`.
pub fn feedback_file_name(lesson_id: &str, student: &str) -> String {
    // The whole id, as for hand-ins (see `hand_in_file_name`).
    format!(
        "{}--{}{FEEDBACK_SUFFIX}",
        crate::export::filename::safe_stem(lesson_id),
        student_file_stem(student)
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

    /// Reads a feedback file's bytes.
    pub fn parse(bytes: &[u8]) -> Result<Self, FeedbackError> {
        if bytes.len() > MAX_BYTES {
            return Err(FeedbackError::Damaged("it is too large".into()));
        }
        let text = std::str::from_utf8(bytes)
            .map_err(|_| FeedbackError::Damaged("not UTF-8 text".into()))?;
        let options = ron::Options::default().with_recursion_limit(16);
        let feedback: Self = options
            .from_str(text)
            .map_err(|e: ron::error::SpannedError| {
                FeedbackError::Damaged(format!(
                    "it stops making sense at line {}, column {}",
                    e.span.start.line, e.span.start.col
                ))
            })?;
        if feedback.format > FEEDBACK_FORMAT {
            return Err(FeedbackError::Newer(feedback.format));
        }
        if feedback.format == 0 || feedback.lesson_id.is_empty() {
            return Err(FeedbackError::Damaged("it has no lesson or format".into()));
        }
        Ok(feedback)
    }

    /// The file's text.
    pub fn to_text(&self) -> String {
        let config = ron::ser::PrettyConfig::new().depth_limit(4);
        ron::ser::to_string_pretty(self, config).unwrap_or_default()
    }

    /// The comment on `prompt`'s answer ("" when none).
    pub fn comment(&self, prompt: &str) -> &str {
        self.answers.get(prompt).map_or("", |a| a.comment.as_str())
    }

    /// Comments on questions `lesson` no longer has, as (prompt id,
    /// comment): shown and exported, never dropped.
    pub fn removed_comments<'a>(&'a self, lesson: &Lesson) -> Vec<(&'a str, &'a str)> {
        self.answers
            .iter()
            .filter(|(id, a)| {
                !a.comment.trim().is_empty() && !lesson.prompts().any(|p| &p.id == *id)
            })
            .map(|(id, a)| (id.as_str(), a.comment.as_str()))
            .collect()
    }

    /// Whether there is anything for the student to read.
    pub fn is_empty(&self) -> bool {
        self.overall.trim().is_empty()
            && self
                .answers
                .values()
                .all(|a| a.comment.trim().is_empty() && a.mark.is_none())
    }
}

/// The automatic mark for a keyed choice question: 1 when the answer
/// matches the key exactly, else 0; `None` for questions without a key.
pub fn auto_mark(prompt: &Prompt, answer: &Answer) -> Option<f32> {
    let key: Vec<usize> = match &prompt.kind {
        // Keys count from 1 (`check` refuses 0).
        PromptKind::Choice {
            answer: Some(key), ..
        } => vec![key.checked_sub(1)?],
        PromptKind::Choices { answers, .. } if !answers.is_empty() => answers
            .iter()
            .map(|a| a.checked_sub(1))
            .collect::<Option<Vec<usize>>>()?,
        _ => return None,
    };
    let mut chosen = answer.chosen.clone();
    chosen.sort_unstable();
    chosen.dedup();
    let mut key = key;
    key.sort_unstable();
    key.dedup();
    Some(if is_answered(prompt, answer) && chosen == key {
        1.0
    } else {
        0.0
    })
}

/// A student's mark on `prompt`: the teacher's, else the automatic one
/// recorded with the feedback, else the automatic one of `work` now.
pub fn mark(prompt: &Prompt, work: &Work, feedback: Option<&Feedback>) -> Option<Mark> {
    let given = feedback.and_then(|f| f.answers.get(&prompt.id));
    given
        .and_then(|a| a.mark)
        .map(Mark::Teacher)
        .or_else(|| given.and_then(|a| a.auto).map(Mark::Auto))
        .or_else(|| auto_mark(prompt, &work.answer(&prompt.id)).map(Mark::Auto))
}

/// The mark a student sees on `prompt` once their work is returned: the
/// teacher's, else the automatic one recorded when the teacher wrote the
/// feedback (never one worked out from the work as it is now).
pub fn returned_mark(prompt: &Prompt, feedback: &Feedback) -> Option<Mark> {
    let given = feedback.answers.get(&prompt.id)?;
    given
        .mark
        .map(Mark::Teacher)
        .or_else(|| given.auto.map(Mark::Auto))
}

/// The total a student sees once returned (see [`returned_mark`]): the
/// sum, and how many questions have a mark.
pub fn returned_total(lesson: &Lesson, feedback: &Feedback) -> (f32, usize) {
    sum_marks(lesson.prompts().filter_map(|p| returned_mark(p, feedback)))
}

/// Records in `feedback` the automatic mark of each of `lesson`'s keyed
/// questions for `work` as it is now.
pub fn record_auto_marks(feedback: &mut Feedback, lesson: &Lesson, work: &Work) {
    for prompt in lesson.prompts() {
        if let Some(auto) = auto_mark(prompt, &work.answer(&prompt.id)) {
            feedback.answers.entry(prompt.id.clone()).or_default().auto = Some(auto);
        }
    }
}

/// A student's total: the sum of their marks, and how many questions have one.
pub fn total(lesson: &Lesson, work: &Work, feedback: Option<&Feedback>) -> (f32, usize) {
    sum_marks(lesson.prompts().filter_map(|p| mark(p, work, feedback)))
}

/// The sum of `marks`, and how many there are.
fn sum_marks(marks: impl Iterator<Item = Mark>) -> (f32, usize) {
    marks.fold((0.0, 0), |(sum, n), m| (sum + m.value(), n + 1))
}

/// A total in words, "Marks: 7 from 9 marked questions", or `None` when
/// nothing is marked.
pub fn marks_summary((sum, marked): (f32, usize)) -> Option<String> {
    (marked > 0).then(|| {
        format!(
            "Marks: {} from {marked} marked question{}",
            mark_text(sum),
            if marked == 1 { "" } else { "s" }
        )
    })
}

/// A mark as people write it: "1", "0.5".
pub fn mark_text(value: f32) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded}")
    }
}

/// A mark in words: "Mark: 1 (marked automatically against the key)".
pub fn mark_words(mark: Mark) -> String {
    match mark {
        Mark::Teacher(v) => format!("Mark: {}", mark_text(v)),
        Mark::Auto(v) => format!(
            "Mark: {} (marked automatically against the key)",
            mark_text(v)
        ),
    }
}

/// Both teachers' comments, when both changed one: ours first.
fn both(ours: &str, theirs: &str) -> String {
    format!("{ours}\n\n(Also written by another teacher:) {theirs}")
}

/// Three-way merge of feedback: `base` is what this teacher started from,
/// `ours` what they have now, `theirs` what is in the file now. Whatever
/// only one side changed is taken from that side; a comment both changed
/// keeps both; a mark both changed is ours. Returns the merge and whether
/// both sides had changed the same comment.
pub fn merge(base: &Feedback, ours: &Feedback, theirs: &Feedback) -> (Feedback, bool) {
    let mut clash = false;
    let mut pick = |base: &str, ours: &str, theirs: &str| -> String {
        if ours == theirs || theirs == base {
            ours.to_owned()
        } else if ours == base {
            theirs.to_owned()
        } else {
            clash = true;
            both(ours, theirs)
        }
    };
    let overall = pick(&base.overall, &ours.overall, &theirs.overall);
    let ids: std::collections::BTreeSet<&String> = ours
        .answers
        .keys()
        .chain(theirs.answers.keys())
        .chain(base.answers.keys())
        .collect();
    let empty = AnswerFeedback::default();
    let mut answers = BTreeMap::new();
    for id in ids {
        let b = base.answers.get(id).unwrap_or(&empty);
        let o = ours.answers.get(id).unwrap_or(&empty);
        let t = theirs.answers.get(id).unwrap_or(&empty);
        let comment = pick(&b.comment, &o.comment, &t.comment);
        let mark = if o.mark == b.mark { t.mark } else { o.mark };
        let auto = o.auto.or(t.auto);
        if !comment.is_empty() || mark.is_some() || auto.is_some() {
            answers.insert(
                id.clone(),
                AnswerFeedback {
                    comment,
                    mark,
                    auto,
                },
            );
        }
    }
    let returned = if ours.returned == base.returned {
        theirs.returned
    } else {
        ours.returned
    };
    (
        Feedback {
            overall,
            answers,
            returned,
            ..ours.clone()
        },
        clash,
    )
}

/// What saving feedback did.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedFeedback {
    /// The feedback as written (merged with another teacher's, if any).
    pub feedback: Feedback,
    /// Another teacher had changed the same comment: both are kept.
    pub kept_both: bool,
}

/// Writes `ours` to `path` atomically, first merging in any change another
/// teacher saved there since `base` was read. A file there that is not
/// feedback, or is another student's, is never replaced.
pub fn save_feedback(
    disk: &dyn Disk,
    path: &Path,
    base: Option<&Feedback>,
    ours: &Feedback,
    now: std::time::SystemTime,
) -> Result<SavedFeedback, String> {
    let on_disk =
        match disk.read(path) {
            Ok(bytes) => Some(Feedback::parse(&bytes).map_err(|e| {
                format!("{} is there and {e}; it was left as it is", path.display())
            })?),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(plain_words(&e)),
        };
    let empty = Feedback::new(&ours.lesson_id, &ours.student);
    let (mut feedback, kept_both) = match &on_disk {
        Some(theirs) if theirs.lesson_id != ours.lesson_id || theirs.student != ours.student => {
            return Err(format!(
                "{} holds feedback for someone else; it was left as it is",
                path.display()
            ));
        }
        Some(theirs) if Some(theirs) != base => merge(base.unwrap_or(&empty), ours, theirs),
        _ => (ours.clone(), false),
    };
    feedback.format = FEEDBACK_FORMAT;
    feedback.written_at = humantime::format_rfc3339_seconds(now).to_string();
    write_atomic(disk, path, feedback.to_text().as_bytes(), FileMode::Shared)
        .map_err(|e| plain_words(&e))?;
    Ok(SavedFeedback {
        feedback,
        kept_both,
    })
}

/// Looks for `student`'s feedback on `lesson_id` in each folder; the one
/// written last wins. `Err` when the only one found cannot be read.
pub fn find_feedback(
    disk: &dyn Disk,
    folders: &[PathBuf],
    lesson_id: &str,
    student: &str,
) -> Option<Result<Feedback, String>> {
    let name = feedback_file_name(lesson_id, student);
    let mut found: Option<Result<Feedback, String>> = None;
    for folder in folders {
        let path = folder.join(&name);
        let bytes = match disk.read(&path) {
            Ok(bytes) => bytes,
            Err(_) => continue,
        };
        let read = Feedback::parse(&bytes)
            .map_err(|e| {
                format!(
                    "your teacher's feedback ({}) could not be read: {e}",
                    path.display()
                )
            })
            .and_then(|f| {
                if f.lesson_id == lesson_id && f.student == student {
                    Ok(f)
                } else {
                    Err(format!("{} is feedback for someone else", path.display()))
                }
            });
        found = match (found, read) {
            (Some(Ok(a)), Ok(b)) => Some(Ok(if b.written_at > a.written_at { b } else { a })),
            (Some(Ok(a)), Err(_)) => Some(Ok(a)),
            (_, read) => Some(read),
        };
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::work::disk::RealDisk;
    use std::time::{Duration, SystemTime};

    fn at(seconds: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_000_000 + seconds)
    }

    fn with_comment(prompt: &str, comment: &str) -> Feedback {
        let mut f = Feedback::new("social-credit", "Amira K.");
        f.answers.insert(
            prompt.to_owned(),
            AnswerFeedback {
                comment: comment.to_owned(),
                ..AnswerFeedback::default()
            },
        );
        f
    }

    #[test]
    fn a_feedback_file_reads_back_as_written() {
        let mut f = with_comment("q1", "Good: you name the feeling.\nNow quote the words.");
        f.overall = "“Careful reading” — 社会".to_owned();
        f.answers.get_mut("q1").expect("q1").mark = Some(0.5);
        let back = Feedback::parse(f.to_text().as_bytes()).expect("reads");
        assert_eq!(back, f);
    }

    #[test]
    fn damaged_and_newer_files_are_reported_not_read() {
        assert!(matches!(
            Feedback::parse(b"(format: 1, garb"),
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
    fn keyed_choices_are_marked_automatically() {
        let lesson =
            crate::lesson::check_lesson(include_bytes!("../../lessons/template.ron"), None)
                .lesson
                .expect("template");
        let prompt = |id: &str| lesson.prompts().find(|p| p.id == id).expect("prompt");
        let chose = |c: Vec<usize>| Answer {
            chosen: c,
            ..Answer::default()
        };
        // Choice: key 2 ("An opinion"), position 1.
        assert_eq!(auto_mark(prompt("q-choice"), &chose(vec![1])), Some(1.0));
        assert_eq!(auto_mark(prompt("q-choice"), &chose(vec![0])), Some(0.0));
        assert_eq!(auto_mark(prompt("q-choice"), &chose(vec![])), Some(0.0));
        // Choices: keys 2 and 3, in any order, and nothing more.
        assert_eq!(
            auto_mark(prompt("q-choices"), &chose(vec![2, 1])),
            Some(1.0)
        );
        assert_eq!(
            auto_mark(prompt("q-choices"), &chose(vec![1, 2, 3])),
            Some(0.0)
        );
        assert_eq!(auto_mark(prompt("q-open"), &chose(vec![])), None);
        // The teacher's mark wins.
        let mut work = Work::default();
        work.set_answer("q-choice", chose(vec![0]));
        let mut feedback = Feedback::new("template", "A");
        assert_eq!(
            mark(prompt("q-choice"), &work, Some(&feedback)),
            Some(Mark::Auto(0.0))
        );
        feedback.answers.insert(
            "q-choice".into(),
            AnswerFeedback {
                mark: Some(1.0),
                ..AnswerFeedback::default()
            },
        );
        assert_eq!(
            mark(prompt("q-choice"), &work, Some(&feedback)),
            Some(Mark::Teacher(1.0))
        );
        assert_eq!(total(&lesson, &work, Some(&feedback)), (1.0, 2));
        assert_eq!(mark_text(0.5), "0.5");
        assert_eq!(mark_text(2.0), "2");
    }

    #[test]
    fn two_teachers_at_once_lose_no_comment() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir
            .path()
            .join(feedback_file_name("social-credit", "Amira K."));
        // Both start from nothing; the first saves.
        let first = with_comment("q1", "Name the feeling.");
        let saved = save_feedback(&RealDisk, &path, None, &first, at(1)).expect("saved");
        assert!(!saved.kept_both);
        // The second, who started before that save, writes on q1 and q2.
        let mut second = with_comment("q1", "Quote the words.");
        second.answers.insert(
            "q2".into(),
            AnswerFeedback {
                comment: "Good.".into(),
                mark: Some(1.0),
                auto: None,
            },
        );
        let saved = save_feedback(&RealDisk, &path, None, &second, at(2)).expect("saved");
        assert!(saved.kept_both);
        let on_disk = Feedback::parse(&std::fs::read(&path).expect("read")).expect("parse");
        let q1 = on_disk.comment("q1");
        assert!(
            q1.contains("Quote the words.") && q1.contains("Name the feeling."),
            "{q1}"
        );
        assert_eq!(on_disk.comment("q2"), "Good.");
        assert_eq!(on_disk, saved.feedback);
        // The first teacher goes on from what they saved: only their change.
        let mut first_again = first.clone();
        first_again.overall = "Well done.".into();
        let base = Feedback::parse(&std::fs::read(&path).expect("read")).expect("parse");
        let merged = merge(&first, &first_again, &base).0;
        assert_eq!(merged.overall, "Well done.");
        assert_eq!(merged.comment("q2"), "Good.");
    }

    #[test]
    fn another_student_s_or_a_damaged_file_is_never_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("x.feedback.ron");
        let other = Feedback::new("social-credit", "Ben");
        std::fs::write(&path, other.to_text()).expect("write");
        let ours = with_comment("q1", "Hi");
        let err = save_feedback(&RealDisk, &path, None, &ours, at(1)).expect_err("refused");
        assert!(err.contains("someone else"), "{err}");
        std::fs::write(&path, "(format: 1, garb").expect("write");
        let err = save_feedback(&RealDisk, &path, None, &ours, at(1)).expect_err("refused");
        assert!(err.contains("damaged"), "{err}");
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "(format: 1, garb"
        );
    }

    #[test]
    fn the_newest_feedback_is_found_and_a_hostile_name_is_a_safe_file_name() {
        let name = feedback_file_name("social-credit", "../../evil\u{202e}gpj");
        assert!(!name.contains('/') && !name.contains('\u{202e}'), "{name}");
        assert!(is_feedback_file(Path::new(&name)));
        let a = tempfile::tempdir().expect("temp dir");
        let b = tempfile::tempdir().expect("temp dir");
        let student = "../../evil\u{202e}gpj";
        let mut old = Feedback::new("social-credit", student);
        old.overall = "old".into();
        let mut new = old.clone();
        new.overall = "new".into();
        save_feedback(&RealDisk, &a.path().join(&name), None, &old, at(1)).expect("saved");
        save_feedback(&RealDisk, &b.path().join(&name), None, &new, at(5)).expect("saved");
        let folders = [a.path().to_path_buf(), b.path().to_path_buf()];
        let found = find_feedback(&RealDisk, &folders, "social-credit", student);
        assert_eq!(found.expect("found").expect("read").overall, "new");
        std::fs::write(
            b.path().join(&name),
            "(format: 7, lesson_id: \"social-credit\")",
        )
        .expect("write");
        let found = find_feedback(&RealDisk, &folders, "social-credit", student);
        assert_eq!(
            found.expect("found").expect("the readable one").overall,
            "old"
        );
        assert!(find_feedback(&RealDisk, &folders, "social-credit", "Nobody").is_none());
    }

    #[test]
    fn comments_on_questions_the_lesson_no_longer_has_are_kept_and_exported() {
        let lesson = crate::lesson::bundled::template_lesson();
        let mut feedback = with_comment("q-open", "Quote the text.");
        feedback.answers.insert(
            "a-removed-question".into(),
            AnswerFeedback {
                comment: "This one was strong.".into(),
                ..AnswerFeedback::default()
            },
        );
        assert_eq!(
            feedback.removed_comments(&lesson),
            vec![("a-removed-question", "This one was strong.")]
        );
        let doc = crate::export::ExportDoc::new(
            &lesson,
            &Work::default(),
            "Amira K.",
            &crate::export::ExportOptions::default(),
        )
        .with_feedback(&lesson, &feedback);
        let top = doc.feedback.expect("feedback at the top");
        assert!(
            top.contains(
                "On a question no longer in the lesson (a-removed-question): This one was strong."
            ),
            "{top}"
        );
    }
}

//! What the class view and the class report show, worked out from a
//! class's work: the roster with its flags, each question's tally of
//! choices or ratings, and the questions in order. Knows nothing of the
//! window or of HTML.

use crate::lesson::text::escape_for_display;
use crate::lesson::{Lesson, Prompt, PromptKind};
use crate::work::{is_answered, lesson_progress};

use super::StudentWork;
use crate::feedback::{Feedback, total};

/// A student's name for the screen and reports: control and direction
/// characters shown as `\u{202E}`, so a name can never reorder itself or
/// what is around it.
pub fn display_name(student: &StudentWork) -> String {
    escape_for_display(student.student()).into_owned()
}

/// Something a teacher may want to look at in a student's work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    /// Questions with no answer.
    Unanswered(usize),
    /// Ratings given without a reason.
    RatingWithoutReason(usize),
    /// More copies of the work were found (the newest is shown).
    OtherCopies(usize),
}

/// One line of the roster.
#[derive(Debug, Clone, PartialEq)]
pub struct RosterRow {
    /// The name, safe to show.
    pub name: String,
    /// How far the student got.
    pub progress: crate::work::Progress,
    /// When the copy shown was saved, on this computer's clock.
    pub last_saved: String,
    /// The work came in through "Hand in".
    pub handed_in: bool,
    /// What to look at.
    pub flags: Vec<Flag>,
    /// The sum of the student's marks, and how many questions have one.
    pub marks: (f32, usize),
}

/// The roster, one row per student, in the students' order; `feedback`
/// holds each student's feedback in the same order (or is empty).
pub fn roster(
    lesson: &Lesson,
    students: &[StudentWork],
    feedback: &[Option<&Feedback>],
) -> Vec<RosterRow> {
    students
        .iter()
        .enumerate()
        .map(|(i, student)| {
            let work = &student.shown.file.work;
            let progress = lesson_progress(lesson, work);
            let without_reason = lesson
                .prompts()
                .filter(|p| matches!(p.kind, PromptKind::Rating { .. }))
                .filter(|p| {
                    let answer = work.answer(&p.id);
                    answer.rating.is_some() && answer.text.trim().is_empty()
                })
                .count();
            let flags = [
                Flag::Unanswered(progress.total - progress.answered.min(progress.total)),
                Flag::RatingWithoutReason(without_reason),
                Flag::OtherCopies(student.others.len()),
            ]
            .into_iter()
            .filter(|flag| match flag {
                Flag::Unanswered(n) | Flag::RatingWithoutReason(n) | Flag::OtherCopies(n) => *n > 0,
            })
            .collect();
            RosterRow {
                name: display_name(student),
                progress,
                last_saved: crate::clock::saved_at_label(&student.shown.file.saved_at),
                handed_in: student.handed_in(),
                flags,
                marks: total(lesson, work, feedback.get(i).copied().flatten()),
            }
        })
        .collect()
}

/// One bar of a question's chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// The option's text, or the rating's value.
    pub label: String,
    /// How many students chose it.
    pub count: usize,
    /// It is (part of) the answer key.
    pub key: bool,
}

/// How many students chose each option, or gave each rating; empty for
/// written questions.
pub fn tally(prompt: &Prompt, students: &[StudentWork]) -> Vec<Tally> {
    let answers = || {
        students
            .iter()
            .map(|s| s.shown.file.work.answer(&prompt.id))
    };
    let options = |options: &[String], keys: &[usize]| {
        options
            .iter()
            .enumerate()
            .map(|(i, option)| Tally {
                label: option.clone(),
                count: answers().filter(|a| a.chosen.contains(&i)).count(),
                // Keys are 1-based in the lesson file.
                key: keys.contains(&(i + 1)),
            })
            .collect()
    };
    match &prompt.kind {
        PromptKind::Choice { options: o, answer } => {
            options(o, &answer.iter().copied().collect::<Vec<_>>())
        }
        PromptKind::Choices {
            options: o,
            answers,
        } => options(o, answers),
        PromptKind::Rating { min, max, .. } => (*min..=*max)
            .map(|value| Tally {
                label: value.to_string(),
                count: answers().filter(|a| a.rating == Some(value)).count(),
                key: false,
            })
            .collect(),
        PromptKind::Open | PromptKind::Short | PromptKind::Evidence { .. } => Vec::new(),
    }
}

/// The students (by index) who have not answered `prompt`.
pub fn unanswered(prompt: &Prompt, students: &[StudentWork]) -> Vec<usize> {
    students
        .iter()
        .enumerate()
        .filter(|(_, s)| !is_answered(prompt, &s.shown.file.work.answer(&prompt.id)))
        .map(|(i, _)| i)
        .collect()
}

/// A question's place: its section and its number through the lesson.
#[derive(Debug, Clone, Copy)]
pub struct QuestionAt<'a> {
    /// 1-based, through the whole lesson.
    pub number: usize,
    /// The section it is in.
    pub section: &'a crate::lesson::Section,
    /// The question.
    pub prompt: &'a Prompt,
}

/// Every question of the lesson in order.
pub fn questions(lesson: &Lesson) -> Vec<QuestionAt<'_>> {
    lesson
        .sections
        .iter()
        .flat_map(|section| section.prompts.iter().map(move |prompt| (section, prompt)))
        .enumerate()
        .map(|(i, (section, prompt))| QuestionAt {
            number: i + 1,
            section,
            prompt,
        })
        .collect()
}

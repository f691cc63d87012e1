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
    /// Answers to questions the lesson no longer has.
    RemovedAnswers(usize),
    /// Work from a student who is not on the class list.
    NotOnList,
}

/// One line of the roster.
#[derive(Debug, Clone, PartialEq)]
pub struct RosterRow {
    /// The name, safe to show.
    pub name: String,
    /// The name exactly as the student typed it.
    pub typed: String,
    /// How far the student got.
    pub progress: crate::work::Progress,
    /// When the copy shown was saved, on this computer's clock.
    pub last_saved: String,
    /// When it was saved, as the file says (RFC 3339, UTC: sorts as text).
    pub saved_at: String,
    /// The work came in through "Hand in".
    pub handed_in: bool,
    /// What to look at.
    pub flags: Vec<Flag>,
    /// The student's marks: their sum, how many, out of what.
    pub marks: crate::feedback::Total,
    /// Answers to questions the lesson no longer has.
    pub removed: usize,
}

/// The roster, one row per student, in the students' order; `feedback`
/// holds each student's feedback in the same order (or is empty).
pub fn roster(
    lesson: &Lesson,
    students: &[StudentWork],
    feedback: &[Option<&Feedback>],
) -> Vec<RosterRow> {
    // The lesson's question ids, once for the class.
    let ids: std::collections::HashSet<&str> = lesson.prompts().map(|p| p.id.as_str()).collect();
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
            let removed = work
                .answers
                .keys()
                .filter(|id| !ids.contains(id.as_str()))
                .count();
            let flags = [
                Flag::Unanswered(progress.total - progress.answered.min(progress.total)),
                Flag::RatingWithoutReason(without_reason),
                Flag::OtherCopies(student.others.len()),
                Flag::RemovedAnswers(removed),
            ]
            .into_iter()
            .filter(|flag| match flag {
                Flag::Unanswered(n)
                | Flag::RatingWithoutReason(n)
                | Flag::OtherCopies(n)
                | Flag::RemovedAnswers(n) => *n > 0,
                Flag::NotOnList => true,
            })
            .collect();
            RosterRow {
                name: display_name(student),
                typed: student.student().to_owned(),
                progress,
                last_saved: crate::clock::saved_at_label(&student.shown.file.saved_at),
                saved_at: student.shown.file.saved_at.clone(),
                handed_in: student.handed_in(),
                flags,
                marks: total(lesson, work, feedback.get(i).copied().flatten()),
                removed,
            }
        })
        .collect()
}

/// One row of the class as the roster, the spreadsheet and the report
/// list it: a student on the class list or with work, or both.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassRow {
    /// The name to show (the listed name, else the name the student
    /// typed), safe to show.
    pub name: String,
    /// The student is on the class list (`None`: no list was given).
    pub listed: Option<bool>,
    /// The name as the class list has it, if the student is on it.
    pub list_name: Option<String>,
    /// The student's work (its position in the class's students) and
    /// what the roster says of it; `None`: no work was found.
    pub work: Option<(usize, RosterRow)>,
}

impl ClassRow {
    /// On the class list, with no work found.
    pub fn is_missing(&self) -> bool {
        self.work.is_none()
    }

    /// Work from a student who is not on the class list (a list was given).
    pub fn is_unlisted(&self) -> bool {
        self.listed == Some(false)
    }
}

/// Every row of the class: with a class list (`roll` not empty), every
/// listed student with or without work, then work from students not on
/// it (flagged); without one, every student with work.
pub fn class_rows(
    lesson: &Lesson,
    students: &[StudentWork],
    feedback: &[Option<&Feedback>],
    roll: &[super::class_list::RollRow],
) -> Vec<ClassRow> {
    let rows = roster(lesson, students, feedback);
    if roll.is_empty() {
        return rows
            .into_iter()
            .enumerate()
            .map(|(i, row)| ClassRow {
                name: row.name.clone(),
                listed: None,
                list_name: None,
                work: Some((i, row)),
            })
            .collect();
    }
    roll.iter()
        .map(|r| {
            let work = r.student.and_then(|i| {
                let mut row = rows.get(i)?.clone();
                if r.listed.is_none() {
                    row.flags.insert(0, Flag::NotOnList);
                }
                Some((i, row))
            });
            let name = match (&r.listed, &work) {
                (Some(listed), _) => escape_for_display(listed).into_owned(),
                (None, Some((_, row))) => row.name.clone(),
                (None, None) => String::new(),
            };
            ClassRow {
                name,
                listed: Some(r.listed.is_some()),
                list_name: r.listed.clone(),
                work,
            }
        })
        .collect()
}

/// How the roster is sorted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum RosterSort {
    /// By name, A to Z (the class list's order when there is one).
    #[default]
    Name,
    /// Fewest questions answered first (no work at all before them).
    Answered,
    /// Highest total first (nothing marked, then no work, last).
    Total,
    /// Saved most recently first (no work last).
    LastSaved,
}

/// Sorts `rows` by `sort`; rows that tie keep their order.
pub fn sort_rows(rows: &mut [ClassRow], sort: RosterSort) {
    fn facts(r: &ClassRow) -> Option<&RosterRow> {
        r.work.as_ref().map(|(_, f)| f)
    }
    match sort {
        RosterSort::Name => {}
        RosterSort::Answered => {
            rows.sort_by_key(|r| facts(r).map(|f| f.progress.answered + 1).unwrap_or(0));
        }
        RosterSort::Total => rows.sort_by(|a, b| {
            let key = |r: &ClassRow| {
                facts(r).map(|f| {
                    if f.marks.marked > 0 {
                        (1, f.marks.sum)
                    } else {
                        (0, 0.0)
                    }
                })
            };
            key(b)
                .partial_cmp(&key(a))
                .unwrap_or(std::cmp::Ordering::Equal)
        }),
        RosterSort::LastSaved => rows.sort_by(|a, b| {
            let (a, b) = (facts(a), facts(b));
            b.map(|f| f.saved_at.as_str())
                .cmp(&a.map(|f| f.saved_at.as_str()))
        }),
    }
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

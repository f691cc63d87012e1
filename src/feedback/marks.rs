//! Marks: automatic ones for keyed choice questions, the teacher's, the
//! totals, and how they are written in words.

use crate::lesson::{Lesson, Prompt, PromptKind};
use crate::work::{Answer, Work, is_answered};

use super::Feedback;
use crate::tr;

/// The largest mark a question can be given (the class view's mark box
/// takes 0 to this); a file with any other number is refused.
pub const MAX_MARK: f32 = 1000.0;

/// Whether `mark` is a mark: a finite number from 0 to [`MAX_MARK`].
pub fn is_valid_mark(mark: f32) -> bool {
    mark.is_finite() && (0.0..=MAX_MARK).contains(&mark)
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

/// The automatic mark for a keyed choice question the student answered,
/// in its points ([`Prompt::out_of`], 1 unless it says): a single choice
/// gets them all when it is the key, else 0. A multiple choice gets
/// partial credit, as Canvas's "partial credit" rule: each keyed option
/// chosen earns an equal share of the points, each other option chosen
/// takes a share away, and the mark is never below 0 (key 2 and 3 of 4,
/// worth 2: choosing 2 alone gives 1, 2 and 3 give 2, 2 and 4 give 0).
/// `None` for questions without a key, and for an unanswered question:
/// that is "not answered", never 0.
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
        PromptKind::Choice { answer: None, .. }
        | PromptKind::Choices { .. }
        | PromptKind::Open
        | PromptKind::Short
        | PromptKind::Rating { .. }
        | PromptKind::Evidence { .. } => return None,
    };
    if !is_answered(prompt, answer) {
        return None;
    }
    let points = prompt.out_of().unwrap_or(1) as f32;
    let mut chosen = answer.chosen.clone();
    chosen.sort_unstable();
    chosen.dedup();
    let mut key = key;
    key.sort_unstable();
    key.dedup();
    let share = match prompt.kind {
        PromptKind::Choices { .. } => {
            let right = chosen.iter().filter(|c| key.contains(c)).count() as f32;
            let wrong = chosen.len() as f32 - right;
            ((right - wrong) / key.len().max(1) as f32).max(0.0)
        }
        _ if chosen == key => 1.0,
        _ => 0.0,
    };
    Some((points * share * 100.0).round() / 100.0)
}

/// A student's mark on `prompt`: a teacher's, else the automatic one
/// recorded with the feedback, else the automatic one of `work` now.
pub fn mark(prompt: &Prompt, work: &Work, feedback: Option<&Feedback>) -> Option<Mark> {
    feedback
        .and_then(|f| returned_mark(prompt, f))
        .or_else(|| auto_mark(prompt, &work.answer(&prompt.id)).map(Mark::Auto))
}

/// The mark a student sees on `prompt` once their work is returned: a
/// teacher's, else the automatic one recorded when the teacher wrote the
/// feedback (never one worked out from the work as it is now).
pub fn returned_mark(prompt: &Prompt, feedback: &Feedback) -> Option<Mark> {
    feedback
        .teacher_mark(&prompt.id)
        .map(Mark::Teacher)
        .or_else(|| feedback.auto_mark(&prompt.id).map(Mark::Auto))
}

/// A student's total over a lesson: "14 / 20".
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Total {
    /// The sum of the marks given.
    pub sum: f32,
    /// How many questions have a mark.
    pub marked: usize,
    /// What the lesson is marked out of: the points of every question
    /// that has some ([`Prompt::out_of`]).
    pub out_of: u32,
}

/// What `lesson` is marked out of.
pub fn lesson_out_of(lesson: &Lesson) -> u32 {
    lesson.prompts().filter_map(Prompt::out_of).sum()
}

/// The total a student sees once returned (see [`returned_mark`]).
pub fn returned_total(lesson: &Lesson, feedback: &Feedback) -> Total {
    sum_marks(
        lesson,
        lesson.prompts().filter_map(|p| returned_mark(p, feedback)),
    )
}

/// A student's total: the sum of their marks, how many questions have
/// one, and what the lesson is out of.
pub fn total(lesson: &Lesson, work: &Work, feedback: Option<&Feedback>) -> Total {
    sum_marks(
        lesson,
        lesson.prompts().filter_map(|p| mark(p, work, feedback)),
    )
}

/// The sum of `marks`, and how many there are, out of `lesson`'s points.
fn sum_marks(lesson: &Lesson, marks: impl Iterator<Item = Mark>) -> Total {
    let (sum, marked) = marks.fold((0.0, 0), |(sum, n), m| (sum + m.value(), n + 1));
    Total {
        sum,
        marked,
        out_of: lesson_out_of(lesson),
    }
}

/// A total in words, "Marks: 14 / 20 (9 questions marked)", or `None`
/// when nothing is marked.
pub fn marks_summary(total: Total) -> Option<String> {
    (total.marked > 0).then(|| {
        tr!(
            "export-marks-summary",
            total = total_text(total),
            marked = total.marked
        )
    })
}

/// "14 / 20", or "14" when the lesson has no points to be out of.
pub fn total_text(total: Total) -> String {
    if total.out_of == 0 {
        mark_text(total.sum)
    } else {
        tr!(
            "export-total",
            sum = mark_text(total.sum),
            out_of = total.out_of
        )
    }
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
        Mark::Teacher(v) => tr!("export-mark", mark = mark_text(v)),
        Mark::Auto(v) => tr!("export-mark-auto", mark = mark_text(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::AnswerFeedback;

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
        // Not answered is not marked, never 0.
        assert_eq!(auto_mark(prompt("q-choice"), &chose(vec![])), None);
        assert_eq!(auto_mark(prompt("q-choices"), &chose(vec![])), None);
        // Choices: keys 2 and 3 of 4, worth 2: a share per keyed option,
        // less a share per other option chosen, never below 0.
        assert_eq!(
            auto_mark(prompt("q-choices"), &chose(vec![2, 1])),
            Some(2.0)
        );
        assert_eq!(auto_mark(prompt("q-choices"), &chose(vec![1])), Some(1.0));
        assert_eq!(
            auto_mark(prompt("q-choices"), &chose(vec![1, 2, 3])),
            Some(1.0)
        );
        assert_eq!(
            auto_mark(prompt("q-choices"), &chose(vec![1, 3])),
            Some(0.0)
        );
        assert_eq!(
            auto_mark(prompt("q-choices"), &chose(vec![0, 3])),
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
        feedback.own_part_mut("k").answers.insert(
            "q-choice".into(),
            AnswerFeedback {
                mark: Some(1.0),
                marked_at: "2026-12-02T10:00:00Z".into(),
                ..AnswerFeedback::default()
            },
        );
        assert_eq!(
            mark(prompt("q-choice"), &work, Some(&feedback)),
            Some(Mark::Teacher(1.0))
        );
        let sum = total(&lesson, &work, Some(&feedback));
        assert_eq!((sum.sum, sum.marked), (1.0, 1), "q-choices not answered");
        // q-open 3 (its points), q-choice 1 (keyed), q-choices 2.
        assert_eq!(sum.out_of, 6);
        assert_eq!(total_text(sum), "1 / 6");
        assert_eq!(mark_text(0.5), "0.5");
        assert_eq!(mark_text(2.0), "2");
    }

    #[test]
    fn only_finite_marks_in_range_are_marks() {
        assert!(is_valid_mark(0.0) && is_valid_mark(0.5) && is_valid_mark(MAX_MARK));
        for bad in [
            f32::NAN,
            f32::INFINITY,
            f32::NEG_INFINITY,
            -1.0,
            -1e38,
            1e30,
        ] {
            assert!(!is_valid_mark(bad), "{bad}");
        }
    }
}

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
        PromptKind::Choice { answer: None, .. }
        | PromptKind::Choices { .. }
        | PromptKind::Open
        | PromptKind::Short
        | PromptKind::Rating { .. }
        | PromptKind::Evidence { .. } => return None,
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

/// The total a student sees once returned (see [`returned_mark`]): the
/// sum, and how many questions have a mark.
pub fn returned_total(lesson: &Lesson, feedback: &Feedback) -> (f32, usize) {
    sum_marks(lesson.prompts().filter_map(|p| returned_mark(p, feedback)))
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
        tr!(
            "export-marks-summary",
            sum = mark_text(sum),
            marked = marked
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
        assert_eq!(total(&lesson, &work, Some(&feedback)), (1.0, 2));
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

//! What counts as answered, and progress counts for sections and lessons.

use crate::lesson::{Lesson, Prompt, PromptKind, Section};
use crate::tr;

use super::{Answer, Work};

/// Answered questions out of those a student is asked to answer; optional
/// questions answered are counted apart, so the total is the same for
/// every student.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    /// Questions (not optional) with a complete answer.
    pub answered: usize,
    /// Questions that are not optional.
    pub total: usize,
    /// Optional questions with a complete answer.
    pub optional: usize,
}

impl Progress {
    /// Whether every prompt is answered (and there is at least one).
    pub fn is_complete(self) -> bool {
        self.total > 0 && self.answered == self.total
    }

    /// Answered share from 0.0 to 1.0.
    pub fn fraction(self) -> f32 {
        if self.total == 0 {
            0.0
        } else {
            self.answered as f32 / self.total as f32
        }
    }
}

/// Whether `answer` is a complete answer to `prompt`. A rating needs its
/// justification too; an evidence answer needs its written part.
pub fn is_answered(prompt: &Prompt, answer: &Answer) -> bool {
    let written = !answer.text.trim().is_empty();
    match &prompt.kind {
        PromptKind::Open | PromptKind::Short | PromptKind::Evidence { .. } => written,
        PromptKind::Choice { options, .. } | PromptKind::Choices { options, .. } => {
            answer.chosen.iter().any(|&i| i < options.len())
        }
        PromptKind::Rating { min, max, .. } => {
            written && answer.rating.is_some_and(|r| (*min..=*max).contains(&r))
        }
    }
}

/// Answers kept for prompts the lesson no longer has, as (prompt id, text):
/// shown in the app and printed in exports, never dropped.
pub fn removed_answers(lesson: &Lesson, work: &Work) -> Vec<(String, String)> {
    let ids: std::collections::HashSet<&str> = lesson.prompts().map(|p| p.id.as_str()).collect();
    work.answers
        .iter()
        .filter(|(id, _)| !ids.contains(id.as_str()))
        .map(|(id, answer)| {
            // The prompt is gone, so are its options' words: name what was
            // chosen by number rather than print nothing.
            let mut parts = Vec::new();
            if !answer.chosen.is_empty() {
                let numbers: Vec<String> =
                    answer.chosen.iter().map(|i| (i + 1).to_string()).collect();
                parts.push(tr!(
                    "sys-work-removed-choice",
                    count = numbers.len(),
                    options = numbers.join(", ")
                ));
            }
            if let Some(rating) = answer.rating {
                parts.push(tr!("sys-work-removed-rating", rating = rating));
            }
            if !answer.text.is_empty() {
                parts.push(answer.text.clone());
            }
            (id.clone(), parts.join(" "))
        })
        .collect()
}

/// Highlights on words the lesson no longer has (a passage or card
/// paragraph removed or renamed since they were made), each as (what it
/// was, its words and comment): kept in the work file, and shown with the
/// answers to removed prompts so a student's reading is never lost from view.
pub fn removed_highlights(lesson: &Lesson, work: &Work) -> Vec<(String, String)> {
    work.highlights
        .iter()
        .filter(|h| lesson.readable(&h.passage).is_none())
        .map(|h| {
            let tag = lesson
                .tag(&h.tag)
                .map_or_else(|| h.tag.clone(), |t| t.label.clone());
            let what = tr!(
                "sys-work-removed-highlight",
                tag = tag.as_str(),
                id = h.passage.as_str()
            );
            let words = if h.comment.trim().is_empty() {
                tr!("sys-work-removed-highlight-words", quote = h.quote.as_str())
            } else {
                tr!(
                    "sys-work-removed-highlight-comment",
                    quote = h.quote.as_str(),
                    comment = h.comment.as_str()
                )
            };
            (what, words)
        })
        .collect()
}

/// Progress in one section. Optional questions are counted apart, so a
/// student who leaves them all out is still done.
pub fn section_progress(section: &Section, work: &Work) -> Progress {
    let done = |p: &&&Prompt| work.answers.get(&p.id).is_some_and(|a| is_answered(p, a));
    let (optional, asked): (Vec<&Prompt>, Vec<&Prompt>) =
        section.prompts.iter().partition(|p| p.optional);
    Progress {
        answered: asked.iter().filter(done).count(),
        total: asked.len(),
        optional: optional.iter().filter(done).count(),
    }
}

/// Progress in the whole lesson.
pub fn lesson_progress(lesson: &Lesson, work: &Work) -> Progress {
    lesson
        .sections
        .iter()
        .map(|s| section_progress(s, work))
        .fold(Progress::default(), |a, b| Progress {
            answered: a.answered + b.answered,
            total: a.total + b.total,
            optional: a.optional + b.optional,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prompt(kind: PromptKind) -> Prompt {
        Prompt {
            id: "q".into(),
            text: "?".into(),
            hint: None,
            teacher: None,
            optional: false,
            points: None,
            rubric: Vec::new(),
            kind,
        }
    }

    fn answer(text: &str, chosen: &[usize], rating: Option<i32>) -> Answer {
        Answer {
            text: text.into(),
            chosen: chosen.to_vec(),
            rating,
            ..Answer::default()
        }
    }

    #[test]
    fn optional_questions_are_counted_apart() {
        let template =
            crate::lesson::check_lesson(include_bytes!("../../lessons/template.ron"), None)
                .lesson
                .expect("template");
        let mut section = template.sections[0].clone();
        section.prompts = vec![
            prompt(PromptKind::Short),
            Prompt {
                id: "extra".into(),
                optional: true,
                ..prompt(PromptKind::Short)
            },
        ];
        let mut work = Work::default();
        let progress = |work: &Work| section_progress(&section, work);
        let counts = |p: Progress| (p.answered, p.total, p.optional);
        assert_eq!(counts(progress(&work)), (0, 1, 0));
        work.set_answer("q", answer("Because", &[], None));
        assert!(progress(&work).is_complete());
        work.set_answer("extra", answer("And more", &[], None));
        assert_eq!(counts(progress(&work)), (1, 1, 1));
        assert!(progress(&work).is_complete());
    }

    #[test]
    fn each_kind_knows_when_it_is_answered() {
        let open = prompt(PromptKind::Open);
        assert!(!is_answered(&open, &answer("  \n", &[], None)));
        assert!(is_answered(&open, &answer("Because", &[], None)));

        let choice = prompt(PromptKind::Choice {
            options: vec!["a".into(), "b".into()],
            answer: None,
        });
        assert!(!is_answered(&choice, &answer("", &[], None)));
        assert!(
            !is_answered(&choice, &answer("", &[5], None)),
            "an option that no longer exists"
        );
        assert!(is_answered(&choice, &answer("", &[1], None)));

        let rating = prompt(PromptKind::Rating {
            min: 1,
            max: 5,
            low: String::new(),
            high: String::new(),
        });
        assert!(
            !is_answered(&rating, &answer("", &[], Some(3))),
            "justification is required"
        );
        assert!(!is_answered(&rating, &answer("why", &[], None)));
        assert!(!is_answered(&rating, &answer("why", &[], Some(9))));
        assert!(is_answered(&rating, &answer("why", &[], Some(5))));
    }

    #[test]
    fn progress_counts_sections_and_the_lesson() {
        let lesson = crate::lesson::bundled::template_lesson();
        let mut work = Work::default();
        assert_eq!(
            lesson_progress(&lesson, &work),
            Progress {
                answered: 0,
                total: 6,
                optional: 0,
            }
        );
        work.set_answer("q-open", answer("A claim", &[], None));
        work.set_answer("q-choice", answer("", &[0], None));
        work.set_answer("q-rating", answer("", &[], Some(2)));
        let progress = section_progress(&lesson.sections[0], &work);
        assert_eq!(
            progress,
            Progress {
                answered: 2,
                total: 6,
                optional: 0,
            }
        );
        assert!(!progress.is_complete());
        work.set_answer("q-open", Answer::default());
        assert!(
            !work.answers.contains_key("q-open"),
            "an emptied answer is removed"
        );
    }
}

//! How long a section really takes: a rule of thumb that `check` holds a
//! lesson's `minutes` against, so a lesson cannot promise 150 minutes for
//! 230 minutes of work.
//!
//! The rule (from experienced teachers' counts): about 2.5 minutes for a
//! choice or one-line question, 5 for a one-step written answer or a rating
//! with its reason, 8 for a question in several numbered steps or one that
//! sends students to a source card, and reading at 120 words a minute (the
//! section's introduction, its passages and the cards it opens).

use super::model::{Lesson, Section};
use super::prompt::{Prompt, PromptKind};

/// Words a class reads in a minute, aloud or together.
pub const READING_WORDS_PER_MINUTE: f32 = 120.0;
/// Minutes for a choice or a one-line answer.
pub const MINUTES_CHOICE_OR_SHORT: f32 = 2.5;
/// Minutes for a one-step written answer or a rating with its reason.
pub const MINUTES_WRITTEN: f32 = 5.0;
/// Minutes for a question in several steps, or one that uses a source card.
pub const MINUTES_MULTI_STEP: f32 = 8.0;

/// Which of the rule's three sizes a question is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionSize {
    /// A choice, several choices, or a one-line answer.
    Quick,
    /// One written answer, or a rating with its reason.
    Written,
    /// Several numbered steps, or work with a source card.
    MultiStep,
}

impl QuestionSize {
    /// Its minutes under the rule.
    pub fn minutes(self) -> f32 {
        match self {
            Self::Quick => MINUTES_CHOICE_OR_SHORT,
            Self::Written => MINUTES_WRITTEN,
            Self::MultiStep => MINUTES_MULTI_STEP,
        }
    }
}

/// The size of a question: numbered steps (two or more lines that start
/// with "1.", "2."…) or naming one of the lesson's cards in quotation marks
/// make it multi-step, whatever its kind.
pub fn question_size(lesson: &Lesson, prompt: &Prompt) -> QuestionSize {
    let steps = prompt
        .text
        .lines()
        .skip(1)
        .filter(|line| is_numbered_step(line))
        .count();
    let uses_card = lesson
        .documents
        .iter()
        .any(|d| prompt.text.contains(&format!("“{}”", d.title)));
    if steps >= 2 || uses_card {
        return QuestionSize::MultiStep;
    }
    match prompt.kind {
        PromptKind::Choice { .. } | PromptKind::Choices { .. } | PromptKind::Short => {
            QuestionSize::Quick
        }
        PromptKind::Open | PromptKind::Rating { .. } | PromptKind::Evidence { .. } => {
            QuestionSize::Written
        }
    }
}

/// "1. …", "2) …" or a lettered step such as IMVAIN's "I – Independent".
fn is_numbered_step(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        return line[digits..].starts_with(['.', ')']);
    }
    let mut words = line.split_whitespace();
    let first = words.next().unwrap_or_default();
    first.chars().count() == 1
        && first.chars().all(char::is_alphabetic)
        && words.next() == Some("–")
}

/// A section's realistic time, split as the teacher plans it.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SectionTime {
    /// Reading the introduction, passages and cards, in minutes.
    pub reading: f32,
    /// Answering the questions students must answer, in minutes.
    pub required: f32,
    /// Answering the optional questions, in minutes.
    pub optional: f32,
}

impl SectionTime {
    /// Everything, optional questions included, rounded up to a minute.
    pub fn total_minutes(&self) -> u32 {
        // Sections are short: the sum is a few hundred at most, far inside u32.
        (self.reading + self.required + self.optional).ceil() as u32
    }
}

/// How long a section takes under the rule.
pub fn section_time(lesson: &Lesson, section: &Section) -> SectionTime {
    let mut words = word_count(&section.intro);
    words += section
        .passages
        .iter()
        .map(|p| word_count(&p.text))
        .sum::<usize>();
    words += section
        .documents
        .iter()
        .filter_map(|id| lesson.document(id))
        .flat_map(|d| &d.paragraphs)
        .map(|p| word_count(&p.text))
        .sum::<usize>();
    let mut time = SectionTime {
        // A count of words in one section fits f32 exactly.
        reading: words as f32 / READING_WORDS_PER_MINUTE,
        ..SectionTime::default()
    };
    for prompt in &section.prompts {
        let minutes = question_size(lesson, prompt).minutes();
        if prompt.optional {
            time.optional += minutes;
        } else {
            time.required += minutes;
        }
    }
    time
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::bundled;

    fn lesson() -> Lesson {
        crate::lesson::check_lesson(bundled::BUNDLED_LESSONS[0].text.as_bytes(), None)
            .lesson
            .expect("the bundled lesson")
    }

    #[test]
    fn numbered_steps_and_cards_make_a_question_multi_step() {
        let lesson = lesson();
        let mut prompt = lesson.prompts().next().expect("a prompt").clone();
        prompt.kind = PromptKind::Short;
        prompt.text = "One question".into();
        assert_eq!(question_size(&lesson, &prompt), QuestionSize::Quick);
        prompt.kind = PromptKind::Open;
        assert_eq!(question_size(&lesson, &prompt), QuestionSize::Written);
        prompt.text = "Two steps:\n1. first;\n2. second.".into();
        assert_eq!(question_size(&lesson, &prompt), QuestionSize::MultiStep);
        prompt.text = "One step, not numbered:\n1990 was a year.".into();
        assert_eq!(question_size(&lesson, &prompt), QuestionSize::Written);
        prompt.text = "Check:\nI – Independent?\nM – Multiple?".into();
        assert_eq!(question_size(&lesson, &prompt), QuestionSize::MultiStep);
        let card = &lesson.documents[0].title;
        prompt.text = format!("Open the card “{card}” and answer.");
        assert_eq!(question_size(&lesson, &prompt), QuestionSize::MultiStep);
    }

    #[test]
    fn every_bundled_section_is_given_at_least_its_realistic_time() {
        let lesson = lesson();
        for section in &lesson.sections {
            let realistic = section_time(&lesson, section).total_minutes();
            let given = section.minutes.expect("every bundled section has minutes");
            assert!(
                given >= realistic,
                "section {} is given {given} minutes but needs about {realistic}",
                section.id
            );
        }
        let sum: u32 = lesson.sections.iter().filter_map(|s| s.minutes).sum();
        assert_eq!(Some(sum), lesson.minutes, "sections add up to the lesson");
    }
}

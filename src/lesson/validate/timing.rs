//! Checks of a lesson's time: sections' minutes add up to the lesson's, and
//! none promises much less than its reading and questions need
//! (`crate::lesson::timing` has the rule).

use super::*;
use crate::lesson::timing::section_time;

/// A section given less than this share of its realistic time is flagged:
/// the rule is a rough count, so small differences are the author's call.
const TOO_SHORT_SHARE: f32 = 0.8;

impl Checker<'_> {
    pub(super) fn timing(&mut self, lesson: &Lesson) {
        let timed = lesson
            .sections
            .iter()
            .filter(|s| s.minutes.is_some())
            .count();
        if timed == 0 {
            return;
        }
        for (index, section) in lesson.sections.iter().enumerate() {
            let path = format!("sections[{index}]");
            let realistic = section_time(lesson, section).total_minutes();
            match section.minutes {
                None => self.warning(
                    &path,
                    tr!("check-section-no-minutes", id = section.id.as_str()),
                    Some(tr!("check-section-no-minutes.hint", realistic = realistic)),
                ),
                // Minutes are small whole numbers: exact in f32.
                Some(given) if (given as f32) < TOO_SHORT_SHARE * realistic as f32 => self.warning(
                    &format!("{path}.minutes"),
                    tr!(
                        "check-section-too-short",
                        id = section.id.as_str(),
                        given = given,
                        realistic = realistic
                    ),
                    Some(tr!("check-section-too-short.hint")),
                ),
                Some(_) => {}
            }
        }
        let sum: u32 = lesson.sections.iter().filter_map(|s| s.minutes).sum();
        if let Some(minutes) = lesson.minutes
            && timed == lesson.sections.len()
            && minutes != sum
        {
            self.warning(
                "minutes",
                tr!(
                    "check-minutes-do-not-add-up",
                    lesson = minutes,
                    sections = sum
                ),
                Some(tr!("check-minutes-do-not-add-up.hint", sections = sum)),
            );
        }
    }
}

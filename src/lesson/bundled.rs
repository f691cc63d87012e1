//! Lessons compiled into the binary, so the app works with no lessons folder.

/// A lesson file shipped inside the binary.
#[derive(Debug, Clone, Copy)]
pub struct BundledLesson {
    /// The file name it has in `lessons/`.
    pub file_name: &'static str,
    /// The file's text.
    pub text: &'static str,
}

/// Every bundled lesson, in the order the start screen lists them.
pub const BUNDLED_LESSONS: &[BundledLesson] = &[BundledLesson {
    file_name: "social-credit.ron",
    text: include_str!("../../lessons/social-credit.ron"),
}];

/// The template lesson (`lessons/template.ron`: one section with every
/// prompt kind), for unit tests.
#[cfg(test)]
#[allow(clippy::expect_used)]
pub(crate) fn template_lesson() -> crate::lesson::Lesson {
    crate::lesson::check_lesson(include_str!("../../lessons/template.ron").as_bytes(), None)
        .lesson
        .expect("the template is a valid lesson")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::check_lesson;

    #[test]
    fn bundled_lessons_load_without_errors_or_warnings() {
        for bundled in BUNDLED_LESSONS {
            let report = check_lesson(bundled.text.as_bytes(), None);
            let rendered: Vec<String> = report
                .diagnostics
                .iter()
                .map(|d| d.render(bundled.file_name))
                .collect();
            assert!(rendered.is_empty(), "{}", rendered.join("\n"));
            assert!(report.lesson.is_some());
        }
    }
}

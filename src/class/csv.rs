//! A class as a spreadsheet: one row per student, one column per question,
//! that opens the same in Excel, LibreOffice and Google Sheets.
//!
//! UTF-8 with a byte-order mark (Excel reads a file without one in the
//! computer's old code page, which garbles every accent), fields quoted when
//! they hold commas, quotes or line breaks, and students' text that a
//! spreadsheet would run as a formula made inert.

use crate::lesson::{Lesson, Prompt, PromptKind};
use crate::tr;
use crate::work::{Work, lesson_progress};

use super::StudentWork;
use crate::feedback::{Feedback, mark, mark_text, total};

/// The byte-order mark that tells Excel the file is UTF-8.
const BOM: &str = "\u{feff}";

/// The class's work on `lesson` as CSV bytes; `feedback` holds each
/// student's feedback in the same order (or is empty), for the marks.
pub fn class_csv(
    lesson: &Lesson,
    students: &[StudentWork],
    feedback: &[Option<&Feedback>],
) -> Vec<u8> {
    let fb = |i: usize| feedback.get(i).copied().flatten();
    // Questions someone has a mark on (automatic or the teacher's).
    let marked: Vec<(usize, &Prompt)> = lesson
        .prompts()
        .enumerate()
        .filter(|(_, p)| {
            students
                .iter()
                .enumerate()
                .any(|(i, s)| mark(p, &s.shown.file.work, fb(i)).is_some())
        })
        .collect();
    let mut out = String::from(BOM);
    let mut head = header(lesson);
    if !marked.is_empty() {
        head.push(tr!("classfile-marks"));
        head.extend(
            marked
                .iter()
                .map(|(n, _)| tr!("classfile-question-mark", number = n + 1)),
        );
    }
    push_row(&mut out, &head);
    for (i, student) in students.iter().enumerate() {
        let mut cells = row(lesson, student);
        if !marked.is_empty() {
            let work = &student.shown.file.work;
            cells.push(mark_text(total(lesson, work, fb(i)).0));
            cells.extend(marked.iter().map(|(_, p)| {
                mark(p, work, fb(i))
                    .map(|m| mark_text(m.value()))
                    .unwrap_or_default()
            }));
        }
        push_row(&mut out, &cells);
    }
    out.into_bytes()
}

/// The column names: who, progress, when, then each question (a rating
/// has two columns: the number, so a spreadsheet can average it, and the
/// reason), then the highlights under each tag.
fn header(lesson: &Lesson) -> Vec<String> {
    let mut cells: Vec<String> = vec![
        tr!("classfile-student"),
        tr!("classfile-answered"),
        tr!("classfile-questions"),
        tr!("classfile-last-saved"),
        tr!("classfile-other-copies"),
    ];
    let prompts = lesson.prompts();
    for (i, prompt) in prompts.enumerate() {
        let name = tr!(
            "classfile-question-column",
            number = i + 1,
            words = crate::export::first_words(&prompt.text)
        );
        if matches!(prompt.kind, PromptKind::Rating { .. }) {
            cells.push(tr!("classfile-question-rating", question = name.as_str()));
            cells.push(tr!("classfile-question-reason", question = name));
        } else {
            cells.push(name);
        }
    }
    for tag in &lesson.tags {
        cells.push(tr!("classfile-tag-highlights", tag = tag.label.as_str()));
    }
    cells
}

/// One student's row, in the columns of [`header`].
fn row(lesson: &Lesson, student: &StudentWork) -> Vec<String> {
    let work: &Work = &student.shown.file.work;
    let progress = lesson_progress(lesson, work);
    let mut cells = vec![
        // A name is one line, and right-to-left overrides in it could make
        // a row read as another student's: written as escapes, as in the
        // report.
        crate::lesson::text::escape_for_display(student.student()).into_owned(),
        progress.answered.to_string(),
        progress.total.to_string(),
        student.shown.file.saved_at.clone(),
        student.others.len().to_string(),
    ];
    for prompt in lesson.prompts() {
        let answer = work.answer(&prompt.id);
        match &prompt.kind {
            PromptKind::Choice { .. } | PromptKind::Choices { .. } => {
                cells.push(prompt.chosen_options(&answer.chosen).join("; "));
            }
            PromptKind::Rating { .. } => {
                cells.push(answer.rating.map(|r| r.to_string()).unwrap_or_default());
                cells.push(answer.text.clone());
            }
            PromptKind::Open | PromptKind::Short | PromptKind::Evidence { .. } => {
                cells.push(answer.text.clone());
            }
        }
    }
    for tag in &lesson.tags {
        let count = work.highlights.iter().filter(|h| h.tag == tag.id).count();
        cells.push(count.to_string());
    }
    cells
}

/// Appends one CSV record (RFC 4180, CRLF line ends).
fn push_row(out: &mut String, cells: &[String]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, &inert(cell));
    }
    out.push_str("\r\n");
}

/// A field, quoted when it must be, with quotes doubled.
fn push_field(out: &mut String, text: &str) {
    if text.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

/// Text a spreadsheet would read as a formula (starting `=`, `+`, `-`,
/// `@`, a tab or a carriage return) gets a leading apostrophe, so it shows
/// as the student typed it and never runs (OWASP's advice on CSV injection).
fn inert(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        let mut out = String::new();
        push_row(
            &mut out,
            &[
                "plain".into(),
                "a, b".into(),
                "say \"hi\"".into(),
                "two\nlines".into(),
                "社会 שלום".into(),
                String::new(),
            ],
        );
        assert_eq!(
            out,
            "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",社会 שלום,\r\n"
        );
    }

    #[test]
    fn formulas_are_made_inert() {
        for formula in [
            "=HYPERLINK(\"http://evil\",\"x\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\tcmd",
            "\r=1",
        ] {
            assert_eq!(inert(formula), format!("'{formula}"), "{formula:?}");
        }
        for safe in ["It is =", "1+1", "", "'quoted"] {
            assert_eq!(inert(safe), safe);
        }
    }

    #[test]
    fn a_name_with_a_right_to_left_override_is_written_as_escapes() {
        let lesson = crate::lesson::bundled::template_lesson();
        let file = crate::work::file::WorkFile::new(
            "template",
            "h",
            "Cleo\u{202e}lireva",
            Work::default(),
        );
        let student = StudentWork {
            shown: super::super::FoundWork {
                path: "x.ron".into(),
                file,
            },
            others: Vec::new(),
        };
        let csv = String::from_utf8(class_csv(&lesson, &[student], &[])).expect("utf-8");
        assert!(!csv.contains('\u{202e}'), "{csv}");
        assert!(csv.contains("Cleo\\u{202E}lireva"), "{csv}");
    }
}

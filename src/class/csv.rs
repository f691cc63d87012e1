//! A class as a spreadsheet: one row per student, one column per question,
//! that opens the same in Excel, LibreOffice and Google Sheets.
//!
//! UTF-8 with a byte-order mark (Excel reads a file without one in the
//! computer's old code page, which garbles every accent), fields quoted when
//! they hold commas, quotes or line breaks, and students' text that a
//! spreadsheet would run as a formula made inert.

use crate::lesson::{Lesson, Prompt, PromptKind};
use crate::tr;
use crate::work::{Work, is_answered, lesson_progress, removed_answers};

use super::review::ClassRow;
use super::{ClassData, StudentWork};
use crate::feedback::{Feedback, lesson_out_of, mark, mark_text};

/// Writes `rows` as CSV (RFC 4180, a byte-order mark, formulas made
/// inert): for the gradebook layouts too.
pub fn csv_bytes(rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = String::from(BOM);
    for row in rows {
        push_row(&mut out, row);
    }
    out.into_bytes()
}

/// The byte-order mark that tells Excel the file is UTF-8.
const BOM: &str = "\u{feff}";

/// The class's work as CSV bytes: one row per student (every listed
/// student, with or without work, then work from students not on the
/// list), leading with what a gradebook wants: the name, whether handed
/// in, the total and what it is out of, each question's points, the
/// comments; then progress, each answer and the highlights.
pub fn class_csv(class: &ClassData<'_>) -> Vec<u8> {
    let lesson = class.lesson;
    let columns = Columns::of(class);
    let header = columns.header(lesson, !class.list.names.is_empty());
    let mut out = String::from(BOM);
    push_row(&mut out, &header);
    for row in class.rows() {
        let mut cells = columns.row(class, &row);
        // A student with no work has empty answer cells.
        cells.resize(header.len(), String::new());
        push_row(&mut out, &cells);
    }
    out.into_bytes()
}

/// The questions that get a points column and a comment column.
struct Columns<'a> {
    /// Questions worth points or marked for someone, with their number.
    marked: Vec<(usize, &'a Prompt)>,
    /// Questions someone has a comment on, with their number.
    commented: Vec<(usize, &'a Prompt)>,
    /// Some student has answers to questions no longer in the lesson.
    removed: bool,
}

impl<'a> Columns<'a> {
    fn of(class: &ClassData<'a>) -> Self {
        let lesson = class.lesson;
        let numbered = || lesson.prompts().enumerate().map(|(i, p)| (i + 1, p));
        let students = || class.students.iter().enumerate();
        Self {
            marked: numbered()
                .filter(|(_, p)| {
                    p.out_of().is_some()
                        || students().any(|(i, s)| {
                            mark(p, &s.shown.file.work, class.feedback_of(i)).is_some()
                        })
                })
                .collect(),
            commented: numbered()
                .filter(|(_, p)| {
                    students().any(|(i, _)| {
                        class
                            .feedback_of(i)
                            .is_some_and(|f| !f.comment(&p.id).is_empty())
                    })
                })
                .collect(),
            removed: class
                .students
                .iter()
                .any(|s| !removed_answers(lesson, &s.shown.file.work).is_empty()),
        }
    }

    /// The column names.
    fn header(&self, lesson: &Lesson, listed: bool) -> Vec<String> {
        let mut cells = vec![tr!("classfile-student")];
        if listed {
            cells.push(tr!("classfile-on-list"));
        }
        cells.extend([
            tr!("classfile-handed-in"),
            tr!("classfile-total"),
            tr!("classfile-out-of"),
        ]);
        cells.extend(self.marked.iter().map(|(n, p)| match p.out_of() {
            Some(points) => tr!("classfile-question-points-of", number = *n, points = points),
            None => tr!("classfile-question-points", number = *n),
        }));
        cells.push(tr!("classfile-comment-overall"));
        cells.extend(
            self.commented
                .iter()
                .map(|(n, _)| tr!("classfile-question-comment", number = *n)),
        );
        cells.extend(answer_header(lesson));
        if self.removed {
            cells.push(tr!("classfile-removed-answers"));
        }
        cells.extend(
            lesson
                .tags
                .iter()
                .map(|tag| tr!("classfile-tag-highlights", tag = tag.label.as_str())),
        );
        cells
    }

    /// One row, in the columns of [`Self::header`].
    fn row(&self, class: &ClassData<'_>, row: &ClassRow) -> Vec<String> {
        let lesson = class.lesson;
        let mut cells = vec![row.name.clone()];
        if let Some(listed) = row.listed {
            cells.push(yes_no(listed));
        }
        let Some((index, facts)) = &row.work else {
            cells.push(tr!("classfile-not-handed-in"));
            cells.push(String::new());
            cells.push(lesson_out_of(lesson).to_string());
            cells.extend(self.marked.iter().map(|_| String::new()));
            cells.push(String::new());
            cells.extend(self.commented.iter().map(|_| String::new()));
            cells.push(tr!("classfile-no-work"));
            return cells;
        };
        let student = &class.students[*index];
        let work = &student.shown.file.work;
        let feedback = class.feedback_of(*index);
        cells.push(yes_no(facts.handed_in));
        cells.push(if facts.marks.marked > 0 {
            mark_text(facts.marks.sum)
        } else {
            String::new()
        });
        cells.push(facts.marks.out_of.to_string());
        cells.extend(
            self.marked
                .iter()
                .map(|(_, p)| match mark(p, work, feedback) {
                    Some(m) => mark_text(m.value()),
                    None if !is_answered(p, &work.answer(&p.id)) => {
                        tr!("classfile-not-answered-cell")
                    }
                    None => String::new(),
                }),
        );
        cells.push(feedback.map(Feedback::overall).unwrap_or_default());
        cells.extend(
            self.commented
                .iter()
                .map(|(_, p)| feedback.map(|f| f.comment(&p.id)).unwrap_or_default()),
        );
        cells.extend(answer_cells(lesson, student));
        if self.removed {
            let removed: Vec<String> = removed_answers(lesson, work)
                .into_iter()
                .map(|(id, text)| tr!("classfile-removed-answer", id = id, text = text))
                .collect();
            cells.push(removed.join("\n"));
        }
        cells.extend(lesson.tags.iter().map(|tag| {
            work.highlights
                .iter()
                .filter(|h| h.tag == tag.id)
                .count()
                .to_string()
        }));
        cells
    }
}

/// "yes" or "no", as the class's files write them.
fn yes_no(yes: bool) -> String {
    if yes {
        tr!("classfile-yes")
    } else {
        tr!("classfile-no")
    }
}

/// The answer columns' names: progress, when, then each question (a
/// rating has two columns: the number, so a spreadsheet can average it,
/// and the reason).
fn answer_header(lesson: &Lesson) -> Vec<String> {
    let mut cells: Vec<String> = vec![
        tr!("classfile-answered"),
        tr!("classfile-questions"),
        tr!("classfile-last-saved"),
        tr!("classfile-other-copies"),
    ];
    for (i, prompt) in lesson.prompts().enumerate() {
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
    cells
}

/// One student's answer cells, in the columns of [`answer_header`].
fn answer_cells(lesson: &Lesson, student: &StudentWork) -> Vec<String> {
    let work: &Work = &student.shown.file.work;
    let progress = lesson_progress(lesson, work);
    let mut cells = vec![
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
        let list = super::super::class_list::ClassList::default();
        let class = ClassData {
            lesson: &lesson,
            students: &[student],
            feedback: &[],
            list: &list,
            joins: &Default::default(),
        };
        let csv = String::from_utf8(class_csv(&class)).expect("utf-8");
        assert!(!csv.contains('\u{202e}'), "{csv}");
        assert!(csv.contains("Cleo\\u{202E}lireva"), "{csv}");
    }
}

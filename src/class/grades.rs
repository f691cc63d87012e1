//! The marks alone, laid out for a gradebook to import: Canvas's
//! gradebook CSV, Moodle's grade import, or a plain table. One row per
//! student (every listed student, then work from students not on the
//! list); a student with nothing marked has an empty grade, which both
//! gradebooks read as "leave it as it is", never 0.

use crate::feedback::{lesson_out_of, mark, mark_text};
use crate::tr;

use super::ClassData;
use super::class_list::StudentIds;
use super::csv::csv_bytes;
use super::review::ClassRow;

/// How the marks are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GradeLayout {
    /// Canvas: `Student,ID,SIS User ID,SIS Login ID,Section,<Assignment>`,
    /// then a "Points Possible" row, then one row per student. Canvas
    /// matches rows by the ID columns, which come from a class list
    /// exported from Canvas's gradebook.
    Canvas,
    /// Moodle's grade import: `First name,Last name,ID number,Email
    /// address,<Assignment>`; map "Email address" (or "ID number") to the
    /// user when importing.
    Moodle,
    /// A plain table: the name, the total, what it is out of, each
    /// question's points.
    Plain,
}

impl GradeLayout {
    /// What it is, in words.
    pub fn label(self) -> String {
        match self {
            Self::Canvas => tr!("grades-kind-canvas"),
            Self::Moodle => tr!("grades-kind-moodle"),
            Self::Plain => tr!("grades-kind-plain"),
        }
    }

    /// The word the command line and file names use for it.
    pub fn word(self) -> &'static str {
        match self {
            Self::Canvas => "canvas",
            Self::Moodle => "moodle",
            Self::Plain => "plain",
        }
    }
}

/// The class's marks as CSV bytes in `layout`.
pub fn grades_csv(class: &ClassData<'_>, layout: GradeLayout) -> Vec<u8> {
    let lesson = class.lesson;
    let out_of = lesson_out_of(lesson);
    let assignment = crate::lesson::text::escape_for_display(&lesson.title).into_owned();
    let rows = class.rows();
    let total = |row: &ClassRow| -> String {
        row.work
            .as_ref()
            .filter(|(_, facts)| facts.marks.marked > 0)
            .map(|(_, facts)| mark_text(facts.marks.sum))
            .unwrap_or_default()
    };
    let ids = |row: &ClassRow| -> StudentIds {
        row.list_name
            .as_deref()
            .map(|name| class.list.ids_of(name))
            .unwrap_or_default()
    };
    // The headings a gradebook looks for are its own, in English in every
    // language (Canvas and Moodle match them as written): they are not
    // words for people, so they are not in the word tables.
    let mut table: Vec<Vec<String>> = Vec::new();
    match layout {
        GradeLayout::Canvas => {
            table.push(vec![
                "Student".into(),
                "ID".into(),
                "SIS User ID".into(),
                "SIS Login ID".into(),
                "Section".into(),
                assignment,
            ]);
            let mut possible = vec![String::new(); 6];
            possible[0] = "Points Possible".into();
            possible[5] = out_of.to_string();
            table.push(possible);
            for row in &rows {
                let ids = ids(row);
                table.push(vec![
                    row.name.clone(),
                    ids.id,
                    ids.sis_user_id,
                    ids.login,
                    ids.section,
                    total(row),
                ]);
            }
        }
        GradeLayout::Moodle => {
            table.push(vec![
                "First name".into(),
                "Last name".into(),
                "ID number".into(),
                "Email address".into(),
                assignment,
            ]);
            for row in &rows {
                let ids = ids(row);
                let (first, last) = ids
                    .first_last
                    .clone()
                    .unwrap_or_else(|| split_name(&row.name));
                table.push(vec![first, last, ids.sis_user_id, ids.email, total(row)]);
            }
        }
        GradeLayout::Plain => {
            let prompts: Vec<(usize, &crate::lesson::Prompt)> = lesson
                .prompts()
                .enumerate()
                .filter(|(_, p)| p.out_of().is_some())
                .collect();
            let mut head = vec![
                tr!("classfile-student"),
                tr!("classfile-total"),
                tr!("classfile-out-of"),
            ];
            head.extend(prompts.iter().map(|(i, p)| {
                tr!(
                    "classfile-question-points-of",
                    number = i + 1,
                    points = p.out_of().unwrap_or_default()
                )
            }));
            table.push(head);
            for row in &rows {
                let mut cells = vec![row.name.clone(), total(row), out_of.to_string()];
                cells.extend(prompts.iter().map(|(_, p)| {
                    row.work
                        .as_ref()
                        .and_then(|(i, _)| {
                            let work = &class.students.get(*i)?.shown.file.work;
                            mark(p, work, class.feedback_of(*i))
                        })
                        .map(|m| mark_text(m.value()))
                        .unwrap_or_default()
                }));
                table.push(cells);
            }
        }
    }
    csv_bytes(&table)
}

/// A name as first and last name: "Okafor, Ada" → (Ada, Okafor), "Ada
/// Okafor" → (Ada, Okafor), one word → (it, "").
fn split_name(name: &str) -> (String, String) {
    if let Some((last, first)) = name.split_once(',') {
        return (first.trim().to_owned(), last.trim().to_owned());
    }
    match name.trim().rsplit_once(' ') {
        Some((first, last)) => (first.trim().to_owned(), last.to_owned()),
        None => (name.trim().to_owned(), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_into_first_and_last() {
        assert_eq!(split_name("Okafor, Ada"), ("Ada".into(), "Okafor".into()));
        assert_eq!(
            split_name("José María Pérez"),
            ("José María".into(), "Pérez".into())
        );
        assert_eq!(split_name("Cher"), ("Cher".into(), String::new()));
    }
}

//! The class list: the names of everyone in the class, given once by the
//! teacher (typed or pasted in the class view, `students: [...]` in
//! `classroom.ron`, or a CSV exported from the school's system or learning
//! platform), and the roll: every listed student with their work or
//! without, and work from a student who is not on the list, never dropped.

use std::collections::{BTreeMap, HashMap};

use super::StudentWork;
use super::names::fold_name;

/// At most this many names are read from one class list.
pub const MAX_NAMES: usize = 5_000;

/// Column headings that name the students' column in a CSV (compared
/// folded, so accents do not matter): a school system's or a learning
/// platform's export, in the interface's languages (English, Spanish,
/// Chinese).
const NAME_HEADINGS: [&str; 16] = [
    "name",
    "student",
    "student name",
    "full name",
    "students",
    "names",
    "nombre",
    "nombre completo",
    "alumno",
    "alumna",
    "estudiante",
    "nombre del estudiante",
    "姓名",
    "学生",
    "学生姓名",
    "名字",
];

/// A CSV's first-name and last-name headings (Moodle's participants
/// export): the name is both, first name first.
const FIRST_HEADINGS: [&str; 3] = ["first name", "firstname", "nombre"];
const LAST_HEADINGS: [&str; 6] = [
    "last name",
    "lastname",
    "surname",
    "family name",
    "apellidos",
    "apellido",
];

/// Rows that are not students in a gradebook export ("Points Possible"
/// under Canvas's heading, its test student).
const NOT_STUDENTS: [&str; 2] = ["points possible", "student, test"];

/// What a school system's or learning platform's export says of a
/// student besides the name, for a gradebook to match its rows by.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StudentIds {
    /// Canvas's `ID`.
    pub id: String,
    /// Canvas's `SIS User ID`, or Moodle's `ID number`.
    pub sis_user_id: String,
    /// Canvas's `SIS Login ID`, or Moodle's `Username`.
    pub login: String,
    /// Canvas's `Section`.
    pub section: String,
    /// An e-mail address (Moodle's `Email address`).
    pub email: String,
    /// The first name and the last name, when the export has them apart.
    pub first_last: Option<(String, String)>,
}

/// A class list: the names, and what its spreadsheet said of each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClassList {
    /// The names, in order, each once.
    pub names: Vec<String>,
    /// What the spreadsheet said of each student, by name folded.
    pub ids: std::collections::BTreeMap<String, StudentIds>,
}

impl ClassList {
    /// A list of `names` alone.
    pub fn of_names(names: Vec<String>) -> Self {
        Self {
            names: clean_names(names),
            ids: std::collections::BTreeMap::new(),
        }
    }

    /// What the list says of `name` besides it (empty when nothing).
    pub fn ids_of(&self, name: &str) -> StudentIds {
        self.ids.get(&fold_name(name)).cloned().unwrap_or_default()
    }
}

/// The names in a class list's text, in order, each once (compared
/// folded), trimmed, at most [`MAX_NAMES`]. `csv` reads it as a
/// spreadsheet (a `.csv` file, or pasted cells with tabs): the column
/// headed `Name` or `Student` (or `First name` and `Last name` together),
/// else the first column. Otherwise each line is a name.
pub fn parse_class_list(text: &str, csv: bool) -> Vec<String> {
    read_class_list(text, csv).names
}

/// A class list from its text, as [`parse_class_list`], with what a
/// spreadsheet's other columns say of each student (Canvas's `ID`, `SIS
/// User ID`, `SIS Login ID` and `Section`; Moodle's `ID number`,
/// `Username` and `Email address`).
pub fn read_class_list(text: &str, csv: bool) -> ClassList {
    let text = text.trim_start_matches('\u{feff}');
    let csv = csv || text.contains('\t');
    if !csv {
        return ClassList::of_names(text.lines().map(str::to_owned).collect());
    }
    let records = records(text, delimiter(text));
    let names = csv_names(&records);
    let mut ids = std::collections::BTreeMap::new();
    if let Some(head) = records.first() {
        let folded: Vec<String> = head.iter().map(|h| fold_name(h)).collect();
        let column = |wanted: &[&str]| folded.iter().position(|h| wanted.contains(&h.as_str()));
        let (id, sis, login, section, email) = (
            column(&["id"]),
            column(&["sis user id", "id number", "idnumber"]),
            column(&["sis login id", "username"]),
            column(&["section"]),
            column(&["email address", "email", "e-mail"]),
        );
        let (first, last) = (column(&FIRST_HEADINGS), column(&LAST_HEADINGS));
        let cell = |record: &Vec<String>, at: Option<usize>| {
            at.and_then(|i| record.get(i))
                .map(|c| c.trim().to_owned())
                .unwrap_or_default()
        };
        let headed = column(&NAME_HEADINGS).is_some() || (first.is_some() && last.is_some());
        for (record, name) in records
            .iter()
            .skip(1)
            .zip(names.iter().skip(usize::from(!headed)))
        {
            let student = StudentIds {
                id: cell(record, id),
                sis_user_id: cell(record, sis),
                login: cell(record, login),
                section: cell(record, section),
                email: cell(record, email),
                first_last: first
                    .zip(last)
                    .map(|(f, l)| (cell(record, Some(f)), cell(record, Some(l)))),
            };
            if student != StudentIds::default() {
                ids.entry(fold_name(name)).or_insert(student);
            }
        }
    }
    ClassList {
        names: clean_names(names),
        ids,
    }
}

/// `names` trimmed, each once (compared folded), blanks and gradebook
/// rows that are not students left out, at most [`MAX_NAMES`].
pub fn clean_names(names: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    names
        .into_iter()
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty() && !NOT_STUDENTS.contains(&fold_name(n).as_str()))
        .filter(|n| seen.insert(fold_name(n)))
        .take(MAX_NAMES)
        .collect()
}

/// The names of a CSV's records: from the heading's column, or the first.
fn csv_names(records: &[Vec<String>]) -> Vec<String> {
    let Some(head) = records.first() else {
        return Vec::new();
    };
    let folded: Vec<String> = head.iter().map(|h| fold_name(h)).collect();
    let find = |wanted: &[&str]| folded.iter().position(|h| wanted.contains(&h.as_str()));
    let cell = |record: &Vec<String>, i: usize| record.get(i).cloned().unwrap_or_default();
    // First and last names first: Spanish exports head the first name
    // "Nombre", which alone would also be read as the whole name.
    let both = (find(&FIRST_HEADINGS), find(&LAST_HEADINGS));
    if let (Some(column), (None, _) | (_, None)) = (find(&NAME_HEADINGS), both) {
        return records[1..].iter().map(|r| cell(r, column)).collect();
    }
    if let (Some(first), Some(last)) = both {
        return records[1..]
            .iter()
            .map(|r| format!("{} {}", cell(r, first).trim(), cell(r, last).trim()))
            .collect();
    }
    records.iter().map(|r| cell(r, 0)).collect()
}

/// The delimiter of a CSV: a tab, a semicolon (spreadsheets in countries
/// that write 0,5) or a comma, whichever the first line has most of.
fn delimiter(text: &str) -> char {
    let first = text.lines().next().unwrap_or_default();
    [',', ';', '\t']
        .into_iter()
        .max_by_key(|d| (first.matches(*d).count(), *d == ','))
        .unwrap_or(',')
}

/// A CSV's records (RFC 4180: quoted fields may hold the delimiter, `""`
/// and line breaks).
fn records(text: &str, delimiter: char) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' if quoted => quoted = false,
            '"' if field.trim().is_empty() => {
                field.clear();
                quoted = true;
            }
            c if c == delimiter && !quoted => record.push(std::mem::take(&mut field)),
            '\r' if !quoted => {}
            '\n' if !quoted => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            c => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

/// One row of the roll.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollRow {
    /// The name on the class list, if the student is on it.
    pub listed: Option<String>,
    /// The student's work (by position in the class's students), if any
    /// was found.
    pub student: Option<usize>,
}

impl RollRow {
    /// On the list, and no work found.
    pub fn is_missing(&self) -> bool {
        self.student.is_none()
    }

    /// Work from a student who is not on the class list.
    pub fn is_unlisted(&self) -> bool {
        self.listed.is_none()
    }
}

/// How the class stands against its list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RollCounts {
    /// Names on the class list.
    pub listed: usize,
    /// Listed students with no work found.
    pub missing: usize,
    /// Students with work who are not on the list.
    pub unlisted: usize,
}

/// Counts `rows`.
pub fn roll_counts(rows: &[RollRow]) -> RollCounts {
    RollCounts {
        listed: rows.iter().filter(|r| r.listed.is_some()).count(),
        missing: rows.iter().filter(|r| r.is_missing()).count(),
        unlisted: rows.iter().filter(|r| r.is_unlisted()).count(),
    }
}

/// Every student on `list`, in its order, each with their work among
/// `students` if found, then every student with work who is not on the
/// list. A student's work is joined to a listed name by `joins` (the
/// student's name as typed, folded, to a listed name: the teacher's
/// choice), else when both fold to the same name (case, spacing,
/// accents, "Last, First" as "First Last"); where two students' work would join one name, the first
/// does and the other is listed apart. Without a list, each student with
/// work is a row.
pub fn roll(list: &[String], students: &[StudentWork], joins: &Joins) -> Vec<RollRow> {
    let mut by_folded: HashMap<String, usize> = HashMap::new();
    for (i, name) in list.iter().enumerate() {
        by_folded.entry(fold_name(name)).or_insert(i);
    }
    // "Okafor, Ada" (a gradebook's order) also matches "Ada Okafor".
    for (i, name) in list.iter().enumerate() {
        if let Some((last, first)) = name.split_once(',') {
            by_folded
                .entry(fold_name(&format!("{first} {last}")))
                .or_insert(i);
        }
    }
    let mut work_of: Vec<Option<usize>> = vec![None; list.len()];
    let mut unlisted = Vec::new();
    for (s, student) in students.iter().enumerate() {
        let folded = fold_name(student.student());
        let listed = joins
            .get(&folded)
            .and_then(|name| by_folded.get(&fold_name(name)))
            .or_else(|| by_folded.get(&folded))
            .copied();
        match listed {
            Some(i) if work_of[i].is_none() => work_of[i] = Some(s),
            _ => unlisted.push(s),
        }
    }
    list.iter()
        .zip(work_of)
        .map(|(name, student)| RollRow {
            listed: Some(name.clone()),
            student,
        })
        .chain(unlisted.into_iter().map(|s| RollRow {
            listed: None,
            student: Some(s),
        }))
        .collect()
}

/// The teacher's joins of work to a listed name: the student's name as
/// typed, folded ([`fold_name`]), to the name on the list.
pub type Joins = BTreeMap<String, String>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::FoundWork;
    use crate::work::{Work, file::WorkFile};

    fn work(name: &str) -> StudentWork {
        StudentWork {
            shown: FoundWork {
                path: format!("{name}.ron").into(),
                file: WorkFile::new("l", "h", name, Work::default()),
            },
            others: Vec::new(),
        }
    }

    #[test]
    fn a_list_is_read_from_lines_a_csv_or_pasted_cells() {
        assert_eq!(
            parse_class_list("Amira K.\n\n  José María \nAMIRA K.\n", false),
            ["Amira K.", "José María"]
        );
        let sis = "\u{feff}ID,Student,Section\r\n1,\"Okafor, Ada\",7B\r\n2,Leo B,7B\r\n";
        assert_eq!(parse_class_list(sis, true), ["Okafor, Ada", "Leo B"]);
        let canvas = "Student,ID,SIS User ID\nPoints Possible,,\nAmira K.,11,\n";
        assert_eq!(parse_class_list(canvas, true), ["Amira K."]);
        let moodle = "First name;Last name;Email address\nNoa;Levi;n@x\n";
        assert_eq!(parse_class_list(moodle, true), ["Noa Levi"]);
        let list = read_class_list(moodle, true);
        assert_eq!(list.ids_of("noa levi").email, "n@x");
        let list = read_class_list(canvas, true);
        assert_eq!(list.ids_of("Amira K.").id, "11");
        assert_eq!(
            parse_class_list("Ben\t7B\nCleo\t7B\n", false),
            ["Ben", "Cleo"]
        );
        assert_eq!(parse_class_list("Ben\nCleo", true), ["Ben", "Cleo"]);
        // Spanish and Chinese school exports.
        let spanish = "Nombre;Apellidos;Correo\nLucía;Pérez Gil;l@x\n";
        assert_eq!(parse_class_list(spanish, true), ["Lucía Pérez Gil"]);
        let spanish = "Alumno,Grupo\nMarta Ruiz,2ºB\n";
        assert_eq!(parse_class_list(spanish, true), ["Marta Ruiz"]);
        let chinese = "学号,姓名\n1,王小明\n";
        assert_eq!(parse_class_list(chinese, true), ["王小明"]);
    }

    #[test]
    fn the_roll_lists_everyone_and_drops_no_work() {
        let list: Vec<String> = ["Amira K.", "José María", "Leo B", "Noa"]
            .map(String::from)
            .into();
        let students = [
            work("amira  k."),
            work("Jose Maria"),
            work("Zed"),
            work("Noah"),
        ];
        let mut joins = Joins::new();
        let rows = roll(&list, &students, &joins);
        assert_eq!(rows.len(), 6);
        assert_eq!(rows[0].student, Some(0));
        assert_eq!(rows[1].student, Some(1));
        assert!(rows[2].is_missing() && rows[3].is_missing());
        assert_eq!((rows[4].student, rows[5].student), (Some(2), Some(3)));
        assert!(rows[4].is_unlisted());
        assert_eq!(
            roll_counts(&rows),
            RollCounts {
                listed: 4,
                missing: 2,
                unlisted: 2
            }
        );
        // The teacher joins "Noah"'s work to "Noa".
        joins.insert(fold_name("Noah"), "Noa".into());
        let rows = roll(&list, &students, &joins);
        assert_eq!(rows[3].student, Some(3));
        assert_eq!(rows.len(), 5);
        // Two files for one name: the second is listed apart, not dropped.
        let twice = [work("Leo B"), work("leo b ")];
        let rows = roll(&list, &twice, &Joins::new());
        assert_eq!(rows[2].student, Some(0));
        assert_eq!(rows[4].student, Some(1));
        // No list: everyone with work.
        assert_eq!(roll(&[], &students, &Joins::new()).len(), 4);
    }
}

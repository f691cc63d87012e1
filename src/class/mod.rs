//! A class's work, gathered from a folder: every student's work file on
//! every lesson, grouped by lesson, with the same student's extra copies
//! (sync conflict copies, two laptops, handing in twice) set beside the
//! newest one instead of counted as another student.
//!
//! Knows nothing of the window: the class view and `closereader export`
//! both read a [`Collection`].

pub mod class_fs;
pub mod class_list;
pub mod collect;
pub mod csv;
pub mod deadline;
pub mod grades;
pub mod hand_in;
pub mod heat;
pub mod heat_page;
pub mod lms_zip;
pub mod names;
pub mod pool;
pub mod read_cache;
pub mod reading;
pub mod reading_file;
pub mod report;
pub mod review;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::SystemTime;

use crate::tr;
use crate::work::file::WorkFile;

pub use collect::{CollectProgress, collect, collect_from};

/// The class files a teacher can save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassFile {
    /// A spreadsheet, one row per student.
    Csv,
    /// A web page with every question's answers and charts.
    Html,
    /// A web page of the class's highlights, to project or print.
    Highlights,
    /// The marks alone, laid out for a gradebook to import.
    Grades(grades::GradeLayout),
}

impl ClassFile {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv | Self::Grades(_) => "csv",
            Self::Html | Self::Highlights => "html",
        }
    }

    /// What it is, in words.
    pub fn label(self) -> String {
        match self {
            Self::Csv => tr!("classfile-kind-csv"),
            Self::Html => tr!("classfile-kind-html"),
            Self::Highlights => tr!("classfile-kind-highlights"),
            Self::Grades(layout) => layout.label(),
        }
    }

    /// The file's bytes for `class`, dated `date`.
    pub fn render(self, class: &ClassData<'_>, date: &str) -> Vec<u8> {
        match self {
            Self::Csv => csv::class_csv(class),
            Self::Html => report::class_report_html(class, date).into_bytes(),
            Self::Highlights => {
                heat_page::highlights_page_html(class.lesson, class.students, date).into_bytes()
            }
            Self::Grades(layout) => grades::grades_csv(class, layout),
        }
    }
}

/// A class as its files are written: the lesson, the students' work,
/// each one's feedback (in the same order, or empty), and the class list
/// with the teacher's joins (empty without a list).
#[derive(Debug, Clone, Copy)]
pub struct ClassData<'a> {
    /// The lesson.
    pub lesson: &'a crate::lesson::Lesson,
    /// The students with work, sorted by name.
    pub students: &'a [StudentWork],
    /// Each student's feedback, as `students` are ordered (or empty).
    pub feedback: &'a [Option<&'a crate::feedback::Feedback>],
    /// The class list (empty: none was given).
    pub list: &'a class_list::ClassList,
    /// The teacher's joins of work to listed names.
    pub joins: &'a class_list::Joins,
}

impl ClassData<'_> {
    /// Student `index`'s feedback, if any.
    pub fn feedback_of(&self, index: usize) -> Option<&crate::feedback::Feedback> {
        self.feedback.get(index).copied().flatten()
    }

    /// Every row of the class (see [`review::class_rows`]).
    pub fn rows(&self) -> Vec<review::ClassRow> {
        let roll = if self.list.names.is_empty() {
            Vec::new()
        } else {
            class_list::roll(&self.list.names, self.students, self.joins)
        };
        review::class_rows(self.lesson, self.students, self.feedback, &roll)
    }
}

/// Everything read from one folder.
#[derive(Debug, Clone, Default)]
pub struct Collection {
    /// The folder that was read.
    pub root: PathBuf,
    /// Each lesson's students, by lesson id.
    pub lessons: BTreeMap<String, Vec<StudentWork>>,
    /// Files that could not be used, with why.
    pub skipped: Vec<Skipped>,
    /// Teachers' feedback found beside the work, by lesson id and student
    /// name (every teacher's file put together).
    pub feedback: BTreeMap<(String, String), FoundFeedback>,
}

/// A teacher's feedback file and where it was found.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundFeedback {
    /// Where the first of its files is (new feedback goes beside it).
    pub path: PathBuf,
    /// What it says.
    pub feedback: crate::feedback::Feedback,
}

/// One student's work on one lesson: the copy shown (the newest, unless the
/// teacher picked another), and any others.
#[derive(Debug, Clone, PartialEq)]
pub struct StudentWork {
    /// The copy shown and exported: the one saved last, or the teacher's pick.
    pub shown: FoundWork,
    /// The student's other copies of their work on the lesson, newest first.
    pub others: Vec<FoundWork>,
}

impl StudentWork {
    /// The student's name, as typed.
    pub fn student(&self) -> &str {
        &self.shown.file.student
    }

    /// Shows `others[index]` instead (the teacher picked it); the copy
    /// shown until now joins the others. Out of range: nothing changes.
    pub fn pick(&mut self, index: usize) {
        if index < self.others.len() {
            std::mem::swap(&mut self.shown, &mut self.others[index]);
            self.others
                .sort_by_key(|copy| std::cmp::Reverse(saved_time(&copy.file)));
        }
    }

    /// Whether the student handed this work in: one of its copies says so
    /// (a hand-in record inside it), or carries the name "Hand in" gives it.
    pub fn handed_in(&self) -> bool {
        let (lesson, student) = (&self.shown.file.lesson_id, self.student());
        std::iter::once(&self.shown)
            .chain(&self.others)
            .any(|copy| {
                copy.file.hand_in.is_some()
                    || copy.path.file_name().is_some_and(|n| {
                        hand_in::is_hand_in_name(&n.to_string_lossy(), lesson, student)
                    })
            })
    }
}

/// A work file and where it was found.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundWork {
    /// Where the file is.
    pub path: PathBuf,
    /// What it holds.
    pub file: WorkFile,
}

/// A file that was not read, and why, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The file or folder.
    pub path: PathBuf,
    /// Why it was not used.
    pub why: String,
}

/// Why a lesson file found among the work was passed over, in words.
pub fn lesson_file() -> String {
    tr!("classfile-lesson-file")
}

impl Skipped {
    /// Whether this is a lesson file: a teacher's folder often holds the
    /// lesson beside the work, and that is no problem.
    pub fn is_lesson_file(&self) -> bool {
        self.why == lesson_file()
    }
}

impl Collection {
    /// Groups parsed files by lesson and student (names compared as typed,
    /// trimmed), newest copy first.
    pub fn from_files(
        root: PathBuf,
        files: Vec<(PathBuf, WorkFile)>,
        skipped: Vec<Skipped>,
    ) -> Self {
        let mut grouped: BTreeMap<String, BTreeMap<String, Vec<FoundWork>>> = BTreeMap::new();
        for (path, file) in files {
            grouped
                .entry(file.lesson_id.clone())
                .or_default()
                .entry(file.student.trim().to_owned())
                .or_default()
                .push(FoundWork { path, file });
        }
        let lessons = grouped
            .into_iter()
            .map(|(lesson, students)| {
                let students = students
                    .into_values()
                    .filter_map(|mut copies| {
                        copies.sort_by(|a, b| {
                            saved_time(&b.file)
                                .cmp(&saved_time(&a.file))
                                .then_with(|| a.path.cmp(&b.path))
                        });
                        let mut copies = copies.into_iter();
                        copies.next().map(|shown| StudentWork {
                            shown,
                            others: copies.collect(),
                        })
                    })
                    .collect::<Vec<_>>();
                (lesson, by_name(students))
            })
            .collect();
        Self {
            root,
            lessons,
            skipped,
            feedback: BTreeMap::new(),
        }
    }

    /// Adds feedback files found in the folder: each student's teachers'
    /// files put together (where one teacher's part is in several files,
    /// the one written last counts).
    pub fn add_feedback(&mut self, found: Vec<(PathBuf, crate::feedback::Feedback)>) {
        for (path, feedback) in found {
            let key = (
                feedback.lesson_id.clone(),
                feedback.student.trim().to_owned(),
            );
            match self.feedback.get_mut(&key) {
                // Each teacher's file beside the others: one feedback.
                Some(all) => all.feedback.take_in(feedback),
                None => {
                    self.feedback.insert(key, FoundFeedback { path, feedback });
                }
            }
        }
    }

    /// Keeps only the feedback parts signed by one of the `trusted` keys
    /// (see [`crate::feedback::keep_trusted`]); each file that held others is
    /// listed with why they are not shown or counted.
    pub fn keep_trusted_feedback(&mut self, trusted: &[crate::feedback::signing::TrustedTeacher]) {
        for found in self.feedback.values_mut() {
            let dropped = crate::feedback::keep_trusted(&mut found.feedback, trusted);
            if dropped > 0 {
                self.skipped.push(Skipped {
                    path: found.path.clone(),
                    why: tr!("classfile-feedback-not-trusted", count = dropped),
                });
            }
        }
    }

    /// The feedback found for `student` on `lesson_id`.
    pub fn feedback_for(&self, lesson_id: &str, student: &str) -> Option<&FoundFeedback> {
        self.feedback
            .get(&(lesson_id.to_owned(), student.trim().to_owned()))
    }

    /// The students with work on `lesson_id`, sorted by name (empty if none).
    pub fn students(&self, lesson_id: &str) -> &[StudentWork] {
        self.lessons.get(lesson_id).map_or(&[], Vec::as_slice)
    }

    /// A student's work on a lesson: the exact name first, then the one
    /// name that matches ignoring case and spaces at the ends, if only one does.
    pub fn find(&self, lesson_id: &str, student: &str) -> Option<&StudentWork> {
        let students = self.students(lesson_id);
        let wanted = student.trim();
        students.iter().find(|s| s.student() == wanted).or_else(|| {
            let folded = wanted.to_lowercase();
            let mut matches = students
                .iter()
                .filter(|s| s.student().trim().to_lowercase() == folded);
            match (matches.next(), matches.next()) {
                (Some(only), None) => Some(only),
                _ => None,
            }
        })
    }

    /// "social-credit (3 students), intro (1 student)": what the folder
    /// holds, for messages when the lesson asked for is not there.
    pub fn summary(&self) -> String {
        let unreadable = self.skipped.iter().filter(|s| !s.is_lesson_file()).count();
        let lessons = if self.lessons.is_empty() {
            tr!("classfile-no-work-files")
        } else {
            self.lessons
                .iter()
                .map(|(id, students)| {
                    tr!(
                        "classfile-lesson-students",
                        lesson = id.as_str(),
                        count = students.len()
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        tr!(
            "classfile-folder-holds",
            lessons = lessons,
            unreadable = unreadable
        )
    }
}

/// Students in the order a class list is read: ignoring case, then exactly.
fn by_name(mut students: Vec<StudentWork>) -> Vec<StudentWork> {
    students.sort_by(|a, b| {
        let key = |s: &StudentWork| s.student().to_lowercase();
        key(a)
            .cmp(&key(b))
            .then_with(|| a.student().cmp(b.student()))
    });
    students
}

use crate::clock::CLOCK_SLACK;

/// When a file says it was handed in or saved, for choosing a student's
/// newest copy. A time that cannot be read counts as the oldest, and so
/// does one that has not come yet: a file dated 2099 never beats a
/// classmate's real work.
fn saved_time(file: &WorkFile) -> SystemTime {
    let at = file.hand_in.as_ref().map_or(&file.saved_at, |h| &h.at);
    humantime::parse_rfc3339_weak(at)
        .ok()
        .filter(|t| *t <= SystemTime::now() + CLOCK_SLACK)
        .unwrap_or(SystemTime::UNIX_EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::work::Work;

    fn file(lesson: &str, student: &str, saved_at: &str) -> WorkFile {
        let mut file = WorkFile::new(lesson, "h", student, Work::default());
        file.saved_at = saved_at.to_owned();
        file
    }

    #[test]
    fn a_copy_dated_in_the_future_never_beats_a_real_one() {
        let files = vec![
            (
                PathBuf::from("real.ron"),
                file("l", "Amira", "2026-11-30T10:00:00Z"),
            ),
            (
                PathBuf::from("forged.ron"),
                file("l", "Amira", "2099-01-01T00:00:00Z"),
            ),
        ];
        let collection = Collection::from_files(PathBuf::from("."), files, Vec::new());
        let amira = &collection.students("l")[0];
        assert_eq!(amira.shown.path, PathBuf::from("real.ron"));
        assert_eq!(amira.others.len(), 1, "the other is kept beside it");
    }

    #[test]
    fn copies_of_one_students_work_are_grouped_newest_first() {
        let collection = Collection::from_files(
            PathBuf::from("class"),
            vec![
                ("a.ron".into(), file("l", "Amira", "2026-11-26T10:00:00Z")),
                (
                    "a (1).ron".into(),
                    file("l", "Amira ", "2026-11-26T10:42:00Z"),
                ),
                ("b.ron".into(), file("l", "Ben", "2026-11-26T09:00:00Z")),
                ("c.ron".into(), file("other", "Amira", "not a time")),
            ],
            Vec::new(),
        );
        let students = collection.students("l");
        assert_eq!(students.len(), 2);
        assert_eq!(students[0].shown.path, PathBuf::from("a (1).ron"));
        assert_eq!(students[0].others.len(), 1);
        assert_eq!(students[0].others[0].path, PathBuf::from("a.ron"));
        assert_eq!(students[1].student(), "Ben");
        assert!(students[1].others.is_empty());
        assert_eq!(collection.summary(), "l (2 students), other (1 student)");
        assert!(collection.students("missing").is_empty());
    }

    #[test]
    fn the_summary_counts_unreadable_files_but_not_lesson_files() {
        let skipped = |why: &str| Skipped {
            path: PathBuf::from("x.ron"),
            why: why.to_owned(),
        };
        let collection = Collection::from_files(
            PathBuf::new(),
            Vec::new(),
            vec![
                skipped("it is damaged (…)"),
                skipped(&lesson_file()),
                skipped("it is damaged"),
            ],
        );
        assert_eq!(
            collection.summary(),
            "no work files, and 2 files that could not be read"
        );
    }

    #[test]
    fn a_student_is_found_by_exact_name_then_by_the_one_name_that_matches() {
        let collection = Collection::from_files(
            PathBuf::new(),
            vec![
                ("1.ron".into(), file("l", "Ana", "2026-11-26T10:00:00Z")),
                ("2.ron".into(), file("l", "ana", "2026-11-26T10:00:00Z")),
                ("3.ron".into(), file("l", "Ben K.", "2026-11-26T10:00:00Z")),
            ],
            Vec::new(),
        );
        let found = |name| collection.find("l", name).map(StudentWork::student);
        assert_eq!(found("ana"), Some("ana"));
        assert_eq!(found("ANA"), None, "two students match; neither is guessed");
        assert_eq!(found(" ben k. "), Some("Ben K."));
        assert_eq!(found("Zed"), None);
    }
}

//! `closereader export`: saved work to files, without the window.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::class::class_fs::{ClassFs, RealFs};
use crate::class::deadline::{SHARE_TIMEOUT, collect_within};
use crate::class::{Collection, StudentWork};
use crate::export::{ExportOptions, Format, render, today, write_file};
use crate::filename::{class_file_name, default_file_name, unused_path};
use crate::io_error::plain_words;
use crate::lesson::Lesson;
use crate::library::{LibraryEntry, load_library};
use crate::tr;
use crate::work::WorkStore;

use super::ExportArgs;

/// Why an export could not be made.
#[derive(Debug)]
pub enum ExportCommandError {
    /// No lesson with that id or file.
    UnknownLesson(String, String),
    /// The lesson file has errors.
    BrokenLesson(String, String),
    /// The student has no saved work on the lesson.
    UnknownStudent {
        /// The name asked for.
        student: String,
        /// The lesson id.
        lesson: String,
        /// Names that do have work.
        known: Vec<String>,
        /// How many files could not be read.
        unreadable: usize,
    },
    /// No student has work on the lesson in the folder.
    NoWork {
        /// The lesson id.
        lesson: String,
        /// The folder read.
        folder: PathBuf,
        /// What the folder does hold, in words.
        holds: String,
    },
    /// The folder to read work from does not exist.
    NoSuchFolder(PathBuf),
    /// The folder to read work from cannot be read.
    ReadFolder(PathBuf, String),
    /// The folder to read work from said nothing for this long (a network
    /// share that stopped answering).
    TimedOut(PathBuf, Duration),
    /// No folder for saved work.
    NoDataDir,
    /// The output exists and --overwrite was not given.
    Exists(PathBuf),
    /// Writing failed.
    Write(PathBuf, String),
    /// The class list could not be read, or has no names: why.
    ClassList(PathBuf, String),
    /// `--grades` names no layout Close Reader writes.
    GradeLayout(String),
    /// `--join` is not written `TYPED=LISTED`.
    Join(String),
}

impl fmt::Display for ExportCommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = |p: &Path| p.display().to_string();
        f.write_str(&match self {
            Self::UnknownLesson(lesson, lessons) => tr!(
                "sys-cli-unknown-lesson",
                lesson = lesson.as_str(),
                lessons = lessons.as_str()
            ),
            Self::BrokenLesson(file, problems) => tr!(
                "sys-cli-broken-lesson",
                file = file.as_str(),
                problems = problems.as_str()
            ),
            Self::UnknownStudent {
                student,
                lesson,
                known,
                unreadable,
            } => {
                let known = if known.is_empty() {
                    tr!("sys-cli-no-students")
                } else {
                    known.join(", ")
                };
                tr!(
                    "sys-cli-unknown-student",
                    student = student.as_str(),
                    lesson = lesson.as_str(),
                    known = known,
                    unreadable = *unreadable
                )
            }
            Self::NoWork {
                lesson,
                folder,
                holds,
            } => tr!(
                "sys-cli-no-work",
                lesson = lesson.as_str(),
                folder = path(folder),
                holds = holds.as_str()
            ),
            Self::NoSuchFolder(folder) => tr!("sys-cli-no-such-folder", folder = path(folder)),
            Self::TimedOut(folder, timeout) => tr!(
                "sys-cli-folder-timeout",
                folder = path(folder),
                seconds = timeout.as_secs_f64()
            ),
            Self::ReadFolder(folder, why) => tr!(
                "sys-cli-read-folder",
                folder = path(folder),
                why = why.as_str()
            ),
            Self::NoDataDir => tr!("sys-cli-no-data-dir"),
            Self::Exists(file) => tr!("sys-cli-export-exists", path = path(file)),
            Self::Write(file, why) => tr!(
                "sys-cli-could-not-write",
                path = path(file),
                why = why.as_str()
            ),
            Self::ClassList(file, why) => {
                tr!("sys-cli-class-list", path = path(file), why = why.as_str())
            }
            Self::GradeLayout(layout) => tr!("sys-cli-grade-layout", layout = layout.as_str()),
            Self::Join(join) => tr!("sys-cli-join", join = join.as_str()),
        })
    }
}

impl std::error::Error for ExportCommandError {}

/// One file `closereader export` wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// Where.
    pub path: PathBuf,
    /// Whose work it holds.
    pub student: String,
}

/// What `closereader export` did.
#[derive(Debug, Default)]
pub struct ExportOutcome {
    /// Files written, in order.
    pub written: Vec<Written>,
    /// Things worth knowing that are not problems (other copies of a
    /// student's work that were passed over for the newest).
    pub notes: Vec<String>,
    /// Students whose work was not exported, with why (the others still are).
    pub problems: Vec<String>,
}

/// Runs `closereader export`. An error stops everything (unknown lesson or
/// student); a problem with one student's work or file is reported in the
/// outcome and the other students are still exported.
/// Feedback in the exports is only the parts signed by the `trusted`
/// teachers (see [`super::trusted_teacher_keys`]).
pub fn export_work(
    args: &ExportArgs,
    data_dir: Option<&Path>,
    lessons_dirs: &[PathBuf],
    trusted: &[crate::feedback::signing::TrustedTeacher],
) -> Result<ExportOutcome, ExportCommandError> {
    let lesson = find_lesson(&args.lesson, lessons_dirs)?;
    let root = data_dir
        .map(Path::to_path_buf)
        .or_else(WorkStore::default_root)
        .ok_or(ExportCommandError::NoDataDir)?;
    let mut collection = read_class(Arc::new(RealFs), &root, SHARE_TIMEOUT)?;
    collection.keep_trusted_feedback(trusted);
    let options = ExportOptions {
        include_excerpts: !args.no_excerpts,
        date: today(),
        teacher_copy: args.teacher,
        comment_space: args.comment_space,
    };
    let format = Format::from(args.format);
    let mut outcome = ExportOutcome::default();
    let students: Vec<&StudentWork> = match &args.student {
        Some(student) => vec![one_student(&collection, &lesson, student)?],
        None => {
            for skipped in collection.skipped.iter().filter(|s| !s.is_lesson_file()) {
                outcome.problems.push(tr!(
                    "sys-cli-not-exported",
                    file = skipped.path.display().to_string(),
                    why = skipped.why.as_str()
                ));
            }
            collection.students(&lesson.id).iter().collect()
        }
    };
    if students.is_empty() && outcome.problems.is_empty() {
        return Err(ExportCommandError::NoWork {
            lesson: lesson.id.clone(),
            folder: root,
            holds: collection.summary(),
        });
    }
    for student in &students {
        if !student.others.is_empty() {
            let others: Vec<String> = student
                .others
                .iter()
                .map(|o| o.path.display().to_string())
                .collect();
            outcome.notes.push(tr!(
                "sys-cli-other-copies",
                student = student.student(),
                count = others.len(),
                newest = student.shown.path.display().to_string(),
                others = others.join(", ")
            ));
        }
    }
    let folder = match &args.output {
        Some(path) if args.all || is_folder(path) => {
            std::fs::create_dir_all(path)
                .map_err(|e| ExportCommandError::Write(path.clone(), plain_words(&e)))?;
            Some(path.clone())
        }
        Some(_) => None,
        None => Some(PathBuf::from(".")),
    };
    for student in students {
        let file = &student.shown.file;
        let name = if args.all {
            class_file_name(&lesson.id, &file.student, &options.date, format.extension())
        } else {
            default_file_name(&lesson.id, &file.student, &options.date, format.extension())
        };
        let path = match (&folder, &args.output) {
            (Some(dir), _) => target(dir, &name, args.overwrite, &outcome.written),
            (None, Some(path)) if path.exists() && !args.overwrite => {
                return Err(ExportCommandError::Exists(path.clone()));
            }
            (None, Some(path)) => path.clone(),
            (None, None) => PathBuf::from(&name),
        };
        let feedback = collection
            .feedback_for(&lesson.id, &file.student)
            .map(|found| &found.feedback);
        let written = render(format, &lesson, file, &options, feedback).and_then(|bytes| {
            write_file(&path, &bytes)?;
            Ok(path)
        });
        match written {
            Ok(path) => outcome.written.push(Written {
                path,
                student: file.student.clone(),
            }),
            Err(e) => outcome.problems.push(e.to_string()),
        }
    }
    Ok(outcome)
}

/// Whether `-o PATH` names a folder: an existing folder, or a path that ends
/// with a separator or has no extension (a folder still to be made).
fn is_folder(path: &Path) -> bool {
    let text = path.to_string_lossy();
    path.is_dir() || text.ends_with('/') || text.ends_with('\\') || path.extension().is_none()
}

/// Where to write `name` in `dir`. `--overwrite` replaces files from earlier
/// runs, but never one written in this run: two students whose names make the
/// same file name (or differ only in case, on Windows and macOS) both keep
/// their file.
fn target(dir: &Path, name: &str, overwrite: bool, written: &[Written]) -> PathBuf {
    let same = |w: &Written| {
        w.path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().to_lowercase() == name.to_lowercase())
    };
    if overwrite && !written.iter().any(same) {
        dir.join(name)
    } else {
        unused_path(dir, name)
    }
}

/// Every work file under `folder`, or why the folder itself cannot be read.
pub(super) fn read_class(
    fs: Arc<dyn ClassFs>,
    folder: &Path,
    timeout: Duration,
) -> Result<Collection, ExportCommandError> {
    collect_within(fs, folder, timeout).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => ExportCommandError::NoSuchFolder(folder.to_path_buf()),
        std::io::ErrorKind::TimedOut => ExportCommandError::TimedOut(folder.to_path_buf(), timeout),
        _ => ExportCommandError::ReadFolder(folder.to_path_buf(), plain_words(&e)),
    })
}

/// A lesson by file path, or by id among the bundled lessons and folders;
/// a lesson file with errors is an error that lists them.
pub(super) fn find_lesson(
    id_or_file: &str,
    lessons_dirs: &[PathBuf],
) -> Result<Arc<Lesson>, ExportCommandError> {
    let entry = find_entry(id_or_file, lessons_dirs)?;
    entry.lesson.clone().ok_or_else(|| {
        ExportCommandError::BrokenLesson(entry.origin.label(), entry.problems.join("\n"))
    })
}

fn find_entry(
    id_or_file: &str,
    lessons_dirs: &[PathBuf],
) -> Result<LibraryEntry, ExportCommandError> {
    let path = Path::new(id_or_file);
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        || path.is_file()
    {
        return Ok(LibraryEntry::from_file(path));
    }
    let library = load_library(lessons_dirs);
    let ids: Vec<String> = library
        .iter()
        .filter_map(|e| e.lesson.as_ref().map(|l| l.id.clone()))
        .collect();
    library
        .into_iter()
        .find(|e| e.lesson.as_ref().is_some_and(|l| l.id == id_or_file))
        .ok_or_else(|| ExportCommandError::UnknownLesson(id_or_file.to_owned(), ids.join(", ")))
}

/// One student's work, or an error that lists who does have work.
fn one_student<'c>(
    collection: &'c Collection,
    lesson: &Lesson,
    student: &str,
) -> Result<&'c StudentWork, ExportCommandError> {
    collection.find(&lesson.id, student).ok_or_else(|| {
        let known: Vec<String> = collection
            .students(&lesson.id)
            .iter()
            .map(|s| s.student().to_owned())
            .collect();
        let unreadable = collection
            .skipped
            .iter()
            .filter(|s| !s.is_lesson_file())
            .count();
        ExportCommandError::UnknownStudent {
            student: student.trim().to_owned(),
            lesson: lesson.id.clone(),
            known,
            unreadable,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_student_s_error_names_who_has_work_and_what_was_not_read() {
        let error = |known: &[&str], unreadable| {
            ExportCommandError::UnknownStudent {
                student: "Zed".into(),
                lesson: "base".into(),
                known: known.iter().map(|k| (*k).to_owned()).collect(),
                unreadable,
            }
            .to_string()
        };
        assert_eq!(
            error(&[], 0),
            "no saved work for \"Zed\" on lesson \"base\"; students with saved work: none"
        );
        assert_eq!(
            error(&["Amira", "Ben"], 1),
            "no saved work for \"Zed\" on lesson \"base\"; students with saved work: Amira, Ben \
             (1 file could not be read; export --all lists it)"
        );
        assert!(error(&["Amira"], 2).ends_with(
            "students with saved work: Amira (2 files could not be read; export --all lists them)"
        ));
    }
}

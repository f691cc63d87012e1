//! `closereader export`: saved work to files, without the window.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::class::{Collection, StudentWork, collect};
use crate::export::{ExportOptions, Format, render, today, write_file};
use crate::filename::{class_file_name, default_file_name, unused_path};
use crate::io_error::plain_words;
use crate::lesson::Lesson;
use crate::library::{LibraryEntry, load_library};
use crate::work::WorkStore;

use super::ExportArgs;

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportCommandError {
    /// No lesson with that id or file.
    #[error("unknown lesson \"{0}\"; lessons: {1}")]
    UnknownLesson(String, String),
    /// The lesson file has errors.
    #[error("the lesson file {0} has errors:\n{1}")]
    BrokenLesson(String, String),
    /// The student has no saved work on the lesson.
    #[error(
        "no saved work for \"{student}\" on lesson \"{lesson}\"; students with saved work: {known}{unreadable}"
    )]
    UnknownStudent {
        /// The name asked for.
        student: String,
        /// The lesson id.
        lesson: String,
        /// Names that do have work, or "none".
        known: String,
        /// How many files could not be read, in words, or empty.
        unreadable: String,
    },
    /// No student has work on the lesson in the folder.
    #[error(
        "no saved work on lesson \"{lesson}\" in {}; it holds {holds}", folder.display()
    )]
    NoWork {
        /// The lesson id.
        lesson: String,
        /// The folder read.
        folder: PathBuf,
        /// What the folder does hold, in words.
        holds: String,
    },
    /// The folder to read work from does not exist.
    #[error("the folder {} does not exist; give the folder the work files were copied to with --data-dir", .0.display())]
    NoSuchFolder(PathBuf),
    /// The folder to read work from cannot be read.
    #[error("could not read the folder {}: {}", .0.display(), .1)]
    ReadFolder(PathBuf, String),
    /// No folder for saved work.
    #[error("there is no folder for saved work on this computer; give --data-dir")]
    NoDataDir,
    /// The output exists and --overwrite was not given.
    #[error("{0} already exists; choose another name with -o, or add --overwrite")]
    Exists(PathBuf),
    /// Writing failed.
    #[error("could not write {0}: {1}")]
    Write(PathBuf, String),
}

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
    let mut collection = read_class(&root)?;
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
                outcome.problems.push(format!(
                    "{} was not exported: {}",
                    skipped.path.display(),
                    skipped.why
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
            outcome.notes.push(format!(
                "\"{}\" has {} other cop{} of this work; exported the newest, {} (others: {})",
                student.student(),
                others.len(),
                if others.len() == 1 { "y" } else { "ies" },
                student.shown.path.display(),
                others.join(", ")
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
pub(super) fn read_class(folder: &Path) -> Result<Collection, ExportCommandError> {
    collect(folder, |_| {}).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => ExportCommandError::NoSuchFolder(folder.to_path_buf()),
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
        let known: Vec<&str> = collection
            .students(&lesson.id)
            .iter()
            .map(StudentWork::student)
            .collect();
        let unreadable = collection
            .skipped
            .iter()
            .filter(|s| !s.is_lesson_file())
            .count();
        ExportCommandError::UnknownStudent {
            student: student.trim().to_owned(),
            lesson: lesson.id.clone(),
            known: if known.is_empty() {
                "none".into()
            } else {
                known.join(", ")
            },
            unreadable: match unreadable {
                0 => String::new(),
                1 => " (1 file could not be read; export --all lists it)".into(),
                n => format!(" ({n} files could not be read; export --all lists them)"),
            },
        }
    })
}

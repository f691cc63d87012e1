//! `closereader export`: saved work to files, without the window.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::export::filename::{default_file_name, unused_path};
use crate::export::{ExportOptions, Format, render, today, write_file};
use crate::io_error::plain_words;
use crate::lesson::Lesson;
use crate::library::{LibraryEntry, load_library};
use crate::work::disk::RealDisk;
use crate::work::file::WorkFile;
use crate::work::{WorkKey, WorkStore};

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
        "no saved work for \"{student}\" on lesson \"{lesson}\"; students with saved work: {known}"
    )]
    UnknownStudent {
        /// The name asked for.
        student: String,
        /// The lesson id.
        lesson: String,
        /// Names that do have work, or "none".
        known: String,
    },
    /// A saved work file that cannot be read.
    #[error("the saved work of \"{0}\" could not be read: {1}")]
    UnreadableWork(String, String),
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

/// What `closereader export` did.
#[derive(Debug, Default)]
pub struct ExportOutcome {
    /// Files written, in order.
    pub written: Vec<PathBuf>,
    /// Students whose work was not exported, with why (the others still are).
    pub problems: Vec<String>,
}

/// Runs `closereader export`. An error stops everything (unknown lesson or
/// student); a problem with one student's work or file is reported in the
/// outcome and the other students are still exported.
pub fn export_work(
    args: &ExportArgs,
    data_dir: Option<&Path>,
    lessons_dirs: &[PathBuf],
) -> Result<ExportOutcome, ExportCommandError> {
    let entry = find_lesson(&args.lesson, lessons_dirs)?;
    let Some(lesson) = entry.lesson.clone() else {
        return Err(ExportCommandError::BrokenLesson(
            entry.origin.label(),
            entry.problems.join("\n"),
        ));
    };
    let root = data_dir
        .map(Path::to_path_buf)
        .or_else(WorkStore::default_root)
        .ok_or(ExportCommandError::NoDataDir)?;
    let store = WorkStore::new(root, Arc::new(RealDisk));
    let options = ExportOptions {
        include_excerpts: !args.no_excerpts,
        date: today(),
        teacher_copy: args.teacher,
        comment_space: args.comment_space,
    };
    let format = Format::from(args.format);
    let mut outcome = ExportOutcome::default();
    let files: Vec<WorkFile> = match &args.student {
        Some(student) => vec![work_of(&store, &lesson, student)?],
        None => {
            let (files, unreadable) = store.class(&lesson.id);
            for (path, why) in unreadable {
                outcome
                    .problems
                    .push(format!("{} was not exported: {why}", path.display()));
            }
            files
        }
    };
    if files.is_empty() && outcome.problems.is_empty() {
        return Err(ExportCommandError::UnknownStudent {
            student: "(any)".into(),
            lesson: lesson.id.clone(),
            known: "none".into(),
        });
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
    for file in &files {
        let name = default_file_name(&lesson.id, &file.student, &options.date, format.extension());
        let path = match (&folder, &args.output) {
            (Some(dir), _) => target(dir, &name, args.overwrite, &outcome.written),
            (None, Some(path)) if path.exists() && !args.overwrite => {
                return Err(ExportCommandError::Exists(path.clone()));
            }
            (None, Some(path)) => path.clone(),
            (None, None) => PathBuf::from(&name),
        };
        let written = render(format, &lesson, file, &options).and_then(|bytes| {
            write_file(&path, &bytes)?;
            Ok(path)
        });
        match written {
            Ok(path) => outcome.written.push(path),
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
fn target(dir: &Path, name: &str, overwrite: bool, written: &[PathBuf]) -> PathBuf {
    let same = |p: &PathBuf| {
        p.file_name()
            .is_some_and(|n| n.to_string_lossy().to_lowercase() == name.to_lowercase())
    };
    if overwrite && !written.iter().any(same) {
        dir.join(name)
    } else {
        unused_path(dir, name)
    }
}

/// A lesson by file path, or by id among the bundled lessons and folders.
fn find_lesson(
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

fn work_of(
    store: &WorkStore,
    lesson: &Lesson,
    student: &str,
) -> Result<WorkFile, ExportCommandError> {
    let key = WorkKey::new(&lesson.id, student);
    match store.read_work_file(&key) {
        Ok(bytes) => WorkFile::parse(&bytes)
            .map_err(|e| ExportCommandError::UnreadableWork(key.student.clone(), e.to_string())),
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(
            ExportCommandError::UnreadableWork(key.student.clone(), plain_words(&e)),
        ),
        Err(_) => {
            let known: Vec<String> = store
                .students(&lesson.id)
                .into_iter()
                .map(|f| f.student)
                .collect();
            Err(ExportCommandError::UnknownStudent {
                student: key.student,
                lesson: lesson.id.clone(),
                known: if known.is_empty() {
                    "none".into()
                } else {
                    known.join(", ")
                },
            })
        }
    }
}

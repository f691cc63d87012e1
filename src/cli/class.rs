//! `closereader class`: a class's work from a folder, as a spreadsheet and
//! a web page.

use std::path::{Path, PathBuf};

use crate::class::ClassFile;
use crate::export::{ExportError, today, write_file};
use crate::feedback::signing::TrustedTeacher;
use crate::tr;

use super::ClassArgs;
use super::export::{ExportCommandError, find_lesson, read_class};

/// What `closereader class` did.
#[derive(Debug, Default)]
pub struct ClassOutcome {
    /// The files written.
    pub written: Vec<PathBuf>,
    /// How many students it has.
    pub students: usize,
    /// Files in the folder that could not be read, with why: a student may
    /// be missing.
    pub problems: Vec<String>,
}

/// The keys whose feedback a teacher's files count: the teacher's own (in
/// `data_dir`, or this computer's data folder) and those a classroom.ron in
/// `classroom_dirs` names.
pub fn trusted_teacher_keys(
    data_dir: Option<&Path>,
    classroom_dirs: &[PathBuf],
) -> Vec<TrustedTeacher> {
    let own = data_dir
        .map(Path::to_path_buf)
        .or_else(crate::work::WorkStore::default_root)
        .and_then(|dir| {
            crate::feedback::signing::TeacherKey::load(&crate::work::disk::RealDisk, &dir)
                .ok()
                .flatten()
        })
        .map(|key| TrustedTeacher {
            name: String::new(),
            key: key.public(),
        });
    let named = crate::classroom::find_classroom(classroom_dirs)
        .and_then(Result::ok)
        .map(|found| found.teachers)
        .unwrap_or_default();
    own.into_iter().chain(named).collect()
}

/// Runs `closereader class DIR --lesson ID [--csv FILE] [--html FILE]`,
/// counting the feedback signed by the `trusted` keys.
pub fn class_report(
    args: &ClassArgs,
    lessons_dirs: &[PathBuf],
    trusted: &[TrustedTeacher],
) -> Result<ClassOutcome, ExportCommandError> {
    let lesson = find_lesson(args.lesson.as_deref().unwrap_or_default(), lessons_dirs)?;
    let folder: &Path = &args.folder;
    let mut collection = read_class(folder)?;
    collection.keep_trusted_feedback(trusted);
    let students = collection.students(&lesson.id);
    if students.is_empty() {
        return Err(ExportCommandError::NoWork {
            lesson: lesson.id.clone(),
            folder: folder.to_path_buf(),
            holds: collection.summary(),
        });
    }
    let feedback: Vec<_> = students
        .iter()
        .map(|s| {
            collection
                .feedback_for(&lesson.id, s.student())
                .map(|f| &f.feedback)
        })
        .collect();
    let outputs: Vec<(&PathBuf, Vec<u8>)> = [
        (&args.csv, ClassFile::Csv),
        (&args.html, ClassFile::Html),
        (&args.highlights, ClassFile::Highlights),
    ]
    .into_iter()
    .filter_map(|(path, kind)| {
        Some((
            path.as_ref()?,
            kind.render(&lesson, students, &feedback, &today()),
        ))
    })
    .collect();
    // Nothing is written unless everything may be.
    if let Some((path, _)) = outputs.iter().find(|(p, _)| p.exists() && !args.overwrite) {
        return Err(ExportCommandError::Exists((*path).clone()));
    }
    let mut written = Vec::new();
    for (path, bytes) in outputs {
        write_file(path, &bytes).map_err(|e| {
            let why = match e {
                ExportError::Write { why, .. } => why,
                other => other.to_string(),
            };
            ExportCommandError::Write(path.clone(), why)
        })?;
        written.push(path.clone());
    }
    Ok(ClassOutcome {
        written,
        students: students.len(),
        problems: collection
            .skipped
            .iter()
            .filter(|s| !s.is_lesson_file())
            .map(|s| {
                tr!(
                    "sys-cli-not-read",
                    file = s.path.display().to_string(),
                    why = s.why.as_str()
                )
            })
            .collect(),
    })
}

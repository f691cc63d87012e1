//! `closereader class`: a class's work from a folder, as a spreadsheet and
//! a web page.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::class::class_fs::ClassFs;
use crate::class::class_list::{ClassList, Joins, read_class_list};
use crate::class::deadline::SHARE_TIMEOUT;
use crate::class::grades::GradeLayout;
use crate::class::names::fold_name;
use crate::class::{ClassData, ClassFile};
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
    /// How many students it has work from.
    pub students: usize,
    /// How many students on the class list have no work in the folder.
    pub missing: usize,
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

/// The class list for `closereader class`: `--roster FILE`, else the
/// students a classroom.ron in `classroom_dirs` lists (empty: no list).
fn class_list(
    args: &ClassArgs,
    classroom_dirs: &[PathBuf],
) -> Result<ClassList, ExportCommandError> {
    let Some(file) = &args.roster else {
        let names = crate::classroom::find_classroom(classroom_dirs)
            .and_then(Result::ok)
            .map(|found| found.students)
            .unwrap_or_default();
        return Ok(ClassList::of_names(names));
    };
    let error = |why: String| ExportCommandError::ClassList(file.clone(), why);
    let bytes = std::fs::read(file).map_err(|e| error(crate::io_error::plain_words(&e)))?;
    let text = String::from_utf8_lossy(&bytes);
    let csv = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let list = read_class_list(&text, csv);
    if list.names.is_empty() {
        return Err(error(tr!("sys-cli-class-list-empty")));
    }
    Ok(list)
}

/// `--join TYPED=LISTED`, each as (the typed name folded, the listed name).
fn joins(args: &ClassArgs) -> Result<Joins, ExportCommandError> {
    args.join
        .iter()
        .map(|join| match join.split_once('=') {
            Some((typed, listed)) if !typed.trim().is_empty() && !listed.trim().is_empty() => {
                Ok((fold_name(typed), listed.trim().to_owned()))
            }
            _ => Err(ExportCommandError::Join(join.clone())),
        })
        .collect()
}

/// `--grades LAYOUT FILE`, if given.
fn grades(args: &ClassArgs) -> Result<Option<(GradeLayout, PathBuf)>, ExportCommandError> {
    let [layout, file] = args.grades.as_slice() else {
        return Ok(None);
    };
    let layout = [GradeLayout::Canvas, GradeLayout::Moodle, GradeLayout::Plain]
        .into_iter()
        .find(|l| l.word().eq_ignore_ascii_case(layout.trim()))
        .ok_or_else(|| ExportCommandError::GradeLayout(layout.clone()))?;
    Ok(Some((layout, PathBuf::from(file))))
}

/// Runs `closereader class DIR --lesson ID [--csv FILE] [--html FILE]
/// [--highlights FILE] [--grades LAYOUT FILE] [--roster FILE] [--timeout
/// SECONDS]`, counting the feedback signed by the `trusted` keys; without
/// `--roster`, the class list is the one a classroom.ron in
/// `classroom_dirs` gives. The folder is read through `fs` (the real file
/// system; tests put a hung share here).
pub fn class_report(
    args: &ClassArgs,
    lessons_dirs: &[PathBuf],
    trusted: &[TrustedTeacher],
    classroom_dirs: &[PathBuf],
    fs: Arc<dyn ClassFs>,
) -> Result<ClassOutcome, ExportCommandError> {
    let lesson = find_lesson(args.lesson.as_deref().unwrap_or_default(), lessons_dirs)?;
    let list = class_list(args, classroom_dirs)?;
    let joins = joins(args)?;
    let grades = grades(args)?;
    let folder: &Path = &args.folder;
    let timeout = args.timeout.unwrap_or(SHARE_TIMEOUT);
    let mut collection = read_class(fs, folder, timeout)?;
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
    let class = ClassData {
        lesson: &lesson,
        students,
        feedback: &feedback,
        list: &list,
        joins: &joins,
    };
    let grades_file = grades.map(|(layout, file)| (file, ClassFile::Grades(layout)));
    let outputs: Vec<(&PathBuf, Vec<u8>)> = [
        (args.csv.as_ref(), ClassFile::Csv),
        (args.html.as_ref(), ClassFile::Html),
        (args.highlights.as_ref(), ClassFile::Highlights),
    ]
    .into_iter()
    .chain(grades_file.as_ref().map(|(file, kind)| (Some(file), *kind)))
    .filter_map(|(path, kind)| Some((path?, kind.render(&class, &today()))))
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
    let missing = class.rows().iter().filter(|r| r.is_missing()).count();
    Ok(ClassOutcome {
        written,
        students: students.len(),
        missing,
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

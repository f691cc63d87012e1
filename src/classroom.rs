//! The classroom settings file, `classroom.ron`: what school IT rolls out to
//! every laptop of a class, so students never type a path. It sits beside
//! the program or in a lessons folder:
//!
//! ```ron
//! Classroom(
//!     // Where "Hand in" puts each student's work (a network share, a
//!     // synced folder, a USB stick). A relative path is read from the
//!     // folder this file is in.
//!     hand_in: "//school-server/classes/7B/hand-in",
//!     // The teachers whose feedback students see as their teacher's: the
//!     // key each teacher's class view shows ("Your feedback key").
//!     teachers: [
//!         Teacher(name: "Ms Rivera", key: "ed25519:3b6a27bc…"),
//!     ],
//!     // The class list, for the teacher's class view (optional).
//!     students: ["Amira K.", "José María", "Leo B"],
//! )
//! ```
//!
//! The command line (`--hand-in DIR`) and `CLOSEREADER_HAND_IN_DIR` win over
//! the file.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::feedback::signing::{TrustedTeacher, canonical_key, is_public_key};
use crate::tr;

/// The file's name.
pub const CLASSROOM_FILE: &str = "classroom.ron";

/// A classroom settings file larger than this is not a settings file.
const MAX_BYTES: u64 = 64 * 1024;

/// What a classroom settings file says.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename = "Classroom")]
pub struct Classroom {
    /// The hand-in folder, as written.
    #[serde(default)]
    pub hand_in: Option<PathBuf>,
    /// The teachers whose signed feedback students see as their teacher's.
    #[serde(default)]
    pub teachers: Vec<TrustedTeacher>,
    /// The class list: every student's name, for the class view.
    #[serde(default)]
    pub students: Vec<String>,
}

/// A classroom settings file that was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundClassroom {
    /// The file.
    pub file: PathBuf,
    /// Its hand-in folder, with a relative path made absolute from the
    /// file's own folder.
    pub hand_in: Option<PathBuf>,
    /// The teachers whose signed feedback students see as their teacher's.
    pub teachers: Vec<TrustedTeacher>,
    /// The class list (names as written, blanks and repeats left out).
    pub students: Vec<String>,
}

/// Why a classroom settings file could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassroomError {
    /// The file.
    pub file: PathBuf,
    /// ":LINE:COL" when the problem has a place.
    pub where_: String,
    /// What is wrong, in words.
    pub why: String,
}

impl fmt::Display for ClassroomError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&tr!(
            "sys-classroom-error",
            file = self.file.display().to_string(),
            place = self.where_.as_str(),
            why = self.why.as_str()
        ))
    }
}

impl std::error::Error for ClassroomError {}

/// Whether `path` names a classroom settings file (lesson folders skip it).
pub fn is_classroom_file(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name.eq_ignore_ascii_case(CLASSROOM_FILE))
}

/// The first `classroom.ron` in `folders` (in order), read. Reads the disk:
/// the window calls it from a background thread.
pub fn find_classroom(folders: &[PathBuf]) -> Option<Result<FoundClassroom, ClassroomError>> {
    folders
        .iter()
        .map(|folder| folder.join(CLASSROOM_FILE))
        .find(|file| file.is_file())
        .map(|file| read_classroom(&file))
}

/// Reads one classroom settings file.
pub fn read_classroom(file: &Path) -> Result<FoundClassroom, ClassroomError> {
    let error = |where_: String, why: String| ClassroomError {
        file: file.to_path_buf(),
        where_,
        why,
    };
    let size = std::fs::metadata(file)
        .map_err(|e| error(String::new(), crate::io_error::plain_words(&e)))?
        .len();
    if size > MAX_BYTES {
        return Err(error(
            String::new(),
            tr!("sys-classroom-too-large", size = size),
        ));
    }
    let bytes =
        std::fs::read(file).map_err(|e| error(String::new(), crate::io_error::plain_words(&e)))?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| error(String::new(), tr!("sys-classroom-not-text")))?;
    let classroom =
        parse_classroom(text).map_err(|(line, col, why)| error(format!(":{line}:{col}"), why))?;
    check_classroom(&classroom).map_err(|why| error(String::new(), why))?;
    let teachers = classroom
        .teachers
        .into_iter()
        .filter_map(|t| {
            Some(TrustedTeacher {
                key: canonical_key(&t.key)?,
                ..t
            })
        })
        .collect();
    let folder = file.parent().unwrap_or(Path::new("."));
    Ok(FoundClassroom {
        file: file.to_path_buf(),
        hand_in: classroom.hand_in.map(|dir| folder.join(dir)),
        teachers,
        students: crate::class::class_list::clean_names(classroom.students),
    })
}

/// What a classroom file may not say: an empty hand-in folder (it would
/// hand work in to the lessons folder), or a teacher key that is not one.
fn check_classroom(classroom: &Classroom) -> Result<(), String> {
    if classroom
        .hand_in
        .as_ref()
        .is_some_and(|dir| dir.as_os_str().to_string_lossy().trim().is_empty())
    {
        return Err(tr!("sys-classroom-empty-hand-in"));
    }
    if let Some(bad) = classroom.teachers.iter().find(|t| !is_public_key(&t.key)) {
        return Err(tr!("sys-classroom-bad-key", teacher = bad.name.as_str()));
    }
    Ok(())
}

/// Parses the file's text; errors give line, column and a hint.
pub fn parse_classroom(text: &str) -> Result<Classroom, (usize, usize, String)> {
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(8);
    options
        .from_str(text)
        .map_err(|e: ron::error::SpannedError| {
            (
                e.span.start.line,
                e.span.start.col,
                tr!("sys-classroom-mistake", problem = e.code.to_string()),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relative_hand_in_folder_is_read_from_the_file_s_folder() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join(CLASSROOM_FILE),
            "// IT rolled this out\nClassroom(hand_in: \"hand-in\")\n",
        )
        .expect("write");
        let found = find_classroom(&[dir.path().join("missing"), dir.path().to_path_buf()])
            .expect("found")
            .expect("read");
        assert_eq!(found.hand_in, Some(dir.path().join("hand-in")));
    }

    #[test]
    fn a_mistake_is_reported_with_line_column_and_a_hint() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join(CLASSROOM_FILE);
        std::fs::write(&file, "Classroom(\n  handin: \"x\",\n)\n").expect("write");
        let error = read_classroom(&file).expect_err("unknown field");
        let text = error.to_string();
        assert!(text.contains("classroom.ron:2:"), "{text}");
        assert!(
            text.contains("handin") && text.contains("hand_in:"),
            "{text}"
        );
    }

    #[test]
    fn an_empty_hand_in_folder_or_a_broken_key_is_a_mistake() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join(CLASSROOM_FILE);
        std::fs::write(&file, "Classroom(hand_in: \"\")").expect("write");
        let error = read_classroom(&file).expect_err("empty").to_string();
        assert!(error.contains("hand_in is empty"), "{error}");
        std::fs::write(
            &file,
            "Classroom(teachers: [Teacher(name: \"Ms R\", key: \"ed25519:abc\")])",
        )
        .expect("write");
        let error = read_classroom(&file).expect_err("bad key").to_string();
        assert!(
            error.contains("Ms R") && error.contains("not a feedback key"),
            "{error}"
        );
        let key = crate::feedback::signing::TeacherKey::from_secret([3; 32]).public();
        std::fs::write(
            &file,
            format!("Classroom(teachers: [Teacher(name: \"Ms R\", key: \"{key}\")])"),
        )
        .expect("write");
        let found = read_classroom(&file).expect("good key");
        assert_eq!(found.teachers[0].key, key);
    }

    #[test]
    fn an_empty_settings_file_sets_nothing() {
        assert_eq!(parse_classroom("Classroom()"), Ok(Classroom::default()));
        assert!(is_classroom_file(Path::new("/x/Classroom.RON")));
        assert!(!is_classroom_file(Path::new("/x/social-credit.ron")));
    }
}

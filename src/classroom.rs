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
//! )
//! ```
//!
//! The command line (`--hand-in DIR`) and `CLOSEREADER_HAND_IN_DIR` win over
//! the file.

use std::path::{Path, PathBuf};

use serde::Deserialize;

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
}

/// A classroom settings file that was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundClassroom {
    /// The file.
    pub file: PathBuf,
    /// Its hand-in folder, with a relative path made absolute from the
    /// file's own folder.
    pub hand_in: Option<PathBuf>,
}

/// Why a classroom settings file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the classroom settings file {}{where_}: {why}", file.display())]
pub struct ClassroomError {
    /// The file.
    pub file: PathBuf,
    /// ":LINE:COL" when the problem has a place.
    pub where_: String,
    /// What is wrong, in words.
    pub why: String,
}

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
            format!("it is {size} bytes; a settings file is a few lines"),
        ));
    }
    let bytes =
        std::fs::read(file).map_err(|e| error(String::new(), crate::io_error::plain_words(&e)))?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| error(String::new(), "it is not UTF-8 text".to_owned()))?;
    let classroom =
        parse_classroom(text).map_err(|(line, col, why)| error(format!(":{line}:{col}"), why))?;
    let folder = file.parent().unwrap_or(Path::new("."));
    Ok(FoundClassroom {
        file: file.to_path_buf(),
        hand_in: classroom.hand_in.map(|dir| folder.join(dir)),
    })
}

/// Parses the file's text; errors give line, column and a hint.
pub fn parse_classroom(text: &str) -> Result<Classroom, (usize, usize, String)> {
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(8);
    options
        .from_str(text)
        .map_err(|e: ron::error::SpannedError| {
            let hint = "it should look like Classroom(hand_in: \"//server/share/hand-in\")";
            (
                e.span.start.line,
                e.span.start.col,
                format!("{}; {hint}", e.code),
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
    fn an_empty_settings_file_sets_nothing() {
        assert_eq!(parse_classroom("Classroom()"), Ok(Classroom::default()));
        assert!(is_classroom_file(Path::new("/x/Classroom.RON")));
        assert!(!is_classroom_file(Path::new("/x/social-credit.ron")));
    }
}

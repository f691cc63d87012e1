//! `closereader check`: the report format of the command-line contract.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::lesson::load_lesson_file;
use crate::tr;

/// Runs `check`: writes the report to `out` and returns whether every file is valid.
pub fn check_files(files: &[PathBuf], out: &mut impl Write) -> std::io::Result<bool> {
    let mut all_valid = true;
    for file in files.iter().flat_map(|f| expand_wildcards(f)) {
        let file = &file;
        let name = file.display().to_string();
        let report = load_lesson_file(file);
        for diagnostic in &report.diagnostics {
            writeln!(out, "{}", diagnostic.render(&name))?;
        }
        match &report.lesson {
            Some(lesson) if !report.has_errors() => writeln!(
                out,
                "{}",
                tr!(
                    "sys-cli-check-ok",
                    file = name.as_str(),
                    sections = lesson.sections.len(),
                    prompts = lesson.prompt_count(),
                )
            )?,
            _ => all_valid = false,
        }
    }
    Ok(all_valid)
}

/// `lessons/*.ron` as the files it names. Shells on Linux and macOS expand
/// wildcards before the program sees them; Windows leaves that to the
/// program. Only the last part of the path may have `*` or `?`; a pattern that
/// matches nothing is kept, so it is reported as a missing file.
fn expand_wildcards(path: &Path) -> Vec<PathBuf> {
    let Some(pattern) = path.file_name().and_then(|n| n.to_str()) else {
        return vec![path.to_path_buf()];
    };
    if path.exists() || !pattern.contains(['*', '?']) {
        return vec![path.to_path_buf()];
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut matches: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| {
                    e.file_name()
                        .to_str()
                        .is_some_and(|name| wildcard_match(pattern, name))
                })
                .map(|e| path.with_file_name(e.file_name()))
                .collect()
        })
        .unwrap_or_default();
    matches.sort();
    if matches.is_empty() {
        vec![path.to_path_buf()]
    } else {
        matches
    }
}

/// Whether `name` matches `pattern`, where `*` is any run of characters and
/// `?` any one character (case-insensitive, as Windows file names are).
fn wildcard_match(pattern: &str, name: &str) -> bool {
    let pattern: Vec<char> = pattern.to_lowercase().chars().collect();
    let name: Vec<char> = name.to_lowercase().chars().collect();
    // matches[j]: whether the pattern so far matches name[..j].
    let mut matches = vec![false; name.len() + 1];
    matches[0] = true;
    for &p in &pattern {
        let mut next = vec![false; name.len() + 1];
        for j in 0..=name.len() {
            next[j] = match p {
                '*' => matches[j] || (j > 0 && next[j - 1]),
                '?' => j > 0 && matches[j - 1],
                c => j > 0 && matches[j - 1] && name[j - 1] == c,
            };
        }
        matches = next;
    }
    matches[name.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_match_like_a_shell() {
        assert!(wildcard_match("*.ron", "social-credit.ron"));
        assert!(wildcard_match("*.RON", "template.ron"));
        assert!(wildcard_match("t?mplate.ron", "template.ron"));
        assert!(!wildcard_match("*.ron", "notes.txt"));
        assert!(!wildcard_match("a*b", "ac"));
        assert!(wildcard_match("*", ""));
    }

    #[test]
    fn an_unexpanded_pattern_names_the_matching_files() {
        let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
        let found = expand_wildcards(&lessons.join("*.ron"));
        assert_eq!(
            found,
            [
                lessons.join("social-credit.ron"),
                lessons.join("template.ron")
            ]
        );
        let none = lessons.join("*.nothing");
        assert_eq!(expand_wildcards(&none), std::slice::from_ref(&none));
    }
}

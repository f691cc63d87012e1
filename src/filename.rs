//! Export file names that are safe on every operating system, and never
//! replace an existing file.

use std::path::{Path, PathBuf};

/// Longest file name stem we produce, in characters (the whole name stays far
/// below the 255-byte limit of common file systems, even in CJK).
const MAX_STEM_CHARS: usize = 80;

/// Names Windows reserves for devices, with any extension.
const RESERVED: [&str; 22] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// Turns any text into a file name stem that every OS accepts: no path
/// separators or characters Windows forbids, no control or bidi characters,
/// no reserved device names, no leading or trailing dots and spaces, at most
/// 80 characters; never empty.
pub fn safe_stem(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            '\t' | '\n' | '\r' => ' ',
            c if c.is_control() || crate::lesson::text::is_hidden_character(c) => '-',
            '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{feff}' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect();
    // Collapse runs of dashes and spaces that the replacements made.
    let mut stem = String::new();
    for c in cleaned.chars() {
        let last = stem.chars().next_back();
        if (c == '-' && last == Some('-')) || (c == ' ' && last == Some(' ')) {
            continue;
        }
        stem.push(c);
    }
    let mut stem: String = stem
        .trim_matches(|c: char| c == '.' || c == ' ' || c == '-')
        .chars()
        .take(MAX_STEM_CHARS)
        .collect();
    stem = stem.trim_end_matches(['.', ' ']).to_owned();
    let device = stem
        .split('.')
        .next()
        .unwrap_or_default()
        .trim_end()
        .to_ascii_uppercase();
    if RESERVED.contains(&device.as_str()) {
        stem.insert(0, '_');
    }
    if stem.is_empty() {
        "export".to_owned()
    } else {
        stem
    }
}

/// `<lesson>-<student>-<date>.<ext>`, made safe.
pub fn default_file_name(lesson_id: &str, student: &str, date: &str, extension: &str) -> String {
    format!(
        "{}.{extension}",
        safe_stem(&format!("{lesson_id}-{student}-{date}"))
    )
}

/// A file name for one student's export among a whole class's:
/// `<lesson>-<student>-<id>-<date>.<ext>`, where the id is six hex digits
/// of a hash of the exact name. Names that make the same file name ("a/b",
/// "a:b", "Ana" and "ana" on Windows, two long names cut short) still get
/// their own file, the same one each time (so `--overwrite` replaces it),
/// and a long name or lesson id is cut so the date always stays.
pub fn class_file_name(lesson_id: &str, student: &str, date: &str, extension: &str) -> String {
    let cut = |text: &str, max: usize| -> String {
        let stem = safe_stem(text);
        let cut: String = stem.chars().take(max).collect();
        cut.trim_end_matches(['.', ' ', '-']).to_owned()
    };
    let id = &crate::hash::stable_hash(student.trim().as_bytes())[..6];
    format!(
        "{}-{}-{id}-{}.{extension}",
        cut(lesson_id, 24),
        cut(student, 32),
        cut(date, 10)
    )
}

/// `dir/name`, or `dir/stem (2).ext`, `(3)`… if that already exists: an
/// existing file is never replaced without asking.
pub fn unused_path(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, extension)) if !stem.is_empty() => (stem, format!(".{extension}")),
        _ => (name, String::new()),
    };
    (2..)
        .map(|n| dir.join(format!("{stem} ({n}){extension}")))
        .find(|candidate| !candidate.exists())
        .unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_names_are_made_safe() {
        let cases = [
            ("Amira", "Amira"),
            ("../../etc/passwd", "etc-passwd"),
            ("a\\b/c:d*e?f\"g<h>i|j", "a-b-c-d-e-f-g-h-i-j"),
            ("tab\tand\nnewline", "tab and newline"),
            ("NUL\u{0}byte", "NUL-byte"),
            ("evil\u{202e}txt.exe", "evil-txt.exe"),
            ("CON", "_CON"),
            ("con.txt", "_con.txt"),
            ("Com1", "_Com1"),
            ("LPT9 ", "_LPT9"),
            ("CONSOLE", "CONSOLE"),
            ("name. . .", "name"),
            ("  spaced  ", "spaced"),
            ("...", "export"),
            ("", "export"),
            ("陈小明", "陈小明"),
            ("שלום", "שלום"),
            ("emoji 😀", "emoji 😀"),
        ];
        for (input, expected) in cases {
            assert_eq!(safe_stem(input), expected, "{input:?}");
        }
        assert_eq!(safe_stem(&"x".repeat(300)).chars().count(), MAX_STEM_CHARS);
        assert_eq!(
            safe_stem(&"社".repeat(300)).len(),
            MAX_STEM_CHARS * 3,
            "well under 255 bytes"
        );
    }

    #[test]
    fn default_names_put_lesson_student_and_date_together() {
        assert_eq!(
            default_file_name("social-credit", "Amira K.", "2026-11-26", "docx"),
            "social-credit-Amira K.-2026-11-26.docx"
        );
        assert_eq!(default_file_name("l", "CON", "d", "md"), "l-CON-d.md");
        assert_eq!(default_file_name("l", "a/b", "d", "md"), "l-a-b-d.md");
    }

    #[test]
    fn class_file_names_are_unique_per_student_and_keep_the_date() {
        let names: Vec<String> = ["a-b", "a/b", "a:b", "Ana", "ana"]
            .iter()
            .map(|s| class_file_name("base", s, "2026-11-26", "md"))
            .collect();
        let mut folded: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
        folded.sort();
        folded.dedup();
        assert_eq!(folded.len(), names.len(), "{names:?}");
        assert!(names[0].starts_with("base-a-b-") && names[0].ends_with("-2026-11-26.md"));
        let long_a = format!("{}A", "x".repeat(100));
        let long_b = format!("{}B", "x".repeat(100));
        let a = class_file_name(&"lesson".repeat(20), &long_a, "2026-11-26", "docx");
        let b = class_file_name(&"lesson".repeat(20), &long_b, "2026-11-26", "docx");
        assert_ne!(a, b);
        assert!(a.ends_with("-2026-11-26.docx"), "{a}");
        assert!(a.chars().count() < 90, "{a}");
        assert_eq!(
            a,
            class_file_name(&"lesson".repeat(20), &long_a, "2026-11-26", "docx")
        );
        let hostile = class_file_name("base", "evil\u{202e}gpj.exe", "2026-11-26", "md");
        assert!(!hostile.contains('\u{202e}'), "{hostile}");
    }

    #[test]
    fn existing_files_are_never_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = unused_path(dir.path(), "work.md");
        assert_eq!(first, dir.path().join("work.md"));
        std::fs::write(&first, "x").expect("write");
        let second = unused_path(dir.path(), "work.md");
        assert_eq!(second, dir.path().join("work (2).md"));
        std::fs::write(&second, "x").expect("write");
        assert_eq!(
            unused_path(dir.path(), "work.md"),
            dir.path().join("work (3).md")
        );
    }
}

//! `closereader check`: the report format of the command-line contract.

use std::io::Write;
use std::path::PathBuf;

use crate::lesson::load_lesson_file;

/// Runs `check`: writes the report to `out` and returns whether every file is valid.
pub fn check_files(files: &[PathBuf], out: &mut impl Write) -> std::io::Result<bool> {
    let mut all_valid = true;
    for file in files {
        let name = file.display().to_string();
        let report = load_lesson_file(file);
        for diagnostic in &report.diagnostics {
            writeln!(out, "{}", diagnostic.render(&name))?;
        }
        match &report.lesson {
            Some(lesson) if !report.has_errors() => writeln!(
                out,
                "{name}: ok ({} {}, {} {})",
                lesson.sections.len(),
                plural(lesson.sections.len(), "section", "sections"),
                lesson.prompt_count(),
                plural(lesson.prompt_count(), "prompt", "prompts"),
            )?,
            _ => all_valid = false,
        }
    }
    Ok(all_valid)
}

fn plural<'a>(count: usize, one: &'a str, many: &'a str) -> &'a str {
    if count == 1 { one } else { many }
}

//! The command line: the contract scripts and tests rely on (see README).

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::lesson::load_lesson_file;

/// Close Reader: read transcripts closely, answer, take notes, export for the teacher.
#[derive(Debug, Parser)]
#[command(name = "closereader", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What to do; without one, the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// A lesson file to open straight away (the app asks who is working first).
    #[arg(value_name = "LESSON.ron")]
    pub lesson: Option<PathBuf>,

    /// Where student work is kept (default: this computer's local data folder).
    #[arg(long, value_name = "DIR", env = "CLOSEREADER_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// An extra folder of lesson files to list on the start screen.
    #[arg(
        long,
        value_name = "DIR",
        env = "CLOSEREADER_LESSONS_DIR",
        global = true
    )]
    pub lessons_dir: Option<PathBuf>,

    /// Diagnostics: close the window once the first frame is on screen
    /// (for measuring start-up time; see docs/renderer.md).
    #[arg(long, hide_short_help = true)]
    pub quit_after_first_frame: bool,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check lesson files and report every problem with FILE:LINE:COL.
    ///
    /// Prints "FILE: ok (N sections, M prompts)" for each good file, and for each
    /// problem "FILE:LINE:COL: error: MESSAGE" (or "warning:") with a hint on the
    /// next line. Warnings do not make a file invalid. Exit status: 0 when every
    /// file is valid, 1 when any is not, 2 on a usage error. Opens no window.
    Check {
        /// Lesson files to check (e.g. lessons/*.ron).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

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

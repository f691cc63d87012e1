//! The command line: the contract scripts and tests rely on (see README).

mod check;
mod class;
mod export;
mod new;
mod translation;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub use check::check_files;
pub use class::{ClassOutcome, class_report, trusted_teacher_keys};
pub use export::{ExportCommandError, ExportOutcome, Written, export_work};
pub use new::{NewLessonError, new_lesson};
pub use translation::{check_translation_files, put_in_use, use_language};

use crate::export::Format;
use crate::tr;

/// Close Reader: read transcripts closely, answer, take notes, export for the teacher.
#[derive(Debug, Parser)]
#[command(name = "closereader", version, subcommand_precedence_over_arg = true)]
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

    /// The language of the window and of what commands print: en, es,
    /// zh-Hans, or a language a teacher added as <code>.ftl in a lessons
    /// folder or the data folder. Default: the one last chosen in the
    /// window, else the computer's.
    #[arg(long, value_name = "CODE", env = "CLOSEREADER_LANG", global = true)]
    pub lang: Option<String>,

    /// An extra folder of lesson files to list on the start screen.
    #[arg(
        long,
        value_name = "DIR",
        env = "CLOSEREADER_LESSONS_DIR",
        global = true
    )]
    pub lessons_dir: Option<PathBuf>,

    /// The class's hand-in folder, where "Hand in" puts each student's work
    /// (a network share, a synced folder, a USB stick). Without it, the
    /// folder named in a classroom.ron file beside the program or in a
    /// lessons folder (see docs/teachers.md).
    #[arg(long, value_name = "DIR", env = "CLOSEREADER_HAND_IN_DIR")]
    pub hand_in: Option<PathBuf>,

    /// The teacher's view: show the answer keys, teacher notes, hints and
    /// ids beside each question (for a teacher's own laptop).
    #[arg(long)]
    pub teacher_view: bool,

    /// Diagnostics: close the window once the first frame is on screen
    /// (for measuring start-up time; see docs/renderer.md).
    #[arg(long, hide_short_help = true, global = true)]
    pub quit_after_first_frame: bool,

    /// Diagnostics: close the window after this many seconds (for measuring
    /// idle CPU; see docs/benchmarks.md).
    #[arg(
        long,
        value_name = "SECONDS",
        hide_short_help = true,
        global = true,
        value_parser = seconds
    )]
    pub quit_after: Option<f64>,

    /// Diagnostics: write the time of every frame drawn, in seconds since
    /// start, to this file when the window closes.
    #[arg(long, value_name = "FILE", hide_short_help = true, global = true)]
    pub frame_log: Option<PathBuf>,
}

/// A number of seconds: finite, from 0 to a day.
fn seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(s) if s.is_finite() && (0.0..=86_400.0).contains(&s) => Ok(s),
        _ => Err(tr!("sys-cli-not-seconds", text = text, max = 86_400)),
    }
}

/// A timeout: a number of seconds above 0, up to a day.
fn timeout(text: &str) -> Result<std::time::Duration, String> {
    match seconds(text) {
        Ok(s) if s > 0.0 => Ok(std::time::Duration::from_secs_f64(s)),
        _ => Err(tr!("sys-cli-not-timeout", text = text, max = 86_400)),
    }
}

impl Cli {
    /// Whether this command opens a window (the app, the class view without
    /// --csv/--html/--highlights, or the preview).
    pub fn opens_window(&self) -> bool {
        match &self.command {
            None | Some(Command::Preview { .. }) => true,
            Some(Command::Class(args)) => !args.writes_files(),
            Some(_) => false,
        }
    }

    /// An option given that the command would not use, in words (a usage
    /// error: it is never silently ignored). `from_command_line` tells
    /// whether an option was typed rather than set in the environment (a
    /// school may set CLOSEREADER_HAND_IN_DIR for every program).
    pub fn unused_option(&self, from_command_line: impl Fn(&str) -> bool) -> Option<String> {
        if !self.opens_window() {
            let window_only = [
                ("quit_after_first_frame", "--quit-after-first-frame"),
                ("quit_after", "--quit-after"),
                ("frame_log", "--frame-log"),
                ("teacher_view", "--teacher-view"),
                ("hand_in", "--hand-in"),
            ];
            if let Some((_, flag)) = window_only.iter().find(|(id, _)| from_command_line(id)) {
                return Some(tr!("sys-cli-window-only", option = *flag));
            }
        }
        if self.command.is_some() && from_command_line("hand_in") {
            return Some(tr!("sys-cli-hand-in-window-only"));
        }
        if matches!(
            self.command,
            Some(Command::Class(_) | Command::Preview { .. })
        ) && from_command_line("teacher_view")
        {
            return Some(tr!("sys-cli-teacher-view-lesson-only"));
        }
        None
    }
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
    /// Check translation files (<code>.ftl) against the English words.
    ///
    /// For each file, prints every syntax error as "FILE:LINE:COL: error:
    /// MESSAGE", every argument the English message does not give as an
    /// error, every message the app does not have as a warning, every
    /// message still missing (those are shown in English), and a summary
    /// line. Exit status: 0 when every file can be used as it is, 1 when any
    /// has errors, 2 on a usage error. Opens no window. The English files in
    /// assets/words/en/ are the template: see docs/words.md.
    CheckTranslation {
        /// Translation files to check (e.g. fr.ftl).
        #[arg(required = true, value_name = "FILE.ftl")]
        files: Vec<PathBuf>,
    },
    /// Export saved work to files a teacher can open (no window opens).
    ///
    /// Writes one student's work on a lesson, or with --all every student's work
    /// on it into a folder, one file each. Prints the path of every file written
    /// (with --all, the path, a tab and whose work it is). Work is read from
    /// --data-dir and every folder below it: a laptop's data folder, or a folder
    /// of collected work files; where a student's work is there twice, the
    /// newest copy is exported and the others are named. An existing file is
    /// never replaced unless --overwrite is given.
    /// Exit status: 0 when everything was written, 1 on an unknown student or
    /// lesson, an unreadable work file or a write error (the other students are
    /// still exported), 2 on a usage error.
    Export(ExportArgs),
    /// A class's work from a folder: in the class view, or as a spreadsheet
    /// and/or a web page.
    ///
    /// Reads every work file in FOLDER and every folder below it (a hand-in
    /// folder, a USB stick with laptops' work folders, students' .ron exports
    /// downloaded from a learning platform). Without --csv or --html, the
    /// window opens on the class view (the roster, each question across the
    /// class, each student's whole lesson). With them, no window opens: --csv
    /// writes one row per student: name, questions answered, last saved,
    /// each answer as text (chosen options as their text, ratings as a number
    /// and a reason), and the number of highlights under each tag. UTF-8 with
    /// a byte-order mark, so Excel, LibreOffice and Google Sheets read it
    /// alike; text that a spreadsheet would run as a formula starts with an
    /// apostrophe. --html writes a web page with every question, a chart of
    /// the class's choices or ratings (the key marked), every answer, who
    /// has not answered, and the class's highlights; --highlights writes the
    /// highlights alone, to project or print. A folder that answers nothing
    /// for --timeout seconds (a network share that stopped answering) is
    /// given up on and nothing is written. Exit status: 0 when every file
    /// was read, 1 when some could not be (they are listed; the rest are in
    /// the file), nothing was written or the folder was given up on, 2 on a
    /// usage error.
    Class(ClassArgs),
    /// Start a new lesson file: from a transcript (.txt, .srt or .vtt), or a
    /// copy of the template.
    ///
    /// With --from, the transcript is cut into passages (at speaker markers
    /// such as [NEWS CLIP], NAME: or >>, and at sentence ends or pauses) and
    /// sections, with one question each and commented-out examples of every
    /// question kind. The lesson passes `closereader check` as it is. An
    /// existing file is never replaced.
    New(NewArgs),
    /// Preview a lesson file as students will see it, with answer keys,
    /// teacher notes, hints and ids shown, reloading it each time you save.
    ///
    /// While the file has mistakes, the last good version stays on screen
    /// under the messages `closereader check` prints. Nothing is saved.
    Preview {
        /// The lesson file being written.
        #[arg(value_name = "FILE.ron")]
        file: PathBuf,
    },
}

/// What `closereader new` takes.
#[derive(Debug, Clone, Args)]
pub struct NewArgs {
    /// The lesson file to write (e.g. lessons/my-lesson.ron).
    #[arg(value_name = "FILE.ron")]
    pub file: PathBuf,
    /// A transcript to make the passages from: .txt, .srt or .vtt.
    #[arg(long, value_name = "TRANSCRIPT")]
    pub from: Option<PathBuf>,
    /// The lesson's title (default: from the file name).
    #[arg(long)]
    pub title: Option<String>,
    /// The lesson's id (default: from the file name).
    #[arg(long)]
    pub id: Option<String>,
}

/// What `closereader class` takes.
#[derive(Debug, Clone, Args)]
pub struct ClassArgs {
    /// The folder the class's work files are in.
    #[arg(value_name = "FOLDER")]
    pub folder: PathBuf,
    /// The lesson: its id (e.g. social-credit) or its .ron file. Needed
    /// with --csv and --html; in the window, the lesson shown first.
    #[arg(long, value_name = "ID_OR_FILE")]
    pub lesson: Option<String>,
    /// A spreadsheet to write: one row per student (.csv).
    #[arg(long, value_name = "FILE.csv", requires = "lesson")]
    pub csv: Option<PathBuf>,
    /// A class report to write: one web page with every question's answers
    /// and charts (.html).
    #[arg(long, value_name = "FILE.html", requires = "lesson")]
    pub html: Option<PathBuf>,
    /// A page of the class's highlights to write: each passage with its
    /// words shaded by how many students tagged them (.html), to project or
    /// print.
    #[arg(long, value_name = "FILE.html", requires = "lesson")]
    pub highlights: Option<PathBuf>,
    /// The marks alone, for a gradebook to import: `canvas` (Canvas's
    /// gradebook CSV, with its "Points Possible" row), `moodle` (Moodle's
    /// grade import: first name, last name, ID number, e-mail) or `plain`,
    /// then the file to write (.csv).
    #[arg(
        long,
        num_args = 2,
        value_names = ["LAYOUT", "FILE.csv"],
        requires = "lesson"
    )]
    pub grades: Vec<String>,
    /// The class list: a .csv exported from the school's system or
    /// learning platform (the column headed Name or Student, or First name
    /// and Last name, else the first column), or a text file with one name
    /// a line. Every listed student gets a row; listed students with no
    /// work are "not handed in". Without it, the students a classroom.ron
    /// lists, if any.
    #[arg(long, value_name = "FILE")]
    pub roster: Option<PathBuf>,
    /// Joins a work file's student to a name on the class list where the
    /// two are spelt too differently to match ("Ali=Alistair Brown");
    /// may be given more than once.
    #[arg(long, value_name = "TYPED=LISTED")]
    pub join: Vec<String>,
    /// Replace the files if they exist.
    #[arg(long)]
    pub overwrite: bool,
    /// How long the folder may say nothing (no listing, look or file read
    /// answered) before the class
    /// is given up on, in seconds: a network share that stops answering
    /// never leaves the command waiting forever. Default: 20.
    #[arg(long, value_name = "SECONDS", value_parser = timeout)]
    pub timeout: Option<std::time::Duration>,
}

impl ClassArgs {
    /// Whether any file is asked for (else the class view opens).
    pub fn writes_files(&self) -> bool {
        self.csv.is_some()
            || self.html.is_some()
            || self.highlights.is_some()
            || !self.grades.is_empty()
    }
}

/// What `closereader export` takes.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// The student's name, as typed in the app.
    #[arg(
        long,
        value_name = "NAME",
        required_unless_present = "all",
        conflicts_with = "all"
    )]
    pub student: Option<String>,
    /// Every student with saved work on the lesson, one file each, into a folder.
    #[arg(long)]
    pub all: bool,
    /// The lesson: its id (e.g. social-credit) or its .ron file.
    #[arg(long, value_name = "ID_OR_FILE")]
    pub lesson: String,
    /// File format.
    #[arg(long, value_enum, default_value = "md")]
    pub format: FormatArg,
    /// Where to write: a file, or a folder (a path that exists as a folder, ends
    /// with / or has no extension; with --all, always a folder, made if needed).
    /// Default: the current folder, named <lesson>-<student>-<date>.<ext>.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Name each section's passages instead of quoting the excerpt in full.
    #[arg(long)]
    pub no_excerpts: bool,
    /// Replace an existing file.
    #[arg(long)]
    pub overwrite: bool,
    /// A teacher's copy: add the answer keys and the teacher notes (a
    /// student's own export never has them).
    #[arg(long)]
    pub teacher: bool,
    /// Word only: leave an empty "Comment:" paragraph under each answer for
    /// the teacher to write in.
    #[arg(long)]
    pub comment_space: bool,
}

/// `--format`: the export formats as the command line spells them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// Markdown (.md).
    Md,
    /// One self-contained web page (.html).
    Html,
    /// Plain text (.txt).
    Txt,
    /// Word (.docx).
    Docx,
    /// The work file itself (.ron), for collecting a class.
    Ron,
}

impl From<FormatArg> for Format {
    fn from(arg: FormatArg) -> Self {
        match arg {
            FormatArg::Md => Self::Md,
            FormatArg::Html => Self::Html,
            FormatArg::Txt => Self::Txt,
            FormatArg::Docx => Self::Docx,
            FormatArg::Ron => Self::Ron,
        }
    }
}

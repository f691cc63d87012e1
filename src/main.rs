//! The `closereader` binary: parses the command line and hands over to the library.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{CommandFactory as _, FromArgMatches as _};
use closereader::cli::{
    Cli, Command, check_files, check_translation_files, class_report, export_work, new_lesson,
    trusted_teacher_keys, use_language,
};
use closereader::tr;
use closereader::ui::AppOptions;

/// Every error ends here and is printed one way:
/// `closereader COMMAND: error: MESSAGE`.
fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => error.exit(),
    };
    // Global options typed after the subcommand are in its matches too.
    let typed = |id: &str| {
        std::iter::once(&matches)
            .chain(matches.subcommand().map(|(_, sub)| sub))
            .any(|m| {
                m.try_contains_id(id).unwrap_or(false)
                    && m.value_source(id) == Some(clap::parser::ValueSource::CommandLine)
            })
    };
    if let Some(problem) = cli.unused_option(typed) {
        Cli::command()
            .error(clap::error::ErrorKind::ArgumentConflict, problem)
            .exit();
    }
    // The language first: every word printed from here on is in it. A
    // window puts the saved choice in use itself, unless --lang says, and
    // reads the teachers' translation files on its background worker (the
    // lessons folder may be a slow share): here only a built-in language
    // is put in use for it, and one only a teacher's file has waits for it.
    let (folders, asked) = if cli.opens_window() {
        let built_in = cli.lang.as_deref().filter(|code| {
            closereader::words::BUILT_IN
                .iter()
                .any(|b| b.code.eq_ignore_ascii_case(code))
        });
        (Vec::new(), built_in)
    } else {
        (translation_folders(&cli), cli.lang.as_deref())
    };
    let translations = match use_language(asked, None, &folders) {
        Ok((files, problems)) => {
            if !cli.opens_window() {
                for problem in &problems {
                    eprintln!("{}", printable(problem));
                }
            }
            closereader::translation::Translations { files, problems }
        }
        Err(problem) => Cli::command()
            .error(clap::error::ErrorKind::InvalidValue, problem)
            .exit(),
    };
    let command = match &cli.command {
        Some(Command::Check { .. }) => "closereader check",
        Some(Command::CheckTranslation { .. }) => "closereader check-translation",
        Some(Command::Export(_)) => "closereader export",
        Some(Command::Class(_)) => "closereader class",
        Some(Command::New(_)) => "closereader new",
        Some(Command::Preview { .. }) => "closereader preview",
        None => "closereader",
    };
    match run(&cli, translations) {
        Ok(code) => code,
        // The reader stopped reading (`closereader check … | head -1`): that
        // is their choice, not an error.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            let message = printable(&format!("{error:#}"));
            eprintln!(
                "{}",
                tr!("sys-cli-error", command = command, message = message)
            );
            ExitCode::FAILURE
        }
    }
}

fn run(
    cli: &Cli,
    translations: closereader::translation::Translations,
) -> anyhow::Result<ExitCode> {
    let lessons_dirs: Vec<PathBuf> = closereader::library::lessons_dir_beside_program()
        .into_iter()
        .chain(cli.lessons_dir.clone())
        .collect();
    // classroom.ron: beside the program first, then the lessons folders.
    let classroom_dirs: Vec<PathBuf> = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(PathBuf::from))
        .into_iter()
        .chain(lessons_dirs.iter().cloned())
        .collect();
    match &cli.command {
        Some(Command::Check { files }) => {
            let mut out = std::io::stdout().lock();
            let valid = check_files(files, &mut out)
                .with_context(|| tr!("sys-cli-could-not-write-report"))?;
            Ok(exit_code(valid))
        }
        Some(Command::CheckTranslation { files }) => {
            let mut out = std::io::stdout().lock();
            let usable = check_translation_files(files, &mut out)
                .with_context(|| tr!("sys-cli-could-not-write-report"))?;
            Ok(exit_code(usable))
        }
        Some(Command::Export(args)) => {
            let trusted = trusted_teacher_keys(cli.data_dir.as_deref(), &classroom_dirs);
            let outcome = export_work(args, cli.data_dir.as_deref(), &lessons_dirs, &trusted)?;
            for written in &outcome.written {
                let path = printable(&written.path.display().to_string());
                if args.all {
                    // Which file is whose: names can be cut or changed to
                    // make a safe file name.
                    out(&format!("{path}\t{}", printable(&written.student)))?;
                } else {
                    out(&path)?;
                }
            }
            let command = "closereader export";
            for note in &outcome.notes {
                eprintln!(
                    "{}",
                    tr!("sys-cli-note", command = command, message = printable(note))
                );
            }
            // The other students were still exported: each problem is its own line.
            Ok(report_problems(command, &outcome.problems))
        }
        Some(Command::Class(args)) if !args.writes_files() => {
            let options = AppOptions {
                lessons_dirs,
                class_folder: Some(args.folder.clone()),
                class_lesson: args.lesson.clone(),
                share_timeout: args.timeout,
                classroom_dirs,
                data_dir: cli.data_dir.clone(),
                ..window_diagnostics(cli, translations.clone())
            };
            open_window(options)
        }
        Some(Command::Class(args)) => {
            let trusted = trusted_teacher_keys(cli.data_dir.as_deref(), &classroom_dirs);
            let real = std::sync::Arc::new(closereader::class::class_fs::RealFs);
            let outcome = class_report(args, &lessons_dirs, &trusted, &classroom_dirs, real)?;
            for path in &outcome.written {
                out(&printable(&path.display().to_string()))?;
            }
            let command = "closereader class";
            eprintln!(
                "{}",
                tr!(
                    "sys-cli-class-students",
                    command = command,
                    count = outcome.students
                )
            );
            if outcome.missing > 0 {
                eprintln!(
                    "{}",
                    tr!(
                        "sys-cli-class-missing",
                        command = command,
                        count = outcome.missing
                    )
                );
            }
            Ok(report_problems(command, &outcome.problems))
        }
        Some(Command::New(args)) => {
            out(&printable(&new_lesson(args)?))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Preview { file }) => {
            let options = AppOptions {
                lessons_dirs,
                data_dir: cli.data_dir.clone(),
                preview: Some(file.clone()),
                ..window_diagnostics(cli, translations.clone())
            };
            open_window(options)
        }
        None => {
            let options = AppOptions {
                classroom_dirs,
                lessons_dirs,
                hand_in_dir: cli.hand_in.clone(),
                open_lesson: cli.lesson.clone(),
                teacher_view: cli.teacher_view,
                data_dir: cli.data_dir.clone(),
                ..window_diagnostics(cli, translations.clone())
            };
            open_window(options)
        }
    }
}

/// Where a teacher's translation files are looked for: the lessons folders
/// (beside the program, --lessons-dir), then the data folder.
fn translation_folders(cli: &Cli) -> Vec<PathBuf> {
    closereader::library::lessons_dir_beside_program()
        .into_iter()
        .chain(cli.lessons_dir.clone())
        .chain(cli.data_dir.clone().or_else(|| {
            closereader::work::WorkStore::default_root()
                .and_then(|work| work.parent().map(PathBuf::from))
        }))
        .collect()
}

/// The measuring options every window takes (`--quit-after-first-frame`,
/// `--quit-after`, `--frame-log`).
fn window_diagnostics(
    cli: &Cli,
    translations: closereader::translation::Translations,
) -> AppOptions {
    AppOptions {
        quit_after_first_frame: cli.quit_after_first_frame,
        diagnostics: closereader::ui::Diagnostics {
            quit_after: cli.quit_after.map(std::time::Duration::from_secs_f64),
            frame_log: cli.frame_log.clone(),
        },
        language: cli.lang.clone(),
        translations,
        translation_folders: translation_folders(cli),
        ..AppOptions::default()
    }
}

/// Runs the window until it is closed.
fn open_window(options: AppOptions) -> anyhow::Result<ExitCode> {
    closereader::ui::run(options)
        .map_err(|e| anyhow::anyhow!(tr!("sys-cli-could-not-open-window", why = e.to_string())))?;
    Ok(ExitCode::SUCCESS)
}

/// Prints one line of the command's output (an error when the reader has
/// gone: see [`is_broken_pipe`]).
fn out(line: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    writeln!(std::io::stdout().lock(), "{line}")
}

/// Whether `error` is the output's reader having stopped reading.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Names, ids and paths in a message, with control and bidirectional
/// characters escaped, so they can never reorder or break the line they are
/// printed on (a message's own line breaks are kept).
fn printable(message: &str) -> String {
    message
        .split('\n')
        .map(|line| closereader::lesson::text::escape_for_display(line).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Prints each problem on its own line (the other students' work was still
/// written); the exit code says whether there were any.
fn report_problems(command: &str, problems: &[String]) -> ExitCode {
    for problem in problems {
        eprintln!(
            "{}",
            tr!(
                "sys-cli-error",
                command = command,
                message = printable(problem)
            )
        );
    }
    exit_code(problems.is_empty())
}

fn exit_code(success: bool) -> ExitCode {
    if success {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

//! The `closereader` binary: parses the command line and hands over to the library.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Parser as _;
use closereader::cli::{Cli, Command, check_files, export_work};
use closereader::ui::AppOptions;

fn main() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    let lessons_dirs: Vec<PathBuf> = closereader::library::lessons_dir_beside_program()
        .into_iter()
        .chain(cli.lessons_dir.clone())
        .collect();
    match &cli.command {
        Some(Command::Check { files }) => {
            let mut out = std::io::stdout().lock();
            let valid = check_files(files, &mut out).context("could not write the report")?;
            Ok(if valid {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Some(Command::Export(args)) => {
            match export_work(args, cli.data_dir.as_deref(), &lessons_dirs) {
                Ok(outcome) => {
                    for path in &outcome.written {
                        println!("{}", path.display());
                    }
                    for problem in &outcome.problems {
                        eprintln!("closereader export: error: {problem}");
                    }
                    Ok(if outcome.problems.is_empty() {
                        ExitCode::SUCCESS
                    } else {
                        ExitCode::FAILURE
                    })
                }
                Err(error) => {
                    eprintln!("closereader export: error: {error}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        None => {
            let options = AppOptions {
                lessons_dirs,
                open_lesson: cli.lesson.clone(),
                data_dir: cli.data_dir.clone(),
                disk: None,
                quit_after_first_frame: cli.quit_after_first_frame,
                diagnostics: closereader::ui::Diagnostics {
                    quit_after: cli.quit_after.map(std::time::Duration::from_secs_f64),
                    frame_log: cli.frame_log.clone(),
                },
                export_dir: None,
            };
            closereader::ui::run(options)
                .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

//! The `closereader` binary: parses the command line and hands over to the library.

use std::process::ExitCode;

use anyhow::Context as _;
use clap::Parser as _;
use closereader::cli::{Cli, Command, check_files};

fn main() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
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
        None => {
            eprintln!("closereader: the app window is not built yet; try `closereader check FILE`");
            Ok(ExitCode::FAILURE)
        }
    }
}

//! `closereader check-translation` and `--lang`: a translation's report,
//! and putting a language in use for the command line and the window.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::tr;
use crate::translation::{
    TranslationFile, check_translation, code_of, find_translations, language_for_locale, languages,
};

/// Runs `check-translation`: writes each file's report to `out` and returns
/// whether every file can be used as it is.
pub fn check_translation_files(files: &[PathBuf], out: &mut impl Write) -> std::io::Result<bool> {
    let mut all_usable = true;
    for file in files {
        let name = file.display().to_string();
        let name = name.as_str();
        if code_of(file).is_none() {
            writeln!(out, "{}", tr!("sys-cli-translation-name", file = name))?;
            all_usable = false;
            continue;
        }
        let text = match read(file) {
            Ok(text) => text,
            Err(problem) => {
                writeln!(
                    out,
                    "{}",
                    tr!(
                        "sys-cli-translation-unreadable",
                        file = name,
                        reason = problem
                    )
                )?;
                all_usable = false;
                continue;
            }
        };
        let report = check_translation(&text);
        for (line, column, message) in &report.errors {
            writeln!(
                out,
                "{}",
                tr!(
                    "sys-cli-translation-syntax",
                    file = name,
                    line = *line,
                    column = *column,
                    message = message.as_str()
                )
            )?;
        }
        for (line, id, argument) in &report.unknown_arguments {
            writeln!(
                out,
                "{}",
                tr!(
                    "sys-cli-translation-argument",
                    file = name,
                    line = *line,
                    id = id.as_str(),
                    argument = argument.as_str()
                )
            )?;
        }
        for (line, id) in &report.unknown {
            writeln!(
                out,
                "{}",
                tr!(
                    "sys-cli-translation-unknown",
                    file = name,
                    line = *line,
                    id = id.as_str()
                )
            )?;
        }
        for id in &report.missing {
            writeln!(
                out,
                "{}",
                tr!("sys-cli-translation-missing", file = name, id = id.as_str())
            )?;
        }
        let total = report.translated + report.missing.len();
        writeln!(
            out,
            "{}",
            tr!(
                "sys-cli-translation-summary",
                file = name,
                translated = report.translated.min(total),
                total = total,
                missing = report.missing.len(),
                unknown = report.unknown.len()
            )
        )?;
        all_usable &= report.is_usable();
    }
    Ok(all_usable)
}

fn read(file: &Path) -> Result<String, String> {
    let bytes = std::fs::read(file).map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|_| tr!("sys-cli-translation-not-utf8"))
}

/// Puts the language for this run in use: `asked` (from `--lang`) if it is
/// one the app has or a teacher's file in `folders` adds, else `saved` (the
/// window's choice), else the computer's. Returns the mistakes found in the
/// teacher's file, in words, with the files read (the window offers their
/// languages: they are read once, here); an unknown `asked` code is an
/// error naming the languages there are.
pub fn use_language(
    asked: Option<&str>,
    saved: Option<&str>,
    folders: &[PathBuf],
) -> Result<(Vec<TranslationFile>, Vec<String>), String> {
    let (files, mut problems) = find_translations(folders);
    let offered = languages(&files);
    let code = match asked {
        Some(asked) => offered
            .iter()
            .find(|l| l.code.eq_ignore_ascii_case(asked))
            .map(|l| l.code.clone())
            .ok_or_else(|| {
                let codes: Vec<String> = offered
                    .iter()
                    .map(|l| format!("{} ({})", l.code, l.name))
                    .collect();
                tr!(
                    "sys-cli-unknown-language",
                    code = asked,
                    languages = codes.join(", ")
                )
            })?,
        None => match saved.filter(|s| offered.iter().any(|l| l.code == *s)) {
            Some(saved) => saved.to_owned(),
            None => language_for_locale(
                &crate::translation::system_locale().unwrap_or_default(),
                &offered,
            ),
        },
    };
    problems.extend(put_in_use(&code, &files));
    Ok((files, problems))
}

/// Puts `code` in use with the teacher's files for it over the built-in
/// words; returns their mistakes, each naming its file.
pub fn put_in_use(code: &str, files: &[TranslationFile]) -> Vec<String> {
    let names: Vec<String> = files.iter().map(|f| f.path.display().to_string()).collect();
    let extra: Vec<(&str, &str)> = files
        .iter()
        .zip(&names)
        .filter(|(f, _)| f.code.eq_ignore_ascii_case(code))
        .map(|(f, name)| (name.as_str(), f.text.as_str()))
        .collect();
    crate::words::set_language(code, &extra)
}

//! Languages beyond the built-in ones, and checking a translation: a
//! teacher drops `<code>.ftl` (say `fr.ftl`, or `es.ftl` to fix a word of
//! the Spanish) into a lessons folder or the data folder, and it is picked
//! up on the next start, falling back to English message by message.
//! `closereader check-translation FILE.ftl` lists what is missing, what is
//! unknown and every syntax error with its line.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::class::class_fs::{Capped, ClassFs, RealFs};
use crate::tr;
use crate::words::{BUILT_IN, ENGLISH};
use crate::work::disk::EntryKind;

/// Translation files larger than this are refused (the English tables are
/// about 100 KB).
pub const MAX_TRANSLATION_BYTES: u64 = 2 * 1024 * 1024;

/// A teacher's translation file, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationFile {
    /// The language code its name gives (`fr` for `fr.ftl`).
    pub code: String,
    /// Where it was found.
    pub path: PathBuf,
    /// Its Fluent text.
    pub text: String,
}

/// The teachers' translation files found at start, and what could not be
/// read in them, in words (read once: by a command before it starts, by
/// the window on its background worker).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Translations {
    /// The files, in the order found.
    pub files: Vec<TranslationFile>,
    /// What could not be read or used, in words.
    pub problems: Vec<String>,
}

/// A language people can choose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// Its code (BCP 47: "en", "es", "zh-Hans").
    pub code: String,
    /// Its name in itself ("Español"), as the chooser shows it.
    pub name: String,
}

/// The language code a file name gives, if it is one (`es.ftl` → `es`,
/// `zh-Hans.ftl` → `zh-Hans`).
pub fn code_of(path: &Path) -> Option<String> {
    if path
        .extension()
        .is_none_or(|e| !e.eq_ignore_ascii_case("ftl"))
    {
        return None;
    }
    let stem = path.file_stem()?.to_str()?;
    let id: LanguageIdentifier = stem.parse().ok()?;
    // The id as written when it names a built-in language, else its
    // canonical form.
    Some(
        BUILT_IN
            .iter()
            .find(|b| b.code.eq_ignore_ascii_case(stem))
            .map_or_else(|| id.to_string(), |b| b.code.to_owned()),
    )
}

/// Every `<code>.ftl` directly in `folders`, in order (a later folder's
/// file for the same language comes later, and wins), and what could not
/// be read, in words.
pub fn find_translations(folders: &[PathBuf]) -> (Vec<TranslationFile>, Vec<String>) {
    find_translations_in(&RealFs, folders)
}

/// [`find_translations`] through `fs`: the window reads the lessons folder
/// (perhaps a slow network share) this way, on its background worker.
/// Anything but a plain file (a pipe would never answer, a folder cannot
/// be read) is left alone; a link is followed.
pub fn find_translations_in(
    fs: &dyn ClassFs,
    folders: &[PathBuf],
) -> (Vec<TranslationFile>, Vec<String>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for folder in folders {
        let Ok(listed) = fs.list(folder) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = listed.into_iter().map(|entry| entry.path).collect();
        paths.sort();
        for path in paths {
            let Some(code) = code_of(&path) else { continue };
            if fs.kind_following(&path).ok() != Some(EntryKind::File) {
                continue;
            }
            match read_translation(fs, &path) {
                Ok(text) => found.push(TranslationFile { code, path, text }),
                Err(problem) => problems.push(problem),
            }
        }
    }
    (found, problems)
}

fn read_translation(fs: &dyn ClassFs, path: &Path) -> Result<String, String> {
    let shown = path.display().to_string();
    let bytes = match fs.read_capped(path, MAX_TRANSLATION_BYTES) {
        Ok(Capped::Bytes(bytes)) => bytes,
        Ok(Capped::TooLarge(_)) => {
            return Err(tr!(
                "translation-too-big",
                file = shown.as_str(),
                max = MAX_TRANSLATION_BYTES / 1024
            ));
        }
        Err(e) => {
            return Err(tr!(
                "translation-unreadable",
                file = shown.as_str(),
                reason = e.to_string()
            ));
        }
    };
    String::from_utf8(bytes).map_err(|_| tr!("translation-not-utf8", file = shown.as_str()))
}

/// The languages to offer: the built-in ones, then each language only a
/// teacher's file has, named by its `language-name` message (or its code).
pub fn languages(files: &[TranslationFile]) -> Vec<Language> {
    let mut out: Vec<Language> = BUILT_IN
        .iter()
        .map(|b| Language {
            code: b.code.to_owned(),
            name: b.name.to_owned(),
        })
        .collect();
    for file in files {
        if out.iter().any(|l| l.code.eq_ignore_ascii_case(&file.code)) {
            continue;
        }
        let name = message_value(&file.text, "language-name").unwrap_or_else(|| file.code.clone());
        out.push(Language {
            code: file.code.clone(),
            name,
        });
    }
    out
}

/// The plain text of message `id` in `ftl`, if it has one and it is plain.
fn message_value(ftl: &str, id: &str) -> Option<String> {
    let resource = match fluent_syntax::parser::parse(ftl) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    resource.body.iter().find_map(|entry| match entry {
        ast::Entry::Message(m) if m.id.name == id => {
            m.value.as_ref().and_then(|p| match p.elements.as_slice() {
                [ast::PatternElement::TextElement { value }] => Some(value.trim().to_owned()),
                _ => None,
            })
        }
        _ => None,
    })
}

/// The language to use for a computer whose locale is `locale` (`es-MX`,
/// `zh_CN.UTF-8`, `fr`), among `languages`: the same code, else Simplified
/// Chinese for a Chinese locale written in it, else the same language
/// without the region; English when none fits.
pub fn language_for_locale(locale: &str, languages: &[Language]) -> String {
    let cleaned = locale
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    let Ok(id) = cleaned.parse::<LanguageIdentifier>() else {
        return "en".to_owned();
    };
    let has = |code: &str| {
        languages
            .iter()
            .find(|l| l.code.eq_ignore_ascii_case(code))
            .map(|l| l.code.clone())
    };
    if let Some(code) = has(&id.to_string()) {
        return code;
    }
    let language = id.language.as_str();
    if language == "zh" {
        let script = id.script.map(|s| s.as_str().to_owned());
        let region = id.region.map(|r| r.as_str().to_owned());
        let simplified = match (script.as_deref(), region.as_deref()) {
            (Some("Hans"), _) => true,
            (Some(_), _) => false,
            (None, Some("TW" | "HK" | "MO")) => false,
            (None, _) => true,
        };
        return if simplified {
            has("zh-Hans").unwrap_or_else(|| "en".to_owned())
        } else {
            "en".to_owned()
        };
    }
    has(language).unwrap_or_else(|| "en".to_owned())
}

/// The computer's locale, if it says one.
pub fn system_locale() -> Option<String> {
    sys_locale::get_locale()
}

/// What `check-translation` found in one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TranslationReport {
    /// Syntax errors: (line, column, message).
    pub errors: Vec<(usize, usize, String)>,
    /// Messages (and attributes, `id.name`) the English has and the file
    /// does not: shown in English.
    pub missing: Vec<String>,
    /// Messages the file has and the English does not (a typo, or a message
    /// the app no longer uses), with their line.
    pub unknown: Vec<(usize, String)>,
    /// Arguments a message uses that the English message does not give
    /// (line, message id, argument): they would show as `{$name}`.
    pub unknown_arguments: Vec<(usize, String, String)>,
    /// How many messages the file translates.
    pub translated: usize,
}

impl TranslationReport {
    /// Whether the app can use the file as it is: no syntax errors and no
    /// unknown arguments (missing messages fall back to English).
    pub fn is_usable(&self) -> bool {
        self.errors.is_empty() && self.unknown_arguments.is_empty()
    }
}

/// Every message id and attribute in `resource` with its line, and the
/// arguments each uses.
fn entries(ftl: &str, resource: &ast::Resource<&str>) -> Vec<(String, usize, BTreeSet<String>)> {
    let mut out = Vec::new();
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let line = line_of_message(ftl, message.id.name);
        if let Some(value) = &message.value {
            out.push((message.id.name.to_owned(), line, arguments(value)));
        }
        for attribute in &message.attributes {
            out.push((
                format!("{}.{}", message.id.name, attribute.id.name),
                line,
                arguments(&attribute.value),
            ));
        }
    }
    out
}

/// The line (1-based) where message `id` starts: a line that begins, not
/// indented, with `id =`; 0 if none does.
fn line_of_message(ftl: &str, id: &str) -> usize {
    ftl.lines()
        .position(|line| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |at| at + 1)
}

/// The `$arguments` a pattern uses, selectors and variants included.
fn arguments(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_arguments(expression, &mut found);
        }
    }
    found
}

fn expression_arguments(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_arguments(selector, found);
            for variant in variants {
                found.extend(arguments(&variant.value));
            }
        }
        ast::Expression::Inline(inline) => inline_arguments(inline, found),
    }
}

fn inline_arguments(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for positional in &arguments.positional {
                inline_arguments(positional, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_arguments(expression, found),
        _ => {}
    }
}

/// The 1-based line and column (in characters) of byte `at` in `text`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Checks translation `ftl` against the English tables.
pub fn check_translation(ftl: &str) -> TranslationReport {
    let mut report = TranslationReport::default();
    let resource = match fluent_syntax::parser::parse(ftl) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                // The error's slice starts where the broken entry does.
                let at = error.slice.as_ref().map_or(error.pos.start, |s| s.start);
                let (line, column) = line_col(ftl, at);
                report.errors.push((line, column, error.kind.to_string()));
            }
            resource
        }
    };
    let english: Vec<(String, usize, BTreeSet<String>)> = ENGLISH
        .iter()
        .flat_map(|(_, text)| {
            let resource = match fluent_syntax::parser::parse(*text) {
                Ok(resource) | Err((resource, _)) => resource,
            };
            entries(text, &resource)
        })
        .collect();
    let translated = entries(ftl, &resource);
    report.translated = translated
        .iter()
        .filter(|(id, _, _)| id != "language-name")
        .count();
    for (id, _, _) in &english {
        if id != "language-name" && !translated.iter().any(|(t, _, _)| t == id) {
            report.missing.push(id.clone());
        }
    }
    for (id, line, used) in &translated {
        if id == "language-name" {
            continue;
        }
        match english.iter().find(|(e, _, _)| e == id) {
            None => report.unknown.push((*line, id.clone())),
            Some((_, _, given)) => {
                for argument in used.difference(given) {
                    report
                        .unknown_arguments
                        .push((*line, id.clone(), argument.clone()));
                }
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offered() -> Vec<Language> {
        languages(&[])
    }

    #[test]
    fn a_computers_locale_chooses_the_nearest_language() {
        let languages = offered();
        for (locale, expected) in [
            ("es-MX", "es"),
            ("es_ES.UTF-8", "es"),
            ("zh-CN", "zh-Hans"),
            ("zh_SG", "zh-Hans"),
            ("zh-Hans-HK", "zh-Hans"),
            ("zh-TW", "en"),
            ("zh-Hant", "en"),
            ("fr-FR", "en"),
            ("C", "en"),
            ("", "en"),
            ("en-GB", "en"),
        ] {
            assert_eq!(
                language_for_locale(locale, &languages),
                expected,
                "{locale}"
            );
        }
    }

    #[test]
    fn a_teachers_file_adds_a_language_named_in_itself() {
        let files = [TranslationFile {
            code: "fr".into(),
            path: "fr.ftl".into(),
            text: "language-name = Français\nlessons-heading = Leçons\n".into(),
        }];
        let languages = languages(&files);
        assert_eq!(
            languages.last(),
            Some(&Language {
                code: "fr".into(),
                name: "Français".into()
            })
        );
        assert_eq!(language_for_locale("fr-CA", &languages), "fr");
        assert_eq!(
            code_of(Path::new("lessons/zh-hans.ftl")).as_deref(),
            Some("zh-Hans")
        );
        assert_eq!(code_of(Path::new("lessons/notes.txt")), None);
        assert_eq!(code_of(Path::new("lessons/not a language.ftl")), None);
    }

    #[test]
    fn a_translation_is_checked_for_syntax_missing_unknown_and_arguments() {
        let ftl = "earlier-messages = Mensajes anteriores ({ $count })\n\
                   n-students = { $cuenta } estudiantes\n\
                   no-such-id = Hola\n\
                   broken = { $count\n";
        let report = check_translation(ftl);
        assert_eq!(report.errors.len(), 1, "{report:?}");
        assert_eq!(report.errors[0].0, 4, "the broken message's line");
        assert_eq!(report.unknown, [(3, "no-such-id".to_owned())]);
        assert_eq!(
            report.unknown_arguments,
            [(2, "n-students".to_owned(), "cuenta".to_owned())]
        );
        assert!(report.missing.contains(&"start-who".to_owned()));
        assert!(!report.missing.contains(&"earlier-messages".to_owned()));
        assert!(!report.is_usable());
    }

    #[test]
    fn the_built_in_translations_are_complete_and_use_only_the_english_arguments_and_ids() {
        for built_in in &BUILT_IN[1..] {
            let text: String = built_in
                .tables
                .iter()
                .map(|(_, t)| format!("{t}\n"))
                .collect();
            let report = check_translation(&text);
            assert_eq!(report.errors, [], "{}", built_in.code);
            assert_eq!(report.unknown, [], "{}", built_in.code);
            assert_eq!(report.unknown_arguments, [], "{}", built_in.code);
            assert_eq!(
                report.missing,
                Vec::<String>::new(),
                "{}: every English message is translated",
                built_in.code
            );
        }
    }
}

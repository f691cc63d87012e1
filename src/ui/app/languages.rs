//! The interface's language in the window: the one in use at start, the
//! teachers' translation files when the background worker has read them
//! (the lessons folder may be a slow share, so the window does not wait),
//! and a language chosen on the start screen or in settings.

use super::{AppOptions, CloseReaderApp, Settings};
use crate::tr;
use crate::translation::{Language, TranslationFile, Translations, languages};

/// The translation files handed over, the languages on offer with them and
/// their problems, in words: the language asked for on the command line,
/// else the one chosen on this laptop, is put in use if it is on offer
/// already (a built-in one, or one in files read by the caller).
pub(super) fn start_language(
    options: &AppOptions,
    settings: &Settings,
) -> (Vec<TranslationFile>, Vec<Language>, Vec<String>) {
    let Translations { files, problems } = options.translations.clone();
    let offered = languages(&files);
    let mut problems = problems;
    if let Some(code) = wanted(options.language.as_deref(), settings, &offered)
        && crate::words::language() != code
    {
        problems.extend(crate::cli::put_in_use(&code, &files));
    }
    (files, offered, problems)
}

/// The language to put in use among `offered`, as `offered` spells its
/// code: the one asked for (`--lang ES` is Spanish), else the one chosen on
/// this laptop, if on offer.
fn wanted(asked: Option<&str>, settings: &Settings, offered: &[Language]) -> Option<String> {
    let code = asked
        .map(str::to_owned)
        .or_else(|| settings.language.clone())?;
    offered
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(&code))
        .map(|l| l.code.clone())
}

impl CloseReaderApp {
    /// The languages on offer, each named in itself.
    pub fn languages(&self) -> &[Language] {
        &self.window.languages
    }

    /// Puts `code` in use (if it is on offer) and remembers it; a mistake
    /// in a teacher's translation file is said in the banner.
    pub(super) fn choose_language(&mut self, code: &str) {
        if !self.window.languages.iter().any(|l| l.code == code) {
            return;
        }
        self.window.asked_language = None;
        let problems = crate::cli::put_in_use(code, &self.window.translations);
        self.settings.language = Some(code.to_owned());
        self.say_translation_problems(&problems);
    }

    /// Takes in the teachers' translation files read by the worker: their
    /// languages join the list, and the language wanted (asked for, or
    /// chosen on this laptop) is put in use with a teacher's words over
    /// it. Only words change: what is typed and where the keyboard is stay.
    pub(super) fn take_in_translations(&mut self, read: Translations) {
        let Translations {
            files,
            mut problems,
        } = read;
        self.window.languages = languages(&files);
        self.window.translations = files;
        let current = crate::words::language();
        let code = wanted(
            self.window.asked_language.as_deref(),
            &self.settings,
            &self.window.languages,
        )
        .unwrap_or(current.clone());
        let has_file = self
            .window
            .translations
            .iter()
            .any(|f| f.code.eq_ignore_ascii_case(&code));
        if code != current || has_file {
            problems.extend(crate::cli::put_in_use(&code, &self.window.translations));
        }
        if let Some(asked) = self.window.asked_language.take()
            && !self
                .window
                .languages
                .iter()
                .any(|l| l.code.eq_ignore_ascii_case(&asked))
        {
            let codes: Vec<String> = self
                .window
                .languages
                .iter()
                .map(|l| format!("{} ({})", l.code, l.name))
                .collect();
            self.say(tr!(
                "translation-unknown-language",
                code = asked.as_str(),
                languages = codes.join(", ")
            ));
        }
        self.say_translation_problems(&problems);
    }

    /// Says the first of `problems` in the banner, with how many there are.
    fn say_translation_problems(&mut self, problems: &[String]) {
        if let Some(first) = problems.first() {
            self.say(tr!(
                "translation-problems",
                count = problems.len(),
                first = first.as_str()
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_asked_for_wins_and_is_spelled_as_offered() {
        let offered = languages(&[]);
        let saved = Settings {
            language: Some("zh-Hans".to_owned()),
            ..Settings::default()
        };
        // `--lang ES` is Spanish, written as the app writes it.
        assert_eq!(wanted(Some("ES"), &saved, &offered).as_deref(), Some("es"));
        // Without --lang, the laptop's choice.
        assert_eq!(wanted(None, &saved, &offered).as_deref(), Some("zh-Hans"));
        // A language asked for that is not on offer (yet) is not replaced
        // by the saved one: it may come with a teacher's file.
        assert_eq!(wanted(Some("fr"), &saved, &offered), None);
        assert_eq!(wanted(None, &Settings::default(), &offered), None);
    }
}

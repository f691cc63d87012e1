//! Choosing the interface's language: a drop-down list of the languages on
//! offer, each named in itself ("Español", "中文（简体）"), on the start
//! screen and in the reading settings.

use egui::Ui;

use super::command::Command;
use super::radio_group::{RadioOption, radio_group_ui};
use super::select::select_ui;
use crate::tr;
use crate::translation::Language;

fn options(languages: &[Language]) -> Vec<RadioOption> {
    languages
        .iter()
        .map(|l| RadioOption::plain(l.name.clone()))
        .collect()
}

/// The command for choosing option `index`, unless it is the language in use.
fn choose(languages: &[Language], current: &str, index: Option<usize>) -> Option<Command> {
    let language = languages.get(index?)?;
    (language.code != current).then(|| Command::ChooseLanguage(language.code.clone()))
}

/// "Language" and a drop-down list of the languages (for a row of
/// settings); nothing when there is only one.
pub fn language_select_ui(ui: &mut Ui, languages: &[Language], current: &str) -> Vec<Command> {
    if languages.len() < 2 {
        return Vec::new();
    }
    let name = tr!("language-choice");
    let selected = languages.iter().position(|l| l.code == current);
    let shown = selected
        .and_then(|i| languages.get(i))
        .map_or_else(|| current.to_owned(), |l| l.name.clone());
    let (chosen, button) = select_ui(
        ui,
        ui.make_persistent_id("language"),
        (&name, &shown),
        &options(languages),
        selected,
    );
    button.on_hover_text(&name);
    choose(languages, current, chosen).into_iter().collect()
}

/// The same as a group of radio buttons (in a dialog).
pub fn language_group_ui(ui: &mut Ui, languages: &[Language], current: &str) -> Vec<Command> {
    if languages.len() < 2 {
        return Vec::new();
    }
    let name = tr!("language-choice");
    ui.label(egui::RichText::new(&name).strong());
    let selected = languages.iter().position(|l| l.code == current);
    let (chosen, _) = radio_group_ui(ui, &name, &options(languages), selected, true);
    choose(languages, current, chosen).into_iter().collect()
}

/// Under a lesson on the start screen: when the lesson is written in a
/// language the interface has and is not showing, a button to show the
/// interface in it too; when the interface has no words in it, a line that
/// says so. Nothing for a lesson in the language in use, or in English.
pub fn lesson_language_ui(
    ui: &mut Ui,
    lesson_language: &str,
    languages: &[Language],
    current: &str,
) -> Vec<Command> {
    let primary = lesson_language.split(['-', '_']).next().unwrap_or_default();
    if primary.is_empty() || primary.eq_ignore_ascii_case("en") {
        return Vec::new();
    }
    let code = crate::translation::language_for_locale(lesson_language, languages);
    match languages.iter().find(|l| l.code == code && code != "en") {
        Some(language) if language.code == current => {}
        Some(language) => {
            let text = tr!("lesson-language-offer", language = language.name.as_str());
            if ui.button(&text).clicked() {
                return vec![Command::ChooseLanguage(language.code.clone())];
            }
        }
        None => {
            ui.label(
                egui::RichText::new(tr!("lesson-language-missing", code = lesson_language)).weak(),
            );
        }
    }
    Vec::new()
}

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

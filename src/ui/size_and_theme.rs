//! Text size, theme and reading settings: on the start screen and in the
//! lesson's top bar (or its menu), so a student can make the app readable
//! before typing a name.

use egui::{Response, Ui};

use super::command::Command;
use super::radio_group::{RadioOption, radio_group_ui};
use super::select::select_ui;
use super::theme::ThemeChoice;
use super::ui_command::UiCommand;
use crate::tr;

/// The themes as options of a list.
fn theme_options() -> Vec<RadioOption> {
    ThemeChoice::ALL
        .iter()
        .map(|t| RadioOption::plain(t.label()))
        .collect()
}

/// "A−", "A+", the theme's drop-down list and "Reading…", in a row.
pub fn size_and_theme_ui(ui: &mut Ui, theme: ThemeChoice) -> Vec<Command> {
    let mut commands = Vec::new();
    UiCommand::SmallerText.add_ui(ui, &mut commands);
    UiCommand::BiggerText.add_ui(ui, &mut commands);
    let selected = ThemeChoice::ALL.iter().position(|&t| t == theme);
    let name = tr!("theme");
    let (chosen, button) = select_ui(
        ui,
        ui.make_persistent_id("theme"),
        (&name, &theme.label()),
        &theme_options(),
        selected,
    );
    button.on_hover_text(&name);
    if let Some(choice) = chosen.and_then(|i| ThemeChoice::ALL.get(i)) {
        commands.push(Command::SetTheme(*choice));
    }
    UiCommand::ReadingSettings.add_ui(ui, &mut commands);
    commands
}

/// The same in a menu: "A−" and "A+" in a row, the theme as a radio group,
/// "Reading…". Returns the commands and the first button.
pub fn text_size_and_theme_menu_ui(ui: &mut Ui, theme: ThemeChoice) -> (Vec<Command>, Response) {
    let mut commands = Vec::new();
    let first = ui
        .horizontal(|ui| {
            let smaller = UiCommand::SmallerText.button_ui(ui, true);
            if smaller.clicked() {
                commands.push(UiCommand::SmallerText.command());
            }
            UiCommand::BiggerText.add_ui(ui, &mut commands);
            smaller
        })
        .inner;
    let name = tr!("theme");
    ui.label(egui::RichText::new(&name).strong());
    let selected = ThemeChoice::ALL.iter().position(|&t| t == theme);
    let (chosen, _) = radio_group_ui(ui, &name, &theme_options(), selected, false);
    if let Some(choice) = chosen.and_then(|i| ThemeChoice::ALL.get(i)) {
        commands.push(Command::SetTheme(*choice));
    }
    UiCommand::ReadingSettings.add_ui(ui, &mut commands);
    (commands, first)
}

//! Text size and theme: on the start screen and in the lesson's top bar, so
//! a student can make the app readable before typing a name.

use egui::Ui;

use super::command::Command;
use super::theme::ThemeChoice;
use super::ui_command::UiCommand;
use crate::tr;

/// "A−", "A+" and the theme menu.
pub fn size_and_theme_ui(ui: &mut Ui, theme: ThemeChoice) -> Vec<Command> {
    let mut commands = Vec::new();
    UiCommand::SmallerText.add_ui(ui, &mut commands);
    UiCommand::BiggerText.add_ui(ui, &mut commands);
    // Named "Theme" for screen readers; on screen the menu shows the theme.
    let menu = egui::ComboBox::from_id_salt("theme")
        .selected_text(theme.label())
        .show_ui(ui, |ui| {
            for choice in ThemeChoice::ALL {
                if ui
                    .selectable_label(theme == choice, choice.label())
                    .clicked()
                {
                    commands.push(Command::SetTheme(choice));
                }
            }
        });
    let theme_name = tr!("theme");
    let response = menu.response.on_hover_text(&theme_name);
    UiCommand::ReadingSettings.add_ui(ui, &mut commands);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &theme_name));
    commands
}

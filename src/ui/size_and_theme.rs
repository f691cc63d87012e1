//! Text size and theme: on the start screen and in the lesson's top bar, so
//! a student can make the app readable before typing a name.

use egui::Ui;

use super::command::{Command, TextSizeStep};
use super::shortcuts::Shortcut;
use super::theme::ThemeChoice;

/// "A−", "A+" and the theme menu.
pub fn size_and_theme_ui(ui: &mut Ui, theme: ThemeChoice) -> Vec<Command> {
    let mut commands = Vec::new();
    let sized = |ui: &mut Ui, text: &str, shortcut: Shortcut, spoken: &str| {
        let hint = shortcut.hint(ui);
        let button = ui.button(text).on_hover_text(hint);
        button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, spoken));
        button.clicked()
    };
    if sized(ui, "A−", Shortcut::SmallerText, "Smaller text") {
        commands.push(Command::ChangeTextSize(TextSizeStep::Smaller));
    }
    if sized(ui, "A+", Shortcut::BiggerText, "Bigger text") {
        commands.push(Command::ChangeTextSize(TextSizeStep::Bigger));
    }
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
    let response = menu.response.on_hover_text("Theme");
    if ui
        .button("Reading…")
        .on_hover_text(
            "Line spacing, width of the text, a highly legible font, reading-aloud speed",
        )
        .clicked()
    {
        commands.push(Command::ShowReadingSettings);
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Theme"));
    commands
}

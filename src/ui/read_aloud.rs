//! Read-aloud buttons under each passage and question, and the mark on the
//! passage being read.

use egui::{RichText, Ui};

use super::command::Command;
use super::lesson_screen::LessonScreen;

/// A read-aloud button: disabled, saying why, when the computer has no
/// speech engine. Returns whether it was pressed.
pub fn read_button_ui(
    ui: &mut Ui,
    speech: Option<&str>,
    text: &str,
    spoken: &str,
    hint: &str,
) -> bool {
    let enabled = speech.is_none();
    let response = ui
        .add_enabled(enabled, egui::Button::new(text).small())
        .on_hover_text(hint)
        .on_disabled_hover_text(speech.unwrap_or_default());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, spoken));
    response.clicked()
}

/// "Read" and "From here" for passage `id` (number `block` in the section).
pub fn passage_read_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    id: &str,
    block: usize,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let spoken = format!("Read passage {block} aloud");
    if read_button_ui(
        ui,
        screen.speech,
        "▶ Read",
        &spoken,
        "Read this passage aloud",
    ) {
        commands.push(Command::ReadPassage {
            id: id.to_owned(),
            to_end: false,
        });
    }
    let spoken = format!("Read the section aloud from passage {block}");
    let hint = "Read the section aloud from this passage on";
    if read_button_ui(ui, screen.speech, "▶▶ From here", &spoken, hint) {
        commands.push(Command::ReadPassage {
            id: id.to_owned(),
            to_end: true,
        });
    }
    commands
}

/// The mark on the passage being read aloud, scrolled into view when the
/// reading moves to it (once, so the reader can still scroll away).
pub fn being_read_ui(ui: &mut Ui, screen: &LessonScreen<'_>, id: &str) {
    if screen.reading_aloud.as_deref() != Some(id) {
        return;
    }
    let mark = ui.label(
        RichText::new("▶ Being read aloud (Esc stops)")
            .small()
            .color(screen.theme.ok_colour()),
    );
    let key = egui::Id::unique("reading-aloud-shown");
    let moved = ui.data(|d| d.get_temp::<String>(key)).as_deref() != Some(id);
    if moved {
        ui.data_mut(|d| d.insert_temp(key, id.to_owned()));
        mark.scroll_to_me(Some(egui::Align::Center));
    }
}

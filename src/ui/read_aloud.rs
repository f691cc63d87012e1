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
    let what = format!("passage {block}");
    read_from_ui(ui, screen, id, (&what, "the section", "this passage"))
}

/// "Read" and "From here" for paragraph `number` (from 1) of the document
/// titled `title`.
pub fn paragraph_read_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    id: &str,
    (number, title): (usize, &str),
) -> Vec<Command> {
    let what = format!("paragraph {number} of {title}");
    read_from_ui(ui, screen, id, (&what, "the source", "this paragraph"))
}

/// The two buttons: `what` names the text for a screen reader ("passage
/// 3"), `whole` what "From here" reads to the end of ("the section"), and
/// `this` the text in the tooltips ("this passage").
fn read_from_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    id: &str,
    (what, whole, this): (&str, &str, &str),
) -> Vec<Command> {
    let mut commands = Vec::new();
    let spoken = format!("Read {what} aloud");
    let hint = format!("Read {this} aloud");
    if read_button_ui(ui, screen.speech, "▶ Read", &spoken, &hint) {
        commands.push(Command::ReadPassage {
            id: id.to_owned(),
            to_end: false,
        });
    }
    let spoken = format!("Read {whole} aloud from {what}");
    let hint = format!("Read {whole} aloud from {this} on");
    if read_button_ui(ui, screen.speech, "▶▶ From here", &spoken, &hint) {
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

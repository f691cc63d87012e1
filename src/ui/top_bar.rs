//! The lesson screen's top bar: back to the lessons, who is working,
//! progress, the save status, reading settings, save, earlier copies, export.

use egui::{RichText, Ui};

use crate::work::lesson_progress;

use super::command::Command;
use super::lesson_screen::LessonScreen;
use super::shortcuts::Shortcut;
use super::size_and_theme::size_and_theme_ui;

/// What the top bar says about handing in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HandInLine {
    /// "Handed in at 10:42", once handed in.
    pub handed_in: Option<String>,
    /// A hand-in is being written.
    pub busy: bool,
}

/// Draws the top bar.
pub fn top_bar_ui(ui: &mut Ui, screen: &LessonScreen<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let button =
        |ui: &mut Ui, text: &str, hover: &str| ui.button(text).on_hover_text(hover).clicked();
    let shortcut = |ui: &mut Ui, text: &str, shortcut: Shortcut| {
        let hint = shortcut.hint(ui);
        ui.button(text).on_hover_text(hint).clicked()
    };
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        if button(ui, "← Lessons", "Back to the list of lessons") {
            commands.push(Command::CloseLesson);
        }
        ui.label(screen.student)
            .on_hover_text("Who is working on this lesson");
        ui.separator();
        let progress = lesson_progress(screen.lesson, screen.work);
        ui.label(progress.words());
        ui.separator();
        let status = RichText::new(&screen.status.text);
        let status = if screen.status.problem {
            status.color(screen.theme.warning_colour())
        } else {
            status
        };
        let status = ui.label(status);
        if !screen.status.detail.is_empty() {
            status.on_hover_text(&screen.status.detail);
        }
        if screen.status.offer_copy && button(ui, "Export a copy…", "Save your work somewhere else")
        {
            commands.push(Command::ExportCopy);
        }
        ui.separator();
        commands.extend(size_and_theme_ui(ui, screen.theme));
        if screen.reading_aloud.is_some()
            && ui
                .button("■ Stop reading")
                .on_hover_text("Stop reading aloud (Esc)")
                .clicked()
        {
            commands.push(Command::StopReading);
        }
        if shortcut(ui, "Save now", Shortcut::SaveNow) {
            commands.push(Command::SaveNow);
        }
        if button(
            ui,
            "Earlier copies…",
            "Bring back your work as it was earlier",
        ) {
            commands.push(Command::ShowHistory);
        }
        if shortcut(ui, "Export…", Shortcut::Export) {
            commands.push(Command::Export);
        }
        if let Some(hand_in) = &screen.hand_in {
            commands.extend(hand_in_ui(ui, hand_in));
        }
    });
    ui.add_space(2.0);
    commands
}

/// "Hand in", and when the work was last handed in.
fn hand_in_ui(ui: &mut Ui, hand_in: &HandInLine) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.separator();
    let hint = Shortcut::HandIn.hint(ui);
    let text = if hand_in.busy {
        "Handing in…"
    } else if hand_in.handed_in.is_some() {
        "Hand in again"
    } else {
        "Hand in"
    };
    if ui
        .add_enabled(!hand_in.busy, egui::Button::new(text))
        .on_hover_text(hint)
        .clicked()
    {
        commands.push(Command::HandIn);
    }
    if let Some(handed_in) = &hand_in.handed_in {
        ui.label(handed_in);
    }
    commands
}

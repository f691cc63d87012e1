//! The lesson screen's top bar: back to the lessons, who is working,
//! progress, the save status, reading settings, save, earlier copies, export.

use egui::{RichText, Ui};

use crate::tr;
use crate::work::lesson_progress;

use super::command::Command;
use super::lesson_screen::LessonScreen;
use super::size_and_theme::size_and_theme_ui;
use super::ui_command::UiCommand;

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
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        UiCommand::Lessons.add_ui(ui, &mut commands);
        ui.label(screen.student)
            .on_hover_text(tr!("top-bar-student"));
        ui.separator();
        let progress = lesson_progress(screen.lesson, screen.work);
        ui.label(crate::wording::progress(progress));
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
        if screen.status.offer_copy {
            UiCommand::ExportCopy.add_ui(ui, &mut commands);
        }
        ui.separator();
        commands.extend(size_and_theme_ui(ui, screen.theme));
        if screen.reading_aloud.is_some() {
            UiCommand::StopReading.add_ui(ui, &mut commands);
        }
        for command in [
            UiCommand::SaveNow,
            UiCommand::EarlierCopies,
            UiCommand::Export,
        ] {
            command.add_ui(ui, &mut commands);
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
    let text = if hand_in.busy {
        tr!("cmd-hand-in.busy")
    } else if hand_in.handed_in.is_some() {
        tr!("cmd-hand-in.again")
    } else {
        UiCommand::HandIn.text()
    };
    if UiCommand::HandIn
        .button_with_text_ui(ui, !hand_in.busy, &text)
        .clicked()
    {
        commands.push(Command::HandIn);
    }
    if let Some(handed_in) = &hand_in.handed_in {
        ui.label(handed_in);
    }
    commands
}

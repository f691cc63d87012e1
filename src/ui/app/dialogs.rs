//! The export and earlier-copies dialogs: shown over the lesson, with the
//! keyboard moved in when they open and given back when they close.

use egui::Ui;

use super::CloseReaderApp;
use crate::ui::command::Command;
use crate::ui::dialog::{DialogFocus, dialog_ui};
use crate::ui::export_dialog::export_dialog_ui;
use crate::ui::history::{SnapshotRow, history_ui};
use crate::ui::reading_dialog::reading_dialog_ui;

impl CloseReaderApp {
    /// The export window or the earlier-copies window, when one is open.
    pub(super) fn dialogs_ui(&mut self, ui: &Ui) -> Vec<Command> {
        let ctx = ui.ctx();
        if self.reading_dialog {
            let reading = self.settings.reading;
            let (mut commands, close) =
                dialog_ui(ctx, "reading", "Reading settings", &mut self.dialog, |ui| {
                    reading_dialog_ui(ui, reading)
                });
            if close {
                commands.push(Command::CloseReadingSettings);
            }
            return commands;
        }
        if let Some(choice) = self.export_choice {
            let (mut commands, close) =
                dialog_ui(ctx, "export", "Export your work", &mut self.dialog, |ui| {
                    export_dialog_ui(ui, choice)
                });
            if close {
                commands.push(Command::CloseExport);
            }
            return commands;
        }
        let context = ctx.clone();
        if let Some(commands) = self.picture_dialog_ui(&context) {
            return commands;
        }
        let Some(open) = &self.open else {
            return Vec::new();
        };
        let Some(history) = &open.history else {
            return Vec::new();
        };
        let rows: Vec<SnapshotRow> = history
            .iter()
            .map(|row| SnapshotRow {
                when: crate::clock::date_and_time(row.snapshot.time),
                summary: row.summary.clone(),
                readable: row.file.is_some(),
            })
            .collect();
        let read_only = open.work.read_only().is_some();
        let (mut commands, close) =
            dialog_ui(ctx, "history", "Earlier copies", &mut self.dialog, |ui| {
                history_ui(ui, &rows, read_only)
            });
        if close {
            commands.push(Command::CloseHistory);
        }
        commands
    }

    /// A dialog opens: the keyboard moves into it (see [`DialogFocus`]).
    pub(super) fn open_dialog(&mut self) {
        if let Some(ctx) = &self.ctx {
            self.dialog = DialogFocus::opening(ctx);
        }
    }

    /// A dialog closed: the keyboard goes back to where it was.
    pub(super) fn close_dialog(&mut self) {
        self.dialog = self.dialog.closed();
    }
}

//! The windows over the screen (reading settings, export, earlier copies,
//! an enlarged picture): one at a time, with the keyboard moved in when one
//! opens and given back when it closes.

use crate::tr;
use egui::Ui;

use super::CloseReaderApp;
use super::state::Dialog;
use crate::ui::command::Command;
use crate::ui::dialog::{DialogFocus, dialog_ui};
use crate::ui::export_dialog::export_dialog_ui;
use crate::ui::history::{SnapshotRow, history_ui};
use crate::ui::reading_dialog::reading_dialog_ui;

impl CloseReaderApp {
    /// The open window, if there is one.
    pub(super) fn dialogs_ui(&mut self, ui: &Ui) -> Vec<Command> {
        let ctx = ui.ctx().clone();
        let focus = &mut self.dialog_focus;
        let (mut commands, close, closing) = match &self.dialog {
            None => return Vec::new(),
            // The lesson they were about has closed.
            Some(Dialog::Export(_) | Dialog::History(_) | Dialog::Picture(_))
                if self.screen.lesson().is_none() =>
            {
                self.close_dialog();
                return Vec::new();
            }
            Some(Dialog::ReadingSettings) => {
                let reading = self.settings.reading;
                let languages = &self.window.languages;
                let current = crate::words::language();
                let (commands, close) =
                    dialog_ui(&ctx, "reading", &tr!("reading-dialog-title"), focus, |ui| {
                        let (mut commands, first) = reading_dialog_ui(ui, reading);
                        ui.separator();
                        commands.extend(crate::ui::language_choice::language_group_ui(
                            ui, languages, &current,
                        ));
                        (commands, first)
                    });
                (commands, close, Command::CloseReadingSettings)
            }
            Some(Dialog::Export(choice)) => {
                let choice = *choice;
                let (commands, close) =
                    dialog_ui(&ctx, "export", &tr!("export-dialog-title"), focus, |ui| {
                        export_dialog_ui(ui, choice)
                    });
                (commands, close, Command::CloseExport)
            }
            Some(Dialog::History(history)) => {
                let rows: Vec<SnapshotRow> = history
                    .iter()
                    .map(|row| SnapshotRow {
                        when: crate::clock::date_and_time(row.snapshot.time),
                        summary: row
                            .progress
                            .map_or_else(|| tr!("history-unreadable"), crate::wording::progress),
                        readable: row.file.is_some(),
                    })
                    .collect();
                let read_only = self
                    .screen
                    .lesson()
                    .is_some_and(|o| o.work.read_only().is_some());
                let (commands, close) =
                    dialog_ui(&ctx, "history", &tr!("history-title"), focus, |ui| {
                        history_ui(ui, &rows, read_only)
                    });
                (commands, close, Command::CloseHistory)
            }
            Some(Dialog::Picture(image)) => {
                let image = image.clone();
                return self.picture_dialog_ui(&ctx, &image);
            }
        };
        if close {
            commands.push(closing);
        }
        commands
    }

    /// Opens `dialog` (unless one of its kind is open already); the keyboard
    /// moves into it (see [`DialogFocus`]).
    pub(super) fn open_dialog(&mut self, dialog: Dialog) {
        match &self.dialog {
            Some(open) if std::mem::discriminant(open) == std::mem::discriminant(&dialog) => {}
            Some(_) => self.dialog = Some(dialog),
            None => {
                if let Some(ctx) = &self.window.ctx {
                    self.dialog_focus = DialogFocus::opening(ctx);
                }
                self.dialog = Some(dialog);
            }
        }
    }

    /// Closes the open window: the keyboard goes back to where it was.
    pub(super) fn close_dialog(&mut self) {
        if self.dialog.take().is_some() {
            self.dialog_focus = self.dialog_focus.closed();
        }
    }
}

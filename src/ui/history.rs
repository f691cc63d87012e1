//! The "Earlier copies" window: snapshots of the work, and bringing one back.

use crate::tr;
use egui::{RichText, Ui};

use super::command::Command;

/// One earlier copy, as the window lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotRow {
    /// When it was saved, in words.
    pub when: String,
    /// What it holds ("12 answers, notes"), or why it cannot be read.
    pub summary: String,
    /// Whether it can be brought back.
    pub readable: bool,
}

/// Draws the list of earlier copies inside the window; returns its commands
/// and its first widget (which gets the keyboard when the window opens).
pub fn history_ui(
    ui: &mut Ui,
    rows: &[SnapshotRow],
    read_only: bool,
) -> (Vec<Command>, Option<egui::Response>) {
    let mut commands = Vec::new();
    let mut first = None;
    ui.label(tr!("history-intro"));
    ui.label(tr!("history-intro.safe"));
    ui.add_space(8.0);
    if rows.is_empty() {
        ui.label(RichText::new(tr!("history-none")).italics());
    }
    egui::ScrollArea::vertical()
        .max_height(360.0)
        .show(ui, |ui| {
            for (index, row) in rows.iter().enumerate() {
                ui.horizontal(|ui| {
                    let button =
                        egui::Button::new(tr!("history-bring-back", when = row.when.as_str()));
                    let button = ui.add_enabled(row.readable && !read_only, button);
                    if button.clicked() {
                        commands.push(Command::RestoreSnapshot(index));
                    }
                    if row.readable && !read_only {
                        first.get_or_insert(button);
                    }
                    ui.label(RichText::new(&row.summary).weak());
                });
            }
        });
    ui.add_space(8.0);
    let close = ui.button(tr!("dialog-close"));
    if close.clicked() {
        commands.push(Command::CloseHistory);
    }
    (commands, Some(first.unwrap_or(close)))
}

//! The export window: pick a format, then save.

use egui::{RichText, Ui};

use crate::export::Format;

use super::command::Command;

/// The choices in the export window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportChoice {
    /// The file format.
    pub format: Format,
    /// Quote the excerpts in full.
    pub include_excerpts: bool,
}

/// Draws the export window's contents.
pub fn export_dialog_ui(ui: &mut Ui, choice: ExportChoice) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.label("Your answers and notes go into one file for your teacher.");
    ui.add_space(4.0);
    ui.label(RichText::new("Format").strong());
    for format in Format::ALL {
        if ui.radio(choice.format == format, format.label()).clicked() {
            commands.push(Command::SetExportFormat(format));
        }
    }
    ui.add_space(4.0);
    let mut include = choice.include_excerpts;
    if ui
        .checkbox(&mut include, "Include the transcript excerpts")
        .changed()
    {
        commands.push(Command::SetIncludeExcerpts(include));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button("Save…").clicked() {
            commands.push(Command::ExportNow);
        }
        if ui.button("Cancel").clicked() {
            commands.push(Command::CloseExport);
        }
    });
    commands
}

//! The message banner at the top of the window: one message at a time, with
//! an "Open folder" button only when that message is about a saved file.

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::ui::command::Command;
use crate::ui::theme::ThemeChoice;

/// A message for the student.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Banner {
    /// What to say.
    pub text: String,
    /// A folder this message is about (a file was saved there).
    pub folder: Option<PathBuf>,
    /// Offer "Undo" (something was just removed).
    pub undo: bool,
    /// Put the keyboard on "Undo" (the first frame after a removal, so a
    /// second Enter undoes instead of removing the next highlight).
    pub focus_undo: bool,
    /// Offer "Export a copy…" (the work could not go where it should).
    pub offer_copy: bool,
}

impl Banner {
    /// A message.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            folder: None,
            undo: false,
            focus_undo: false,
            offer_copy: false,
        }
    }

    /// A message about something just removed, with "Undo" (and the keyboard on it).
    pub fn undoable(text: impl Into<String>) -> Self {
        Self {
            undo: true,
            focus_undo: true,
            ..Self::new(text)
        }
    }

    /// A message about work that could not go where it should, with
    /// "Export a copy…".
    pub fn with_copy(text: impl Into<String>) -> Self {
        Self {
            offer_copy: true,
            ..Self::new(text)
        }
    }

    /// A message about a file saved in `folder`, with an "Open folder" button.
    pub fn with_folder(text: impl Into<String>, folder: Option<PathBuf>) -> Self {
        Self {
            folder,
            ..Self::new(text)
        }
    }
}

/// Draws the banner as a strip across the top of the window.
pub fn banner_ui(ui: &mut Ui, banner: &Banner, theme: ThemeChoice) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::Panel::top("message").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            let text = RichText::new(banner.text.as_str()).strong();
            ui.label(text.color(theme.warning_colour()));
            if let Some(folder) = &banner.folder
                && ui.button("Open folder").clicked()
            {
                commands.push(Command::OpenFolder(folder.clone()));
            }
            if banner.offer_copy
                && ui
                    .button("Export a copy…")
                    .on_hover_text("Save your work file somewhere you choose, to give your teacher")
                    .clicked()
            {
                commands.push(Command::ExportCopy);
            }
            if banner.undo {
                let undo = ui
                    .button("Undo")
                    .on_hover_text("Bring it back (Ctrl+Z when no text box is being typed in)");
                if banner.focus_undo {
                    undo.request_focus();
                }
                if undo.clicked() {
                    commands.push(Command::Undo);
                }
            }
            if ui.button("OK").clicked() {
                commands.push(Command::DismissMessage);
            }
        });
    });
    commands
}

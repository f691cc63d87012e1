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
}

impl Banner {
    /// A message.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            folder: None,
        }
    }

    /// A message about a file saved in `folder`, with an "Open folder" button.
    pub fn with_folder(text: impl Into<String>, folder: Option<PathBuf>) -> Self {
        Self {
            text: text.into(),
            folder,
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
            if ui.button("OK").clicked() {
                commands.push(Command::DismissMessage);
            }
        });
    });
    commands
}

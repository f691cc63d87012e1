//! The message banner at the top of the window: the newest message, with an
//! "Open folder" button only when that message is about a saved file, and
//! the few messages it replaced under "Earlier messages".

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::tr;
use crate::ui::command::Command;
use crate::ui::theme::ThemeChoice;
use crate::ui::ui_command::UiCommand;

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

/// At most this many earlier messages are kept.
const EARLIER: usize = 4;

/// The message showing, and the few it replaced before they were read
/// (several jobs failing at once each have their say).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Messages {
    /// The message showing.
    pub current: Option<Banner>,
    /// Earlier messages not dismissed, newest first.
    pub earlier: Vec<String>,
}

impl Messages {
    /// Shows `banner`; the one it replaces joins the earlier messages.
    pub fn show(&mut self, banner: Banner) {
        if let Some(old) = self.current.replace(banner) {
            self.earlier.insert(0, old.text);
            self.earlier.truncate(EARLIER);
        }
    }

    /// Dismisses every message.
    pub fn dismiss(&mut self) {
        *self = Self::default();
    }
}

/// Draws the banner as a strip across the top of the window, with the
/// earlier messages under a toggle.
pub fn banner_ui(
    ui: &mut Ui,
    banner: &Banner,
    earlier: &[String],
    theme: ThemeChoice,
) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::Panel::top("message").show(ui, |ui| {
        if !earlier.is_empty() {
            ui.collapsing(tr!("earlier-messages", count = earlier.len()), |ui| {
                for text in earlier {
                    ui.label(RichText::new(text).color(theme.warning_colour()));
                }
            });
        }
        ui.horizontal_wrapped(|ui| {
            let text = RichText::new(banner.text.as_str()).strong();
            ui.label(text.color(theme.warning_colour()));
            if let Some(folder) = &banner.folder
                && ui.button(tr!("message-open-folder")).clicked()
            {
                commands.push(Command::OpenFolder(folder.clone()));
            }
            if banner.offer_copy {
                UiCommand::ExportCopy.add_ui(ui, &mut commands);
            }
            if banner.undo {
                let undo = UiCommand::Undo.button_ui(ui, true);
                if banner.focus_undo {
                    undo.request_focus();
                }
                if undo.clicked() {
                    commands.push(Command::Undo);
                }
            }
            if ui.button(tr!("message-ok")).clicked() {
                commands.push(Command::DismissMessage);
            }
        });
    });
    commands
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_message_keeps_the_ones_it_replaces_until_dismissed() {
        let mut messages = Messages::default();
        for n in 1..=6 {
            messages.show(Banner::new(format!("message {n}")));
        }
        let current = messages.current.as_ref().map(|b| b.text.as_str());
        assert_eq!(current, Some("message 6"));
        assert_eq!(
            messages.earlier,
            ["message 5", "message 4", "message 3", "message 2"]
        );
        messages.dismiss();
        assert_eq!(messages, Messages::default());
    }
}

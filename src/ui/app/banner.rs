//! The message line at the foot of the window: the newest message, with an
//! "Open folder" button only when that message is about a saved file, and
//! the few messages it replaced under "Earlier messages". It never pushes
//! the page down (the page keeps its place; only its foot is covered, and
//! whatever has the keyboard is scrolled above it), a screen reader says
//! each new message as it comes (a live region), and OK dismisses it (the
//! keyboard goes back to where it was before).

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

/// The message line is never taller than this part of the window (it
/// scrolls inside).
const MAX_SHARE: f32 = 0.4;

/// Draws the banner as a line across the foot of the window, with the
/// earlier messages under a toggle.
pub fn banner_ui(
    ui: &mut Ui,
    banner: &Banner,
    earlier: &[String],
    theme: ThemeChoice,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let max_height = ui.ctx().content_rect().height() * MAX_SHARE;
    let strip = egui::UiBuilder::new()
        .accessibility_label(tr!("message-strip.name"))
        .accessibility_role(egui::Role::Status);
    egui::Panel::bottom("message").show(ui, |ui| {
        ui.scope_builder(strip, |ui| {
            // Room to grow (a panel keeps last frame's height otherwise).
            ui.set_max_height(max_height);
            egui::ScrollArea::vertical()
                .max_height(max_height)
                .show(ui, |ui| {
                    message_ui(ui, banner, earlier, theme, &mut commands)
                });
        });
    });
    commands
}

/// The message, its buttons, and the earlier messages.
fn message_ui(
    ui: &mut Ui,
    banner: &Banner,
    earlier: &[String],
    theme: ThemeChoice,
    commands: &mut Vec<Command>,
) {
    if !earlier.is_empty() {
        ui.collapsing(tr!("earlier-messages", count = earlier.len()), |ui| {
            for text in earlier {
                ui.label(RichText::new(text).color(theme.warning_colour()));
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        let text = RichText::new(banner.text.as_str()).strong();
        let said = ui.label(text.color(theme.warning_colour()));
        // Said by a screen reader as it appears or changes.
        ui.ctx().accesskit_node_builder(said.id, |node| {
            node.set_live(egui::accesskit::Live::Polite);
        });
        if let Some(folder) = &banner.folder
            && ui.button(tr!("message-open-folder")).clicked()
        {
            commands.push(Command::OpenFolder(folder.clone()));
        }
        if banner.offer_copy {
            UiCommand::ExportCopy.add_ui(ui, commands);
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

//! Keyboard shortcuts: each one owns its keys and its words, so a tooltip
//! shows the platform's own spelling (Ctrl on Windows and Linux, ⌘ on macOS).

use egui::{Key, KeyboardShortcut, Modifiers, Ui};

use super::command::{Command, TextSizeStep};

/// An action with a keyboard shortcut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// The next section.
    NextSection,
    /// The previous section.
    PreviousSection,
    /// Save now.
    SaveNow,
    /// Open the export window.
    Export,
    /// Bigger text.
    BiggerText,
    /// Smaller text.
    SmallerText,
    /// The default text size.
    ResetText,
    /// The next part of the screen (outline, reading, questions, notes).
    NextLandmark,
    /// The previous part of the screen.
    PreviousLandmark,
    /// The first unanswered question of the section.
    FirstUnanswered,
    /// Hand the work in.
    HandIn,
}

impl Shortcut {
    /// Every shortcut.
    pub const ALL: [Self; 11] = [
        Self::NextSection,
        Self::PreviousSection,
        Self::SaveNow,
        Self::Export,
        Self::BiggerText,
        Self::SmallerText,
        Self::ResetText,
        // Shift+F6 before F6: a pattern without Shift also matches with it.
        Self::PreviousLandmark,
        Self::NextLandmark,
        Self::FirstUnanswered,
        Self::HandIn,
    ];

    /// The keys, the first being the one tooltips show.
    pub fn keys(self) -> &'static [KeyboardShortcut] {
        const fn command(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND, key)
        }
        const NEXT: [KeyboardShortcut; 1] = [command(Key::PageDown)];
        const PREVIOUS: [KeyboardShortcut; 1] = [command(Key::PageUp)];
        const SAVE: [KeyboardShortcut; 1] = [command(Key::S)];
        const EXPORT: [KeyboardShortcut; 1] = [command(Key::E)];
        // "+" is Shift+= on most keyboards: accept both.
        const BIGGER: [KeyboardShortcut; 2] = [command(Key::Plus), command(Key::Equals)];
        const SMALLER: [KeyboardShortcut; 1] = [command(Key::Minus)];
        const RESET: [KeyboardShortcut; 1] = [command(Key::Num0)];
        const NEXT_PART: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::NONE, Key::F6)];
        const PREVIOUS_PART: [KeyboardShortcut; 1] =
            [KeyboardShortcut::new(Modifiers::SHIFT, Key::F6)];
        const UNANSWERED: [KeyboardShortcut; 1] = [command(Key::J)];
        const HAND_IN: [KeyboardShortcut; 1] = [KeyboardShortcut::new(
            Modifiers::COMMAND.plus(Modifiers::SHIFT),
            Key::H,
        )];
        match self {
            Self::NextSection => &NEXT,
            Self::PreviousSection => &PREVIOUS,
            Self::SaveNow => &SAVE,
            Self::Export => &EXPORT,
            Self::BiggerText => &BIGGER,
            Self::SmallerText => &SMALLER,
            Self::ResetText => &RESET,
            Self::NextLandmark => &NEXT_PART,
            Self::PreviousLandmark => &PREVIOUS_PART,
            Self::FirstUnanswered => &UNANSWERED,
            Self::HandIn => &HAND_IN,
        }
    }

    /// What it does, in words.
    pub fn label(self) -> &'static str {
        match self {
            Self::NextSection => "Next section",
            Self::PreviousSection => "Previous section",
            Self::SaveNow => "Save now",
            Self::Export => "Export your work",
            Self::BiggerText => "Bigger text",
            Self::SmallerText => "Smaller text",
            Self::ResetText => "Default text size",
            Self::NextLandmark => "Next part of the screen",
            Self::PreviousLandmark => "Previous part of the screen",
            Self::FirstUnanswered => "First unanswered question",
            Self::HandIn => "Hand your work in to your teacher",
        }
    }

    /// A tooltip: the words and the keys, e.g. "Save now (Ctrl+S)".
    pub fn hint(self, ui: &Ui) -> String {
        match self.keys().first() {
            Some(keys) => format!("{} ({})", self.label(), ui.ctx().format_shortcut(keys)),
            None => self.label().to_owned(),
        }
    }

    /// The command it stands for.
    fn command(self) -> Command {
        match self {
            Self::NextSection => Command::Step { back: false },
            Self::PreviousSection => Command::Step { back: true },
            Self::SaveNow => Command::SaveNow,
            Self::Export => Command::Export,
            Self::BiggerText => Command::ChangeTextSize(TextSizeStep::Bigger),
            Self::SmallerText => Command::ChangeTextSize(TextSizeStep::Smaller),
            Self::ResetText => Command::ChangeTextSize(TextSizeStep::Reset),
            Self::NextLandmark => Command::NextLandmark { back: false },
            Self::PreviousLandmark => Command::NextLandmark { back: true },
            Self::FirstUnanswered => Command::FirstUnanswered,
            Self::HandIn => Command::HandIn,
        }
    }
}

/// The commands of the shortcuts pressed this frame (their keys are consumed).
pub fn shortcut_commands(ui: &Ui) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.input_mut(|input| {
        for shortcut in Shortcut::ALL {
            for keys in shortcut.keys() {
                if input.consume_shortcut(keys) {
                    commands.push(shortcut.command());
                }
            }
        }
    });
    commands
}

//! The commands a person gives by button or key, each owning its words (the
//! button's text, the name a screen reader speaks, the tooltip) and its
//! keys, so a button, its tooltip and its shortcut can never disagree, and
//! tooltips show the platform's own spelling (Ctrl on Windows and Linux, ⌘
//! on macOS). The words are in `assets/words/en.ftl` under `cmd-…`.

use egui::{Key, KeyboardShortcut, Modifiers, Response, Ui};

use super::command::{Command, TextSizeStep};

/// A command with a button, a shortcut, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UiCommand {
    /// The next section.
    NextSection,
    /// The previous section.
    PreviousSection,
    /// Save now.
    SaveNow,
    /// Open the export window.
    Export,
    /// Save the work file somewhere the student chooses (saving failed).
    ExportCopy,
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
    /// Bring back the highlight just removed.
    Undo,
    /// Stop reading aloud.
    StopReading,
    /// Back to the list of lessons.
    Lessons,
    /// The earlier copies of the work.
    EarlierCopies,
    /// The reading settings window.
    ReadingSettings,
}

/// What decides whether a shortcut applies this frame.
#[derive(Debug, Clone, Copy, Default)]
pub struct ShortcutState {
    /// Something is being read aloud (Esc stops it).
    pub reading_aloud: bool,
}

impl UiCommand {
    /// Every command with keys, in the order they are matched.
    pub const WITH_KEYS: [Self; 13] = [
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
        Self::Undo,
        Self::StopReading,
    ];

    /// Every command.
    pub const ALL: [Self; 17] = [
        Self::NextSection,
        Self::PreviousSection,
        Self::SaveNow,
        Self::Export,
        Self::ExportCopy,
        Self::BiggerText,
        Self::SmallerText,
        Self::ResetText,
        Self::NextLandmark,
        Self::PreviousLandmark,
        Self::FirstUnanswered,
        Self::HandIn,
        Self::Undo,
        Self::StopReading,
        Self::Lessons,
        Self::EarlierCopies,
        Self::ReadingSettings,
    ];

    /// Its message in the word table.
    fn id(self) -> &'static str {
        match self {
            Self::NextSection => "cmd-next-section",
            Self::PreviousSection => "cmd-previous-section",
            Self::SaveNow => "cmd-save-now",
            Self::Export => "cmd-export",
            Self::ExportCopy => "cmd-export-copy",
            Self::BiggerText => "cmd-bigger-text",
            Self::SmallerText => "cmd-smaller-text",
            Self::ResetText => "cmd-reset-text",
            Self::NextLandmark => "cmd-next-landmark",
            Self::PreviousLandmark => "cmd-previous-landmark",
            Self::FirstUnanswered => "cmd-first-unanswered",
            Self::HandIn => "cmd-hand-in",
            Self::Undo => "cmd-undo",
            Self::StopReading => "cmd-stop-reading",
            Self::Lessons => "cmd-lessons",
            Self::EarlierCopies => "cmd-earlier-copies",
            Self::ReadingSettings => "cmd-reading-settings",
        }
    }

    /// The keys, the first being the one tooltips show.
    pub fn keys(self) -> &'static [KeyboardShortcut] {
        const fn command(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND, key)
        }
        const fn plain(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::NONE, key)
        }
        const NEXT: [KeyboardShortcut; 1] = [command(Key::PageDown)];
        const PREVIOUS: [KeyboardShortcut; 1] = [command(Key::PageUp)];
        const SAVE: [KeyboardShortcut; 1] = [command(Key::S)];
        const EXPORT: [KeyboardShortcut; 1] = [command(Key::E)];
        // "+" is Shift+= on most keyboards: accept both.
        const BIGGER: [KeyboardShortcut; 2] = [command(Key::Plus), command(Key::Equals)];
        const SMALLER: [KeyboardShortcut; 1] = [command(Key::Minus)];
        const RESET: [KeyboardShortcut; 1] = [command(Key::Num0)];
        const NEXT_PART: [KeyboardShortcut; 1] = [plain(Key::F6)];
        const PREVIOUS_PART: [KeyboardShortcut; 1] =
            [KeyboardShortcut::new(Modifiers::SHIFT, Key::F6)];
        const UNANSWERED: [KeyboardShortcut; 1] = [command(Key::J)];
        const HAND_IN: [KeyboardShortcut; 1] = [KeyboardShortcut::new(
            Modifiers::COMMAND.plus(Modifiers::SHIFT),
            Key::H,
        )];
        const UNDO: [KeyboardShortcut; 1] = [command(Key::Z)];
        const STOP: [KeyboardShortcut; 1] = [plain(Key::Escape)];
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
            Self::Undo => &UNDO,
            Self::StopReading => &STOP,
            Self::ExportCopy | Self::Lessons | Self::EarlierCopies | Self::ReadingSettings => &[],
        }
    }

    /// The button's text.
    pub fn text(self) -> String {
        crate::words::word(self.id())
    }

    /// The name a screen reader speaks: the button's text, unless the
    /// text is a symbol ("A+" is "Bigger text").
    pub fn name(self) -> String {
        let name = format!("{}.name", self.id());
        if crate::words::has_word(&name) {
            crate::words::word(&name)
        } else {
            self.text()
        }
    }

    /// The first key in the platform's spelling ("Ctrl+S"), if it has one.
    pub fn key_text(self, ui: &Ui) -> Option<String> {
        self.keys().first().map(|k| ui.ctx().format_shortcut(k))
    }

    /// The tooltip: what it does, and its key ("Save now (Ctrl+S)").
    pub fn tooltip(self, ui: &Ui) -> String {
        let what = crate::words::word(&format!("{}.tooltip", self.id()));
        match self.key_text(ui) {
            Some(keys) => format!("{what} ({keys})"),
            None => what,
        }
    }

    /// Draws its button (enabled or not) with its text, name and tooltip.
    pub fn button_ui(self, ui: &mut Ui, enabled: bool) -> Response {
        self.button_with_text_ui(ui, enabled, &self.text())
    }

    /// Draws its button showing `text` (a state of the command, such as
    /// "Hand in again"), with its tooltip.
    pub fn button_with_text_ui(self, ui: &mut Ui, enabled: bool, text: &str) -> Response {
        let response = ui
            .add_enabled(enabled, egui::Button::new(text))
            .on_hover_text(self.tooltip(ui));
        // A symbol ("A+") is spoken by its name; other texts as shown.
        let name_id = format!("{}.name", self.id());
        if crate::words::has_word(&name_id) {
            let name = crate::words::word(&name_id);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &name));
        }
        response
    }

    /// Draws its button; when it is clicked, adds its command to `commands`.
    pub fn add_ui(self, ui: &mut Ui, commands: &mut Vec<Command>) {
        if self.button_ui(ui, true).clicked() {
            commands.push(self.command());
        }
    }

    /// The command it stands for.
    pub fn command(self) -> Command {
        match self {
            Self::NextSection => Command::Step { back: false },
            Self::PreviousSection => Command::Step { back: true },
            Self::SaveNow => Command::SaveNow,
            Self::Export => Command::Export,
            Self::ExportCopy => Command::ExportCopy,
            Self::BiggerText => Command::ChangeTextSize(TextSizeStep::Bigger),
            Self::SmallerText => Command::ChangeTextSize(TextSizeStep::Smaller),
            Self::ResetText => Command::ChangeTextSize(TextSizeStep::Reset),
            Self::NextLandmark => Command::NextLandmark { back: false },
            Self::PreviousLandmark => Command::NextLandmark { back: true },
            Self::FirstUnanswered => Command::FirstUnanswered,
            Self::HandIn => Command::HandIn,
            Self::Undo => Command::Undo,
            Self::StopReading => Command::StopReading,
            Self::Lessons => Command::CloseLesson,
            Self::EarlierCopies => Command::ShowHistory,
            Self::ReadingSettings => Command::ShowReadingSettings,
        }
    }

    /// Whether its keys apply now: Esc only stops reading while something
    /// is read aloud (else it closes menus and dialogs), and Ctrl+Z undoes
    /// a removal only when no text box is being typed in (it has its own
    /// undo).
    fn applies(self, ui: &Ui, state: ShortcutState) -> bool {
        match self {
            Self::StopReading => state.reading_aloud,
            Self::Undo => !ui.ctx().text_edit_focused(),
            _ => true,
        }
    }
}

/// The commands of the shortcuts pressed this frame (their keys are consumed).
pub fn shortcut_commands(ui: &Ui, state: ShortcutState) -> Vec<Command> {
    let mut commands = Vec::new();
    for command in UiCommand::WITH_KEYS {
        if !command.applies(ui, state) {
            continue;
        }
        ui.input_mut(|input| {
            for keys in command.keys() {
                if input.consume_shortcut(keys) {
                    commands.push(command.command());
                }
            }
        });
    }
    commands
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::words;

    #[test]
    fn every_command_has_its_words() {
        for command in UiCommand::ALL {
            let id = command.id();
            assert!(words().has(id), "{id}");
            assert!(words().has(&format!("{id}.tooltip")), "{id}.tooltip");
            assert!(!command.text().is_empty());
        }
        assert_eq!(UiCommand::BiggerText.text(), "A+");
        assert_eq!(UiCommand::BiggerText.name(), "Bigger text");
        assert_eq!(UiCommand::SaveNow.name(), "Save now");
    }

    #[test]
    fn every_command_with_keys_is_matched() {
        for command in UiCommand::ALL {
            assert_eq!(
                !command.keys().is_empty(),
                UiCommand::WITH_KEYS.contains(&command),
                "{command:?}"
            );
        }
    }
}

//! Read-aloud buttons under each passage and question, and the mark on the
//! passage being read.

use crate::tr;
use egui::{RichText, Ui};

use super::command::Command;
use super::lesson_screen::LessonScreen;

/// A read-aloud button: disabled, saying why, when the computer has no
/// speech engine. Returns whether it was pressed.
pub fn read_button_ui(
    ui: &mut Ui,
    speech: Option<&str>,
    text: &str,
    spoken: &str,
    hint: &str,
) -> bool {
    let enabled = speech.is_none();
    let response = ui
        .add_enabled(enabled, egui::Button::new(text).small())
        .on_hover_text(hint)
        .on_disabled_hover_text(speech.unwrap_or_default());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, spoken));
    response.clicked()
}

/// "Read" and "From here" for passage `id`, named `short` (its speaker and
/// first words) for screen readers.
pub fn passage_read_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    id: &str,
    short: &str,
) -> Vec<Command> {
    let names = ReadNames {
        read: tr!("read-passage.name", passage = short),
        read_hint: tr!("read-passage.tooltip"),
        from_here: tr!("read-passage.from-here-name", passage = short),
        from_here_hint: tr!("read-passage.from-here-tooltip"),
    };
    read_from_ui(ui, screen, id, &names)
}

/// "▶ Note" for a passage's context note, when it has one, named by the
/// passage (`short`).
pub fn note_read_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    passage: &crate::lesson::Passage,
    short: &str,
) -> Option<Command> {
    let note = passage.note.as_ref()?;
    let names = ButtonWords {
        read: tr!("read-note"),
        spoken: tr!("read-note.name", passage = short),
        hint: tr!("read-note.tooltip"),
    };
    let words = tr!("passage-context", note = note.as_str());
    let id = format!("note:{}", passage.id);
    read_words_ui(ui, screen.speech, &names, (id, &words))
}

/// A Read button's text, its name for a screen reader, and its tooltip.
pub struct ButtonWords {
    /// What the button shows ("▶ Read").
    pub read: String,
    /// What a screen reader calls it ("Read the hint for question 1 aloud").
    pub spoken: String,
    /// Its tooltip.
    pub hint: String,
}

/// A Read button for words that are not a passage (a context note, a hint,
/// a tip): pressed, it reads `words` aloud as what `id` marks.
pub fn read_words_ui(
    ui: &mut Ui,
    speech: Option<&str>,
    names: &ButtonWords,
    (id, words): (String, &str),
) -> Option<Command> {
    read_button_ui(ui, speech, &names.read, &names.spoken, &names.hint).then(|| Command::ReadText {
        id,
        text: words.to_owned(),
    })
}

/// "Read" and "From here" for paragraph `number` (from 1) of the document
/// titled `title`.
pub fn paragraph_read_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    id: &str,
    (number, title): (usize, &str),
) -> Vec<Command> {
    let names = ReadNames {
        read: tr!("read-paragraph.name", number = number, title = title),
        read_hint: tr!("read-paragraph.tooltip"),
        from_here: tr!(
            "read-paragraph.from-here-name",
            number = number,
            title = title
        ),
        from_here_hint: tr!("read-paragraph.from-here-tooltip"),
    };
    read_from_ui(ui, screen, id, &names)
}

/// What the two buttons are called for a screen reader, and their tooltips.
struct ReadNames {
    read: String,
    read_hint: String,
    from_here: String,
    from_here_hint: String,
}

/// The two buttons, "Read" and "From here".
fn read_from_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    id: &str,
    names: &ReadNames,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let text = tr!("read-button");
    if read_button_ui(ui, screen.speech, &text, &names.read, &names.read_hint) {
        commands.push(Command::ReadPassage {
            id: id.to_owned(),
            to_end: false,
        });
    }
    let text = tr!("read-from-here");
    if read_button_ui(
        ui,
        screen.speech,
        &text,
        &names.from_here,
        &names.from_here_hint,
    ) {
        commands.push(Command::ReadPassage {
            id: id.to_owned(),
            to_end: true,
        });
    }
    commands
}

/// The mark on the passage being read aloud, scrolled into view when the
/// reading moves to it (once, so the reader can still scroll away).
pub fn being_read_ui(ui: &mut Ui, screen: &LessonScreen<'_>, id: &str) {
    if screen.reading_aloud.as_deref() != Some(id) {
        return;
    }
    let mark = ui.label(
        RichText::new(tr!("read-being-read"))
            .small()
            .color(screen.theme.ok_colour()),
    );
    let key = egui::Id::unique("reading-aloud-shown");
    let moved = ui.data(|d| d.get_temp::<String>(key)).as_deref() != Some(id);
    if moved {
        ui.data_mut(|d| d.insert_temp(key, id.to_owned()));
        mark.scroll_to_me(Some(egui::Align::Center));
    }
}

//! The reading settings window: line spacing, column width, a highly
//! legible font and the read-aloud speed, each one Tab stop.

use crate::tr;
use egui::{Response, RichText, Ui};

use super::command::Command;
use super::radio_group::{RadioOption, radio_group_ui};
use super::reading_settings::{ColumnWidth, LineSpacing, ReadingSettings, SpeechRate};

/// One radio group of a setting; returns the new choice, if any, and the group.
fn choice_ui<T: Copy + PartialEq>(
    ui: &mut Ui,
    name: &str,
    all: &[T],
    current: T,
    label: impl Fn(T) -> String,
) -> (Option<T>, Response) {
    ui.label(RichText::new(name).strong());
    let options: Vec<RadioOption> = all.iter().map(|&v| RadioOption::plain(label(v))).collect();
    let selected = all.iter().position(|&v| v == current);
    let (chosen, group) = radio_group_ui(ui, name, &options, selected, true);
    (chosen.and_then(|i| all.get(i).copied()), group)
}

/// Draws the reading settings; returns its commands and its first widget.
pub fn reading_dialog_ui(
    ui: &mut Ui,
    reading: ReadingSettings,
) -> (Vec<Command>, Option<Response>) {
    let mut commands = Vec::new();
    let mut changed = reading;
    let (spacing, first) = choice_ui(
        ui,
        &tr!("reading-line-spacing"),
        &LineSpacing::ALL,
        reading.line_spacing,
        LineSpacing::label,
    );
    if let Some(spacing) = spacing {
        changed.line_spacing = spacing;
    }
    let (column, _) = choice_ui(
        ui,
        &tr!("reading-width"),
        &ColumnWidth::ALL,
        reading.column,
        ColumnWidth::label,
    );
    if let Some(column) = column {
        changed.column = column;
    }
    let (rate, _) = choice_ui(
        ui,
        &tr!("reading-speed"),
        &SpeechRate::ALL,
        reading.speech_rate,
        SpeechRate::label,
    );
    if let Some(rate) = rate {
        changed.speech_rate = rate;
    }
    ui.add_space(4.0);
    ui.checkbox(&mut changed.legible_font, tr!("reading-legible-font"));
    if changed != reading {
        commands.push(Command::SetReading(changed));
    }
    ui.add_space(8.0);
    if ui.button(tr!("dialog-close")).clicked() {
        commands.push(Command::CloseReadingSettings);
    }
    (commands, Some(first))
}

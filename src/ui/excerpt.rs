//! Passages set for reading: speaker labels, timestamps, context notes and
//! glossary terms with their definitions on hover and on keyboard focus.

use egui::{Label, RichText, Sense, Ui};

use std::collections::HashMap;

use crate::lesson::glossary::{TermRange, term_ranges};
use crate::lesson::{Lesson, Passage, SpeakerRole};

use super::theme::ThemeChoice;

/// Draws one passage; `name_speaker` shows the speaker's label above it
/// (a timestamp is shown either way).
pub fn passage_ui(
    ui: &mut Ui,
    lesson: &Lesson,
    passage: &Passage,
    name_speaker: bool,
    theme: ThemeChoice,
    cache: &mut TermCache,
) {
    let speaker = lesson.speaker(&passage.speaker);
    let role = speaker.map_or(SpeakerRole::Other, |s| s.role);
    let colour = theme.speaker_colour(role);
    egui::Frame::new()
        .inner_margin(egui::Margin {
            left: 12,
            right: 4,
            top: 2,
            bottom: 2,
        })
        .show(ui, |ui| {
            let top = ui.max_rect().top();
            if name_speaker || passage.time.is_some() {
                ui.horizontal_wrapped(|ui| {
                    if name_speaker {
                        speaker_label_ui(ui, lesson, passage, theme);
                    }
                    if let Some(time) = &passage.time {
                        ui.label(RichText::new(format!("at {time}")).small().weak());
                    }
                });
            }
            text_with_terms_ui(ui, lesson, passage, cache);
            if let Some(note) = &passage.note {
                egui::Frame::new()
                    .fill(ui.visuals().faint_bg_color)
                    .corner_radius(4.0)
                    .inner_margin(8.0)
                    .show(ui, |ui| {
                        ui.label(RichText::new(format!("Context: {note}")).italics());
                    });
            }
            let left = ui.max_rect().left() - 10.0;
            let bottom = ui.min_rect().bottom();
            ui.painter()
                .vline(left, top..=bottom, egui::Stroke::new(3.0, colour));
        });
}

/// The speaker's name in their role's colour, their role in words, and who
/// they are on hover.
fn speaker_label_ui(ui: &mut Ui, lesson: &Lesson, passage: &Passage, theme: ThemeChoice) {
    let speaker = lesson.speaker(&passage.speaker);
    let role = speaker.map_or(SpeakerRole::Other, |s| s.role);
    let name = speaker.map_or(passage.speaker.as_str(), |s| s.name.as_str());
    let label = ui.label(
        RichText::new(name)
            .strong()
            .color(theme.speaker_colour(role)),
    );
    if let Some(about) = speaker.map(|s| s.about.as_str()).filter(|a| !a.is_empty()) {
        label.on_hover_text(about);
    }
    let role_word = match role {
        SpeakerRole::Clip => Some("news clip"),
        SpeakerRole::Expert => Some("expert"),
        SpeakerRole::Official => Some("official"),
        SpeakerRole::Public => Some("member of the public"),
        SpeakerRole::Narrator | SpeakerRole::Other => None,
    };
    if let Some(word) = role_word {
        ui.label(RichText::new(format!("({word})")).small().weak());
    }
}

/// Where glossary terms are in each passage, worked out once per passage.
#[derive(Debug, Default)]
pub struct TermCache {
    ranges: HashMap<String, Vec<TermRange>>,
}

/// Passage text with glossary terms underlined; each term is focusable and
/// shows its definition when hovered or focused.
fn text_with_terms_ui(ui: &mut Ui, lesson: &Lesson, passage: &Passage, cache: &mut TermCache) {
    let text = passage.text.as_str();
    let ranges = cache
        .ranges
        .entry(passage.id.clone())
        .or_insert_with(|| term_ranges(text, &lesson.glossary));
    if let [(_, None)] = ranges.as_slice() {
        ui.label(text);
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        for (range, term) in ranges.iter() {
            let shown = &text[range.clone()];
            let Some(term) = term.and_then(|index| lesson.glossary.get(index)) else {
                ui.label(shown);
                continue;
            };
            let definition = match &term.pronunciation {
                Some(say) => format!("{} ({say}): {}", term.term, term.definition),
                None => format!("{}: {}", term.term, term.definition),
            };
            let response =
                ui.add(Label::new(RichText::new(shown).underline()).sense(Sense::click()));
            if response.has_focus() {
                response.show_tooltip_text(definition);
            } else {
                response.on_hover_text(definition);
            }
        }
    });
}

//! Passages set for reading: speaker labels, timestamps, context notes and
//! glossary terms with their definitions on hover and on keyboard focus.

use crate::tr;
use egui::{Label, RichText, Sense, Ui};

use std::collections::HashMap;

use crate::lesson::glossary::{TermRange, term_ranges};
use crate::lesson::{Lesson, Passage, SpeakerRole};

use super::glyph_decor::{Decor, decorated_label_ui};
use super::reading_stop::hide_piece;
use super::theme::ThemeChoice;

/// Draws one passage; `name_speaker` shows the speaker's label above it
/// (a timestamp is shown either way). Drawn inside a reading stop
/// ([`super::reading_stop`]), its speaker, time and words are hidden from
/// screen readers, which hear the stop's name.
pub fn passage_ui(
    ui: &mut Ui,
    lesson: &Lesson,
    passage: &Passage,
    name_speaker: bool,
    theme: ThemeChoice,
    cache: &mut TermCache,
    marks: &[Mark],
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
                        let at = ui.label(
                            RichText::new(tr!("passage-at", time = time.as_str()))
                                .small()
                                .weak(),
                        );
                        hide_piece(ui, &at);
                    }
                });
            }
            text_with_terms_ui(ui, lesson, (&passage.id, &passage.text), cache, marks);
            if let Some(note) = &passage.note {
                egui::Frame::new()
                    .fill(ui.visuals().faint_bg_color)
                    .corner_radius(4.0)
                    .inner_margin(8.0)
                    .show(ui, |ui| {
                        let note = RichText::new(tr!("passage-context", note = note.as_str()));
                        ui.label(super::lesson_text::aside(ui, note));
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
    // In display order: a name in Arabic or Hebrew with a Latin part reads right.
    let label = crate::ui::mixed_text::styled_name_label_ui(ui, name, |text| {
        text.strong().color(theme.speaker_colour(role))
    });
    hide_piece(ui, &label);
    if let Some(about) = speaker.map(|s| s.about.as_str()).filter(|a| !a.is_empty()) {
        label.on_hover_text(about);
    }
    // Every voice's role in words, so the colour is never the only sign.
    if let (_, Some(role_word)) = super::reading_stop::speaker_and_role(lesson, passage) {
        let role = ui.label(
            RichText::new(tr!("role-shown", role = role_word))
                .small()
                .weak(),
        );
        hide_piece(ui, &role);
    }
}

/// A glossary term as a focusable link, underlined, with its definition on
/// hover and on keyboard focus. It is never split across lines: it moves to
/// the next line whole, so its focus ring and tooltip sit on its words.
pub fn term_ui(
    ui: &mut Ui,
    term: &crate::lesson::Term,
    rich: RichText,
    (shown, shade): (&str, Option<egui::Color32>),
) {
    let definition = match &term.pronunciation {
        Some(say) => tr!(
            "term-definition-said",
            term = term.term.as_str(),
            say = say.as_str(),
            definition = term.definition.as_str()
        ),
        None => tr!(
            "term-definition",
            term = term.term.as_str(),
            definition = term.definition.as_str()
        ),
    };
    let label = Label::new(rich)
        .sense(Sense::click())
        .wrap_mode(egui::TextWrapMode::Extend);
    let decor = Decor { shade, link: true };
    let response = decorated_label_ui(ui, label, decor);
    // Named by its words even where it starts a wrapped line.
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, shown.trim()));
    // The definition stays the link's own description (not only in a
    // tooltip a screen reader cannot tie to it).
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_description(definition.clone()));
    if response.has_focus() {
        response.show_tooltip_text(definition);
    } else {
        response.on_hover_text(definition);
    }
}

/// Where glossary terms are in each passage, worked out once per passage.
#[derive(Debug, Default)]
pub struct TermCache {
    ranges: HashMap<String, Vec<TermRange>>,
    /// The reading column's line height this frame (`None`: the font's own),
    /// from the reading settings.
    pub line_height: Option<f32>,
}

/// A highlight as the reader shows it: its characters, its tag's label and colour.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Character range in the passage.
    pub range: std::ops::Range<usize>,
    /// The tag's label, printed after the words ("[Claim]").
    pub label: String,
    /// The tag's colour, shaded behind the words.
    pub colour: egui::Color32,
    /// The colour of the tag's label, readable on the theme's background.
    pub label_colour: egui::Color32,
}

/// Text (a passage's, or a section's intro, cached under `key`) with
/// glossary terms underlined (each focusable, with its
/// definition on hover and focus) and the student's highlights shaded in
/// their tag's colour **and** followed by the tag's name in brackets, so a
/// highlight never depends on colour alone and a screen reader reads its tag.
pub fn text_with_terms_ui(
    ui: &mut Ui,
    lesson: &Lesson,
    (key, text): (&str, &str),
    cache: &mut TermCache,
    marks: &[Mark],
) {
    let ranges = cache
        .ranges
        .entry(key.to_owned())
        .or_insert_with(|| term_ranges(text, &lesson.glossary));
    if marks.is_empty() && matches!(ranges.as_slice(), [(_, None)]) {
        // Right-to-left passages are set from the right, line by line.
        let words = super::mixed_text::paragraph_ui(ui, text, cache.line_height);
        hide_piece(ui, &words);
        return;
    }
    // Byte offsets of the marks, and every place where a run must be cut.
    let byte_at = |char_index: usize| {
        text.char_indices()
            .nth(char_index)
            .map_or(text.len(), |(b, _)| b)
    };
    let marks: Vec<(std::ops::Range<usize>, &Mark)> = marks
        .iter()
        .map(|m| (byte_at(m.range.start)..byte_at(m.range.end), m))
        .collect();
    let mut cuts: Vec<usize> = ranges.iter().flat_map(|(r, _)| [r.start, r.end]).collect();
    cuts.extend(marks.iter().flat_map(|(r, _)| [r.start, r.end]));
    cuts.push(0);
    cuts.push(text.len());
    cuts.sort_unstable();
    cuts.dedup();
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        for pair in cuts.windows(2) {
            let run = pair[0]..pair[1];
            let shown = &text[run.clone()];
            let term = ranges
                .iter()
                .find(|(r, _)| r.start <= run.start && run.end <= r.end)
                .and_then(|(_, t)| t.and_then(|index| lesson.glossary.get(index)));
            let covering: Vec<&Mark> = marks
                .iter()
                .filter(|(r, _)| r.start <= run.start && run.end <= r.end)
                .map(|(_, m)| *m)
                .collect();
            let rich = RichText::new(shown).line_height(cache.line_height);
            // Shaded on the letters, not the whole (maybe double) line.
            let shade = covering.first().map(|m| m.colour.gamma_multiply(0.35));
            match term {
                Some(term) => term_ui(ui, term, rich, (shown, shade)),
                None => {
                    let decor = Decor { shade, link: false };
                    let words = decorated_label_ui(ui, Label::new(rich), decor);
                    hide_piece(ui, &words);
                }
            }
            for (_, mark) in marks.iter().filter(|(r, _)| r.end == run.end) {
                let tag = ui.label(
                    RichText::new(format!(" [{}] ", mark.label))
                        .small()
                        .strong()
                        .color(mark.label_colour),
                );
                hide_piece(ui, &tag);
            }
        }
    });
}

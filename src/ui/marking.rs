//! Choosing words to highlight: the passage as one focusable text where a
//! click picks a word and Shift+click extends, or, from the keyboard, ←/→
//! move, Shift+←/→ extend, S takes the whole sentence, and the number keys
//! pick a tag.

use crate::tr;
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, EventFilter, Key, RichText, Sense, Ui};

use crate::lesson::Tag;
use crate::lesson::text::{sentence_around, word_spans};

use super::command::Command;
use super::theme::ThemeChoice;

/// The words being chosen, by word index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marking {
    /// The passage's id.
    pub passage: String,
    /// Where the selection started.
    pub anchor: usize,
    /// Where it ends (the keyboard moves this end).
    pub cursor: usize,
    /// Give the words the keyboard focus (the first frame).
    pub focus: bool,
}

impl Marking {
    /// The chosen words, first to last.
    pub fn words(&self) -> std::ops::RangeInclusive<usize> {
        self.anchor.min(self.cursor)..=self.anchor.max(self.cursor)
    }
}

/// A tag's colour, or grey if the lesson's colour does not parse.
pub fn tag_colour(tag: &Tag) -> Color32 {
    tag.rgb()
        .map_or(Color32::GRAY, |[r, g, b]| Color32::from_rgb(r, g, b))
}

/// The keys that pick the first nine tags.
const NUMBER_KEYS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// Draws the marking panel under a passage or document paragraph whose
/// words are `text`.
pub fn marking_ui(
    ui: &mut Ui,
    text: &str,
    marking: &Marking,
    tags: &[Tag],
    theme: ThemeChoice,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let words = word_spans(text);
    if words.is_empty() {
        return vec![Command::StopMarking];
    }
    let last = words.len() - 1;
    let (from, to) = (
        marking.words().start().min(&last).to_owned(),
        marking.words().end().min(&last).to_owned(),
    );
    let chars: Vec<char> = text.chars().collect();
    let chosen: String = chars[words[from].start..words[to].end].iter().collect();
    egui::Frame::group(ui.style())
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.label(RichText::new(tr!("marking-heading")).strong());
            ui.label(RichText::new(tr!("marking-keys")).small().weak());
            // The passage, with the chosen words shaded and the moving end underlined.
            let body = egui::TextStyle::Body.resolve(ui.style());
            let text_colour = ui.visuals().text_color();
            let mut job = LayoutJob::default();
            job.wrap.max_width = ui.available_width();
            let mut at = 0;
            for (i, word) in words.iter().enumerate() {
                let gap: String = chars[at..word.start].iter().collect();
                let in_choice = (from..=to).contains(&i);
                let mut format = TextFormat::simple(body.clone(), text_colour);
                if in_choice && i > from {
                    format.background = ui.visuals().selection.bg_fill;
                }
                job.append(&gap, 0.0, format.clone());
                format.background = if in_choice {
                    ui.visuals().selection.bg_fill
                } else {
                    Color32::TRANSPARENT
                };
                if i == marking.cursor.min(last) {
                    format.underline = egui::Stroke::new(2.0, text_colour);
                }
                job.append(&chars[word.clone()].iter().collect::<String>(), 0.0, format);
                at = word.end;
            }
            let galley = ui.painter().layout_job(job);
            let (rect, response) = ui.allocate_exact_size(galley.size(), Sense::click());
            let response = response.on_hover_cursor(egui::CursorIcon::Text);
            let spoken = tr!("marking-words.name", chosen = chosen.as_str());
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &spoken));
            ui.painter().galley(rect.min, galley.clone(), text_colour);
            if marking.focus {
                response.request_focus();
            }
            let id = response.id;
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    id,
                    EventFilter {
                        horizontal_arrows: true,
                        escape: true,
                        ..Default::default()
                    },
                )
            });
            if response.clicked()
                && let Some(pos) = response.interact_pointer_pos()
            {
                let index: usize = galley.cursor_from_pos(pos - rect.min).index.into();
                let word = words.iter().rposition(|w| w.start <= index).unwrap_or(0);
                let shift = ui.input(|i| i.modifiers.shift);
                let anchor = if shift { marking.anchor } else { word };
                commands.push(Command::SetMarkSelection {
                    anchor,
                    cursor: word,
                });
            }
            if response.has_focus() {
                commands.extend(keys(ui, marking, text, &words));
                for (n, tag) in tags.iter().enumerate().take(9) {
                    let key = NUMBER_KEYS[n];
                    if ui.input(|i| i.key_pressed(key)) {
                        commands.push(Command::AddHighlight(tag.id.clone()));
                    }
                }
            }
            ui.label(super::lesson_text::spaced(
                ui,
                RichText::new(tr!("marking-chosen", chosen = chosen.as_str())),
            ));
            ui.horizontal_wrapped(|ui| {
                for (n, tag) in tags.iter().enumerate() {
                    // The colour square and its button wrap together.
                    ui.horizontal(|ui| {
                        let swatch = RichText::new("■").color(theme.readable(tag_colour(tag)));
                        ui.label(swatch);
                        let text = if n < 9 {
                            format!("{} {}", n + 1, tag.label)
                        } else {
                            tag.label.clone()
                        };
                        if ui.button(text).on_hover_text(&tag.description).clicked() {
                            commands.push(Command::AddHighlight(tag.id.clone()));
                        }
                    });
                }
                if ui.button(tr!("marking-done")).clicked() {
                    commands.push(Command::StopMarking);
                }
            });
        });
    commands
}

fn keys(ui: &Ui, marking: &Marking, text: &str, words: &[std::ops::Range<usize>]) -> Vec<Command> {
    let last = words.len() - 1;
    let (left, right, shift, sentence, escape) = ui.input(|i| {
        (
            i.key_pressed(Key::ArrowLeft),
            i.key_pressed(Key::ArrowRight),
            i.modifiers.shift,
            i.key_pressed(Key::S),
            i.key_pressed(Key::Escape),
        )
    });
    if escape {
        return vec![Command::StopMarking];
    }
    if sentence {
        let (first, end) = sentence_around(text, words, marking.cursor);
        return vec![Command::SetMarkSelection {
            anchor: first,
            cursor: end,
        }];
    }
    let cursor = if left {
        marking.cursor.min(last).saturating_sub(1)
    } else if right {
        (marking.cursor + 1).min(last)
    } else {
        return Vec::new();
    };
    let anchor = if shift { marking.anchor } else { cursor };
    vec![Command::SetMarkSelection { anchor, cursor }]
}

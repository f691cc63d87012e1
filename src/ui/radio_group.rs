//! A group of radio buttons as a keyboard and screen-reader user expects
//! one: a single Tab stop; ↑/↓ (or ←/→) choose the previous or next option,
//! Home and End the first and last; typing letters never changes the
//! answer. A click on an option chooses it, as with any radio button.

use crate::tr;
use egui::{EventFilter, Key, Response, Sense, Stroke, Ui};

/// One option as shown and as a screen reader says it.
pub struct RadioOption {
    /// The text beside the button.
    pub text: String,
    /// What a screen reader says for it ("4 on a scale of 1 to 5").
    pub spoken: String,
}

impl RadioOption {
    /// An option said as it is shown.
    pub fn plain(text: impl Into<String>) -> Self {
        let text = text.into();
        Self {
            spoken: text.clone(),
            text,
        }
    }
}

/// Options said as they are shown (a page, a sort order).
pub fn plain_options<'a>(texts: impl IntoIterator<Item = &'a String>) -> Vec<RadioOption> {
    texts.into_iter().map(RadioOption::plain).collect()
}

/// Draws the options (in a row when `across`, else one per line) and the
/// group around them, named `name` for screen readers. Returns the option
/// the student chose this frame, if any, and the group's response (the Tab
/// stop, to move focus to).
pub fn radio_group_ui(
    ui: &mut Ui,
    name: &str,
    options: &[RadioOption],
    selected: Option<usize>,
    across: bool,
) -> (Option<usize>, Response) {
    let id = ui.make_persistent_id(("radio-group", name));
    let has_focus = ui.memory(|m| m.has_focus(id));
    let mut chosen = None;
    let inner = ui.scope(|ui| {
        let mut draw = |ui: &mut Ui| {
            for (index, option) in options.iter().enumerate() {
                if option_ui(ui, option, selected == Some(index)).clicked() {
                    chosen = Some(index);
                }
            }
        };
        if across {
            ui.horizontal_wrapped(draw);
        } else {
            draw(ui);
        }
    });
    let group = ui.interact(inner.response.rect, id, Sense::focusable_noninteractive());
    if chosen.is_some() {
        // A click on an option also moves the keyboard to the group.
        group.request_focus();
    }
    let value = selected
        .and_then(|i| options.get(i))
        .map_or_else(|| tr!("radio-nothing-chosen"), |o| o.spoken.clone());
    let spoken = tr!("radio-group.name", name = name, value = value);
    group.widget_info(|| egui::WidgetInfo::labeled(egui::Role::RadioGroup, true, &spoken));
    if has_focus && !options.is_empty() {
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                id,
                EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    ..Default::default()
                },
            );
        });
        let last = options.len() - 1;
        let pressed = |key| ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key));
        let step = if pressed(Key::ArrowDown) || pressed(Key::ArrowRight) {
            Some(selected.map_or(0, |s| (s + 1).min(last)))
        } else if pressed(Key::ArrowUp) || pressed(Key::ArrowLeft) {
            Some(selected.map_or(0, |s| s.saturating_sub(1)))
        } else if pressed(Key::Home) {
            Some(0)
        } else if pressed(Key::End) {
            Some(last)
        } else if selected.is_none() && pressed(Key::Space) {
            Some(0)
        } else {
            None
        };
        if step != selected {
            chosen = chosen.or(step);
        }
    }
    (chosen.filter(|&c| Some(c) != selected), group)
}

/// One option: a circle, filled when chosen, and its text. It takes clicks
/// but is not a Tab stop of its own (the group is).
fn option_ui(ui: &mut Ui, option: &RadioOption, selected: bool) -> Response {
    let spacing = ui.spacing();
    let size = spacing.icon_width;
    let gap = spacing.icon_spacing;
    let text = super::lesson_text::spaced(ui, egui::RichText::new(option.text.as_str()));
    let galley = egui::WidgetText::from(text).into_galley(
        ui,
        None,
        ui.available_width() - size - gap,
        egui::TextStyle::Button,
    );
    let desired = egui::vec2(
        size + gap + galley.size().x,
        galley.size().y.max(spacing.interact_size.y),
    );
    let (rect, response) = ui.allocate_exact_size(desired, Sense::CLICK);
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::RadioButton, true, selected, &option.spoken)
    });
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact(&response);
        let text_colour = ui.visuals().text_color();
        let centre = egui::pos2(rect.left() + size / 2.0, rect.center().y);
        let radius = size / 2.0 - 1.0;
        let painter = ui.painter();
        painter.circle(
            centre,
            radius,
            visuals.bg_fill,
            // The text colour: an empty circle is as visible as its words.
            Stroke::new(2.0, text_colour),
        );
        if selected {
            painter.circle_filled(centre, radius * 0.5, text_colour);
        }
        let text_pos = egui::pos2(
            rect.left() + size + gap,
            rect.center().y - galley.size().y / 2.0,
        );
        painter.galley(text_pos, galley, text_colour);
    }
    response
}

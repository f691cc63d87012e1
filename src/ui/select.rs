//! A drop-down list a screen reader can use (theme, a highlight's tag, the
//! passage an answer cites): a button named for what it chooses that says
//! its value and whether it is open; Enter, Space, Alt+↓ or a click open
//! the list with the keyboard on the chosen option; ↑/↓, Home and End move,
//! Enter, Space or a click choose and close; Esc and Tab close and keep the
//! choice as it was, and the keyboard goes back to the button. The list
//! stays inside the window and scrolls; long options wrap.

use egui::{Id, Key, Response, Sense, Ui};

use super::popup::{left_popup, popup_ui};
use super::radio_group::RadioOption;

/// What the list remembers between frames.
#[derive(Debug, Clone, Copy, Default)]
struct ListState {
    /// The list is open.
    open: bool,
    /// The option the keyboard is on.
    active: usize,
    /// Move the keyboard to the active option (once it is drawn).
    focus: bool,
}

/// Draws the button (showing the chosen option's text, or `placeholder`)
/// and, while open, the list. Returns the option chosen this frame, if
/// any, and the button (the Tab stop, to move the focus to).
pub fn select_ui(
    ui: &mut Ui,
    id: Id,
    (name, placeholder): (&str, &str),
    options: &[RadioOption],
    selected: Option<usize>,
) -> (Option<usize>, Response) {
    let mut state: ListState = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let current = selected.and_then(|i| options.get(i));
    let shown = current.map_or(placeholder, |o| o.text.as_str());
    // The list is as wide as the column it is in (options wrap in it).
    let column = ui.max_rect().width().min(560.0);
    let button = button_ui(ui, shown, state.open);
    let value = current
        .map_or(placeholder, |o| o.spoken.as_str())
        .to_owned();
    button.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::Role::ComboBox, true, name);
        info.current_text_value = Some(value.clone());
        info
    });
    let open_keys =
        button.has_focus() && ui.input_mut(|i| i.consume_key(egui::Modifiers::ALT, Key::ArrowDown));
    if (button.clicked() || open_keys) && !options.is_empty() {
        state = ListState {
            open: !state.open || open_keys,
            active: selected.unwrap_or(0).min(options.len() - 1),
            focus: true,
        };
    }
    ui.ctx().accesskit_node_builder(button.id, |node| {
        node.set_expanded(state.open);
        // AccessKit's AT-SPI adapter gives a closed combo box's value to
        // no one (it exposes values only through a text or number
        // interface): on Linux the value is its description too, so Orca
        // says "Theme, combo box, Light".
        if cfg!(all(unix, not(target_os = "macos"))) {
            node.set_description(value.clone());
        }
    });
    let mut chosen = None;
    if state.open {
        let popup = popup_ui(
            ui,
            id.with("list"),
            (button.rect, column),
            (name, egui::Role::ListBox),
            |ui| list_ui(ui, options, selected, &mut state),
        );
        let close = match popup.inner {
            ListEnd::Chose(index) => {
                chosen = Some(index);
                true
            }
            ListEnd::Closed => true,
            ListEnd::Open => !state.focus && left_popup(ui, &popup, &button),
        };
        if close {
            state.open = false;
            // Back to the button, unless the student tabbed or clicked elsewhere.
            let in_list = |id| popup.contains(ui.ctx(), id);
            if ui.memory(|m| m.focused()).is_none_or(in_list) {
                button.request_focus();
            }
        }
        if state.focus {
            ui.ctx().request_repaint();
        }
    }
    ui.data_mut(|d| d.insert_temp(id, state));
    (chosen.filter(|&c| Some(c) != selected), button)
}

/// How the open list ended this frame.
enum ListEnd {
    /// Still open.
    Open,
    /// An option was chosen.
    Chose(usize),
    /// Closed without a choice (Esc).
    Closed,
}

/// The options, one per line; only the active one is a Tab stop.
fn list_ui(
    ui: &mut Ui,
    options: &[RadioOption],
    selected: Option<usize>,
    state: &mut ListState,
) -> ListEnd {
    let mut end = ListEnd::Open;
    let last = options.len().saturating_sub(1);
    state.active = state.active.min(last);
    for (index, option) in options.iter().enumerate() {
        let active = index == state.active;
        let sense = if active { Sense::click() } else { Sense::CLICK };
        let is_selected = selected == Some(index);
        let response = ui
            .with_layout(egui::Layout::top_down_justified(egui::Align::Min), |ui| {
                ui.add(
                    egui::Button::selectable(is_selected, option.text.as_str())
                        .wrap()
                        .sense(sense),
                )
            })
            .inner;
        let option_id = response.id;
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::ListBoxOption, true, &option.spoken)
        });
        ui.ctx().accesskit_node_builder(option_id, |node| {
            node.set_selected(is_selected);
        });
        if active {
            // A new box is first laid out unseen, and nothing in it can
            // hold the focus then: ask until it is held.
            if state.focus && !response.has_focus() {
                response.request_focus();
                response.scroll_to_me(None);
            } else if response.has_focus() {
                state.focus = false;
                ui.memory_mut(|m| {
                    m.set_focus_lock_filter(
                        option_id,
                        egui::EventFilter {
                            vertical_arrows: true,
                            escape: true,
                            ..Default::default()
                        },
                    );
                });
                end = keys(ui, state, last);
            }
        }
        if response.clicked() {
            end = ListEnd::Chose(index);
        }
    }
    end
}

/// ↑/↓, Home, End move the keyboard in the list; Esc closes it.
fn keys(ui: &Ui, state: &mut ListState, last: usize) -> ListEnd {
    let pressed = |key| ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key));
    let to = if pressed(Key::ArrowDown) {
        Some((state.active + 1).min(last))
    } else if pressed(Key::ArrowUp) {
        Some(state.active.saturating_sub(1))
    } else if pressed(Key::Home) {
        Some(0)
    } else if pressed(Key::End) {
        Some(last)
    } else {
        None
    };
    if let Some(to) = to {
        state.active = to;
        state.focus = true;
    }
    if pressed(Key::Escape) {
        ListEnd::Closed
    } else {
        ListEnd::Open
    }
}

/// The button: the chosen option's words (wrapping, never wider than the
/// column) and a small triangle that points down, or up while open.
fn button_ui(ui: &mut Ui, text: &str, open: bool) -> Response {
    let triangle = ui.spacing().icon_width;
    let gap = ui.spacing().icon_spacing;
    let padding = ui.spacing().button_padding;
    let wrap = (ui.available_width() - triangle - gap - 2.0 * padding.x).max(40.0);
    let galley = egui::WidgetText::from(text).into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        wrap,
        egui::TextStyle::Button,
    );
    let size = egui::vec2(
        galley.size().x + gap + triangle,
        galley
            .size()
            .y
            .max(ui.spacing().interact_size.y - 2.0 * padding.y),
    ) + 2.0 * padding;
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    let response = response.on_hover_cursor(egui::CursorIcon::PointingHand);
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact_selectable(&response, open);
        ui.painter().rect(
            rect.expand(visuals.expansion),
            visuals.corner_radius,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
        let text_pos = rect.left_top() + padding;
        ui.painter().galley(text_pos, galley, visuals.text_color());
        let centre = egui::pos2(rect.right() - padding.x - triangle / 2.0, rect.center().y);
        let half = triangle / 4.0;
        let (tip, base) = if open { (-half, half) } else { (half, -half) };
        ui.painter().add(egui::Shape::convex_polygon(
            vec![
                centre + egui::vec2(-half * 1.4, base),
                centre + egui::vec2(half * 1.4, base),
                centre + egui::vec2(0.0, tip),
            ],
            visuals.text_color(),
            egui::Stroke::NONE,
        ));
    }
    response
}

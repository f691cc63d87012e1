//! A menu button: what does not fit in a bar, in a box that opens under
//! it. Enter, Space or a click open it with the keyboard on its first
//! entry; Tab and Shift+Tab move through it; Esc closes it and the keyboard
//! goes back to the button, as it does after a command in it.

use egui::{Id, Response, Ui};

use super::popup::{left_popup, popup_ui};

/// What the menu remembers between frames.
#[derive(Debug, Clone, Copy, Default)]
struct MenuState {
    open: bool,
    /// Move the keyboard to the first entry (once it is drawn).
    focus: bool,
}

/// What a menu's contents give back: their result, their first entry
/// (the keyboard goes there when the menu opens), and whether the menu
/// should close (a command was given).
pub struct MenuContents<R> {
    /// What the contents returned.
    pub inner: R,
    /// The first entry.
    pub first: Option<Response>,
    /// Close the menu.
    pub close: bool,
}

/// Draws the menu button showing `text`, named `name` for screen readers,
/// and, while it is open, `contents` under it. Returns what the contents
/// returned (when open) and the button.
pub fn menu_ui<R>(
    ui: &mut Ui,
    id: Id,
    (text, name): (&str, &str),
    contents: impl FnOnce(&mut Ui) -> MenuContents<R>,
) -> (Option<R>, Response) {
    let mut state: MenuState = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let button = ui.add(egui::Button::new(text).selected(state.open));
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    if button.clicked() {
        state = MenuState {
            open: !state.open,
            focus: !state.open,
        };
    }
    ui.ctx().accesskit_node_builder(button.id, |node| {
        node.set_expanded(state.open);
        node.set_has_popup(egui::accesskit::HasPopup::Menu);
    });
    let mut inner = None;
    if state.open {
        let popup = popup_ui(
            ui,
            id.with("box"),
            (button.rect, 240.0),
            (name, egui::Role::Group),
            contents,
        );
        let MenuContents { first, close, .. } = &popup.inner;
        if state.focus
            && let Some(first) = first
        {
            if first.has_focus() {
                state.focus = false;
            } else {
                first.request_focus();
            }
        }
        let escape = ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape));
        let leave = !state.focus && left_popup(ui, &popup, &button);
        if *close || escape || leave {
            state.open = false;
            let focused = ui.memory(|m| m.focused());
            let in_menu = focused.is_none_or(|f| popup.contains(ui.ctx(), f));
            if (*close || escape) && in_menu {
                button.request_focus();
            }
        }
        if state.focus {
            ui.ctx().request_repaint();
        }
        inner = Some(popup.inner.inner);
    }
    ui.data_mut(|d| d.insert_temp(id, state));
    (inner, button)
}

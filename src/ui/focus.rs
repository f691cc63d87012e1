//! Keeping keyboard focus visible: a strong ring around whatever has focus,
//! scrolling it into view when it moves there, scrolling with the keyboard,
//! and headings a landmark can move the focus to.

use egui::{Id, Order, RichText, Stroke, Ui};

use super::theme::ThemeChoice;

/// How wide the focus ring is, in points.
const RING_WIDTH: f32 = 2.5;

/// Draws the focus ring around the focused widget, above everything else
/// but clipped to where the widget can be seen (a widget scrolled half out
/// of its pane gets half a ring).
pub fn focus_ring_ui(ctx: &egui::Context, theme: ThemeChoice) {
    let Some(id) = ctx.memory(|m| m.focused()) else {
        return;
    };
    let Some(response) = ctx.read_response(id) else {
        return;
    };
    if !response.rect.is_positive() {
        return;
    }
    let ring = response.rect.expand(RING_WIDTH + 1.0);
    let visible = response.interact_rect.expand(RING_WIDTH * 2.0 + 1.0);
    let painter = ctx
        .layer_painter(egui::LayerId::new(
            Order::Foreground,
            Id::unique("focus-ring"),
        ))
        .with_clip_rect(visible);
    painter.rect_stroke(
        ring,
        4.0,
        Stroke::new(RING_WIDTH, theme.focus_colour()),
        egui::StrokeKind::Outside,
    );
}

/// Call at the end of a scroll area's contents: when focus has moved to a
/// widget inside it that is not fully in view, scrolls just enough to show
/// it. `seen` remembers the focus this area last looked at.
pub fn keep_focus_in_view(ui: &Ui, seen: &mut Option<Id>) {
    let focused = ui.ctx().memory(|m| m.focused());
    if focused == *seen {
        return;
    }
    *seen = focused;
    let Some(response) = focused.and_then(|id| ui.ctx().read_response(id)) else {
        return;
    };
    let content = ui.min_rect();
    let in_this_area = response.layer_id == ui.layer_id() && content.contains_rect(response.rect);
    // What can be seen: the pane, and never past the window's edge.
    let view = ui.clip_rect().intersect(ui.ctx().content_rect());
    if in_this_area && !view.contains_rect(response.rect) {
        ui.scroll_to_rect(response.rect.expand(12.0), None);
    }
}

/// Page Up/Down, Home and End scroll the reading column whenever no text
/// box has the keyboard; ↑/↓ and Space do when nothing has focus at all
/// (with focus on a button they move focus or press it, as usual).
pub fn scroll_with_keys(ui: &Ui) {
    if ui.ctx().text_edit_focused() {
        return;
    }
    let nothing_focused = ui.ctx().memory(|m| m.focused()).is_none();
    let page = (ui.clip_rect().height() - 40.0).max(40.0);
    let line = 3.0 * ui.text_style_height(&egui::TextStyle::Body);
    let none = egui::Modifiers::NONE;
    let (down, up, home, end, space, shift_space, arrow_down, arrow_up) = ui.input_mut(|i| {
        (
            i.consume_key(none, egui::Key::PageDown),
            i.consume_key(none, egui::Key::PageUp),
            i.consume_key(none, egui::Key::Home),
            i.consume_key(none, egui::Key::End),
            nothing_focused && i.consume_key(none, egui::Key::Space),
            nothing_focused && i.consume_key(egui::Modifiers::SHIFT, egui::Key::Space),
            nothing_focused && i.consume_key(none, egui::Key::ArrowDown),
            nothing_focused && i.consume_key(none, egui::Key::ArrowUp),
        )
    });
    // Shift+Space also matches the plain Space pattern: it is checked first.
    let delta = if shift_space || up {
        page
    } else if space || down {
        -page
    } else if arrow_up {
        line
    } else if arrow_down {
        -line
    } else {
        0.0
    };
    if delta != 0.0 {
        ui.scroll_with_delta(egui::vec2(0.0, delta));
    }
    let content = ui.min_rect();
    if home {
        ui.scroll_to_rect(
            content.with_max_y(content.top() + 1.0),
            Some(egui::Align::TOP),
        );
    } else if end {
        ui.scroll_to_rect(
            content.with_min_y(content.bottom() - 1.0),
            Some(egui::Align::BOTTOM),
        );
    }
}

/// Gives the accessibility node of a `Ui` made with a `UiBuilder` (a
/// dialog, a reading stop) its real bounds: egui gives it the bounds it had
/// before its contents were laid out (none), and a screen reader (and its
/// magnifier) needs to know where it is.
pub fn give_node_bounds(ui: &Ui, response: &egui::Response) {
    let rect = response.rect;
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_bounds(egui::accesskit::Rect {
            x0: rect.min.x.into(),
            y0: rect.min.y.into(),
            x1: rect.max.x.into(),
            y1: rect.max.y.into(),
        });
    });
}

/// A heading that can take the keyboard focus (a landmark to jump to) and
/// that screen readers announce as a heading.
pub fn focusable_heading_ui(ui: &mut Ui, text: &str) -> egui::Response {
    focusable_heading_said_as_ui(ui, text, text)
}

/// [`focusable_heading_ui`] showing `shown` (a name put in display order,
/// [`crate::bidi::display_line`]) and said as `said` (as written).
pub fn focusable_heading_said_as_ui(ui: &mut Ui, shown: &str, said: &str) -> egui::Response {
    let response = ui.add(
        egui::Label::new(RichText::new(shown).heading())
            .sense(egui::Sense::focusable_noninteractive()),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Heading, true, said));
    response
}

//! Keeping keyboard focus visible: a strong ring around whatever has focus,
//! and scrolling it into view when it moves there.

use egui::{Id, Order, Stroke, Ui};

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

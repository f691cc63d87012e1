//! A box that opens under a button (a drop-down list, a menu): drawn over
//! the screen, always inside the window (above the button when there is
//! more room there), scrolling inside when it is taller than the room.
//! It is drawn right after its button, so Tab goes from the button into it.

use egui::{Id, Rect, Ui};

use super::focus::keep_focus_in_view;

/// Space kept between the box and the window's edges.
const MARGIN: f32 = 8.0;

/// What [`popup_ui`] gives back.
pub struct Popup<R> {
    /// What the contents returned.
    pub inner: R,
    /// Where the box is on screen.
    pub rect: Rect,
    /// The layer the box is drawn on (its widgets are on it).
    pub layer: egui::LayerId,
}

impl<R> Popup<R> {
    /// Whether the widget `id` is in the box.
    pub fn contains(&self, ctx: &egui::Context, id: Id) -> bool {
        ctx.read_response(id)
            .is_some_and(|r| r.layer_id == self.layer)
    }
}

/// Draws `contents` in a box under `anchor` (a button's rect), named
/// `name` for screen readers with `role`, at least as wide as the button
/// and `min_width`, and never wider than the window.
pub fn popup_ui<R>(
    ui: &Ui,
    id: Id,
    (anchor, min_width): (Rect, f32),
    (name, role): (&str, egui::Role),
    contents: impl FnOnce(&mut Ui) -> R,
) -> Popup<R> {
    let window = ui.ctx().content_rect().shrink(MARGIN);
    let below = (window.bottom() - anchor.bottom()).max(0.0);
    let above = (anchor.top() - window.top()).max(0.0);
    let (pivot, pos, room) = if below >= above.min(240.0) {
        (egui::Align2::LEFT_TOP, anchor.left_bottom(), below)
    } else {
        (egui::Align2::LEFT_BOTTOM, anchor.left_top(), above)
    };
    let width = anchor.width().max(min_width).min(window.width());
    let frame = egui::Frame::popup(ui.style());
    let chrome = frame.total_margin().sum().y;
    let area = egui::Area::new(id)
        .order(egui::Order::Foreground)
        .pivot(pivot)
        .fixed_pos(pos)
        .constrain_to(window)
        .show(ui.ctx(), |ui| {
            frame
                .show(ui, |ui| {
                    ui.set_width(width - frame.total_margin().sum().x);
                    // The room there is, not the size the box had last time
                    // (it would never grow).
                    ui.set_max_height((room - chrome).max(80.0));
                    let group = egui::UiBuilder::new()
                        .accessibility_label(name)
                        .accessibility_role(role);
                    ui.scope_builder(group, |ui| {
                        egui::ScrollArea::vertical()
                            .id_salt(id)
                            .max_height((room - chrome).max(80.0))
                            .show(ui, |ui| {
                                let inner = contents(ui);
                                let mut seen = ui.data(|d| d.get_temp(id.with("seen")));
                                keep_focus_in_view(ui, &mut seen);
                                ui.data_mut(|d| d.insert_temp(id.with("seen"), seen));
                                inner
                            })
                            .inner
                    })
                    .inner
                })
                .inner
        });
    Popup {
        inner: area.inner,
        rect: area.response.rect,
        layer: area.response.layer_id,
    }
}

/// Whether the box should close this frame: a click outside it and its
/// button, or the keyboard gone elsewhere (Tab past its last entry).
pub fn left_popup<R>(ui: &Ui, popup: &Popup<R>, button: &egui::Response) -> bool {
    let clicked_outside = ui.input(|i| {
        i.pointer.any_pressed()
            && i.pointer
                .interact_pos()
                .is_some_and(|p| !popup.rect.contains(p) && !button.rect.contains(p))
    });
    let focus_outside = ui
        .memory(|m| m.focused())
        .is_some_and(|focused| focused != button.id && !popup.contains(ui.ctx(), focused));
    clicked_outside || focus_outside
}

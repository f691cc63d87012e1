//! Modal dialogs (export, earlier copies): the keyboard moves in when one
//! opens and stays in while it is open, Esc closes it, and the keyboard goes
//! back to where it was.

use egui::{Id, Ui};

/// What a dialog remembers between frames.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DialogFocus {
    /// Where the keyboard was before the dialog opened.
    pub before: Option<Id>,
    /// The dialog has drawn its first frame (focus has moved in).
    pub shown: bool,
    /// A dialog has closed: the keyboard goes back here once nothing
    /// modal is on screen any more.
    pub returning: Option<Id>,
}

impl DialogFocus {
    /// Remembers where the keyboard is as a dialog opens.
    pub fn opening(ctx: &egui::Context) -> Self {
        Self {
            before: ctx.memory(|m| m.focused()),
            ..Self::default()
        }
    }

    /// The dialog closed: the keyboard is to go back to where it was
    /// before the dialog opened.
    #[must_use]
    pub fn closed(self) -> Self {
        Self {
            returning: self.before,
            ..Self::default()
        }
    }

    /// Call every frame: gives the keyboard back once the dialog has gone.
    /// (In the frame after a dialog closes, egui still treats everything
    /// behind it as covered, and would refuse the focus.)
    pub fn give_back(&mut self, ctx: &egui::Context) {
        if let Some(id) = self.returning
            && ctx.memory(|m| m.top_modal_layer()).is_none()
        {
            ctx.memory_mut(|m| m.request_focus(id));
            self.returning = None;
        }
    }
}

/// Shows a modal dialog titled `title` with `contents`; the first widget
/// `contents` returns gets the keyboard on the first frame. Returns what
/// `contents` returned and whether the dialog should close (Esc, or a click
/// outside it).
pub fn dialog_ui<R>(
    ctx: &egui::Context,
    id: &str,
    title: &str,
    focus: &mut DialogFocus,
    contents: impl FnOnce(&mut Ui) -> (R, Option<egui::Response>),
) -> (R, bool) {
    // The window fits the screen, whatever the text size: what does not
    // fit scrolls inside it, and the focus is kept in view.
    let screen = ctx.content_rect();
    let modal = egui::Modal::new(Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width(560.0_f32.min(screen.width() - 64.0));
        let named = egui::UiBuilder::new()
            .accessibility_label(title)
            .accessibility_role(egui::Role::Dialog);
        let scope = ui.scope_builder(named, |ui| {
            let room = (screen.height() - 64.0).max(80.0);
            // The room there is, not the size the window had last frame
            // (the first frame guesses it; the window would never grow).
            ui.set_max_height(room);
            egui::ScrollArea::vertical()
                .id_salt((id, "scroll"))
                .max_height(room)
                .show(ui, |ui| {
                    // The heading scrolls with the rest (the window keeps
                    // its name for a screen reader).
                    super::focus::focusable_heading_ui(ui, title);
                    ui.add_space(4.0);
                    let (inner, first) = contents(ui);
                    let mut seen = ui.data(|d| d.get_temp(Id::unique((id, "seen"))));
                    if !focus.shown
                        && let Some(first) = first
                    {
                        first.request_focus();
                        // It opens at its heading: the window is still
                        // finding its size, and scrolling to the first
                        // widget then cut the heading off at the top. Later
                        // moves of the keyboard are kept in view.
                        seen = Some(first.id);
                    }
                    super::focus::keep_focus_in_view(ui, &mut seen);
                    ui.data_mut(|d| d.insert_temp(Id::unique((id, "seen")), seen));
                    inner
                })
                .inner
        });
        super::focus::give_node_bounds(ui, &scope.response);
        scope.inner
    });
    focus.shown = true;
    let close = modal.should_close();
    (modal.inner, close)
}

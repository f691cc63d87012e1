//! Focus is never lost: when the keyboard focus goes nowhere (Esc, which
//! egui takes as "drop the focus"; Enter in a one-line box; the focused
//! button closing the dialog, menu or message it was in), it goes back to
//! the last widget it was on that is still on screen — what opened the
//! dialog or menu — or, when none is, to the screen's own place for it.

use egui::Id;

/// How many widgets the keeper remembers.
const REMEMBERED: usize = 24;

/// The widgets the keyboard was on, newest last.
#[derive(Debug, Clone, Default)]
pub struct FocusKeeper {
    history: Vec<Id>,
}

/// What the keeper did at the end of a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// The focus is somewhere (or was let go on purpose): nothing to do.
    Fine,
    /// The focus went back to a widget it was on before.
    GaveBack,
    /// Nothing it was on is still shown: the screen should choose.
    Lost,
}

impl FocusKeeper {
    /// Call at the end of every frame, after the screen is drawn. A click
    /// (the pointer put the focus elsewhere, or nowhere, on purpose) and Tab
    /// (egui moves on a frame later at the end of the list) are left alone,
    /// as is a modal window (it takes the focus itself).
    pub fn end_frame(&mut self, ctx: &egui::Context) -> Kept {
        let focused = ctx.memory(|m| m.focused());
        if let Some(id) = focused {
            if self.history.last() != Some(&id) {
                self.history.retain(|&h| h != id);
                self.history.push(id);
                if self.history.len() > REMEMBERED {
                    self.history.remove(0);
                }
            }
            return Kept::Fine;
        }
        let on_purpose = ctx.input(|i| {
            i.pointer.any_pressed() || i.pointer.any_released() || i.key_pressed(egui::Key::Tab)
        });
        if on_purpose || ctx.memory(|m| m.top_modal_layer()).is_some() {
            return Kept::Fine;
        }
        // A widget shown last frame but not this one gets the focus back
        // for a frame, loses it, and is passed over the next time.
        while let Some(&last) = self.history.last() {
            if ctx.read_response(last).is_some() {
                ctx.memory_mut(|m| m.request_focus(last));
                ctx.request_repaint();
                return Kept::GaveBack;
            }
            self.history.pop();
        }
        Kept::Lost
    }

    /// Forgets every widget (a new screen: none of them will come back).
    pub fn forget(&mut self) {
        self.history.clear();
    }
}

//! Saving as the student works, and leaving only once the work is on disk:
//! leaving a lesson, switching lessons and closing the window all ask for a
//! save and wait for it without freezing the window.

use crate::tr;
use std::time::Duration;

use crate::ui::lesson_screen::StatusLine;
use crate::work::SaveStatus;

use super::CloseReaderApp;
use super::state::{Closing, Screen};

/// The longest the app waits for the disk once the window has closed.
const EXIT_FLUSH_TIMEOUT: Duration = Duration::from_secs(5);

/// What to do once the open lesson's work is on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AfterSave {
    /// Go back to the start screen.
    Leave,
    /// Open the library entry with this index.
    Open(usize),
    /// Close the window.
    Quit,
}

impl CloseReaderApp {
    /// Leaves the open lesson and then does `then`: at once when the work is
    /// on disk, else once the save it starts now has finished. When saving
    /// fails, the lesson stays open and the student is told.
    pub(super) fn leave_lesson(&mut self, then: AfterSave) {
        let Some(open) = self.screen.lesson_mut() else {
            self.after_leaving(then);
            return;
        };
        let failed = matches!(open.work.status(), SaveStatus::Failed(_)) && !open.work.is_saving();
        let warned = self.closing == Closing::LeaveWarned;
        if open.work.has_unsaved() && !(failed && warned && then != AfterSave::Quit) {
            open.work.save_now(self.clock.now());
            self.closing = Closing::Saving(then);
        } else {
            self.screen = Screen::Start;
            self.closing = Closing::Idle;
            self.after_leaving(then);
        }
    }

    fn after_leaving(&mut self, then: AfterSave) {
        // The start screen shows fresh progress.
        self.start_screen.progress_for = None;
        match then {
            AfterSave::Leave => {}
            AfterSave::Open(index) => self.open_lesson_at(index),
            AfterSave::Quit => {
                if let Some(ctx) = &self.window.ctx {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
    }

    /// Once a frame: takes in finished saves, starts due ones, finishes a
    /// leave that waited for the disk, guards closing the window, and asks
    /// for a frame when the next save falls due (nothing is drawn while idle
    /// otherwise).
    pub(super) fn keep_saving(&mut self, ctx: &egui::Context) {
        let now = self.clock.now();
        let wake = self.screen.lesson_mut().and_then(|o| o.work.tick(now));
        if let Some(wait) = wake {
            ctx.request_repaint_after(wait);
        }
        let status = self.screen.lesson().map(|o| o.work.status());
        if let (Some(SaveStatus::SavedAsCopy(copy)), Some(open)) =
            (&status, self.screen.lesson_mut())
            && !open.told_about_copy
        {
            open.told_about_copy = true;
            let name = copy.file_name().unwrap_or_default().to_string_lossy();
            self.say(tr!("saved-as-copy", name = name));
        }
        if status.as_ref().is_none_or(|s| *s == SaveStatus::Saved) && self.closing.warned() {
            // Saving works again: a later failure warns again before closing.
            self.closing = Closing::Idle;
        }
        if let Closing::Saving(then) = self.closing {
            let unsaved = self.screen.lesson().is_some_and(|o| o.work.has_unsaved());
            if !unsaved {
                self.closing = Closing::Idle;
                self.screen = Screen::Start;
                self.after_leaving(then);
            } else if let Some(SaveStatus::Failed(_)) = status
                && !self.screen.lesson().is_some_and(|o| o.work.is_saving())
            {
                self.refuse_to_leave(then);
            }
        }
        self.guard_close(ctx);
    }

    fn refuse_to_leave(&mut self, then: AfterSave) {
        if then == AfterSave::Quit {
            self.closing = Closing::QuitConfirmed;
            self.say(tr!("not-saved-quit"));
        } else {
            self.closing = Closing::LeaveWarned;
            self.say(tr!("not-saved-leave"));
        }
    }

    /// A close with unsaved work is held back until the work is saved; when
    /// saving fails the student is told, and a second close quits.
    fn guard_close(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.closing == Closing::QuitConfirmed
        {
            return;
        }
        if self.feedback_unsaved() {
            // A teacher's feedback is saved before the window closes.
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.close_class(super::class::AfterClassClose::Quit);
            return;
        }
        let unsaved = self.screen.lesson().is_some_and(|o| o.work.has_unsaved());
        if unsaved {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            match self.screen.lesson().map(|o| o.work.status()) {
                Some(SaveStatus::Failed(_)) => self.refuse_to_leave(AfterSave::Quit),
                _ => self.leave_lesson(AfterSave::Quit),
            }
        }
    }

    /// Saves everything at once and waits for the disk, at most a few
    /// seconds. Only for when the window has closed (eframe's `on_exit`).
    /// Returns whether every edit reached the disk.
    pub fn flush(&mut self) -> bool {
        self.screen
            .lesson_mut()
            .is_none_or(|o| o.work.flush(EXIT_FLUSH_TIMEOUT))
    }
}

/// The save-status line for `status`; `leaving` while the app waits for the
/// work to be saved before it leaves the lesson or closes.
pub(super) fn status_line(status: &SaveStatus, leaving: bool) -> StatusLine {
    let plain = |text: String| StatusLine {
        text,
        ..StatusLine::default()
    };
    match status {
        SaveStatus::Saved => plain(tr!("status-saved")),
        SaveStatus::Unsaved | SaveStatus::Saving if leaving => plain(tr!("status-saving-first")),
        SaveStatus::Unsaved | SaveStatus::Saving => plain(tr!("status-saving")),
        SaveStatus::Failed(why) => StatusLine {
            text: tr!("status-not-saved", why = why.as_str()),
            detail: tr!("status-not-saved.detail"),
            problem: true,
            offer_copy: true,
        },
        SaveStatus::SavedAsCopy(copy) => StatusLine {
            text: tr!("status-copy"),
            detail: tr!("status-copy.detail", file = copy.display().to_string()),
            problem: true,
            offer_copy: true,
        },
        SaveStatus::ReadOnly(why) => StatusLine {
            text: tr!("status-read-only"),
            detail: why.clone(),
            problem: true,
            offer_copy: false,
        },
    }
}

//! A teacher's feedback in the class view: comments and marks as they are
//! typed, saved in the background at most a moment after the first change
//! not yet saved, whether or not the typing stops (each student's own file,
//! beside their work), with every other teacher's part kept as it is.

use super::state::{Closing, Screen};
use crate::tr;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::class::{Collection, StudentWork};
use crate::feedback::TeacherFeedback;
use crate::feedback::merge::merge_part;
use crate::feedback::{Feedback, SavedFeedback};

use super::CloseReaderApp;
use super::background::Job;
use super::class::AfterClassClose;

/// Feedback is saved this long after the first keystroke not yet saved,
/// even while the teacher goes on typing: a crash loses at most this much
/// (and the save's own moment), as with student work.
const SAVE_AFTER: Duration = Duration::from_millis(800);
/// After a failed save, the next try waits this long.
const RETRY_AFTER: Duration = Duration::from_secs(5);

/// One student's feedback being written.
#[derive(Debug, Clone)]
pub(super) struct FeedbackEdit {
    /// The folder the teacher's feedback file goes in.
    folder: PathBuf,
    /// As last read or written.
    base: Option<Feedback>,
    /// As the teacher has it now.
    pub(super) current: Feedback,
    /// Not yet saved since this moment.
    edited: Option<Instant>,
    /// A save is running.
    saving: bool,
    /// The last save failed: why.
    failed: Option<String>,
}

impl FeedbackEdit {
    /// The folder the teacher's feedback file goes in.
    pub(super) fn folder(&self) -> &Path {
        &self.folder
    }
}

/// Every student's feedback being written, by (lesson id, student).
pub(super) type FeedbackEdits = BTreeMap<(String, String), FeedbackEdit>;

/// The key of `student`'s feedback on `lesson_id`.
fn key(lesson_id: &str, student: &StudentWork) -> (String, String) {
    (lesson_id.to_owned(), student.student().trim().to_owned())
}

/// The feedback to show for `student`: as being written, else as found.
pub(super) fn feedback_of<'a>(
    edits: &'a FeedbackEdits,
    collection: &'a Collection,
    lesson_id: &str,
    student: &StudentWork,
) -> Option<&'a Feedback> {
    edits
        .get(&key(lesson_id, student))
        .map(|e| &e.current)
        .or_else(|| {
            collection
                .feedback_for(lesson_id, student.student())
                .map(|f| &f.feedback)
        })
}

/// The edit for `student`, started from the feedback found (written back
/// to the same file) or from nothing (a new file beside their work).
fn edit_for<'a>(
    edits: &'a mut FeedbackEdits,
    collection: &Collection,
    lesson_id: &str,
    student: &StudentWork,
) -> &'a mut FeedbackEdit {
    edits.entry(key(lesson_id, student)).or_insert_with(|| {
        match collection.feedback_for(lesson_id, student.student()) {
            Some(found) => FeedbackEdit {
                folder: found.path.parent().unwrap_or(Path::new(".")).to_path_buf(),
                base: Some(found.feedback.clone()),
                current: found.feedback.clone(),
                edited: None,
                saving: false,
                failed: None,
            },
            None => FeedbackEdit {
                folder: student
                    .shown
                    .path
                    .parent()
                    .unwrap_or(Path::new("."))
                    .to_path_buf(),
                base: None,
                current: Feedback::new(lesson_id, student.student()),
                edited: None,
                saving: false,
                failed: None,
            },
        }
    })
}

/// Changes `student`'s feedback with `change`, to be saved shortly.
pub(super) fn edit_feedback(
    edits: &mut FeedbackEdits,
    collection: &Collection,
    lesson_id: &str,
    student: &StudentWork,
    now: Instant,
    change: impl FnOnce(&mut Feedback),
) {
    let edit = edit_for(edits, collection, lesson_id, student);
    change(&mut edit.current);
    for part in &mut edit.current.teachers {
        part.answers.retain(|_, a| !a.is_empty());
    }
    edit.edited.get_or_insert(now);
}

/// "Feedback saved", "Saving feedback…", "Feedback not saved: …", or
/// nothing before any feedback is written.
pub(super) fn feedback_status(edits: &FeedbackEdits) -> Option<String> {
    if let Some(why) = edits.values().find_map(|e| e.failed.as_deref()) {
        return Some(tr!("class-feedback-not-saved", why = why));
    }
    if edits.values().any(|e| e.saving || e.edited.is_some()) {
        return Some(tr!("class-feedback-saving"));
    }
    (!edits.is_empty()).then(|| tr!("class-feedback-saved"))
}

/// Whether feedback is waiting to be saved.
pub(super) fn feedback_pending(edits: &FeedbackEdits) -> bool {
    edits.values().any(|e| e.saving || e.edited.is_some())
}

impl CloseReaderApp {
    /// Starts saving feedback that has waited long enough (all of it when
    /// `now_please`); asks for a frame when the next is due.
    pub(super) fn keep_feedback_saved(&mut self, ctx: &egui::Context, now_please: bool) {
        let now = self.clock.now();
        let Some(view) = self.screen.class_mut() else {
            return;
        };
        let key_dir = self.places.store.as_ref().map(|s| s.root().to_path_buf());
        let mut jobs = Vec::new();
        let mut next: Option<Duration> = None;
        let now_please = now_please || view.closing.is_some();
        for edit in view.feedback.values_mut() {
            let Some(edited) = edit.edited else { continue };
            if edit.saving {
                continue;
            }
            let wait = if edit.failed.is_some() {
                RETRY_AFTER
            } else {
                SAVE_AFTER
            };
            let waited = now.saturating_duration_since(edited);
            if waited < wait && !now_please {
                next = Some(next.map_or(wait - waited, |n| n.min(wait - waited)));
                continue;
            }
            edit.saving = true;
            edit.edited = None;
            jobs.push(Job::SaveFeedback {
                disk: self.places.disk.clone(),
                folder: edit.folder.clone(),
                base: edit.base.clone().map(Box::new),
                feedback: Box::new(edit.current.clone()),
                key_dir: key_dir.clone(),
                edited_as: view.my_key.clone(),
            });
        }
        for job in jobs {
            self.start(job);
        }
        if let Some(next) = next {
            ctx.request_repaint_after(next);
        }
    }

    /// Closes the class view once every piece of feedback is saved; until
    /// then it stays open, saying "Saving feedback…". If a save fails, it
    /// stays open and says why, so nothing typed is lost.
    pub(super) fn close_class(&mut self, then: AfterClassClose) {
        if let Some(view) = self.screen.class_mut() {
            view.closing = Some(then);
        }
        if let Some(ctx) = self.window.ctx.clone() {
            self.keep_feedback_saved(&ctx, true);
        }
        self.finish_closing_class();
    }

    /// Closes the class view if it is closing and its feedback is saved.
    pub(super) fn finish_closing_class(&mut self) {
        let Some(view) = self.screen.class_mut() else {
            return;
        };
        let Some(then) = view.closing else {
            return;
        };
        let failed = view
            .feedback
            .values()
            .find(|e| !e.saving && e.failed.is_some())
            .and_then(|e| e.failed.clone());
        if let Some(why) = failed {
            view.closing = None;
            self.say(tr!("class-feedback-close-failed", why = why));
            return;
        }
        if feedback_pending(&view.feedback) {
            return;
        }
        self.screen = Screen::Start;
        if then == AfterClassClose::Quit
            && let Some(ctx) = &self.window.ctx
        {
            self.closing = Closing::QuitConfirmed;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Whether feedback is waiting to be saved or being saved (a failed
    /// save waiting to be tried again counts: it is not saved).
    pub(super) fn feedback_unsaved(&self) -> bool {
        self.screen
            .class()
            .is_some_and(|v| feedback_pending(&v.feedback))
    }

    /// Whether feedback is being saved now (a save waiting for its time
    /// is not running yet).
    pub(super) fn feedback_busy(&self) -> bool {
        self.screen
            .class()
            .is_some_and(|v| v.feedback.values().any(|e| e.saving))
    }

    /// At exit, after the window has gone: writes feedback still waiting,
    /// waiting for it no longer than a share may stay silent (a hung share
    /// never stops the app closing; what was not written is lost only if the
    /// share never answers, and the window said so while it was open).
    pub(super) fn save_feedback_at_exit(&mut self) {
        let Some(view) = self.screen.class_mut() else {
            return;
        };
        let waiting: Vec<FeedbackEdit> = view
            .feedback
            .values()
            .filter(|e| e.edited.is_some())
            .cloned()
            .collect();
        if waiting.is_empty() {
            return;
        }
        let key_dir = self.places.store.as_ref().map(|s| s.root().to_path_buf());
        let (disk, my_key) = (self.places.disk.clone(), view.my_key.clone());
        let (done_tx, done_rx) = std::sync::mpsc::channel();
        let started = std::thread::Builder::new()
            .name("closereader-exit-feedback".into())
            .spawn(move || {
                for edit in waiting {
                    let _ = crate::feedback::save_signed(
                        disk.as_ref(),
                        key_dir.as_deref(),
                        &edit.folder,
                        edit.base.as_ref(),
                        (&edit.current, &my_key),
                    );
                }
                let _ = done_tx.send(());
            });
        if started.is_ok() {
            let _ = done_rx.recv_timeout(self.places.share_timeout);
        }
    }

    /// Takes in a finished save of the feedback `sent`.
    pub(super) fn feedback_saved(
        &mut self,
        sent: Feedback,
        result: Result<(SavedFeedback, String), String>,
    ) {
        let Some(view) = self.screen.class_mut() else {
            return;
        };
        let key = (sent.lesson_id.clone(), sent.student.trim().to_owned());
        let Some(edit) = view.feedback.get_mut(&key) else {
            return;
        };
        edit.saving = false;
        // The file may hold other teachers' parts: totals may change.
        view.rows = None;
        let mut message = None;
        match result {
            Ok((mut saved, my_key)) => {
                edit.failed = None;
                // Other parts in the file are kept there, but shown and
                // counted only when signed by a trusted key.
                let trusted = super::class::trusted_keys(&my_key, &self.places.trusted.teachers);
                crate::feedback::keep_trusted(&mut saved.feedback, &trusted);
                // Keep what was typed since it was sent; take in every
                // other teacher's part as it is in the file.
                let mut current = saved.feedback.clone();
                if edit.current != sent {
                    let mine_sent = sent.own_part(&view.my_key);
                    let mine_now = edit.current.own_part(&view.my_key).cloned();
                    let mine_saved = current.own_part_mut(&my_key);
                    if let Some(mine_now) = mine_now {
                        *mine_saved = TeacherFeedback {
                            key: my_key.clone(),
                            ..merge_part(mine_sent, &mine_now, mine_saved)
                        };
                    }
                }
                edit.current = current;
                edit.base = Some(saved.feedback);
                view.my_key = my_key;
                let student = crate::lesson::text::escape_for_display(&sent.student).into_owned();
                if let Some(aside) = saved.kept_aside {
                    message = Some(tr!(
                        "class-feedback-kept-aside",
                        student = student,
                        file = aside.display().to_string()
                    ));
                } else if saved.merged {
                    message = Some(tr!("class-feedback-merged", student = student));
                }
            }
            Err(why) => {
                edit.failed = Some(why);
                edit.edited.get_or_insert(self.clock.now());
            }
        }
        if let Some(message) = message {
            self.say(message);
        }
        self.finish_closing_class();
    }
}

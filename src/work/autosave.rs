//! The open lesson's work and its saving thread, as one thing: the screens
//! only say "edited", "save now" and "closing"; this decides when to write,
//! hands finished work to the saving thread, and takes in its reports.

use std::sync::Arc;
use std::time::{Duration, Instant};

use super::Work;
use super::file::WorkFile;
use super::saver::{SaveError, SaveReport, Saver};
use super::session::{SaveStatus, Session};
use super::store::{WorkKey, WorkStore};

/// A student's work on the open lesson, saved as they go.
pub struct Autosave {
    session: Session,
    /// `None` when there is nowhere to save (no folder for work).
    saver: Option<Saver>,
}

impl Autosave {
    /// Opens `key`'s work: takes its lock, loads the file (recovering a
    /// damaged one) and starts the saving thread, which calls `wake` after
    /// each save. This reads the disk: call it from a background thread.
    /// Returns the work and anything the student must be told.
    pub fn open(
        store: Arc<WorkStore>,
        key: WorkKey,
        lesson_hash: &str,
        wake: Box<dyn Fn() + Send>,
    ) -> (Self, Option<String>) {
        let (mut session, notice) = Session::open(&store, key, lesson_hash);
        let lock = session.take_lock();
        let guard = session.take_guard();
        let saver = Saver::spawn(store, wake, lock, guard);
        (
            Self {
                session,
                saver: Some(saver),
            },
            notice,
        )
    }

    /// Empty work that cannot be saved, and why (this computer has no
    /// folder for work). It can still be edited and exported.
    pub fn unsaveable(key: WorkKey, lesson_hash: &str, why: String) -> Self {
        let mut session = Session::new(key, Work::default(), lesson_hash, None, None);
        session.cannot_save(why);
        Self {
            session,
            saver: None,
        }
    }

    /// An autosave around an existing session and saver (tests, benchmarks).
    pub fn from_parts(session: Session, saver: Option<Saver>) -> Self {
        Self { session, saver }
    }

    /// The work, as on screen.
    pub fn work(&self) -> &Work {
        &self.session.work
    }

    /// Whose work on which lesson.
    pub fn key(&self) -> &WorkKey {
        &self.session.key
    }

    /// Why the work may not be changed, if it may not.
    pub fn read_only(&self) -> Option<&str> {
        self.session.read_only.as_deref()
    }

    /// What the save-status line says.
    pub fn status(&self) -> SaveStatus {
        self.session.status()
    }

    /// Whether some edit is not yet on disk (read-only work has none).
    pub fn has_unsaved(&self) -> bool {
        self.session.read_only.is_none() && self.session.has_unsaved()
    }

    /// How many edits have been made (see [`Session::edit_count`]).
    pub fn edit_count(&self) -> u64 {
        self.session.edit_count()
    }

    /// Whether a save is being written now.
    pub fn is_saving(&self) -> bool {
        self.session.is_saving()
    }

    /// The work as a work file, stamped now (exports, "Export a copy").
    pub fn to_file(&self) -> WorkFile {
        self.session.to_file()
    }

    /// Changes the work; it is saved shortly after.
    pub fn edit(&mut self, now: Instant, change: impl FnOnce(&mut Work)) {
        self.session.edit(now, change);
    }

    /// Replaces the whole work (an earlier copy brought back).
    pub fn replace(&mut self, now: Instant, work: Work) {
        self.session.replace(now, work);
    }

    /// Takes in finished saves and hands over one that is due. Returns how
    /// soon to call again, if a save will fall due without another edit.
    pub fn tick(&mut self, now: Instant) -> Option<Duration> {
        self.take_reports(now);
        self.hand_over(now, false);
        self.saver.as_ref()?;
        self.session.wake_in(now)
    }

    /// Hands every unsaved edit to the saving thread at once (the save
    /// shortcut, leaving the lesson, closing the window). Does not wait.
    pub fn save_now(&mut self, now: Instant) {
        self.take_reports(now);
        self.hand_over(now, true);
    }

    /// Waits until everything is on disk or `timeout` passes; whether every
    /// edit got there. Only for when the window has already closed.
    pub fn flush(&mut self, timeout: Duration) -> bool {
        self.save_now(Instant::now());
        let Some(saver) = &self.saver else {
            return !self.has_unsaved();
        };
        if !saver.flush(timeout) {
            return false;
        }
        self.take_reports(Instant::now());
        !self.has_unsaved()
    }

    fn take_reports(&mut self, now: Instant) {
        if let Some(saver) = &self.saver {
            for report in saver.reports() {
                self.session.on_report(now, &report);
            }
        }
    }

    fn hand_over(&mut self, now: Instant, now_please: bool) {
        let Some(saver) = &self.saver else { return };
        let Some(request) = self.session.due_save(now, now_please) else {
            return;
        };
        let id = request.id;
        if !saver.request(request) {
            let report = SaveReport {
                id,
                key: self.session.key.clone(),
                result: Err(SaveError::SaverStopped),
            };
            self.session.on_report(now, &report);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::work::disk::RealDisk;

    #[test]
    fn edits_reach_the_disk_through_the_saving_thread() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Arc::new(WorkStore::new(dir.path().to_path_buf(), Arc::new(RealDisk)));
        let key = WorkKey::new("lesson", "Amira");
        let (mut autosave, notice) =
            Autosave::open(store.clone(), key.clone(), "h", Box::new(|| {}));
        assert_eq!(notice, None);
        autosave.edit(Instant::now(), |w| w.notebook = "kept".into());
        assert_eq!(autosave.status(), SaveStatus::Unsaved);
        autosave.save_now(Instant::now());
        assert!(autosave.flush(Duration::from_secs(10)));
        assert_eq!(autosave.status(), SaveStatus::Saved);
        assert_eq!(store.peek(&key).expect("saved").notebook, "kept");
    }

    #[test]
    fn work_with_nowhere_to_save_says_why_and_asks_for_no_frames() {
        let mut autosave = Autosave::unsaveable(WorkKey::new("l", "s"), "h", "no folder".into());
        autosave.edit(Instant::now(), |w| w.notebook = "x".into());
        assert_eq!(autosave.tick(Instant::now()), None);
        assert_eq!(autosave.status(), SaveStatus::Failed("no folder".into()));
        assert!(autosave.has_unsaved());
    }
}

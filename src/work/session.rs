//! The open lesson's work and when to save it: within a moment of the last
//! edit, at once when asked, retrying after a failure, with a snapshot every
//! few minutes of editing. Times are passed in, so this is tested without
//! waiting.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use super::Work;
use super::concurrent::Fingerprint;
use super::file::WorkFile;
use super::history::SNAPSHOT_INTERVAL;
use super::saver::{SaveReport, SaveRequest, Saved};
use super::store::{Lock, WorkKey, WorkStore};
use crate::tr;

/// Saving starts this long after the last edit (well inside the promised second).
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(400);
/// Typing without a pause still saves this long after the first unsaved edit.
pub const AUTOSAVE_MAX_WAIT: Duration = Duration::from_millis(800);
/// After a failed save, try again this long after.
pub const RETRY_DELAY: Duration = Duration::from_secs(5);

/// What the save-status line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is on disk.
    Saved,
    /// Edits are waiting to be handed to the saver.
    Unsaved,
    /// Being written.
    Saving,
    /// The last save failed; the work is still in memory. Why, in words.
    Failed(String),
    /// Saved, but to this conflict copy: another window or computer changed
    /// the work file, which was left as it was.
    SavedAsCopy(std::path::PathBuf),
    /// This work must not be saved over. Why, in words.
    ReadOnly(String),
}

/// A save handed to the saver and not yet reported.
#[derive(Debug, Clone, Copy)]
struct InFlight {
    edits: u64,
    snapshot: bool,
    at: Instant,
}

/// A student's work on the open lesson.
#[derive(Debug)]
pub struct Session {
    /// Whose work.
    pub key: WorkKey,
    /// The work, as on screen.
    pub work: Work,
    /// Why saving is off, if it is.
    pub read_only: Option<String>,
    lesson_hash: String,
    lock: Option<std::fs::File>,
    /// What the work file held when loaded, when its lock could not be taken.
    guard: Option<Fingerprint>,
    /// Saves go to this conflict copy (another writer was seen).
    diverted: Option<std::path::PathBuf>,
    /// Edits made; `requested` and `saved` count how many of them were handed
    /// to the saver and how many are on disk.
    edits: u64,
    requested: u64,
    saved: u64,
    last_edit: Option<Instant>,
    /// The first edit not yet handed to the saver.
    dirty_since: Option<Instant>,
    failure: Option<String>,
    /// Saving can never work in this session (no folder for work).
    cannot_save: bool,
    retry_at: Option<Instant>,
    last_snapshot: Option<Instant>,
    next_id: u64,
    in_flight: BTreeMap<u64, InFlight>,
}

impl Session {
    /// Opens `key`'s work: takes the lock and loads the file. Returns the
    /// session and anything the student must be told.
    pub fn open(store: &WorkStore, key: WorkKey, lesson_hash: &str) -> (Self, Option<String>) {
        let (lock, locked_out, unlocked) = match store.lock(&key) {
            Lock::Held(file) => (Some(file), None, false),
            Lock::HeldElsewhere => (
                None,
                Some(tr!(
                    "sys-work-open-elsewhere",
                    student = key.student.as_str()
                )),
                false,
            ),
            Lock::Unavailable => (None, None, true),
        };
        if lock.is_some() {
            store.remove_stale_temp_files(&key);
        }
        let loaded = store.load(&key);
        let read_only = locked_out.clone().or(loaded.read_only);
        let notice = match (locked_out, loaded.notice) {
            (Some(a), Some(b)) => Some(format!("{a} {b}")),
            (a, b) => a.or(b),
        };
        let mut session = Self::new(key, loaded.work, lesson_hash, read_only, lock);
        if unlocked {
            session.guard = Some(loaded.fingerprint);
        }
        if loaded.recovered {
            // The damaged file was set aside: write the recovered work back at once.
            session.edits = 1;
            session.dirty_since = Some(Instant::now());
        }
        (session, notice)
    }

    /// A session for work that is already in memory (no store, or tests).
    pub fn new(
        key: WorkKey,
        work: Work,
        lesson_hash: &str,
        read_only: Option<String>,
        lock: Option<std::fs::File>,
    ) -> Self {
        Self {
            key,
            work,
            read_only,
            lesson_hash: lesson_hash.to_owned(),
            lock,
            guard: None,
            diverted: None,
            edits: 0,
            requested: 0,
            saved: 0,
            last_edit: None,
            dirty_since: None,
            failure: None,
            cannot_save: false,
            retry_at: None,
            last_snapshot: None,
            next_id: 0,
            in_flight: BTreeMap::new(),
        }
    }

    /// The work as a work file, stamped now.
    pub fn to_file(&self) -> WorkFile {
        WorkFile::new(
            &self.key.lesson_id,
            &self.lesson_hash,
            &self.key.student,
            self.work.clone(),
        )
    }

    /// Changes the work (ignored when read-only). The screens send a change
    /// only when something changed, so every edit counts as one.
    pub fn edit(&mut self, now: Instant, change: impl FnOnce(&mut Work)) {
        if self.read_only.is_some() {
            return;
        }
        change(&mut self.work);
        self.edits += 1;
        self.last_edit = Some(now);
        self.dirty_since.get_or_insert(now);
    }

    /// Replaces the whole work (bringing back a snapshot); saved like an edit.
    pub fn replace(&mut self, now: Instant, work: Work) {
        self.edit(now, |current| *current = work);
    }

    /// How many edits have been made (to tell whether the work changed
    /// between two moments).
    pub fn edit_count(&self) -> u64 {
        self.edits
    }

    /// Whether some edit is not yet on disk.
    pub fn has_unsaved(&self) -> bool {
        self.edits > self.saved
    }

    /// When the next save falls due, if one will: [`AUTOSAVE_DELAY`] after the
    /// last edit, but no later than [`AUTOSAVE_MAX_WAIT`] after the first
    /// unsaved one; after a failure, not before the retry time.
    fn due_at(&self) -> Option<Instant> {
        if self.read_only.is_some() || self.cannot_save || self.edits == self.requested {
            return None;
        }
        let after_pause = self.last_edit.map(|at| at + AUTOSAVE_DELAY);
        let at_the_latest = self.dirty_since.map(|at| at + AUTOSAVE_MAX_WAIT);
        let due = match (after_pause, at_the_latest) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match (due, self.retry_at) {
            (Some(due), Some(retry)) => Some(due.max(retry)),
            (due, retry) => due.or(retry),
        }
    }

    /// A save to hand to the saver, if one is due (see [`Self::due_at`]), or at
    /// once with `now_please` (save shortcut, closing, switching lesson).
    pub fn due_save(&mut self, now: Instant, now_please: bool) -> Option<SaveRequest> {
        let due = self.due_at()?;
        if !now_please && now < due {
            return None;
        }
        let snapshot_in_flight = self.in_flight.values().any(|f| f.snapshot);
        let snapshot = !snapshot_in_flight
            && self
                .last_snapshot
                .is_none_or(|at| now.duration_since(at) >= SNAPSHOT_INTERVAL);
        self.next_id += 1;
        self.requested = self.edits;
        self.dirty_since = None;
        self.in_flight.insert(
            self.next_id,
            InFlight {
                edits: self.edits,
                snapshot,
                at: now,
            },
        );
        Some(SaveRequest {
            id: self.next_id,
            file: self.to_file(),
            snapshot,
        })
    }

    /// Takes in what the saver reports. A report also settles every earlier
    /// request (the saver writes only the newest of those queued together).
    pub fn on_report(&mut self, now: Instant, report: &SaveReport) {
        if report.key != self.key || !self.in_flight.contains_key(&report.id) {
            return;
        }
        let settled: Vec<InFlight> = self
            .in_flight
            .range(..=report.id)
            .map(|(_, f)| *f)
            .collect();
        self.in_flight.retain(|&id, _| id > report.id);
        match &report.result {
            Ok(saved) => {
                if let Saved::Diverted(copy) = saved {
                    self.diverted = Some(copy.clone());
                }
                let newest = settled.iter().map(|f| f.edits).max().unwrap_or(0);
                self.saved = self.saved.max(newest);
                if let Some(snapshot) = settled.iter().filter(|f| f.snapshot).map(|f| f.at).max() {
                    self.last_snapshot = Some(snapshot);
                }
                self.failure = None;
                self.retry_at = None;
            }
            Err(why) => {
                self.failure = Some(why.to_string());
                self.retry_at = Some(now + RETRY_DELAY);
                // Everything after the last good save must be written again.
                self.requested = self.saved;
                self.dirty_since.get_or_insert(now);
            }
        }
    }

    /// Whether a save was handed over and has not been reported yet.
    pub fn is_saving(&self) -> bool {
        !self.in_flight.is_empty()
    }

    /// What the work file must still hold before each save, when the lock
    /// could not be taken (for the saving thread).
    pub fn take_guard(&mut self) -> Option<Fingerprint> {
        self.guard.take()
    }

    /// Takes the work's lock out of the session (to hand it to the saving
    /// thread, which holds it until its last write).
    pub fn take_lock(&mut self) -> Option<std::fs::File> {
        self.lock.take()
    }

    /// Saving is impossible in this session: say why, and stop trying.
    pub fn cannot_save(&mut self, why: String) {
        self.failure = Some(why);
        self.cannot_save = true;
    }

    /// The status line.
    pub fn status(&self) -> SaveStatus {
        if let Some(why) = &self.read_only {
            SaveStatus::ReadOnly(why.clone())
        } else if let Some(why) = &self.failure {
            SaveStatus::Failed(why.clone())
        } else if let Some(copy) = &self.diverted {
            SaveStatus::SavedAsCopy(copy.clone())
        } else if !self.has_unsaved() {
            SaveStatus::Saved
        } else if self.requested > self.saved {
            SaveStatus::Saving
        } else {
            SaveStatus::Unsaved
        }
    }

    /// How long until [`Self::due_save`] may have something, if it will.
    pub fn wake_in(&self, now: Instant) -> Option<Duration> {
        self.due_at().map(|at| at.saturating_duration_since(now))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::work::Answer;
    use crate::work::saver::SaveError;

    fn session() -> Session {
        let key = WorkKey {
            lesson_id: "l".into(),
            student: "s".into(),
        };
        Session::new(key, Work::default(), "hash", None, None)
    }

    fn answer(text: &str) -> Answer {
        Answer {
            text: text.into(),
            ..Answer::default()
        }
    }

    fn report(session: &Session, id: u64, result: Result<(), &str>) -> SaveReport {
        SaveReport {
            id,
            key: session.key.clone(),
            result: result
                .map(|()| Saved::InPlace)
                .map_err(|why| SaveError::Disk(why.into())),
        }
    }

    #[test]
    fn saves_shortly_after_the_last_edit_with_a_first_snapshot() {
        let start = Instant::now();
        let mut s = session();
        assert_eq!(s.status(), SaveStatus::Saved);
        s.edit(start, |w| w.set_answer("q", answer("a")));
        assert_eq!(s.status(), SaveStatus::Unsaved);
        assert!(
            s.due_save(start + Duration::from_millis(100), false)
                .is_none(),
            "too soon"
        );
        assert_eq!(
            s.wake_in(start + Duration::from_millis(100)),
            Some(AUTOSAVE_DELAY - Duration::from_millis(100))
        );
        let request = s.due_save(start + AUTOSAVE_DELAY, false).expect("due");
        assert!(request.snapshot);
        assert_eq!(request.file.work.answer("q").text, "a");
        assert_eq!(s.status(), SaveStatus::Saving);
        assert!(
            s.due_save(start + AUTOSAVE_DELAY, true).is_none(),
            "nothing new to save"
        );
        s.on_report(start, &report(&s, request.id, Ok(())));
        assert_eq!(s.status(), SaveStatus::Saved);
    }

    #[test]
    fn the_save_shortcut_does_not_wait_and_snapshots_are_spaced() {
        let start = Instant::now();
        let mut s = session();
        s.edit(start, |w| w.notebook = "one".into());
        let first = s.due_save(start, true).expect("at once");
        assert!(first.snapshot);
        s.on_report(start, &report(&s, first.id, Ok(())));
        s.edit(start, |w| w.notebook = "two".into());
        assert!(
            !s.due_save(start, true).expect("at once").snapshot,
            "not five minutes yet"
        );
        let later = start + SNAPSHOT_INTERVAL;
        s.edit(later, |w| w.notebook = "three".into());
        assert!(s.due_save(later, true).expect("at once").snapshot);
    }

    #[test]
    fn a_failed_save_is_reported_and_retried_with_the_newest_work() {
        let start = Instant::now();
        let mut s = session();
        s.edit(start, |w| w.notebook = "one".into());
        let first = s.due_save(start, true).expect("due");
        s.on_report(start, &report(&s, first.id, Err("the disk is full")));
        assert_eq!(s.status(), SaveStatus::Failed("the disk is full".into()));
        assert!(
            s.due_save(start + Duration::from_secs(1), false).is_none(),
            "waits before retrying"
        );
        let retry = s.due_save(start + RETRY_DELAY, false).expect("retried");
        assert_eq!(retry.file.work.notebook, "one");
        s.on_report(start, &report(&s, retry.id, Ok(())));
        assert_eq!(s.status(), SaveStatus::Saved);
    }

    #[test]
    fn typing_without_a_pause_still_saves_within_a_second() {
        let start = Instant::now();
        let mut s = session();
        let mut t = start;
        let mut saved_at = None;
        while t < start + Duration::from_secs(2) && saved_at.is_none() {
            s.edit(t, |w| w.notebook.push('x'));
            t += Duration::from_millis(150); // faster than the pause that starts a save
            if s.due_save(t, false).is_some() {
                saved_at = Some(t);
            }
        }
        let saved_at = saved_at.expect("a save started while typing");
        assert!(
            saved_at - start <= Duration::from_secs(1),
            "{:?}",
            saved_at - start
        );
    }

    #[test]
    fn a_report_settles_earlier_requests_the_saver_skipped() {
        let start = Instant::now();
        let mut s = session();
        s.edit(start, |w| w.notebook = "one".into());
        let first = s.due_save(start, true).expect("due");
        s.on_report(start, &report(&s, first.id, Err("the disk is full")));
        s.edit(start, |w| w.notebook = "two".into());
        let second = s.due_save(start, true).expect("due");
        s.edit(start, |w| w.notebook = "three".into());
        let third = s.due_save(start, true).expect("due");
        assert!(second.id < third.id);
        // The saver wrote only the newest and reports only that one.
        s.on_report(start, &report(&s, third.id, Ok(())));
        assert_eq!(s.status(), SaveStatus::Saved);
    }

    #[test]
    fn a_session_that_cannot_save_stops_asking_for_frames() {
        let mut s = session();
        s.cannot_save("no folder".into());
        s.edit(Instant::now(), |w| w.notebook = "x".into());
        assert_eq!(s.wake_in(Instant::now()), None);
        assert!(s.due_save(Instant::now(), true).is_none());
        assert_eq!(s.status(), SaveStatus::Failed("no folder".into()));
    }

    #[test]
    fn read_only_work_is_never_changed_or_saved() {
        let key = WorkKey {
            lesson_id: "l".into(),
            student: "s".into(),
        };
        let mut s = Session::new(
            key,
            Work::default(),
            "h",
            Some("newer version".into()),
            None,
        );
        s.edit(Instant::now(), |w| w.notebook = "x".into());
        assert_eq!(s.work.notebook, "");
        assert!(s.due_save(Instant::now(), true).is_none());
        assert_eq!(s.status(), SaveStatus::ReadOnly("newer version".into()));
    }
}

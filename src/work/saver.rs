//! Saving on a background thread, so the UI never waits for the disk.
//!
//! The UI hands over a finished [`WorkFile`] and returns at once. The thread
//! writes only the newest request for each student and lesson (older ones
//! still queued are skipped), reports each outcome, and wakes the UI.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use super::concurrent::{Checked, Fingerprint};
use super::file::WorkFile;
use super::store::{WorkKey, WorkStore};
use crate::io_error::plain_words;
use crate::tr;

/// One request to save.
#[derive(Debug, Clone)]
pub struct SaveRequest {
    /// Increases with every request of a session; reports carry it back.
    pub id: u64,
    /// What to write.
    pub file: WorkFile,
    /// Also keep a snapshot.
    pub snapshot: bool,
}

/// Why a save did not reach the disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The disk refused; why, in plain words.
    Disk(String),
    /// The saving thread has stopped (it cannot be asked any more).
    SaverStopped,
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Disk(why) => f.write_str(why),
            Self::SaverStopped => f.write_str(&tr!("sys-work-saver-stopped")),
        }
    }
}

impl std::error::Error for SaveError {}

/// Where a save went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Into the work file.
    InPlace,
    /// Into this conflict copy: another window or computer changed the work
    /// file (see [`super::concurrent`]).
    Diverted(std::path::PathBuf),
}

/// What happened to a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveReport {
    /// The request's id.
    pub id: u64,
    /// Whose work.
    pub key: WorkKey,
    /// Where it went, or why it did not reach the disk.
    pub result: Result<Saved, SaveError>,
}

enum Job {
    Save(Box<SaveRequest>),
    Flush(Sender<()>),
}

/// The saving thread and its queues.
pub struct Saver {
    jobs: Option<Sender<Job>>,
    reports: Receiver<SaveReport>,
}

impl Saver {
    /// Starts the thread. `wake` is called after each save (the app asks for a
    /// repaint there, so the status line updates). `keep` (the work's lock) is
    /// held by the thread until it has written everything queued, so another
    /// copy of the app can never open the work while a save is still running.
    /// With `guard` (the lock could not be taken), every save first checks
    /// that the work file still holds what this window last read or wrote.
    pub fn spawn(
        store: Arc<WorkStore>,
        wake: Box<dyn Fn() + Send>,
        keep: Option<std::fs::File>,
        guard: Option<Fingerprint>,
    ) -> Self {
        let (jobs, job_queue) = channel();
        let (report_to, reports) = channel();
        let started = std::thread::Builder::new()
            .name("closereader-saver".into())
            .spawn(move || {
                let mut writer = Writer {
                    store: &store,
                    guard,
                    diverted: None,
                };
                run(&mut writer, &job_queue, &report_to, wake.as_ref());
                drop(keep);
            });
        Self {
            // When the thread could not start, requests are refused and the
            // work reports "the saving thread stopped".
            jobs: started.is_ok().then_some(jobs),
            reports,
        }
    }

    /// Queues a save; returns at once. `false` if the thread is gone.
    pub fn request(&self, request: SaveRequest) -> bool {
        self.jobs
            .as_ref()
            .is_some_and(|jobs| jobs.send(Job::Save(Box::new(request))).is_ok())
    }

    /// Reports that have arrived since the last call.
    pub fn reports(&self) -> Vec<SaveReport> {
        self.reports.try_iter().collect()
    }

    /// Waits until everything queued so far is written, or `timeout` passes.
    /// Returns whether it finished in time.
    pub fn flush(&self, timeout: Duration) -> bool {
        let (done, wait) = channel();
        let sent = self
            .jobs
            .as_ref()
            .is_some_and(|jobs| jobs.send(Job::Flush(done)).is_ok());
        sent && wait.recv_timeout(timeout).is_ok()
    }
}

// Dropping a `Saver` closes its queue: the thread writes what is queued and
// ends on its own, without the UI waiting for the disk.

/// Writes saves for one window.
struct Writer<'a> {
    store: &'a WorkStore,
    /// What the work file should hold, when the lock could not be taken.
    guard: Option<Fingerprint>,
    /// Once another writer is seen, every later save goes to this copy.
    diverted: Option<std::path::PathBuf>,
}

impl Writer<'_> {
    fn write(&mut self, request: &SaveRequest) -> std::io::Result<Saved> {
        let file = &request.file;
        if let Some(copy) = &self.diverted {
            self.store.save_conflict_copy(&file.to_text(), copy)?;
            return Ok(Saved::Diverted(copy.clone()));
        }
        let Some(expected) = &self.guard else {
            self.store.save(file, request.snapshot)?;
            return Ok(Saved::InPlace);
        };
        match self
            .store
            .save_unless_changed(file, request.snapshot, expected)?
        {
            Checked::InPlace(now) => {
                self.guard = Some(now);
                Ok(Saved::InPlace)
            }
            Checked::Diverted(copy) => {
                self.diverted = Some(copy.clone());
                Ok(Saved::Diverted(copy))
            }
        }
    }
}

fn run(
    writer: &mut Writer<'_>,
    queue: &Receiver<Job>,
    reports: &Sender<SaveReport>,
    wake: &dyn Fn(),
) {
    loop {
        let Ok(first) = queue.recv() else { return };
        // Take everything queued now; keep only the newest save per student and lesson.
        let mut latest: HashMap<WorkKey, SaveRequest> = HashMap::new();
        let mut flushes = Vec::new();
        for job in std::iter::once(first).chain(queue.try_iter()) {
            match job {
                Job::Save(request) => {
                    let key = request.file.key();
                    let snapshot = request.snapshot || latest.get(&key).is_some_and(|r| r.snapshot);
                    latest.insert(
                        key,
                        SaveRequest {
                            snapshot,
                            ..*request
                        },
                    );
                }
                Job::Flush(done) => flushes.push(done),
            }
        }
        for (key, request) in latest {
            let result = writer
                .write(&request)
                .map_err(|e| SaveError::Disk(plain_words(&e)));
            let _ = reports.send(SaveReport {
                id: request.id,
                key,
                result,
            });
        }
        for done in flushes {
            let _ = done.send(());
        }
        wake();
    }
}

//! The background worker: every piece of disk work and every file window
//! the app needs runs here, on a thread of its own, so the window never
//! waits on a slow USB stick, a network share or a person choosing a file.
//! Each [`Job`] is carried out on its own thread and comes back as a
//! [`Done`] message, which the app takes in at the start of a frame.
//!
//! Nothing else under `src/ui/` touches the disk but the file windows it
//! waits for (`file_windows.rs`). (The only exceptions are
//! at exit, after the window has gone: the final save and the benchmark's
//! frame log, see [`write_frame_log`].)

use super::file_windows::{SaveFileError, SavedHow};
use crate::tr;
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant, SystemTime};

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::class::deadline::Heartbeat;
use crate::class::hand_in::hand_in;
use crate::class::{CollectProgress, collect_from};
use crate::clock::Clock;

use super::waiting::Waiting;
use crate::feedback::signing::TeacherKey;
use crate::feedback::{Feedback, feedback_folders, is_returned, save_signed, student_feedback};

use super::file_windows::{Asked, ask, save};
pub use super::file_windows::{
    Destination, FileWindow, SavedFile, class_folder_window, lesson_file_window,
    save_class_file_window, save_file_window,
};
pub use super::jobs::{Done, ExportJob, HistoryRow, Job, Then};
use crate::classroom::find_classroom;

use crate::export::render;
use crate::library::{LibraryEntry, folder_lessons_from};
use crate::work::{Autosave, WorkKey, lesson_progress};

/// How often reading a class folder asks for a frame to show its progress.
const PROGRESS_EVERY: Duration = Duration::from_millis(50);

/// How far reading a class folder has got, shared between the reading
/// thread and the window.
#[derive(Debug, Default)]
pub struct ReadCounter {
    read: AtomicUsize,
    total: AtomicUsize,
    /// Operations the share has answered (listings and looks too: a big
    /// folder on a slow share is listed a while before a file is read).
    answers: AtomicUsize,
}

impl ReadCounter {
    /// Records how far reading has got.
    pub(super) fn set(&self, progress: CollectProgress) {
        self.total.store(progress.total, Ordering::Relaxed);
        self.read.store(progress.read, Ordering::Relaxed);
    }

    /// Records that the share answered an operation.
    pub(super) fn answered(&self) {
        self.answers.fetch_add(1, Ordering::Relaxed);
    }

    /// How far reading has got, and how many operations the share has
    /// answered: whether it is getting on.
    pub(super) fn activity(&self) -> (CollectProgress, usize) {
        (self.get(), self.answers.load(Ordering::Relaxed))
    }

    /// Files read so far and files found (0 of 0 while still listing).
    pub fn get(&self) -> CollectProgress {
        CollectProgress {
            read: self.read.load(Ordering::Relaxed),
            total: self.total.load(Ordering::Relaxed),
        }
    }
}

/// Runs jobs on background threads and hands back what they did; gives
/// up on a network share that stops answering (see [`super::waiting`]).
pub struct Background {
    done_tx: Sender<(u64, Done)>,
    done_rx: Receiver<(u64, Done)>,
    wake: Arc<dyn Fn() + Send + Sync>,
    waiting: Waiting,
}

impl Background {
    /// A worker that calls `wake` whenever a job finishes (the app asks for
    /// a frame there), and gives up on a share that has not answered for
    /// `timeout` on `clock`.
    pub fn new(wake: Arc<dyn Fn() + Send + Sync>, clock: Clock, timeout: Duration) -> Self {
        let (done_tx, done_rx) = channel();
        Self {
            done_tx,
            done_rx,
            wake,
            waiting: Waiting::new(clock, timeout),
        }
    }

    /// Starts `job` on a thread of its own; returns at once.
    pub fn start(&mut self, job: Job) {
        let id = self.waiting.add(&job);
        let done_tx = self.done_tx.clone();
        let wake = self.wake.clone();
        let started = std::thread::Builder::new()
            .name("closereader-background".into())
            .spawn(move || {
                // A job that panics still reports, so the app never waits for it.
                let done =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job.run(&wake)))
                        .unwrap_or_else(|_| Done::Problem(tr!("job-panicked")));
                let _ = done_tx.send((id, done));
                wake();
            });
        if let Err(e) = started {
            let problem = Done::Problem(tr!("job-not-started", why = e.to_string()));
            let _ = self.done_tx.send((id, problem));
        }
    }

    /// The jobs finished since the last call, and those given up on.
    pub fn finished(&mut self) -> Vec<Done> {
        let mut done = Vec::new();
        for (id, answer) in self.done_rx.try_iter() {
            self.waiting.answered(id);
            done.push(answer);
        }
        done.extend(self.waiting.give_up());
        done
    }

    /// How many jobs are still running (not counting those given up on).
    pub fn in_flight(&self) -> usize {
        self.waiting.len()
    }

    /// How long until a job on a share may be given up on (ask for a frame then).
    pub fn next_deadline(&self) -> Option<Duration> {
        self.waiting.next_deadline()
    }
}

impl Job {
    /// Does the work (on a background thread); `wake` asks for a frame.
    fn run(self, wake: &Arc<dyn Fn() + Send + Sync>) -> Done {
        match self {
            Self::LoadFolders {
                lessons,
                classroom,
                fs,
            } => {
                crate::clock::warm_up();
                Done::Folders {
                    entries: folder_lessons_from(fs.as_ref(), &lessons),
                    classroom: find_classroom(&classroom),
                }
            }
            Self::LoadTranslations { folders, fs } => {
                let (files, problems) =
                    crate::translation::find_translations_in(fs.as_ref(), &folders);
                Done::Translations(crate::translation::Translations { files, problems })
            }
            Self::LoadLessonFile { path, then } => {
                Done::LessonFile(LibraryEntry::from_file(&path), then)
            }
            Self::PickLessonFile(window, then) => match ask(window) {
                Asked::Chosen(path) => Done::PickedLessonFile(path, then),
                Asked::Cancelled => Done::Nothing,
                Asked::NoWindow => Done::NoFileWindow,
            },
            Self::OpenWork {
                index,
                store,
                key,
                lesson_hash,
            } => {
                // The saving thread asks for a frame after each save.
                let wake = wake.clone();
                let wake = Box::new(move || wake());
                let (autosave, notice) = Autosave::open(store, key, &lesson_hash, wake);
                Done::WorkOpened {
                    index,
                    autosave: Box::new(autosave),
                    notice,
                }
            }
            Self::ReadProgress {
                store,
                student,
                lessons,
            } => Done::Progress {
                progress: lessons
                    .iter()
                    .map(|lesson| {
                        let lesson = lesson.as_ref()?;
                        let work = store.peek(&WorkKey::new(&lesson.id, &student))?;
                        Some(lesson_progress(lesson, &work))
                    })
                    .collect(),
                student,
            },
            Self::CheckReturned {
                store,
                disk,
                hand_in,
                student,
                trusted,
                lessons,
            } => Done::Returned {
                returned: Ok(lessons
                    .iter()
                    .map(|lesson| {
                        lesson.as_ref().is_some_and(|lesson| {
                            let key = WorkKey::new(&lesson.id, &student);
                            let folders = feedback_folders(&store, hand_in.as_deref(), &key);
                            is_returned(disk.as_ref(), &folders, &key, &trusted)
                        })
                    })
                    .collect()),
                student,
            },
            Self::LoadPicture(path) => Done::PictureLoaded {
                result: crate::picture::load_picture(&path).map(Box::new),
                path,
            },
            Self::FindFeedback {
                disk,
                folders,
                key,
                trusted,
            } => Done::FeedbackFound {
                found: student_feedback(disk.as_ref(), &folders, &key, &trusted),
                key,
            },
            Self::SaveFeedback {
                disk,
                folder,
                base,
                feedback,
                key_dir,
                edited_as,
            } => Done::FeedbackSaved {
                result: save_signed(
                    disk.as_ref(),
                    key_dir.as_deref(),
                    &folder,
                    base.as_deref(),
                    (&feedback, &edited_as),
                ),
                sent: feedback,
            },
            Self::LoadHistory { store, key, lesson } => Done::History {
                rows: store
                    .snapshots(&key)
                    .into_iter()
                    .map(|snapshot| {
                        let file = store.read_snapshot(&snapshot).ok();
                        let progress = file.as_ref().map(|f| lesson_progress(&lesson, &f.work));
                        HistoryRow {
                            snapshot,
                            file,
                            progress,
                        }
                    })
                    .collect(),
                key,
            },
            Self::KeepThenRestore {
                store,
                edits,
                current,
                earlier,
            } => Done::Restored {
                key: current.key(),
                edits,
                result: store
                    .save_snapshot(&current)
                    .map(|()| earlier)
                    .map_err(|e| crate::io_error::plain_words(&e)),
            },
            Self::Export(job) => Done::Saved(export(*job)),
            Self::PickClassFolder(window) => match ask(window) {
                Asked::Chosen(path) => Done::PickedClassFolder(path),
                Asked::Cancelled => Done::Nothing,
                Asked::NoWindow => Done::NoFolderWindow,
            },
            Self::CollectClass {
                folder,
                counter,
                key_dir,
                fs,
                mut cache,
            } => {
                let mut woken = Instant::now();
                let answered = counter.clone();
                let heard = Heartbeat {
                    fs,
                    beat: move || answered.answered(),
                };
                let result = collect_from(&heard, &folder, &mut cache, |progress| {
                    counter.set(progress);
                    // A frame now and then, not one per file.
                    if woken.elapsed() >= PROGRESS_EVERY {
                        woken = Instant::now();
                        wake();
                    }
                })
                .map(Box::new)
                .map_err(|e| crate::io_error::plain_words(&e));
                // The teacher's key, made now if they have none yet: every
                // change they make is in the part this key names.
                let my_key = key_dir
                    .and_then(|dir| {
                        TeacherKey::load_or_create(&crate::work::disk::RealDisk, &dir).ok()
                    })
                    .map(|k| k.public())
                    .unwrap_or_default();
                Done::ClassCollected {
                    folder,
                    result,
                    my_key,
                    cache,
                }
            }
            Self::ClassExport {
                lesson,
                students,
                feedback,
                list,
                kind,
                name,
                destination,
            } => {
                let feedback: Vec<Option<&Feedback>> =
                    feedback.iter().map(Option::as_ref).collect();
                let class = crate::class::ClassData {
                    lesson: &lesson,
                    students: &students,
                    feedback: &feedback,
                    list: &list.0,
                    joins: &list.1,
                };
                let bytes = kind.render(&class, &crate::export::today());
                Done::Saved(save(&bytes, &name, destination, SavedHow::Saved))
            }
            Self::ShareClassReading {
                disk,
                folders,
                lesson,
                students,
                day,
            } => Done::ClassReadingShared(
                crate::class::reading::class_reading(&lesson, &students, &day)
                    .map_err(|e| e.to_string())
                    .and_then(|reading| {
                        crate::class::reading_file::save_class_reading(
                            disk.as_ref(),
                            &folders,
                            &reading,
                        )
                        .map(|written| (written, reading.students))
                    }),
            ),
            Self::FindClassReading {
                disk,
                folders,
                key,
                lesson,
            } => Done::ClassReadingFound {
                found: crate::class::reading_file::find_class_reading(
                    disk.as_ref(),
                    &folders,
                    &lesson,
                ),
                key,
            },
            Self::HandIn {
                disk,
                folder,
                file,
                edits,
            } => {
                let at = SystemTime::now();
                Done::HandedIn {
                    key: file.key(),
                    edits,
                    at,
                    result: hand_in(disk.as_ref(), &folder, &file, at),
                }
            }
            Self::Watch {
                moment,
                folder,
                search_path,
            } => {
                let launcher = crate::player::SystemLauncher;
                match crate::player::watch(
                    &moment,
                    folder.as_deref(),
                    search_path.as_deref(),
                    &launcher,
                ) {
                    Ok(opened) => Done::Said(opened.message()),
                    Err(why) => Done::Problem(why.to_string()),
                }
            }
            Self::OpenFolder(folder) => match open::that_detached(&folder) {
                Ok(()) => Done::Nothing,
                Err(e) => Done::Problem(tr!(
                    "folder-not-opened",
                    why = crate::io_error::plain_words(&e),
                    folder = folder.display().to_string()
                )),
            },
        }
    }
}

/// Makes the export, finds where it goes, and writes it. Never replaces a
/// file the student did not choose.
fn export(job: ExportJob) -> Result<Option<SavedFile>, SaveFileError> {
    let bytes = render(
        job.format,
        &job.lesson,
        &job.file,
        &job.options,
        job.feedback.as_ref(),
    )?;
    save(&bytes, &job.name, job.destination, job.done)
}

/// Writes every frame's time (benchmarks only). Called once the window has
/// closed, so nothing waits for it.
pub fn write_frame_log(path: &Path, frames: &[f64]) {
    let lines: String = frames.iter().map(|t| format!("{t:.4}\n")).collect();
    if let Err(e) = std::fs::write(path, lines) {
        eprintln!(
            "closereader: could not write the frame log {}: {}",
            path.display(),
            crate::io_error::plain_words(&e)
        );
    }
}

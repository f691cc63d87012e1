//! The background worker: every piece of disk work and every file window
//! the app needs runs here, on a thread of its own, so the window never
//! waits on a slow USB stick, a network share or a person choosing a file.
//! Each [`Job`] is carried out on its own thread and comes back as a
//! [`Done`] message, which the app takes in at the start of a frame.
//!
//! Nothing else under `src/ui/` touches the disk. (The only exceptions are
//! at exit, after the window has gone: the final save and the benchmark's
//! frame log, see [`write_frame_log`].)

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant, SystemTime};

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::class::feedback::{Feedback, SavedFeedback, find_feedback, save_feedback};
use crate::class::hand_in::{HandInError, HandedIn, hand_in};
use crate::class::{ClassFile, CollectProgress, Collection, StudentWork, collect};
use crate::classroom::{ClassroomError, FoundClassroom, find_classroom};
use crate::work::disk::Disk;

use crate::export::filename::unused_path;
use crate::export::{ExportOptions, Format, render, write_file};
use crate::lesson::Lesson;
use crate::library::{LibraryEntry, folder_lessons};
use crate::work::file::WorkFile;
use crate::work::history::Snapshot;
use crate::work::{Autosave, Progress, WorkKey, WorkStore, lesson_progress};

/// How often reading a class folder asks for a frame to show its progress.
const PROGRESS_EVERY: Duration = Duration::from_millis(50);

/// How far reading a class folder has got, shared between the reading
/// thread and the window.
#[derive(Debug, Default)]
pub struct ReadCounter {
    read: AtomicUsize,
    total: AtomicUsize,
}

impl ReadCounter {
    fn set(&self, progress: CollectProgress) {
        self.total.store(progress.total, Ordering::Relaxed);
        self.read.store(progress.read, Ordering::Relaxed);
    }

    /// Files read so far and files found (0 of 0 while still listing).
    pub fn get(&self) -> CollectProgress {
        CollectProgress {
            read: self.read.load(Ordering::Relaxed),
            total: self.total.load(Ordering::Relaxed),
        }
    }
}

/// A file window that closes sooner than this was never shown (no person
/// cancels that fast; rfd reports "no window" and "cancelled" alike).
const NO_WINDOW_WITHIN: Duration = Duration::from_millis(250);

/// A file window, already asked for on the UI thread (macOS wants dialogs
/// started there) and awaited here.
pub type FileWindow = Pin<Box<dyn Future<Output = Option<rfd::FileHandle>> + Send>>;

/// Where an export or a copy of the work goes.
pub enum Destination {
    /// Into this folder without asking (tests; a shared classroom folder).
    Folder(PathBuf),
    /// Where the student says in a save window; when none can be shown,
    /// into the Documents folder.
    Ask(FileWindow),
    /// No file windows on this computer: straight to the Documents folder.
    Documents,
}

/// Something to do off the UI thread.
pub enum Job {
    /// Read the lesson folders, and look for a classroom settings file.
    LoadFolders {
        /// The lesson folders.
        lessons: Vec<PathBuf>,
        /// Where a `classroom.ron` may be, in order.
        classroom: Vec<PathBuf>,
    },
    /// Read one lesson file; `then` says what to do once it is in the library.
    LoadLessonFile {
        /// The file.
        path: PathBuf,
        /// What next.
        then: Then,
    },
    /// Ask which lesson file to open (or preview).
    PickLessonFile(Option<FileWindow>, Then),
    /// Open a student's work on a lesson (lock, load, recover).
    OpenWork {
        /// The library entry.
        index: usize,
        /// Where work is kept.
        store: Arc<WorkStore>,
        /// Whose work.
        key: WorkKey,
        /// The lesson file's hash, recorded in the work file.
        lesson_hash: String,
    },
    /// How far a student is in each lesson, and whether their teacher has
    /// returned it with feedback (for the start screen).
    ReadProgress {
        /// Where work is kept.
        store: Arc<WorkStore>,
        /// The disk feedback is read through.
        disk: Arc<dyn Disk>,
        /// The class's hand-in folder, where feedback may come back.
        hand_in: Option<PathBuf>,
        /// The name typed.
        student: String,
        /// The library's lessons, by index (`None` for broken entries).
        lessons: Vec<Option<Arc<Lesson>>>,
    },
    /// List the earlier copies of a student's work.
    LoadHistory {
        /// Where work is kept.
        store: Arc<WorkStore>,
        /// Whose work.
        key: WorkKey,
        /// The lesson, to count answers in each copy.
        lesson: Arc<Lesson>,
    },
    /// Keep what is on screen as an earlier copy, then bring `earlier` back.
    KeepThenRestore {
        /// Where work is kept.
        store: Arc<WorkStore>,
        /// How many edits the work had when this was asked for.
        edits: u64,
        /// The work on screen.
        current: Box<WorkFile>,
        /// The copy to bring back.
        earlier: Box<WorkFile>,
    },
    /// Make an export and save it.
    Export(Box<ExportJob>),
    /// Show a folder in the system's file manager.
    OpenFolder(PathBuf),
    /// Ask which folder holds a class's work.
    PickClassFolder(Option<FileWindow>),
    /// Read every work file in a folder and below it.
    CollectClass {
        /// The folder.
        folder: PathBuf,
        /// How far it has got, for the progress bar.
        counter: Arc<ReadCounter>,
    },
    /// Write a class's spreadsheet or report.
    ClassExport {
        /// The lesson.
        lesson: Arc<Lesson>,
        /// The class's work on it.
        students: Vec<StudentWork>,
        /// Each student's feedback, in the same order.
        feedback: Vec<Option<Feedback>>,
        /// Which file.
        kind: ClassFile,
        /// The file name to suggest.
        name: String,
        /// Where it goes.
        destination: Destination,
    },
    /// Look for the teacher's feedback on a student's work.
    FindFeedback {
        /// The disk to read through.
        disk: Arc<dyn Disk>,
        /// The folders to look in.
        folders: Vec<PathBuf>,
        /// Whose work.
        key: WorkKey,
    },
    /// Save a teacher's feedback on one student's work.
    SaveFeedback {
        /// The disk to write through.
        disk: Arc<dyn Disk>,
        /// The feedback file.
        path: PathBuf,
        /// The feedback as last read or written (to merge another
        /// teacher's changes against).
        base: Option<Box<Feedback>>,
        /// The feedback to write.
        feedback: Box<Feedback>,
    },
    /// Hand the work in to the class's hand-in folder.
    HandIn {
        /// The disk to write through.
        disk: Arc<dyn Disk>,
        /// The hand-in folder.
        folder: PathBuf,
        /// The work on screen.
        file: WorkFile,
        /// How many edits the work had.
        edits: u64,
    },
}

/// An export to make and save.
pub struct ExportJob {
    /// The lesson.
    pub lesson: Arc<Lesson>,
    /// The work.
    pub file: WorkFile,
    /// The teacher's feedback on it, once returned.
    pub feedback: Option<Feedback>,
    /// The format.
    pub format: Format,
    /// What goes in.
    pub options: ExportOptions,
    /// The file name to suggest.
    pub name: String,
    /// Where it goes.
    pub destination: Destination,
    /// How the message starts when it is saved ("Exported to").
    pub done: &'static str,
}

/// What to do once a lesson file has been read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    /// Only list it.
    List,
    /// Keep it ready to open once a name is typed (named on the command line).
    WaitForName,
    /// Open it (chosen or dropped by the student).
    Open,
    /// Show it in the live preview (a teacher writing it).
    Preview,
}

/// A finished job.
pub enum Done {
    /// Lessons found in the lesson folders, and the classroom settings.
    Folders {
        /// The lessons.
        entries: Vec<LibraryEntry>,
        /// The classroom settings file, if one was found.
        classroom: Option<Result<FoundClassroom, ClassroomError>>,
    },
    /// A lesson file read.
    LessonFile(LibraryEntry, Then),
    /// A lesson file was chosen, to open or to preview.
    PickedLessonFile(PathBuf, Then),
    /// No file window could be shown.
    NoFileWindow,
    /// A student's work, opened.
    WorkOpened {
        /// The library entry.
        index: usize,
        /// The work with its saving thread.
        autosave: Box<Autosave>,
        /// What the student must be told.
        notice: Option<String>,
    },
    /// Progress per library entry for this name.
    Progress {
        /// The name it was read for.
        student: String,
        /// Per library entry.
        progress: Vec<Option<Progress>>,
        /// Per library entry: the teacher has returned it with feedback.
        returned: Vec<bool>,
    },
    /// The teacher's feedback on a student's work, if there is any.
    FeedbackFound {
        /// Whose work.
        key: WorkKey,
        /// The feedback, or why it could not be read.
        found: Option<Result<Feedback, String>>,
    },
    /// A teacher's feedback was saved (as `sent`), or why not.
    FeedbackSaved {
        /// The feedback file.
        path: PathBuf,
        /// What was sent to be saved.
        sent: Box<Feedback>,
        /// What was written, or why nothing was.
        result: Result<SavedFeedback, String>,
    },
    /// The earlier copies of `key`'s work, newest first, with what each holds.
    History {
        /// Whose work.
        key: WorkKey,
        /// The copies.
        rows: Vec<HistoryRow>,
    },
    /// The earlier copy of `key`'s work to bring back, or why it was not.
    Restored {
        /// Whose work.
        key: WorkKey,
        /// The work's edit count when it was asked for.
        edits: u64,
        /// The copy, or why not.
        result: Result<Box<WorkFile>, String>,
    },
    /// A folder of class work was chosen.
    PickedClassFolder(PathBuf),
    /// No folder window could be shown.
    NoFolderWindow,
    /// A folder of class work has been read, or why it could not be.
    ClassCollected {
        /// The folder.
        folder: PathBuf,
        /// What it holds, or why it could not be read.
        result: Result<Box<Collection>, String>,
    },
    /// The work was handed in, or why not.
    HandedIn {
        /// Whose work.
        key: WorkKey,
        /// The work's edit count when it was handed in.
        edits: u64,
        /// When.
        at: SystemTime,
        /// Where it went, or why not.
        result: Result<HandedIn, HandInError>,
    },
    /// A file was saved, or why not.
    Saved(Result<SavedFile, String>),
    /// Something failed that the student should hear about.
    Problem(String),
    /// Nothing to report (the student cancelled a file window).
    Nothing,
}

/// One earlier copy and what it holds.
pub struct HistoryRow {
    /// The snapshot.
    pub snapshot: Snapshot,
    /// Its contents, when it can be read.
    pub file: Option<WorkFile>,
    /// "12 of 33 answered", or why it cannot be read.
    pub summary: String,
}

/// Where a file went.
pub struct SavedFile {
    /// The file.
    pub path: PathBuf,
    /// "Exported to", or the fallback's own words.
    pub lead: String,
}

/// Runs jobs on background threads and hands back what they did.
pub struct Background {
    done_tx: Sender<Done>,
    done_rx: Receiver<Done>,
    wake: Arc<dyn Fn() + Send + Sync>,
    in_flight: usize,
}

impl Background {
    /// A worker that calls `wake` whenever a job finishes (the app asks for
    /// a frame there).
    pub fn new(wake: Arc<dyn Fn() + Send + Sync>) -> Self {
        let (done_tx, done_rx) = channel();
        Self {
            done_tx,
            done_rx,
            wake,
            in_flight: 0,
        }
    }

    /// Starts `job` on a thread of its own; returns at once.
    pub fn start(&mut self, job: Job) {
        let done_tx = self.done_tx.clone();
        let wake = self.wake.clone();
        let started = std::thread::Builder::new()
            .name("closereader-background".into())
            .spawn(move || {
                // A job that panics still reports, so the app never waits for it.
                let done =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job.run(&wake)))
                        .unwrap_or_else(|_| {
                            Done::Problem(
                                "Something went wrong reading or writing a file. Your work on \
                             screen is safe; try again."
                                    .to_owned(),
                            )
                        });
                let _ = done_tx.send(done);
                wake();
            });
        match started {
            Ok(_) => self.in_flight += 1,
            Err(e) => {
                let _ = self.done_tx.send(Done::Problem(format!(
                    "Close Reader could not start work in the background ({e}). Try again."
                )));
            }
        }
    }

    /// The jobs finished since the last call.
    pub fn finished(&mut self) -> Vec<Done> {
        let done: Vec<Done> = self.done_rx.try_iter().collect();
        self.in_flight = self.in_flight.saturating_sub(done.len());
        done
    }

    /// How many jobs are still running.
    pub fn in_flight(&self) -> usize {
        self.in_flight
    }
}

impl Job {
    /// Does the work (on a background thread); `wake` asks for a frame.
    fn run(self, wake: &Arc<dyn Fn() + Send + Sync>) -> Done {
        match self {
            Self::LoadFolders { lessons, classroom } => Done::Folders {
                entries: folder_lessons(&lessons),
                classroom: find_classroom(&classroom),
            },
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
                disk,
                hand_in,
                student,
                lessons,
            } => {
                let progress: Vec<Option<Progress>> = lessons
                    .iter()
                    .map(|lesson| {
                        let lesson = lesson.as_ref()?;
                        let work = store.peek(&WorkKey::new(&lesson.id, &student))?;
                        Some(lesson_progress(lesson, &work))
                    })
                    .collect();
                let returned = lessons
                    .iter()
                    .zip(&progress)
                    .map(|(lesson, progress)| match (lesson, progress) {
                        (Some(lesson), Some(_)) => {
                            let key = WorkKey::new(&lesson.id, &student);
                            let folders = feedback_folders(&store, hand_in.as_deref(), &key);
                            matches!(
                                find_feedback(disk.as_ref(), &folders, &lesson.id, &student),
                                Some(Ok(_))
                            )
                        }
                        _ => false,
                    })
                    .collect();
                Done::Progress {
                    student,
                    progress,
                    returned,
                }
            }
            Self::FindFeedback { disk, folders, key } => Done::FeedbackFound {
                found: find_feedback(disk.as_ref(), &folders, &key.lesson_id, &key.student),
                key,
            },
            Self::SaveFeedback {
                disk,
                path,
                base,
                feedback,
            } => Done::FeedbackSaved {
                result: save_feedback(
                    disk.as_ref(),
                    &path,
                    base.as_deref(),
                    &feedback,
                    SystemTime::now(),
                ),
                path,
                sent: feedback,
            },
            Self::LoadHistory { store, key, lesson } => Done::History {
                rows: store
                    .snapshots(&key)
                    .into_iter()
                    .map(|snapshot| {
                        let file = store.read_snapshot(&snapshot).ok();
                        let summary = match &file {
                            Some(file) => {
                                let progress = lesson_progress(&lesson, &file.work);
                                format!("{} of {} answered", progress.answered, progress.total)
                            }
                            None => "cannot be read".to_owned(),
                        };
                        HistoryRow {
                            snapshot,
                            file,
                            summary,
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
            Self::CollectClass { folder, counter } => {
                let mut woken = Instant::now();
                let result = collect(&folder, |progress| {
                    counter.set(progress);
                    // A frame now and then, not one per file.
                    if woken.elapsed() >= PROGRESS_EVERY {
                        woken = Instant::now();
                        wake();
                    }
                })
                .map(Box::new)
                .map_err(|e| crate::io_error::plain_words(&e));
                Done::ClassCollected { folder, result }
            }
            Self::ClassExport {
                lesson,
                students,
                feedback,
                kind,
                name,
                destination,
            } => {
                let feedback: Vec<Option<&Feedback>> =
                    feedback.iter().map(Option::as_ref).collect();
                let bytes = kind.render(&lesson, &students, &feedback, &crate::export::today());
                Done::Saved(save(&bytes, &name, destination, "Saved"))
            }
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
            Self::OpenFolder(folder) => match open::that_detached(&folder) {
                Ok(()) => Done::Nothing,
                Err(e) => Done::Problem(format!(
                    "The folder could not be opened ({}). It is {}.",
                    crate::io_error::plain_words(&e),
                    folder.display()
                )),
            },
        }
    }
}

/// What a file window said.
enum Asked {
    Chosen(PathBuf),
    Cancelled,
    NoWindow,
}

/// Waits for a file window (blocking this background thread only).
fn ask(window: Option<FileWindow>) -> Asked {
    let Some(window) = window else {
        return Asked::NoWindow;
    };
    let asked = Instant::now();
    match pollster::block_on(window) {
        Some(handle) => Asked::Chosen(handle.path().to_path_buf()),
        None if asked.elapsed() < NO_WINDOW_WITHIN => Asked::NoWindow,
        None => Asked::Cancelled,
    }
}

/// Makes the export, finds where it goes, and writes it. Never replaces a
/// file the student did not choose.
fn export(job: ExportJob) -> Result<SavedFile, String> {
    let bytes = render(
        job.format,
        &job.lesson,
        &job.file,
        &job.options,
        job.feedback.as_ref(),
    )
    .map_err(|e| e.to_string())?;
    save(&bytes, &job.name, job.destination, job.done)
}

/// Finds where a file goes (asking, when the destination says so) and
/// writes it. Never replaces a file the person did not choose.
fn save(
    bytes: &[u8],
    name: &str,
    destination: Destination,
    done: &str,
) -> Result<SavedFile, String> {
    let (path, lead) = match destination {
        Destination::Folder(dir) => (unused_path(&dir, name), done.to_owned()),
        Destination::Ask(window) => match ask(Some(window)) {
            Asked::Chosen(path) => (path, done.to_owned()),
            Asked::Cancelled => return Err(String::new()),
            Asked::NoWindow => in_documents(name)?,
        },
        Destination::Documents => in_documents(name)?,
    };
    write_file(&path, bytes).map_err(|e| e.to_string())?;
    Ok(SavedFile { path, lead })
}

/// A path for `name` in the Documents folder (or home), when no save window
/// could be shown.
fn in_documents(name: &str) -> Result<(PathBuf, String), String> {
    let documents = directories::UserDirs::new()
        .map(|dirs| dirs.document_dir().unwrap_or(dirs.home_dir()).to_path_buf())
        .ok_or_else(|| {
            "No save window could be shown and there is no Documents folder: nothing was saved."
                .to_owned()
        })?;
    Ok((
        unused_path(&documents, name),
        "No save window could be shown, so your work was saved as".to_owned(),
    ))
}

/// Where a student's feedback may be: the class's hand-in folder (it
/// comes back the way the work went), then beside their work.
pub fn feedback_folders(store: &WorkStore, hand_in: Option<&Path>, key: &WorkKey) -> Vec<PathBuf> {
    hand_in
        .map(Path::to_path_buf)
        .into_iter()
        .chain(store.work_path(key).parent().map(Path::to_path_buf))
        .collect()
}

/// Starts a window that asks which lesson file to open (on the UI thread,
/// where macOS wants it; awaited in the background).
pub fn lesson_file_window() -> FileWindow {
    Box::pin(
        rfd::AsyncFileDialog::new()
            .add_filter("Lesson", &["ron"])
            .set_title("Open lesson file")
            .pick_file(),
    )
}

/// Starts a window that asks for the folder of a class's work (see
/// [`lesson_file_window`]).
pub fn class_folder_window() -> FileWindow {
    Box::pin(
        rfd::AsyncFileDialog::new()
            .set_title("Open the folder with your class's work")
            .pick_folder(),
    )
}

/// Starts a window that asks where to save `name` (see [`lesson_file_window`]).
pub fn save_file_window(name: &str, format: Format) -> FileWindow {
    save_window("Save your work", name, format.label(), format.extension())
}

/// Starts a window that asks where to save a class's `kind` file.
pub fn save_class_file_window(name: &str, kind: ClassFile) -> FileWindow {
    save_window(
        "Save the class's work",
        name,
        kind.label(),
        kind.extension(),
    )
}

fn save_window(title: &str, name: &str, filter: &str, extension: &str) -> FileWindow {
    Box::pin(
        rfd::AsyncFileDialog::new()
            .set_title(title)
            .set_file_name(name)
            .add_filter(filter, &[extension])
            .save_file(),
    )
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

//! The work the [`super::background`] worker does, as requests ([`Job`])
//! and answers ([`Done`]); it carries them out on threads of its own.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use crate::class::class_fs::ClassFs;
use crate::class::hand_in::{HandInError, HandedIn};
use crate::class::read_cache::ReadCache;
use crate::class::reading::{ClassReading, ReadingError};
use crate::class::{ClassFile, Collection, StudentWork};
use crate::classroom::{ClassroomError, FoundClassroom};
use crate::export::{ExportOptions, Format};
use crate::feedback::{Feedback, SavedFeedback, StudentFeedback, Trust};
use crate::lesson::Lesson;
use crate::library::LibraryEntry;
use crate::work::disk::Disk;
use crate::work::file::WorkFile;
use crate::work::history::Snapshot;
use crate::work::{Autosave, Progress, WorkKey, WorkStore};

use super::background::ReadCounter;
use super::file_windows::{Destination, FileWindow, SavedFile};

/// Something to do off the UI thread.
pub enum Job {
    /// Read the lesson folders, and look for a classroom settings file.
    LoadFolders {
        /// The lesson folders.
        lessons: Vec<PathBuf>,
        /// Where a `classroom.ron` may be, in order.
        classroom: Vec<PathBuf>,
        /// The file system the lesson folders are read through.
        fs: Arc<dyn ClassFs>,
    },
    /// Read the teachers' translation files (`<code>.ftl`) in `folders`
    /// (the lessons folders, perhaps on a share, and the data folder).
    LoadTranslations {
        /// Where to look, in order.
        folders: Vec<PathBuf>,
        /// The file system they are read through.
        fs: Arc<dyn ClassFs>,
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
    /// How far a student is in each lesson (for the start screen), from
    /// this laptop's work alone.
    ReadProgress {
        /// Where work is kept.
        store: Arc<WorkStore>,
        /// The name typed.
        student: String,
        /// The library's lessons, by index (`None` for broken entries).
        lessons: Vec<Option<Arc<Lesson>>>,
    },
    /// Whether the teacher has returned each lesson the student has work
    /// on (for the start screen): asks the hand-in folder, maybe a
    /// network share, so it is a job of its own and never holds up the
    /// progress read from this laptop.
    CheckReturned {
        /// Where work is kept (feedback may be beside it).
        store: Arc<WorkStore>,
        /// The disk feedback is read through.
        disk: Arc<dyn Disk>,
        /// The class's hand-in folder, where feedback may come back.
        hand_in: Option<PathBuf>,
        /// The name typed.
        student: String,
        /// The teachers the classroom settings name.
        trusted: Trust,
        /// The library's lessons the student has work on, by index
        /// (`None` for the others).
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
    /// Open a moment of a video outside the app (`crate::player::watch`).
    Watch {
        /// The video and the second.
        moment: crate::lesson::video::Moment,
        /// The lesson's folder, where a video file is.
        folder: Option<PathBuf>,
        /// Where to look for a player (`None`: the `PATH`).
        search_path: Option<std::ffi::OsString>,
    },
    /// Ask which folder holds a class's work.
    PickClassFolder(Option<FileWindow>),
    /// Read every work file in a folder and below it.
    CollectClass {
        /// The folder.
        folder: PathBuf,
        /// How far it has got, for the progress bar.
        counter: Arc<ReadCounter>,
        /// The folder the teacher's key is kept in.
        key_dir: Option<PathBuf>,
        /// The file system it is read through.
        fs: Arc<dyn ClassFs>,
        /// What the folder held when last read (only changed files are read again).
        cache: Box<ReadCache>,
    },
    /// Write a class's spreadsheet or report.
    ClassExport {
        /// The lesson.
        lesson: Arc<Lesson>,
        /// The class's work on it.
        students: Vec<StudentWork>,
        /// Each student's feedback, in the same order.
        feedback: Vec<Option<Feedback>>,
        /// The class list and the teacher's joins.
        list: Box<(
            crate::class::class_list::ClassList,
            crate::class::class_list::Joins,
        )>,
        /// Which file.
        kind: ClassFile,
        /// The file name to suggest.
        name: String,
        /// Where it goes.
        destination: Destination,
    },
    /// Read and decode a lesson's picture.
    LoadPicture(PathBuf),
    /// Look for the teacher's feedback on a student's work.
    FindFeedback {
        /// The disk to read through.
        disk: Arc<dyn Disk>,
        /// The folders to look in.
        folders: Vec<PathBuf>,
        /// Whose work.
        key: WorkKey,
        /// The teachers the classroom settings name.
        trusted: Trust,
    },
    /// Save a teacher's feedback on one student's work.
    SaveFeedback {
        /// The disk to write through.
        disk: Arc<dyn Disk>,
        /// The folder the teacher's feedback file goes in.
        folder: PathBuf,
        /// The feedback as last read or written (to merge another
        /// teacher's changes against).
        base: Option<Box<Feedback>>,
        /// The feedback to write.
        feedback: Box<Feedback>,
        /// The folder the teacher's key is kept in (made there if it is
        /// not there yet); `None` when there is nowhere to keep it.
        key_dir: Option<PathBuf>,
        /// The key whose part of `feedback` the teacher changed ("" before
        /// the key was known).
        edited_as: String,
    },
    /// Make the class's reading of a lesson and write it beside the
    /// feedback (the teacher chose to share it when returning).
    ShareClassReading {
        /// The disk to write through.
        disk: Arc<dyn Disk>,
        /// The folders the feedback goes into.
        folders: Vec<PathBuf>,
        /// The lesson.
        lesson: Arc<Lesson>,
        /// The class's work on it.
        students: Vec<StudentWork>,
        /// Today (YYYY-MM-DD).
        day: String,
    },
    /// Look for the class's reading of the open lesson beside the feedback.
    FindClassReading {
        /// The disk to read through.
        disk: Arc<dyn Disk>,
        /// The folders to look in.
        folders: Vec<PathBuf>,
        /// Whose work.
        key: WorkKey,
        /// The lesson, to check the reading against.
        lesson: Arc<Lesson>,
    },
    /// Hand the work in to the class's hand-in folder.
    HandIn {
        /// The disk to write through.
        disk: Arc<dyn Disk>,
        /// The hand-in folder.
        folder: PathBuf,
        /// The work on screen.
        file: Box<WorkFile>,
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
    pub done: super::file_windows::SavedHow,
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
    /// Something to tell the person, that went as asked (a video opened).
    Said(String),
    /// Lessons found in the lesson folders, and the classroom settings.
    Folders {
        /// The lessons.
        entries: Vec<LibraryEntry>,
        /// The classroom settings file, if one was found.
        classroom: Option<Result<FoundClassroom, ClassroomError>>,
    },
    /// The teachers' translation files, read.
    Translations(crate::translation::Translations),
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
    },
    /// Which lessons the teacher has returned to this name.
    Returned {
        /// The name it was checked for.
        student: String,
        /// Per library entry: the teacher has returned it with feedback;
        /// or why the hand-in folder could not say, in words.
        returned: Result<Vec<bool>, String>,
    },
    /// A lesson's picture, decoded, or why it cannot be shown.
    PictureLoaded {
        /// The picture file.
        path: PathBuf,
        /// The pixels, or why not.
        result: Result<Box<crate::picture::Picture>, String>,
    },
    /// The teacher's feedback on a student's work, if there is any.
    FeedbackFound {
        /// Whose work.
        key: WorkKey,
        /// The feedback as the student may see it, or why it could not
        /// be read.
        found: Option<Result<StudentFeedback, String>>,
    },
    /// A teacher's feedback was saved (as `sent`), or why not.
    FeedbackSaved {
        /// What was sent to be saved.
        sent: Box<Feedback>,
        /// What was written and the teacher's public key, or why
        /// nothing was.
        result: Result<(SavedFeedback, String), String>,
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
        /// The teacher's public key (made now if they had none), "" if it
        /// cannot be kept.
        my_key: String,
        /// What each file held, for reading the folder again.
        cache: Box<ReadCache>,
    },
    /// The class's reading was written: into how many folders, for how
    /// many students; or why not.
    ClassReadingShared(Result<(usize, usize), String>),
    /// The class's reading of `key`'s lesson, if there is one.
    ClassReadingFound {
        /// Whose work.
        key: WorkKey,
        /// The reading, or why it cannot be used.
        found: Option<Result<ClassReading, ReadingError>>,
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
    Saved(Result<Option<SavedFile>, super::file_windows::SaveFileError>),
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
    /// How far the work had got, when it can be read.
    pub progress: Option<crate::work::Progress>,
}

//! Where files go: the system's file windows (asked for on the UI thread,
//! as macOS wants, and awaited on a background thread), and the Documents
//! folder when none can be shown. Used by the [`super::background`] worker.

use crate::tr;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::time::{Duration, Instant};

use crate::class::ClassFile;
use crate::export::{Format, write_file};
use crate::filename::unused_path;

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

/// What a saved file is, for the message that says where it went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavedHow {
    /// An export of the student's work.
    Exported,
    /// A copy of the work file (saving failed).
    Copy,
    /// A class's file (spreadsheet, report, highlights page).
    Saved,
    /// Into the Documents folder, as no save window could be shown.
    InDocuments,
}

/// Where a file went.
pub struct SavedFile {
    /// The file.
    pub path: PathBuf,
    /// What it is.
    pub how: SavedHow,
}

impl SavedFile {
    /// "Exported to /home/…/file.docx", and so on.
    pub fn message(&self) -> String {
        let path = self.path.display().to_string();
        match self.how {
            SavedHow::Exported => tr!("saved-exported", path = path),
            SavedHow::Copy => tr!("saved-copy", path = path),
            SavedHow::Saved => tr!("saved-file", path = path),
            SavedHow::InDocuments => tr!("saved-in-documents", path = path),
        }
    }
}

/// What a file window said.
pub(super) enum Asked {
    Chosen(PathBuf),
    Cancelled,
    NoWindow,
}

/// Waits for a file window (blocking this background thread only).
pub(super) fn ask(window: Option<FileWindow>) -> Asked {
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

/// Why a file was not saved.
#[derive(Debug)]
pub enum SaveFileError {
    /// No save window could be shown, and there is no Documents folder.
    NoDocuments,
    /// The export could not be made, or the file not written.
    Export(crate::export::ExportError),
}

impl std::fmt::Display for SaveFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NoDocuments => f.write_str(&tr!("saved-no-documents")),
            Self::Export(e) => e.fmt(f),
        }
    }
}

impl From<crate::export::ExportError> for SaveFileError {
    fn from(error: crate::export::ExportError) -> Self {
        Self::Export(error)
    }
}

/// Finds where a file goes (asking, when the destination says so) and
/// writes it; `None` when the person cancelled the save window (not an
/// error). Never replaces a file the person did not choose.
pub(super) fn save(
    bytes: &[u8],
    name: &str,
    destination: Destination,
    done: SavedHow,
) -> Result<Option<SavedFile>, SaveFileError> {
    let (path, how) = match destination {
        Destination::Folder(dir) => (unused_path(&dir, name), done),
        Destination::Ask(window) => match ask(Some(window)) {
            Asked::Chosen(path) => (path, done),
            Asked::Cancelled => return Ok(None),
            Asked::NoWindow => in_documents(name)?,
        },
        Destination::Documents => in_documents(name)?,
    };
    write_file(&path, bytes)?;
    Ok(Some(SavedFile { path, how }))
}

/// A path for `name` in the Documents folder (or home), when no save window
/// could be shown.
fn in_documents(name: &str) -> Result<(PathBuf, SavedHow), SaveFileError> {
    let documents = directories::UserDirs::new()
        .map(|dirs| dirs.document_dir().unwrap_or(dirs.home_dir()).to_path_buf())
        .ok_or(SaveFileError::NoDocuments)?;
    Ok((unused_path(&documents, name), SavedHow::InDocuments))
}

/// Starts a window that asks which lesson file to open (on the UI thread,
/// where macOS wants it; awaited in the background).
pub fn lesson_file_window() -> FileWindow {
    Box::pin(
        rfd::AsyncFileDialog::new()
            .add_filter(tr!("file-window-lesson-filter"), &["ron"])
            .set_title(tr!("file-window-open-lesson"))
            .pick_file(),
    )
}

/// Starts a window that asks for the folder of a class's work (see
/// [`lesson_file_window`]).
pub fn class_folder_window(start: Option<&std::path::Path>) -> FileWindow {
    let mut window = rfd::AsyncFileDialog::new().set_title(tr!("file-window-open-class"));
    // The class's hand-in folder (classroom.ron), where the work is.
    if let Some(start) = start {
        window = window.set_directory(start);
    }
    Box::pin(window.pick_folder())
}

/// Starts a window that asks where to save `name` (see [`lesson_file_window`]).
pub fn save_file_window(name: &str, format: Format) -> FileWindow {
    save_window(
        &tr!("file-window-save-work"),
        name,
        &format.label(),
        format.extension(),
    )
}

/// Starts a window that asks where to save a class's `kind` file.
pub fn save_class_file_window(name: &str, kind: ClassFile) -> FileWindow {
    save_window(
        &tr!("file-window-save-class"),
        name,
        &kind.label(),
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

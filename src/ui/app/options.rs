//! What the app is started with, and what it remembers on the laptop.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::export::Format;
use crate::ui::theme::ThemeChoice;
use crate::work::disk::Disk;

/// Preferences remembered on this laptop (eframe storage).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Colour theme.
    pub theme: ThemeChoice,
    /// Text size, 1.0 = default.
    pub text_scale: f32,
    /// Names used on this laptop, newest first.
    pub recent_names: Vec<String>,
    /// The export format picked last.
    pub export_format: Format,
    /// Whether exports quote the excerpts.
    pub export_excerpts: bool,
    /// Line spacing, column width, font and reading-aloud speed.
    pub reading: crate::ui::reading_settings::ReadingSettings,
    /// The interface's language, once someone chose one (its code); until
    /// then, the computer's.
    pub language: Option<String>,
    /// The class folders whose students the teacher lets see the class's
    /// reading when returning feedback (newest last).
    pub share_reading: Vec<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::default(),
            text_scale: 1.0,
            recent_names: Vec::new(),
            export_format: Format::Docx,
            export_excerpts: true,
            reading: crate::ui::reading_settings::ReadingSettings::default(),
            language: None,
            share_reading: Vec::new(),
        }
    }
}

/// What the app is started with.
#[derive(Clone, Default)]
pub struct AppOptions {
    /// Extra lesson folders to list.
    pub lessons_dirs: Vec<PathBuf>,
    /// The language asked for with `--lang` (already in use): it wins over
    /// the saved choice for this run.
    pub language: Option<String>,
    /// Teachers' translation files the caller has read already (a test's;
    /// the window reads [`Self::translation_folders`] itself).
    pub translations: crate::translation::Translations,
    /// Where teachers' translation files (`<code>.ftl`) are looked for: read
    /// on the background worker, through [`Self::class_fs`], so a slow
    /// share never holds up the window; the words change when they arrive.
    pub translation_folders: Vec<PathBuf>,
    /// A lesson file to open once a name is given.
    pub open_lesson: Option<PathBuf>,
    /// The class's hand-in folder (`--hand-in`); `None`: from a classroom
    /// settings file, if one is found.
    pub hand_in_dir: Option<PathBuf>,
    /// Where to look for a classroom settings file (`classroom.ron`), in
    /// order: beside the program, then the lessons folders.
    pub classroom_dirs: Vec<PathBuf>,
    /// A folder of a class's work to open in the class view (teachers).
    pub class_folder: Option<PathBuf>,
    /// The lesson to show first there (its id).
    pub class_lesson: Option<String>,
    /// Where work is saved; `None` for the platform's local data folder.
    pub data_dir: Option<PathBuf>,
    /// The disk to save through; `None` for the real one (tests inject faults).
    pub disk: Option<Arc<dyn Disk>>,
    /// Close once the first frame has been shown (start-up measurements).
    pub quit_after_first_frame: bool,
    /// Save exports here without asking (`None`: the system's save window).
    pub export_dir: Option<PathBuf>,
    /// Never show the system's file windows, as on a computer where none
    /// can be shown (tests; locked-down laptops): lesson files are opened by
    /// path, and exports go to the Documents folder.
    pub no_file_windows: bool,
    /// The teacher's view: answer keys, teacher notes, hints and ids shown
    /// beside each question (always on in a preview).
    pub teacher_view: bool,
    /// Preview this lesson file as it is written (teachers), reloading it
    /// on every save.
    pub preview: Option<PathBuf>,
    /// Where to look for a speech engine (`None`: the `PATH`); tests put a
    /// fake engine here.
    pub speech_search_path: Option<std::ffi::OsString>,
    /// Where to look for a video player, VLC or mpv (`None`: the `PATH`);
    /// tests put a fake player here.
    pub player_search_path: Option<std::ffi::OsString>,
    /// Measurements for benchmarks.
    pub diagnostics: Diagnostics,
    /// Where the window's timers read the time (tests move it by hand).
    pub clock: crate::clock::Clock,
    /// The file system class folders are read through; `None` for the
    /// real one (tests put a slow or hung share here).
    pub class_fs: Option<Arc<dyn crate::class::class_fs::ClassFs>>,
    /// The file system lessons folders are read through; `None` for the
    /// real one (tests put a hung share here).
    pub lessons_fs: Option<Arc<dyn crate::class::class_fs::ClassFs>>,
    /// How long a network share may stay silent before the window gives up
    /// on it; `None` for 20 seconds.
    pub share_timeout: Option<Duration>,
}

/// Measurement aids for the benchmark scripts (off unless asked for).
#[derive(Debug, Clone, Default)]
pub struct Diagnostics {
    /// Close the window after this long.
    pub quit_after: Option<Duration>,
    /// Write every frame's time to this file when the window closes.
    pub frame_log: Option<PathBuf>,
}

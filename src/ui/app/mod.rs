//! The app shell: its state, one frame, and `eframe::App`. Commands from the
//! screens are carried out in [`apply`]; file work is asked of the
//! [`background`] worker ([`files`]); saving and closing are in [`saving`].

mod apply;
pub mod background;
mod banner;
mod class;
mod class_feedback;
mod class_reading;
mod dialogs;
mod file_windows;
mod files;
mod hand_in;
mod jobs;
mod languages;
mod options;
mod pictures;
mod preview;
mod reader;
mod saving;
mod screens;
mod state;
mod waiting;

pub use options::{AppOptions, Diagnostics, Settings};

use crate::tr;
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use egui::Ui;

use crate::lesson::Lesson;
use crate::library::{LibraryEntry, bundled_library};
use crate::work::disk::{Disk, RealDisk};
use crate::work::{Autosave, Progress, SaveStatus, Work, WorkStore};

use super::dialog::DialogFocus;
use super::landmarks::{FocusTarget, Landmark};
use super::lesson_screen::LessonLayout;
use super::marking::Marking;
use super::theme::{ThemeChoice, apply_style};
use super::ui_command::{ShortcutState, shortcut_commands};
use background::{Background, Job, Then};
use banner::{Banner, banner_ui};
use state::{Closing, Dialog, Screen};

/// The running measurements.
struct Measuring {
    started: Instant,
    options: Diagnostics,
    frames: Vec<f64>,
}

/// The open lesson and the state of its screen.
struct OpenLesson {
    lesson: Arc<Lesson>,
    work: Autosave,
    section: usize,
    shown_hints: HashSet<String>,
    layout: LessonLayout,
    /// Words being chosen for a highlight.
    marking: Option<Marking>,
    /// A passage to scroll to on the next frame.
    scroll_to: Option<String>,
    /// The student was told that their work is saved as a separate copy.
    told_about_copy: bool,
    /// Where to move the keyboard focus on the next frame.
    focus: Option<FocusTarget>,
    /// The landmark F6 last moved to.
    landmark: Landmark,
    /// The last highlight removed (for Undo).
    undo: Option<crate::work::RemovedHighlight>,
    /// The last hand-in, this session.
    handed_in: Option<hand_in::HandInRecord>,
    /// A hand-in is being written: of this work.
    handing_in: Option<Work>,
    /// The teacher's feedback on this work, once returned, as the student
    /// may see it.
    feedback: Option<crate::feedback::StudentFeedback>,
    /// The class's reading that came back with the feedback, and whether
    /// the student is comparing their highlights with it.
    class_reading: Option<(crate::class::reading::ClassReading, bool)>,
    /// The folder the lesson file is in (pictures are read from it).
    folder: Option<PathBuf>,
    /// The document open beside the transcript, and which tab a narrow
    /// window shows.
    reader: Option<(String, crate::ui::document::ReaderTab)>,
}

/// The start screen's state: the lessons' progress for the name typed, a
/// lesson waiting to open, and the typed-path fields.
#[derive(Default)]
struct StartScreen {
    /// A lesson waiting for a name before it opens.
    pending: Option<usize>,
    /// A lesson whose work is being opened in the background.
    opening: Option<usize>,
    /// This student's progress per library entry.
    progress: Vec<Option<Progress>>,
    /// Per library entry: returned with the teacher's feedback.
    returned: Vec<bool>,
    /// The name `progress` was read for, and whether a read is running.
    progress_for: Option<String>,
    progress_reading: bool,
    /// The "lesson file path" field, shown when no file window can be.
    lesson_path: Option<String>,
    /// The "class folder path" field, shown when no folder window can be.
    class_path: Option<String>,
    /// Put the keyboard on the name box on the next frame.
    focus_name: bool,
}

/// Where work is kept and goes: the laptop's store and disk, the hand-in
/// folder, the trusted teachers, and where exports go.
struct Places {
    /// Where work is saved (none when the computer has no data folder).
    store: Option<Arc<WorkStore>>,
    /// The disk work is saved and handed in through.
    disk: Arc<dyn Disk>,
    /// Where "Hand in" writes.
    hand_in: hand_in::HandInPlace,
    /// The teachers whose signed feedback is shown as the teacher's (from
    /// the classroom settings).
    trusted: crate::feedback::Trust,
    /// The class list the classroom settings give (empty: none).
    class_list: Vec<String>,
    /// Where exports go without asking (tests, shared classroom folders).
    export_dir: Option<PathBuf>,
    /// Never show the system's file windows (typed paths instead).
    no_file_windows: bool,
    /// The lesson folders, for messages.
    lessons_dirs: Vec<PathBuf>,
    /// The file system class folders are read through.
    class_fs: Arc<dyn crate::class::class_fs::ClassFs>,
    /// How long a network share may stay silent before the window gives up
    /// on it.
    share_timeout: std::time::Duration,
    /// Where to look for a video player (`None`: the `PATH`).
    player_search_path: Option<std::ffi::OsString>,
}

/// The background worker, once the window is up, and the jobs asked for
/// before it was.
#[derive(Default)]
struct Worker {
    background: Option<Background>,
    queued: Vec<Job>,
}

/// What the command line asked for, done once the window is up.
#[derive(Default)]
struct Requests {
    /// A file to preview.
    preview_request: Option<PathBuf>,
    /// A class folder to open.
    class_request: Option<PathBuf>,
    /// The lesson to show first in the class view (`closereader class DIR --lesson ID`).
    class_lesson: Option<String>,
    /// Where to look for a speech engine.
    speech_search_path: Option<std::ffi::OsString>,
}

/// The window's look and life: style and fonts as applied, the egui
/// context, measurements and the start-up probe's early close.
#[derive(Default)]
struct Window {
    /// The theme and text size last applied.
    styled: Option<(ThemeChoice, f32)>,
    /// Whether the legible font is loaded (fonts change only when asked).
    fonts_legible: Option<bool>,
    /// The egui context (set before the first frame).
    ctx: Option<egui::Context>,
    /// Benchmark measurements, when asked for.
    measuring: Option<Measuring>,
    /// Frames drawn so far, while `quit_after_first_frame` is on.
    quit_countdown: Option<u8>,
    /// Teachers' translation files (`<code>.ftl`), once read.
    translations: Vec<crate::translation::TranslationFile>,
    /// The languages people can choose, each named in itself.
    languages: Vec<crate::translation::Language>,
    /// The language asked for on the command line, until someone chooses
    /// one in the window (it may be one only a teacher's file has, put in
    /// use when the files arrive).
    asked_language: Option<String>,
    /// Where the keyboard focus goes back to when it would go nowhere.
    focus: super::focus_keeper::FocusKeeper,
}

/// The whole app.
pub struct CloseReaderApp {
    /// The remembered preferences.
    settings: Settings,
    /// The lessons that can be opened.
    library: Vec<LibraryEntry>,
    /// The student's name, as typed on the start screen.
    student: String,
    /// The screen shown.
    screen: Screen,
    /// The start screen's state.
    start_screen: StartScreen,
    /// Where work is kept and goes.
    places: Places,
    /// The work each lesson was last handed in with this session, and when
    /// (so reopening a lesson still says "Handed in at …").
    hand_ins: std::collections::HashMap<crate::work::WorkKey, (std::time::SystemTime, Work)>,
    /// The message showing, and the ones it replaced.
    banner: banner::Messages,
    /// The window open over the screen.
    dialog: Option<Dialog>,
    /// Where the keyboard goes back to when the open dialog closes.
    dialog_focus: DialogFocus,
    /// Where leaving the lesson or closing the window stands.
    closing: Closing,
    /// Lesson pictures read so far, by file.
    pictures: pictures::Pictures,
    /// File work running in the background.
    worker: Worker,
    /// The live preview, when a teacher is previewing a lesson file.
    preview: Option<preview::Preview>,
    /// The teacher's view was asked for on the command line.
    teacher_view: bool,
    /// Reads aloud (set up with the window).
    speech: Option<crate::speech::Reader>,
    /// What the command line asked for, until the window is up.
    requests: Requests,
    /// The window's look and life.
    window: Window,
    /// Where timers read the time.
    clock: crate::clock::Clock,
}

impl CloseReaderApp {
    /// Builds the app with the bundled lessons; lesson folders and a lesson
    /// named on the command line are read in the background.
    pub fn new(settings: Settings, options: AppOptions) -> Self {
        // The language first, so every word from here on is in it: the one
        // asked for on the command line (already in use), else the one
        // chosen on this laptop, else the computer's (set by the caller).
        // A teacher's translation files come later, from the worker.
        let (translations, languages, language_problems) =
            languages::start_language(&options, &settings);
        let disk: Arc<dyn Disk> = options.disk.unwrap_or_else(|| Arc::new(RealDisk));
        let store = options
            .data_dir
            .or_else(WorkStore::default_root)
            .map(|root| Arc::new(WorkStore::new(root, disk.clone())));
        let hand_in = match options.hand_in_dir {
            Some(dir) => hand_in::HandInPlace::Folder { dir },
            None => hand_in::HandInPlace::Looking,
        };
        let banner = if store.is_none() {
            Some(Banner::new(tr!("no-data-folder")))
        } else {
            language_problems.first().map(|first| {
                Banner::new(tr!(
                    "translation-problems",
                    count = language_problems.len(),
                    first = first.as_str()
                ))
            })
        };
        let class_fs = options
            .class_fs
            .unwrap_or_else(|| Arc::new(crate::class::class_fs::RealFs));
        let mut queued = vec![Job::LoadFolders {
            lessons: options.lessons_dirs.clone(),
            classroom: options.classroom_dirs,
            fs: options
                .lessons_fs
                .unwrap_or_else(|| Arc::new(crate::class::class_fs::RealFs)),
        }];
        if !options.translation_folders.is_empty() {
            queued.push(Job::LoadTranslations {
                folders: options.translation_folders,
                fs: class_fs.clone(),
            });
        }
        let class_folder = options.class_folder.clone();
        // `closereader class DIR --lesson FILE.ron`: the lesson file joins
        // the lessons; the class view shows the lesson with most students.
        let mut class_lesson = options.class_lesson.clone();
        if let Some(file) = class_lesson.take_if(|l| l.ends_with(".ron")) {
            queued.push(Job::LoadLessonFile {
                path: PathBuf::from(file),
                then: Then::List,
            });
        }
        if let Some(path) = options.open_lesson {
            queued.push(Job::LoadLessonFile {
                path,
                then: Then::WaitForName,
            });
        }
        Self {
            // Laptops are shared: every launch starts with an empty name, and
            // the names used here are offered to pick.
            student: String::new(),
            settings,
            library: bundled_library(),
            screen: Screen::Start,
            start_screen: StartScreen {
                focus_name: true,
                ..StartScreen::default()
            },
            places: Places {
                store,
                disk,
                hand_in,
                trusted: crate::feedback::Trust::default(),
                class_list: Vec::new(),
                export_dir: options.export_dir,
                no_file_windows: options.no_file_windows,
                lessons_dirs: options.lessons_dirs,
                class_fs,
                share_timeout: options.share_timeout.unwrap_or(waiting::SHARE_TIMEOUT),
                player_search_path: options.player_search_path,
            },
            hand_ins: std::collections::HashMap::new(),
            banner: banner::Messages {
                current: banner,
                earlier: Vec::new(),
            },
            dialog: None,
            dialog_focus: DialogFocus::default(),
            closing: Closing::Idle,
            pictures: pictures::Pictures::new(),
            worker: Worker {
                background: None,
                queued,
            },
            preview: None,
            teacher_view: options.teacher_view,
            speech: None,
            requests: Requests {
                preview_request: options.preview,
                class_request: class_folder,
                class_lesson,
                speech_search_path: options.speech_search_path,
            },
            window: Window {
                measuring: (options.diagnostics.quit_after.is_some()
                    || options.diagnostics.frame_log.is_some())
                .then(|| Measuring {
                    started: Instant::now(),
                    options: options.diagnostics,
                    frames: Vec::new(),
                }),
                quit_countdown: options.quit_after_first_frame.then_some(0),
                translations,
                languages,
                asked_language: options.language,
                ..Window::default()
            },
            clock: options.clock,
        }
    }

    /// Sets up fonts, input options and the background worker (which wakes
    /// the UI when a job finishes); call once before the first frame
    /// ([`Self::show`] does it if it has not been done).
    pub fn prepare(&mut self, ctx: &egui::Context) {
        let legible = self.settings.reading.legible_font;
        super::fonts::install(ctx, legible);
        self.window.fonts_legible = Some(legible);
        // Ctrl +/−/0 change the text size, not egui's zoom.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let repaint = ctx.clone();
        let mut background = Background::new(
            Arc::new(move || repaint.request_repaint()),
            self.clock.clone(),
            self.places.share_timeout,
        );
        for job in self.worker.queued.drain(..) {
            background.start(job);
        }
        self.worker.background = Some(background);
        self.window.ctx = Some(ctx.clone());
        if let Some(path) = self.requests.preview_request.take() {
            self.start_preview(path);
        }
        if let Some(folder) = self.requests.class_request.take() {
            self.open_class_folder(folder);
        }
        let repaint = ctx.clone();
        self.speech = Some(crate::speech::Reader::new(
            self.requests.speech_search_path.take(),
            Arc::new(move || repaint.request_repaint()),
        ));
    }

    /// The remembered preferences.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The lesson library.
    pub fn library(&self) -> &[LibraryEntry] {
        &self.library
    }

    /// The work on screen, if a lesson is open.
    pub fn open_work(&self) -> Option<&Work> {
        self.screen.lesson().map(|o| o.work.work())
    }

    /// The open lesson's id and current section index.
    pub fn open_lesson(&self) -> Option<(&str, usize)> {
        self.screen
            .lesson()
            .map(|o| (o.lesson.id.as_str(), o.section))
    }

    /// The open lesson's save status.
    pub fn save_status(&self) -> Option<SaveStatus> {
        self.screen.lesson().map(|o| o.work.status())
    }

    /// The message banner, if one is showing.
    pub fn message(&self) -> Option<&str> {
        self.banner.current.as_ref().map(|b| b.text.as_str())
    }

    /// The problems of the previewed lesson file, while it has mistakes.
    pub fn preview_problems(&self) -> Option<&[String]> {
        self.preview.as_ref().map(|p| p.problems.as_slice())
    }

    /// The id of what is being read aloud now.
    pub fn reading_aloud(&self) -> Option<String> {
        self.speech
            .as_ref()
            .and_then(crate::speech::Reader::current)
    }

    /// The open lesson (for the preview and tests).
    pub fn lesson(&self) -> Option<&crate::lesson::Lesson> {
        self.screen.lesson().map(|o| o.lesson.as_ref())
    }

    /// Whether background work or a save the app is waiting for is still
    /// running (tests wait for this before they look).
    pub fn is_busy(&self) -> bool {
        self.worker
            .background
            .as_ref()
            .is_some_and(|b| b.in_flight() > 0)
            || !self.worker.queued.is_empty()
            || matches!(self.closing, Closing::Saving(_))
            || self.screen.lesson().is_some_and(|o| o.work.is_saving())
            || self.feedback_busy()
    }

    /// Draws one frame and carries out what the user asked for.
    pub fn show(&mut self, ui: &mut Ui) {
        if self.worker.background.is_none() {
            self.prepare(ui.ctx());
        }
        let style = (self.settings.theme, self.settings.text_scale);
        if self.window.styled != Some(style) {
            apply_style(ui.ctx(), style.0, style.1);
            self.window.styled = Some(style);
        }
        let legible = self.settings.reading.legible_font;
        if self.window.fonts_legible != Some(legible) {
            ui.ctx().set_fonts(super::fonts::font_definitions(legible));
            self.window.fonts_legible = Some(legible);
        }
        // The window is named for screen readers, as its title bar is.
        let name = match self.screen.lesson() {
            Some(open) => tr!("window.name", lesson = open.lesson.title.as_str()),
            None => tr!("app-name"),
        };
        ui.ctx()
            .accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(name));
        self.take_finished();
        self.take_preview_changes();
        let state = ShortcutState {
            reading_aloud: self.speech.as_ref().is_some_and(|s| s.current().is_some()),
        };
        let mut commands = shortcut_commands(ui, state);
        self.take_dropped_files(ui);
        self.dialog_focus.give_back(ui.ctx());
        if self.dialog_focus.returning.is_some() {
            ui.ctx().request_repaint();
        }
        if let Some(banner) = &mut self.banner.current {
            let earlier = &self.banner.earlier;
            commands.extend(banner_ui(ui, banner, earlier, self.settings.theme));
            banner.focus_undo = false;
        }
        if let Some(preview) = &self.preview {
            commands.extend(preview::preview_bar_ui(ui, preview, self.settings.theme));
        }
        commands.extend(self.dialogs_ui(ui));
        // The screen's widgets get ids that do not depend on which bars and
        // messages are shown above it (egui numbers unnamed widgets in
        // order): a message appearing never moves the keyboard focus off
        // the text box being typed in.
        let screen = egui::UiBuilder::new().scope_id(egui::Id::unique("closereader-screen"));
        commands.extend(ui.scope_builder(screen, |ui| self.screen_ui(ui)).inner);
        super::focus::focus_ring_ui(ui.ctx(), self.settings.theme);
        for command in commands {
            self.apply(command);
        }
        self.keep_focus(ui.ctx());
        if self
            .screen
            .lesson()
            .is_some_and(|o| o.focus.is_some() || o.scroll_to.is_some())
        {
            // Focus moves and scrolls happen as the next frame is drawn.
            ui.ctx().request_repaint();
        }
        self.keep_saving(ui.ctx());
        self.keep_feedback_saved(ui.ctx(), false);
        self.want_progress();
        // A frame when a share that has not answered is to be given up on.
        if let Some(wait) = self
            .worker
            .background
            .as_ref()
            .and_then(Background::next_deadline)
        {
            ui.ctx().request_repaint_after(wait);
        }
        self.measure(ui.ctx());
    }

    /// The keyboard focus is never left nowhere: it goes back where it was,
    /// or to the screen's own place for it (the section's title, the name box).
    fn keep_focus(&mut self, ctx: &egui::Context) {
        use super::focus_keeper::Kept;
        if self.window.focus.end_frame(ctx) != Kept::Lost {
            return;
        }
        if let Some(open) = self.screen.lesson_mut() {
            if open.focus.is_none() {
                open.focus = Some(FocusTarget::Landmark(Landmark::Reading));
            }
        } else if self.screen.class().is_none() {
            let name = crate::ui::start_screen::name_box_id();
            ctx.memory_mut(|m| m.request_focus(name));
        }
    }

    /// Starts a background job.
    fn start(&mut self, job: Job) {
        match &mut self.worker.background {
            Some(background) => background.start(job),
            None => self.worker.queued.push(job),
        }
    }

    /// Reads this name's progress in the background when it changed (one
    /// read at a time: typing a name never queues a read per keystroke).
    fn want_progress(&mut self) {
        let student = self.student.trim().to_owned();
        if self.screen.lesson().is_some()
            || self.start_screen.progress_reading
            || self.start_screen.progress_for.as_deref() == Some(student.as_str())
        {
            return;
        }
        self.start_screen.progress_for = Some(student.clone());
        let Some(store) = self.places.store.clone() else {
            return;
        };
        if student.is_empty() {
            self.start_screen.progress = Vec::new();
            return;
        }
        self.start_screen.progress_reading = true;
        let lessons = self.library.iter().map(|e| e.lesson.clone()).collect();
        self.start(Job::ReadProgress {
            store,
            student,
            lessons,
        });
    }

    /// Asks the hand-in folder, in the background, whether the teacher has
    /// returned the lessons `student` has `progress` in.
    fn check_returned(&mut self, student: &str, progress: &[Option<Progress>]) {
        let Some(store) = self.places.store.clone() else {
            return;
        };
        let lessons: Vec<_> = self
            .library
            .iter()
            .zip(progress)
            .map(|(entry, progress)| progress.as_ref().and(entry.lesson.clone()))
            .collect();
        if lessons.iter().all(Option::is_none) {
            return;
        }
        self.start(Job::CheckReturned {
            store,
            disk: self.places.disk.clone(),
            hand_in: self.hand_in_dir(),
            student: student.to_owned(),
            trusted: self.places.trusted.clone(),
            lessons,
        });
    }

    /// Benchmark measurements and the start-up probe's early close.
    fn measure(&mut self, ctx: &egui::Context) {
        if let Some(measuring) = &mut self.window.measuring {
            let elapsed = measuring.started.elapsed();
            measuring.frames.push(elapsed.as_secs_f64());
            if let Some(quit_after) = measuring.options.quit_after {
                if elapsed >= quit_after {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                } else {
                    ctx.request_repaint_after(quit_after - elapsed);
                }
            }
        }
        if let Some(frames) = &mut self.window.quit_countdown {
            // The first frame is presented by the time the second one is asked for.
            *frames += 1;
            if *frames >= 2 {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ctx.request_repaint();
            }
        }
    }

    /// Shows a message (replacing any other, and its folder button).
    fn say(&mut self, text: impl Into<String>) {
        self.banner.show(Banner::new(text));
    }
}

/// Where eframe keeps [`Settings`].
pub const SETTINGS_KEY: &str = "closereader-settings";

impl eframe::App for CloseReaderApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        crate::ui::fonts::limit_atlas(raw_input);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Closing waited for the saves already (see `saving.rs`), so this
        // rarely has anything left to write; it waits a few seconds at most.
        self.flush();
        self.save_feedback_at_exit();
        if let Some(measuring) = &self.window.measuring
            && let Some(path) = &measuring.options.frame_log
        {
            background::write_frame_log(path, &measuring.frames);
        }
    }
}

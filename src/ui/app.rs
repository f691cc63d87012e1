//! The app shell: state, keyboard shortcuts, saving, and the one place where
//! commands from the screens are carried out.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::{Key, KeyboardShortcut, Modifiers, Ui};
use serde::{Deserialize, Serialize};

use crate::export::filename::{default_file_name, unused_path};
use crate::export::{ExportDoc, ExportOptions, Format, render, today};
use crate::lesson::Lesson;
use crate::library::{LibraryEntry, add_entry, load_library};
use crate::work::disk::{Disk, RealDisk};
use crate::work::file::WorkFile;
use crate::work::history::Snapshot;
use crate::work::saver::{SaveReport, Saver};
use crate::work::{
    Highlight, Progress, SaveStatus, Session, Work, WorkKey, WorkStore, lesson_progress,
};

use super::command::{Command, TextSizeStep};
use super::export_dialog::{ExportChoice, export_dialog_ui};
use super::history::{SnapshotRow, history_ui};
use super::lesson_screen::{LessonLayout, LessonScreen, StatusLine, lesson_screen_ui};
use super::marking::Marking;
use super::start_screen::{StartView, start_screen_ui};
use super::theme::{TEXT_SCALE_RANGE, TEXT_SCALE_STEP, ThemeChoice, apply_style};

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
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::default(),
            text_scale: 1.0,
            recent_names: Vec::new(),
            export_format: Format::Docx,
            export_excerpts: true,
        }
    }
}

/// How many recent names the start screen offers.
const RECENT_NAMES: usize = 8;
/// A save window that closes sooner than this was never shown (no person
/// cancels that fast): the export falls back to the Documents folder.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(250);
/// The longest the app waits for the disk when it closes.
const EXIT_FLUSH_TIMEOUT: Duration = Duration::from_secs(5);

/// What the app is started with.
#[derive(Clone, Default)]
pub struct AppOptions {
    /// Extra lesson folders to list.
    pub lessons_dirs: Vec<PathBuf>,
    /// A lesson file to open once a name is given.
    pub open_lesson: Option<PathBuf>,
    /// Where work is saved; `None` for the platform's local data folder.
    pub data_dir: Option<PathBuf>,
    /// The disk to save through; `None` for the real one (tests inject faults).
    pub disk: Option<Arc<dyn Disk>>,
    /// Close once the first frame has been shown (start-up measurements).
    pub quit_after_first_frame: bool,
    /// Save exports here without asking (`None`: the system's save window).
    pub export_dir: Option<PathBuf>,
    /// Measurements for benchmarks.
    pub diagnostics: Diagnostics,
}

/// Measurement aids for the benchmark scripts (off unless asked for).
#[derive(Debug, Clone, Default)]
pub struct Diagnostics {
    /// Close the window after this long.
    pub quit_after: Option<Duration>,
    /// Write every frame's time to this file when the window closes.
    pub frame_log: Option<PathBuf>,
}

/// The running measurements.
struct Measuring {
    started: Instant,
    options: Diagnostics,
    frames: Vec<f64>,
}

/// The open lesson and the state of its screen.
struct OpenLesson {
    lesson: Arc<Lesson>,
    session: Session,
    section: usize,
    shown_hints: HashSet<String>,
    layout: LessonLayout,
    /// The earlier-copies window, when open: the snapshots it lists.
    history: Option<Vec<(Snapshot, Option<WorkFile>)>>,
    /// Words being chosen for a highlight.
    marking: Option<Marking>,
    /// A passage to scroll to on the next frame.
    scroll_to: Option<String>,
}

/// The whole app.
pub struct CloseReaderApp {
    settings: Settings,
    library: Vec<LibraryEntry>,
    student: String,
    open: Option<OpenLesson>,
    pending: Option<usize>,
    store: Option<Arc<WorkStore>>,
    saver: Option<Saver>,
    /// This student's progress per library entry, for the start screen.
    progress: Vec<Option<Progress>>,
    message: Option<String>,
    /// A folder the message is about ("Open folder" button).
    message_folder: Option<PathBuf>,
    /// The export window, when open.
    export_choice: Option<ExportChoice>,
    /// Where exports go without asking (tests, shared classroom folders).
    export_dir: Option<PathBuf>,
    /// The student was warned that closing loses unsaved work.
    close_confirmed: bool,
    /// Benchmark measurements, when asked for.
    measuring: Option<Measuring>,
    styled: Option<(ThemeChoice, f32)>,
    focus_name: bool,
    prepared: bool,
    /// Frames drawn so far, while `quit_after_first_frame` is on.
    quit_countdown: Option<u8>,
}

/// Keyboard shortcuts (Ctrl on Windows and Linux, Cmd on macOS).
const SHORTCUTS: [(KeyboardShortcut, Shortcut); 8] = [
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::PageDown),
        Shortcut::NextSection,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::PageUp),
        Shortcut::PreviousSection,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::S),
        Shortcut::Do(Command::SaveNow),
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::E),
        Shortcut::Do(Command::Export),
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus),
        Shortcut::Do(Command::ChangeTextSize(TextSizeStep::Bigger)),
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals),
        Shortcut::Do(Command::ChangeTextSize(TextSizeStep::Bigger)),
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus),
        Shortcut::Do(Command::ChangeTextSize(TextSizeStep::Smaller)),
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0),
        Shortcut::Do(Command::ChangeTextSize(TextSizeStep::Reset)),
    ),
];

#[derive(Clone)]
enum Shortcut {
    NextSection,
    PreviousSection,
    Do(Command),
}

impl CloseReaderApp {
    /// Builds the app: loads the lesson library and opens the work store.
    pub fn new(settings: Settings, options: AppOptions) -> Self {
        let mut library = load_library(&options.lessons_dirs);
        let pending = options
            .open_lesson
            .map(|path| add_entry(&mut library, LibraryEntry::from_file(&path)));
        let mut message = pending.and_then(|index| {
            library[index].lesson.is_none().then(|| {
                "The lesson file could not be opened; its problems are listed below.".to_owned()
            })
        });
        let pending = pending.filter(|&index| library[index].lesson.is_some());
        let root = options.data_dir.or_else(WorkStore::default_root);
        let store = match root {
            Some(root) => Some(Arc::new(WorkStore::new(
                root,
                options.disk.unwrap_or_else(|| Arc::new(RealDisk)),
            ))),
            None => {
                message = Some("This computer has no folder for saved work, so work cannot be saved. Ask your teacher.".into());
                None
            }
        };
        let mut app = Self {
            student: settings.recent_names.first().cloned().unwrap_or_default(),
            settings,
            library,
            open: None,
            pending,
            store,
            saver: None,
            progress: Vec::new(),
            message,
            message_folder: None,
            export_choice: None,
            export_dir: options.export_dir,
            close_confirmed: false,
            measuring: (options.diagnostics.quit_after.is_some()
                || options.diagnostics.frame_log.is_some())
            .then(|| Measuring {
                started: Instant::now(),
                options: options.diagnostics,
                frames: Vec::new(),
            }),
            styled: None,
            focus_name: true,
            prepared: false,
            quit_countdown: options.quit_after_first_frame.then_some(0),
        };
        app.refresh_progress();
        app
    }

    /// Sets up fonts, input options and the saving thread (which wakes the UI
    /// when a save finishes); call once before the first frame ([`Self::show`]
    /// does it if it has not been done).
    pub fn prepare(&mut self, ctx: &egui::Context) {
        ctx.set_fonts(super::fonts::font_definitions());
        // Ctrl +/−/0 change the text size, not egui's zoom.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        if let Some(store) = &self.store {
            let ctx = ctx.clone();
            self.saver = Some(Saver::spawn(
                store.clone(),
                Box::new(move || ctx.request_repaint()),
            ));
        }
        self.prepared = true;
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
        self.open.as_ref().map(|o| &o.session.work)
    }

    /// The open lesson's id and current section index.
    pub fn open_lesson(&self) -> Option<(&str, usize)> {
        self.open
            .as_ref()
            .map(|o| (o.lesson.id.as_str(), o.section))
    }

    /// The open lesson's save status.
    pub fn save_status(&self) -> Option<SaveStatus> {
        self.open.as_ref().map(|o| o.session.status())
    }

    /// The message banner, if one is showing.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// How many blocks of the section were laid out in the last frame.
    pub fn blocks_drawn(&self) -> usize {
        self.open.as_ref().map_or(0, |o| o.layout.blocks_drawn)
    }

    /// Draws one frame and carries out what the user asked for.
    pub fn show(&mut self, ui: &mut Ui) {
        if !self.prepared {
            self.prepare(ui.ctx());
        }
        let style = (self.settings.theme, self.settings.text_scale);
        if self.styled != Some(style) {
            apply_style(ui.ctx(), style.0, style.1);
            self.styled = Some(style);
        }
        let mut commands = self.shortcut_commands(ui);
        self.take_dropped_files(ui);
        if let Some(message) = &self.message {
            egui::Panel::top("message").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    let text = egui::RichText::new(message.as_str()).strong();
                    ui.label(text.color(self.settings.theme.warning_colour()));
                    if let Some(folder) = &self.message_folder
                        && ui.button("Open folder").clicked()
                    {
                        commands.push(Command::OpenFolder(folder.clone()));
                    }
                    if ui.button("OK").clicked() {
                        commands.push(Command::DismissMessage);
                    }
                });
            });
        }
        commands.extend(self.history_window(ui));
        if let Some(choice) = self.export_choice {
            egui::Window::new("Export your work")
                .collapsible(false)
                .resizable(false)
                .show(ui.ctx(), |ui| {
                    commands.extend(export_dialog_ui(ui, choice));
                });
        }
        commands.extend(self.screen_ui(ui));
        for command in commands {
            self.apply(command);
        }
        self.autosave(ui.ctx());
        self.guard_close(ui.ctx());
        if let Some(measuring) = &mut self.measuring {
            let elapsed = measuring.started.elapsed();
            measuring.frames.push(elapsed.as_secs_f64());
            if let Some(quit_after) = measuring.options.quit_after {
                if elapsed >= quit_after {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                } else {
                    ui.ctx().request_repaint_after(quit_after - elapsed);
                }
            }
        }
        if let Some(frames) = &mut self.quit_countdown {
            // The first frame is presented by the time the second one is asked for.
            *frames += 1;
            if *frames >= 2 {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ui.ctx().request_repaint();
            }
        }
    }

    fn screen_ui(&mut self, ui: &mut Ui) -> Vec<Command> {
        let theme = self.settings.theme;
        if let Some(open) = &mut self.open {
            let removed_answers = crate::work::removed_answers(&open.lesson, &open.session.work);
            let screen = LessonScreen {
                lesson: &open.lesson,
                work: &open.session.work,
                section: open.section,
                shown_hints: &open.shown_hints,
                student: &open.session.key.student,
                status: status_line(&open.session.status()),
                read_only: open.session.read_only.is_some(),
                removed_answers: &removed_answers,
                theme,
                text_scale: self.settings.text_scale,
                marking: open.marking.as_ref(),
                scroll_to: open.scroll_to.as_deref(),
            };
            let commands = lesson_screen_ui(ui, &screen, &mut open.layout);
            open.scroll_to = None;
            if let Some(marking) = &mut open.marking {
                marking.focus = false;
            }
            return commands;
        }
        let view = StartView {
            student: &self.student,
            recent_names: &self.settings.recent_names,
            library: &self.library,
            progress: self.progress.clone(),
            pending: self.pending,
            theme,
            // Focus the name when there is none yet, or to confirm it before a
            // lesson named on the command line (laptops are shared).
            focus_name: std::mem::take(&mut self.focus_name)
                && (self.student.is_empty() || self.pending.is_some()),
        };
        let mut commands = Vec::new();
        egui::CentralPanel::default().show(ui, |ui| commands = start_screen_ui(ui, &view));
        commands
    }

    fn history_window(&self, ui: &Ui) -> Vec<Command> {
        let Some(open) = &self.open else {
            return Vec::new();
        };
        let Some(history) = &open.history else {
            return Vec::new();
        };
        let rows: Vec<SnapshotRow> = history
            .iter()
            .map(|(snapshot, file)| SnapshotRow {
                when: humantime::format_rfc3339_seconds(snapshot.time)
                    .to_string()
                    .replace('T', " "),
                summary: match file {
                    Some(file) => {
                        let progress = lesson_progress(&open.lesson, &file.work);
                        format!("{} of {} answered", progress.answered, progress.total)
                    }
                    None => "cannot be read".to_owned(),
                },
                readable: file.is_some(),
            })
            .collect();
        let mut commands = Vec::new();
        egui::Window::new("Earlier copies")
            .collapsible(false)
            .resizable(false)
            .show(ui.ctx(), |ui| {
                commands = history_ui(ui, &rows, open.session.read_only.is_some());
            });
        commands
    }

    fn shortcut_commands(&self, ui: &Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let section = self.open.as_ref().map(|o| o.section);
        ui.input_mut(|input| {
            for (shortcut, action) in &SHORTCUTS {
                if input.consume_shortcut(shortcut) {
                    match (action, section) {
                        (Shortcut::NextSection, Some(s)) => {
                            commands.push(Command::GoToSection(s + 1))
                        }
                        (Shortcut::PreviousSection, Some(s)) if s > 0 => {
                            commands.push(Command::GoToSection(s - 1))
                        }
                        (Shortcut::Do(command), _) => commands.push(command.clone()),
                        _ => {}
                    }
                }
            }
        });
        commands
    }

    /// `.ron` files dropped on the window join the library (and open, when a
    /// name has been given).
    fn take_dropped_files(&mut self, ui: &Ui) {
        let dropped: Vec<PathBuf> = ui.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        for path in dropped {
            if !path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
            {
                self.message = Some(format!("{} is not a lesson file (.ron).", path.display()));
                continue;
            }
            self.add_lesson_file(path);
        }
    }

    fn add_lesson_file(&mut self, path: PathBuf) {
        let index = add_entry(&mut self.library, LibraryEntry::from_file(&path));
        self.refresh_progress();
        if self.library[index].lesson.is_none() {
            self.say(format!(
                "{} could not be opened; its problems are listed with the lessons.",
                path.display()
            ));
        } else if self.student.trim().is_empty() {
            self.pending = Some(index);
        } else {
            self.apply(Command::OpenLesson(index));
        }
    }

    /// Carries out one command: the only place that changes app state.
    pub fn apply(&mut self, command: Command) {
        let now = Instant::now();
        match command {
            Command::SetStudentName(name) => {
                // Typing a name rereads progress only when the trimmed name
                // changes, and only names with saved work have files to read.
                let changed = name.trim() != self.student.trim();
                self.student = name;
                if changed {
                    self.refresh_progress();
                }
            }
            Command::OpenLesson(index) => self.open_lesson_at(index),
            Command::ChooseLessonFile => {
                let dialog = rfd::FileDialog::new()
                    .add_filter("Lesson", &["ron"])
                    .set_title("Open lesson file");
                if let Some(path) = dialog.pick_file() {
                    self.add_lesson_file(path);
                }
            }
            Command::CloseLesson => {
                self.close_lesson();
            }
            Command::GoToSection(index) => {
                if let Some(open) = &mut self.open
                    && let Some(section) = open.lesson.sections.get(index)
                {
                    open.section = index;
                    let id = section.id.clone();
                    open.session
                        .edit(now, |work| work.current_section = Some(id));
                }
            }
            Command::SetAnswer { prompt, answer } => {
                self.edit(now, |work| work.set_answer(&prompt, answer))
            }
            Command::SetSectionNote { section, text } => {
                self.edit(now, |work| work.set_section_note(&section, text))
            }
            Command::SetNotebook(text) => self.edit(now, |work| work.notebook = text),
            Command::ToggleHint(prompt) => {
                if let Some(open) = &mut self.open
                    && !open.shown_hints.remove(&prompt)
                {
                    open.shown_hints.insert(prompt);
                }
            }
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::ChangeTextSize(step) => {
                let scale = match step {
                    TextSizeStep::Bigger => self.settings.text_scale + TEXT_SCALE_STEP,
                    TextSizeStep::Smaller => self.settings.text_scale - TEXT_SCALE_STEP,
                    TextSizeStep::Reset => 1.0,
                };
                self.settings.text_scale =
                    (scale.clamp(TEXT_SCALE_RANGE.0, TEXT_SCALE_RANGE.1) * 10.0).round() / 10.0;
            }
            Command::SaveNow => self.request_save(now, true),
            Command::Export => {
                if self.open.is_some() {
                    self.export_choice = Some(ExportChoice {
                        format: self.settings.export_format,
                        include_excerpts: self.settings.export_excerpts,
                    });
                }
            }
            Command::CloseExport => self.export_choice = None,
            Command::SetExportFormat(format) => {
                self.settings.export_format = format;
                if let Some(choice) = &mut self.export_choice {
                    choice.format = format;
                }
            }
            Command::SetIncludeExcerpts(include) => {
                self.settings.export_excerpts = include;
                if let Some(choice) = &mut self.export_choice {
                    choice.include_excerpts = include;
                }
            }
            Command::ExportNow => self.export_now(),
            Command::OpenFolder(folder) => {
                if let Err(e) = open::that_detached(&folder) {
                    self.say(format!(
                        "The folder could not be opened ({e}). It is {}.",
                        folder.display()
                    ));
                }
            }
            Command::StartMarking(passage) => {
                if let Some(open) = &mut self.open {
                    open.marking = Some(Marking {
                        passage,
                        anchor: 0,
                        cursor: 0,
                        focus: true,
                    });
                }
            }
            Command::StopMarking => {
                if let Some(open) = &mut self.open {
                    open.marking = None;
                }
            }
            Command::SetMarkSelection { anchor, cursor } => {
                if let Some(marking) = self.open.as_mut().and_then(|o| o.marking.as_mut()) {
                    marking.anchor = anchor;
                    marking.cursor = cursor;
                }
            }
            Command::AddHighlight(tag) => self.add_highlight(now, tag),
            Command::RetagHighlight { id, tag } => self.edit(now, |work| {
                if let Some(highlight) = work.highlight_mut(&id) {
                    highlight.tag = tag;
                }
            }),
            Command::CommentHighlight { id, text } => self.edit(now, |work| {
                if let Some(highlight) = work.highlight_mut(&id) {
                    highlight.comment = text;
                }
            }),
            Command::RemoveHighlight(id) => self.edit(now, |work| work.remove_highlight(&id)),
            Command::ShowPassage(passage) => {
                if let Some(open) = &mut self.open {
                    open.scroll_to = Some(passage);
                }
            }
            Command::DismissMessage => {
                self.message = None;
                self.message_folder = None;
            }
            Command::ShowHistory => self.load_history(),
            Command::CloseHistory => {
                if let Some(open) = &mut self.open {
                    open.history = None;
                }
            }
            Command::RestoreSnapshot(index) => self.restore_snapshot(now, index),
            Command::ExportCopy => self.export_copy(),
        }
    }

    /// Highlights the words chosen in the marking panel with `tag`.
    fn add_highlight(&mut self, now: Instant, tag: String) {
        let Some(open) = &mut self.open else { return };
        let Some(marking) = &open.marking else { return };
        let Some(passage) = open.lesson.passage(&marking.passage) else {
            return;
        };
        let words = crate::work::anchor::word_spans(&passage.text);
        let (Some(first), Some(last)) = (
            words.get(*marking.words().start()),
            words.get(*marking.words().end()),
        ) else {
            return;
        };
        let (start, end) = (first.start, last.end);
        let quote: String = passage.text.chars().skip(start).take(end - start).collect();
        let highlight = Highlight {
            passage: passage.id.clone(),
            start,
            end,
            quote,
            tag,
            ..Highlight::default()
        };
        open.session.edit(now, |work| {
            work.add_highlight(highlight);
        });
    }

    fn edit(&mut self, now: Instant, change: impl FnOnce(&mut Work)) {
        if let Some(open) = &mut self.open {
            open.session.edit(now, change);
        }
    }

    fn open_lesson_at(&mut self, index: usize) {
        let name = self.student.trim().to_owned();
        if name.is_empty() {
            self.message = Some("Type your name first, then open the lesson.".to_owned());
            return;
        }
        let Some(entry) = self.library.get(index) else {
            return;
        };
        let Some(lesson) = entry.lesson.clone() else {
            return;
        };
        let hash = entry.content_hash.clone();
        if !self.close_lesson() {
            return;
        }
        self.settings.recent_names.retain(|n| n != &name);
        self.settings.recent_names.insert(0, name.clone());
        self.settings.recent_names.truncate(RECENT_NAMES);
        let key = WorkKey::new(&lesson.id, &name);
        let session = match &self.store {
            Some(store) => {
                let (session, notice) = Session::open(store, key, &hash);
                if notice.is_some() {
                    self.message = notice;
                }
                session
            }
            None => {
                let mut session = Session::new(key, Work::default(), &hash, None, None);
                session.cannot_save("this computer has no folder for saved work".into());
                session
            }
        };
        let section = session
            .work
            .current_section
            .as_ref()
            .and_then(|id| lesson.sections.iter().position(|s| &s.id == id))
            .unwrap_or(0);
        self.pending = None;
        self.open = Some(OpenLesson {
            lesson,
            session,
            section,
            shown_hints: HashSet::new(),
            layout: LessonLayout::default(),
            history: None,
            marking: None,
            scroll_to: None,
        });
    }

    /// Leaves the open lesson once its work is on disk. Returns `false`, and
    /// keeps the lesson open with a message, when the work cannot be saved:
    /// leaving would lose it.
    fn close_lesson(&mut self) -> bool {
        let Some(open) = &self.open else { return true };
        let unsaved = open.session.read_only.is_none() && open.session.has_unsaved();
        if unsaved && !self.flush() {
            self.say(
                "Your work is not saved yet, so the lesson stays open. Use \"Export a copy…\" to keep it, \
                 or ask your teacher."
                    .into(),
            );
            return false;
        }
        self.open = None;
        self.refresh_progress();
        true
    }

    /// Hands a due save (or, with `now_please`, any unsaved edit) to the saver.
    fn request_save(&mut self, now: Instant, now_please: bool) {
        let (Some(open), Some(saver)) = (&mut self.open, &self.saver) else {
            return;
        };
        if let Some(request) = open.session.due_save(now, now_please) {
            let id = request.id;
            if !saver.request(request) {
                let report = SaveReport {
                    id,
                    key: open.session.key.clone(),
                    result: Err("the saving thread stopped; restart Close Reader".into()),
                };
                open.session.on_report(now, &report);
            }
        }
    }

    /// Passes the saver's reports to the open lesson's session.
    fn take_reports(&mut self, now: Instant) {
        if let (Some(open), Some(saver)) = (&mut self.open, &self.saver) {
            for report in saver.reports() {
                open.session.on_report(now, &report);
            }
        }
    }

    /// Takes in finished saves, starts due ones, and asks for a frame when
    /// the next one will be due (nothing is drawn while idle otherwise).
    fn autosave(&mut self, ctx: &egui::Context) {
        let now = Instant::now();
        self.take_reports(now);
        if self
            .open
            .as_ref()
            .is_none_or(|o| o.session.status() == SaveStatus::Saved)
        {
            // Saving works again: a later failure warns again before closing.
            self.close_confirmed = false;
        }
        self.request_save(now, false);
        if self.saver.is_some()
            && let Some(wait) = self.open.as_ref().and_then(|o| o.session.wake_in(now))
        {
            ctx.request_repaint_after(wait);
        }
    }

    /// Saves everything at once and waits for the disk (closing the window,
    /// leaving a lesson). Returns whether every edit reached the disk.
    pub fn flush(&mut self) -> bool {
        self.request_save(Instant::now(), true);
        let Some(saver) = &self.saver else {
            return false;
        };
        if !saver.flush(EXIT_FLUSH_TIMEOUT) {
            return false;
        }
        self.take_reports(Instant::now());
        self.open.as_ref().is_none_or(|o| !o.session.has_unsaved())
    }

    fn refresh_progress(&mut self) {
        let student = self.student.trim();
        self.progress = self
            .library
            .iter()
            .map(|entry| {
                let lesson = entry.lesson.as_ref()?;
                let store = self.store.as_ref()?;
                if student.is_empty() {
                    return None;
                }
                let key = WorkKey::new(&lesson.id, student);
                Some(lesson_progress(lesson, &store.peek(&key)?))
            })
            .collect();
    }

    fn load_history(&mut self) {
        let (Some(open), Some(store)) = (&mut self.open, &self.store) else {
            return;
        };
        let snapshots = store.snapshots(&open.session.key);
        open.history = Some(
            snapshots
                .into_iter()
                .map(|snapshot| {
                    let file = store.read_snapshot(&snapshot).ok();
                    (snapshot, file)
                })
                .collect(),
        );
    }

    /// Brings back an earlier copy. What is on screen now is saved as a
    /// snapshot first, so bringing back is itself undoable.
    fn restore_snapshot(&mut self, now: Instant, index: usize) {
        let (Some(open), Some(store)) = (&mut self.open, &self.store) else {
            return;
        };
        let Some(file) = open
            .history
            .as_ref()
            .and_then(|h| h.get(index))
            .and_then(|(_, f)| f.clone())
        else {
            return;
        };
        if let Err(e) = store.save_snapshot(&open.session.to_file()) {
            self.message = Some(format!(
                "The earlier copy was not brought back: what is on screen could not be kept first ({e})."
            ));
            return;
        }
        open.session.replace(now, file.work);
        open.history = None;
        self.message = Some(
            "The earlier copy is back. What was on screen before is kept as an earlier copy too."
                .into(),
        );
    }

    /// When the window is asked to close with work that cannot be saved, the
    /// close is cancelled once and the student told; a second close quits.
    fn guard_close(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.close_confirmed {
            return;
        }
        let unsaved = self
            .open
            .as_ref()
            .is_some_and(|o| o.session.read_only.is_none() && o.session.has_unsaved());
        if unsaved && !self.flush() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.close_confirmed = true;
            self.say(
                "Your work is not saved. Use \"Export a copy…\" to keep it; closing the window again quits \
                 without saving."
                    .into(),
            );
        }
    }

    /// Shows a message (and forgets any folder of the previous one).
    fn say(&mut self, text: String) {
        self.message = Some(text);
        self.message_folder = None;
    }

    /// Writes the export chosen in the export window.
    fn export_now(&mut self) {
        let (Some(open), Some(choice)) = (&self.open, self.export_choice) else {
            return;
        };
        let options = ExportOptions {
            include_excerpts: choice.include_excerpts,
            date: today(),
        };
        let student = open.session.key.student.clone();
        let doc = ExportDoc::new(&open.lesson, &open.session.work, &student, &options);
        let bytes = render(choice.format, &doc, &open.session.to_file());
        let name = default_file_name(
            &open.lesson.id,
            &student,
            &options.date,
            choice.format.extension(),
        );
        self.export_choice = None;
        self.save_file_for_student(&name, choice.format, &bytes, "Exported to");
    }

    /// Saves the work file wherever the student chooses (when saving fails).
    fn export_copy(&mut self) {
        let Some(open) = &self.open else { return };
        let file = open.session.to_file();
        let name = default_file_name(
            &open.lesson.id,
            &open.session.key.student,
            &today(),
            Format::Ron.extension(),
        );
        self.save_file_for_student(
            &name,
            Format::Ron,
            file.to_text().as_bytes(),
            "A copy of your work is saved as",
        );
    }

    /// Saves `bytes` as `name`: into the export folder if one is set, else
    /// where the system's save window says. When no save window can be shown
    /// (it returns at once, as on a Linux desktop without a portal), the file
    /// goes to the Documents folder (or home) and the message says where,
    /// with a button that opens the folder. Never replaces a file unasked.
    fn save_file_for_student(&mut self, name: &str, format: Format, bytes: &[u8], done: &str) {
        if bytes.is_empty() {
            self.say("The file could not be made. Try another format.".into());
            return;
        }
        let (path, fallback) = match &self.export_dir {
            Some(dir) => (unused_path(dir, name), false),
            None => {
                let asked = Instant::now();
                let picked = rfd::FileDialog::new()
                    .set_title("Save your work")
                    .set_file_name(name)
                    .add_filter(format.label(), &[format.extension()])
                    .save_file();
                match picked {
                    Some(path) => (path, false),
                    None if asked.elapsed() < NO_DIALOG_WITHIN => {
                        let documents = directories::UserDirs::new().map(|dirs| {
                            dirs.document_dir().unwrap_or(dirs.home_dir()).to_path_buf()
                        });
                        let Some(documents) = documents else {
                            self.say("No save window could be shown and there is no Documents folder: nothing was saved.".into());
                            return;
                        };
                        (unused_path(&documents, name), true)
                    }
                    None => return, // the student cancelled
                }
            }
        };
        match crate::work::disk::write_atomic(&RealDisk, &path, bytes) {
            Ok(()) => {
                let lead = if fallback {
                    "No save window could be shown, so your work was saved as"
                } else {
                    done
                };
                self.message = Some(format!("{lead} {}", path.display()));
                self.message_folder = path.parent().map(Path::to_path_buf);
            }
            Err(e) => self.say(format!(
                "The file could not be saved: {}.",
                crate::work::disk::explain_io_error(&e)
            )),
        }
    }
}

fn status_line(status: &SaveStatus) -> StatusLine {
    match status {
        SaveStatus::Saved => StatusLine { text: "Saved".into(), ..StatusLine::default() },
        SaveStatus::Unsaved | SaveStatus::Saving => StatusLine { text: "Saving…".into(), ..StatusLine::default() },
        SaveStatus::Failed(why) => StatusLine {
            text: format!("Not saved: {why}"),
            detail: "Your work is safe while this window stays open. Saving is tried again every few seconds."
                .into(),
            problem: true,
            offer_copy: true,
        },
        SaveStatus::ReadOnly(why) => {
            StatusLine { text: "Read-only".into(), detail: why.clone(), problem: true, offer_copy: false }
        }
    }
}

/// Where eframe keeps [`Settings`].
pub const SETTINGS_KEY: &str = "closereader-settings";

impl eframe::App for CloseReaderApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.flush();
        if let Some(measuring) = &self.measuring
            && let Some(path) = &measuring.options.frame_log
        {
            let lines: String = measuring
                .frames
                .iter()
                .map(|t| format!("{t:.4}\n"))
                .collect();
            if let Err(e) = std::fs::write(path, lines) {
                eprintln!(
                    "closereader: could not write the frame log {}: {e}",
                    path.display()
                );
            }
        }
    }
}

//! The app shell: state, keyboard shortcuts, and the one place where
//! commands from the screens are carried out.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use egui::{Key, KeyboardShortcut, Modifiers, Ui};
use serde::{Deserialize, Serialize};

use crate::lesson::Lesson;
use crate::library::{LibraryEntry, add_entry, load_library};
use crate::work::{Work, lesson_progress};

use super::command::{Command, TextSizeStep};
use super::lesson_screen::{LessonLayout, LessonScreen, lesson_screen_ui};
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
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::default(),
            text_scale: 1.0,
            recent_names: Vec::new(),
        }
    }
}

/// How many recent names the start screen offers.
const RECENT_NAMES: usize = 8;

/// What the app is started with.
#[derive(Debug, Clone, Default)]
pub struct AppOptions {
    /// Extra lesson folders to list.
    pub lessons_dirs: Vec<PathBuf>,
    /// A lesson file to open once a name is given.
    pub open_lesson: Option<PathBuf>,
}

/// The open lesson and the state of its screen.
struct OpenLesson {
    lesson: Arc<Lesson>,
    section: usize,
    shown_hints: HashSet<String>,
    layout: LessonLayout,
}

/// The whole app.
pub struct CloseReaderApp {
    settings: Settings,
    library: Vec<LibraryEntry>,
    student: String,
    open: Option<OpenLesson>,
    pending: Option<usize>,
    work: HashMap<(String, String), Work>,
    message: Option<String>,
    styled: Option<(ThemeChoice, f32)>,
    focus_name: bool,
    prepared: bool,
}

/// Keyboard shortcuts (Ctrl on Windows and Linux, Cmd on macOS).
const SHORTCUTS: [(KeyboardShortcut, ShortcutAction); 8] = [
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::PageDown),
        ShortcutAction::NextSection,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::PageUp),
        ShortcutAction::PreviousSection,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::S),
        ShortcutAction::Command(Command::SaveNow),
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::E),
        ShortcutAction::Command(Command::Export),
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus),
        ShortcutAction::Command(Command::ChangeTextSize(TextSizeStep::Bigger)),
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals),
        ShortcutAction::Command(Command::ChangeTextSize(TextSizeStep::Bigger)),
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus),
        ShortcutAction::Command(Command::ChangeTextSize(TextSizeStep::Smaller)),
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0),
        ShortcutAction::Command(Command::ChangeTextSize(TextSizeStep::Reset)),
    ),
];

#[derive(Clone)]
enum ShortcutAction {
    NextSection,
    PreviousSection,
    Command(Command),
}

impl CloseReaderApp {
    /// Builds the app and loads the lesson library.
    pub fn new(settings: Settings, options: AppOptions) -> Self {
        let mut library = load_library(&options.lessons_dirs);
        let pending = options
            .open_lesson
            .map(|path| add_entry(&mut library, LibraryEntry::from_file(&path)));
        let message = pending.and_then(|index| {
            library[index].lesson.is_none().then(|| {
                "The lesson file could not be opened; its problems are listed below.".to_owned()
            })
        });
        let pending = pending.filter(|&index| library[index].lesson.is_some());
        Self {
            student: settings.recent_names.first().cloned().unwrap_or_default(),
            settings,
            library,
            open: None,
            pending,
            work: HashMap::new(),
            message,
            styled: None,
            focus_name: true,
            prepared: false,
        }
    }

    /// The remembered preferences.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The lesson library.
    pub fn library(&self) -> &[LibraryEntry] {
        &self.library
    }

    /// A student's work on a lesson, if they have started it.
    pub fn work(&self, student: &str, lesson_id: &str) -> Option<&Work> {
        self.work.get(&(student.to_owned(), lesson_id.to_owned()))
    }

    /// The open lesson's id and current section index.
    pub fn open_lesson(&self) -> Option<(&str, usize)> {
        self.open
            .as_ref()
            .map(|o| (o.lesson.id.as_str(), o.section))
    }

    /// How many blocks of the section were laid out in the last frame.
    pub fn blocks_drawn(&self) -> usize {
        self.open.as_ref().map_or(0, |o| o.layout.blocks_drawn)
    }

    /// Sets up fonts and input options; call once before the first frame
    /// ([`Self::show`] does it if it has not been done).
    pub fn prepare(&mut self, ctx: &egui::Context) {
        ctx.set_fonts(super::fonts::font_definitions());
        // Ctrl +/−/0 change the text size, not egui's zoom.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        self.prepared = true;
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
                    ui.label(
                        egui::RichText::new(message.as_str())
                            .strong()
                            .color(self.settings.theme.warning_colour()),
                    );
                    if ui.button("OK").clicked() {
                        commands.push(Command::DismissMessage);
                    }
                });
            });
        }
        commands.extend(self.screen_ui(ui));
        for command in commands {
            self.apply(command);
        }
    }

    fn screen_ui(&mut self, ui: &mut Ui) -> Vec<Command> {
        let theme = self.settings.theme;
        let Self {
            open,
            work,
            student,
            settings,
            ..
        } = self;
        if let Some(open) = open {
            let key = (student.trim().to_owned(), open.lesson.id.clone());
            let empty = Work::default();
            let work = work.get(&key).unwrap_or(&empty);
            let screen = LessonScreen {
                lesson: &open.lesson,
                work,
                section: open.section,
                shown_hints: &open.shown_hints,
                student: student.trim(),
                save_status: "Not saved to disk",
                save_detail: "This version keeps work only while the app is open. Saving to disk comes next.",
                save_problem: true,
                theme,
                text_scale: settings.text_scale,
            };
            return lesson_screen_ui(ui, &screen, &mut open.layout);
        }
        let progress = self
            .library
            .iter()
            .map(|entry| {
                let lesson = entry.lesson.as_ref()?;
                let work = self
                    .work
                    .get(&(self.student.trim().to_owned(), lesson.id.clone()))?;
                Some(lesson_progress(lesson, work))
            })
            .collect();
        let view = StartView {
            student: &self.student,
            recent_names: &self.settings.recent_names,
            library: &self.library,
            progress,
            pending: self.pending,
            theme,
            focus_name: std::mem::take(&mut self.focus_name) && self.student.is_empty(),
        };
        let mut commands = Vec::new();
        egui::CentralPanel::default().show(ui, |ui| commands = start_screen_ui(ui, &view));
        commands
    }

    fn shortcut_commands(&self, ui: &Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.input_mut(|input| {
            for (shortcut, action) in &SHORTCUTS {
                if input.consume_shortcut(shortcut) {
                    let section = self.open.as_ref().map(|o| o.section);
                    match (action, section) {
                        (ShortcutAction::NextSection, Some(s)) => {
                            commands.push(Command::GoToSection(s + 1))
                        }
                        (ShortcutAction::PreviousSection, Some(s)) if s > 0 => {
                            commands.push(Command::GoToSection(s - 1));
                        }
                        (ShortcutAction::Command(command), _) => commands.push(command.clone()),
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
        if self.library[index].lesson.is_none() {
            self.message = Some(format!(
                "{} could not be opened; its problems are listed with the lessons.",
                path.display()
            ));
            self.open = None;
        } else if self.student.trim().is_empty() {
            self.pending = Some(index);
        } else {
            self.apply(Command::OpenLesson(index));
        }
    }

    /// Carries out one command: the only place that changes app state.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::SetStudentName(name) => self.student = name,
            Command::OpenLesson(index) => self.open_lesson_at(index),
            Command::ChooseLessonFile => {
                let picked = rfd::FileDialog::new()
                    .add_filter("Lesson", &["ron"])
                    .set_title("Open lesson file")
                    .pick_file();
                if let Some(path) = picked {
                    self.add_lesson_file(path);
                }
            }
            Command::CloseLesson => self.open = None,
            Command::GoToSection(index) => {
                if let Some(open) = &mut self.open
                    && let Some(section) = open.lesson.sections.get(index)
                {
                    open.section = index;
                    let key = (self.student.trim().to_owned(), open.lesson.id.clone());
                    self.work.entry(key).or_default().current_section = Some(section.id.clone());
                }
            }
            Command::SetAnswer { prompt, answer } => {
                if let Some(work) = self.current_work() {
                    work.set_answer(&prompt, answer);
                }
            }
            Command::SetSectionNote { section, text } => {
                if let Some(work) = self.current_work() {
                    work.set_section_note(&section, text);
                }
            }
            Command::SetNotebook(text) => {
                if let Some(work) = self.current_work() {
                    work.notebook = text;
                }
            }
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
            Command::SaveNow => {
                self.message = Some(
                    "This version cannot save to disk yet. Keep the app open until you have shown your work to your teacher."
                        .to_owned(),
                );
            }
            Command::Export => {
                self.message = Some("Export is not available in this version yet.".to_owned());
            }
            Command::DismissMessage => self.message = None,
        }
    }

    fn open_lesson_at(&mut self, index: usize) {
        let name = self.student.trim().to_owned();
        if name.is_empty() {
            self.message = Some("Type your name first, then open the lesson.".to_owned());
            return;
        }
        let Some(lesson) = self.library.get(index).and_then(|e| e.lesson.clone()) else {
            return;
        };
        self.settings.recent_names.retain(|n| n != &name);
        self.settings.recent_names.insert(0, name.clone());
        self.settings.recent_names.truncate(RECENT_NAMES);
        let work = self.work.entry((name, lesson.id.clone())).or_default();
        let section = work
            .current_section
            .as_ref()
            .and_then(|id| lesson.sections.iter().position(|s| &s.id == id))
            .unwrap_or(0);
        self.pending = None;
        self.open = Some(OpenLesson {
            lesson,
            section,
            shown_hints: HashSet::new(),
            layout: LessonLayout::default(),
        });
    }

    fn current_work(&mut self) -> Option<&mut Work> {
        let open = self.open.as_ref()?;
        let key = (self.student.trim().to_owned(), open.lesson.id.clone());
        Some(self.work.entry(key).or_default())
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
}

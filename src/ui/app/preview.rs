//! Live preview for teachers writing a lesson (`closereader preview FILE`,
//! or "Preview a lesson file…"): the lesson as students see it, with the
//! teacher's view on (answer keys, teacher notes, hints and ids), reloaded
//! within moments of every save in the teacher's editor. While the file has
//! mistakes, the last good version stays on screen under a panel of the
//! messages, exactly as `closereader check` prints them. Nothing is saved.

use crate::tr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, SystemTime};

use egui::{RichText, Ui};

use super::CloseReaderApp;
use super::background::{Job, Then};
use crate::library::LibraryEntry;
use crate::ui::command::Command;
use crate::ui::theme::ThemeChoice;
use crate::work::{Autosave, WorkKey};

/// How often the watched file is looked at. Short enough that a save shows
/// at once; a file's times and size are all that is read between changes.
const POLL: Duration = Duration::from_millis(50);

/// The file being previewed and what its last reading said.
pub(super) struct Preview {
    /// The lesson file.
    pub path: PathBuf,
    /// Its problems, when the last save had mistakes (the last good
    /// version stays on screen).
    pub problems: Vec<String>,
    /// Saves noticed by the watcher.
    changes: Receiver<()>,
    /// Tells the watcher to stop.
    stop: Arc<AtomicBool>,
}

impl Drop for Preview {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// What a file looks like from outside: when it changed, how long it is.
/// Editors that save by writing a new file and renaming it change both.
fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let metadata = std::fs::metadata(path).ok()?;
    Some((metadata.modified().ok()?, metadata.len()))
}

/// Watches `path` on a thread of its own; `wake` asks for a frame.
fn watch(path: PathBuf, wake: Box<dyn Fn() + Send>) -> (Receiver<()>, Arc<AtomicBool>) {
    let (changed, changes) = channel();
    let stop = Arc::new(AtomicBool::new(false));
    let stopping = stop.clone();
    let _ = std::thread::Builder::new()
        .name("closereader-preview".into())
        .spawn(move || {
            let mut last = stamp(&path);
            while !stopping.load(Ordering::Relaxed) {
                std::thread::sleep(POLL);
                let now = stamp(&path);
                // A file that is gone is read too, so the preview says so
                // (and keeps the last good version).
                if now != last {
                    last = now;
                    if changed.send(()).is_err() {
                        return;
                    }
                    wake();
                }
            }
        });
    (changes, stop)
}

impl CloseReaderApp {
    /// Starts previewing `path`: reads it now and whenever it is saved.
    pub(super) fn start_preview(&mut self, path: PathBuf) {
        let wake: Box<dyn Fn() + Send> = match &self.window.ctx {
            Some(ctx) => {
                let ctx = ctx.clone();
                Box::new(move || ctx.request_repaint())
            }
            None => Box::new(|| {}),
        };
        let (changes, stop) = watch(path.clone(), wake);
        self.preview = Some(Preview {
            path: path.clone(),
            problems: Vec::new(),
            changes,
            stop,
        });
        self.start(Job::LoadLessonFile {
            path,
            then: Then::Preview,
        });
    }

    /// Reloads the previewed file when the watcher saw a save.
    pub(super) fn take_preview_changes(&mut self) {
        let Some(preview) = &self.preview else { return };
        if preview.changes.try_iter().count() > 0 {
            let path = preview.path.clone();
            self.start(Job::LoadLessonFile {
                path,
                then: Then::Preview,
            });
        }
    }

    /// The previewed file was read: show it, keeping the section, or keep
    /// the last good version and show the problems.
    pub(super) fn show_preview(&mut self, entry: LibraryEntry) {
        let Some(preview) = &mut self.preview else {
            return;
        };
        let Some(lesson) = entry.lesson else {
            preview.problems = entry.problems;
            return;
        };
        preview.problems.clear();
        let section_id = self
            .screen
            .lesson()
            .and_then(|o| o.lesson.sections.get(o.section))
            .map(|s| s.id.clone());
        match self.screen.lesson_mut() {
            Some(open) => {
                open.section = section_id
                    .and_then(|id| lesson.sections.iter().position(|s| s.id == id))
                    .unwrap_or(open.section)
                    .min(lesson.sections.len().saturating_sub(1));
                open.lesson = lesson;
                // A card the section no longer opens (or the lesson no longer has) closes.
                self.keep_reader_for_section();
            }
            None => {
                let key = WorkKey::new(&lesson.id, &tr!("preview-student"));
                let work =
                    Autosave::unsaveable(key, &entry.content_hash, tr!("preview-nothing-saved"));
                self.show_lesson(lesson, work);
            }
        }
    }
}

/// Messages shown before "and N more".
const FIRST_MESSAGES: usize = 3;

/// The strip above a previewed lesson: which file, that it reloads on
/// save, "Stop previewing", and the messages while the file has mistakes:
/// the first few, then "and N more", in a list of bounded height that
/// scrolls, so the lesson and "Stop previewing" always stay on screen.
pub(super) fn preview_bar_ui(ui: &mut Ui, preview: &Preview, theme: ThemeChoice) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::Panel::top("preview").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr!("preview-stop")).clicked() {
                commands.push(Command::StopPreview);
            }
            ui.label(
                RichText::new(tr!(
                    "preview-bar",
                    file = preview.path.display().to_string()
                ))
                .strong(),
            );
        });
        if !preview.problems.is_empty() {
            ui.label(RichText::new(tr!("preview-mistakes")).color(theme.warning_colour()));
            // At most a quarter of the window, however many messages.
            let max_height = (ui.ctx().content_rect().height() * 0.25).max(60.0);
            let all_id = egui::Id::unique("preview-all-messages");
            let show_all = ui.data(|d| d.get_temp::<bool>(all_id)).unwrap_or(false);
            let shown = if show_all {
                preview.problems.len()
            } else {
                FIRST_MESSAGES
            };
            egui::ScrollArea::vertical()
                .id_salt("preview-messages")
                .max_height(max_height)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for problem in preview.problems.iter().take(shown) {
                        ui.label(RichText::new(problem).monospace());
                    }
                });
            // Under the list, never scrolled out of reach.
            let more = preview.problems.len().saturating_sub(shown);
            if more > 0 && ui.button(tr!("preview-more", count = more)).clicked() {
                ui.data_mut(|d| d.insert_temp(all_id, true));
            }
        }
    });
    commands
}

//! Files: lessons dropped, chosen or typed in, exports, earlier copies. The
//! app asks the background worker for each and takes in what comes back.

use super::file_windows::SavedHow;
use super::state::Dialog;
use crate::tr;
use std::path::{Path, PathBuf};

use egui::Ui;

use crate::export::{ExportOptions, Format, today};
use crate::filename::default_file_name;
use crate::library::add_entry;
use crate::ui::command::Command;

use super::CloseReaderApp;
use super::background::{
    Destination, Done, ExportJob, Job, Then, lesson_file_window, save_file_window,
};
use super::banner::Banner;

impl CloseReaderApp {
    /// Takes in the background jobs that have finished.
    pub(super) fn take_finished(&mut self) {
        let finished = self
            .worker
            .background
            .as_mut()
            .map(|b| b.finished())
            .unwrap_or_default();
        for done in finished {
            self.take_in(done);
        }
    }

    fn take_in(&mut self, done: Done) {
        match done {
            Done::Folders { entries, classroom } => {
                for entry in entries {
                    add_entry(&mut self.library, entry);
                }
                self.start_screen.progress_for = None;
                self.set_classroom(classroom);
            }
            Done::Translations(read) => self.take_in_translations(read),
            Done::PickedClassFolder(folder) => self.open_class_folder(folder),
            Done::NoFolderWindow => {
                // Pre-filled with the class's hand-in folder, if classroom.ron names one.
                let hand_in = self
                    .hand_in_dir()
                    .map(|dir| dir.display().to_string())
                    .unwrap_or_default();
                self.start_screen.class_path.get_or_insert(hand_in);
                self.say(tr!("no-folder-window"));
            }
            Done::ClassCollected {
                folder,
                result,
                my_key,
                cache,
            } => self.class_collected(&folder, result, my_key, cache),
            Done::HandedIn {
                key,
                edits,
                at,
                result,
            } => self.handed_in(&key, edits, at, result),
            Done::LessonFile(entry, Then::Preview) => self.show_preview(entry),
            Done::LessonFile(entry, then) => self.add_lesson_file(entry, then),
            Done::PickedLessonFile(path, Then::Preview) => self.start_preview(path),
            Done::PickedLessonFile(path, then) => self.load_lesson_file(path, then),
            Done::NoFileWindow => {
                let text = match self.places.lessons_dirs.first() {
                    Some(dir) => tr!("no-file-window.or-copy", folder = dir.display().to_string()),
                    None => tr!("no-file-window"),
                };
                self.start_screen
                    .lesson_path
                    .get_or_insert_with(String::new);
                self.say(text);
            }
            Done::WorkOpened {
                index,
                autosave,
                notice,
            } => {
                self.start_screen.opening = None;
                if let Some(notice) = notice {
                    self.say(notice);
                }
                match self.library.get(index).and_then(|e| e.lesson.clone()) {
                    Some(lesson)
                        if self.screen.lesson().is_none()
                            && lesson.id == autosave.key().lesson_id =>
                    {
                        self.show_lesson(lesson, *autosave)
                    }
                    // The lesson went away meanwhile: dropping the work
                    // releases it; nothing was edited.
                    _ => {}
                }
            }
            Done::Progress { student, progress } => {
                self.start_screen.progress_reading = false;
                // Another student's progress is never shown under this name.
                if student == self.student.trim() {
                    self.check_returned(&student, &progress);
                    self.start_screen.progress = progress;
                    self.start_screen.returned = Vec::new();
                } else {
                    self.start_screen.progress = Vec::new();
                    self.start_screen.returned = Vec::new();
                    self.start_screen.progress_for = None;
                }
            }
            Done::Returned { student, returned } if student == self.student.trim() => {
                match returned {
                    Ok(returned) => self.start_screen.returned = returned,
                    Err(why) => self.say(tr!("returned-not-checked", why = why)),
                }
            }
            // Checked for another name: never shown under this one.
            Done::Returned { .. } => {}
            Done::FeedbackFound { key, found } => self.feedback_found(&key, found),
            Done::ClassReadingShared(result) => self.class_reading_shared(result),
            Done::ClassReadingFound { key, found } => self.class_reading_found(&key, found),
            Done::PictureLoaded { path, result } => self.picture_loaded(path, result),
            Done::FeedbackSaved { sent, result } => self.feedback_saved(*sent, result),
            Done::History { key, rows } => {
                // Only for the work still open (the student may have moved on).
                if self.screen.lesson().is_some_and(|o| o.work.key() == &key) {
                    match &mut self.dialog {
                        Some(Dialog::History(shown)) => *shown = rows,
                        _ => self.open_dialog(Dialog::History(rows)),
                    }
                }
            }
            Done::Restored { key, edits, result } => self.take_restored(&key, edits, result),
            Done::Saved(Ok(Some(saved))) => {
                let folder = saved.path.parent().map(Path::to_path_buf);
                let text = saved.message();
                self.banner.show(Banner::with_folder(text, folder));
            }
            // The save window was cancelled.
            Done::Saved(Ok(None)) => {}
            Done::Saved(Err(why)) => self.say(tr!("saved-failed", why = why.to_string())),
            Done::Problem(text) => {
                // A job failed: nothing it was doing is still on its way.
                self.start_screen.opening = None;
                self.start_screen.progress_reading = false;
                self.say(text);
            }
            Done::Said(text) => self.say(text),
            Done::Nothing => {}
        }
    }

    /// An earlier copy is ready: brought back only into the same work, and
    /// only if nothing was typed since it was asked for (that typing would
    /// be in neither copy).
    fn take_restored(
        &mut self,
        key: &crate::work::WorkKey,
        edits: u64,
        result: Result<Box<crate::work::file::WorkFile>, String>,
    ) {
        let Some(open) = self.screen.lesson_mut().filter(|o| o.work.key() == key) else {
            return;
        };
        match result {
            Ok(_) if open.work.edit_count() != edits => self.say(tr!("restore-changed")),
            Ok(earlier) => {
                open.work.replace(self.clock.now(), earlier.work);
                self.close_dialog();
                self.say(tr!("restore-done"));
            }
            Err(why) => self.say(tr!("restore-failed", why = why)),
        }
    }

    /// `.ron` files dropped on the window join the library (and open, when a
    /// name has been given); a `.zip` (a learning platform's download of
    /// the class's work) opens in the class view.
    pub(super) fn take_dropped_files(&mut self, ui: &Ui) {
        let dropped: Vec<PathBuf> = ui.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        for path in dropped {
            if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
            {
                self.load_lesson_file(path, Then::Open);
            } else if crate::class::lms_zip::is_zip(&path) {
                // A learning platform's download of the class's work.
                self.open_class_folder(path);
            } else {
                self.say(tr!("not-a-lesson-file", file = path.display().to_string()));
            }
        }
    }

    fn load_lesson_file(&mut self, path: PathBuf, then: Then) {
        self.start(Job::LoadLessonFile { path, then });
    }

    /// A lesson file has been read: list it, and open it or keep it ready.
    fn add_lesson_file(&mut self, entry: crate::library::LibraryEntry, then: Then) {
        let label = entry.origin.label();
        let index = add_entry(&mut self.library, entry);
        self.start_screen.progress_for = None;
        if self.library[index].lesson.is_none() {
            self.say(tr!("lesson-file-broken", file = label));
            return;
        }
        match then {
            Then::List | Then::Preview => {}
            // The class view stays until the teacher closes it (its
            // feedback is saved first).
            Then::Open if self.screen.class().is_some() => {
                self.say(tr!("lesson-file-listed", file = label));
            }
            Then::Open if !self.student.trim().is_empty() => self.apply(Command::OpenLesson(index)),
            Then::Open | Then::WaitForName => {
                self.start_screen.pending = Some(index);
                self.start_screen.focus_name = true;
            }
        }
    }

    /// "Open lesson file…": the system's file window, or, where none can be
    /// shown, the path field.
    pub(super) fn choose_lesson_file(&mut self, then: Then) {
        let window = (!self.places.no_file_windows).then(lesson_file_window);
        self.start(Job::PickLessonFile(window, then));
    }

    /// Opens the file typed in the path field.
    pub(super) fn open_lesson_path(&mut self) {
        let Some(typed) = self.start_screen.lesson_path.as_deref().map(str::trim) else {
            return;
        };
        if typed.is_empty() {
            self.say(tr!("lesson-path-first"));
            return;
        }
        let path = PathBuf::from(typed);
        self.load_lesson_file(path, Then::Open);
    }

    /// Where a saved file goes: the export folder, the system's save
    /// window (`window` makes it), or the Documents folder when no window
    /// can be shown.
    pub(super) fn destination(
        &self,
        window: impl FnOnce() -> super::file_windows::FileWindow,
    ) -> Destination {
        match (&self.places.export_dir, self.places.no_file_windows) {
            (Some(dir), _) => Destination::Folder(dir.clone()),
            (None, true) => Destination::Documents,
            (None, false) => Destination::Ask(window()),
        }
    }

    /// Makes and saves the export chosen in the export window.
    pub(super) fn export_now(&mut self) {
        let Some(Dialog::Export(choice)) = self.dialog else {
            return;
        };
        let options = ExportOptions {
            include_excerpts: choice.include_excerpts,
            date: today(),
            // Checked again here: only a teacher's window offers these.
            teacher_copy: choice.teacher_copy && choice.for_teacher,
            comment_space: choice.comment_space && choice.for_teacher,
        };
        self.save_for_student(choice.format, options, SavedHow::Exported);
    }

    /// Saves the work file wherever the student chooses (when saving fails).
    pub(super) fn export_copy(&mut self) {
        let options = ExportOptions {
            include_excerpts: true,
            date: today(),
            ..ExportOptions::default()
        };
        self.save_for_student(Format::Ron, options, SavedHow::Copy);
    }

    fn save_for_student(&mut self, format: Format, options: ExportOptions, done: SavedHow) {
        let Some(open) = self.screen.lesson() else {
            return;
        };
        let file = open.work.to_file();
        let name = default_file_name(
            &open.lesson.id,
            &file.student,
            &options.date,
            format.extension(),
        );
        let job = ExportJob {
            lesson: open.lesson.clone(),
            file,
            feedback: open.feedback.as_ref().map(|f| f.feedback.clone()),
            format,
            options,
            destination: self.destination(|| save_file_window(&name, format)),
            name,
            done,
        };
        self.start(Job::Export(Box::new(job)));
    }

    /// Lists the earlier copies in the background.
    pub(super) fn load_history(&mut self) {
        let (Some(open), Some(store)) = (self.screen.lesson(), &self.places.store) else {
            return;
        };
        let job = Job::LoadHistory {
            store: store.clone(),
            key: open.work.key().clone(),
            lesson: open.lesson.clone(),
        };
        self.start(job);
    }

    /// Brings back an earlier copy. What is on screen now is kept as an
    /// earlier copy first, so bringing back is itself undoable.
    pub(super) fn restore_snapshot(&mut self, index: usize) {
        let (Some(open), Some(store)) = (self.screen.lesson(), &self.places.store) else {
            return;
        };
        let Some(Dialog::History(rows)) = &self.dialog else {
            return;
        };
        let Some(earlier) = rows.get(index).and_then(|row| row.file.clone()) else {
            return;
        };
        let job = Job::KeepThenRestore {
            store: store.clone(),
            edits: open.work.edit_count(),
            current: Box::new(open.work.to_file()),
            earlier: Box::new(earlier),
        };
        self.start(job);
    }
}

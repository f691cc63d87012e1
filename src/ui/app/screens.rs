//! The screen under the banner: the lesson, the class view, or the start
//! screen, each given what it shows and returning what the user asked for.

use crate::tr;
use egui::Ui;

use super::CloseReaderApp;
use super::saving;
use super::state::Closing;
use crate::ui::command::Command;
use crate::ui::lesson_screen::{LessonScreen, lesson_screen_ui};
use crate::ui::start_screen::{StartView, start_screen_ui};

impl CloseReaderApp {
    /// Draws the screen and returns the commands from it.
    pub(super) fn screen_ui(&mut self, ui: &mut Ui) -> Vec<Command> {
        let theme = self.settings.theme;
        if self.screen.lesson().is_none()
            && let Some(screen) = self.class_screen()
        {
            let commands = crate::ui::class::class_screen_ui(ui, &screen);
            self.class_focus_done();
            return commands;
        }
        let hand_in_line = self.hand_in_line();
        let looking_for_speech = tr!("speech-looking");
        let saving_first = matches!(self.closing, Closing::Saving(_));
        let picture = self.section_picture();
        let document_picture = self.document_picture();
        if let Some(open) = self.screen.lesson_mut() {
            let document = open.reader.as_ref().and_then(|(id, tab)| {
                Some(crate::ui::document::DocumentView {
                    document: open.lesson.document(id)?,
                    tab: *tab,
                    picture: document_picture,
                })
            });
            let work = open.work.work();
            let mut removed_answers = crate::work::removed_answers(&open.lesson, work);
            removed_answers.extend(crate::work::removed_highlights(&open.lesson, work));
            let screen = LessonScreen {
                lesson: &open.lesson,
                work,
                section: open.section,
                shown_hints: &open.shown_hints,
                student: &open.work.key().student,
                status: saving::status_line(&open.work.status(), saving_first),
                hand_in: hand_in_line,
                feedback: open.feedback.as_ref(),
                picture,
                document,
                read_only: open.work.read_only().is_some(),
                removed_answers: &removed_answers,
                theme,
                text_scale: self.settings.text_scale,
                marking: open.marking.as_ref(),
                scroll_to: open.scroll_to.as_deref(),
                focus: open.focus.as_ref(),
                dialog_open: self.dialog.is_some(),
                teacher_view: self.teacher_view || self.preview.is_some(),
                reading: self.settings.reading,
                reading_aloud: self.speech.as_ref().and_then(|s| s.current()),
                speech: self
                    .speech
                    .as_ref()
                    .and_then(|s| s.engine())
                    .map_or(Some(looking_for_speech.as_str()), |e| e.err()),
                class_reading: open.class_reading.as_ref().map(|(reading, compare)| {
                    crate::ui::class_reading::ClassReadingView {
                        reading,
                        compare: *compare,
                    }
                }),
            };
            let commands = lesson_screen_ui(ui, &screen, &mut open.layout);
            open.scroll_to = None;
            open.focus = None;
            if let Some(marking) = &mut open.marking {
                marking.focus = false;
            }
            return commands;
        }
        let language = crate::words::language();
        let view = StartView {
            languages: (&self.window.languages, &language),
            student: &self.student,
            recent_names: &self.settings.recent_names,
            library: &self.library,
            progress: &self.start_screen.progress,
            returned: &self.start_screen.returned,
            pending: self.start_screen.pending,
            opening: self.start_screen.opening,
            lesson_path: self.start_screen.lesson_path.as_deref(),
            class_path: self.start_screen.class_path.as_deref(),
            theme,
            // Focus the name when there is none yet, or to confirm it before a
            // lesson named on the command line (laptops are shared).
            focus_name: std::mem::take(&mut self.start_screen.focus_name)
                && (self.student.is_empty() || self.start_screen.pending.is_some()),
        };
        let mut commands = Vec::new();
        egui::CentralPanel::default().show(ui, |ui| commands = start_screen_ui(ui, &view));
        commands
    }
}

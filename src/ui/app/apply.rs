//! Carrying out commands: the one place where app state changes.

use crate::tr;
use std::collections::HashSet;
use std::sync::Arc;
use std::time::Instant;

use crate::ui::landmarks::{FocusTarget, Landmark};
use crate::work::{Autosave, Highlight, Work, WorkKey, is_answered};

use super::background::{Job, Then};
use super::banner::Banner;
use super::saving::AfterSave;
use super::state::{Closing, Dialog, Screen};
use super::{CloseReaderApp, OpenLesson};
use crate::ui::command::{Command, TextSizeStep};
use crate::ui::export_dialog::ExportChoice;
use crate::ui::lesson_screen::LessonLayout;
use crate::ui::marking::Marking;
use crate::ui::theme::{TEXT_SCALE_RANGE, TEXT_SCALE_STEP};

/// How many recent names the start screen offers.
const RECENT_NAMES: usize = 8;

impl CloseReaderApp {
    /// Carries out one command.
    pub fn apply(&mut self, command: Command) {
        let now = self.clock.now();
        if command.is_edit() && self.closing.warned() {
            // New work since a warning: leaving or closing warns again.
            self.closing = Closing::Idle;
        }
        match command {
            Command::SetStudentName(name) => self.student = name,
            Command::OpenLesson(index) => {
                if self.screen.lesson().is_some() {
                    self.leave_lesson(AfterSave::Open(index));
                } else {
                    self.open_lesson_at(index);
                }
            }
            Command::ChooseLessonFile => self.choose_lesson_file(Then::Open),
            Command::PreviewLessonFile => self.choose_lesson_file(Then::Preview),
            Command::StopPreview => {
                // A preview saves nothing: leaving it loses nothing.
                self.preview = None;
                self.screen = Screen::Start;
            }
            Command::SetLessonPath(path) => self.start_screen.lesson_path = Some(path),
            Command::OpenLessonPath => self.open_lesson_path(),
            Command::CloseLesson if self.preview.is_some() => self.apply(Command::StopPreview),
            Command::CloseLesson => self.leave_lesson(AfterSave::Leave),
            Command::GoToSection(index) => self.go_to_section(now, index),
            Command::Step { back } => match self.screen.lesson().map(|o| o.section) {
                Some(section) if back => {
                    if let Some(previous) = section.checked_sub(1) {
                        self.go_to_section(now, previous);
                    }
                }
                Some(section) => self.go_to_section(now, section + 1),
                None => self.class_step(back),
            },
            Command::SetAnswer { prompt, answer } => {
                self.edit(now, |work| work.set_answer(&prompt, answer));
            }
            Command::SetSectionNote { section, text } => {
                self.edit(now, |work| work.set_section_note(&section, text));
            }
            Command::SetNotebook(text) => self.edit(now, |work| work.notebook = text),
            Command::ToggleHint(prompt) => {
                if let Some(open) = self.screen.lesson_mut()
                    && !open.shown_hints.remove(&prompt)
                {
                    open.shown_hints.insert(prompt);
                }
            }
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::ChooseLanguage(code) => self.choose_language(&code),
            Command::ShowReadingSettings => self.open_dialog(Dialog::ReadingSettings),
            Command::CloseReadingSettings | Command::CloseExport | Command::CloseHistory => {
                self.close_dialog();
            }
            Command::SetReading(reading) => self.settings.reading = reading,
            Command::ChangeTextSize(step) => self.change_text_size(step),
            Command::SaveNow => {
                if let Some(open) = self.screen.lesson_mut() {
                    open.work.save_now(now);
                }
            }
            Command::Export => {
                if self.screen.lesson().is_some() {
                    self.open_dialog(Dialog::Export(ExportChoice {
                        format: self.settings.export_format,
                        include_excerpts: self.settings.export_excerpts,
                        for_teacher: self.teacher_view || self.preview.is_some(),
                        teacher_copy: false,
                        comment_space: false,
                    }));
                }
            }
            Command::SetExportFormat(format) => {
                self.settings.export_format = format;
                if let Some(Dialog::Export(choice)) = &mut self.dialog {
                    choice.format = format;
                }
            }
            Command::SetIncludeExcerpts(include) => {
                self.settings.export_excerpts = include;
                if let Some(Dialog::Export(choice)) = &mut self.dialog {
                    choice.include_excerpts = include;
                }
            }
            Command::SetTeacherCopy(on) => {
                if let Some(Dialog::Export(choice)) = &mut self.dialog {
                    choice.teacher_copy = on && choice.for_teacher;
                }
            }
            Command::SetCommentSpace(on) => {
                if let Some(Dialog::Export(choice)) = &mut self.dialog {
                    choice.comment_space = on && choice.for_teacher;
                }
            }
            Command::ExportNow => {
                self.export_now();
                self.close_dialog();
            }
            Command::OpenFolder(folder) => self.start(Job::OpenFolder(folder)),
            Command::StartMarking(passage) => {
                if let Some(open) = self.screen.lesson_mut() {
                    open.marking = Some(Marking {
                        passage,
                        anchor: 0,
                        cursor: 0,
                        focus: true,
                    });
                }
            }
            Command::StopMarking => {
                if let Some(open) = self.screen.lesson_mut()
                    && let Some(marking) = open.marking.take()
                {
                    // The keyboard goes back to the passage's "Highlight…".
                    open.focus = Some(FocusTarget::HighlightButton(marking.passage));
                }
            }
            Command::SetMarkSelection { anchor, cursor } => {
                if let Some(marking) = self.screen.lesson_mut().and_then(|o| o.marking.as_mut()) {
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
            Command::RemoveHighlight(id) => self.remove_highlight(now, &id),
            Command::Undo => self.undo(now),
            Command::ShowPassage(_)
            | Command::NextLandmark { .. }
            | Command::GoToNotes
            | Command::OpenDocument(_)
            | Command::CloseDocument
            | Command::ShowReaderTab(_) => {
                // Without an open lesson these do nothing.
                let _ = self.apply_reader(command);
            }
            Command::CompareClassReading(on) => self.compare_class_reading(on),
            Command::FirstUnanswered => self.focus_first_unanswered(),
            Command::ReadPassage { id, to_end } => self.read_passage(&id, to_end),
            Command::ReadPrompt(id) => self.read_prompt(&id),
            Command::Watch(moment) => self.start(Job::Watch {
                folder: self.screen.lesson().and_then(|o| o.folder.clone()),
                search_path: self.places.player_search_path.clone(),
                moment,
            }),
            Command::ReadText { id, text } => self.read_text(id, text),
            Command::StopReading => {
                if let Some(speech) = &self.speech {
                    speech.stop();
                }
            }
            Command::DismissMessage => self.banner.dismiss(),
            Command::ShowHistory => self.load_history(),
            Command::RestoreSnapshot(index) => self.restore_snapshot(index),
            Command::ExportCopy => self.export_copy(),
            Command::HandIn => self.hand_in(),
            Command::EnlargePicture(image) => self.open_dialog(Dialog::Picture(image)),
            Command::CloseDialogPicture => self.close_dialog(),
            Command::ChooseClassFolder => self.choose_class_folder(),
            Command::SetClassPath(path) => self.start_screen.class_path = Some(path),
            Command::OpenClassPath => self.open_class_path(),
            Command::AddLessonFile => self.choose_lesson_file(Then::List),
            Command::Class(command) => self.apply_class(command),
        }
    }

    fn go_to_section(&mut self, now: Instant, index: usize) {
        let Some(open) = self.screen.lesson_mut() else {
            return;
        };
        let Some(id) = open.lesson.sections.get(index).map(|s| s.id.clone()) else {
            return;
        };
        open.section = index;
        // A new section starts at its title.
        open.landmark = Landmark::Reading;
        open.focus = Some(FocusTarget::Landmark(Landmark::Reading));
        open.work.edit(now, |work| work.current_section = Some(id));
        self.keep_reader_for_section();
    }

    /// Reads a passage aloud, or the section from it to its end; or a card's
    /// paragraph, or the card from it to its end.
    fn read_passage(&mut self, id: &str, to_end: bool) {
        let (Some(open), Some(speech)) = (self.screen.lesson(), &self.speech) else {
            return;
        };
        let Some(section) = open.lesson.sections.get(open.section) else {
            return;
        };
        // The section's passages, or the paragraphs of the card beside them
        // (a quotation with its source, the lesson's own words said so).
        let texts: Vec<(&str, String)> = if section.passages.iter().any(|p| p.id == id) {
            section
                .passages
                .iter()
                .map(|p| (p.id.as_str(), p.text.clone()))
                .collect()
        } else {
            open.reader
                .as_ref()
                .and_then(|(document, _)| open.lesson.document(document))
                .map(|d| {
                    d.paragraphs
                        .iter()
                        .map(|p| (p.id.as_str(), crate::wording::spoken_paragraph(d, p)))
                        .collect()
                })
                .unwrap_or_default()
        };
        let Some(start) = texts.iter().position(|(p, _)| *p == id) else {
            return;
        };
        let end = if to_end { texts.len() } else { start + 1 };
        let queue = texts[start..end]
            .iter()
            .map(|(id, text)| crate::speech::Utterance {
                id: (*id).to_owned(),
                text: text.clone(),
                language: open.lesson.language.clone(),
            })
            .collect();
        speech.speak(queue, self.settings.reading.speech_rate.words_per_minute());
    }

    /// Reads a question aloud.
    fn read_prompt(&mut self, id: &str) {
        let (Some(open), Some(speech)) = (self.screen.lesson(), &self.speech) else {
            return;
        };
        let Some(prompt) = open.lesson.prompts().find(|p| p.id == id) else {
            return;
        };
        let queue = vec![crate::speech::Utterance {
            id: prompt.id.clone(),
            text: crate::wording::spoken_prompt(prompt),
            language: open.lesson.language.clone(),
        }];
        speech.speak(queue, self.settings.reading.speech_rate.words_per_minute());
    }

    /// Reads a context note, a hint or a tip aloud, in the lesson's language.
    fn read_text(&mut self, id: String, text: String) {
        let (Some(open), Some(speech)) = (self.screen.lesson(), &self.speech) else {
            return;
        };
        let queue = vec![crate::speech::Utterance {
            id,
            text,
            language: open.lesson.language.clone(),
        }];
        speech.speak(queue, self.settings.reading.speech_rate.words_per_minute());
    }

    /// Moves the keyboard to the section's first unanswered question (or
    /// its first question when all are answered).
    fn focus_first_unanswered(&mut self) {
        let Some(open) = self.screen.lesson_mut() else {
            return;
        };
        let Some(section) = open.lesson.sections.get(open.section) else {
            return;
        };
        let work = open.work.work();
        let prompt = section
            .prompts
            .iter()
            .find(|p| !is_answered(p, &work.answer(&p.id)))
            .or(section.prompts.first());
        if let Some(prompt) = prompt {
            open.landmark = Landmark::Questions;
            open.focus = Some(FocusTarget::Prompt(prompt.id.clone()));
            // On a narrow window the questions may be behind the card's tab.
            super::reader::show_tab_for(open.reader.as_mut(), Landmark::Questions);
        }
    }

    fn change_text_size(&mut self, step: TextSizeStep) {
        let scale = match step {
            TextSizeStep::Bigger => self.settings.text_scale + TEXT_SCALE_STEP,
            TextSizeStep::Smaller => self.settings.text_scale - TEXT_SCALE_STEP,
            TextSizeStep::Reset => 1.0,
        };
        self.settings.text_scale =
            (scale.clamp(TEXT_SCALE_RANGE.0, TEXT_SCALE_RANGE.1) * 10.0).round() / 10.0;
    }

    /// Highlights the words chosen in the marking panel with `tag`.
    fn add_highlight(&mut self, now: Instant, tag: String) {
        let Some(open) = self.screen.lesson_mut() else {
            return;
        };
        let Some(marking) = &open.marking else { return };
        let Some(readable) = open.lesson.readable(&marking.passage) else {
            return;
        };
        let text = readable.text();
        let words = crate::lesson::text::word_spans(text);
        let (Some(first), Some(last)) = (
            words.get(*marking.words().start()),
            words.get(*marking.words().end()),
        ) else {
            return;
        };
        let (start, end) = (first.start, last.end);
        let quote: String = text.chars().skip(start).take(end - start).collect();
        // Said (and shown) as it happens: the focused words say nothing new.
        let label = open
            .lesson
            .tag(&tag)
            .map_or(tag.as_str(), |t| t.label.as_str());
        let said = tr!(
            "highlight-added",
            quote = crate::lesson::text::shorten(&quote, 40),
            tag = label
        );
        // Made in this section: a card several sections open counts it here.
        let section = open
            .lesson
            .sections
            .get(open.section)
            .map(|s| s.id.clone())
            .unwrap_or_default();
        let highlight = Highlight {
            passage: marking.passage.clone(),
            start,
            end,
            quote,
            tag,
            section,
            ..Highlight::default()
        };
        open.work.edit(now, |work| {
            work.add_highlight(highlight);
        });
        self.say(said);
    }

    /// Removes a highlight, keeping it so it can be undone.
    fn remove_highlight(&mut self, now: Instant, id: &str) {
        let Some(open) = self.screen.lesson_mut() else {
            return;
        };
        let mut removed = None;
        open.work
            .edit(now, |work| removed = work.remove_highlight(id));
        let Some(removed) = removed else { return };
        let quote = crate::lesson::text::shorten(&removed.highlight.quote, 40);
        open.undo = Some(removed);
        self.banner
            .show(Banner::undoable(tr!("highlight-removed", quote = quote)));
    }

    /// Puts back the last highlight removed (and only it: whatever was
    /// typed since stays).
    fn undo(&mut self, now: Instant) {
        let Some(open) = self.screen.lesson_mut() else {
            return;
        };
        let Some(removed) = open.undo.take() else {
            return;
        };
        open.work.edit(now, |work| work.restore_highlight(removed));
        self.say(tr!("highlight-back"));
    }

    fn edit(&mut self, now: Instant, change: impl FnOnce(&mut Work)) {
        if let Some(open) = self.screen.lesson_mut() {
            open.work.edit(now, change);
        }
    }

    /// Opens a library entry for the student named: the work is read in the
    /// background and the lesson appears when it is ready.
    pub(super) fn open_lesson_at(&mut self, index: usize) {
        let name = self.student.trim().to_owned();
        if name.is_empty() {
            self.say(tr!("name-first"));
            return;
        }
        if self.start_screen.opening.is_some() {
            return;
        }
        let Some(entry) = self.library.get(index) else {
            return;
        };
        let Some(lesson) = entry.lesson.clone() else {
            return;
        };
        let lesson_hash = entry.content_hash.clone();
        self.settings.recent_names.retain(|n| n != &name);
        self.settings.recent_names.insert(0, name.clone());
        self.settings.recent_names.truncate(RECENT_NAMES);
        let key = WorkKey::new(&lesson.id, &name);
        self.start_screen.pending = None;
        match &self.places.store {
            Some(store) => {
                let job = Job::OpenWork {
                    index,
                    store: store.clone(),
                    key,
                    lesson_hash,
                };
                self.start_screen.opening = Some(index);
                self.start(job);
            }
            None => {
                let why = tr!("no-data-folder.reason");
                let work = Autosave::unsaveable(key, &lesson_hash, why);
                self.show_lesson(lesson, work);
            }
        }
    }

    /// Puts an opened lesson on screen, at the section the student was on.
    pub(super) fn show_lesson(&mut self, lesson: Arc<crate::lesson::Lesson>, work: Autosave) {
        // Pictures are read from the lesson file's folder: the file being
        // previewed, or the library entry the lesson came from.
        let file = match &self.preview {
            Some(preview) => Some(preview.path.clone()),
            None => self
                .library
                .iter()
                .find_map(|entry| match (&entry.lesson, &entry.origin) {
                    (Some(l), crate::library::LessonOrigin::File(path)) if l.id == lesson.id => {
                        Some(path.clone())
                    }
                    _ => None,
                }),
        };
        let folder = file.and_then(|f| f.parent().map(std::path::Path::to_path_buf));
        // Handed in earlier this session: the top bar says so again, and
        // whether the work changed since.
        let handed_in =
            self.hand_ins
                .get(work.key())
                .map(|(at, handed)| super::hand_in::HandInRecord {
                    at: *at,
                    edits: work.edit_count(),
                    changed_before: handed != work.work(),
                });
        let section = work
            .work()
            .current_section
            .as_ref()
            .and_then(|id| lesson.sections.iter().position(|s| &s.id == id))
            .unwrap_or(0);
        self.screen = Screen::Lesson(Box::new(OpenLesson {
            lesson,
            work,
            section,
            shown_hints: HashSet::new(),
            layout: LessonLayout::default(),
            marking: None,
            scroll_to: None,
            told_about_copy: false,
            undo: None,
            // Opening a lesson puts the keyboard on the section's title.
            focus: Some(FocusTarget::Landmark(Landmark::Reading)),
            landmark: Landmark::Reading,
            handed_in,
            handing_in: None,
            feedback: None,
            class_reading: None,
            folder,
            reader: None,
        }));
        self.find_feedback();
    }
}

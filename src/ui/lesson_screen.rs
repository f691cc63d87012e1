//! The lesson screen: top bar, outline, the section to read and answer, and
//! the notes pane.

use std::collections::HashSet;

use egui::{RichText, Ui};

use crate::lesson::Lesson;
use crate::work::Work;
use crate::work::anchor::{Anchor, anchor_in};

use super::command::Command;
use super::document::{DocumentView, ReaderTab, document_buttons_ui, document_ui, reader_tabs_ui};
use super::excerpt::{Mark, TermCache, passage_ui, text_with_terms_ui};
use super::focus::{focusable_heading_ui, keep_focus_in_view, scroll_with_keys};
use super::highlights::highlights_ui;
use super::landmarks::{FocusTarget, Landmark};
use super::marking::{Marking, marking_ui, tag_colour};
use super::notes::notes_ui;
use super::outline::outline_ui;
use super::prompts::{PromptView, prompt_ui};
use super::read_aloud::{being_read_ui, note_read_ui, passage_read_ui};
use super::theme::ThemeChoice;
use super::top_bar::top_bar_ui;
use super::ui_command::UiCommand;
use super::watch::watch_button_ui;
use crate::tr;

/// Below this width the notes go under the questions instead of beside them.
const SIDE_BY_SIDE_WIDTH: f32 = 900.0;

/// What the lesson screen shows.
pub struct LessonScreen<'a> {
    /// The open lesson.
    pub lesson: &'a Lesson,
    /// The student's work on it.
    pub work: &'a Work,
    /// Index of the section on screen.
    pub section: usize,
    /// Prompts whose hint is showing.
    pub shown_hints: &'a HashSet<String>,
    /// Who is working.
    pub student: &'a str,
    /// The save-status line.
    pub status: StatusLine,
    /// The section's picture, if it has one.
    pub picture: Option<(crate::ui::picture::PictureView, crate::lesson::Image)>,
    /// The document open beside the transcript.
    pub document: Option<super::document::DocumentView<'a>>,
    /// The teacher's feedback, once the work has been returned.
    pub feedback: Option<&'a crate::feedback::StudentFeedback>,
    /// Handing in: `None` where there is nothing to hand in (a preview).
    pub hand_in: Option<super::top_bar::HandInLine>,
    /// Editing is off (another window has this work, or a newer version wrote it).
    pub read_only: bool,
    /// Answers whose prompts the lesson no longer has: (prompt id, answer text).
    pub removed_answers: &'a [(String, String)],
    /// Colours.
    pub theme: ThemeChoice,
    /// Text size (1.0 = default).
    pub text_scale: f32,
    /// Words being chosen for a highlight.
    pub marking: Option<&'a Marking>,
    /// A passage to bring into view this frame.
    pub scroll_to: Option<&'a str>,
    /// Where to move the keyboard focus this frame.
    pub focus: Option<&'a FocusTarget>,
    /// A window (export, earlier copies) is open over the screen: the
    /// keyboard belongs to it.
    pub dialog_open: bool,
    /// The teacher's view: answer keys, teacher notes, hints and ids.
    pub teacher_view: bool,
    /// Line spacing and column width.
    pub reading: crate::ui::reading_settings::ReadingSettings,
    /// The passage or question being read aloud now.
    pub reading_aloud: Option<String>,
    /// Why nothing can be read aloud, when that is so.
    pub speech: Option<&'a str>,
    /// The class's reading, when the teacher sent it back.
    pub class_reading: Option<super::class_reading::ClassReadingView<'a>>,
}

/// The save-status line: "Saved", "Saving…", "Not saved: …".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatusLine {
    /// The short text.
    pub text: String,
    /// More, shown on hover.
    pub detail: String,
    /// Whether to point it out (a warning colour).
    pub problem: bool,
    /// Offer "Export a copy" (saving failed).
    pub offer_copy: bool,
}

/// Layout state that lives between frames.
#[derive(Debug, Default)]
pub struct LessonLayout {
    /// Where the glossary terms are in each passage.
    pub terms: TermCache,
    /// The focus the reading column last looked at (to scroll to new focus).
    pub reading_focus: Option<egui::Id>,
    /// The focus the notes pane last looked at.
    pub notes_focus: Option<egui::Id>,
    /// The focus the document reader last looked at.
    pub document_focus: Option<egui::Id>,
    /// The outline's scrolling.
    pub outline: super::outline::OutlineState,
}

/// Draws the lesson screen.
pub fn lesson_screen_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    layout: &mut LessonLayout,
) -> Vec<Command> {
    let mut commands = Vec::new();
    // Every piece of lesson text takes the reading settings.
    let body = ui.text_style_height(&egui::TextStyle::Body);
    super::lesson_text::set_supports(
        ui.ctx(),
        super::lesson_text::TextSupports {
            line_height: screen.reading.line_spacing.factor().map(|f| f * body),
            legible: screen.reading.legible_font,
        },
    );
    egui::Panel::top("lesson-top").show(ui, |ui| commands.extend(top_bar_ui(ui, screen)));
    egui::Panel::left("outline")
        .resizable(true)
        .default_size(260.0)
        .size_range(180.0..=420.0)
        .show(ui, |ui| {
            let focus = screen.focus == Some(&FocusTarget::Landmark(Landmark::Outline));
            commands.extend(outline_ui(
                ui,
                (screen.lesson, screen.work),
                screen.section,
                focus,
                &mut layout.outline,
            ));
        });
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(section) = screen.lesson.sections.get(screen.section) else {
            return;
        };
        let full = ui.available_rect_before_wrap();
        if let Some(document) = &screen.document {
            commands.extend(beside_document_ui(ui, screen, layout, document, full));
        } else if full.width() >= SIDE_BY_SIDE_WIDTH {
            let notes_width = (full.width() * 0.3).clamp(260.0, 420.0);
            let (mut reading_ui, mut notes_ui_area) = two_columns(ui, full, notes_width);
            commands.extend(reading_column_ui(&mut reading_ui, screen, layout, false));
            egui::ScrollArea::vertical()
                .id_salt("notes")
                .auto_shrink(false)
                .show(&mut notes_ui_area, |ui| {
                    commands.extend(notes_column_ui(ui, screen, section));
                    keep_focus_in_view(ui, &mut layout.notes_focus);
                });
            ui.advance_cursor_after_rect(full);
        } else {
            commands.extend(reading_column_ui(ui, screen, layout, true));
        }
    });
    commands
}

/// The section with a document open: side by side on a wide window (the
/// notes go under the questions), as two tabs on a narrow one.
fn beside_document_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    layout: &mut LessonLayout,
    document: &DocumentView<'_>,
    full: egui::Rect,
) -> Vec<Command> {
    let mut commands = Vec::new();
    if full.width() >= SIDE_BY_SIDE_WIDTH {
        let half = (full.width() - COLUMN_GAP) / 2.0;
        let (mut reading_ui, mut document_ui_area) = two_columns(ui, full, half);
        commands.extend(reading_column_ui(&mut reading_ui, screen, layout, true));
        ui.painter().vline(
            full.left() + half + COLUMN_GAP / 2.0,
            full.y_range(),
            egui::Stroke::new(1.0, ui.visuals().weak_text_color()),
        );
        commands.extend(document_column_ui(
            &mut document_ui_area,
            screen,
            layout,
            document,
        ));
        ui.advance_cursor_after_rect(full);
    } else {
        commands.extend(reader_tabs_ui(ui, document));
        match document.tab {
            ReaderTab::Transcript => {
                commands.extend(reading_column_ui(ui, screen, layout, true));
            }
            ReaderTab::Document => {
                commands.extend(document_column_ui(ui, screen, layout, document));
            }
        }
    }
    commands
}

/// The space between two columns side by side.
const COLUMN_GAP: f32 = 16.0;

/// `full` cut into two columns, the right one `right_width` wide, with
/// [`COLUMN_GAP`] between them; the caller moves the cursor past `full`.
fn two_columns(ui: &mut Ui, full: egui::Rect, right_width: f32) -> (Ui, Ui) {
    let left = egui::Rect::from_min_max(
        full.min,
        egui::pos2(full.right() - right_width - COLUMN_GAP, full.bottom()),
    );
    let right =
        egui::Rect::from_min_max(egui::pos2(full.right() - right_width, full.top()), full.max);
    let layout = *ui.layout();
    let mut column = |rect| ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(layout));
    (column(left), column(right))
}

/// The document in a scrolling column of its own.
fn document_column_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    layout: &mut LessonLayout,
    document: &DocumentView<'_>,
) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::ScrollArea::vertical()
        .id_salt(("document", &document.document.id))
        .auto_shrink(false)
        .show(ui, |ui| {
            let width = screen.reading.column.points() * screen.text_scale;
            ui.set_max_width(width.min(ui.available_width()));
            commands.extend(document_ui(ui, screen, document, &mut layout.terms));
            keep_focus_in_view(ui, &mut layout.document_focus);
            if !screen.dialog_open && document.tab == ReaderTab::Document {
                scroll_with_keys(ui);
            }
        });
    commands
}

/// The section: header, passages, prompts, previous/next; and, when the
/// window is narrow, the notes at the end. The whole section is laid out, so
/// Tab reaches every question and a screen reader finds every passage.
fn reading_column_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    layout: &mut LessonLayout,
    notes_below: bool,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let Some(section) = screen.lesson.sections.get(screen.section) else {
        return commands;
    };
    let count = 1 + section.passages.len() + section.prompts.len() + 1 + usize::from(notes_below);
    egui::ScrollArea::vertical()
        .id_salt(("section", screen.section))
        .auto_shrink(false)
        .show(ui, |ui| {
            let width = screen.reading.column.points() * screen.text_scale;
            ui.set_max_width(width.min(ui.available_width()));
            let body = ui.text_style_height(&egui::TextStyle::Body);
            layout.terms.line_height = screen.reading.line_spacing.factor().map(|f| f * body);
            for block in 0..count {
                ui.vertical(|ui| {
                    commands.extend(section_block_ui(
                        ui,
                        screen,
                        block,
                        notes_below,
                        &mut layout.terms,
                    ));
                });
            }
            keep_focus_in_view(ui, &mut layout.reading_focus);
            if !screen.dialog_open {
                scroll_with_keys(ui);
            }
        });
    commands
}

/// One block of the section: 0 is the header, then the passages, the
/// prompts, the previous/next buttons, and the notes (narrow windows only).
fn section_block_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    block: usize,
    notes_below: bool,
    terms: &mut TermCache,
) -> Vec<Command> {
    let lesson = screen.lesson;
    let Some(section) = lesson.sections.get(screen.section) else {
        return Vec::new();
    };
    let passages = section.passages.len();
    let prompts = section.prompts.len();
    if block == 0 {
        section_header_ui(ui, screen, notes_below, terms)
    } else if block <= passages {
        let passage = &section.passages[block - 1];
        // The speaker is named when the voice changes, as in a script.
        let same_voice = block >= 2 && section.passages[block - 2].speaker == passage.speaker;
        let marks = marks_in(screen, &passage.id, &passage.text);
        // One reading stop: its speaker, time and words, highlights said.
        let said = super::reading_stop::passage_stop_name(lesson, passage, &marks);
        super::reading_stop::reading_stop_ui(ui, &said, |ui| {
            passage_ui(
                ui,
                lesson,
                passage,
                !same_voice,
                screen.theme,
                terms,
                &marks,
            );
        });
        if screen.teacher_view {
            ui.horizontal(|ui| {
                ui.add_space(12.0);
                ui.label(RichText::new(tr!("lesson-id", id = passage.id.as_str())).small());
            });
        }
        // Indented like the passage it belongs to.
        // Named by speaker and first words, never by a bare number.
        let short = super::reading_stop::passage_short_name(lesson, passage);
        let spoken = tr!("lesson-highlight.name", passage = short.as_str());
        let hint = tr!("lesson-highlight.tooltip");
        let commands = text_actions_ui(
            ui,
            screen,
            (&passage.id, &passage.text),
            (12.0, &spoken, &hint),
            |ui| {
                let mut commands = passage_read_ui(ui, screen, &passage.id, &short);
                commands.extend(note_read_ui(ui, screen, passage, &short));
                commands.extend(watch_button_ui(ui, lesson, passage));
                commands
            },
        );
        super::class_reading::passage_reading_ui(ui, screen, (&passage.id, &passage.text));
        if screen.scroll_to == Some(passage.id.as_str()) {
            ui.scroll_to_rect(ui.min_rect(), Some(egui::Align::Center));
        }
        commands
    } else if block <= passages + prompts {
        let number = block - passages;
        let prompt = &section.prompts[number - 1];
        let view = PromptView {
            lesson,
            section,
            prompt,
            number,
            answer: screen.work.answer(&prompt.id),
            hint_shown: screen.shown_hints.contains(&prompt.id),
            work: screen.work,
            theme: screen.theme,
            teacher_view: screen.teacher_view,
            speech: screen.speech,
            feedback: screen.feedback.map(|f| {
                (
                    f.feedback.comment(&prompt.id),
                    crate::feedback::returned_mark(prompt, &f.feedback),
                )
            }),
            focus: match screen.focus {
                Some(FocusTarget::Prompt(id)) => id == &prompt.id,
                Some(FocusTarget::Landmark(Landmark::Questions)) => number == 1,
                _ => false,
            },
        };
        ui.add_enabled_ui(!screen.read_only, |ui| prompt_ui(ui, view))
            .inner
    } else if block == passages + prompts + 1 {
        section_nav_ui(ui, lesson, screen.section)
    } else {
        notes_column_ui(ui, screen, section)
    }
}

/// The notes and the highlights of the section (editing off when read-only).
fn notes_column_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    section: &crate::lesson::Section,
) -> Vec<Command> {
    ui.add_enabled_ui(!screen.read_only, |ui| {
        let focus = screen.focus == Some(&FocusTarget::Landmark(Landmark::Notes));
        let mut commands = notes_ui(ui, section, screen.work, screen.removed_answers, focus);
        ui.add_space(12.0);
        let tags = screen.lesson.annotation_tags();
        commands.extend(highlights_ui(
            ui,
            screen.lesson,
            section,
            screen.work,
            tags,
            screen.theme,
        ));
        commands
    })
    .inner
}

fn section_header_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    notes_below: bool,
    terms: &mut TermCache,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let lesson = screen.lesson;
    let Some(section) = lesson.sections.get(screen.section) else {
        return commands;
    };
    ui.add_space(8.0);
    ui.label(
        RichText::new(tr!(
            "lesson-section-of",
            number = screen.section + 1,
            count = lesson.sections.len()
        ))
        .weak(),
    );
    let title = focusable_heading_ui(ui, &section.title);
    if screen.focus == Some(&FocusTarget::Landmark(Landmark::Reading)) {
        title.request_focus();
        title.scroll_to_me(None);
    }
    if let Some(feedback) = screen.feedback {
        super::feedback_view::lesson_feedback_ui(ui, lesson, feedback, screen.theme);
    }
    if let Some(view) = screen.class_reading {
        commands.extend(super::class_reading::compare_toggle_ui(
            ui,
            view,
            screen.theme,
        ));
    }
    if screen.teacher_view {
        let id = match section.minutes {
            Some(minutes) => tr!(
                "lesson-id-minutes",
                id = section.id.as_str(),
                minutes = minutes
            ),
            None => tr!("lesson-id", id = section.id.as_str()),
        };
        ui.label(RichText::new(id).small());
        if let Some(note) = &section.teacher {
            ui.label(tr!("prompt-teacher-note", note = note.as_str()));
        }
    }
    if !section.intro.is_empty() {
        // Glossary terms are marked in the intro as in the passages.
        let key = format!("intro:{}", section.id);
        text_with_terms_ui(ui, lesson, (&key, &section.intro), terms, &[]);
    }
    if let Some((picture, image)) = &screen.picture {
        commands.extend(crate::ui::picture::picture_ui(ui, picture, image));
    }
    commands.extend(document_buttons_ui(ui, section, screen));
    if notes_below {
        // On a narrow window the notes pane is under the questions: say so.
        let keys = UiCommand::NextLandmark.key_text(ui).unwrap_or_default();
        let hint = tr!("notes-below", keys = keys);
        if ui
            .small_button(tr!("go-to-notes"))
            .on_hover_text(hint)
            .clicked()
        {
            commands.push(Command::GoToNotes);
        }
    }
    ui.add_space(4.0);
    commands
}

fn section_nav_ui(ui: &mut Ui, lesson: &Lesson, index: usize) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if UiCommand::PreviousSection
            .button_ui(ui, index > 0)
            .clicked()
        {
            commands.push(Command::GoToSection(index - 1));
        }
        let last = lesson.sections.len().saturating_sub(1);
        if UiCommand::NextSection.button_ui(ui, index < last).clicked() {
            commands.push(Command::GoToSection(index + 1));
        }
    });
    ui.add_space(16.0);
    commands
}

/// What a student does with a passage or a document's paragraph, under its
/// words: the marking panel while they choose words in it, otherwise
/// "Highlight…" (named `spoken` for screen readers, `hint` on hover) and
/// the read-aloud buttons `read` draws, after `indent`; then the mark while
/// it is being read aloud. Nothing to do when editing is off.
pub(super) fn text_actions_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    (id, text): (&str, &str),
    (indent, spoken, hint): (f32, &str, &str),
    read: impl FnOnce(&mut Ui) -> Vec<Command>,
) -> Vec<Command> {
    let mut commands = Vec::new();
    match screen.marking.filter(|m| m.passage == id) {
        Some(marking) if !screen.read_only => {
            let tags = screen.lesson.annotation_tags();
            commands.extend(marking_ui(ui, text, marking, tags, screen.theme));
        }
        _ if !screen.read_only => {
            // Wrapped: at the largest text a narrow card has no room for all
            // three, and a row that overflows widens everything under it.
            let (button, read) = ui
                .horizontal_wrapped(|ui| {
                    ui.add_space(indent);
                    let button = ui.small_button(tr!("lesson-highlight")).on_hover_text(hint);
                    (button, read(ui))
                })
                .inner;
            commands.extend(read);
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, spoken));
            if screen.focus == Some(&FocusTarget::HighlightButton(id.to_owned())) {
                button.request_focus();
            }
            if button.clicked() {
                commands.push(Command::StartMarking(id.to_owned()));
            }
        }
        _ => {}
    }
    being_read_ui(ui, screen, id);
    commands
}

/// The student's highlights in the passage or paragraph `id` whose words are
/// `text`, where they are found now (highlights whose words were edited
/// away are listed in the highlights panel as "text changed", not drawn).
pub(super) fn marks_in(screen: &LessonScreen<'_>, id: &str, text: &str) -> Vec<Mark> {
    screen
        .work
        .highlights
        .iter()
        .filter(|h| h.passage == id)
        .filter_map(|h| match anchor_in(text, h) {
            Anchor::Found(range) => {
                let tag = screen.lesson.tag(&h.tag);
                Some(Mark {
                    range,
                    label: tag.map_or_else(|| h.tag.clone(), |t| t.label.clone()),
                    colour: tag.map_or(egui::Color32::GRAY, tag_colour),
                    label_colour: screen
                        .theme
                        .readable(tag.map_or(egui::Color32::GRAY, tag_colour)),
                })
            }
            Anchor::TextChanged | Anchor::PassageRemoved => None,
        })
        .collect()
}

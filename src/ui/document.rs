//! The document reader: another source (a source card, an article, an
//! official document) read beside the transcript, highlighted with the same
//! tags and cited the same way. On a wide window it sits beside the section;
//! on a narrow one the two are tabs.

use crate::tr;
use egui::{RichText, Ui};

use crate::lesson::{Credit, Document, Image, Section};

use super::command::Command;
use super::excerpt::{TermCache, text_with_terms_ui};
use super::focus::focusable_heading_ui;
use super::landmarks::FocusTarget;
use super::lesson_screen::{LessonScreen, marks_in, text_actions_ui};
use super::picture::{PictureView, picture_ui};
use super::quotation::quotation_ui;
use super::read_aloud::paragraph_read_ui;
use super::reading_stop::{marked_words, reading_stop_ui};

/// What a narrow window shows: the section, or the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReaderTab {
    /// The transcript and its questions.
    #[default]
    Transcript,
    /// The document.
    Document,
}

/// The document open beside the transcript, as the screen shows it.
pub struct DocumentView<'a> {
    /// The document.
    pub document: &'a Document,
    /// The tab a narrow window shows.
    pub tab: ReaderTab,
    /// Its picture, if it has one.
    pub picture: Option<(PictureView, Image)>,
}

/// The section's documents as buttons that open them beside the
/// transcript ("Read beside: Who is NowThis? (Profile)").
pub fn document_buttons_ui(
    ui: &mut Ui,
    section: &Section,
    screen: &LessonScreen<'_>,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let documents: Vec<&Document> = section.documents_in(screen.lesson).collect();
    if documents.is_empty() {
        return commands;
    }
    let open = screen.document.as_ref().map(|d| d.document.id.as_str());
    ui.label(RichText::new(tr!("document-others")).small());
    ui.horizontal_wrapped(|ui| {
        for document in documents {
            let showing = open == Some(document.id.as_str());
            // Which one is open is said in words, not by its fill alone.
            let kind = crate::wording::document_kind(document.kind);
            let title = document.title.as_str();
            let text = if showing {
                tr!("document-open-beside", title = title, kind = kind)
            } else {
                tr!("document-read-beside", title = title, kind = kind)
            };
            let button = ui
                .add(egui::Button::new(text).selected(showing))
                .on_hover_text(crate::wording::byline(document));
            let spoken = if showing {
                tr!("document-open-beside.name", title = title)
            } else {
                tr!("document-read-beside.name", title = title)
            };
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &spoken));
            if screen.focus == Some(&FocusTarget::DocumentButton(document.id.clone())) {
                button.request_focus();
            }
            if button.clicked() {
                commands.push(Command::OpenDocument(document.id.clone()));
            }
        }
    });
    commands
}

/// On a narrow window: the two tabs, the transcript and the document.
pub fn reader_tabs_ui(ui: &mut Ui, view: &DocumentView<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.horizontal_wrapped(|ui| {
        for (tab, text) in [
            (ReaderTab::Transcript, tr!("document-tab-transcript")),
            (
                ReaderTab::Document,
                tr!("document-tab-source", title = view.document.title.as_str()),
            ),
        ] {
            let response = ui.add(egui::Button::new(text).selected(view.tab == tab));
            if response.clicked() && view.tab != tab {
                commands.push(Command::ShowReaderTab(tab));
            }
        }
    });
    ui.separator();
    commands
}

/// The document: its title, who published it and when, where it came from,
/// its picture, and its paragraphs, each with its citation, a
/// "Highlight…" button and read-aloud buttons. A quotation is set off as
/// one, with its source under it; in a card that quotes, the lesson's own
/// words are labelled so.
pub fn document_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    view: &DocumentView<'_>,
    terms: &mut TermCache,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let document = view.document;
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr!("document-other-source")).small().weak());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let close = ui.button(tr!("document-close"));
            let spoken = tr!("document-close.name", title = document.title.as_str());
            close.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &spoken));
            if close.clicked() {
                commands.push(Command::CloseDocument);
            }
        });
    });
    let title = focusable_heading_ui(ui, &document.title);
    if screen.focus == Some(&FocusTarget::Document) {
        title.request_focus();
        // Into view, without hiding the "Close source" line above it.
        title.scroll_to_me(None);
    }
    ui.label(RichText::new(crate::wording::byline(document)).weak());
    if !document.from.trim().is_empty() {
        ui.label(RichText::new(tr!("document-from", from = document.from.as_str())).small());
    }
    if let Some((picture, image)) = &view.picture {
        commands.extend(picture_ui(ui, picture, image));
    }
    ui.add_space(6.0);
    for (index, paragraph) in document.paragraphs.iter().enumerate() {
        ui.vertical(|ui| {
            let marks = marks_in(screen, &paragraph.id, &paragraph.text);
            let credit = document.credit(paragraph);
            if credit == Credit::Lesson {
                // Said before the words, so a screen reader hears it first.
                ui.label(RichText::new(tr!("document-lesson-words")).small().strong());
            }
            let words_ui = |ui: &mut Ui| {
                text_with_terms_ui(
                    ui,
                    screen.lesson,
                    (&paragraph.id, &paragraph.text),
                    terms,
                    &marks,
                );
            };
            // One reading stop, its highlights said where they start and end.
            let said = tr!(
                "stop-paragraph",
                number = index + 1,
                title = document.title.as_str(),
                text = marked_words(&paragraph.text, &marks)
            );
            if let Credit::Quote(quote) = credit {
                quotation_ui(ui, screen.theme, |ui| {
                    reading_stop_ui(ui, &said, words_ui);
                    let source = crate::wording::quote_source(quote);
                    ui.label(RichText::new(tr!("document-quote-credit", source = source)).small());
                });
            } else {
                reading_stop_ui(ui, &said, words_ui);
            }
            if let Some(cite) = &paragraph.cite {
                ui.label(
                    RichText::new(tr!("document-paragraph-source", cite = cite.as_str()))
                        .small()
                        .weak(),
                );
            }
            if screen.teacher_view {
                ui.label(
                    RichText::new(tr!("document-paragraph-id", id = paragraph.id.as_str())).small(),
                );
            }
            let spoken = tr!(
                "document-highlight.name",
                number = index + 1,
                title = document.title.as_str()
            );
            let hint = tr!("document-highlight.tooltip");
            commands.extend(text_actions_ui(
                ui,
                screen,
                (&paragraph.id, &paragraph.text),
                (0.0, &spoken, &hint),
                |ui| paragraph_read_ui(ui, screen, &paragraph.id, (index + 1, &document.title)),
            ));
            super::class_reading::passage_reading_ui(ui, screen, (&paragraph.id, &paragraph.text));
            if screen.scroll_to == Some(paragraph.id.as_str()) {
                ui.scroll_to_rect(ui.min_rect(), Some(egui::Align::Center));
            }
        });
        ui.add_space(8.0);
    }
    commands
}

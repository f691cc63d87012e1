//! The document reader: another source (a source card, an article, an
//! official document) read beside the transcript, highlighted with the same
//! tags and cited the same way. On a wide window it sits beside the section;
//! on a narrow one the two are tabs.

use egui::{RichText, Ui};

use crate::lesson::{Document, Image, Section};

use super::command::Command;
use super::excerpt::{TermCache, text_with_terms_ui};
use super::focus::focusable_heading_ui;
use super::landmarks::FocusTarget;
use super::lesson_screen::{LessonScreen, marks_in, text_actions_ui};
use super::picture::{PictureView, picture_ui};
use super::read_aloud::paragraph_read_ui;

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
    ui.label(RichText::new("Other sources to read beside the transcript:").small());
    ui.horizontal_wrapped(|ui| {
        for document in documents {
            let showing = open == Some(document.id.as_str());
            // Which one is open is said in words, not by its fill alone.
            let verb = if showing {
                "Open beside"
            } else {
                "Read beside"
            };
            let text = format!(
                "{verb}: {} ({})",
                document.title,
                crate::wording::document_kind(document.kind)
            );
            let button = ui
                .add(egui::Button::new(text).selected(showing))
                .on_hover_text(crate::wording::byline(document));
            let spoken = if showing {
                format!("Source open beside the transcript: {}", document.title)
            } else {
                format!("Open source beside the transcript: {}", document.title)
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
            (ReaderTab::Transcript, "Transcript and questions".to_owned()),
            (
                ReaderTab::Document,
                format!("Source: {}", view.document.title),
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
/// "Highlight…" button and read-aloud buttons.
pub fn document_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    view: &DocumentView<'_>,
    terms: &mut TermCache,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let document = view.document;
    ui.horizontal(|ui| {
        ui.label(RichText::new("Other source").small().weak());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let close = ui.button("Close source");
            let spoken = format!("Close source: {}", document.title);
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
        ui.label(RichText::new(format!("Where this comes from: {}", document.from)).small());
    }
    if let Some((picture, image)) = &view.picture {
        commands.extend(picture_ui(ui, picture, image));
    }
    ui.add_space(6.0);
    for (index, paragraph) in document.paragraphs.iter().enumerate() {
        ui.vertical(|ui| {
            let marks = marks_in(screen, &paragraph.id, &paragraph.text);
            text_with_terms_ui(
                ui,
                screen.lesson,
                (&paragraph.id, &paragraph.text),
                terms,
                &marks,
            );
            if let Some(cite) = &paragraph.cite {
                ui.label(RichText::new(format!("Source: {cite}")).small().weak());
            }
            if screen.teacher_view {
                ui.label(RichText::new(format!("id: {}", paragraph.id)).small());
            }
            let spoken = format!(
                "Highlight words in paragraph {} of {}",
                index + 1,
                document.title
            );
            commands.extend(text_actions_ui(
                ui,
                screen,
                (&paragraph.id, &paragraph.text),
                (0.0, &spoken, "Mark words in this paragraph with a tag"),
                |ui| paragraph_read_ui(ui, screen, &paragraph.id, (index + 1, &document.title)),
            ));
            if screen.scroll_to == Some(paragraph.id.as_str()) {
                ui.scroll_to_rect(ui.min_rect(), Some(egui::Align::Center));
            }
        });
        ui.add_space(8.0);
    }
    commands
}

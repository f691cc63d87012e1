//! The document reader's state: which document is open beside the
//! transcript, which tab a narrow window shows, and where the keyboard goes
//! when it opens, closes, or F6 moves through the screen.

use super::CloseReaderApp;
use crate::ui::command::Command;
use crate::ui::document::ReaderTab;
use crate::ui::landmarks::{FocusTarget, Landmark};

impl CloseReaderApp {
    /// Carries out a command about the reader; gives back any other command.
    pub(super) fn apply_reader(&mut self, command: Command) -> Option<Command> {
        let Some(open) = self.screen.lesson_mut() else {
            return Some(command);
        };
        match command {
            Command::OpenDocument(id) => {
                if open.lesson.document(&id).is_some() {
                    open.reader = Some((id, ReaderTab::Document));
                    open.landmark = Landmark::Document;
                    open.focus = Some(FocusTarget::Document);
                }
            }
            Command::CloseDocument => {
                if let Some((id, _)) = open.reader.take() {
                    open.landmark = Landmark::Reading;
                    open.focus = Some(FocusTarget::DocumentButton(id));
                }
            }
            Command::ShowReaderTab(tab) => {
                if let Some((_, shown)) = &mut open.reader {
                    *shown = tab;
                    (open.landmark, open.focus) = match tab {
                        ReaderTab::Document => (Landmark::Document, Some(FocusTarget::Document)),
                        ReaderTab::Transcript => (
                            Landmark::Reading,
                            Some(FocusTarget::Landmark(Landmark::Reading)),
                        ),
                    };
                }
            }
            Command::ShowPassage(id) => {
                // A paragraph of a document opens it; a passage shows the transcript.
                let document = open
                    .lesson
                    .readable(&id)
                    .and_then(|r| r.document())
                    .map(|d| d.id.clone());
                open.reader = match (document, open.reader.take()) {
                    (Some(document), _) => {
                        // The words take the keyboard, in whichever tab.
                        open.landmark = Landmark::Document;
                        open.focus = Some(FocusTarget::HighlightButton(id.clone()));
                        Some((document, ReaderTab::Document))
                    }
                    (None, Some((open_id, _))) => Some((open_id, ReaderTab::Transcript)),
                    (None, None) => None,
                };
                open.scroll_to = Some(id);
            }
            Command::NextLandmark { back } => {
                let mut landmark = open.landmark.step(back);
                if landmark == Landmark::Document && open.reader.is_none() {
                    landmark = landmark.step(back);
                }
                open.landmark = landmark;
                open.focus = Some(match landmark {
                    Landmark::Document => FocusTarget::Document,
                    other => FocusTarget::Landmark(other),
                });
                show_tab_for(open.reader.as_mut(), landmark);
            }
            Command::GoToNotes => {
                open.landmark = Landmark::Notes;
                open.focus = Some(FocusTarget::Landmark(Landmark::Notes));
                show_tab_for(open.reader.as_mut(), Landmark::Notes);
            }
            other => return Some(other),
        }
        self.drop_hidden_marking();
        None
    }

    /// Words being chosen in a document that is no longer shown are let go,
    /// so the card shows "Highlight…" again when it reopens.
    fn drop_hidden_marking(&mut self) {
        let Some(open) = self.screen.lesson_mut() else {
            return;
        };
        let shown = |id: &str| {
            open.lesson.passage(id).is_some()
                || open.reader.as_ref().is_some_and(|(document, _)| {
                    open.lesson
                        .document(document)
                        .is_some_and(|d| d.paragraphs.iter().any(|p| p.id == id))
                })
        };
        if open.marking.as_ref().is_some_and(|m| !shown(&m.passage)) {
            open.marking = None;
        }
    }

    /// The id of the document open beside the transcript, if one is.
    pub fn open_document(&self) -> Option<&str> {
        self.screen
            .lesson()?
            .reader
            .as_ref()
            .map(|(id, _)| id.as_str())
    }

    /// After moving to another section: a document it does not name closes.
    pub(super) fn keep_reader_for_section(&mut self) {
        if let Some(open) = self.screen.lesson_mut() {
            let names = |id: &str| {
                open.lesson
                    .sections
                    .get(open.section)
                    .is_some_and(|s| s.documents.iter().any(|d| d == id))
            };
            match &mut open.reader {
                Some((id, _)) if !names(id) => {
                    open.reader = None;
                    if open.landmark == Landmark::Document {
                        open.landmark = Landmark::Reading;
                    }
                }
                Some((_, tab)) => *tab = ReaderTab::Transcript,
                None => {}
            }
        }
        self.drop_hidden_marking();
    }
}

/// A narrow window shows the tab the keyboard is moving to.
pub(super) fn show_tab_for(reader: Option<&mut (String, ReaderTab)>, landmark: Landmark) {
    if let Some((_, tab)) = reader {
        *tab = match landmark {
            Landmark::Document => ReaderTab::Document,
            Landmark::Outline => *tab,
            Landmark::Reading | Landmark::Questions | Landmark::Notes => ReaderTab::Transcript,
        };
    }
}

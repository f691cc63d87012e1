//! Checks of the documents a lesson carries beside its transcript: their
//! fields, paragraphs and pictures, and the sections that name them.

use super::*;
use crate::lesson::Quote;

impl Checker<'_> {
    /// Each document: id, title, where it came from, paragraphs, picture;
    /// and whether any section lets students open it.
    pub(super) fn documents(&mut self, lesson: &Lesson) {
        if lesson.documents.len() > MAX_LIST_ITEMS {
            self.error(
                "documents",
                tr!(
                    "check-too-many-entries",
                    list = "documents",
                    count = lesson.documents.len(),
                    max = MAX_LIST_ITEMS
                ),
                None,
            );
        }
        for (i, document) in lesson.documents.iter().enumerate() {
            let path = format!("documents[{i}]");
            self.id(&format!("{path}.id"), &document.id);
            self.not_empty(
                &format!("{path}.title"),
                &document.title,
                Field::DocumentTitle,
            );
            if document.from.trim().is_empty() {
                self.warning(
                    &format!("{path}.id"),
                    tr!("check-document-no-from", id = document.id.as_str()),
                    Some(tr!("check-document-no-from.hint")),
                );
            }
            if document.paragraphs.is_empty() {
                self.error(
                    &format!("{path}.paragraphs"),
                    tr!("check-document-no-paragraphs", id = document.id.as_str()),
                    Some(tr!("check-document-no-paragraphs.hint")),
                );
            } else if document.paragraphs.len() > MAX_PASSAGES_PER_SECTION {
                self.error(
                    &format!("{path}.paragraphs"),
                    tr!(
                        "check-too-many-paragraphs",
                        count = document.paragraphs.len(),
                        max = MAX_PASSAGES_PER_SECTION
                    ),
                    Some(tr!("check-too-many-paragraphs.hint")),
                );
            }
            for (j, paragraph) in document.paragraphs.iter().enumerate() {
                let at = format!("{path}.paragraphs[{j}]");
                self.id(&format!("{at}.id"), &paragraph.id);
                self.not_empty(&format!("{at}.text"), &paragraph.text, Field::ParagraphText);
                if let Some(quote) = &paragraph.quote {
                    self.quote(&at, &paragraph.id, quote, paragraph.cite.is_some());
                }
            }
            if let Some(image) = &document.image {
                self.image(&format!("{path}.image"), image);
            }
            if !lesson
                .sections
                .iter()
                .any(|s| s.documents.contains(&document.id))
            {
                self.warning(
                    &format!("{path}.id"),
                    tr!("check-document-not-named", id = document.id.as_str()),
                    Some(tr!(
                        "check-document-not-named.hint",
                        id = document.id.as_str()
                    )),
                );
            }
        }
    }

    /// A quotation (at `at`, in paragraph `id`) names its publisher, title,
    /// date and address; its source is its citation, so a `cite` beside it
    /// is a warning.
    fn quote(&mut self, at: &str, id: &str, quote: &Quote, has_cite: bool) {
        for (field, text) in [
            ("publisher", &quote.publisher),
            ("title", &quote.title),
            ("date", &quote.date),
            ("address", &quote.address),
        ] {
            if text.trim().is_empty() {
                self.error(
                    &format!("{at}.quote.{field}"),
                    tr!("check-quote-empty", field = field, id = id),
                    Some(tr!("check-quote-empty.hint")),
                );
            }
        }
        if has_cite {
            self.warning(
                &format!("{at}.cite"),
                tr!("check-quote-and-cite", id = id),
                Some(tr!("check-quote-and-cite.hint")),
            );
        }
    }

    /// The documents a section names must exist.
    pub(super) fn section_documents(&mut self, lesson: &Lesson, path: &str, section: &Section) {
        if section.documents.len() > MAX_DOCUMENTS_PER_SECTION {
            self.error(
                &format!("{path}.documents"),
                tr!(
                    "check-too-many-section-documents",
                    count = section.documents.len(),
                    max = MAX_DOCUMENTS_PER_SECTION
                ),
                Some(tr!("check-too-many-section-documents.hint")),
            );
            return;
        }
        for (i, id) in section.documents.iter().enumerate() {
            if section.documents[..i].contains(id) {
                self.error(
                    &format!("{path}.documents[{i}]"),
                    tr!("check-document-named-twice", id = id.as_str()),
                    Some(tr!("check-document-named-twice.hint")),
                );
            } else if lesson.document(id).is_none() {
                let ids = lesson.documents.iter().map(|d| d.id.as_str());
                let hint = match closest(id, ids.clone()) {
                    Some(near) => tr!("check-did-you-mean", near = near),
                    None if lesson.documents.is_empty() => {
                        tr!("check-unknown-document.hint-no-documents")
                    }
                    None => tr!(
                        "check-unknown-document.hint-list",
                        ids = ids.collect::<Vec<_>>().join(", ")
                    ),
                };
                self.error(
                    &format!("{path}.documents[{i}]"),
                    tr!("check-unknown-document", id = id.as_str()),
                    Some(hint),
                );
            }
        }
    }
}

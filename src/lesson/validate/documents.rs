//! Checks of the documents a lesson carries beside its transcript: their
//! fields, paragraphs and pictures, and the sections that name them.

use super::*;

impl Checker<'_> {
    /// Each document: id, title, where it came from, paragraphs, picture;
    /// and whether any section lets students open it.
    pub(super) fn documents(&mut self, lesson: &Lesson) {
        if lesson.documents.len() > MAX_LIST_ITEMS {
            self.error(
                "documents",
                format!(
                    "`documents` has {} entries; the limit is {MAX_LIST_ITEMS}",
                    lesson.documents.len()
                ),
                None,
            );
        }
        for (i, document) in lesson.documents.iter().enumerate() {
            let path = format!("documents[{i}]");
            self.id(&format!("{path}.id"), &document.id);
            self.not_empty(&format!("{path}.title"), &document.title, "document title");
            if document.from.trim().is_empty() {
                self.warning(
                    &format!("{path}.id"),
                    format!(
                        "document \"{}\" does not say where it came from",
                        document.id
                    ),
                    Some(
                        "add from: \"…\" with the address or citation and when it was read, so \
                         students can check it"
                            .into(),
                    ),
                );
            }
            if document.paragraphs.is_empty() {
                self.error(
                    &format!("{path}.paragraphs"),
                    format!("document \"{}\" has no paragraphs", document.id),
                    Some("write its text as paragraphs: [(id: \"…\", text: \"…\")]".into()),
                );
            } else if document.paragraphs.len() > MAX_PASSAGES_PER_SECTION {
                self.error(
                    &format!("{path}.paragraphs"),
                    format!(
                        "this document has {} paragraphs; the limit is {MAX_PASSAGES_PER_SECTION}",
                        document.paragraphs.len()
                    ),
                    Some("split it into several documents".into()),
                );
            }
            for (j, paragraph) in document.paragraphs.iter().enumerate() {
                let at = format!("{path}.paragraphs[{j}]");
                self.id(&format!("{at}.id"), &paragraph.id);
                self.not_empty(&format!("{at}.text"), &paragraph.text, "paragraph text");
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
                    format!("no section names document \"{}\"", document.id),
                    Some(format!(
                        "students can open a document only from a section: add documents: [\"{}\"] to the sections it belongs to",
                        document.id
                    )),
                );
            }
        }
    }

    /// The documents a section names must exist.
    pub(super) fn section_documents(&mut self, lesson: &Lesson, path: &str, section: &Section) {
        if section.documents.len() > MAX_DOCUMENTS_PER_SECTION {
            self.error(
                &format!("{path}.documents"),
                format!(
                    "this section names {} documents; the limit is {MAX_DOCUMENTS_PER_SECTION}",
                    section.documents.len()
                ),
                Some("students read one beside the transcript at a time: name the few that matter here".into()),
            );
            return;
        }
        for (i, id) in section.documents.iter().enumerate() {
            if section.documents[..i].contains(id) {
                self.error(
                    &format!("{path}.documents[{i}]"),
                    format!("document \"{id}\" is named twice in this section"),
                    Some("name each document once".into()),
                );
            } else if lesson.document(id).is_none() {
                let ids = lesson.documents.iter().map(|d| d.id.as_str());
                let hint = match closest(id, ids.clone()) {
                    Some(near) => format!("did you mean \"{near}\"?"),
                    None if lesson.documents.is_empty() => {
                        "declare it in the lesson's documents: [Document(id: …, title: …, paragraphs: […])]"
                            .into()
                    }
                    None => format!(
                        "documents in this lesson: {}",
                        ids.collect::<Vec<_>>().join(", ")
                    ),
                };
                self.error(
                    &format!("{path}.documents[{i}]"),
                    format!("unknown document \"{id}\""),
                    Some(hint),
                );
            }
        }
    }
}

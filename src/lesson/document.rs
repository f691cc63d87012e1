//! Other sources carried inside a lesson: articles, profiles, official
//! documents and the like that students read beside the transcript
//! (lateral reading, offline), highlight with the same tags, and cite.
//!
//! A document's paragraphs have ids from the same pool as passages, so a
//! highlight or a citation names either one the same way; [`Readable`] is
//! what the rest of the app looks up by that id.

use serde::{Deserialize, Serialize};

use super::model::{Image, Lesson, Passage};
use super::quote::{Credit, Quote};
use crate::tr;

/// A source document: a card of text with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Stable id: sections name it in `documents`.
    pub id: String,
    /// Its title, as students see it.
    pub title: String,
    /// What kind of document it is.
    #[serde(default)]
    pub kind: DocumentKind,
    /// Who published it (or "This lesson" for a card the lesson's authors wrote).
    #[serde(default)]
    pub publisher: String,
    /// Who wrote it, if known.
    #[serde(default)]
    pub author: String,
    /// When it was published or written, as written (`"2022-11-22"`).
    #[serde(default)]
    pub date: Option<String>,
    /// Where it came from: a citation or web address, and when it was read.
    #[serde(default)]
    pub from: String,
    /// A picture (a screenshot of the page, a chart), stored beside the lesson.
    #[serde(default)]
    pub image: Option<Image>,
    /// The text, paragraph by paragraph.
    pub paragraphs: Vec<Paragraph>,
}

/// One paragraph of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    /// Stable id, unique among passages and paragraphs: highlights and
    /// evidence answers point at it.
    pub id: String,
    /// The words.
    pub text: String,
    /// Where this paragraph's facts come from, shown under it.
    #[serde(default)]
    pub cite: Option<String>,
    /// The source these words are quoted from, exactly. In a document where
    /// some paragraph quotes, a paragraph without one is the lesson's own
    /// words (see [`Credit`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
}

/// What kind of work a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum DocumentKind {
    /// A news or magazine article.
    #[default]
    Article,
    /// A report by a research body, company or NGO.
    Report,
    /// Who a person or organisation is.
    Profile,
    /// A law, plan or statement issued by a government or official body.
    OfficialDocument,
    /// Figures or a chart.
    Data,
    /// A web page.
    WebPage,
}

/// A piece of text students read, highlight and cite: a transcript passage
/// or a paragraph of a document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Readable<'a> {
    /// A passage of the transcript.
    Passage(&'a Passage),
    /// Paragraph `index` (0-based) of a document.
    Paragraph(&'a Document, usize),
}

impl<'a> Readable<'a> {
    /// Its words.
    pub fn text(self) -> &'a str {
        match self {
            Self::Passage(passage) => &passage.text,
            Self::Paragraph(document, index) => document
                .paragraphs
                .get(index)
                .map_or("", |p| p.text.as_str()),
        }
    }

    /// Whose words these are: a speaker's, a card's, a quoted source's or
    /// the lesson's own.
    pub fn credit(self) -> Credit<'a> {
        match self {
            Self::Passage(passage) => Credit::Speaker(&passage.speaker),
            Self::Paragraph(document, index) => match document.paragraphs.get(index) {
                Some(paragraph) => document.credit(paragraph),
                None => Credit::Document(document),
            },
        }
    }

    /// Who says it, for citations: the speaker's name, or the document's
    /// title and the paragraph's number, with the quoted source or "this
    /// lesson's own words" when the card quotes sources.
    pub fn attribution(self, lesson: &Lesson) -> String {
        match self {
            Self::Passage(passage) => lesson
                .speaker(&passage.speaker)
                .map_or_else(|| passage.speaker.clone(), |s| s.name.clone()),
            Self::Paragraph(document, index) => {
                let title = document.title.as_str();
                match crate::wording::card_credit(lesson, self.credit()) {
                    Some(credit) => tr!(
                        "sys-lesson-paragraph-credited",
                        document = title,
                        number = index + 1,
                        credit = credit
                    ),
                    None => tr!("sys-lesson-paragraph", document = title, number = index + 1),
                }
            }
        }
    }

    /// The document it is in, if it is a paragraph.
    pub fn document(self) -> Option<&'a Document> {
        match self {
            Self::Passage(_) => None,
            Self::Paragraph(document, _) => Some(document),
        }
    }
}

impl Lesson {
    /// The document with this id.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The passage or document paragraph with this id.
    pub fn readable(&self, id: &str) -> Option<Readable<'_>> {
        if let Some(passage) = self.passage(id) {
            return Some(Readable::Passage(passage));
        }
        self.documents.iter().find_map(|document| {
            document
                .paragraphs
                .iter()
                .position(|p| p.id == id)
                .map(|index| Readable::Paragraph(document, index))
        })
    }
}

impl super::model::Section {
    /// The documents this section opens, each once, in the order named.
    pub fn documents_in<'a>(&'a self, lesson: &'a Lesson) -> impl Iterator<Item = &'a Document> {
        self.documents
            .iter()
            .enumerate()
            .filter(|(i, id)| !self.documents[..*i].contains(id))
            .filter_map(|(_, id)| lesson.document(id))
    }

    /// The document this section opens that has the paragraph `id`.
    pub fn document_of<'a>(&'a self, lesson: &'a Lesson, id: &str) -> Option<&'a Document> {
        self.documents_in(lesson)
            .find(|d| d.paragraphs.iter().any(|p| p.id == id))
    }

    /// Everything students read in this section, with its id: its
    /// passages, then the paragraphs of the documents it opens.
    pub fn readables<'a>(
        &'a self,
        lesson: &'a Lesson,
    ) -> impl Iterator<Item = (&'a str, Readable<'a>)> {
        self.passages
            .iter()
            .map(|p| (p.id.as_str(), Readable::Passage(p)))
            .chain(self.documents_in(lesson).flat_map(|d| {
                d.paragraphs
                    .iter()
                    .enumerate()
                    .map(move |(i, p)| (p.id.as_str(), Readable::Paragraph(d, i)))
            }))
    }

    /// Ids of everything students read in this section: its passages, then
    /// the paragraphs of the documents it opens.
    pub fn readable_ids<'a>(&'a self, lesson: &'a Lesson) -> impl Iterator<Item = &'a str> {
        self.readables(lesson).map(|(id, _)| id)
    }

    /// Ids of what this section is the first to show: its passages, and the
    /// paragraphs of documents no earlier section opens. A highlight in a
    /// document several sections open is counted and exported under the
    /// first of them only.
    pub fn owned_ids<'a>(&'a self, lesson: &'a Lesson) -> impl Iterator<Item = &'a str> {
        let earlier = |document: &Document| {
            lesson
                .sections
                .iter()
                .take_while(|s| !std::ptr::eq(*s, self))
                .any(|s| s.documents.contains(&document.id))
        };
        self.passages.iter().map(|p| p.id.as_str()).chain(
            self.documents_in(lesson)
                .filter(move |d| !earlier(d))
                .flat_map(|d| d.paragraphs.iter().map(|p| p.id.as_str())),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card() -> Document {
        Document {
            id: "card".into(),
            title: "Who is NowThis?".into(),
            kind: DocumentKind::Profile,
            publisher: "This lesson".into(),
            author: String::new(),
            date: Some("2026-11".into()),
            from: "The sources under each paragraph".into(),
            image: None,
            paragraphs: vec![
                Paragraph {
                    id: "card-1".into(),
                    text: "First.".into(),
                    cite: None,
                    quote: None,
                },
                Paragraph {
                    id: "card-2".into(),
                    text: "Second.".into(),
                    cite: Some("A book, 2020".into()),
                    quote: None,
                },
            ],
        }
    }
    #[test]
    fn the_byline_says_what_is_not_known() {
        use crate::wording::{byline, citation};
        let mut document = card();
        assert_eq!(byline(&document), "Profile · This lesson · 2026-11");
        document.date = None;
        document.author = "A. Writer".into();
        assert_eq!(
            byline(&document),
            "Profile · This lesson · A. Writer · no date given"
        );
        assert_eq!(
            citation(&document),
            "“Who is NowThis?”. Profile · This lesson · A. Writer · no date given. From: The sources under each paragraph"
        );
    }

    #[test]
    fn paragraphs_are_found_by_id_beside_passages() {
        let mut lesson = crate::lesson::bundled::template_lesson();
        lesson.documents = vec![card()];
        let mut other = lesson.sections[0].clone();
        other.passages.clear();
        lesson.sections.push(other);
        lesson.sections[0].documents = vec!["card".into()];
        let passage = lesson.sections[0].passages[0].id.clone();
        assert!(matches!(
            lesson.readable(&passage),
            Some(Readable::Passage(_))
        ));
        let paragraph = lesson.readable("card-2").expect("paragraph found");
        let section = &lesson.sections[0];
        assert_eq!(
            section
                .document_of(&lesson, "card-2")
                .map(|d| d.id.as_str()),
            Some("card")
        );
        assert!(section.document_of(&lesson, &passage).is_none());
        assert_eq!(paragraph.text(), "Second.");
        assert_eq!(
            paragraph.attribution(&lesson),
            "Who is NowThis?, paragraph 2"
        );
        assert!(lesson.readable("card-3").is_none());
        let ids: Vec<&str> = lesson.sections[0].readable_ids(&lesson).collect();
        assert_eq!(ids.last(), Some(&"card-2"));
        assert!(ids.contains(&passage.as_str()));
        assert!(
            !lesson.sections[1]
                .readable_ids(&lesson)
                .any(|id| id == "card-1")
        );
    }
}

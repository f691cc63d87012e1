//! Quotations in source cards: a card paragraph may hold words quoted
//! exactly from a real source, with that source's own credit. In a card
//! that quotes, the paragraphs without a quotation are the lesson's own
//! words (framing, context), and are credited to the lesson, never to the
//! card's publisher. [`Credit`] says which of these a piece of text is.

use serde::{Deserialize, Serialize};

use super::document::{Document, Paragraph};

/// Where a quoted paragraph's words come from: enough for a student to
/// trace them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// Who published the words ("China Law Translate").
    pub publisher: String,
    /// Who wrote (or translated) them, if known.
    #[serde(default)]
    pub author: String,
    /// The title of the work quoted.
    pub title: String,
    /// When it was published, as written ("14 June 2014").
    pub date: String,
    /// A web address, or a library or print reference.
    pub address: String,
    /// When or where the lesson's authors read it ("Read 30 November 2026").
    #[serde(default)]
    pub read: String,
}

/// Whose words a passage or card paragraph is, for credits in the card
/// view, read aloud, highlights, citations and exports.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Credit<'a> {
    /// A transcript passage: said by the speaker with this id.
    Speaker(&'a str),
    /// A paragraph of a card that quotes nothing: the card's own, credited
    /// to its publisher as before.
    Document(&'a Document),
    /// Words quoted exactly from this source.
    Quote(&'a Quote),
    /// The lesson's own words, in a card that quotes sources.
    Lesson,
}

impl Document {
    /// Whether any of its paragraphs quotes a source: then the others are
    /// the lesson's own words.
    pub fn quotes_sources(&self) -> bool {
        self.paragraphs.iter().any(|p| p.quote.is_some())
    }

    /// Whose words paragraph `paragraph` of this document is.
    pub fn credit<'a>(&'a self, paragraph: &'a Paragraph) -> Credit<'a> {
        match &paragraph.quote {
            Some(quote) => Credit::Quote(quote),
            None if self.quotes_sources() => Credit::Lesson,
            None => Credit::Document(self),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::{Lesson, Readable};
    use crate::wording::{card_credit, quote_source, spoken_paragraph};

    /// Reads a paragraph as a lesson file writes it.
    fn paragraph(ron: &str) -> Result<Paragraph, ron::error::SpannedError> {
        ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(ron)
    }

    const QUOTED: &str = r#"(
        id: "plan-quote-1",
        text: "The words.",
        quote: (
            publisher: "China Law Translate",
            author: "State Council; translated by Rogier Creemers",
            title: "Planning Outline",
            date: "14 June 2014",
            address: "https://www.chinalawtranslate.com/en/socialcreditsystem/",
            read: "Read 30 November 2026",
        ),
    )"#;

    #[test]
    fn a_paragraph_parses_with_and_without_a_quote() {
        let plain = paragraph(r#"(id: "p", text: "Words.", cite: "A book")"#).expect("parses");
        assert_eq!(plain.quote, None);
        let quoted = paragraph(QUOTED).expect("parses");
        let quote = quoted.quote.expect("a quote");
        assert_eq!(quote.publisher, "China Law Translate");
        assert_eq!(quote.date, "14 June 2014");
        assert_eq!(quote.read, "Read 30 November 2026");
        // Author and read may be left out; the rest may not.
        let short = paragraph(
            r#"(id: "p", text: "W.", quote: (publisher: "P", title: "T", date: "D", address: "A"))"#,
        )
        .expect("parses");
        let quote = short.quote.expect("a quote");
        assert_eq!((quote.author.as_str(), quote.read.as_str()), ("", ""));
        let no_date = paragraph(
            r#"(id: "p", text: "W.", quote: (publisher: "P", title: "T", address: "A"))"#,
        );
        assert!(no_date.is_err());
    }

    #[test]
    fn a_quote_with_an_unknown_field_is_refused() {
        let error = paragraph(&QUOTED.replace("read:", "url:")).expect_err("refused");
        assert!(error.to_string().contains("url"), "{error}");
    }

    /// The template, whose card has the lesson's words then a quotation.
    fn template() -> Lesson {
        crate::lesson::bundled::template_lesson()
    }

    #[test]
    fn a_card_that_quotes_credits_each_paragraph_to_its_source_or_the_lesson() {
        let lesson = template();
        let words = lesson.readable("who-ran-it-1").expect("paragraph 1");
        let quoted = lesson.readable("who-ran-it-2").expect("paragraph 2");
        assert_eq!(words.credit(), Credit::Lesson);
        assert!(
            matches!(quoted.credit(), Credit::Quote(q) if q.title == "The title of the work quoted")
        );
        assert_eq!(
            words.attribution(&lesson),
            "Who ran the survey?, paragraph 1, this lesson’s own words (“Lesson template: copy me”), not a source’s"
        );
        assert_eq!(
            quoted.attribution(&lesson),
            "Who ran the survey?, paragraph 2, quoting Who wrote them, “The title of the work quoted”, \
             Who published the words, 1 May 2024. https://example.org/the-quoted-page. Read 1 May 2024"
        );
        // Never the card's own publisher.
        for readable in [words, quoted] {
            assert!(!readable.attribution(&lesson).contains("This lesson"));
        }
        let passage = lesson.readable("first-1").expect("a passage");
        assert_eq!(passage.credit(), Credit::Speaker("narrator"));
        assert_eq!(card_credit(&lesson, passage.credit()), None);
    }

    #[test]
    fn a_card_that_quotes_nothing_is_credited_as_before() {
        let mut lesson = template();
        for paragraph in &mut lesson.documents[0].paragraphs {
            paragraph.quote = None;
        }
        let document = &lesson.documents[0];
        assert!(!document.quotes_sources());
        let readable = Readable::Paragraph(document, 1);
        assert_eq!(readable.credit(), Credit::Document(document));
        assert_eq!(
            readable.attribution(&lesson),
            "Who ran the survey?, paragraph 2"
        );
        assert_eq!(
            spoken_paragraph(document, &document.paragraphs[1]),
            document.paragraphs[1].text
        );
    }

    #[test]
    fn a_source_leaves_out_what_the_lesson_does_not_give() {
        let mut quote = paragraph(QUOTED).expect("parses").quote.expect("a quote");
        assert_eq!(
            quote_source(&quote),
            "State Council; translated by Rogier Creemers, “Planning Outline”, China Law Translate, \
             14 June 2014. https://www.chinalawtranslate.com/en/socialcreditsystem/. Read 30 November 2026"
        );
        quote.author = " ".into();
        quote.read.clear();
        assert_eq!(
            quote_source(&quote),
            "“Planning Outline”, China Law Translate, 14 June 2014. https://www.chinalawtranslate.com/en/socialcreditsystem/"
        );
    }

    #[test]
    fn read_aloud_says_whose_words_a_paragraph_is() {
        let lesson = template();
        let document = &lesson.documents[0];
        let spoken: Vec<String> = document
            .paragraphs
            .iter()
            .map(|p| spoken_paragraph(document, p))
            .collect();
        assert_eq!(
            spoken[0],
            "This lesson’s words: Write the document's text, one paragraph at a time."
        );
        assert_eq!(
            spoken[1],
            "Copy the source's exact words here: a few sentences at most. … Quoted from Who wrote them, \
             “The title of the work quoted”, Who published the words, 1 May 2024."
        );
        assert!(!spoken[1].contains("https"), "no web address read aloud");
    }
}

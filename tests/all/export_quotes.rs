//! Source cards that quote real sources, in every export: a quoted
//! paragraph a student cites or highlights is credited to its own source,
//! and the lesson's own words to the lesson, never to the card's publisher.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io::Read as _;

use crate::common;
use crate::common::builders::WorkBuilder;

use closereader::export::{ExportOptions, Format, render};
use closereader::lesson::{Lesson, check_lesson};
use closereader::work::file::WorkFile;
use closereader::work::{Answer, Highlight};

/// The card's publisher: what the exports used to credit every paragraph to.
const PUBLISHER: &str = "State Council";
/// The lesson's own words in the card.
const LESSON_WORDS: &str = "This card was put together for the lesson.";
/// The quoted words.
const QUOTED: &str = "Trust in the news fell from 51% to 43%.";
/// Where they are credited.
const SOURCE: &str = "quoting A. Pollster, “Trust in news, 2026”, A polling firm, 3 March 2026. https://example.org/trust-2026";
const LESSON_CREDIT: &str = "this lesson’s own words (“Base lesson”), not a source’s";

/// The base lesson with a card in its second section: the lesson's words,
/// then a quotation; and two evidence questions that let students pick.
fn lesson() -> Lesson {
    let card = format!(
        r#"documents: [
        Document(
            id: "card",
            title: "The survey",
            kind: Report,
            publisher: "{PUBLISHER}",
            from: "The pollster's web page",
            paragraphs: [
                (id: "card-1", text: "{LESSON_WORDS}"),
                (
                    id: "card-2",
                    text: "{QUOTED}",
                    quote: (
                        publisher: "A polling firm",
                        author: "A. Pollster",
                        title: "Trust in news, 2026",
                        date: "3 March 2026",
                        address: "https://example.org/trust-2026",
                    ),
                ),
            ],
        ),
    ],
    sections: ["#
    );
    let text = std::fs::read_to_string(common::base_lesson())
        .expect("base lesson")
        .replacen("sections: [", &card, 1)
        .replace(
            "            id: \"two\",\n",
            "            id: \"two\",\n            documents: [\"card\"],\n",
        )
        .replace(
            "Open(id: \"q7\", text: \"What is left out?\"),",
            "Open(id: \"q7\", text: \"What is left out?\"),\n                \
             Evidence(id: \"q8\", text: \"Which figure?\"),\n                \
             Evidence(id: \"q9\", text: \"What frames it?\"),",
        );
    let report = check_lesson(text.as_bytes(), None);
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    report.lesson.expect("valid")
}

/// Work citing the quotation in q8 and the lesson's words in q9, with a
/// highlight in each.
fn work() -> WorkFile {
    let cites = |id: &str, highlight: &str| Answer {
        text: "Because.".into(),
        cited: vec![id.to_owned()],
        highlights: vec![highlight.to_owned()],
        ..Answer::default()
    };
    let highlight = |passage: &str, quote: &str| Highlight {
        passage: passage.into(),
        start: 0,
        end: quote.chars().count(),
        quote: quote.into(),
        tag: "claim".into(),
        ..Default::default()
    };
    let work = WorkBuilder::new()
        .answer("q8", cites("card-2", "h1"))
        .answer("q9", cites("card-1", "h2"))
        .highlight(highlight("card-2", "Trust in the news"))
        .highlight(highlight("card-1", "This card"))
        .build();
    WorkFile::new("base", "hash", "Amira", work)
}

/// The export in `format`, as text (Word: its document part).
fn exported(format: Format) -> String {
    let options = ExportOptions {
        include_excerpts: true,
        date: "2026-11-26".into(),
        ..ExportOptions::default()
    };
    let bytes = render(format, &lesson(), &work(), &options, None).expect("rendered");
    if format == Format::Docx {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        let mut xml = String::new();
        archive
            .by_name("word/document.xml")
            .expect("document part")
            .read_to_string(&mut xml)
            .expect("utf-8");
        xml
    } else {
        String::from_utf8(bytes).expect("utf-8")
    }
}

/// `text` with Markdown's backslash escapes and HTML's entities undone, so
/// one set of expected words serves every format.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(next)) if next.is_ascii_punctuation() => {}
            _ => out.push(c),
        }
    }
    out.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[test]
fn a_cited_quotation_is_credited_to_its_source_and_the_lessons_words_to_the_lesson() {
    for format in [Format::Md, Format::Html, Format::Txt, Format::Docx] {
        let out = plain(&exported(format));
        // Cited in an evidence answer: the card, the paragraph, whose words.
        for credit in [
            format!("The survey, paragraph 2, {SOURCE}"),
            format!("The survey, paragraph 1, {LESSON_CREDIT}"),
            // Highlights, in the answer and in the section's list.
            format!("in “The survey”, {SOURCE}"),
            format!("in “The survey”, {LESSON_CREDIT}"),
        ] {
            assert!(out.contains(&credit), "{format:?}: no {credit}\n{out}");
        }
        // The quoted source joins the sources, once.
        let source = "A. Pollster, “Trust in news, 2026”, A polling firm, 3 March 2026. https://example.org/trust-2026";
        assert_eq!(
            out.matches(source).count(),
            // Twice cited (answer, highlight), once in the list of highlights, once as a source.
            4,
            "{format:?}\n{out}"
        );
        // The card's publisher is named once, in the card's own citation,
        // never beside the paragraphs' words.
        assert_eq!(out.matches(PUBLISHER).count(), 1, "{format:?}\n{out}");
    }
}

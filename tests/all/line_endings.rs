//! Windows (CRLF), old Mac (CR), a byte-order mark and tabs: the same
//! lesson gives the same messages at the same places, the same glossary
//! underlines and the same highlight anchors as with LF line endings.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use closereader::lesson::glossary::term_ranges;
use closereader::lesson::{Position, check_lesson};
use closereader::work::Highlight;
use closereader::work::anchor::{Anchor, anchor_in};

/// A lesson with a passage that runs over two lines inside its quotes, a
/// glossary term on the second line, and two mistakes found after parsing.
const LESSON: &str = "Lesson(
    id: \"endings\",
    title: \"Line endings\",
    sources: [Source(id: \"clip\", title: \"A clip\")],
    speakers: [Speaker(id: \"narrator\", name: \"Narrator\", role: Narrator)],
    glossary: [Term(term: \"manipulated\", definition: \"Changed to mislead.\")],
    sections: [
        Section(
            id: \"one\",
            title: \"One\",
            passages: [
                Passage(id: \"one-1\", speaker: \"narrator\", text: \"The photo, they say, was
    manipulated before it spread.\"),
                Passage(id: \"one-2\", speaker: \"nobody\", text: \"Who says?\"),
            ],
            prompts: [
                Evidence(id: \"q1\", text: \"Quote it.\", passage: \"one-9\"),
            ],
        ),
    ],
)
";

/// The lesson with `\\n` written as `ending`, after `prefix`.
fn variant(text: &str, prefix: &str, ending: &str) -> String {
    format!("{prefix}{}", text.replace('\n', ending))
}

/// The character a position points at.
fn char_at(text: &str, position: Position) -> Option<char> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let line = text.split(['\n']).nth(position.line - 1)?;
    let line = line.strip_suffix('\r').unwrap_or(line);
    line.chars().nth(position.col - 1)
}

/// What `check` says: position and message of each problem.
fn said(text: &str) -> Vec<(Position, String)> {
    check_lesson(text.as_bytes(), None)
        .diagnostics
        .into_iter()
        .map(|d| (d.position.expect("positioned"), d.message))
        .collect()
}

#[test]
fn crlf_cr_and_bom_give_the_same_positions_as_lf() {
    let lf = said(LESSON);
    assert_eq!(lf.len(), 2, "{lf:?}");
    assert_eq!(char_at(LESSON, lf[0].0), Some('"'), "{lf:?}");
    for (prefix, ending) in [
        ("", "\r\n"),
        ("", "\r"),
        ("\u{feff}", "\n"),
        ("\u{feff}", "\r\n"),
    ] {
        let text = variant(LESSON, prefix, ending);
        assert_eq!(said(&text), lf, "{ending:?} with {prefix:?}");
    }
    // A syntax error (a missing comma) is found at the same place too.
    let broken = LESSON.replace("\"Who says?\"),", "\"Who says?\")");
    let expected = said(&broken);
    assert!(!expected.is_empty());
    for ending in ["\r\n", "\r"] {
        assert_eq!(said(&variant(&broken, "", ending)), expected, "{ending:?}");
    }
}

#[test]
fn tabs_point_at_the_same_characters() {
    // Indented with tabs: each message is on the same line, and its column
    // (counted in characters, a tab being one) points at the same character.
    let tabs = LESSON.replace("    ", "\t");
    let lf = said(LESSON);
    let tabbed = said(&tabs);
    assert_eq!(tabbed.len(), lf.len());
    for ((at_lf, message_lf), (at_tab, message_tab)) in lf.iter().zip(&tabbed) {
        assert_eq!(message_lf, message_tab);
        assert_eq!(at_lf.line, at_tab.line);
        assert_eq!(char_at(LESSON, *at_lf), char_at(&tabs, *at_tab));
    }
    // A syntax error too.
    let missing_comma = |text: &str| text.replace("\"Who says?\"),", "\"Who says?\")");
    let (at_lf, _) = said(&missing_comma(LESSON))[0].clone();
    let (at_tab, _) = said(&missing_comma(&tabs))[0].clone();
    assert_eq!(at_lf.line, at_tab.line);
    assert_eq!(
        char_at(&missing_comma(LESSON), at_lf),
        char_at(&missing_comma(&tabs), at_tab)
    );
}

/// The passage's text in a lesson that parses (the two mistakes fixed).
fn passage_text(text: &str) -> String {
    let fixed = text
        .replace("\"nobody\"", "\"narrator\"")
        .replace("\"one-9\"", "\"one-1\"");
    let lesson = check_lesson(fixed.as_bytes(), None).lesson.expect("valid");
    lesson.sections[0].passages[0].text.clone()
}

/// The words underlined as glossary terms.
fn underlined(text: &str) -> Vec<(std::ops::Range<usize>, String)> {
    let fixed = text
        .replace("\"nobody\"", "\"narrator\"")
        .replace("\"one-9\"", "\"one-1\"");
    let lesson = check_lesson(fixed.as_bytes(), None).lesson.expect("valid");
    let passage = &lesson.sections[0].passages[0].text;
    term_ranges(passage, &lesson.glossary)
        .into_iter()
        .filter(|(_, term)| term.is_some())
        .map(|(range, _)| (range.clone(), passage[range].to_owned()))
        .collect()
}

#[test]
fn glossary_underlines_and_highlight_anchors_do_not_shift() {
    let lf = underlined(LESSON);
    assert_eq!(lf.len(), 1);
    assert_eq!(lf[0].1, "manipulated");
    // A highlight a student made on the LF lesson: "manipulated before".
    let text = passage_text(LESSON);
    let start = text.chars().count() - "manipulated before it spread.".chars().count();
    let highlight = Highlight {
        id: "h1".into(),
        passage: "one-1".into(),
        start,
        end: start + "manipulated before".len(),
        quote: "manipulated before".into(),
        tag: "claim".into(),
        comment: String::new(),
        section: String::new(),
    };
    assert_eq!(
        anchor_in(&text, &highlight),
        Anchor::Found(highlight.start..highlight.end)
    );
    for (prefix, ending) in [("", "\r\n"), ("", "\r"), ("\u{feff}", "\r\n")] {
        let variant = variant(LESSON, prefix, ending);
        assert_eq!(underlined(&variant), lf, "{ending:?}");
        assert_eq!(passage_text(&variant), text, "{ending:?}");
        assert_eq!(
            anchor_in(&passage_text(&variant), &highlight),
            Anchor::Found(highlight.start..highlight.end),
            "{ending:?}"
        );
    }
    // Tabs inside the quotes are part of the text: the underline is still
    // the whole word.
    let tabs = LESSON.replace("    manipulated", "\tmanipulated");
    assert_eq!(underlined(&tabs)[0].1, "manipulated");
}

//! A source card that quotes a real source: the quotation is set off as
//! one with its source under it, and the lesson's own words are labelled,
//! in words a screen reader reads in order.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness::*;

const LESSON_LABEL: &str = "This lesson’s words, not a source’s";
const LESSON_WORDS: &str = "Write the document's text, one paragraph at a time.";
const QUOTED: &str = "Copy the source's exact words here: a few sentences at most.";
const CREDIT: &str = "From: Who wrote them, “The title of the work quoted”, Who published the words, \
                      1 May 2024. https://example.org/the-quoted-page. Read 1 May 2024";

#[test]
fn a_quotation_shows_its_source_and_the_lessons_words_are_labelled() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Ola");
    assert!(!shows(&harness, LESSON_LABEL), "no card open yet");
    harness
        .get_by_label("Open source beside the transcript: Who ran the survey?")
        .click();
    harness.run();

    // In reading order: the label, the lesson's words; the quotation, its source.
    let texts = texts(&harness);
    let at = |text: &str| {
        texts
            .iter()
            .position(|t| t == text)
            .unwrap_or_else(|| panic!("{text:?} is not on screen: {texts:#?}"))
    };
    assert_eq!(at(LESSON_LABEL) + 1, at(LESSON_WORDS));
    assert_eq!(at(QUOTED) + 1, at(CREDIT));
    assert!(at(LESSON_WORDS) < at(QUOTED));
    // The card's publisher is not said to have written either paragraph.
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("This lesson") && t.contains("From:"))
    );

    // Set in from the left, as a quotation; the lesson's words are not.
    let left = |text: &str| {
        harness
            .query_all_by_value(text)
            .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Label)
            .expect("a label")
            .rect()
            .left()
    };
    assert!(
        left(QUOTED) >= left(LESSON_WORDS) + 10.0,
        "quotation at {}, lesson's words at {}",
        left(QUOTED),
        left(LESSON_WORDS)
    );
    assert!(
        (left(CREDIT) - left(QUOTED)).abs() < 1.0,
        "its source is set in with it"
    );

    // Both paragraphs keep their buttons, named for a screen reader.
    for number in [1, 2] {
        assert!(
            harness
                .query_by_label(&format!(
                    "Highlight words in paragraph {number} of Who ran the survey?"
                ))
                .is_some()
        );
    }
}

/// At the largest text on a laptop screen, the quotation and its source
/// wrap inside the card: nothing runs off its right edge.
#[test]
fn a_quotation_fits_the_card_at_the_largest_text() {
    let mut harness = harness_with(
        closereader::ui::AppOptions {
            lessons_dirs: vec![lessons_dir()],
            ..closereader::ui::AppOptions::default()
        },
        [1366.0, 768.0],
    );
    open_template_as(&mut harness, "Ola");
    // The largest text, from the keyboard (Bigger text is in the top bar's
    // Menu once the text is large).
    while harness.state().settings().text_scale < 2.0 - 0.01 {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Equals);
        harness.run();
    }
    // Reached as a keyboard user would: the button may be below the fold.
    tab_to(
        &mut harness,
        "Open source beside the transcript: Who ran the survey?",
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    let edge = harness
        .get_by_label("Close source: Who ran the survey?")
        .rect()
        .right();
    for text in [LESSON_WORDS, QUOTED, CREDIT] {
        let right = harness
            .query_all_by_value(text)
            .map(|n| n.rect().right())
            .fold(0.0, f32::max);
        assert!(
            right <= edge + 1.0,
            "{text:?} ends at {right}, the card at {edge}"
        );
    }
}

//! Highlighting words by mouse and keyboard, commenting, re-tagging,
//! removing and citing highlights.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use super::harness::*;
use crate::common::builders::WorkBuilder;

/// The template's first passage, whose words the highlight tests mark.
const FIRST_PASSAGE: &str =
    "A survey found that most people in our society trust the news less than before.";

#[test]
fn a_student_highlights_words_with_the_keyboard_and_cites_them() {
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_exporting_to(exports.path());
    open_template_as(&mut harness, "Quin");
    harness
        .get_by_label("Highlight words in Narrator: “A survey found that most…”")
        .click();
    harness.run();
    // The words have the focus: → moves, Shift+→ extends, 1–9 picks a tag.
    harness.key_press(Key::ArrowRight);
    harness.run();
    harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    harness.run();
    harness.key_press(Key::Num1);
    harness.run();
    let work = harness.work();
    assert_eq!(work.highlights.len(), 1, "{:?}", work.highlights);
    let highlight = work.highlights[0].clone();
    assert_eq!(
        (highlight.quote.as_str(), highlight.tag.as_str()),
        ("survey found", "claim")
    );
    let start = FIRST_PASSAGE.find("survey").expect("word");
    assert_eq!(
        (highlight.start, highlight.end),
        (start, start + "survey found".len())
    );
    // Shown with its tag's name, not only its colour.
    assert!(harness.query_all_by_label(" [Claim] ").next().is_some());
    harness.get_by_label("1. The first claim: 0 of 6 answered, 1 mark");

    // The whole sentence with S, tagged by its button.
    harness
        .get_by_label("Highlight words in Dr. Example: “It is a shocking collapse,…”")
        .click();
    harness.run();
    harness.key_press(Key::S);
    harness.run();
    harness.get_by_label("3 Loaded language").click();
    harness.run();
    let quotes: Vec<String> = harness
        .work()
        .highlights
        .iter()
        .map(|h| h.quote.clone())
        .collect();
    assert_eq!(
        quotes,
        [
            "survey found",
            "It is a shocking collapse, and it is getting worse every year."
        ]
    );

    // Cite the first in the evidence answer, then export.
    harness.get_by_label("“survey found” [Claim]").click();
    harness.run();
    type_into(
        &mut harness,
        "Quote the words that show the expert's opinion.",
        "See my highlight.",
    );
    let work = harness.work();
    assert_eq!(
        work.answer("q-evidence").highlights,
        std::slice::from_ref(&highlight.id)
    );
    let file = export_as(&mut harness, "Markdown (.md)", exports.path());
    let md = std::fs::read_to_string(file).expect("read");
    assert!(
        md.contains("> Cited: **Highlight, Claim:** survey found"),
        "{md}"
    );
    assert!(
        md.contains("### Highlights\n\n**Claim:**\n\n“survey found”"),
        "{md}"
    );
}

#[test]
fn a_highlight_is_made_by_mouse_then_commented_retagged_and_removed() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Rae");
    harness
        .get_by_label("Highlight words in Narrator: “A survey found that most…”")
        .click();
    harness.run();
    // A click on the words picks the word under the pointer.
    harness.get_by_label_contains("Words to highlight").click();
    harness.run();
    harness.get_by_label("2 Evidence").click();
    harness.run();
    let work = harness.work();
    assert_eq!(work.highlights.len(), 1);
    let highlight = work.highlights[0].clone();
    assert_eq!(highlight.tag, "evidence");
    assert!(
        FIRST_PASSAGE.split(' ').any(|w| w == highlight.quote),
        "{:?}",
        highlight.quote
    );

    let comment = format!("Comment on “{}”", highlight.quote);
    type_into(&mut harness, &comment, "Is this evidence?");
    assert_eq!(harness.work().highlights[0].comment, "Is this evidence?");
    let quote = format!("“{}”", highlight.quote);
    choose_in_list(&mut harness, &format!("Tag of {quote}"), "Claim");
    assert_eq!(harness.work().highlights[0].tag, "claim");
    harness
        .get_by_label(&format!("Show {quote} in the passage"))
        .click();
    harness.run();
    harness
        .get_by_label(&format!("Remove highlight {quote}"))
        .click();
    harness.run();
    assert!(harness.work().highlights.is_empty());
    // Removing can be undone, from the banner or with Ctrl+Z.
    harness.get_by_label("Undo").click();
    harness.run();
    assert_eq!(harness.work().highlights.len(), 1);
    assert_eq!(harness.work().highlights[0].comment, "Is this evidence?");
}

#[test]
fn highlights_are_commented_retagged_and_removed_from_the_keyboard() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Sol");
    tab_to(
        &mut harness,
        "Highlight words in Dr. Example: “It is a shocking collapse,…”",
    );
    harness.key_press(Key::Enter);
    harness.run();
    harness.key_press(Key::Num2); // the first word, as Evidence
    harness.run();
    let work = harness.work();
    assert_eq!(
        (
            work.highlights[0].quote.as_str(),
            work.highlights[0].tag.as_str()
        ),
        ("It", "evidence")
    );

    tab_to(&mut harness, "Comment on “It”");
    harness.event(egui::Event::Text("Vague".into()));
    harness.run();
    assert_eq!(harness.work().highlights[0].comment, "Vague");

    // The tag's list: Space opens it on the chosen tag, ↓ moves, Enter
    // chooses and closes it, and the keyboard is back on its button.
    tab_to(&mut harness, "Tag of “It”");
    harness.key_press(Key::Space);
    harness.run();
    for _ in 0..8 {
        if harness
            .query_by_label("Loaded language")
            .is_some_and(|n| n.is_focused())
        {
            break;
        }
        harness.key_press(Key::ArrowDown);
        harness.run();
    }
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.work().highlights[0].tag, "loaded");
    assert!(list_button(&harness, "Tag of “It”").is_focused());
    assert!(
        harness.query_by_label("Loaded language").is_none(),
        "the list closed"
    );

    tab_to(&mut harness, "Remove highlight “It”");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.work().highlights.is_empty());
    // The keyboard is now on "Undo", not on the next highlight's Remove:
    // a second Enter brings the highlight back instead of removing another.
    assert!(harness.get_by_label("Undo").is_focused());
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.work().highlights.len(), 1);
    // Ctrl+Z (with no text box focused) undoes a removal too.
    tab_to(&mut harness, "Remove highlight “It”");
    harness.key_press(Key::Enter);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.work().highlights.len(), 1);
    // The newest message shows whole; the four it replaced ("highlighted
    // as", "removed", "back", "removed") wait under "Earlier messages"
    // until OK clears them all.
    assert_eq!(harness.state().message(), Some("The highlight is back."));
    harness.get_by_label("Earlier messages (4)").click();
    harness.run();
    let removed = harness.get_all_by_label("Highlight “It” removed.").count();
    assert_eq!(removed, 2);
    harness.get_by_label("OK").click();
    harness.run();
    assert_eq!(harness.state().message(), None);
    assert!(
        harness
            .query_by_label_contains("Earlier messages")
            .is_none()
    );
}

#[test]
fn highlights_whose_tag_the_teacher_removed_are_listed_and_can_be_retagged() {
    let mut harness = harness_with_template();
    let file = WorkBuilder::new()
        .highlight(closereader::work::Highlight {
            passage: "first-1".into(),
            start: 0,
            end: 1,
            quote: "A".into(),
            tag: "propaganda".into(),
            ..Default::default()
        })
        .lesson_hash("old")
        .file("template", "Uma");
    harness.store().save(&file, false).expect("save");
    continue_template_as(&mut harness, "Uma");
    // Listed under its old tag's id, with a way to give it one of the lesson's.
    harness.get_by_label_contains("“propaganda”, a tag this lesson no longer has (1)");
    harness.get_by_label("Comment on “A”");
    choose_in_list(&mut harness, "Tag of “A”", "Claim");
    assert_eq!(harness.work().highlights[0].tag, "claim");
    harness.get_by_label("Remove highlight “A”").click();
    harness.run();
    assert!(harness.work().highlights.is_empty());
}

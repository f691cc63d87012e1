//! Passages as reading stops: Tab reaches each one, a screen reader hears
//! its speaker, time and words whole, with each highlight said where it
//! starts and ends; buttons name passages by speaker and first words.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness::*;

/// What a screen reader hears on the template's first passage.
const FIRST_STOP: &str = "Narrator, at 0:12: A survey found that most people in our society trust the news less than before.";

/// The highlight button of the template's first passage.
const FIRST_HIGHLIGHT: &str = "Highlight words in Narrator: “A survey found that most…”";

#[test]
fn tab_reaches_each_passage_with_its_speaker_time_and_words() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Ines");
    // Tab from the start: the passage is a stop of its own.
    tab_to(&mut harness, FIRST_STOP);
    let stop = harness.get_by_label(FIRST_STOP);
    assert_eq!(stop.accesskit_node().role(), Role::Paragraph);
    // Then its glossary links, if any, and its buttons.
    tab_to(&mut harness, FIRST_HIGHLIGHT);
    // The second voice: an expert, named with the role in words.
    tab_to(
        &mut harness,
        "Dr. Example (expert): It is a shocking collapse, and it is getting worse every year.",
    );
    harness.get_by_label("Read Dr. Example: “It is a shocking collapse,…” aloud");
    // No button names a passage by its number alone.
    assert!(
        harness
            .query_all_by(|n| n.label().is_some_and(|l| l.contains("passage 1")))
            .next()
            .is_none()
    );
}

#[test]
fn a_highlight_is_said_where_it_starts_and_ends_never_in_pieces() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Jon");
    harness.get_by_label(FIRST_HIGHLIGHT).click();
    harness.run();
    // "survey found", tagged Claim.
    harness.key_press(Key::ArrowRight);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::ArrowRight);
    harness.run();
    harness.key_press(Key::Num1);
    harness.run();
    assert_eq!(harness.work().highlights.len(), 1);
    let said = "Narrator, at 0:12: A [Highlight starts: Claim] survey found [highlight ends: Claim] that most people in our society trust the news less than before.";
    let stop = harness.get_by_label(said);
    assert_eq!(stop.accesskit_node().role(), Role::Paragraph);
    // The pieces the passage is drawn in (the words before, the highlight,
    // its tag's label, the words after) are hidden from screen readers,
    // which hear the passage whole.
    let pieces: Vec<(String, bool)> = harness
        .query_all_by(|n| {
            n.role() == Role::Label
                && n.value().is_some_and(|v| {
                    v == "survey found" || v == " [Claim] " || v.contains("trust the news")
                })
        })
        .map(|n| {
            (
                n.value().unwrap_or_default(),
                n.accesskit_node().is_hidden(),
            )
        })
        .collect();
    assert!(pieces.len() >= 2, "{pieces:?}");
    assert!(pieces.iter().all(|(_, hidden)| *hidden), "{pieces:?}");
}

//! What a keyboard user perceives: Tab reaches every question of every
//! section of the bundled lesson, whatever has focus is on screen, and the
//! first unanswered question is one key away.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use closereader::work::is_answered;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use super::harness::*;

/// The width and height of a common school laptop's screen.
const SCREEN: [f32; 2] = [1366.0, 768.0];

/// A question's group as a screen reader names it.
fn question_name(number: usize, prompt: &closereader::lesson::Prompt) -> String {
    let optional = if prompt.optional { " (optional)" } else { "" };
    format!("Question {number}{optional}: {}", prompt.text)
}

#[test]
fn tab_reaches_every_question_of_every_section_and_focus_stays_on_screen() {
    let (mut harness, lesson) = open_bundled_as(SCREEN, "Kay");
    let visible = egui::Rect::from_min_size(egui::Pos2::ZERO, SCREEN.into()).expand(1.0);
    let mut report = Vec::new();
    for (index, section) in lesson.sections.iter().enumerate() {
        if index > 0 {
            harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
            harness.run();
        }
        // Opening a section puts the keyboard on its title.
        let (label, _, _) = focused(&harness).expect("focus after opening the section");
        assert_eq!(label, section.title, "section {}", index + 1);

        // Tab through the whole section.
        let reached = tab_through_section(&mut harness, visible, index + 1);
        let expected: std::collections::BTreeSet<String> = section
            .prompts
            .iter()
            .enumerate()
            .map(|(i, p)| question_name(i + 1, p))
            .collect();
        assert_eq!(reached, expected, "section {}", index + 1);

        // From anywhere in the section, Ctrl+J goes to the first unanswered
        // question: one keystroke.
        let work = harness.work().clone();
        let first_unanswered = section
            .prompts
            .iter()
            .position(|p| !is_answered(p, &work.answer(&p.id)))
            .expect("nothing is answered yet");
        harness.key_press_modifiers(Modifiers::COMMAND, Key::J);
        harness.run();
        let (_, group, rect) = focused(&harness).expect("focus");
        let prompt = &section.prompts[first_unanswered];
        assert_eq!(
            group.as_deref(),
            Some(question_name(first_unanswered + 1, prompt).as_str())
        );
        assert!(visible.contains_rect(rect));
        report.push(format!(
            "section {:2}: {} questions reached by Tab; first unanswered question: 1 keystroke (Ctrl+J)",
            index + 1,
            reached.len()
        ));
    }
    println!("{}", report.join("\n"));
}

#[test]
fn f6_moves_between_the_parts_of_the_screen() {
    let (mut harness, lesson) = open_bundled_as(SCREEN, "Lee");
    let first = &lesson.sections[0];
    let focus_label = |harness: &TestApp| focused(harness).map(|(label, group, _)| (label, group));
    assert_eq!(focus_label(&harness), Some((first.title.clone(), None)));
    // Reading → questions: the first question, one keystroke.
    harness.key_press(Key::F6);
    harness.run();
    let question = format!("Question 1: {}", first.prompts[0].text);
    assert_eq!(focus_label(&harness).and_then(|(_, g)| g), Some(question));
    // → notes → outline → reading, and Shift+F6 back.
    harness.key_press(Key::F6);
    harness.run();
    let (label, _) = focus_label(&harness).expect("focus");
    assert_eq!(label, format!("Notes on “{}”", first.title));
    harness.key_press(Key::F6);
    harness.run();
    let (label, _) = focus_label(&harness).expect("focus");
    assert!(label.starts_with(&format!("1. {}", first.title)), "{label}");
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F6);
    harness.run();
    let (label, _) = focus_label(&harness).expect("focus");
    assert_eq!(label, format!("Notes on “{}”", first.title));
}

#[test]
fn page_down_scrolls_the_reading_column_when_no_text_box_is_focused() {
    let (mut harness, lesson) = open_bundled_as(SCREEN, "Mo");
    let heading = lesson.sections[0].title.clone();
    harness.key_press(Key::Home);
    harness.run();
    let top = harness.get_by_label(&heading).rect().top();
    harness.key_press(Key::PageDown);
    harness.run();
    let after = harness.get_by_label(&heading).rect().top();
    assert!(
        after < top - 200.0,
        "the column did not scroll: {top} → {after}"
    );
    harness.key_press(Key::Home);
    harness.run();
    let back = harness.get_by_label(&heading).rect().top();
    assert!(
        (back - top).abs() < 2.0,
        "Home goes back to the top: {top} → {back}"
    );
}

#[test]
fn a_radio_group_is_one_tab_stop_and_letters_never_change_the_answer() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Ned");
    // Question 3 is single choice: its group takes the keyboard.
    focus_radio_group(&mut harness, "Question 3:");
    harness.key_press(Key::ArrowDown);
    harness.run();
    let chosen = |harness: &TestApp| harness.work().answer("q-choice").chosen;
    assert_eq!(chosen(&harness), [0]);
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(chosen(&harness), [1]);
    // Letters and Space do nothing to a chosen answer.
    harness.event(egui::Event::Text("a b".into()));
    harness.key_press(Key::Space);
    harness.run();
    assert_eq!(chosen(&harness), [1]);
    // One Tab leaves the group for the next question.
    harness.key_press(Key::Tab);
    harness.run();
    let (_, group, _) = focused(&harness).expect("focus");
    assert!(group.expect("in a question").starts_with("Question 4:"));
}

/// A screen reader finds every question of a long section, even far below
/// the fold on a small screen: each is a group named with its question, and
/// the answer widget inside it is named too.
#[test]
fn every_question_of_a_long_section_is_in_the_accessibility_tree_in_its_group() {
    let (mut harness, lesson) = open_bundled_as([1024.0, 600.0], "Noa");
    let (longest, section) = lesson
        .sections
        .iter()
        .enumerate()
        .max_by_key(|(_, s)| s.prompts.len() * 1000 + s.passages.len())
        .expect("sections");
    for _ in 0..longest {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
        harness.run();
    }
    for (i, prompt) in section.prompts.iter().enumerate() {
        let name = question_name(i + 1, prompt);
        let groups: Vec<_> = harness.query_all_by_label(&name).collect();
        assert!(!groups.is_empty(), "no group named {name:?}");
        let inputs = [
            egui::accesskit::Role::TextInput,
            egui::accesskit::Role::MultilineTextInput,
            egui::accesskit::Role::RadioGroup,
            egui::accesskit::Role::CheckBox,
            egui::accesskit::Role::ComboBox,
        ];
        let answer = harness.query_all(egui_kittest::kittest::By::new().predicate(|n| {
            inputs.contains(&n.role())
                && n.label().is_some_and(|l| !l.is_empty())
                && std::iter::successors(n.parent(), |p| p.parent())
                    .any(|p| p.label().as_deref() == Some(name.as_str()))
        }));
        assert!(
            answer.count() > 0,
            "{name:?} has no named answer widget inside it"
        );
    }
    // Every passage of the section is there too.
    for passage in &section.passages {
        let first_words: String = passage
            .text
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            harness
                .query_all(egui_kittest::kittest::By::new().predicate(|n| {
                    n.label().is_some_and(|l| l.contains(&first_words))
                        || n.value().is_some_and(|v| v.contains(&first_words))
                }))
                .count()
                > 0,
            "passage {} is not in the tree",
            passage.id
        );
    }
}

/// Esc while choosing words to highlight puts the keyboard back on the
/// passage's "Highlight…" button, not nowhere.
#[test]
fn esc_while_highlighting_returns_the_keyboard_to_the_passage() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Ola");
    harness
        .get_by_label("Highlight words in Narrator: “A survey found that most…”")
        .click();
    harness.run();
    assert!(
        harness
            .get_by_label_contains("Words to highlight")
            .is_focused()
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert!(
        harness
            .get_by_label("Highlight words in Narrator: “A survey found that most…”")
            .is_focused()
    );
}

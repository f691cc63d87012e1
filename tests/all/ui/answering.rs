//! Answering every kind of prompt, hints, the glossary, theme and text size,
//! and random input.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use closereader::ui::theme::ThemeChoice;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness::*;
use crate::common::builders::{WorkBuilder, written};

#[test]
fn a_student_answers_one_prompt_of_every_kind_and_writes_notes() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Amira");
    assert_eq!(harness.state().open_lesson(), Some(("template", 0)));
    assert_shown(&harness, "0 of 6 answered");

    type_into(
        &mut harness,
        "What is the narrator's main claim? What makes you say that?",
        "Trust is falling.",
    );
    type_into(
        &mut harness,
        "Who ran the survey, according to the report?",
        "Nobody says",
    );
    harness.get_by_label("An opinion").click();
    harness.run();
    harness.get_by_label("shocking").click();
    harness.run();
    harness.get_by_label("collapse").click();
    harness.run();
    harness.get_by_label("4 on a scale of 1 to 5").click();
    harness.run();
    // Open, short, choice and choices are answered; the rating still needs its justification.
    assert_shown(&harness, "4 of 6 answered");
    type_into(
        &mut harness,
        "Why did you choose this number? (needed for question 5)",
        "It is one quote.",
    );
    type_into(
        &mut harness,
        "Quote the words that show the expert's opinion.",
        "“shocking collapse”",
    );
    type_into(
        &mut harness,
        "Notes on “The first claim”",
        "Who paid for the survey?",
    );
    type_into(
        &mut harness,
        "Notebook (whole lesson)",
        "Look up the survey.",
    );
    assert_shown(&harness, "6 of 6 answered");

    let work = harness.work();
    let answer = |id: &str| work.answers.get(id).cloned().unwrap_or_default();
    assert_eq!(answer("q-open").text, "Trust is falling.");
    assert_eq!(answer("q-short").text, "Nobody says");
    assert_eq!(answer("q-choice").chosen, [1]);
    assert_eq!(answer("q-choices").chosen, [1, 2]);
    assert_eq!(
        (answer("q-rating").rating, answer("q-rating").text.as_str()),
        (Some(4), "It is one quote.")
    );
    assert_eq!(answer("q-evidence").text, "“shocking collapse”");
    assert_eq!(work.section_note("first"), "Who paid for the survey?");
    assert_eq!(work.notebook, "Look up the survey.");
}

#[test]
fn glossary_definitions_show_on_keyboard_focus_in_any_script() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Chen");
    harness.get_by_label("society").focus();
    harness.run();
    // The definition names the term in Chinese: the bundled font must have it,
    // or the missing-glyph check fails this test.
    harness.get_by_label_contains("社会 (shèhuì): Chinese for");
}

#[test]
fn theme_and_text_size_change_and_are_remembered_in_settings() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Dana");
    choose_in_list(&mut harness, "Theme", "High contrast");
    assert_eq!(harness.state().settings().theme, ThemeChoice::HighContrast);
    assert!(harness.ctx.global_style().visuals.dark_mode);
    choose_in_list(&mut harness, "Theme", "Light");
    assert!(!harness.ctx.global_style().visuals.dark_mode);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    harness.run();
    assert_eq!(harness.state().settings().text_scale, 1.1);
    harness.get_by_label("Bigger text").click();
    harness.run();
    assert_eq!(harness.state().settings().text_scale, 1.2);
    let body = harness.ctx.global_style().text_styles[&egui::TextStyle::Body].size;
    assert!((body - 17.0 * 1.2).abs() < 0.01, "{body}");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.run();
    assert_eq!(harness.state().settings().text_scale, 1.1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert_eq!(harness.state().settings().text_scale, 1.0);
    assert_eq!(harness.state().settings().recent_names, ["Dana"]);
}

#[test]
fn hints_show_on_request() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Eli");
    assert!(
        harness
            .query_by_label("Hint: Look at the first passage.")
            .is_none()
    );
    harness.get_by_label("Show hint for question 1").click();
    harness.run();
    harness.get_by_label("Hint: Look at the first passage.");
    harness.get_by_label("Hide hint for question 1").click();
    harness.run();
    assert!(
        harness
            .query_by_label("Hint: Look at the first passage.")
            .is_none()
    );
}

#[test]
fn random_input_never_panics() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Ivy");
    // A fixed-seed monkey: clicks, keys and text anywhere on screen.
    let mut seed: u64 = 0x5eed;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let keys = [
        Key::Tab,
        Key::Enter,
        Key::Space,
        Key::Escape,
        Key::ArrowDown,
        Key::ArrowUp,
        Key::PageDown,
        Key::Backspace,
    ];
    for _ in 0..300 {
        match next() % 4 {
            0 => {
                let pos = egui::pos2((next() % 1280) as f32, (next() % 2400) as f32);
                harness.hover_at(pos);
                harness.event(egui::Event::PointerButton {
                    pos,
                    button: egui::PointerButton::Primary,
                    pressed: true,
                    modifiers: Modifiers::NONE,
                });
                harness.event(egui::Event::PointerButton {
                    pos,
                    button: egui::PointerButton::Primary,
                    pressed: false,
                    modifiers: Modifiers::NONE,
                });
            }
            1 => harness.key_press(keys[(next() % keys.len() as u64) as usize]),
            2 => harness.event(egui::Event::Text("é社\"<b>\u{202e}\n".into())),
            _ => harness.key_press_modifiers(
                Modifiers::COMMAND,
                [Key::PageDown, Key::PageUp, Key::Equals, Key::Minus][(next() % 4) as usize],
            ),
        }
        harness.step();
    }
    harness.run();
}

#[test]
fn answers_to_removed_prompts_are_kept_and_shown() {
    let mut harness = harness_with_template();
    let store = harness.store();
    let file = WorkBuilder::new()
        .answer("q-gone", written("An old answer"))
        .lesson_hash("old")
        .file("template", "Mo");
    store.save(&file, false).expect("save");
    continue_template_as(&mut harness, "Mo");
    harness.get_by_label("No longer in the lesson");
    harness.get_by_label("q-gone: An old answer");
}

/// A glossary term in a question is explained there too, from the keyboard.
#[test]
fn glossary_terms_in_questions_are_explained() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Ian");
    // "survey" is in a passage and in question 2.
    harness.get_by_label("Words explained:");
    let links: Vec<_> = harness
        .query_all_by_label("survey")
        .filter(|n| n.accesskit_node().role() == egui::accesskit::Role::Link)
        .collect();
    assert!(links.len() >= 2, "the question's term is a link too");
    links.last().expect("link").focus();
    harness.run();
    harness.get_by_label_contains("survey: Asking many people the same questions.");
}

#[test]
fn an_optional_question_is_marked_and_counts_only_once_answered() {
    let lessons = tempfile::tempdir().expect("temp dir");
    let template = std::fs::read_to_string(lessons_dir().join("template.ron")).expect("read");
    let optional = template.replace(
        r#"Short(id: "q-short", text: "Who ran the survey, according to the report?")"#,
        r#"Short(id: "q-short", text: "Who ran the survey, according to the report?", optional: true)"#,
    );
    assert_ne!(
        optional, template,
        "the template's short question is where it was"
    );
    std::fs::write(lessons.path().join("template.ron"), optional).expect("write");
    let mut harness = harness_with(
        closereader::ui::AppOptions {
            lessons_dirs: vec![lessons.path().to_path_buf()],
            ..Default::default()
        },
        [1280.0, 2400.0],
    );
    open_template_as(&mut harness, "Ola");
    assert_shown(&harness, "Question 2 · Short answer · Optional");
    // Five questions to answer; the optional one is not owed.
    assert_shown(&harness, "0 of 5 answered");
    type_into(
        &mut harness,
        "Who ran the survey, according to the report?",
        "Nobody says",
    );
    // Answering it does not move the goal: it is counted apart.
    assert_shown(&harness, "0 of 5 answered · 1 optional");
}

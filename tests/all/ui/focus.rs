//! Focus is never lost: every dialog, menu, list and message closes each
//! way it can, and the keyboard is on a named widget afterwards (what
//! opened it); typed text after Ctrl+J goes into the answer.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use closereader::ui::{AppOptions, Settings};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness::*;
use super::small_screen::{LARGEST, NETBOOK};

const MENU: &str = "Menu: text size, theme, reading settings, saving, earlier copies, export";

/// The focused widget's name (it must have one).
fn focus_name(harness: &TestApp) -> String {
    let node = harness
        .query_by(|n| n.is_focused())
        .expect("the keyboard is somewhere");
    let name = node.accesskit_node().label().unwrap_or_default();
    assert!(!name.is_empty(), "the focused widget has no name: {node:?}");
    name
}

/// Every dialog on screen fits inside the netbook's window.
fn assert_dialogs_fit(harness: &TestApp, what: &str) {
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, NETBOOK.into()).expand(1.0);
    let dialogs: Vec<egui::Rect> = harness
        // Named: the dialog itself (egui's modal layer around it is an
        // unnamed dialog node of its own, with no bounds).
        .query_all_by(|n| n.role() == egui::accesskit::Role::Dialog && n.label().is_some())
        .map(|n| n.rect())
        .collect();
    assert!(!dialogs.is_empty(), "{what}: a dialog is open");
    for rect in dialogs {
        assert!(
            window.contains_rect(rect),
            "{what}: the dialog is at {rect:?}"
        );
    }
}

/// Presses `key` and runs the app.
fn press(harness: &mut TestApp, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// Presses Tab until `label` has the keyboard, then Enter.
fn tab_and_enter(harness: &mut TestApp, label: &str) {
    tab_to(harness, label);
    press(harness, Key::Enter);
}

/// The bundled lesson on a netbook at the largest text, exporting into `dir`.
fn netbook(dir: &std::path::Path) -> TestApp {
    let settings = Settings {
        text_scale: LARGEST,
        ..Settings::default()
    };
    let options = AppOptions {
        export_dir: Some(dir.to_path_buf()),
        ..AppOptions::default()
    };
    let mut harness = harness_with_settings(options, settings, NETBOOK);
    type_name(&mut harness, "Ida");
    press(&mut harness, Key::Enter);
    press(&mut harness, Key::Enter);
    harness
}

#[test]
fn every_dialog_menu_list_and_message_gives_the_keyboard_back() {
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = netbook(exports.path());
    let title = "How the video opens";
    assert_eq!(focus_name(&harness), title);

    // Export, opened with Ctrl+E: Esc, Cancel and Save… each give the
    // keyboard back to the section's title.
    for close in [None, Some("Cancel"), Some("Save…")] {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
        harness.run();
        assert!(focus_name(&harness).starts_with("Format ("), "{close:?}");
        assert_dialogs_fit(&harness, "Export");
        match close {
            None => press(&mut harness, Key::Escape),
            Some(button) => tab_and_enter(&mut harness, button),
        }
        assert!(harness.query_by_label("Export your work").is_none());
        assert_eq!(focus_name(&harness), title, "after {close:?}");
    }
    assert_eq!(std::fs::read_dir(exports.path()).unwrap().count(), 1);

    // The message says where the file went; OK dismisses it and the
    // keyboard goes back to where it was before OK.
    let said = harness.state().message().expect("a message").to_owned();
    let strip = harness.get_by_label(&said);
    assert_eq!(
        strip.accesskit_node().live(),
        egui::accesskit::Live::Polite,
        "a screen reader says it"
    );
    tab_to(&mut harness, "OK");
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().message(), None);
    let after_ok = focus_name(&harness);
    assert_ne!(after_ok, "OK");

    // The top bar's menu: Enter opens it on its first entry, Esc closes it
    // back onto the menu button.
    harness.get_by_label(MENU).focus();
    harness.run();
    press(&mut harness, Key::Enter);
    assert_eq!(focus_name(&harness), "Export…");
    harness.get_by_label("Smaller text");
    press(&mut harness, Key::Escape);
    assert_eq!(focus_name(&harness), MENU);
    assert!(harness.query_by_label("Smaller text").is_none(), "closed");

    // From the menu: Reading… (Close and Esc), Earlier copies… (Esc) and
    // Export… (Esc) each give the keyboard back to the menu button.
    for (entry, close) in [
        ("Reading…", Some("Close")),
        ("Reading…", None),
        ("Earlier copies…", Some("Close")),
        ("Earlier copies…", None),
        ("Export…", Some("Cancel")),
        ("Export…", None),
    ] {
        press(&mut harness, Key::Enter);
        tab_and_enter(&mut harness, entry);
        assert!(harness.query_by_label("Smaller text").is_none(), "{entry}");
        assert_dialogs_fit(&harness, entry);
        match close {
            None => press(&mut harness, Key::Escape),
            Some(button) => tab_and_enter(&mut harness, button),
        }
        assert_eq!(focus_name(&harness), MENU, "after {entry} {close:?}");
    }
}

#[test]
fn a_drop_down_list_keeps_the_keyboard_and_esc_changes_nothing() {
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = netbook(exports.path());
    for _ in 0..2 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
        harness.run();
    }
    let list = "Passage you cite";
    list_button(&harness, list).focus();
    harness.run();
    assert_eq!(
        list_button(&harness, list)
            .accesskit_node()
            .value()
            .as_deref(),
        Some("Choose a passage…"),
        "the list says its value"
    );
    // Space opens it on its first option; ↓ moves; Esc closes it without
    // choosing, back on its button.
    press(&mut harness, Key::Space);
    let options: Vec<String> = harness
        .query_all_by(|n| n.role() == egui::accesskit::Role::ListBoxOption)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(options.len() > 3, "{options:?}");
    assert_eq!(focus_name(&harness), options[0]);
    press(&mut harness, Key::ArrowDown);
    assert_eq!(focus_name(&harness), options[1]);
    press(&mut harness, Key::Escape);
    assert_eq!(focus_name(&harness), list);
    assert!(harness.work().answer("penalties-trace").cited.is_empty());
    // Enter chooses and closes. The list fits the window's width (long
    // options wrap), and the option the keyboard is on is in view.
    press(&mut harness, Key::Enter);
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, NETBOOK.into()).expand(1.0);
    for option in harness.query_all_by(|n| n.role() == egui::accesskit::Role::ListBoxOption) {
        let rect = option.rect();
        assert!(
            window.x_range().contains(rect.left()) && window.x_range().contains(rect.right()),
            "{rect:?}"
        );
    }
    for _ in 0..options.len() {
        let focused = harness.query_by(|n| n.is_focused()).expect("focus").rect();
        assert!(window.contains_rect(focused), "{focused:?}");
        press(&mut harness, Key::ArrowDown);
    }
    press(&mut harness, Key::Home);
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::Enter);
    assert_eq!(focus_name(&harness), list);
    assert_eq!(harness.work().answer("penalties-trace").cited.len(), 1);
    assert_eq!(
        list_button(&harness, list).accesskit_node().value(),
        Some(options[1].clone())
    );
}

/// Ctrl+J puts the keyboard in the answer's text box, not on a passage
/// list or a cite check box: what is typed next is in the answer.
#[test]
fn words_typed_after_ctrl_j_go_into_the_answer() {
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = netbook(exports.path());
    for _ in 0..2 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
        harness.run();
    }
    // A highlight in the section, so there are cite check boxes.
    harness
        .query_all_by(|n| {
            n.label()
                .is_some_and(|l| l.starts_with("Highlight words in "))
        })
        .next()
        .expect("the section's first passage")
        .focus();
    harness.run();
    press(&mut harness, Key::Enter);
    press(&mut harness, Key::Num1);
    assert_eq!(harness.work().highlights.len(), 1);
    // Said as it happens (the focused words say nothing new).
    let said = harness.state().message().expect("told").to_owned();
    assert!(said.contains("” highlighted as "), "{said}");
    assert_eq!(
        harness.get_by_label(&said).accesskit_node().live(),
        egui::accesskit::Live::Polite
    );
    // The first question answered: Ctrl+J goes to the claim trace.
    focus_radio_group(&mut harness, "Question 1:");
    press(&mut harness, Key::ArrowDown);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::J);
    harness.run();
    harness.event(egui::Event::Text("The card says flight bans".into()));
    harness.run();
    let answer = harness.work().answer("penalties-trace");
    assert_eq!(answer.text, "The card says flight bans");
    assert!(answer.highlights.is_empty(), "no citation was toggled");
    assert!(answer.cited.is_empty());
}

/// What a screen reader is told beyond names: the window's name, a rating
/// scale's meaning, a glossary term's definition.
#[test]
fn the_window_the_rating_scale_and_glossary_terms_say_what_they_mean() {
    let mut harness = harness_with_template();
    assert_eq!(
        harness.root().accesskit_node().label().as_deref(),
        Some("Close Reader")
    );
    open_template_as(&mut harness, "Ros");
    assert_eq!(
        harness.root().accesskit_node().label().as_deref(),
        Some("Lesson template: copy me – Close Reader")
    );
    let rating = harness
        .query_by(|n| {
            n.role() == egui::accesskit::Role::RadioGroup
                && n.label()
                    .is_some_and(|l| l.contains("How well does the expert"))
        })
        .expect("the rating");
    assert_eq!(
        rating.accesskit_node().description().as_deref(),
        Some("1 = Not at all   ·   5 = Completely")
    );
    let term = harness
        .query_all_by(|n| n.role() == egui::accesskit::Role::Link)
        .next()
        .expect("a glossary term");
    let definition = term.accesskit_node().description().unwrap_or_default();
    assert!(definition.contains(':'), "{definition:?}");
}

/// The start screen counts questions as the lesson's progress does:
/// optional ones apart (it said "36 questions" of a lesson that said
/// "0 of 31 answered").
#[test]
fn the_start_screen_counts_questions_as_the_lesson_does() {
    let harness = harness_with(AppOptions::default(), [1280.0, 900.0]);
    harness.get_by_label_contains("14 sections, 28 questions · 10 optional");
}

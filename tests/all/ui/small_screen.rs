//! A netbook's screen (1024×600) at the largest text size: the top bar is
//! one row, Tab and F6 reach every section and every question, and
//! whatever has the keyboard is inside the window.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use closereader::ui::{AppOptions, Settings};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use super::harness::*;

/// A netbook's screen.
pub const NETBOOK: [f32; 2] = [1024.0, 600.0];

/// The largest text size.
pub const LARGEST: f32 = 2.0;

/// The app on a netbook at the largest text, the bundled lesson open.
pub fn netbook_at_largest_text(
    name: &str,
) -> (TestApp, std::sync::Arc<closereader::lesson::Lesson>) {
    let settings = Settings {
        text_scale: LARGEST,
        ..Settings::default()
    };
    let mut harness = harness_with_settings(AppOptions::default(), settings, NETBOOK);
    // As a keyboard user: the name, Enter (the keyboard moves to the first
    // lesson's Start button, scrolled into view), Enter.
    type_name(&mut harness, name);
    harness.key_press(Key::Enter);
    harness.run();
    let start = "Start: Reading a Video Closely: China’s Social Credit System";
    let button = harness.get_by_label(start);
    assert!(
        button.is_focused(),
        "Enter in the name box moves on to Start"
    );
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, NETBOOK.into());
    assert!(
        window.contains_rect(button.rect()),
        "Start is on screen: {:?}",
        button.rect()
    );
    harness.key_press(Key::Enter);
    harness.run();
    let lesson = harness.state().library()[0]
        .lesson
        .clone()
        .expect("the bundled lesson");
    (harness, lesson)
}

/// The top bar is one row: "← Lessons", the menu and "Hand in" side by side.
fn assert_top_bar_is_one_row(harness: &TestApp) {
    let lessons = harness.get_by_label("← Lessons").rect();
    let hand_in = harness.get_by_label("Hand in").rect();
    let menu = harness
        .get_by_label("Menu: text size, theme, reading settings, saving, earlier copies, export")
        .rect();
    for (what, rect) in [("Hand in", hand_in), ("the menu", menu)] {
        assert!(
            (rect.center().y - lessons.center().y).abs() < 2.0,
            "{what} is on another row: {rect:?}, ← Lessons at {lessons:?}"
        );
    }
    assert!(
        lessons.bottom() < NETBOOK[1] * 0.15,
        "the bar is {lessons:?}"
    );
}

#[test]
fn on_a_netbook_at_the_largest_text_tab_and_f6_reach_everything_on_screen() {
    let (mut harness, lesson) = netbook_at_largest_text("Kay");
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, NETBOOK.into()).expand(1.0);
    assert_top_bar_is_one_row(&harness);

    // The outline, by F6 then Tab: every section, each on screen when focused.
    for _ in 0..3 {
        harness.key_press(Key::F6);
        harness.run();
        if focused(&harness).is_some_and(|(l, _, _)| l.starts_with("1. ")) {
            break;
        }
    }
    for (index, section) in lesson.sections.iter().enumerate() {
        let (label, _, rect) = focused(&harness).expect("focus in the outline");
        assert!(
            label.starts_with(&format!("{}. {}", index + 1, section.title)),
            "{label}"
        );
        assert!(
            window.contains_rect(rect),
            "{label:?} at {rect:?}, off screen"
        );
        harness.key_press(Key::Tab);
        harness.run();
    }

    // Every question of every section, by Tab, on screen.
    let mut report = Vec::new();
    for (index, section) in lesson.sections.iter().enumerate() {
        // F6 from the outline goes to the section's title; Ctrl+Page Down
        // to the next section's.
        if index > 0 {
            harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
        } else {
            harness.key_press(Key::F6);
        }
        harness.run();
        let (label, _, _) = focused(&harness).expect("focus after opening the section");
        assert_eq!(label, section.title, "section {}", index + 1);
        assert_top_bar_is_one_row(&harness);
        let reached = tab_through_section(&mut harness, window, index + 1);
        assert_eq!(
            reached.len(),
            section.prompts.len(),
            "section {}",
            index + 1
        );
        report.push(format!(
            "section {:2}: {} questions reached by Tab at 1024×600, text ×2",
            index + 1,
            reached.len()
        ));
    }
    println!("{}", report.join("\n"));
}

//! Reading supports: reading aloud through the computer's speech engine (a
//! fake one here, a script that writes down what it is asked to say) and
//! the reading settings.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use closereader::ui::AppOptions;
use egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness::*;

/// A fake `espeak-ng` in `dir` that writes its arguments to a log, one line
/// per utterance, then waits `seconds`. Returns the log's path.
#[cfg(unix)]
fn fake_engine(dir: &Path, seconds: u32) -> PathBuf {
    use std::os::unix::fs::PermissionsExt as _;
    let log = dir.join("spoken.log");
    let script = dir.join("espeak-ng");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '{}'\nsleep {seconds}\n",
            log.display()
        ),
    )
    .expect("write");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    log
}

fn spoken(log: &Path) -> Vec<String> {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn harness_speaking_through(dir: &Path) -> TestApp {
    let options = AppOptions {
        lessons_dirs: vec![lessons_dir()],
        speech_search_path: Some(dir.as_os_str().to_owned()),
        ..AppOptions::default()
    };
    harness_with(options, [1280.0, 2400.0])
}

/// Waits for the engine to be found, then asks for the section to be read
/// from its first passage.
fn read_from_the_first_passage(harness: &mut TestApp) {
    let button = "Read the section aloud from Narrator: “A survey found that most…”";
    harness.run_until("the engine", |h| {
        h.query_by_label(button)
            .is_some_and(|n| !n.accesskit_node().is_disabled())
    });
    harness.get_by_label(button).click_accesskit();
    harness.run();
}

#[cfg(unix)]
#[test]
fn the_section_is_read_aloud_in_order_in_the_lessons_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let log = fake_engine(dir.path(), 0);
    let mut harness = harness_speaking_through(dir.path());
    open_template_as(&mut harness, "Rosa");
    let lesson = harness.state().lesson().expect("open").clone();
    let passages = &lesson.sections[0].passages;
    read_from_the_first_passage(&mut harness);
    harness.run_until("every passage", |_| spoken(&log).len() == passages.len());
    let expected: Vec<String> = passages
        .iter()
        .map(|p| format!("-v {} -s 170 -- {}", lesson.language, p.text))
        .collect();
    assert_eq!(spoken(&log), expected);
    harness.run_until("the end", |h| h.state().reading_aloud().is_none());
    // A question, on its own. Clicked as a screen reader clicks (by the
    // node, not by a point on screen): the reading column may still be
    // scrolling back from keeping the last passage in view, and a click at a
    // point taken from the frame before could miss the button.
    harness
        .get_by_label("Read question 2 aloud")
        .click_accesskit();
    harness.run();
    harness.run_until("the question", |_| spoken(&log).len() == passages.len() + 1);
    assert!(
        spoken(&log)
            .last()
            .expect("spoken")
            .ends_with(&lesson.sections[0].prompts[1].text)
    );
}

#[cfg(unix)]
#[test]
fn a_source_card_is_read_aloud_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let log = fake_engine(dir.path(), 0);
    let mut harness = harness_speaking_through(dir.path());
    open_template_as(&mut harness, "Sol");
    let lesson = harness.state().lesson().expect("open").clone();
    let card = lesson.document("who-ran-it").expect("the template's card");
    harness
        .get_by_label("Open source beside the transcript: Who ran the survey?")
        .click();
    harness.run();
    let button = "Read the source aloud from paragraph 1 of Who ran the survey?";
    harness.run_until("the engine", |h| {
        h.query_by_label(button)
            .is_some_and(|n| !n.accesskit_node().is_disabled())
    });
    harness.get_by_label(button).click_accesskit();
    harness.run();
    harness.run_until("the card", |_| spoken(&log).len() == card.paragraphs.len());
    // The lesson's own words are said to be so; a quotation is followed by
    // where it is quoted from (without its web address).
    let [words, quoted] = [0, 1].map(|i| card.paragraphs[i].text.as_str());
    let expected = [
        format!("This lesson’s words: {words}"),
        format!(
            "{quoted} … Quoted from Who wrote them, “The title of the work quoted”, \
             Who published the words, 1 May 2024."
        ),
    ]
    .map(|text| format!("-v {} -s 170 -- {text}", lesson.language));
    assert_eq!(spoken(&log), expected);
}

#[cfg(unix)]
#[test]
fn esc_stops_reading_aloud() {
    let dir = tempfile::tempdir().expect("temp dir");
    let log = fake_engine(dir.path(), 30);
    let mut harness = harness_speaking_through(dir.path());
    open_template_as(&mut harness, "Tao");
    read_from_the_first_passage(&mut harness);
    harness.run_until("the first passage", |h| {
        h.state().reading_aloud().is_some() && spoken(&log).len() == 1
    });
    harness.get_by_label_contains("Being read aloud");
    let button = "Read the section aloud from Narrator: “A survey found that most…”";
    harness.get_by_label(button).focus();
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().reading_aloud(), None);
    // Esc stops the reading, not the keyboard: it stays where it was.
    assert!(harness.get_by_label(button).is_focused());
    // The speech engine is a separate program: give it the moment it
    // would need to be started again, had Esc not stopped reading.
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(spoken(&log).len(), 1, "nothing more was read after Esc");
}

#[test]
fn without_a_speech_engine_the_buttons_say_why() {
    let empty = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_speaking_through(empty.path());
    open_template_as(&mut harness, "Uli");
    harness.run_until("the search", |h| {
        h.query_by_label("Read Narrator: “A survey found that most…” aloud")
            .is_some_and(|n| n.accesskit_node().is_disabled())
    });
    harness
        .get_by_label("Read Narrator: “A survey found that most…” aloud")
        .hover();
    harness.run();
    harness.get_by_label_contains("none was found: on Linux install espeak-ng");
}

#[test]
fn reading_settings_are_remembered_and_change_the_font() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Vera");
    harness.get_by_label("Reading…").click();
    harness.run();
    harness.get_by_label("Double").click();
    harness.run();
    harness.get_by_label("Wide").click();
    harness.run();
    harness
        .get_by_label(
            "Highly legible font (Atkinson Hyperlegible, made for readers with low vision)",
        )
        .click();
    harness.run();
    let reading = harness.state().settings().reading;
    assert_eq!(
        reading.line_spacing,
        closereader::ui::reading_settings::LineSpacing::Double
    );
    assert_eq!(
        reading.column,
        closereader::ui::reading_settings::ColumnWidth::Wide
    );
    assert!(reading.legible_font);
    harness.get_by_label("Close").click();
    harness.run();
    // The lesson still reads, in the new font (the glyph check is on).
    assert!(harness.query_all_by_label_contains("survey").count() >= 1);
}

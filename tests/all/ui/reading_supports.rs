//! Reading supports on every piece of lesson text: line spacing on
//! questions, options, hints and context notes; read aloud for a choice
//! question's options, a rating's scale, context notes and hints.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness::*;

/// The template's first question, its first option, its first passage's
/// context note and its first question's hint, as the screen shows them.
const QUESTION: &str = "What is the narrator's main claim? What makes you say that?";
const OPTION: &str = "A fact";
const NOTE: &str = "Context: The report does not say who ran the survey.";
const HINT: &str = "Hint: Look at the first passage.";

/// The height of the text labelled (or, for an option, named) `text`.
fn height(harness: &TestApp, text: &str) -> f32 {
    harness
        .query_all_by(|n| n.value().as_deref() == Some(text) || n.label().as_deref() == Some(text))
        .next()
        .unwrap_or_else(|| panic!("no {text:?}"))
        .rect()
        .height()
}

#[test]
fn double_spacing_reaches_questions_options_hints_and_notes() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Wen");
    harness.get_by_label("Show hint for question 1").click();
    harness.run();
    let texts = [QUESTION, OPTION, NOTE, HINT];
    let single: Vec<f32> = texts.iter().map(|t| height(&harness, t)).collect();
    harness.get_by_label("Reading…").click();
    harness.run();
    harness.get_by_label("Double").click();
    harness.run();
    harness.get_by_label("Close").click();
    harness.run();
    for (text, single) in texts.iter().zip(single) {
        let double = height(&harness, text);
        assert!(
            double > single * 1.7,
            "{text:?} is {double} high at double spacing, {single} at normal"
        );
    }
}

#[cfg(unix)]
mod aloud {
    use super::*;

    fn fake_engine(dir: &std::path::Path) -> std::path::PathBuf {
        use std::os::unix::fs::PermissionsExt as _;
        let log = dir.join("spoken.log");
        let script = dir.join("espeak-ng");
        let body = format!("#!/bin/sh\nprintf '%s\\n' \"$*\" >> '{}'\n", log.display());
        std::fs::write(&script, body).expect("write");
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        log
    }

    fn last_spoken(log: &std::path::Path) -> String {
        std::fs::read_to_string(log)
            .unwrap_or_default()
            .lines()
            .last()
            .unwrap_or_default()
            .to_owned()
    }

    /// Clicks `button` once the speech engine is found, and returns what
    /// was said.
    fn read(harness: &mut TestApp, log: &std::path::Path, button: &str) -> String {
        harness.run_until("the engine", |h| {
            h.query_by_label(button)
                .is_some_and(|n| !n.accesskit_node().is_disabled())
        });
        let before = last_spoken(log);
        harness.get_by_label(button).click_accesskit();
        harness.run();
        harness.run_until(button, |_| last_spoken(log) != before);
        last_spoken(log)
    }

    #[test]
    fn options_scales_notes_and_hints_are_read_aloud() {
        let dir = tempfile::tempdir().expect("temp dir");
        let log = fake_engine(dir.path());
        let options = closereader::ui::AppOptions {
            lessons_dirs: vec![lessons_dir()],
            speech_search_path: Some(dir.path().as_os_str().to_owned()),
            ..closereader::ui::AppOptions::default()
        };
        let mut harness = harness_with(options, [1280.0, 2400.0]);
        open_template_as(&mut harness, "Xia");
        let choice = read(&mut harness, &log, "Read question 3 aloud");
        assert!(
            choice.contains("a fact or an opinion? … The options: 1: A fact. 2: An opinion. 3: A claim without evidence."),
            "{choice}"
        );
        let rating = read(&mut harness, &log, "Read question 5 aloud");
        assert!(
            rating.contains("Answer on a scale from 1, Not at all, to 5, Completely."),
            "{rating}"
        );
        let note = read(
            &mut harness,
            &log,
            "Read the context note on Narrator: “A survey found that most…” aloud",
        );
        assert!(note.ends_with(NOTE), "{note}");
        harness.get_by_label("Show hint for question 1").click();
        harness.run();
        let hint = read(&mut harness, &log, "Read the hint for question 1 aloud");
        assert!(hint.ends_with(HINT), "{hint}");
    }
}

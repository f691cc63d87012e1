//! Handing work in from the window: to the folder on the command line or in
//! a classroom settings file, again after more work, and what the student
//! is told when the folder cannot be reached.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use closereader::class::hand_in::is_hand_in_name;
use closereader::ui::AppOptions;
use closereader::work::file::WorkFile;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness::*;
use crate::common::FakeDisk;

/// The one hand-in of `student` in `folder` (earlier ones are in history/).
fn handed_in_file(folder: &Path, student: &str) -> WorkFile {
    let paths: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("list")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| is_hand_in_name(&n.to_string_lossy(), "template", student))
        })
        .collect();
    assert_eq!(paths.len(), 1, "one hand-in in the folder: {paths:?}");
    WorkFile::parse(&std::fs::read(&paths[0]).expect("handed in")).expect("a work file")
}

/// The top bar's short text that starts with `start`, if any (the banner
/// says more, in sentences). Text is a label's value in the tree.
fn label_starting(harness: &TestApp, start: &str) -> Option<String> {
    harness
        .query_all_by(|n| {
            n.role() == egui::accesskit::Role::Label
                && n.value()
                    .is_some_and(|l| l.starts_with(start) && !l.ends_with('.'))
        })
        .find_map(|n| n.accesskit_node().value())
}

/// `student` opens the template, answers question 2 with `answer` and
/// presses "Hand in"; returns what they are told.
fn answer_and_hand_in(harness: &mut TestApp, student: &str, answer: &str) -> String {
    open_template_as(harness, student);
    type_into(
        harness,
        "Who ran the survey, according to the report?",
        answer,
    );
    harness.get_by_label("Hand in").click();
    harness.run();
    harness.state().message().expect("told").to_owned()
}

#[test]
fn a_student_hands_in_keeps_working_and_hands_in_again() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_handing_in_to(folder.path());
    let told = answer_and_hand_in(&mut harness, "Amira K.", "The city council");
    let first = handed_in_file(folder.path(), "Amira K.");
    assert_eq!(first.student, "Amira K.");
    assert!(
        first
            .work
            .answers
            .values()
            .any(|a| a.text == "The city council"),
        "{:?}",
        first.work.answers
    );
    assert!(told.starts_with("Handed in at "), "{told}");
    // Handing in with questions left is allowed, and said (a screen
    // reader hears it: the message is a live region).
    assert!(
        told.ends_with(
            "1 of 6 questions are answered so far: you can hand in again when you have done more."
        ),
        "{told}"
    );
    let said = harness.get_by_label(&told);
    assert_eq!(said.accesskit_node().live(), egui::accesskit::Live::Polite);
    let line = label_starting(&harness, "Handed in at ").expect("shown in the top bar");
    assert!(!line.contains("changed since"), "{line}");

    // More work: the top bar says the hand-in is behind.
    type_into(
        &mut harness,
        "Who ran the survey, according to the report?",
        " and a charity",
    );
    let line = label_starting(&harness, "Handed in at ").expect("still shown");
    assert!(line.ends_with("· changed since"), "{line}");

    // The shortcut hands in again; the first hand-in is kept in history/.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
    harness.run();
    let second = handed_in_file(folder.path(), "Amira K.");
    assert!(
        second
            .work
            .answers
            .values()
            .any(|a| a.text == "The city council and a charity"),
        "{:?}",
        second.work.answers
    );
    let history: Vec<PathBuf> = std::fs::read_dir(folder.path().join("history"))
        .expect("history kept")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(history.len(), 1, "{history:?}");
    harness.get_by_label("Hand in again");
    let line = label_starting(&harness, "Handed in at ").expect("shown");
    assert!(!line.contains("changed since"), "{line}");

    // Leaving the lesson and opening it again: the top bar still knows.
    reopen_template(&mut harness);
    let again = label_starting(&harness, "Handed in at ").expect("remembered");
    assert_eq!(again, line);
}

#[test]
fn an_unreachable_folder_is_said_in_words_and_a_copy_can_be_exported() {
    let exports = tempfile::tempdir().expect("temp dir");
    let missing = exports.path().join("share-not-connected");
    let mut harness = harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            hand_in_dir: Some(missing.clone()),
            export_dir: Some(exports.path().to_path_buf()),
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    );
    let told = answer_and_hand_in(&mut harness, "Ola", "Nobody");
    assert!(
        told.starts_with("Not handed in. The hand-in folder"),
        "{told}"
    );
    assert!(
        told.contains("cannot be reached") && told.contains("safe on this laptop"),
        "{told}"
    );
    assert!(!missing.exists(), "nothing made up");
    assert!(label_starting(&harness, "Handed in at").is_none());
    // The work is still on screen and saved here.
    assert_eq!(harness.work().answers.len(), 1);
    harness.get_by_label("Export a copy…").click();
    harness.run();
    let copies: Vec<PathBuf> = std::fs::read_dir(exports.path())
        .expect("list")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    let copy = WorkFile::parse(&std::fs::read(&copies[0]).expect("read")).expect("a work file");
    assert_eq!(copy.student, "Ola");
}

#[test]
fn a_read_only_folder_is_said_in_words_and_the_work_is_kept() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            hand_in_dir: Some(folder.path().to_path_buf()),
            disk: Some(std::sync::Arc::new(FakeDisk::failing(
                "write",
                std::io::ErrorKind::PermissionDenied,
            ))),
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    );
    let told = answer_and_hand_in(&mut harness, "Ola", "Nobody");
    assert!(
        told.starts_with("Not handed in. Your work could not be handed in to"),
        "{told}"
    );
    assert!(told.contains("permission"), "{told}");
    harness.get_by_label("Export a copy…");
    assert_eq!(harness.work().answers.len(), 1);
    assert_eq!(std::fs::read_dir(folder.path()).expect("list").count(), 0);
}

#[test]
fn the_classroom_settings_file_names_the_hand_in_folder() {
    let lessons = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        lessons_dir().join("template.ron"),
        lessons.path().join("template.ron"),
    )
    .expect("copy");
    std::fs::write(
        lessons.path().join("classroom.ron"),
        "// Rolled out by school IT\nClassroom(hand_in: \"hand-in\")\n",
    )
    .expect("write");
    std::fs::create_dir(lessons.path().join("hand-in")).expect("mkdir");
    let mut harness = harness_with(
        AppOptions {
            lessons_dirs: vec![lessons.path().to_path_buf()],
            classroom_dirs: vec![lessons.path().to_path_buf()],
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    );
    // The settings file is not listed as a (broken) lesson.
    assert_eq!(harness.state().library().len(), 2);
    open_template_as(&mut harness, "Wei");
    harness.get_by_label("Hand in").click();
    harness.run();
    assert_eq!(
        handed_in_file(&lessons.path().join("hand-in"), "Wei").student,
        "Wei"
    );
}

#[test]
fn without_a_hand_in_folder_the_student_is_told_what_to_do() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Ola");
    harness.get_by_label("Hand in").click();
    harness.run();
    let told = harness.state().message().expect("told").to_owned();
    assert!(
        told.starts_with("No hand-in folder is set up on this laptop"),
        "{told}"
    );
    harness.get_by_label("Export a copy…");
}

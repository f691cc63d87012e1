//! A network share that stops answering (a hung mount): the window keeps
//! drawing, gives up on the share after its timeout (on the app's clock,
//! moved by hand: no test waits for it), says so in words, and keeps what
//! the person had on screen.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use closereader::class::class_fs::SlowFs;
use closereader::ui::{AppOptions, Settings};
use egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness::*;
use crate::common::FakeDisk;
use crate::common::builders::{WorkBuilder, write_hand_in, write_work, written};

/// An app handing in to `share` (and looking for feedback there) through
/// `disk`.
fn handing_in_to(share: &Path, disk: FakeDisk) -> AppOptions {
    AppOptions {
        lessons_dirs: vec![lessons_dir()],
        hand_in_dir: Some(share.to_path_buf()),
        disk: Some(Arc::new(disk)),
        ..AppOptions::default()
    }
}

/// Draws frame after frame while the share says nothing, and the window
/// is still waiting for it (`why`).
fn draws_while_waiting(harness: &mut TestApp, why: &str) {
    for _ in 0..10 {
        harness.step();
    }
    assert!(harness.state().is_busy(), "{why}");
}

/// Lets `after` pass on the app's clock: the share is given up on and the
/// window is free. What the window says of it.
fn given_up_on(harness: &mut TestApp, after: Duration) -> String {
    harness.clock.advance(after);
    harness.step();
    harness.run();
    assert!(!harness.state().is_busy(), "still waiting");
    harness.state().message().expect("told").to_owned()
}

#[test]
fn a_class_folder_that_never_answers_is_given_up_on_and_the_window_keeps_drawing() {
    let class = tempfile::tempdir().expect("temp dir");
    let work = WorkBuilder::new()
        .answer("q-short", written("A charity"))
        .file("template", "Ben");
    write_work(&class.path().join("ben.ron"), &work);
    let mut harness = harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            no_file_windows: true,
            class_fs: Some(Arc::new(SlowFs::never_answering())),
            share_timeout: Some(Duration::from_secs(30)),
            ..AppOptions::default()
        },
        [1280.0, 1600.0],
    );
    harness.get_by_label("Class work…").click();
    harness.run();
    type_into(
        &mut harness,
        "Class folder path:",
        &class.path().display().to_string(),
    );
    harness.key_press(Key::Enter);
    draws_while_waiting(&mut harness, "the read is still waited for");
    assert!(shows(&harness, "Looking for work files…"));
    harness.clock.advance(Duration::from_secs(29));
    harness.step();
    assert!(shows(&harness, "Looking for work files…"));
    // Past the timeout: given up on, in words, and the window is free.
    harness.clock.advance(Duration::from_secs(1));
    harness.step();
    harness.run();
    assert!(!harness.state().is_busy());
    let all = texts(&harness);
    assert!(
        all.iter()
            .any(|t| t.contains("did not answer for 30 seconds")
                && t.contains("network share may be down")
                && t.contains("copy the work to this computer")),
        "{all:?}"
    );
    // The view still works: it can be closed with the keyboard's Tab and
    // buttons as ever.
    harness.get_by_label("Read the folder again");
}

#[test]
fn a_hand_in_folder_that_never_answers_is_given_up_on_and_the_work_is_kept() {
    let share = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_with(
        handing_in_to(share.path(), FakeDisk::hung_writing_to(share.path())),
        [1280.0, 2400.0],
    );
    open_template_as(&mut harness, "Ola");
    type_into(
        &mut harness,
        "Who ran the survey, according to the report?",
        "Nobody",
    );
    harness.get_by_label("Hand in").click();
    draws_while_waiting(&mut harness, "the hand-in is still waited for");
    let told = given_up_on(&mut harness, Duration::from_secs(20));
    assert!(
        told.starts_with("Not handed in.") && told.contains("did not answer for 20 seconds"),
        "{told}"
    );
    assert!(told.contains("safe on this laptop"), "{told}");
    assert_eq!(
        harness.work().answers.len(),
        1,
        "the work is still on screen"
    );
    // The button is back: the student can try again.
    harness.get_by_label("Hand in");
}

#[test]
fn a_lessons_folder_that_never_answers_is_given_up_on_and_the_bundled_lessons_stay() {
    let share = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_unsettled(
        AppOptions {
            lessons_dirs: vec![share.path().to_path_buf()],
            lessons_fs: Some(Arc::new(SlowFs::never_answering())),
            share_timeout: Some(Duration::from_secs(30)),
            ..AppOptions::default()
        },
        Settings::default(),
        [1280.0, 1600.0],
    );
    // The window draws frame after frame while the folder says nothing,
    // and the lessons built into the program can be started meanwhile.
    draws_while_waiting(&mut harness, "the folder is still waited for");
    harness.get_by_label("Start: Reading a Video Closely: China’s Social Credit System");
    harness.clock.advance(Duration::from_secs(29));
    harness.step();
    assert!(harness.state().message().is_none());
    // Past the timeout: given up on, in words, and the window is free.
    let told = given_up_on(&mut harness, Duration::from_secs(1));
    assert!(
        told.starts_with("A folder on the network did not answer for 30 seconds"),
        "{told}"
    );
    type_name(&mut harness, "Ola");
    harness
        .get_by_label("Start: Reading a Video Closely: China’s Social Credit System")
        .click();
    harness.run();
    assert!(harness.state().open_work().is_some(), "the lesson opened");
}

#[test]
fn a_feedback_save_the_share_never_answers_is_given_up_on_and_the_feedback_kept() {
    let share = tempfile::tempdir().expect("temp dir");
    let work = WorkBuilder::new()
        .answer("q-short", written("A charity"))
        .file("template", "Amira K.");
    write_hand_in(share.path(), &work);
    let mut teacher = harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            class_folder: Some(share.path().to_path_buf()),
            disk: Some(Arc::new(FakeDisk::hung_writing_to(share.path()))),
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    );
    teacher.get_by_label("By student").click();
    teacher.run();
    type_into(&mut teacher, "Overall feedback for Amira K.:", "See me.");
    // The save falls due and goes to the share, which says nothing: the
    // window draws frame after frame meanwhile.
    teacher.clock.advance(FEEDBACK_SAVED_WITHIN);
    draws_while_waiting(&mut teacher, "the save is still waited for");
    assert!(!texts(&teacher).iter().any(|t| t.contains("did not answer")));
    teacher.clock.advance(Duration::from_secs(20));
    for _ in 0..3 {
        teacher.step();
    }
    let all = texts(&teacher);
    assert!(
        all.iter().any(|t| t.starts_with("Feedback not saved:")
            && t.contains("did not answer for 20 seconds")
            && t.ends_with("Trying again…")),
        "{all:?}"
    );
    let field = teacher.get_by_label("Overall feedback for Amira K.:");
    assert_eq!(
        field.accesskit_node().value().as_deref(),
        Some("See me."),
        "the feedback is kept"
    );
}

#[test]
fn a_returned_check_the_share_never_answers_is_given_up_on_and_progress_still_shows() {
    let share = tempfile::tempdir().expect("temp dir");
    let mut student = harness_unsettled(
        handing_in_to(share.path(), FakeDisk::hung_reading_from(share.path())),
        Settings::default(),
        [1280.0, 2400.0],
    );
    // Work saved on this laptop earlier.
    let work = WorkBuilder::new()
        .answer("q-short", written("A charity"))
        .file("template", "Ola");
    student.store().save(&work, false).expect("saved");
    student.run();
    // The name typed: this laptop's progress is read, and the share is
    // asked whether the teacher has returned the lesson. It never answers.
    student.get_by_label("Who is working?").focus();
    student.run();
    student.get_by_label("Who is working?").type_text("Ola");
    draws_while_waiting(&mut student, "the share is still waited for");
    let told = given_up_on(&mut student, Duration::from_secs(20));
    assert!(
        told.starts_with("Could not check whether your teacher has returned your lessons")
            && told.contains("did not answer for 20 seconds"),
        "{told}"
    );
    // This laptop's own progress is shown all the same.
    student.get_by_label("Continue: Lesson template: copy me");
}

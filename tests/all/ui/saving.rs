//! Saving: on its own, before closing, on a full disk, and refusing to leave
//! when the work is not on disk.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use closereader::work::SaveStatus;
use egui_kittest::kittest::Queryable as _;

use super::harness::*;

#[test]
fn an_answer_typed_just_before_closing_is_on_disk() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Jo");
    type_into(
        &mut harness,
        "Who ran the survey, according to the report?",
        "Typed, then closed",
    );
    // What eframe does when the window closes: `on_exit` flushes.
    assert!(harness.state_mut().flush(), "every edit reached the disk");
    let store = harness.store();
    let key = closereader::work::WorkKey {
        lesson_id: "template".into(),
        student: "Jo".into(),
    };
    let bytes = std::fs::read(store.work_path(&key)).expect("the work file exists");
    let file = closereader::work::file::WorkFile::parse(&bytes).expect("it parses");
    assert_eq!(file.work.answer("q-short").text, "Typed, then closed");
    assert_eq!(file.student, "Jo");
    assert_eq!(file.lesson_id, "template");
}

#[test]
fn work_is_saved_on_its_own_and_comes_back_next_time() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Kim");
    type_into(&mut harness, "Notebook (whole lesson)", "Remember this");
    assert_shown(&harness, "Saving…");
    // Autosave starts within a second of the last edit, with no key pressed.
    harness.wait(closereader::work::session::AUTOSAVE_DELAY / 2);
    assert_shown(&harness, "Saving…");
    harness.wait(closereader::work::session::AUTOSAVE_DELAY / 2);
    // The save runs off the window's thread: wait for it, then for the
    // frame that shows it (the status can change after a frame is drawn).
    harness.run_until("the autosave", |h| {
        h.state().save_status() == Some(SaveStatus::Saved)
    });
    harness.run();
    assert_shown(&harness, "Saved");
    reopen_template(&mut harness);
    assert_eq!(harness.work().notebook, "Remember this");
}

#[test]
fn a_full_disk_is_shown_and_the_work_stays_on_screen() {
    let mut harness = harness_with_full_disk();
    open_template_as(&mut harness, "Lu");
    type_into(&mut harness, "Notebook (whole lesson)", "Do not lose me");
    assert!(!harness.state_mut().flush(), "nothing reached the disk");
    harness.run();
    assert_eq!(
        harness.state().save_status(),
        Some(SaveStatus::Failed("the disk is full".into()))
    );
    assert_shown(&harness, "Not saved: the disk is full");
    harness.get_by_label("Export a copy…");
    assert_eq!(harness.work().notebook, "Do not lose me");
}

#[test]
fn unsaved_work_keeps_the_lesson_and_the_window_open() {
    let mut harness = harness_with_full_disk();
    open_template_as(&mut harness, "Nia");
    type_into(&mut harness, "Notebook (whole lesson)", "Not on disk");
    harness.get_by_label("← Lessons").click();
    harness.run();
    assert_eq!(
        harness.state().open_lesson(),
        Some(("template", 0)),
        "leaving would lose the work"
    );
    assert!(
        harness
            .state()
            .message()
            .expect("told")
            .contains("not saved yet")
    );

    // Closing the window is cancelled once, with a warning.
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    let commands = &harness.output().viewport_output[&egui::ViewportId::ROOT].commands;
    assert!(
        commands.contains(&egui::ViewportCommand::CancelClose),
        "{commands:?}"
    );
    assert!(
        harness
            .state()
            .message()
            .expect("told")
            .contains("closing the window again quits")
    );
}

/// When the work cannot be saved, leaving is refused once with a warning;
/// leaving again leaves (the student chose to), and new typing re-arms the
/// warning.
#[test]
fn leaving_again_after_the_warning_leaves_and_new_typing_warns_again() {
    let mut harness = harness_with_full_disk();
    open_template_as(&mut harness, "Pia");
    type_into(&mut harness, "Notebook (whole lesson)", "Not on disk");
    harness.get_by_label("← Lessons").click();
    harness.run();
    assert_eq!(harness.state().open_lesson(), Some(("template", 0)));
    type_into(&mut harness, "Notebook (whole lesson)", " and more");
    harness.get_by_label("← Lessons").click();
    harness.run();
    assert_eq!(
        harness.state().open_lesson(),
        Some(("template", 0)),
        "typing after the warning warns again"
    );
    harness.get_by_label("← Lessons").click();
    harness.run();
    assert_eq!(
        harness.state().open_lesson(),
        None,
        "the second leave leaves"
    );
}

//! Typing never stops landing when a message appears: no banner or message
//! takes the keyboard from the text box being typed in. Each test types, has
//! the app show one of its messages (hand-in, conflict copy, saved
//! elsewhere, feedback kept aside, errors), and types on as a keyboard does
//! (to whatever has the focus); every character must land.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;

use closereader::ui::AppOptions;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use super::harness::*;
use crate::common::FakeDisk;
use crate::common::builders::{WorkBuilder, write_hand_in};

/// Types `text` as a keyboard does: into whatever has the focus, a space
/// as a key press too (a space with nothing focused scrolls the page).
fn keyboard_types(app: &mut TestApp, text: &str) {
    for c in text.chars() {
        if c == ' ' {
            app.key_press(Key::Space);
        }
        app.event(egui::Event::Text(c.to_string()));
        app.step();
    }
    app.run();
}

/// The text box labelled `label` has the keyboard.
fn has_focus(app: &TestApp, label: &str) -> bool {
    app.query_by_label(label).is_some_and(|n| n.is_focused())
}

/// Focuses `label`, types the first word, calls `show_message`, checks a
/// message is showing, types the rest; returns the box's text as the app
/// has it (via `read`).
fn type_through(
    app: &mut TestApp,
    label: &str,
    show_message: impl FnOnce(&mut TestApp),
    expected_message: &str,
) {
    app.get_by_label(label).focus();
    app.run();
    keyboard_types(app, "first");
    show_message(app);
    app.run();
    let message = app.state().message().unwrap_or_default().to_owned();
    assert!(
        message.contains(expected_message),
        "expected a message with {expected_message:?}, got {message:?}"
    );
    assert!(has_focus(app, label), "the message took the keyboard");
    keyboard_types(app, " second third");
    assert!(has_focus(app, label), "typing on lost the keyboard");
}

fn student(hand_in: Option<&Path>, disk: Option<Arc<FakeDisk>>) -> TestApp {
    harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            hand_in_dir: hand_in.map(Path::to_path_buf),
            disk: disk.map(|d| d as Arc<dyn closereader::work::disk::Disk>),
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    )
}

/// Ctrl+Shift+H: hand in.
fn hand_in_shortcut(app: &mut TestApp) {
    app.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
}

#[test]
fn handing_in_with_the_shortcut_never_swallows_typing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut app = student(Some(folder.path()), None);
    open_template_as(&mut app, "Amira K.");
    type_through(
        &mut app,
        "Notebook (whole lesson)",
        hand_in_shortcut,
        "Handed in at",
    );
    assert_eq!(app.work().notebook, "first second third");
}

#[test]
fn a_hand_in_that_fails_never_swallows_typing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let missing = folder.path().join("share-not-connected");
    let mut app = student(Some(&missing), None);
    open_template_as(&mut app, "Ben");
    let label = "Who ran the survey, according to the report?";
    type_through(&mut app, label, hand_in_shortcut, "Not handed in");
    assert!(
        app.work()
            .answers
            .values()
            .any(|a| a.text == "first second third"),
        "{:?}",
        app.work().answers
    );
    // And with no hand-in folder set up at all.
    let mut app = student(None, None);
    open_template_as(&mut app, "Cleo");
    type_through(
        &mut app,
        "Notebook (whole lesson)",
        hand_in_shortcut,
        "No hand-in folder is set up",
    );
    assert_eq!(app.work().notebook, "first second third");
}

#[test]
fn work_saved_as_a_separate_copy_never_swallows_typing() {
    let mut app = student(None, Some(Arc::new(FakeDisk::without_locks())));
    open_template_as(&mut app, "Dara");
    type_into(&mut app, "Notebook (whole lesson)", "mine");
    assert!(app.state_mut().flush(), "saved");
    // Another computer writes the same student's work meanwhile.
    let store = app.store();
    let key = closereader::work::WorkKey::new("template", "Dara");
    let mut theirs = store.peek(&key).expect("saved");
    theirs.notebook = "theirs".into();
    let file = closereader::work::file::WorkFile::new("template", "h", "Dara", theirs);
    std::fs::write(store.work_path(&key), file.to_text()).expect("write");
    type_through(
        &mut app,
        "Notebook (whole lesson)",
        |app| {
            // The next save finds the other version and keeps both.
            app.wait(std::time::Duration::from_millis(1_100));
        },
        "Nothing was overwritten",
    );
    assert_eq!(app.work().notebook, "minefirst second third");
}

#[test]
fn a_disk_that_fills_never_swallows_typing() {
    let mut app = harness_with_full_disk();
    open_template_as(&mut app, "Eli");
    let label = "Notebook (whole lesson)";
    app.get_by_label(label).focus();
    app.run();
    keyboard_types(&mut app, "first");
    app.wait(std::time::Duration::from_millis(1_100));
    assert_shown(&app, "Not saved: the disk is full");
    assert!(has_focus(&app, label));
    keyboard_types(&mut app, " second");
    assert_eq!(app.work().notebook, "first second");
}

#[test]
fn a_feedback_file_kept_aside_never_swallows_the_teacher_s_typing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let work = WorkBuilder::new().notebook("My notes");
    write_hand_in(folder.path(), &work.file("template", "Amira K."));
    let mut teacher = harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            class_folder: Some(folder.path().to_path_buf()),
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    );
    teacher.get_by_label("By student").click();
    teacher.run();
    let label = "Overall feedback for Amira K.:";
    // The teacher's own feedback file (named with their key, made as the
    // class view opened).
    let key = closereader::feedback::signing::TeacherKey::load(
        &closereader::work::disk::RealDisk,
        teacher.data.path(),
    )
    .expect("read")
    .expect("made");
    let path = folder
        .path()
        .join(closereader::feedback::keyed_feedback_file_name(
            "template",
            "Amira K.",
            &key.public(),
        ));
    teacher.get_by_label(label).focus();
    teacher.run();
    keyboard_types(&mut teacher, "first");
    // Something that is not feedback lands where it is saved; the next
    // save, while the teacher types, keeps it aside and says so.
    std::fs::write(&path, "(format: 2, garb").expect("write");
    keyboard_types(&mut teacher, " second");
    teacher.wait(std::time::Duration::from_millis(900));
    let message = teacher.state().message().unwrap_or_default().to_owned();
    assert!(message.contains("was kept as"), "{message}");
    assert!(has_focus(&teacher, label), "the message took the keyboard");
    keyboard_types(&mut teacher, " third");
    teacher.wait(std::time::Duration::from_millis(900));
    let saved =
        closereader::feedback::Feedback::parse(&std::fs::read(&path).expect("feedback saved"))
            .expect("feedback");
    assert_eq!(saved.overall(), "first second third");
}

/// Exporting from the keyboard: the export window takes the keyboard while
/// it is open (that is what it is for), and gives it back to the box when
/// it closes, with "Exported to …" showing: typing goes on where it left off.
#[test]
fn the_keyboard_comes_back_to_the_box_after_an_export() {
    let exports = tempfile::tempdir().expect("temp dir");
    let mut app = harness_exporting_to(exports.path());
    open_template_as(&mut app, "Fen");
    let label = "Notebook (whole lesson)";
    app.get_by_label(label).focus();
    app.run();
    keyboard_types(&mut app, "first");
    export_as(&mut app, "Plain text (.txt)", exports.path());
    let message = app.state().message().unwrap_or_default().to_owned();
    assert!(message.starts_with("Exported to"), "{message}");
    assert!(
        has_focus(&app, label),
        "the keyboard came back to the notebook"
    );
    keyboard_types(&mut app, " second");
    assert_eq!(app.work().notebook, "first second");
}

/// Two windows on one teacher's key both changing a comment: the merge is
/// said in a message, and the teacher's typing goes on landing.
#[test]
fn a_merge_with_another_window_never_swallows_the_teacher_s_typing() {
    let folder = tempfile::tempdir().expect("temp dir");
    write_hand_in(
        folder.path(),
        &WorkBuilder::new().file("template", "Amira K."),
    );
    let teacher = |folder: &Path| {
        let mut app = harness_with(
            AppOptions {
                lessons_dirs: vec![lessons_dir()],
                class_folder: Some(folder.to_path_buf()),
                ..AppOptions::default()
            },
            [1280.0, 2400.0],
        );
        app.get_by_label("By student").click();
        app.run();
        app
    };
    let label = "Overall feedback for Amira K.:";
    let mut first = teacher(folder.path());
    first.get_by_label(label).focus();
    first.run();
    keyboard_types(&mut first, "Mine.");
    first.wait(std::time::Duration::from_millis(900));
    // The same teacher's second window (their key copied across) opened
    // before that save, writing the same comment.
    let key = closereader::feedback::signing::key_path(first.data.path());
    let mut second = teacher(folder.path());
    let second_key = closereader::feedback::signing::key_path(second.data.path());
    std::fs::copy(&key, &second_key).expect("the same key");
    second.get_by_label(label).focus();
    second.run();
    keyboard_types(&mut second, "Theirs.");
    second.wait(std::time::Duration::from_millis(900));
    // The first window goes on typing; its save merges, and says so.
    keyboard_types(&mut first, " More");
    first.wait(std::time::Duration::from_millis(900));
    let message = first.state().message().unwrap_or_default().to_owned();
    assert!(message.contains("another window"), "{message}");
    assert!(has_focus(&first, label), "the message took the keyboard");
    keyboard_types(&mut first, " words.");
    first.wait(std::time::Duration::from_millis(900));
    let saved = closereader::feedback::find_feedback(
        &closereader::work::disk::RealDisk,
        &[folder.path().to_path_buf()],
        "template",
        "Amira K.",
        &[],
    )
    .expect("saved")
    .expect("feedback");
    let overall = saved.overall();
    assert_eq!(overall.matches("Mine. More words.").count(), 1, "{overall}");
    assert_eq!(overall.matches("Theirs.").count(), 1, "{overall}");
}

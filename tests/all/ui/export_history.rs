//! Exporting from the window, and bringing back an earlier copy.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use closereader::ui::AppOptions;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use super::harness::*;
use crate::common::builders::WorkBuilder;

#[test]
fn a_student_exports_their_work_from_the_app() {
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_exporting_to(exports.path());
    open_template_as(&mut harness, "Ola");
    type_into(
        &mut harness,
        "Who ran the survey, according to the report?",
        "<b>Nobody</b> says",
    );
    let file = export_as(
        &mut harness,
        "Web page (.html), prints cleanly",
        exports.path(),
    );
    let name = file
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    assert!(
        name.starts_with("template-Ola-") && name.ends_with(".html"),
        "{name}"
    );
    let html = std::fs::read_to_string(&file).expect("read");
    assert!(html.contains("&lt;b&gt;Nobody&lt;/b&gt; says"));
    assert!(
        harness
            .state()
            .message()
            .expect("told")
            .starts_with("Exported to ")
    );
    harness.get_by_label("Open folder");
    // The format is remembered for next time.
    assert_eq!(
        harness.state().settings().export_format,
        closereader::export::Format::Html
    );
}

#[test]
fn an_earlier_copy_can_be_brought_back_and_the_current_work_is_kept() {
    let mut harness = harness_with_template();
    let store = harness.store();
    let earlier = WorkBuilder::new().notebook("What I wrote first");
    store
        .save(&earlier.file("template", "Pat"), true)
        .expect("snapshot");
    continue_template_as(&mut harness, "Pat");
    harness.get_by_label("Notebook (whole lesson)").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Notebook (whole lesson)")
        .type_text("Rewritten");
    harness.run();
    assert_eq!(harness.work().notebook, "Rewritten");

    harness.get_by_label("Earlier copies…").click();
    harness.run();
    harness
        .get_by_label_contains("Bring back the copy from")
        .click();
    harness.run();
    assert_eq!(harness.work().notebook, "What I wrote first");
    assert!(
        harness
            .state()
            .message()
            .expect("told")
            .contains("The earlier copy is back")
    );
    // What was on screen before is now an earlier copy too.
    let key = closereader::work::WorkKey::new("template", "Pat");
    let kept: Vec<String> = store
        .snapshots(&key)
        .iter()
        .map(|s| store.read_snapshot(s).expect("read").work.notebook)
        .collect();
    assert!(kept.contains(&"Rewritten".to_owned()), "{kept:?}");
}

/// The export window offers a teacher's copy only in the teacher's view; a
/// student's window never does, so a student's export never has the keys.
#[test]
fn only_the_teachers_view_offers_a_teachers_copy() {
    let exports = tempfile::tempdir().expect("temp dir");
    let mut student = harness_exporting_to(exports.path());
    open_template_as(&mut student, "Sam");
    student.key_press_modifiers(Modifiers::COMMAND, Key::E);
    student.run();
    assert!(
        student
            .query_by_label("Teacher's copy (answer keys and teacher notes)")
            .is_none()
    );

    let teacher_exports = tempfile::tempdir().expect("temp dir");
    let options = AppOptions {
        lessons_dirs: vec![lessons_dir()],
        export_dir: Some(teacher_exports.path().to_path_buf()),
        teacher_view: true,
        ..AppOptions::default()
    };
    let mut teacher = harness_with(options, [1280.0, 2400.0]);
    open_template_as(&mut teacher, "Ms Lee");
    teacher.key_press_modifiers(Modifiers::COMMAND, Key::E);
    teacher.run();
    teacher
        .get_by_label("Teacher's copy (answer keys and teacher notes)")
        .click();
    teacher.run();
    teacher.get_by_label("Plain text (.txt)").click();
    teacher.run();
    teacher.get_by_label("Save…").click();
    teacher.run();
    let file = std::fs::read_dir(teacher_exports.path())
        .expect("list")
        .next()
        .expect("one file")
        .expect("entry")
        .path();
    let text = std::fs::read_to_string(file).expect("read");
    assert!(text.contains("Teacher's copy"), "{text}");
    assert!(text.contains("Answer key:"), "{text}");
}

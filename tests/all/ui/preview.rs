//! The live preview a teacher keeps open while writing a lesson.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use closereader::ui::AppOptions;
use egui_kittest::kittest::Queryable as _;

use super::harness::*;

/// Saves `text` as an editor that saves by rename does.
fn save_as_an_editor_does(path: &Path, text: &str) {
    let temp = path.with_extension("ron.tmp");
    std::fs::write(&temp, text).expect("write");
    std::fs::rename(&temp, path).expect("rename");
}

#[test]
fn a_previewed_lesson_reloads_on_save_and_keeps_the_last_good_version_when_broken() {
    let (_dir, path, template, mut harness) = preview_template([1280.0, 2400.0]);
    // The teacher's view: ids, keys and notes are on screen.
    harness.get_by_label_contains("Teacher's view · id: q-open");
    assert!(harness.query_all_by_label_contains("Answer key:").count() >= 1);
    assert!(harness.query_all_by_label_contains("Teacher note:").count() >= 1);

    // A save in the editor shows in the preview.
    let edited = template.replace("The first claim", "The claim, edited");
    save_as_an_editor_does(&path, &edited);
    harness.run_until("the edited title", |h| {
        h.query_by_label("The claim, edited").is_some()
    });

    // A broken save keeps the last good version on screen, under the messages.
    let broken = edited.replace("title: \"The claim, edited\",", "titel: \"Oops\",");
    save_as_an_editor_does(&path, &broken);
    let problems = wait_for_problems(&mut harness);
    assert!(
        problems[0].contains("my-lesson.ron:")
            && problems[0].contains("error: unknown field `titel`"),
        "{problems:?}"
    );
    harness.get_by_label_contains("error: unknown field `titel`");
    harness.get_by_label("The claim, edited");

    // Fixed: the messages go, the new version shows.
    save_as_an_editor_does(&path, &template);
    harness.run_until("the fix", |h| {
        h.state()
            .preview_problems()
            .is_some_and(<[String]>::is_empty)
    });
    harness.get_by_label("The first claim");
}

/// `--teacher-view` shows keys and notes in an ordinary lesson; without it
/// a student never sees them.
#[test]
fn the_teachers_view_is_only_there_when_asked_for() {
    let mut student = harness_with_template();
    open_template_as(&mut student, "Ada");
    assert_eq!(
        student.query_all_by_label_contains("Answer key:").count(),
        0
    );
    assert_eq!(
        student.query_all_by_label_contains("Teacher note:").count(),
        0
    );
    let options = AppOptions {
        lessons_dirs: vec![lessons_dir()],
        teacher_view: true,
        ..AppOptions::default()
    };
    let mut teacher = harness_with(options, [1280.0, 2400.0]);
    open_template_as(&mut teacher, "Ms Lee");
    assert!(teacher.query_all_by_label_contains("Answer key:").count() >= 1);
    teacher.get_by_label_contains("Teacher's view · id: q-open");
}

/// Waits for the preview's messages, and returns them.
fn wait_for_problems(harness: &mut TestApp) -> Vec<String> {
    harness.run_until("the messages", |h| {
        h.state().preview_problems().is_some_and(|p| !p.is_empty())
    });
    harness
        .state()
        .preview_problems()
        .expect("preview")
        .to_vec()
}

/// The template, saved in a temporary folder and previewed in a window of
/// `size`: the folder (kept while the test runs), the file, its text and
/// the app showing it.
fn preview_template(size: [f32; 2]) -> (tempfile::TempDir, std::path::PathBuf, String, TestApp) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("my-lesson.ron");
    let template = std::fs::read_to_string(lessons_dir().join("template.ron")).expect("template");
    std::fs::write(&path, &template).expect("write");
    let options = AppOptions {
        preview: Some(path.clone()),
        ..AppOptions::default()
    };
    let mut harness = harness_with(options, size);
    harness.run_until("the lesson", |h| h.state().lesson().is_some());
    (dir, path, template, harness)
}

/// Forty mistakes at 1024×600: "Stop previewing" and the last good
/// version stay on screen, the first three messages show with "and 37
/// more", and all of them together scroll in a list of bounded height.
#[test]
fn forty_mistakes_leave_the_lesson_and_stop_previewing_on_screen() {
    let (_dir, path, template, mut harness) = preview_template([1024.0, 600.0]);
    // Twenty passages, each with an unknown speaker and an unknown source
    // (`check` lists at most twenty problems of one kind).
    let bad: String = (1..=20)
        .map(|n| {
            format!("Passage(id: \"bad-{n}\", speaker: \"nobody-{n}\", text: \"x\", source: \"nowhere-{n}\"),\n")
        })
        .collect();
    let broken = template.replacen("passages: [\n", &format!("passages: [\n{bad}"), 1);
    save_as_an_editor_does(&path, &broken);
    harness.run_until("the messages", |h| {
        h.state().preview_problems().is_some_and(|p| p.len() >= 40)
    });
    let on_screen = |rect: egui::Rect| rect.top() >= 0.0 && rect.bottom() <= 600.0;
    assert!(on_screen(harness.get_by_label("Stop previewing").rect()));
    assert!(on_screen(harness.get_by_label("The first claim").rect()));
    // Nothing is saved in a preview: no student-only buttons, in the bar or
    // its menu.
    for student_only in ["Export…", "Save now", "Earlier copies…", "Hand in"] {
        assert!(
            harness
                .query_all_by_label_contains(student_only)
                .next()
                .is_none(),
            "{student_only} is not offered in a preview"
        );
    }
    assert_eq!(
        harness
            .query_all_by_label_contains("error: unknown")
            .count(),
        3,
        "the first few"
    );
    harness
        .get_by_label("and 37 more messages: show them")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label("and 37 more messages: show them")
            .is_none(),
        "all shown"
    );
    // All forty are in the list, which scrolls: the last is below its
    // bottom, while "Stop previewing" and the lesson stay on screen.
    let messages: Vec<egui::Rect> = harness
        .query_all_by_label_contains("error: unknown")
        .map(|m| m.rect())
        .collect();
    assert_eq!(messages.len(), 40);
    assert!(messages[39].bottom() > 600.0, "{:?}", messages[39]);
    assert!(on_screen(harness.get_by_label("Stop previewing").rect()));
    assert!(on_screen(harness.get_by_label("The first claim").rect()));
}

/// A previewed file that is deleted says so, and the last version stays.
#[test]
fn a_deleted_file_says_so_and_keeps_the_last_version() {
    let (_dir, path, _, mut harness) = preview_template([1024.0, 600.0]);
    std::fs::remove_file(&path).expect("delete");
    let problems = wait_for_problems(&mut harness);
    assert!(problems[0].contains("my-lesson.ron"), "{problems:?}");
    harness.get_by_label("The first claim");
}

//! The class's reading (issue 26): returning feedback to the class, a
//! teacher may let the students see the anonymous class heat map; a
//! student turns on "Compare with the class's reading" and sees each
//! passage shaded by how many in the class highlighted its words, with the
//! counts said, and never who.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use closereader::class::reading::{ClassReading, class_reading_file_name};
use closereader::ui::{AppOptions, Settings};
use egui::Key;
use egui::accesskit::Toggled;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness::*;
use crate::common::builders::{WorkBuilder, write_hand_in};

const SHARE: &str =
    "Let students see the class's reading (how many highlighted each passage's words — no names)";
const COMPARE: &str = "Compare with the class's reading";

/// Made-up students, hostile names among them.
const NAMES: [&str; 6] = [
    "Amira K.",
    "Ben O'Neil",
    "José Álvarez",
    "<b>Zed</b>",
    "נועה",
    "Lee 😀",
];

/// A highlight of `quote` in the template's second passage, tagged `tag`.
fn highlight(id: &str, quote: &str, tag: &str) -> closereader::work::Highlight {
    super::class_view::highlight(id, quote, tag, "my own thought")
}

/// The first `n` students hand in: all tag "shocking collapse", every
/// other one also "getting worse".
fn class_of(folder: &Path, n: usize) {
    for (i, name) in NAMES.iter().take(n).enumerate() {
        let mut work = WorkBuilder::new().highlight(highlight("h1", "shocking collapse", "loaded"));
        if i % 2 == 0 {
            work = work.highlight(highlight("h2", "getting worse", "claim"));
        }
        write_hand_in(folder, &work.file("template", name));
    }
}

/// The teacher's window on `folder`, with `settings`, asking to return to the class.
fn teacher_returning(folder: &Path, settings: Settings) -> TestApp {
    let mut teacher = harness_with_settings(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            class_folder: Some(folder.to_path_buf()),
            ..AppOptions::default()
        },
        settings,
        [1280.0, 2400.0],
    );
    teacher.get_by_label("Return to the class…").click();
    teacher.run();
    teacher
}

fn toggled(app: &TestApp, label: &str) -> Option<Toggled> {
    app.get_by_label(label).accesskit_node().toggled()
}

/// The class's reading of the template in `folder`.
fn reading_file(folder: &Path) -> std::path::PathBuf {
    folder.join(class_reading_file_name("template"))
}

#[test]
fn a_teacher_shares_the_class_s_reading_and_a_student_compares_with_it() {
    let folder = tempfile::tempdir().expect("temp dir");
    class_of(folder.path(), 6);
    let mut teacher = teacher_returning(folder.path(), Settings::default());
    // Off unless the teacher chooses it.
    assert_eq!(toggled(&teacher, SHARE), Some(Toggled::False));
    teacher.get_by_label(SHARE).click();
    teacher.run();
    assert_eq!(toggled(&teacher, SHARE), Some(Toggled::True));
    // Remembered for this class folder.
    assert_eq!(
        teacher.state().settings().share_reading,
        vec![folder.path().to_path_buf()]
    );
    teacher.get_by_label("Return to 6 students").click();
    teacher.wait(FEEDBACK_SAVED_WITHIN);
    let told = teacher.state().message().unwrap_or_default().to_owned();
    assert_eq!(
        told,
        "The class's reading went back with the feedback: 6 students' highlights, as counts, with no names."
    );
    let text = std::fs::read_to_string(reading_file(folder.path())).expect("written");
    for name in NAMES {
        assert!(!text.contains(name), "{name} in {text}");
    }
    assert!(!text.contains("my own thought"), "no comments: {text}");
    let reading = ClassReading::parse(text.as_bytes()).expect("reads back");
    assert_eq!(reading.students, 6);

    // A student opens the lesson: the comparison is offered, off.
    let mut student = harness_handing_in_to(folder.path());
    open_template_as(&mut student, "Someone New");
    assert_eq!(toggled(&student, COMPARE), Some(Toggled::False));
    assert!(
        student
            .query_by_label_contains("The class's reading:")
            .is_none()
    );
    // By keyboard: Tab reaches it, Space turns it on, the keyboard stays.
    tab_to(&mut student, COMPARE);
    student.key_press(Key::Space);
    student.run();
    assert_eq!(toggled(&student, COMPARE), Some(Toggled::True));
    let (focus, _, _) = focused(&student).expect("something has the keyboard");
    assert_eq!(focus, COMPARE, "the keyboard stays on the toggle");
    // Each passage says its counts, never who.
    let spoken: Vec<String> = student
        .query_all_by(|n| {
            n.label()
                .is_some_and(|l| l.starts_with("The class's reading:"))
        })
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(spoken.len(), 2, "{spoken:?}");
    assert_eq!(
        spoken[0],
        "The class's reading: Nobody in your class highlighted words here (6 students). "
    );
    assert!(
        spoken[1].starts_with(
            "The class's reading: 6 of 6 in your class highlighted words here; you did not. “shocking collapse,” 6 of 6 students; “getting worse” 3 of 6 students"
        ),
        "{}",
        spoken[1]
    );
    assert!(shows(
        &student,
        "6 of 6 in your class highlighted words here; you did not."
    ));
    assert!(
        shows(&student, "Shading (6 students):"),
        "the teacher's legend"
    );
    // Off again: the shading goes.
    student.key_press(Key::Space);
    student.run();
    assert!(
        student
            .query_by_label_contains("The class's reading:")
            .is_none()
    );
}

#[test]
fn a_class_too_small_is_never_shared_and_the_teacher_is_told_why() {
    let folder = tempfile::tempdir().expect("temp dir");
    class_of(folder.path(), 3);
    // Even where the teacher chose to share before.
    let settings = Settings {
        share_reading: vec![folder.path().to_path_buf()],
        ..Settings::default()
    };
    let mut teacher = teacher_returning(folder.path(), settings);
    let share = teacher.get_by_label(SHARE);
    assert!(share.accesskit_node().is_disabled());
    assert_eq!(share.accesskit_node().toggled(), Some(Toggled::False));
    assert!(shows(
        &teacher,
        "Not for this class: only 3 students have work on this lesson. The class's reading is shared from 5 students, so that no one can work out a classmate's highlights."
    ));
    teacher.get_by_label("Return to 3 students").click();
    teacher.wait(FEEDBACK_SAVED_WITHIN);
    assert!(!reading_file(folder.path()).exists());
}

#[test]
fn a_damaged_or_mismatched_class_reading_is_said_and_changes_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let lesson_changed = {
        let mut reading = ClassReading {
            format: 1,
            lesson_id: "template".into(),
            students: 6,
            made_on: "2026-12-02".into(),
            passages: Vec::new(),
        };
        reading
            .passages
            .push(closereader::class::reading::PassageReading {
                id: "first-2".into(),
                text: "0000000000000000".into(),
                ..Default::default()
            });
        reading.to_text()
    };
    for (text, why) in [
        (
            "ClassReading(format: 1, passages: [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]])",
            "it is damaged",
        ),
        (
            lesson_changed.as_str(),
            "the lesson's words have changed since it was made (passage first-2)",
        ),
    ] {
        std::fs::write(reading_file(folder.path()), text).expect("write");
        let mut student = harness_handing_in_to(folder.path());
        open_template_as(&mut student, "Amira K.");
        let told = student.state().message().unwrap_or_default().to_owned();
        assert!(
            told.starts_with("The class's reading that came back with your work cannot be shown: ")
                && told.contains(why)
                && told.ends_with("Nothing was changed."),
            "{told}"
        );
        assert!(student.query_by_label(COMPARE).is_none());
        // The lesson opens as ever, the student's work untouched.
        assert!(student.work().highlights.is_empty());
    }
}

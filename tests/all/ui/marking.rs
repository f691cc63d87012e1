//! The teacher's Monday in the class view (issue 26): a class list typed
//! in, rubric marking from the keyboard, the question picker, answers to
//! removed questions shown and counted, sorting, and a student returned
//! only marks never told there are comments.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use closereader::ui::AppOptions;
use egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness::*;
use crate::common::builders::{WorkBuilder, chosen, write_hand_in, written};

/// The teacher's window on `folder`, on the roster.
fn teacher(folder: &Path) -> TestApp {
    let mut teacher = harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            class_folder: Some(folder.to_path_buf()),
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    );
    teacher.run();
    teacher
}

/// The teacher's window on a class of three (see [`class`]) in `folder`,
/// on the page labelled `page`.
fn teacher_on(folder: &Path, page: &str) -> TestApp {
    class(folder);
    let mut teacher = teacher(folder);
    teacher.get_by_label(page).click();
    teacher.run();
    teacher
}

/// The names the roster links to, in order.
fn linked_names(teacher: &TestApp) -> Vec<String> {
    teacher
        .query_all_by(|n| n.role() == egui::accesskit::Role::Link)
        .filter_map(|n| n.accesskit_node().label())
        .collect()
}

/// A class of three on the template: Amira answered the open question and
/// a question the lesson no longer has, Ben chose the key, Cleo nothing.
fn class(folder: &Path) {
    let amira = WorkBuilder::new()
        .answer("q-open", written("The narrator claims trust is falling."))
        .answer("a-removed-question", written("An answer kept from before"));
    write_hand_in(folder, &amira.file("template", "Amira K."));
    let ben = WorkBuilder::new().answer("q-choice", chosen(&[1]));
    write_hand_in(folder, &ben.file("template", "Ben"));
    write_hand_in(folder, &WorkBuilder::new().file("template", "Cleo"));
}

#[test]
fn a_typed_class_list_shows_who_has_not_handed_in() {
    let folder = tempfile::tempdir().expect("temp dir");
    class(folder.path());
    let mut teacher = teacher(folder.path());
    assert!(shows(
        &teacher,
        "No class list: only students whose work is in the folder are listed."
    ));
    teacher.get_by_label("Add the class list…").click();
    teacher.run();
    type_into(
        &mut teacher,
        "Class list",
        "amira k\nBen\nCleo\nDana Ødegård\nEli",
    );
    teacher.get_by_label("Use these names (5)").click();
    teacher.run();
    assert!(
        shows(
            &teacher,
            "2 not handed in (no work found) · 0 not on the class list"
        ),
        "{:?}",
        texts(&teacher)
    );
    assert_eq!(teacher.query_all_by_label("No work found").count(), 2);
    // Listed names are shown as listed; a missing student is no link.
    assert!(shows(&teacher, "Dana Ødegård"));
    assert!(
        teacher.query_by_label("amira k").is_some(),
        "a link to Amira's work"
    );
}

#[test]
fn the_question_picker_opens_a_question_at_its_heading_and_removed_answers_are_counted() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut teacher = teacher_on(folder.path(), "Roster");
    // The roster says there is an answer to a removed question.
    assert!(
        texts(&teacher)
            .iter()
            .any(|t| t.contains("1 answer to a question no longer in the lesson")),
        "{:?}",
        texts(&teacher)
    );
    teacher.get_by_label("By question").click();
    teacher.run();
    teacher.get_by_label("Go to a question…").click();
    teacher.run();
    teacher
        .get_by_label("4. Which words are chosen to make you feel…")
        .click();
    teacher.run();
    let heading = teacher
        .query_by_label("Question 4 · Multiple choice")
        .expect("question 4's heading");
    assert!(heading.is_focused(), "the keyboard is on the heading");
    // The last entry: answers to questions no longer in the lesson.
    teacher
        .get_by_label("Answers to questions no longer in the lesson (1)")
        .click();
    teacher.run();
    assert!(shows(
        &teacher,
        "a-removed-question: An answer kept from before"
    ));
}

#[test]
fn a_rubric_level_is_chosen_with_the_keyboard() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut teacher = teacher_on(folder.path(), "By question");
    // Question 1 has a rubric: Amira answered it.
    assert!(shows(&teacher, "Worth 3 points"), "{:?}", texts(&teacher));
    focus_radio_group(&mut teacher, "Rubric level for Amira K.");
    teacher.key_press(Key::ArrowDown);
    teacher.run();
    teacher.key_press(Key::ArrowDown);
    teacher.run();
    teacher.wait(FEEDBACK_SAVED_WITHIN);
    let feedback = closereader::feedback::find_feedback(
        &closereader::work::disk::RealDisk,
        &[folder.path().to_path_buf()],
        "template",
        "Amira K.",
        &[],
    )
    .expect("read")
    .expect("written");
    assert_eq!(
        feedback.teacher_mark("q-open"),
        Some(2.0),
        "the second level"
    );
    assert!(
        shows(&teacher, "Average 2 / 3 from 1 student who answered"),
        "{:?}",
        texts(&teacher)
    );
    // The roster sorts by total: Amira (2) first.
    teacher.get_by_label("Roster").click();
    teacher.run();
    focus_radio_group(&mut teacher, "Sort the roster by");
    teacher.key_press(Key::ArrowDown);
    teacher.run();
    teacher.key_press(Key::ArrowDown);
    teacher.run();
    let names = linked_names(&teacher);
    assert_eq!(names[0], "Amira K.", "{names:?}");
    // Fewest answered first: Cleo, who answered nothing.
    teacher.key_press(Key::ArrowUp);
    teacher.run();
    let names = linked_names(&teacher);
    assert_eq!(names[0], "Cleo", "{names:?}");
}

#[test]
fn a_student_returned_only_marks_is_not_told_of_comments() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut teacher = teacher_on(folder.path(), "Ben");
    teacher.get_by_label("Return to Ben").click();
    teacher.wait(FEEDBACK_SAVED_WITHIN);
    assert!(shows(
        &teacher,
        "Returned: Ben sees this feedback when they open the lesson."
    ));
    // A comment after returning stays a draft until returned again.
    type_into(&mut teacher, "Overall feedback for Ben:", "Good choice.");
    teacher.wait(FEEDBACK_SAVED_WITHIN);
    assert!(teacher.query_by_label("Return again to Ben").is_some());
    let mut student = harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            hand_in_dir: Some(folder.path().to_path_buf()),
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    );
    open_template_as(&mut student, "Ben");
    let told = student.state().message().expect("told").to_owned();
    assert_eq!(
        told,
        "Your teacher has returned this lesson with your marks. There are no comments."
    );
    assert!(shows(
        &student,
        "Your teacher returned your marks. There are no comments."
    ));
    assert!(
        !shows(&student, "Good choice."),
        "the draft is the teacher's"
    );
    assert!(
        !texts(&student)
            .iter()
            .any(|t| t.contains("under each answer"))
    );
}

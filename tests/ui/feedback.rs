//! Feedback, the whole loop: a teacher writes a comment and a mark in the
//! class view, the feedback file lands in the hand-in folder beside the
//! work, and the student's app shows it under their answers, marks the
//! lesson returned, and puts it in their export. Keyed choice questions are
//! marked automatically and the teacher can override the mark.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use closereader::class::feedback::{Feedback, feedback_file_name};
use closereader::class::hand_in::hand_in_file_name;
use closereader::ui::AppOptions;
use closereader::work::file::WorkFile;
use closereader::work::{Answer, Work};
use egui::Key;
use egui_kittest::kittest::Queryable as _;

use crate::harness::*;

fn handed_in(folder: &Path, student: &str, choice: usize) {
    let mut work = Work::default();
    work.set_answer(
        "q-choice",
        Answer {
            chosen: vec![choice],
            ..Answer::default()
        },
    );
    let file = WorkFile::new("template", "h", student, work);
    std::fs::write(
        folder.join(hand_in_file_name("template", student)),
        file.to_text(),
    )
    .expect("write");
}

fn feedback_in(folder: &Path, student: &str) -> Feedback {
    let path = folder.join(feedback_file_name("template", student));
    Feedback::parse(&std::fs::read(&path).expect("feedback written")).expect("feedback")
}

/// The teacher's window on `folder`, on question 3 (the keyed choice).
fn teacher_on_question_3(folder: &Path, exports: &Path) -> TestApp {
    let mut teacher = harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            class_folder: Some(folder.to_path_buf()),
            export_dir: Some(exports.to_path_buf()),
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    );
    teacher.get_by_label("By question").click();
    teacher.run();
    teacher.get_by_label("Next question →").click();
    teacher.run();
    teacher.get_by_label("Next question →").click();
    teacher.run();
    assert!(shows(&teacher, "Question 3 of 6"));
    teacher
}

fn student_app(hand_in: &Path, exports: &Path) -> TestApp {
    harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            hand_in_dir: Some(hand_in.to_path_buf()),
            export_dir: Some(exports.to_path_buf()),
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    )
}

#[test]
fn a_teacher_s_comment_and_mark_reach_the_student() {
    let folder = tempfile::tempdir().expect("temp dir");
    handed_in(folder.path(), "Amira K.", 1); // "An opinion": the key
    handed_in(folder.path(), "Ben", 0);
    let exports = tempfile::tempdir().expect("temp dir");
    let mut teacher = teacher_on_question_3(folder.path(), exports.path());
    // Marked automatically against the key.
    assert!(
        shows(&teacher, "Automatic: 1 (matches the key)"),
        "{:?}",
        texts(&teacher)
    );
    assert!(shows(&teacher, "Automatic: 0 (does not match the key)"));
    assert!(shows(&teacher, "Marks: average 0.5 from 2 students"));
    type_into(
        &mut teacher,
        "Feedback for Amira K.:",
        "Yes: “shocking” is a judgement.",
    );
    // The teacher overrides Ben's automatic 0.
    type_into(&mut teacher, "Mark for Ben:", "1");
    teacher.run();
    assert!(shows(&teacher, "Marks: average 1 from 2 students"));
    assert!(shows(&teacher, "Feedback saved"), "{:?}", texts(&teacher));
    // Each student's feedback is a file of its own beside their work;
    // their work files are untouched.
    let amira = feedback_in(folder.path(), "Amira K.");
    assert_eq!(amira.comment("q-choice"), "Yes: “shocking” is a judgement.");
    assert_eq!(
        feedback_in(folder.path(), "Ben").answers["q-choice"].mark,
        Some(1.0)
    );
    let work =
        std::fs::read(folder.path().join(hand_in_file_name("template", "Ben"))).expect("work");
    assert!(!String::from_utf8_lossy(&work).contains("mark"));
    // The roster totals: Ben's override plus the automatic 0 of question 4.
    teacher.get_by_label("Roster").click();
    teacher.run();
    assert!(shows(&teacher, "1 (2 marked)"), "{:?}", texts(&teacher));

    // Until the teacher returns it, the student sees nothing of it.
    let mut early = student_app(folder.path(), exports.path());
    open_template_as(&mut early, "Amira K.");
    assert!(!shows(&early, "Feedback from your teacher · Returned"));
    assert!(!shows(&early, "Yes: “shocking” is a judgement."));
    assert!(shows(&teacher, "0 of 2 returned"));
    teacher.get_by_label("Return feedback to the class").click();
    teacher.run();
    assert!(shows(&teacher, "2 of 2 returned"), "{:?}", texts(&teacher));
    assert!(feedback_in(folder.path(), "Amira K.").returned);

    // The student opens the lesson: the feedback came back through the
    // hand-in folder.
    let mut student = student_app(folder.path(), exports.path());
    open_template_as(&mut student, "Amira K.");
    let told = student.state().message().expect("told").to_owned();
    assert!(
        told.starts_with("Your teacher has returned this lesson"),
        "{told}"
    );
    assert!(shows(&student, "Feedback from your teacher · Returned"));
    assert!(shows(&student, "Yes: “shocking” is a judgement."));
    assert!(shows(
        &student,
        "Mark: 1 (marked automatically against the key)"
    ));
    // The mark is the one the teacher saw, whatever the work on this
    // laptop says now; and their own work stays editable.
    type_into(
        &mut student,
        "Who ran the survey, according to the report?",
        "A charity",
    );
    assert_eq!(student.work().answer("q-short").text, "A charity");
    // Their export carries the feedback.
    student.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
    student.run();
    student
        .get_by_label("Web page (.html), prints cleanly")
        .click();
    student.run();
    student.get_by_label("Save…").click();
    student.run();
    let export: PathBuf = std::fs::read_dir(exports.path())
        .expect("list")
        .map(|e| e.expect("entry").path())
        .find(|p| p.extension().is_some_and(|e| e == "html"))
        .expect("exported");
    let html = std::fs::read_to_string(export).expect("read");
    assert!(
        html.contains("Feedback from your teacher:</strong> Yes: “shocking” is a judgement."),
        "{html}"
    );
    // Back on the start screen, the lesson is marked returned.
    student.get_by_label("← Lessons").click();
    student.run();
    assert!(
        shows(&student, "Returned with feedback"),
        "{:?}",
        texts(&student)
    );
}

#[test]
fn feedback_that_cannot_be_read_is_said_and_the_lesson_still_opens() {
    let folder = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        folder.path().join(feedback_file_name("template", "Ola")),
        "(format: 1, garb",
    )
    .expect("write");
    let exports = tempfile::tempdir().expect("temp dir");
    let mut student = student_app(folder.path(), exports.path());
    open_template_as(&mut student, "Ola");
    let told = student.state().message().expect("told").to_owned();
    assert!(
        told.contains("your teacher's feedback") && told.contains("damaged"),
        "{told}"
    );
    assert!(!shows(&student, "Feedback from your teacher · Returned"));
    type_into(
        &mut student,
        "Who ran the survey, according to the report?",
        "Nobody",
    );
    assert_eq!(student.work().answers.len(), 1);

    // A newer Close Reader's feedback: said, never read.
    std::fs::write(
        folder.path().join(feedback_file_name("template", "Ned")),
        "(format: 9, lesson_id: \"template\", student: \"Ned\")",
    )
    .expect("write");
    let mut student = student_app(folder.path(), exports.path());
    open_template_as(&mut student, "Ned");
    let told = student.state().message().expect("told").to_owned();
    assert!(told.contains("newer version of Close Reader"), "{told}");
}

#[test]
fn feedback_on_a_question_the_lesson_no_longer_has_is_still_shown() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut feedback = Feedback::new("template", "Wei");
    feedback.format = 1;
    feedback.returned = true;
    feedback.overall = "Good work overall.".into();
    feedback.answers.insert(
        "a-removed-question".into(),
        closereader::class::feedback::AnswerFeedback {
            comment: "This one was strong.".into(),
            ..Default::default()
        },
    );
    std::fs::write(
        folder.path().join(feedback_file_name("template", "Wei")),
        feedback.to_text(),
    )
    .expect("write");
    let exports = tempfile::tempdir().expect("temp dir");
    let mut student = student_app(folder.path(), exports.path());
    open_template_as(&mut student, "Wei");
    assert!(shows(&student, "Good work overall."));
    assert!(shows(
        &student,
        "On a question no longer in the lesson (a-removed-question): This one was strong."
    ));
}

#[test]
fn feedback_for_a_hostile_name_is_a_safe_file_beside_the_work() {
    let folder = tempfile::tempdir().expect("temp dir");
    let hostile = "../Cleo\u{202e}evil";
    handed_in(folder.path(), hostile, 2);
    let exports = tempfile::tempdir().expect("temp dir");
    let mut teacher = teacher_on_question_3(folder.path(), exports.path());
    type_into(
        &mut teacher,
        "Feedback for ../Cleo\\u{202E}evil:",
        "See me.",
    );
    teacher.run();
    let files: Vec<String> = std::fs::read_dir(folder.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    let written = files
        .iter()
        .find(|f| f.ends_with(".feedback.ron"))
        .expect("written in the folder itself");
    assert!(
        !written.contains('\u{202e}') && !written.contains(".."),
        "{written}"
    );
    assert_eq!(
        feedback_in(folder.path(), hostile).comment("q-choice"),
        "See me."
    );
}

#[test]
fn two_teachers_writing_at_once_keep_both_comments() {
    let folder = tempfile::tempdir().expect("temp dir");
    handed_in(folder.path(), "Amira K.", 1);
    let exports = tempfile::tempdir().expect("temp dir");
    let mut teacher = teacher_on_question_3(folder.path(), exports.path());
    type_into(&mut teacher, "Feedback for Amira K.:", "Good.");
    teacher.run();
    // Another teacher, on another laptop, saves over it meanwhile.
    let path = folder
        .path()
        .join(feedback_file_name("template", "Amira K."));
    let mut theirs = feedback_in(folder.path(), "Amira K.");
    theirs.answers.get_mut("q-choice").expect("q").comment = "Explain why.".into();
    theirs.written_at = "2099-01-01T00:00:00Z".into();
    std::fs::write(&path, theirs.to_text()).expect("write");
    // This teacher goes on typing: both comments are kept, and they are told.
    type_into(&mut teacher, "Feedback for Amira K.:", " Well argued.");
    teacher.run();
    let comment = feedback_in(folder.path(), "Amira K.")
        .comment("q-choice")
        .to_owned();
    assert!(comment.contains("Good. Well argued."), "{comment}");
    assert!(comment.contains("Explain why."), "{comment}");
    let told = teacher.state().message().expect("told").to_owned();
    assert!(
        told.starts_with("Another teacher changed Amira K.'s feedback"),
        "{told}"
    );
}

#[test]
fn leaving_the_class_view_saves_the_feedback_first_or_stays_open() {
    let folder = tempfile::tempdir().expect("temp dir");
    handed_in(folder.path(), "Amira K.", 1);
    let exports = tempfile::tempdir().expect("temp dir");
    let mut teacher = teacher_on_question_3(folder.path(), exports.path());
    // Typed and left at once, before the save is due: it is saved first.
    teacher.get_by_label("Feedback for Amira K.:").focus();
    teacher.run();
    teacher
        .get_by_label("Feedback for Amira K.:")
        .type_text("Good.");
    teacher.get_by_label("← Lessons").click();
    teacher.run();
    assert_eq!(
        feedback_in(folder.path(), "Amira K.").comment("q-choice"),
        "Good."
    );
    teacher.get_by_label("Class work…");

    // A folder that refuses writes: the class view stays open and says why.
    let mut teacher = harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            class_folder: Some(folder.path().to_path_buf()),
            disk: Some(std::sync::Arc::new(crate::common::FakeDisk::failing(
                "write",
                std::io::ErrorKind::PermissionDenied,
            ))),
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    );
    teacher.get_by_label("By student").click();
    teacher.run();
    type_into(&mut teacher, "Overall feedback for Amira K.:", "See me.");
    teacher.get_by_label("← Lessons").click();
    teacher.run();
    let told = teacher.state().message().expect("told").to_owned();
    assert!(told.starts_with("Feedback could not be saved"), "{told}");
    assert!(told.contains("stays open"), "{told}");
    teacher.get_by_label("Overall feedback for Amira K.:");
}

//! Feedback, the whole loop: a teacher writes a comment and a mark in the
//! class view, the feedback file lands in the hand-in folder beside the
//! work, and the student's app shows it under their answers, marks the
//! lesson returned, and puts it in their export. Keyed choice questions are
//! marked automatically and the teacher can override the mark.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use closereader::class::hand_in::hand_in_file_name;
use closereader::feedback::{Feedback, feedback_file_name};
use closereader::ui::AppOptions;
use egui::Key;
use egui_kittest::kittest::Queryable as _;

use super::harness::*;
use crate::common::builders::{WorkBuilder, chosen, write_hand_in};
use crate::common::write_classroom;

/// `student` has handed in the template with question 3 (the keyed choice)
/// answered with option `choice`.
fn handed_in(folder: &Path, student: &str, choice: usize) {
    let work = WorkBuilder::new().answer("q-choice", chosen(&[choice]));
    write_hand_in(folder, &work.file("template", student));
}

/// Every teacher's feedback on `student` in `folder`, put together.
fn feedback_in(folder: &Path, student: &str) -> Feedback {
    closereader::feedback::find_feedback(
        &closereader::work::disk::RealDisk,
        &[folder.to_path_buf()],
        "template",
        student,
        &[],
    )
    .expect("feedback written")
    .expect("feedback")
}

/// The teacher's window on `folder`, on question 3 (the keyed choice).
fn teacher_on_question_3(folder: &Path, exports: &Path) -> TestApp {
    teacher_with(folder, exports, None)
}

/// The teacher's window on `folder`, on question 3, with the classroom
/// settings in `classroom` (if any).
fn teacher_with(folder: &Path, exports: &Path, classroom: Option<&Path>) -> TestApp {
    let mut teacher = harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            class_folder: Some(folder.to_path_buf()),
            export_dir: Some(exports.to_path_buf()),
            classroom_dirs: classroom.map(Path::to_path_buf).into_iter().collect(),
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
    student_app_with(hand_in, exports, None)
}

/// A classroom settings file naming `teacher`'s feedback key as "Ms
/// Rivera's", as school IT would roll it out (in a lessons folder).
fn classroom_naming(teacher: &TestApp) -> tempfile::TempDir {
    let key = closereader::feedback::signing::TeacherKey::load(
        &closereader::work::disk::RealDisk,
        teacher.data.path(),
    )
    .expect("read")
    .expect("the teacher's first feedback made their key");
    let dir = tempfile::tempdir().expect("temp dir");
    write_classroom(dir.path(), "Ms Rivera", &key.public());
    dir
}

/// A student's app handing in to `hand_in`, trusting the teachers the
/// classroom settings in `classroom` name (if any).
fn student_app_with(hand_in: &Path, exports: &Path, classroom: Option<&Path>) -> TestApp {
    harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            classroom_dirs: classroom.map(Path::to_path_buf).into_iter().collect(),
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
    assert!(
        shows(&teacher, "Average 0.5 / 1 from 2 students who answered"),
        "{:?}",
        texts(&teacher)
    );
    assert!(shows(&teacher, "2 of 2 answered (100%)"));
    type_into(
        &mut teacher,
        "Feedback for Amira K.:",
        "Yes: “shocking” is a judgement.",
    );
    // The teacher overrides Ben's automatic 0.
    type_into(&mut teacher, "Mark for Ben:", "1");
    teacher.wait(FEEDBACK_SAVED_WITHIN);
    assert!(shows(
        &teacher,
        "Average 1 / 1 from 2 students who answered"
    ));
    assert!(shows(&teacher, "Feedback saved"), "{:?}", texts(&teacher));
    // Each student's feedback is a file of its own beside their work;
    // their work files are untouched.
    let amira = feedback_in(folder.path(), "Amira K.");
    assert_eq!(amira.comment("q-choice"), "Yes: “shocking” is a judgement.");
    assert_eq!(
        feedback_in(folder.path(), "Ben").teacher_mark("q-choice"),
        Some(1.0)
    );
    let work =
        std::fs::read(folder.path().join(hand_in_file_name("template", "Ben"))).expect("work");
    assert!(!String::from_utf8_lossy(&work).contains("mark"));
    // The roster totals: Ben's override, out of the template's 6 points
    // (question 4, unanswered, is "not answered", never a 0).
    teacher.get_by_label("Roster").click();
    teacher.run();
    assert!(shows(&teacher, "1 / 6"), "{:?}", texts(&teacher));

    // Until the teacher returns it, the student sees nothing of it.
    let mut early = student_app(folder.path(), exports.path());
    open_template_as(&mut early, "Amira K.");
    assert!(!shows(&early, "Feedback from your teacher · Returned"));
    assert!(!shows(&early, "Yes: “shocking” is a judgement."));
    assert!(shows(&teacher, "0 of 2 returned"));
    // Returning to the class asks first, with the counts.
    teacher.get_by_label("Return to the class…").click();
    teacher.run();
    assert!(
        teacher
            .query_by_label("Return feedback to 2 students?")
            .is_some(),
        "the question is a heading"
    );
    assert!(
        shows(
            &teacher,
            "1 with comments from you · 1 with no comments (they get only their marks)"
        ),
        "{:?}",
        texts(&teacher)
    );
    teacher.get_by_label("Return to 2 students").click();
    teacher.wait(FEEDBACK_SAVED_WITHIN);
    assert!(shows(&teacher, "2 of 2 returned"), "{:?}", texts(&teacher));
    assert!(feedback_in(folder.path(), "Amira K.").returned());

    // Without the teacher's key in the classroom settings, the student
    // sees the feedback, said plainly to be unchecked.
    let mut unchecked = student_app(folder.path(), exports.path());
    open_template_as(&mut unchecked, "Amira K.");
    assert!(
        shows(&unchecked, "Feedback · Returned"),
        "{:?}",
        texts(&unchecked)
    );
    assert!(
        texts(&unchecked)
            .iter()
            .any(|t| t.starts_with("Not verified:"))
    );

    // The student opens the lesson: the feedback came back through the
    // hand-in folder, signed with the key their classroom settings name.
    let classroom = classroom_naming(&teacher);
    let mut student = student_app_with(folder.path(), exports.path(), Some(classroom.path()));
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
    let part = feedback.own_part_mut("");
    part.returned = true;
    part.overall = "Good work overall.".into();
    part.answers.insert(
        "a-removed-question".into(),
        closereader::feedback::AnswerFeedback {
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
    teacher.wait(FEEDBACK_SAVED_WITHIN);
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
fn two_teachers_writing_at_once_each_keep_their_own_words_once() {
    use closereader::feedback::save_feedback;
    use closereader::feedback::signing::TeacherKey;
    let folder = tempfile::tempdir().expect("temp dir");
    handed_in(folder.path(), "Amira K.", 1);
    let exports = tempfile::tempdir().expect("temp dir");
    // The colleague's key is in this laptop's classroom settings.
    let colleague = TeacherKey::from_secret([5; 32]);
    let classroom = tempfile::tempdir().expect("temp dir");
    write_classroom(classroom.path(), "Mr Okafor", &colleague.public());
    let mut teacher = teacher_with(folder.path(), exports.path(), Some(classroom.path()));
    type_into(&mut teacher, "Feedback for Amira K.:", "Good.");
    teacher.wait(FEEDBACK_SAVED_WITHIN);
    // Another teacher, on another laptop, writes on the same answer
    // meanwhile, again and again.
    let mut theirs = Feedback::new("template", "Amira K.");
    let mut base: Option<Feedback> = None;
    for word in ["Explain", "why."] {
        let part = theirs.own_part_mut(&colleague.public());
        part.name = "Mr Okafor".into();
        let answer = part.answers.entry("q-choice".into()).or_default();
        answer.comment = format!("{} {word}", answer.comment).trim().to_owned();
        let saved = save_feedback(
            &closereader::work::disk::RealDisk,
            folder.path(),
            base.as_ref(),
            &theirs,
            &colleague,
            std::time::SystemTime::now(),
        )
        .expect("saved");
        theirs = saved.feedback.clone();
        base = Some(saved.feedback);
    }
    // This teacher goes on typing; each teacher's words are there once,
    // under their own name, and nobody is told of a clash.
    type_into(&mut teacher, "Feedback for Amira K.:", " Well argued.");
    teacher.wait(FEEDBACK_SAVED_WITHIN);
    assert!(
        shows(&teacher, "Mr Okafor wrote: Explain why."),
        "{:?}",
        texts(&teacher)
    );
    let on_disk = feedback_in(folder.path(), "Amira K.");
    assert_eq!(on_disk.teachers.len(), 2);
    let comment = on_disk.comment("q-choice");
    assert_eq!(
        comment.matches("Good. Well argued.").count(),
        1,
        "{comment}"
    );
    assert_eq!(comment.matches("Explain why.").count(), 1, "{comment}");
    assert!(teacher.state().message().is_none());
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

/// Anyone can write to a hand-in folder: feedback a classmate forged
/// (signed with a key the classroom settings do not name, the teacher's
/// key without its signature, or marks that are not numbers) is never shown
/// as the teacher's, and the student is told why.
#[test]
fn forged_feedback_is_never_shown_as_the_teacher_s() {
    use closereader::feedback::signing::TeacherKey;
    let folder = tempfile::tempdir().expect("temp dir");
    let teacher = TeacherKey::from_secret([1; 32]);
    let classroom = tempfile::tempdir().expect("temp dir");
    write_classroom(classroom.path(), "Ms Rivera", &teacher.public());
    let exports = tempfile::tempdir().expect("temp dir");
    let forge = |student: &str, sign_with: &TeacherKey, claim: &str, mark: f32| {
        let mut f = Feedback::new("template", student);
        let part = f.own_part_mut("");
        part.returned = true;
        part.overall = "You fail. Forged.".into();
        part.answers.insert(
            "q-choice".into(),
            closereader::feedback::AnswerFeedback {
                mark: Some(mark),
                marked_at: "2026-12-02T10:00:00.000Z".into(),
                ..Default::default()
            },
        );
        sign_with.sign("template", student, part);
        if !claim.is_empty() {
            part.key = claim.to_owned();
        }
        std::fs::write(
            folder.path().join(feedback_file_name("template", student)),
            f.to_text(),
        )
        .expect("write");
    };
    let classmate = TeacherKey::from_secret([9; 32]);
    forge("Ana", &classmate, "", 1.0);
    forge("Bo", &classmate, &teacher.public(), 1.0);
    forge("Cy", &teacher, "", f32::NAN);
    for (student, why) in [
        ("Ana", "not signed by a teacher"),
        ("Bo", "does not check"),
        ("Cy", "NaN"),
    ] {
        let mut app = student_app_with(folder.path(), exports.path(), Some(classroom.path()));
        open_template_as(&mut app, student);
        assert!(!shows(&app, "You fail. Forged."), "{student}");
        assert!(
            !shows(&app, "Feedback from your teacher · Returned"),
            "{student}"
        );
        assert!(
            texts(&app).iter().any(|t| t.contains(why)),
            "{student}: {:?}",
            texts(&app)
        );
    }
}

const KILL_CHILD: &str = "CLOSEREADER_TEST_FEEDBACK_TYPING_DIR";

/// Not a test on its own: the child of the kill test. A teacher types a
/// word every 40 ms into a comment, for ever; after each word is on screen
/// it notes the word and the time in `typed.log`.
#[test]
#[ignore = "the child process of killed_while_typing_feedback_…; runs only there"]
fn child_types_feedback_until_killed() {
    use std::io::Write as _;
    let Ok(dir) = std::env::var(KILL_CHILD) else {
        return;
    };
    let folder = Path::new(&dir).join("class");
    let exports = Path::new(&dir).join("exports");
    let mut teacher = teacher_on_question_3(&folder, &exports);
    teacher.get_by_label("Feedback for Amira K.:").focus();
    teacher.run();
    let mut log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(Path::new(&dir).join("typed.log"))
        .expect("log");
    let mut last = std::time::Instant::now();
    for n in 0.. {
        teacher
            .get_by_label("Feedback for Amira K.:")
            .type_text(&format!(" w{n}"));
        teacher.step();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_millis();
        writeln!(log, "w{n} {now}").expect("log");
        // A person typing: real time passes (the parent kills this
        // process on the real clock), and the app's clock keeps up with it,
        // frames included.
        std::thread::sleep(std::time::Duration::from_millis(40));
        let now = std::time::Instant::now();
        teacher.clock.advance(now - last);
        last = now;
    }
}

/// A teacher typing without a pause, killed (-9) at a random moment: every
/// word typed a second or more before the kill is in the feedback file.
#[test]
fn killed_while_typing_feedback_nothing_older_than_a_second_is_lost() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("class");
    std::fs::create_dir_all(&folder).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("exports")).expect("mkdir");
    handed_in(&folder, "Amira K.", 1);
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..3 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let _ = std::fs::remove_file(dir.path().join("typed.log"));
        let _ = std::fs::remove_file(folder.join(feedback_file_name("template", "Amira K.")));
        let mut child = crate::common::spawn_test_child(
            "ui::feedback::child_types_feedback_until_killed",
            &[(KILL_CHILD, dir.path().as_os_str())],
        );
        // Wait for typing to begin, then let it run 3 to 6 seconds.
        let log = dir.path().join("typed.log");
        crate::common::eventually(
            "the child to type",
            std::time::Duration::from_secs(60),
            || std::fs::read_to_string(&log).is_ok_and(|t| t.lines().count() > 2),
        );
        std::thread::sleep(std::time::Duration::from_millis(3_000 + seed % 3_000));
        child.kill().expect("SIGKILL");
        let killed_at = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_millis();
        child.wait().expect("reap");
        let comment = feedback_in(&folder, "Amira K.").comment("q-choice");
        let words: std::collections::HashSet<&str> = comment.split_whitespace().collect();
        let typed = std::fs::read_to_string(&log).expect("log");
        let mut old_enough = 0;
        for line in typed.lines() {
            let (word, at) = line.split_once(' ').expect("word and time");
            let at: u128 = at.parse().expect("time");
            if at + 1_000 <= killed_at {
                old_enough += 1;
                assert!(
                    words.contains(word),
                    "round {round}: {word}, typed {} ms before the kill, was lost",
                    killed_at - at
                );
            }
        }
        assert!(
            old_enough > 20,
            "round {round}: too little was typed to test"
        );
        eprintln!(
            "round {round}: {old_enough} words typed ≥ 1 s before the kill, all kept; {} in all",
            typed.lines().count()
        );
    }
}

/// A student who writes a feedback file with marks in it (signed with a
/// key of their own) never changes the teacher's totals or view.
#[test]
fn feedback_signed_by_an_unknown_key_is_not_counted_by_the_teacher() {
    use closereader::feedback::signing::TeacherKey;
    let folder = tempfile::tempdir().expect("temp dir");
    handed_in(folder.path(), "Amira K.", 0); // not the key: automatic 0
    let mut forged = Feedback::new("template", "Amira K.");
    let part = forged.own_part_mut("");
    part.overall = "Forged praise.".into();
    part.answers.insert(
        "q-choice".into(),
        closereader::feedback::AnswerFeedback {
            mark: Some(1000.0),
            marked_at: "2099-01-01T00:00:00.000Z".into(),
            ..Default::default()
        },
    );
    TeacherKey::from_secret([9; 32]).sign("template", "Amira K.", part);
    std::fs::write(
        folder
            .path()
            .join(feedback_file_name("template", "Amira K.")),
        forged.to_text(),
    )
    .expect("write");
    let exports = tempfile::tempdir().expect("temp dir");
    let teacher = teacher_on_question_3(folder.path(), exports.path());
    assert!(
        shows(&teacher, "Automatic: 0 (does not match the key)"),
        "{:?}",
        texts(&teacher)
    );
    assert!(!texts(&teacher).iter().any(|t| t.contains("Forged praise.")));
}

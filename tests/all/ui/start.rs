//! The start screen: names, the lesson library, broken lessons, lessons named
//! on the command line, and large lessons.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use closereader::ui::{AppOptions, CloseReaderApp, Settings};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness::*;

#[test]
fn the_whole_lesson_works_from_the_keyboard() {
    let mut harness = harness_with(AppOptions::default(), [1280.0, 900.0]);
    // The name field has the focus when the app starts.
    assert!(harness.get_by_label("Who is working?").is_focused());
    harness.get_by_label("Who is working?").type_text("Ben");
    harness.run();
    let start = "Start: Reading a Video Closely: China’s Social Credit System";
    for _ in 0..10 {
        if harness.get_by_label(start).is_focused() {
            break;
        }
        harness.key_press(Key::Tab);
        harness.run();
    }
    assert!(
        harness.get_by_label(start).is_focused(),
        "Tab reaches the lesson's Start button"
    );
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().open_lesson(), Some(("social-credit", 0)));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
    harness.run();
    assert_eq!(harness.state().open_lesson(), Some(("social-credit", 1)));
    harness.get_by_label("Section 2 of 14");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageUp);
    harness.run();
    assert_eq!(harness.state().open_lesson(), Some(("social-credit", 1)));

    // Tab moves through the section in reading order to the first answer box.
    for _ in 0..40 {
        let focused_is_answer = harness
            .query_by(|n| n.is_focused() && n.role() == egui::accesskit::Role::MultilineTextInput)
            .is_some();
        if focused_is_answer {
            break;
        }
        harness.key_press(Key::Tab);
        harness.run();
    }
    harness.event(egui::Event::Text("Typed with the keyboard only.".into()));
    harness.run();
    let work = harness.work();
    assert!(
        work.answers
            .values()
            .any(|a| a.text == "Typed with the keyboard only."),
        "{work:?}"
    );
    assert_eq!(
        work.current_section.as_deref(),
        Some(
            harness.state().library()[0]
                .lesson
                .as_ref()
                .unwrap()
                .sections[1]
                .id
                .as_str()
        )
    );
}

#[test]
fn a_broken_lesson_shows_its_errors_and_the_others_still_open() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("broken.ron"),
        "Lesson(id: \"b\", titel: \"x\")",
    )
    .expect("write");
    let mut harness = harness_with(
        AppOptions {
            lessons_dirs: vec![dir.path().to_path_buf()],
            open_lesson: None,
            ..AppOptions::default()
        },
        [1280.0, 1200.0],
    );
    harness.get_by_label_contains("broken.ron:1:17: error: unknown field `titel` in `Lesson`");
    harness.get_by_label_contains("This lesson could not be opened");
    start_bundled_as(&mut harness, "Fay");
    assert_eq!(harness.state().open_lesson(), Some(("social-credit", 0)));
}

#[test]
fn a_lesson_named_on_the_command_line_opens_after_the_name() {
    let options = AppOptions {
        lessons_dirs: vec![],
        open_lesson: Some(lessons_dir().join("template.ron")),
        ..AppOptions::default()
    };
    let mut harness = harness_with(options, [1280.0, 900.0]);
    harness.get_by_label("Lesson to open: Lesson template: copy me");
    type_name(&mut harness, "Gus");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().open_lesson(), Some(("template", 0)));
    harness.get_by_label("← Lessons").click();
    harness.run();
    harness
        .get_by_label("Start: Lesson template: copy me")
        .click();
    harness.run();
    type_into(
        &mut harness,
        "Who ran the survey, according to the report?",
        "A poll",
    );
    harness.get_by_label("← Lessons").click();
    harness.run();
    harness.get_by_label("1 of 6 answered");
    harness.get_by_label("Continue: Lesson template: copy me");
}

/// A lesson of 200 sections with long passages, written for this test.
fn stress_lesson() -> String {
    let passage =
        "The narrator says something quite long about the system, and then says it again. "
            .repeat(24);
    let mut text = String::from(
        "Lesson(id: \"stress\", title: \"Stress\", speakers: [Speaker(id: \"n\", name: \"Narrator\")], sections: [",
    );
    for s in 0..200 {
        text.push_str(&format!(
            "(id: \"s{s}\", title: \"Section {s}\", passages: ["
        ));
        for p in 0..12 {
            text.push_str(&format!(
                "(id: \"s{s}p{p}\", speaker: \"n\", text: \"{passage}\"),"
            ));
        }
        text.push_str(&format!(
            "], prompts: [Open(id: \"s{s}q\", text: \"Why?\")]),"
        ));
    }
    text.push_str("])");
    text
}

#[test]
fn a_huge_lesson_has_its_whole_section_in_the_accessibility_tree() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("stress.ron");
    std::fs::write(&path, stress_lesson()).expect("write");
    let options = AppOptions {
        lessons_dirs: vec![],
        open_lesson: Some(path),
        ..AppOptions::default()
    };
    let mut harness = harness_with(options, [1280.0, 800.0]);
    type_name(&mut harness, "Hal");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().open_lesson(), Some(("stress", 0)));
    // The question at the end of 12 passages of 2,000 characters, far below
    // the fold, is there for Tab and for a screen reader, in its group.
    harness.get_by_label("Question 1: Why?");
    // Every passage is a reading stop, and has its Highlight button named
    // by its speaker and first words.
    let highlight = "Highlight words in Narrator: “The narrator says something quite…”";
    assert_eq!(harness.query_all_by_label(highlight).count(), 12);
    let stops = harness
        .query_all_by(|n| n.role() == egui::accesskit::Role::Paragraph)
        .count();
    assert_eq!(stops, 12);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
    harness.run();
    assert_eq!(harness.state().open_lesson(), Some(("stress", 1)));
    harness.get_by_label("Section 2 of 200");
}

/// Disk work runs in the background: with a disk that takes 2 s for every
/// read, the window keeps drawing frames and says what it is doing, and no
/// read ever happens on the thread that draws.
#[test]
fn a_slow_disk_never_stops_the_window() {
    let disk = std::sync::Arc::new(crate::common::FakeDisk::slow(
        std::time::Duration::from_secs(2),
    ));
    let options = AppOptions {
        lessons_dirs: vec![lessons_dir()],
        disk: Some(disk.clone()),
        ..AppOptions::default()
    };
    let mut harness = harness_with(options, [1280.0, 2400.0]);
    // Typing a name reads that student's progress, in the background.
    let name = harness.get_by_label("Who is working?");
    name.focus();
    harness.step();
    harness.get_by_label("Who is working?").type_text("Vic");
    for _ in 0..5 {
        harness.step();
    }
    harness
        .get_by_label("Start: Lesson template: copy me")
        .click();
    for _ in 0..5 {
        harness.step();
    }
    // The window drew the lesson being opened: it did not wait for the disk
    // (had it read on this thread, the lesson would simply be open by now).
    harness.get_by_label("Opening the lesson…");
    assert_eq!(harness.state().open_lesson(), None);
    harness.run();
    assert_eq!(harness.state().open_lesson(), Some(("template", 0)));
    let ui_thread = std::thread::current().id();
    let threads = disk.threads();
    assert!(!threads.is_empty(), "the work was read through the disk");
    assert!(
        !threads.contains(&ui_thread),
        "the window's thread read the disk"
    );
}

/// Where no file window can be shown, "Open lesson file…" says so and
/// offers a path field that opens the lesson.
#[test]
fn without_a_file_window_a_lesson_is_opened_by_its_path() {
    let options = AppOptions {
        no_file_windows: true,
        ..AppOptions::default()
    };
    let mut harness = harness_with(options, [1280.0, 1200.0]);
    type_name(&mut harness, "Wen");
    harness.get_by_label("Open lesson file…").click();
    harness.run();
    assert!(
        harness
            .state()
            .message()
            .expect("told")
            .starts_with("No file window could be shown on this computer."),
        "{:?}",
        harness.state().message()
    );
    let path = lessons_dir().join("template.ron");
    type_into(&mut harness, "Lesson file path:", &path.to_string_lossy());
    harness.get_by_label("Open").click();
    harness.run();
    assert_eq!(harness.state().open_lesson(), Some(("template", 0)));
}

/// The name field keeps at most 80 characters and says so.
#[test]
fn a_name_that_is_too_long_is_cut_and_the_student_is_told() {
    let mut harness = harness_with(AppOptions::default(), [1280.0, 900.0]);
    type_name(&mut harness, &"x".repeat(100));
    harness.get_by_label_contains("Names can be at most 80 characters");
    harness
        .get_by_label("Start: Reading a Video Closely: China’s Social Credit System")
        .click();
    harness.run();
    assert_eq!(
        harness.state().settings().recent_names[0].chars().count(),
        80
    );
}

/// Laptops are shared: the name field starts empty and focused on every
/// launch, and the names used on this laptop are offered to pick, so the
/// next student never works in the last one's file by accident.
#[test]
fn the_name_starts_empty_and_recent_names_are_offered() {
    let data = tempfile::tempdir().expect("temp dir");
    let settings = Settings {
        recent_names: vec!["Amira".into(), "Ben".into()],
        ..Settings::default()
    };
    let options = AppOptions {
        data_dir: Some(data.path().to_path_buf()),
        ..AppOptions::default()
    };
    let app = CloseReaderApp::new(settings, options);
    // Room for the background worker's answer (the lesson folders) to
    // arrive a few frames late on a loaded machine.
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1280.0, 900.0])
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut CloseReaderApp| app.show(ui), app);
    harness.run();
    let name = harness.get_by_label("Who is working?");
    assert!(name.is_focused());
    assert_eq!(name.value().as_deref(), Some(""));
    let start = "Start: Reading a Video Closely: China’s Social Credit System";
    assert!(harness.get_by_label(start).accesskit_node().is_disabled());
    harness.get_by_label("Work as Ben").click();
    harness.run();
    assert!(!harness.get_by_label(start).accesskit_node().is_disabled());
    // Text size and theme are there before any name is typed.
    harness.get_by_label("Bigger text");
    harness.get_by_label("Theme");
}

/// A drop-down list's value reaches a Linux screen reader: AccessKit's
/// AT-SPI adapter does not expose a combo box's value, so it is its
/// description too.
#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn a_drop_down_lists_value_is_its_description_on_linux() {
    let mut harness = harness_with_template();
    harness.run();
    let theme = list_button(&harness, "Theme");
    assert_eq!(
        theme.accesskit_node().description().as_deref(),
        Some("Light")
    );
}

//! Real flows through the app, driven headless by egui_kittest with its
//! accessibility check (every input has a name) and missing-glyph check on.

// Test helpers may panic: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use closereader::work::SaveStatus;

use closereader::ui::theme::ThemeChoice;
use closereader::ui::{AppOptions, CloseReaderApp, Settings};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn lessons_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")
}

/// The app under test with its own folder for saved work.
struct TestApp {
    harness: Harness<'static, CloseReaderApp>,
    data: tempfile::TempDir,
}

impl std::ops::Deref for TestApp {
    type Target = Harness<'static, CloseReaderApp>;
    fn deref(&self) -> &Self::Target {
        &self.harness
    }
}

impl std::ops::DerefMut for TestApp {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.harness
    }
}

fn harness_with(options: AppOptions, size: [f32; 2]) -> TestApp {
    let data = tempfile::tempdir().expect("temp dir");
    let options = AppOptions {
        data_dir: Some(data.path().to_path_buf()),
        ..options
    };
    let app = CloseReaderApp::new(Settings::default(), options);
    // Saving asks for a frame when the next save is due: allow a few steps.
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut CloseReaderApp| app.show(ui), app);
    harness.run();
    TestApp { harness, data }
}

/// The app with the template lesson (every prompt kind in one section) listed.
fn harness_with_template() -> TestApp {
    harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            open_lesson: None,
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    )
}

/// Asserts that some widget has this exact label (the top bar and the outline
/// may both show the same count).
fn assert_shown(harness: &TestApp, label: &str) {
    assert!(
        harness.query_all_by_label(label).next().is_some(),
        "nothing is labelled {label:?}"
    );
}

/// Focuses the field labelled `label`, then types into it (as a person
/// would: the click or Tab comes a frame before the typing).
fn type_into(harness: &mut TestApp, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn type_name(harness: &mut TestApp, name: &str) {
    type_into(harness, "Who is working?", name);
}

/// The app with the template listed, saving exports into `dir` without asking.
fn harness_exporting_to(dir: &Path) -> TestApp {
    let options = AppOptions {
        lessons_dirs: vec![lessons_dir()],
        export_dir: Some(dir.to_path_buf()),
        ..AppOptions::default()
    };
    harness_with(options, [1280.0, 2400.0])
}

/// Exports with Ctrl+E in the format labelled `format`; returns the one file
/// that appears in `dir`.
fn export_as(harness: &mut TestApp, format: &str, dir: &Path) -> PathBuf {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.get_by_label(format).click();
    harness.run();
    harness.get_by_label("Save…").click();
    harness.run();
    let files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files.into_iter().next().expect("one file")
}

/// Types `name` and starts the template lesson (every prompt kind, one section).
fn open_template_as(harness: &mut TestApp, name: &str) {
    type_name(harness, name);
    harness
        .get_by_label("Start: Lesson template: copy me")
        .click();
    harness.run();
}

/// The app with the template listed and a disk that is always full.
fn harness_with_full_disk() -> TestApp {
    let options = AppOptions {
        lessons_dirs: vec![lessons_dir()],
        disk: Some(std::sync::Arc::new(FullDisk)),
        ..AppOptions::default()
    };
    harness_with(options, [1280.0, 2400.0])
}

#[test]
fn a_student_answers_one_prompt_of_every_kind_and_writes_notes() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Amira");
    assert_eq!(harness.state().open_lesson(), Some(("template", 0)));
    assert_shown(&harness, "0 of 6 answered");

    type_into(
        &mut harness,
        "What is the narrator's main claim? What makes you say that?",
        "Trust is falling.",
    );
    type_into(
        &mut harness,
        "Who ran the survey, according to the report?",
        "Nobody says",
    );
    harness.get_by_label("An opinion").click();
    harness.run();
    harness.get_by_label("shocking").click();
    harness.run();
    harness.get_by_label("collapse").click();
    harness.run();
    harness.get_by_label("4 on a scale of 1 to 5").click();
    harness.run();
    // Open, short, choice and choices are answered; the rating still needs its justification.
    assert_shown(&harness, "4 of 6 answered");
    type_into(
        &mut harness,
        "Why did you choose this number? (needed)",
        "It is one quote.",
    );
    type_into(
        &mut harness,
        "Quote the words that show the expert's opinion.",
        "“shocking collapse”",
    );
    type_into(
        &mut harness,
        "Notes on “The first claim”",
        "Who paid for the survey?",
    );
    type_into(
        &mut harness,
        "Notebook (whole lesson)",
        "Look up the survey.",
    );
    assert_shown(&harness, "6 of 6 answered");

    let work = harness.state().open_work().expect("work exists");
    let answer = |id: &str| work.answers.get(id).cloned().unwrap_or_default();
    assert_eq!(answer("q-open").text, "Trust is falling.");
    assert_eq!(answer("q-short").text, "Nobody says");
    assert_eq!(answer("q-choice").chosen, [1]);
    assert_eq!(answer("q-choices").chosen, [1, 2]);
    assert_eq!(
        (answer("q-rating").rating, answer("q-rating").text.as_str()),
        (Some(4), "It is one quote.")
    );
    assert_eq!(answer("q-evidence").text, "“shocking collapse”");
    assert_eq!(work.section_note("first"), "Who paid for the survey?");
    assert_eq!(work.notebook, "Look up the survey.");
}

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
    harness.get_by_label("Section 2 of 11");
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
    let work = harness.state().open_work().expect("work");
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
fn glossary_definitions_show_on_keyboard_focus_in_any_script() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Chen");
    harness.get_by_label("society").focus();
    harness.run();
    // The definition names the term in Chinese: the bundled font must have it,
    // or the missing-glyph check fails this test.
    harness.get_by_label_contains("社会 (shèhuì): Chinese for");
}

#[test]
fn theme_and_text_size_change_and_are_remembered_in_settings() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Dana");
    harness.get_by_label("Theme").click();
    harness.run();
    harness.get_by_label("High contrast").click();
    harness.run();
    assert_eq!(harness.state().settings().theme, ThemeChoice::HighContrast);
    assert!(harness.ctx.global_style().visuals.dark_mode);
    harness.get_by_label("Theme").click();
    harness.run();
    harness.get_by_label("Light").click();
    harness.run();
    assert!(!harness.ctx.global_style().visuals.dark_mode);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    harness.run();
    assert_eq!(harness.state().settings().text_scale, 1.1);
    harness.get_by_label("A+").click();
    harness.run();
    assert_eq!(harness.state().settings().text_scale, 1.2);
    let body = harness.ctx.global_style().text_styles[&egui::TextStyle::Body].size;
    assert!((body - 17.0 * 1.2).abs() < 0.01, "{body}");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.run();
    assert_eq!(harness.state().settings().text_scale, 1.1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert_eq!(harness.state().settings().text_scale, 1.0);
    assert_eq!(harness.state().settings().recent_names, ["Dana"]);
}

#[test]
fn hints_show_on_request() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Eli");
    assert!(
        harness
            .query_by_label("Hint: Look at the first passage.")
            .is_none()
    );
    harness.get_by_label("Show hint").click();
    harness.run();
    harness.get_by_label("Hint: Look at the first passage.");
    harness.get_by_label("Hide hint").click();
    harness.run();
    assert!(
        harness
            .query_by_label("Hint: Look at the first passage.")
            .is_none()
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
    type_name(&mut harness, "Fay");
    harness
        .get_by_label("Start: Reading a Video Closely: China’s Social Credit System")
        .click();
    harness.run();
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
fn a_huge_lesson_lays_out_only_what_is_on_screen() {
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
    // 1 header + 12 passages of 2,000 characters + 1 prompt + navigation = 15 blocks.
    let drawn = harness.state().blocks_drawn();
    assert!(drawn < 10, "{drawn} of 15 blocks were laid out");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
    harness.run();
    assert_eq!(harness.state().open_lesson(), Some(("stress", 1)));
    assert!(harness.state().blocks_drawn() < 10);
}

#[test]
fn random_input_never_panics() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Ivy");
    // A fixed-seed monkey: clicks, keys and text anywhere on screen.
    let mut seed: u64 = 0x5eed;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let keys = [
        Key::Tab,
        Key::Enter,
        Key::Space,
        Key::Escape,
        Key::ArrowDown,
        Key::ArrowUp,
        Key::PageDown,
        Key::Backspace,
    ];
    for _ in 0..300 {
        match next() % 4 {
            0 => {
                let pos = egui::pos2((next() % 1280) as f32, (next() % 2400) as f32);
                harness.hover_at(pos);
                harness.event(egui::Event::PointerButton {
                    pos,
                    button: egui::PointerButton::Primary,
                    pressed: true,
                    modifiers: Modifiers::NONE,
                });
                harness.event(egui::Event::PointerButton {
                    pos,
                    button: egui::PointerButton::Primary,
                    pressed: false,
                    modifiers: Modifiers::NONE,
                });
            }
            1 => harness.key_press(keys[(next() % keys.len() as u64) as usize]),
            2 => harness.event(egui::Event::Text("é社\"<b>\u{202e}\n".into())),
            _ => harness.key_press_modifiers(
                Modifiers::COMMAND,
                [Key::PageDown, Key::PageUp, Key::Equals, Key::Minus][(next() % 4) as usize],
            ),
        }
        harness.step();
    }
    harness.run();
}

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
    let store = closereader::work::WorkStore::new(
        harness.data.path().to_path_buf(),
        std::sync::Arc::new(closereader::work::disk::RealDisk),
    );
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
    std::thread::sleep(closereader::work::session::AUTOSAVE_DELAY + Duration::from_millis(100));
    harness.run();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while harness.state().save_status() != Some(SaveStatus::Saved) {
        assert!(
            std::time::Instant::now() < deadline,
            "{:?}",
            harness.state().save_status()
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.run();
    }
    assert_shown(&harness, "Saved");
    harness.get_by_label("← Lessons").click();
    harness.run();
    harness
        .get_by_label("Continue: Lesson template: copy me")
        .click();
    harness.run();
    assert_eq!(
        harness.state().open_work().expect("work").notebook,
        "Remember this"
    );
}

/// A disk that is full.
struct FullDisk;

impl closereader::work::disk::Disk for FullDisk {
    fn write_temp(&self, _: &Path, _: &[u8]) -> std::io::Result<PathBuf> {
        Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
    }
    fn sync_file(&self, _: &Path) -> std::io::Result<()> {
        Ok(())
    }
    fn rename(&self, _: &Path, _: &Path) -> std::io::Result<()> {
        Ok(())
    }
    fn sync_dir(&self, _: &Path) -> std::io::Result<()> {
        Ok(())
    }
    fn remove_file(&self, _: &Path) -> std::io::Result<()> {
        Ok(())
    }
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        std::fs::read(path)
    }
    fn create_dir_all(&self, _: &Path) -> std::io::Result<()> {
        Ok(())
    }
    fn list(&self, _: &Path) -> std::io::Result<Vec<PathBuf>> {
        Ok(Vec::new())
    }
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
    assert_eq!(
        harness.state().open_work().expect("work").notebook,
        "Do not lose me"
    );
}

#[test]
fn answers_to_removed_prompts_are_kept_and_shown() {
    let mut harness = harness_with_template();
    let store = closereader::work::WorkStore::new(
        harness.data.path().to_path_buf(),
        std::sync::Arc::new(closereader::work::disk::RealDisk),
    );
    let mut work = closereader::work::Work::default();
    work.set_answer(
        "q-gone",
        closereader::work::Answer {
            text: "An old answer".into(),
            ..Default::default()
        },
    );
    let file = closereader::work::file::WorkFile::new("template", "old", "Mo", work);
    store.save(&file, false).expect("save");
    type_name(&mut harness, "Mo");
    harness
        .get_by_label("Continue: Lesson template: copy me")
        .click();
    harness.run();
    harness.get_by_label("Answers to removed prompts");
    harness.get_by_label("q-gone: An old answer");
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
    let store = closereader::work::WorkStore::new(
        harness.data.path().to_path_buf(),
        std::sync::Arc::new(closereader::work::disk::RealDisk),
    );
    let earlier = closereader::work::Work {
        notebook: "What I wrote first".into(),
        ..Default::default()
    };
    store
        .save(
            &closereader::work::file::WorkFile::new("template", "h", "Pat", earlier),
            true,
        )
        .expect("snapshot");
    type_name(&mut harness, "Pat");
    harness
        .get_by_label("Continue: Lesson template: copy me")
        .click();
    harness.run();
    harness.get_by_label("Notebook (whole lesson)").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Notebook (whole lesson)")
        .type_text("Rewritten");
    harness.run();
    assert_eq!(
        harness.state().open_work().expect("work").notebook,
        "Rewritten"
    );

    harness.get_by_label("Earlier copies…").click();
    harness.run();
    harness
        .get_by_label_contains("Bring back the copy from")
        .click();
    harness.run();
    assert_eq!(
        harness.state().open_work().expect("work").notebook,
        "What I wrote first"
    );
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

/// The template's first passage, whose words the highlight tests mark.
const FIRST_PASSAGE: &str =
    "A survey found that most people in our society trust the news less than before.";

#[test]
fn a_student_highlights_words_with_the_keyboard_and_cites_them() {
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_exporting_to(exports.path());
    open_template_as(&mut harness, "Quin");
    harness.get_by_label("Highlight words in passage 1").click();
    harness.run();
    // The words have the focus: → moves, Shift+→ extends, 1–9 picks a tag.
    harness.key_press(Key::ArrowRight);
    harness.run();
    harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    harness.run();
    harness.key_press(Key::Num1);
    harness.run();
    let work = harness.state().open_work().expect("work");
    assert_eq!(work.highlights.len(), 1, "{:?}", work.highlights);
    let highlight = work.highlights[0].clone();
    assert_eq!(
        (highlight.quote.as_str(), highlight.tag.as_str()),
        ("survey found", "claim")
    );
    let start = FIRST_PASSAGE.find("survey").expect("word");
    assert_eq!(
        (highlight.start, highlight.end),
        (start, start + "survey found".len())
    );
    // Shown with its tag's name, not only its colour.
    assert!(harness.query_all_by_label(" [Claim] ").next().is_some());
    harness.get_by_label("1 mark · 0/6");

    // The whole sentence with S, tagged by its button.
    harness.get_by_label("Highlight words in passage 2").click();
    harness.run();
    harness.key_press(Key::S);
    harness.run();
    harness.get_by_label("3 Loaded language").click();
    harness.run();
    let quotes: Vec<String> = harness
        .state()
        .open_work()
        .expect("work")
        .highlights
        .iter()
        .map(|h| h.quote.clone())
        .collect();
    assert_eq!(
        quotes,
        [
            "survey found",
            "It is a shocking collapse, and it is getting worse every year."
        ]
    );

    // Cite the first in the evidence answer, then export.
    harness.get_by_label("“survey found” [Claim]").click();
    harness.run();
    type_into(
        &mut harness,
        "Quote the words that show the expert's opinion.",
        "See my highlight.",
    );
    let work = harness.state().open_work().expect("work");
    assert_eq!(
        work.answer("q-evidence").highlights,
        std::slice::from_ref(&highlight.id)
    );
    let file = export_as(&mut harness, "Markdown (.md)", exports.path());
    let md = std::fs::read_to_string(file).expect("read");
    assert!(
        md.contains("> Cited: **Highlight, Claim:** survey found"),
        "{md}"
    );
    assert!(
        md.contains("### Highlights\n\n**Claim:**\n\n“survey found”"),
        "{md}"
    );
}

#[test]
fn a_highlight_is_made_by_mouse_then_commented_retagged_and_removed() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Rae");
    harness.get_by_label("Highlight words in passage 1").click();
    harness.run();
    // A click on the words picks the word under the pointer.
    harness.get_by_label_contains("Words to highlight").click();
    harness.run();
    harness.get_by_label("2 Evidence").click();
    harness.run();
    let work = harness.state().open_work().expect("work");
    assert_eq!(work.highlights.len(), 1);
    let highlight = work.highlights[0].clone();
    assert_eq!(highlight.tag, "evidence");
    assert!(
        FIRST_PASSAGE.split(' ').any(|w| w == highlight.quote),
        "{:?}",
        highlight.quote
    );

    let comment = format!("Comment on “{}”", highlight.quote);
    type_into(&mut harness, &comment, "Is this evidence?");
    assert_eq!(
        harness.state().open_work().expect("work").highlights[0].comment,
        "Is this evidence?"
    );
    harness.get_by_label("Tag").click();
    harness.run();
    harness.get_by_label("Claim").click();
    harness.run();
    assert_eq!(
        harness.state().open_work().expect("work").highlights[0].tag,
        "claim"
    );
    harness.get_by_label("Show").click();
    harness.run();
    harness.get_by_label("Remove").click();
    harness.run();
    assert!(
        harness
            .state()
            .open_work()
            .expect("work")
            .highlights
            .is_empty()
    );
}

/// Presses Tab until the widget labelled `label` has the keyboard focus.
fn tab_to(harness: &mut TestApp, label: &str) {
    for _ in 0..80 {
        if harness
            .query_by_label(label)
            .is_some_and(|n| n.is_focused())
        {
            return;
        }
        harness.key_press(Key::Tab);
        harness.run();
    }
    panic!("Tab never reached {label:?}");
}

#[test]
fn highlights_are_commented_retagged_and_removed_from_the_keyboard() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Sol");
    tab_to(&mut harness, "Highlight words in passage 2");
    harness.key_press(Key::Enter);
    harness.run();
    harness.key_press(Key::Num2); // the first word, as Evidence
    harness.run();
    let work = harness.state().open_work().expect("work");
    assert_eq!(
        (
            work.highlights[0].quote.as_str(),
            work.highlights[0].tag.as_str()
        ),
        ("It", "evidence")
    );

    tab_to(&mut harness, "Comment on “It”");
    harness.event(egui::Event::Text("Vague".into()));
    harness.run();
    assert_eq!(
        harness.state().open_work().expect("work").highlights[0].comment,
        "Vague"
    );

    tab_to(&mut harness, "Tag");
    harness.key_press(Key::Space);
    harness.run();
    tab_to(&mut harness, "Loaded language");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().open_work().expect("work").highlights[0].tag,
        "loaded"
    );

    tab_to(&mut harness, "Remove");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness
            .state()
            .open_work()
            .expect("work")
            .highlights
            .is_empty()
    );
}

//! Choosing the interface's language in the window. A test binary of its
//! own: the language in use is one for the whole program, so switching it
//! here cannot change what the other tests (in `tests/all`) read.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::HashSet;
use std::path::Path;

use closereader::class::class_fs::{Capped, ClassFs, Listed, RealFs, Stat};
use closereader::work::disk::EntryKind;

use closereader::ui::{AppOptions, CloseReaderApp, Settings};
use closereader::words::{BUILT_IN, ENGLISH, Words};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// Every message without arguments in `tables` (values and attributes), worded.
fn plain_messages(code: &str, tables: &[(&str, &str)]) -> HashSet<String> {
    let (words, _) = Words::parse(code, tables);
    let mut out = HashSet::new();
    for (_, text) in tables {
        let resource = match fluent_syntax::parser::parse(*text) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        for entry in resource.body {
            let fluent_syntax::ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            let mut ids = vec![id.to_owned()];
            ids.extend(
                message
                    .attributes
                    .iter()
                    .map(|a| format!("{id}.{}", a.id.name)),
            );
            for id in ids {
                if let Some(text) = words.try_get(&id, None)
                    && !text.contains('{')
                    && text.chars().any(char::is_alphabetic)
                {
                    out.insert(text);
                }
            }
        }
    }
    out
}

/// Labels on screen that are English words of the app where the language
/// in use has other words: the interface left untranslated.
fn english_left(harness: &Harness<'_, CloseReaderApp>, code: &str) -> Vec<String> {
    let english = plain_messages("en", &ENGLISH);
    let tables = BUILT_IN
        .iter()
        .find(|b| b.code == code)
        .expect("a built-in language")
        .tables;
    let translated = plain_messages(code, tables);
    // The lesson's own words stay as the teacher wrote them.
    let lesson = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/template.ron"),
    )
    .expect("the template");
    let mut left: Vec<String> = harness
        .query_all_by(|_| true)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|label| english.contains(label) && !translated.contains(label))
        .filter(|label| !lesson.contains(&format!("\"{label}\"")))
        .collect();
    left.sort();
    left.dedup();
    left
}

/// The language in use is one for the whole program: tests here take turns.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn app_with_lessons(
    lessons: std::path::PathBuf,
    data: &std::path::Path,
    size: [f32; 2],
) -> Harness<'static, CloseReaderApp> {
    let options = AppOptions {
        lessons_dirs: vec![lessons],
        data_dir: Some(data.to_path_buf()),
        clock: closereader::clock::Clock::manual(),
        ..AppOptions::default()
    };
    closereader::words::set_language("en", &[]);
    let app = CloseReaderApp::new(Settings::default(), options);
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut CloseReaderApp| app.show(ui), app);
    harness.run();
    harness
}

fn choose_language(harness: &mut Harness<'_, CloseReaderApp>, list: &str, name: &str) {
    harness
        .query_all_by_label(list)
        .next()
        .expect("the language list")
        .click();
    harness.run();
    harness
        .query_all_by(|n| {
            n.role() == egui::accesskit::Role::ListBoxOption && n.label().as_deref() == Some(name)
        })
        .next()
        .expect("the language in the list")
        .click();
    harness.run();
}

#[test]
fn a_language_chosen_on_the_start_screen_names_every_screen_in_it() {
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let data = tempfile::tempdir().expect("temp dir");
    let lessons = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let mut harness = app_with_lessons(lessons, data.path(), [1280.0, 900.0]);
    assert!(
        harness.query_by_label("Who is working?").is_some(),
        "English first"
    );

    choose_language(&mut harness, "Language", "Español");
    assert_eq!(closereader::words::language(), "es");
    assert_eq!(harness.state().settings().language.as_deref(), Some("es"));
    assert!(harness.query_by_label("¿Quién está trabajando?").is_some());
    assert_eq!(
        english_left(&harness, "es"),
        Vec::<String>::new(),
        "start screen"
    );

    // The lesson screen, in Spanish too.
    harness.get_by_label("¿Quién está trabajando?").focus();
    harness.run();
    harness.event(egui::Event::Text("Ana".into()));
    harness.run();
    harness
        .query_all_by(|n| {
            n.label()
                .is_some_and(|l| l.ends_with("Lesson template: copy me"))
                && n.role() == egui::accesskit::Role::Button
        })
        .next()
        .expect("the template's start button")
        .click();
    harness.run();
    assert!(harness.state().open_lesson().is_some(), "the lesson opened");
    assert_eq!(
        english_left(&harness, "es"),
        Vec::<String>::new(),
        "lesson screen"
    );

    // Back, and on to Chinese from the same list.
    harness.key_press(Key::Escape);
    harness.run();
    harness
        .query_all_by(|n| {
            n.role() == egui::accesskit::Role::Button
                && n.label().is_some_and(|l| l.starts_with("←"))
        })
        .next()
        .expect("back to the lessons")
        .click();
    harness.run();
    choose_language(&mut harness, "Idioma (Language)", "中文（简体）");
    assert_eq!(closereader::words::language(), "zh-Hans");
    assert_eq!(
        english_left(&harness, "zh-Hans"),
        Vec::<String>::new(),
        "start screen"
    );
    choose_language(&mut harness, "语言（Language）", "English");
    assert_eq!(closereader::words::language(), "en");
    assert!(harness.query_by_label("Who is working?").is_some());
}

/// A lesson written in Spanish offers to show the app in Spanish too; one in
/// a language the app has no words for says so, and changes nothing.
#[test]
fn a_lesson_in_another_language_offers_it_or_says_it_is_missing() {
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let data = tempfile::tempdir().expect("temp dir");
    let lessons = tempfile::tempdir().expect("temp dir");
    let template = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/template.ron"),
    )
    .expect("the template");
    for (code, id) in [("es", "en-espanol"), ("fr", "en-francais")] {
        let lesson = template
            .replacen("language: \"en\"", &format!("language: \"{code}\""), 1)
            .replacen("id: \"template\"", &format!("id: \"{id}\""), 1)
            .replacen("Lesson template: copy me", id, 1);
        std::fs::write(lessons.path().join(format!("{id}.ron")), lesson).expect("write");
    }
    // Tall enough for all three lessons' cards.
    let mut harness = app_with_lessons(lessons.path().to_path_buf(), data.path(), [1280.0, 2400.0]);
    // The lessons folder is read in the background.
    for _ in 0..200 {
        if harness
            .query_all_by_label_contains("en-francais")
            .next()
            .is_some()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.run();
    }
    assert!(
        harness
            .query_by_label_contains("The app has no words in that language yet")
            .is_some(),
        "the French lesson says so"
    );
    harness
        .get_by_label("This lesson is in Español: show the app in Español too")
        .click();
    harness.run();
    assert_eq!(closereader::words::language(), "es");
    assert!(harness.query_by_label("¿Quién está trabajando?").is_some());
    assert!(
        harness
            .query_by_label_contains("show the app in Español too")
            .is_none(),
        "no offer once the app is in Spanish"
    );
    closereader::words::set_language("en", &[]);
}

/// The window in English with `options`, asking for `language` and reading
/// teachers' translation files from `share` (each test's own data folder).
fn window_asking_for(
    language: &str,
    share: &std::path::Path,
    data: &std::path::Path,
    options: AppOptions,
) -> Harness<'static, CloseReaderApp> {
    let options = AppOptions {
        data_dir: Some(data.to_path_buf()),
        clock: closereader::clock::Clock::manual(),
        language: Some(language.to_owned()),
        translation_folders: vec![share.to_path_buf()],
        ..options
    };
    closereader::words::set_language("en", &[]);
    let app = CloseReaderApp::new(Settings::default(), options);
    Harness::builder()
        .with_size([1280.0, 900.0])
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut CloseReaderApp| app.show(ui), app)
}

/// Steps the window until `done` holds, failing after 20 s.
fn step_until(
    harness: &mut Harness<'static, CloseReaderApp>,
    what: &str,
    done: impl Fn(&Harness<'static, CloseReaderApp>) -> bool,
) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !done(harness) {
        assert!(std::time::Instant::now() < deadline, "{what}");
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    harness.run();
}

/// A share that does not answer until the test opens it, then answers as
/// the real file system does; counts the files read.
#[derive(Default)]
struct ShutShare {
    open: std::sync::Mutex<bool>,
    opened: std::sync::Condvar,
    reads: std::sync::atomic::AtomicUsize,
}

impl ShutShare {
    fn open(&self) {
        *self
            .open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = true;
        self.opened.notify_all();
    }

    fn wait(&self) {
        let mut open = self
            .open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        while !*open {
            open = self
                .opened
                .wait(open)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
    }

    fn reads(&self) -> usize {
        self.reads.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl ClassFs for ShutShare {
    fn kind_following(&self, path: &Path) -> std::io::Result<EntryKind> {
        self.wait();
        RealFs.kind_following(path)
    }

    fn list(&self, dir: &Path) -> std::io::Result<Vec<Listed>> {
        self.wait();
        RealFs.list(dir)
    }

    fn stat(&self, path: &Path) -> std::io::Result<Stat> {
        self.wait();
        RealFs.stat(path)
    }

    fn read_capped(&self, path: &Path, cap: u64) -> std::io::Result<Capped> {
        self.wait();
        self.reads
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        RealFs.read_capped(path, cap)
    }
}

/// A teacher's `fr.ftl` on a lessons folder that is a slow network share is
/// read on the background worker: the window opens in English at once, the
/// student can type, and the words turn French when the file arrives, with
/// the typed name and the keyboard's place kept.
#[test]
fn a_translation_on_a_slow_share_arrives_after_the_window_opens() {
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let data = tempfile::tempdir().expect("temp dir");
    let share = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        share.path().join("fr.ftl"),
        "language-name = Français\nstart-who = Qui travaille ?\n",
    )
    .expect("write fr.ftl");
    // A pipe named like a translation is never opened (it would wait for
    // a writer).
    #[cfg(unix)]
    {
        let fifo = share.path().join("de.ftl");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success());
        assert!(made, "mkfifo");
    }
    let fs = std::sync::Arc::new(ShutShare::default());
    let options = AppOptions {
        lessons_dirs: vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")],
        class_fs: Some(fs.clone()),
        ..AppOptions::default()
    };
    let mut harness = window_asking_for("fr", share.path(), data.path(), options);
    harness.step();
    // The window is up in English while the share has not answered.
    assert_eq!(closereader::words::language(), "en");
    assert!(harness.state().is_busy(), "the files are still being read");
    harness.get_by_label("Who is working?").focus();
    harness.step();
    harness.event(egui::Event::Text("Amal".into()));
    harness.step();
    fs.open();

    step_until(&mut harness, "the French words never arrived", |h| {
        h.query_by_label("Qui travaille ?").is_some()
    });
    assert_eq!(closereader::words::language(), "fr");
    assert_eq!(fs.reads(), 1, "fr.ftl read once; the pipe never opened");
    let field = harness.get_by_label("Qui travaille ?");
    assert!(field.is_focused(), "the name field kept the keyboard");
    assert_eq!(field.value().as_deref(), Some("Amal"), "the name kept");
    // French where the file has words, English elsewhere; French is on offer.
    assert!(harness.query_by_label("Language").is_some());
    assert!(
        harness
            .state()
            .languages()
            .iter()
            .any(|l| l.code == "fr" && l.name == "Français")
    );
    closereader::words::set_language("en", &[]);
}

/// `--lang xx` for a window, when no file gives "xx": once the translation
/// files are read, the window says so and stays in the language it had.
#[test]
fn an_unknown_language_asked_for_a_window_is_said_once_the_files_are_read() {
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let data = tempfile::tempdir().expect("temp dir");
    let share = tempfile::tempdir().expect("temp dir");
    let mut harness = window_asking_for("xx", share.path(), data.path(), AppOptions::default());
    step_until(&mut harness, "still reading", |h| !h.state().is_busy());
    assert_eq!(closereader::words::language(), "en");
    // A label's text is its value in the accessibility tree.
    let texts: Vec<String> = harness
        .query_all_by(|n| n.role() == egui::accesskit::Role::Label)
        .filter_map(|n| n.accesskit_node().value())
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("There is no language \"xx\", so Close Reader stays")),
        "the window says the language is unknown: {texts:?}"
    );
}

//! Choosing the interface's language in the window. A test binary of its
//! own: the language in use is one for the whole program, so switching it
//! here cannot change what the other tests (in `tests/all`) read.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::HashSet;

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

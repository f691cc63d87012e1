//! Languages on the command line: `check-translation`'s report and exit
//! status, a teacher's `fr.ftl` picked up with `--lang fr` (French where it
//! has words, English elsewhere), and an unknown `--lang` refused.

use crate::common::{self, Run};

const FRENCH: &str = "\
language-name = Français
sys-cli-check-ok = { $file }: ok ({ $sections } sections, { $prompts } questions, vérifié)
";

#[test]
fn a_teachers_french_file_is_checked_and_used_message_by_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fr = dir.path().join("fr.ftl");
    std::fs::write(&fr, FRENCH).expect("write");
    let fr_arg = fr.to_str().expect("path");
    let (code, stdout, stderr) = Run::new(&["check-translation", fr_arg], dir.path()).run();
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        stdout.contains(&format!("{fr_arg}: missing: start-who (shown in English)")),
        "{stdout}"
    );
    let summary = stdout.lines().last().expect("a summary");
    assert!(
        summary.starts_with(&format!("{fr_arg}: 1 of ")),
        "{summary}"
    );
    assert!(summary.ends_with(" missing, 0 unknown"), "{summary}");

    // Used by the command line with --lang: its one message in French…
    let template = common::template_lesson();
    let template = template.to_str().expect("path");
    let lessons = dir.path().to_str().expect("path");
    let (code, stdout, _) = Run::new(
        &["--lang", "fr", "--lessons-dir", lessons, "check", template],
        dir.path(),
    )
    .run();
    assert_eq!(code, 0);
    assert!(stdout.contains(": ok (1 section"), "{stdout}");
    assert!(stdout.contains("vérifié)"), "{stdout}");
    // …and English where it has none.
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Lesson(").expect("write");
    let (code, stdout, _) = Run::new(
        &[
            "--lang",
            "fr",
            "--lessons-dir",
            lessons,
            "check",
            broken.to_str().expect("path"),
        ],
        dir.path(),
    )
    .run();
    assert_eq!(code, 1);
    assert!(stdout.contains(": error: "), "{stdout}");
}

#[test]
fn a_broken_translation_is_reported_with_its_line_and_exit_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let es = dir.path().join("es.ftl");
    std::fs::write(
        &es,
        "start-who = ¿Quién?\nn-students = { $cuenta } alumnos\nno-such-message = Hola\nbroken = { $count\n",
    )
    .expect("write");
    let es_arg = es.to_str().expect("path");
    let (code, stdout, _) = Run::new(&["check-translation", es_arg], dir.path()).run();
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains(&format!("{es_arg}:4:1: error: ")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{es_arg}:2: error: n-students uses {{ $cuenta }}")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "{es_arg}:3: warning: no-such-message is not a message the app has"
        )),
        "{stdout}"
    );
    // A file not named after a language is refused.
    let notes = dir.path().join("notes.ftl.txt");
    std::fs::write(&notes, "x = y").expect("write");
    let (code, stdout, _) = Run::new(
        &["check-translation", notes.to_str().expect("path")],
        dir.path(),
    )
    .run();
    assert_eq!(code, 1);
    assert!(stdout.contains("its language code and .ftl"), "{stdout}");
}

#[test]
fn an_unknown_language_is_a_usage_error_naming_the_languages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let template = common::template_lesson();
    let (code, _, stderr) = Run::new(
        &["--lang", "xx", "check", template.to_str().expect("path")],
        dir.path(),
    )
    .run();
    assert_eq!(code, 2);
    assert!(
        stderr.contains("there is no language \"xx\": the languages are en (English), es (Español), zh-Hans (中文（简体）)"),
        "{stderr}"
    );
    // Spanish is built in.
    let (code, stdout, _) = Run::new(
        &["--lang", "es", "check", template.to_str().expect("path")],
        dir.path(),
    )
    .run();
    assert_eq!(code, 0);
    assert!(stdout.contains(": ok (1 sección, 6 preguntas)"), "{stdout}");
}

//! `closereader check` against the corpus of broken lessons, the bundled
//! lessons, and the command-line contract (output, exit codes).

// Test helpers may panic: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use closereader::cli::check_files;
use closereader::lesson::check_lesson;

use crate::common::{self, Run};

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken-lessons");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus folder")
        .map(|entry| entry.expect("corpus entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// Runs `check` on one file, reporting it by its file name alone.
fn check_output(path: &Path) -> (bool, String) {
    let mut out = Vec::new();
    let valid = check_files(&[path.to_path_buf()], &mut out).expect("write to memory");
    let out = String::from_utf8(out).expect("utf-8 report");
    let name = path.file_name().expect("file name").to_string_lossy();
    (valid, out.replace(&path.display().to_string(), &name))
}

#[test]
fn every_broken_lesson_gets_its_exact_message_and_position() {
    let files = corpus();
    let broken = files
        .iter()
        .filter(|f| !f.to_string_lossy().contains("warning-"))
        .count();
    assert!(broken >= 25, "the corpus has only {broken} broken lessons");
    for file in &files {
        let expected = std::fs::read_to_string(file.with_extension("expected"))
            .unwrap_or_else(|e| panic!("{}: no .expected file: {e}", file.display()));
        let (valid, output) = check_output(file);
        assert_eq!(output, expected, "{}", file.display());
        let is_warning_case = file.to_string_lossy().contains("warning-");
        assert_eq!(valid, is_warning_case, "{}: validity", file.display());
        if !is_warning_case {
            assert!(
                output.contains(": error: "),
                "{}: no error reported",
                file.display()
            );
            assert!(!output.contains(": ok ("), "{}", file.display());
        }
    }
}

#[test]
fn several_problems_in_one_file_are_all_reported() {
    let text = std::fs::read_to_string(common::base_lesson())
        .expect("base lesson")
        .replace("Open(id: \"q7\"", "Open(id: \"q1\"")
        .replace("speaker: \"expert\", text", "speaker: \"nobody\", text")
        .replace("answer: 2,", "answer: 9,");
    let report = closereader::lesson::check_lesson(text.as_bytes(), None);
    let messages: Vec<&str> = report
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "unknown speaker \"nobody\"",
            "answer 9 is not one of the options (there are 2)",
            "duplicate prompt id \"q1\"",
        ]
    );
    assert!(report.lesson.is_none());
}

#[test]
fn a_file_over_the_size_cap_is_refused_before_parsing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    // Valid-looking RON, so only the size can be the reason.
    let mut text = String::from("Lesson(id: \"x\", title: \"t\", sections: [], summary: \"");
    text.push_str(&"a".repeat(9 * 1024 * 1024));
    text.push_str("\")");
    std::fs::write(&path, text).expect("write");
    let (valid, output) = check_output(&path);
    assert!(!valid);
    assert_eq!(
        output,
        "huge.ron:1:1: error: this file is larger than 8 MB, the most a lesson file may be\n    \
         hint: split the lesson into several files, or check that this is a lesson file\n"
    );
}

#[test]
fn the_bundled_lessons_and_the_template_are_valid_without_warnings() {
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    for name in ["social-credit.ron", "template.ron"] {
        let (valid, output) = check_output(&lessons.join(name));
        assert!(valid, "{output}");
        assert!(!output.contains("warning"), "{output}");
    }
}

#[test]
fn check_prints_ok_lines_and_exits_0_for_good_files() {
    let (code, stdout, _) = common::closereader(
        &["check", "lessons/template.ron", "tests/base-lesson.ron"],
        common::project_dir(),
    );
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "lessons/template.ron: ok (1 section, 6 prompts)\ntests/base-lesson.ron: ok (2 sections, 7 prompts)\n"
    );
}

#[test]
fn check_exits_1_when_any_file_is_invalid_and_still_checks_the_rest() {
    let (code, stdout, _) = common::closereader(
        &[
            "check",
            "tests/broken-lessons/unknown-speaker.ron",
            "lessons/template.ron",
            "no-such-file.ron",
        ],
        common::project_dir(),
    );
    assert_eq!(code, 1);
    assert_eq!(
        stdout,
        "tests/broken-lessons/unknown-speaker.ron:26:47: error: unknown speaker \"expret\"\n    \
         hint: did you mean \"expert\"?\n\
         lessons/template.ron: ok (1 section, 6 prompts)\n\
         no-such-file.ron: error: cannot open this file: there is no such file or folder\n"
    );
}

#[test]
fn check_usage_errors_exit_2() {
    let (code, _, stderr) = common::closereader(&["check"], common::project_dir());
    assert_eq!(code, 2);
    assert!(stderr.contains("FILE"), "{stderr}");
    let (code, _, _) =
        common::closereader(&["check", "--no-such-flag", "x.ron"], common::project_dir());
    assert_eq!(code, 2);
}

#[test]
fn help_and_version_describe_the_contract() {
    let (code, stdout, _) = common::closereader(&["check", "--help"], common::project_dir());
    assert_eq!(code, 0);
    assert!(stdout.contains("FILE:LINE:COL"), "{stdout}");
    assert!(stdout.contains("Exit status: 0"), "{stdout}");
    let (code, stdout, _) = common::closereader(&["--version"], common::project_dir());
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        format!("closereader {}\n", env!("CARGO_PKG_VERSION"))
    );
}

/// `--data-dir` and `--lessons-dir` work before or after the subcommand.
#[test]
fn global_options_work_in_every_position() {
    let data = tempfile::tempdir().expect("temp dir");
    let data = data.path().to_str().expect("utf-8 path");
    let lessons = common::project_dir().join("lessons");
    let lessons = lessons.to_str().expect("utf-8 path");
    for args in [
        vec!["--data-dir", data, "check", "lessons/template.ron"],
        vec!["check", "--data-dir", data, "lessons/template.ron"],
        vec!["check", "lessons/template.ron", "--data-dir", data],
        vec![
            "--lessons-dir",
            lessons,
            "--data-dir",
            data,
            "check",
            "lessons/template.ron",
        ],
    ] {
        let (code, stdout, stderr) = common::closereader(&args, common::project_dir());
        assert_eq!(code, 0, "{args:?}: {stderr}");
        assert_eq!(stdout, "lessons/template.ron: ok (1 section, 6 prompts)\n");
    }
    for args in [
        vec![
            "--data-dir",
            data,
            "export",
            "--student",
            "Zoe",
            "--lesson",
            "social-credit",
        ],
        vec![
            "export",
            "--data-dir",
            data,
            "--student",
            "Zoe",
            "--lesson",
            "social-credit",
        ],
        vec![
            "export",
            "--student",
            "Zoe",
            "--lesson",
            "social-credit",
            "--data-dir",
            data,
        ],
        vec![
            "--lessons-dir",
            lessons,
            "export",
            "--student",
            "Zoe",
            "--lesson",
            "social-credit",
            "--data-dir",
            data,
        ],
    ] {
        let (code, _, stderr) = common::closereader(&args, common::project_dir());
        // Parsed (exit 1, not the usage error's 2): there is no work to export.
        assert_eq!(code, 1, "{args:?}: {stderr}");
        assert!(
            stderr.contains("no saved work for \"Zoe\""),
            "{args:?}: {stderr}"
        );
    }
}

/// A named pipe is refused at once instead of waiting forever for a writer.
#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("lesson.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let fifo = fifo.to_str().expect("utf-8 path");
    for args in [
        vec!["check", fifo],
        vec!["export", "--student", "Zoe", "--lesson", fifo],
    ] {
        // A guard: if the pipe were opened, this would wait forever (the
        // child is killed when the test fails).
        let mut child = Run::new(&args, dir.path()).spawn();
        common::eventually(
            &format!("{args:?} to end instead of waiting on the pipe"),
            std::time::Duration::from_secs(20),
            || child.try_wait().expect("wait").is_some(),
        );
        let output = child.into_inner().wait_with_output().expect("output");
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            all.contains("this is a pipe or a device, not a lesson file"),
            "{args:?}: {all}"
        );
    }
}

/// Windows line endings, a byte-order mark and tabs are all fine.
#[test]
fn crlf_a_byte_order_mark_and_tabs_are_fine() {
    let template = std::fs::read_to_string(common::template_lesson()).expect("template");
    let variants = [
        template.replace('\n', "\r\n"),
        format!("\u{feff}{template}"),
        template.replace("    ", "\t"),
    ];
    for text in variants {
        let report = check_lesson(text.as_bytes(), None);
        assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
        assert!(report.lesson.is_some());
    }
}

/// Section minutes add up to the lesson's estimate; a glossary term used only
/// in an intro or a question is in use (no warning); OnScreen is a role.
#[test]
fn section_minutes_intro_terms_and_on_screen_text() {
    let base = std::fs::read_to_string(common::base_lesson()).expect("base lesson");
    let report = check_lesson(base.as_bytes(), None);
    let lesson = report.lesson.expect("valid");
    assert_eq!(lesson.estimated_minutes(), lesson.minutes);
    let text = base
        .replacen("id: \"one\",", "id: \"one\", minutes: 20,", 1)
        .replacen(
            "id: \"two\",",
            "id: \"two\", minutes: 15, intro: \"A poll follows.\",",
            1,
        )
        .replacen(
            "glossary: [",
            "glossary: [Term(term: \"poll\", definition: \"A survey.\"),",
            1,
        )
        .replacen("role: Narrator", "role: OnScreen", 1)
        .replacen("minutes: 10,", "minutes: 35,", 1);
    let report = check_lesson(text.as_bytes(), None);
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    let lesson = report.lesson.expect("valid");
    assert_eq!(lesson.estimated_minutes(), Some(35));
    assert_eq!(
        lesson.speakers[0].role,
        closereader::lesson::SpeakerRole::OnScreen
    );
}

/// An option the command would not use is a usage error (exit 2), never
/// silently ignored; the same option set in the environment (as a school
/// may do for every program) is no error.
#[test]
fn options_a_command_does_not_use_are_usage_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lesson = common::template_lesson();
    let lesson = lesson.to_str().expect("utf-8");
    for (args, said) in [
        (vec!["--hand-in", "/tmp", "preview", lesson], "--hand-in"),
        (vec!["--teacher-view", "class", "/tmp"], "--teacher-view"),
        (vec!["check", lesson, "--quit-after", "3"], "--quit-after"),
        (vec!["--frame-log", "x.log", "check", lesson], "--frame-log"),
        (
            vec!["check", lesson, "--quit-after-first-frame"],
            "--quit-after-first-frame",
        ),
        (
            vec!["--quit-after=-1", "preview", lesson],
            "not a number of seconds",
        ),
        (
            vec!["--quit-after", "NaN", "preview", lesson],
            "not a number of seconds",
        ),
    ] {
        let (code, _, stderr) = common::closereader(&args, dir.path());
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains(said), "{args:?}: {stderr}");
    }
    let (code, _, stderr) = Run::new(&["check", lesson], dir.path())
        .env("CLOSEREADER_HAND_IN_DIR", "/tmp")
        .run();
    assert_eq!(code, 0, "{stderr}");
}

/// `closereader check … | head -1`: the reader closing the pipe is their
/// choice, not an error: nothing is said, and the exit is clean.
#[test]
fn a_reader_that_stops_reading_is_no_error() {
    use std::io::{BufRead as _, BufReader};
    let lesson = common::template_lesson();
    let lesson = lesson.to_str().expect("utf-8 path");
    let args: Vec<&str> = std::iter::once("check")
        .chain(std::iter::repeat_n(lesson, 2_000))
        .collect();
    let mut child = Run::new(&args, common::project_dir()).spawn();
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("a line");
    assert!(first.contains(": ok ("), "{first}");
    // The pipe is closed as the reader goes.
    let output = child.into_inner().wait_with_output().expect("wait");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

/// Time is checked like the rest: sections' minutes add up to the lesson's,
/// every section has them once one does, and none is given much less than
/// its questions and reading need (2.5 minutes a choice, 5 a written answer,
/// 8 a question in steps, 120 words a minute), each with where and a hint.
#[test]
fn section_minutes_that_do_not_add_up_or_are_too_short_are_warned() {
    let base = std::fs::read_to_string(common::base_lesson()).expect("base lesson");
    let warnings = |text: &str| -> Vec<String> {
        check_lesson(text.as_bytes(), None)
            .diagnostics
            .iter()
            .map(|d| d.render("l.ron"))
            .collect()
    };
    // Section "one" has six questions: about 27 minutes of work.
    let short = base
        .replacen("id: \"one\",", "id: \"one\", minutes: 5,", 1)
        .replacen("id: \"two\",", "id: \"two\", minutes: 6,", 1);
    let found = warnings(&short);
    assert!(
        found.iter().any(|w| w.contains(
            "warning: section \"one\" is given 5 minutes, but its reading and questions need about"
        ) && w.contains("2.5 minutes per choice")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|w| w.starts_with(
            "l.ron:5:14: warning: the lesson says 10 minutes, but its sections add up to 11"
        )),
        "{found:#?}"
    );
    let missing = base.replacen("id: \"one\",", "id: \"one\", minutes: 30,", 1);
    let found = warnings(&missing);
    assert!(
        found
            .iter()
            .any(|w| w.contains("section \"two\" has no minutes, but other sections do")),
        "{found:#?}"
    );
    let honest = base
        .replacen("id: \"one\",", "id: \"one\", minutes: 30,", 1)
        .replacen("id: \"two\",", "id: \"two\", minutes: 6,", 1)
        .replacen("minutes: 10,", "minutes: 36,", 1);
    assert!(warnings(&honest).is_empty(), "{:#?}", warnings(&honest));
}

//! Collecting a class from a folder: whatever a school's folders hold
//! (flat copies, a laptop's data folder, conflict copies, damaged, newer
//! and foreign files, hostile names), read back without losing a student.

// Test helpers may panic: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use crate::common::builders::{WorkBuilder, chosen, rated, write_work, written};
use crate::common::{self, Run, put};

use closereader::class::{CollectProgress, collect};
use closereader::work::file::WorkFile;

/// A work file for `student` on the base lesson, saved at `saved_at`, whose
/// one answer says `answer`.
fn work_file(student: &str, saved_at: &str, answer: &str) -> WorkFile {
    WorkBuilder::new()
        .answer("q1", written(answer))
        .saved_at(saved_at)
        .file("base", student)
}

/// A hand-in folder as a school's sync folder leaves it: flat files with any
/// names, a conflict copy, a laptop's data folder copied in whole, another
/// lesson's work, a damaged file, a newer one, and the lesson itself.
fn hostile_folder(root: &Path) {
    write_work(
        &root.join("Amira.ron"),
        &work_file("Amira", "2026-11-26T10:00:00Z", "first try"),
    );
    write_work(
        &root.join("Amira (1).ron"),
        &work_file("Amira", "2026-11-26T10:42:00Z", "handed in again"),
    );
    write_work(
        &root.join("laptop-07/work/base-e6f10d4d/ben-1234.ron"),
        &work_file("Ben", "2026-11-26T09:00:00Z", "from the laptop"),
    );
    // The app's own snapshots are older copies, not hand-ins.
    write_work(
        &root.join("laptop-07/work/base-e6f10d4d/history/ben-1234/20261126T080000Z.ron"),
        &work_file("Ben", "2026-11-26T08:00:00Z", "old"),
    );
    let mut other = work_file("Cleo", "2026-11-26T09:00:00Z", "x");
    other.lesson_id = "social-credit".into();
    write_work(&root.join("cleo-social.ron"), &other);
    put(
        &root.join("damaged.ron"),
        "(format: 1, student: \"Dee\", garb",
    );
    let newer = work_file("Eve", "2026-11-26T09:00:00Z", "x")
        .to_text()
        .replace("format: 1,", "format: 9,");
    put(&root.join("eve.ron"), &newer);
    let lesson = std::fs::read_to_string(common::base_lesson()).expect("lesson");
    put(&root.join("base-lesson.ron"), &lesson);
    put(&root.join("notes.txt"), "not a work file");
}

#[test]
fn a_folder_is_read_whole_grouped_by_lesson_with_every_problem_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    hostile_folder(dir.path());
    let mut seen = Vec::new();
    let collection = collect(dir.path(), |p| seen.push(p)).expect("collect");

    let base = collection.students("base");
    let names: Vec<&str> = base.iter().map(|s| s.student()).collect();
    assert_eq!(names, ["Amira", "Ben"]);
    assert_eq!(
        base[0].shown.file.work.answer("q1").text,
        "handed in again",
        "the newest copy is shown"
    );
    assert_eq!(base[0].others.len(), 1, "and the other is kept beside it");
    assert!(base[1].others.is_empty(), "snapshots are not copies");
    assert_eq!(collection.students("social-credit").len(), 1);

    let why = |name: &str| {
        collection
            .skipped
            .iter()
            .find(|s| s.path.file_name().is_some_and(|n| n == name))
            .map(|s| s.why.clone())
            .unwrap_or_else(|| panic!("{name} not listed: {:?}", collection.skipped))
    };
    assert!(
        why("damaged.ron").starts_with("it is damaged"),
        "{}",
        why("damaged.ron")
    );
    assert!(
        why("eve.ron").contains("newer version"),
        "{}",
        why("eve.ron")
    );
    assert_eq!(
        why("base-lesson.ron"),
        "it is a lesson file, not a student's work"
    );
    assert_eq!(collection.skipped.len(), 3, "{:?}", collection.skipped);

    assert_eq!(seen.first(), Some(&CollectProgress { read: 0, total: 7 }));
    assert_eq!(seen.last(), Some(&CollectProgress { read: 7, total: 7 }));
}

#[cfg(unix)]
#[test]
fn links_in_a_loop_and_deep_folders_do_not_trap_the_reader() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_work(
        &dir.path().join("a/amira.ron"),
        &work_file("Amira", "2026-11-26T10:00:00Z", "x"),
    );
    std::os::unix::fs::symlink(dir.path(), dir.path().join("a/loop")).expect("link");
    let mut deep = dir.path().to_path_buf();
    for _ in 0..20 {
        deep.push("d");
    }
    write_work(
        &deep.join("ben.ron"),
        &work_file("Ben", "2026-11-26T10:00:00Z", "x"),
    );
    let collection = collect(dir.path(), |_| {}).expect("collect");
    assert_eq!(collection.students("base").len(), 1);
    assert_eq!(collection.skipped.len(), 1, "{:?}", collection.skipped);
    assert!(collection.skipped[0].why.contains("folders deep"));
}

#[test]
fn a_folder_that_is_not_there_is_an_error_not_an_empty_class() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert!(collect(&dir.path().join("missing"), |_| {}).is_err());
    let lesson = common::base_lesson();
    let lesson = lesson.to_str().expect("path");
    let export_all = |folder: &Path| {
        Run::new(
            &["export", "--all", "--lesson", lesson, "-o", "out"],
            dir.path(),
        )
        .data_dir(folder)
        .run()
    };
    let (code, _, stderr) = export_all(&dir.path().join("E:\\laptop-07\\work"));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("does not exist; give the folder"),
        "{stderr}"
    );
    // A folder without this lesson's work says what it does hold.
    let mut other = work_file("Cleo", "2026-11-26T09:00:00Z", "x");
    other.lesson_id = "social-credit".into();
    write_work(&dir.path().join("other/cleo.ron"), &other);
    let (code, _, stderr) = export_all(&dir.path().join("other"));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("no saved work on lesson \"base\" in ")
            && stderr.contains("; it holds social-credit (1 student)"),
        "{stderr}"
    );
    // A student who is not there: who is, and that some files were unreadable.
    hostile_folder(&dir.path().join("class"));
    let (code, _, stderr) = Run::new(
        &["export", "--student", "Zed", "--lesson", lesson],
        dir.path(),
    )
    .data_dir(&dir.path().join("class"))
    .run();
    assert_eq!(code, 1);
    assert!(
        stderr.contains(
            "no saved work for \"Zed\" on lesson \"base\"; students with saved work: Amira, Ben \
             (2 files could not be read; export --all lists them)"
        ),
        "{stderr}"
    );
}

#[test]
fn export_reads_collected_files_from_a_flat_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let class = dir.path().join("class");
    hostile_folder(&class);
    let lesson = common::base_lesson();
    let lesson = lesson.to_str().expect("path");

    // One student, by name, from a file copied in under any name.
    let (code, stdout, stderr) = Run::new(
        &[
            "export",
            "--student",
            "amira",
            "--lesson",
            lesson,
            "-o",
            "amira.md",
        ],
        dir.path(),
    )
    .data_dir(&class)
    .run();
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.trim(), "amira.md");
    let text = std::fs::read_to_string(dir.path().join("amira.md")).expect("written");
    assert!(text.contains("handed in again") && !text.contains("first try"));
    assert!(
        stderr.contains("note: \"Amira\" has 1 other copy of this work; exported the newest"),
        "{stderr}"
    );

    // The whole class: each line says whose file it is; the damaged and
    // newer files are named (exit 1: someone may be missing), the lesson
    // file is not a problem.
    let (code, stdout, stderr) = Run::new(
        &["export", "--all", "--lesson", lesson, "-o", "out"],
        dir.path(),
    )
    .data_dir(&class)
    .run();
    assert_eq!(code, 1, "{stderr}");
    let lines: Vec<(&str, &str)> = stdout
        .lines()
        .map(|l| l.split_once('\t').expect("path<TAB>student"))
        .collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(lines[0].1, "Amira");
    assert!(lines[0].0.starts_with("out/base-Amira-"), "{stdout}");
    assert_eq!(stderr.matches("was not exported").count(), 2, "{stderr}");
    assert!(!stderr.contains("base-lesson.ron"), "{stderr}");
}

#[test]
fn names_that_make_the_same_file_name_get_their_own_file_and_overwrite_replaces_all() {
    let dir = tempfile::tempdir().expect("temp dir");
    let class = dir.path().join("class");
    let long = "x".repeat(90);
    let students = [
        "a-b".to_owned(),
        "a/b".to_owned(),
        "a:b".to_owned(),
        format!("{long}1"),
        format!("{long}2"),
        "evil\u{202e}gpj.exe".to_owned(),
    ];
    for (n, student) in students.iter().enumerate() {
        write_work(
            &class.join(format!("{n}.ron")),
            &work_file(student, "2026-11-26T10:00:00Z", student),
        );
    }
    let lesson = common::base_lesson();
    let args = [
        "export",
        "--all",
        "--overwrite",
        "--lesson",
        lesson.to_str().expect("path"),
        "-o",
        "out",
    ];
    let (code, first, stderr) = Run::new(&args, dir.path()).data_dir(&class).run();
    assert_eq!(code, 0, "{stderr}");
    let (code, second, stderr) = Run::new(&args, dir.path()).data_dir(&class).run();
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        first, second,
        "--overwrite replaced every file, none got (2)"
    );
    let files: Vec<String> = std::fs::read_dir(dir.path().join("out"))
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files.len(), students.len(), "{files:?}");
    assert!(
        files
            .iter()
            .all(|f| f.contains(&closereader::export::today())),
        "{files:?}"
    );
    assert!(
        !first.contains('\u{202e}'),
        "the override is shown escaped: {first}"
    );
    assert!(first.contains("evil\\u{202E}gpj.exe"), "{first}");
}

/// Reads CSV as RFC 4180 writes it (quoted fields may hold commas, doubled
/// quotes and line breaks), so the test checks what a spreadsheet reads.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn the_class_spreadsheet_has_a_row_per_student_and_runs_no_formulas() {
    let dir = tempfile::tempdir().expect("temp dir");
    let class = dir.path().join("class");
    let mut amira = work_file(
        "Amira",
        "2026-11-26T10:42:00Z",
        "=HYPERLINK(\"http://evil\",\"x\")",
    );
    let work = &mut amira.work;
    work.set_answer("q3", chosen(&[1]));
    work.set_answer("q4", chosen(&[1, 2]));
    work.set_answer("q5", rated(2, "one, \"anecdote\"\nonly"));
    for (start, end) in [(8, 16), (17, 25)] {
        work.add_highlight(closereader::work::Highlight {
            passage: "one-2".into(),
            start,
            end,
            quote: "x".into(),
            tag: "loaded".into(),
            ..Default::default()
        });
    }
    write_work(&class.join("amira.ron"), &amira);
    write_work(
        &class.join("sub/ben.ron"),
        // A name mixing Arabic and Latin: written as typed, in logical
        // order, with no invisible direction marks around it.
        &work_file("محمد Al-Farsi", "2026-11-26T10:00:00Z", "社会 שלום"),
    );
    put(&class.join("damaged.ron"), "(format: 1, garb");
    let lesson = common::base_lesson();
    let lesson = lesson.to_str().expect("path");
    let folder = class.to_str().expect("path");
    let args = ["class", folder, "--lesson", lesson, "--csv", "class.csv"];
    let (code, stdout, stderr) = common::closereader(&args, dir.path());
    assert_eq!(code, 1, "the damaged file is reported: {stderr}");
    assert_eq!(stdout.trim(), "class.csv");
    assert!(
        stderr.contains("2 students in the class's files"),
        "{stderr}"
    );
    assert!(
        stderr.contains("damaged.ron was not read: it is damaged"),
        "{stderr}"
    );

    let bytes = std::fs::read(dir.path().join("class.csv")).expect("written");
    let text = std::str::from_utf8(&bytes).expect("UTF-8");
    let text = text
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark for Excel");
    let rows = parse_csv(text);
    assert_eq!(rows.len(), 3, "{rows:?}");
    let column = |name: &str| {
        rows[0]
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name:?} in {:?}", rows[0]))
    };
    let amira = &rows[1];
    assert_eq!(amira[column("Student")], "Amira");
    assert_eq!(amira[column("Answered")], "4");
    assert_eq!(amira[column("Questions")], "7");
    assert_eq!(amira[column("Last saved")], "2026-11-26T10:42:00Z");
    assert_eq!(
        amira[column("Q1: What is the claim?")],
        "'=HYPERLINK(\"http://evil\",\"x\")",
        "a formula is shown, never run"
    );
    assert_eq!(amira[column("Q3: Fact or opinion?")], "Opinion");
    assert_eq!(
        amira[column("Q4: Which words are loaded?")],
        "shocking; collapse"
    );
    assert_eq!(
        amira[column("Q5: How strong is the evidence? (rating)")],
        "2"
    );
    assert_eq!(
        amira[column("Q5: How strong is the evidence? (reason)")],
        "one, \"anecdote\"\nonly"
    );
    assert_eq!(amira[column("Highlights: Loaded language")], "2");
    assert_eq!(amira[column("Highlights: Claim")], "0");
    assert_eq!(rows[2][column("Q1: What is the claim?")], "社会 שלום");
    assert_eq!(rows[2][column("Student")], "محمد Al-Farsi");
    assert!(
        !text.contains([
            '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200e}', '\u{200f}'
        ]),
        "no invisible direction marks in the spreadsheet"
    );
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));

    // A spreadsheet needs its lesson (without --csv or --html, the class
    // view opens instead).
    let (code, _, stderr) =
        common::closereader(&["class", folder, "--csv", "other.csv"], dir.path());
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--lesson"), "{stderr}");
    assert!(!dir.path().join("other.csv").exists());

    // An existing spreadsheet is replaced only when asked.
    let (code, _, stderr) = common::closereader(&args, dir.path());
    assert_eq!(code, 1);
    assert!(stderr.contains("already exists"), "{stderr}");
    std::fs::remove_file(class.join("damaged.ron")).expect("remove");
    let with_overwrite: Vec<&str> = args.iter().copied().chain(["--overwrite"]).collect();
    let (code, _, stderr) = common::closereader(&with_overwrite, dir.path());
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn the_class_report_charts_every_question_and_escapes_every_answer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let class = dir.path().join("class");
    let answers = [
        ("Amira", "<script>alert(1)</script>", 1, 2),
        ("Ben", "שלום, it is one clip", 0, 2),
    ];
    for (student, text, choice, rating) in answers {
        let mut file = work_file(student, "2026-11-26T10:00:00Z", text);
        file.work.set_answer("q3", chosen(&[choice]));
        file.work.set_answer("q5", rated(rating, "one clip"));
        write_work(&class.join(format!("{student}.ron")), &file);
    }
    let cleo = WorkBuilder::new().file("base", "Cleo\u{202e}evil");
    write_work(&class.join("cleo.ron"), &cleo);
    let lesson = common::base_lesson();
    let (code, stdout, stderr) = common::closereader(
        &[
            "class",
            class.to_str().expect("path"),
            "--lesson",
            lesson.to_str().expect("path"),
            "--html",
            "report.html",
            "--csv",
            "class.csv",
        ],
        dir.path(),
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        ["class.csv", "report.html"]
    );
    let html = std::fs::read_to_string(dir.path().join("report.html")).expect("written");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script"), "no markup from students");
    assert!(html.contains("3 students"), "{html}");
    // The key is marked in words, and the counts are numbers, not only bars.
    assert!(html.contains("<p class=\"key\">Key: Opinion</p>"), "{html}");
    assert!(
        html.contains("<td dir=\"auto\">Opinion ✓ key</td><td class=\"count\">1</td>"),
        "{html}"
    );
    assert!(
        html.contains("<td dir=\"auto\">Fact</td><td class=\"count\">1</td>"),
        "{html}"
    );
    assert!(
        html.contains("<td dir=\"auto\">2</td><td class=\"count\">2</td>"),
        "both rated 2: {html}"
    );
    assert!(html.contains("Teacher's note: &quot;Shocking&quot; is a judgement"));
    // A direction override in a name is shown, never obeyed: it could
    // make "evil\u{202e}gpj.exe" read as "evilexe.jpg".
    assert!(
        html.contains("Not answered (1): <bdi>Cleo\\u{202E}evil</bdi>"),
        "{html}"
    );
    assert!(!html.contains('\u{202e}'), "{html}");
    // On the teacher's own clock.
    let saved = closereader::clock::saved_at_label("2026-11-26T10:00:00Z");
    assert!(html.contains(&saved), "{saved}: {html}");
}

/// A full or read-only hand-in folder: the student hears so in words, and
/// nothing half-written is left there.
#[test]
fn a_hand_in_that_cannot_be_written_says_so_and_leaves_nothing_behind() {
    use closereader::class::hand_in::{HandInError, hand_in};
    let dir = tempfile::tempdir().expect("temp dir");
    for kind in [
        std::io::ErrorKind::StorageFull,
        std::io::ErrorKind::ReadOnlyFilesystem,
    ] {
        let disk = common::FakeDisk::failing("write", kind);
        let error = hand_in(
            &disk,
            dir.path(),
            &work_file("Amira", "2026-11-26T10:00:00Z", "x"),
            std::time::SystemTime::now(),
        )
        .expect_err("cannot be written");
        assert!(matches!(error, HandInError::Write { .. }), "{error:?}");
        assert!(
            error
                .to_string()
                .contains("Your work is safe on this laptop"),
            "{error}"
        );
        assert_eq!(
            std::fs::read_dir(dir.path()).expect("folder").count(),
            0,
            "nothing left behind"
        );
    }
}

/// A folder `class` in `dir` with one student's work, answering `answer`.
fn amira_s_class(dir: &Path, answer: &str) -> std::path::PathBuf {
    let class = dir.join("class");
    write_work(
        &class.join("amira.ron"),
        &work_file("Amira", "2026-11-26T10:00:00Z", answer),
    );
    class
}

/// `--highlights` writes the class's highlights page alone.
#[test]
fn the_highlights_page_is_written_from_the_command_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let class = amira_s_class(dir.path(), "It is loaded");
    let lesson = common::base_lesson();
    let args = [
        "class",
        class.to_str().expect("path"),
        "--lesson",
        lesson.to_str().expect("path"),
        "--highlights",
        "highlights.html",
    ];
    let (code, stdout, stderr) = common::closereader(&args, dir.path());
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.trim(), "highlights.html");
    let page = std::fs::read_to_string(dir.path().join("highlights.html")).expect("written");
    assert!(page.contains("the class's highlights</h1>"), "{page}");
    assert!(
        page.contains("No student has highlighted anything yet."),
        "{page}"
    );
    assert!(page.contains("<p>1 student · "), "{page}");
}

/// Feedback found beside the work goes into the exports and the marks into
/// the class spreadsheet, on the command line as in the window.
#[test]
fn feedback_beside_the_work_reaches_exports_and_the_spreadsheet() {
    use closereader::feedback::signing::TeacherKey;
    use closereader::feedback::{AnswerFeedback, Feedback, keyed_feedback_file_name};
    let dir = tempfile::tempdir().expect("temp dir");
    let class = dir.path().join("class");
    // The teacher's key, named in the classroom settings of this computer
    // (a lessons folder given with --lessons-dir).
    let teacher = TeacherKey::from_secret([4; 32]);
    let settings = dir.path().join("settings");
    common::write_classroom(&settings, "Ms Rivera", &teacher.public());
    let settings = settings.to_str().expect("path");
    let mut amira = work_file("Amira", "2026-11-26T10:00:00Z", "It is loaded");
    amira.work.set_answer("q3", chosen(&[1]));
    write_work(&class.join("amira.ron"), &amira);
    let mut feedback = Feedback::new("base", "Amira");
    let part = feedback.own_part_mut(&teacher.public());
    part.overall = "A careful reading.".into();
    part.answers.insert(
        "q1".into(),
        AnswerFeedback {
            comment: "Which words?".into(),
            mark: Some(0.5),
            ..AnswerFeedback::default()
        },
    );
    // The automatic mark as the teacher saw it when writing.
    part.answers.insert(
        "q3".into(),
        AnswerFeedback {
            auto: Some(1.0),
            ..AnswerFeedback::default()
        },
    );
    teacher.sign("base", "Amira", part);
    put(
        &class.join(keyed_feedback_file_name("base", "Amira", &teacher.public())),
        &feedback.to_text(),
    );
    let lesson = common::base_lesson();
    let lesson = lesson.to_str().expect("path");
    let folder = class.to_str().expect("path");
    let args = [
        "export",
        "--student",
        "Amira",
        "--lesson",
        lesson,
        "-o",
        "amira.md",
        "--lessons-dir",
        settings,
    ];
    let (code, _, stderr) = Run::new(&args, dir.path()).data_dir(&class).run();
    assert_eq!(code, 0, "{stderr}");
    let md = std::fs::read_to_string(dir.path().join("amira.md")).expect("written");
    assert!(
        md.contains("> **Feedback from your teacher:** A careful reading."),
        "{md}"
    );
    assert!(
        md.contains("> **Feedback from your teacher:** Which words?  \n> Mark: 0.5"),
        "{md}"
    );
    assert!(
        md.contains("Mark: 1 (marked automatically against the key)"),
        "{md}"
    );
    let class_csv = |csv: &str| {
        let args = [
            "class",
            folder,
            "--lesson",
            lesson,
            "--csv",
            csv,
            "--lessons-dir",
            settings,
        ];
        common::closereader(&args, dir.path())
    };
    let (code, _, stderr) = class_csv("class.csv");
    assert_eq!(code, 0, "the feedback file is not a problem: {stderr}");
    // Damaged and newer-format feedback is named with the reason; the
    // class is still read.
    put(&class.join("ben.feedback.ron"), "(format: 1, garb");
    put(
        &class.join("cleo.feedback.ron"),
        "(format: 9, lesson_id: \"base\", student: \"Cleo\")",
    );
    let (code, _, stderr) = class_csv("class2.csv");
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(
            "ben.feedback.ron was not read: it is a teacher's feedback, and it is damaged"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "cleo.feedback.ron was not read: it is a teacher's feedback, and a newer version"
        ),
        "{stderr}"
    );
    let csv = std::fs::read_to_string(dir.path().join("class.csv")).expect("written");
    let rows = parse_csv(csv.trim_start_matches('\u{feff}'));
    let column = |name: &str| rows[0].iter().position(|c| c == name).expect(name);
    assert_eq!(rows[1][column("Total")], "1.5");
    assert_eq!(rows[1][column("Out of")], "2", "q3 and q4 keyed (1 each)");
    assert_eq!(rows[1][column("Q1 points")], "0.5");
    assert_eq!(rows[1][column("Q3 points (of 1)")], "1");
    assert!(
        column("Q1 points") < column("Q1: What is the claim?"),
        "marks first"
    );
}

/// The same student handing in from two laptops at the same moment, on a
/// real folder that has no locks (as some network shares): in every round
/// both versions are in the folder or its history, the newest is the one
/// hand-in, and the class view reads the student once.
#[test]
fn two_laptops_handing_in_the_same_student_at_once_keep_both_versions() {
    use closereader::class::hand_in::hand_in;
    use std::sync::{Arc, Barrier};
    use std::time::{Duration, SystemTime};
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().to_path_buf();
    let disk = Arc::new(common::FakeDisk::without_locks());
    for round in 0..36_u64 {
        let barrier = Arc::new(Barrier::new(2));
        let now = SystemTime::now();
        let writers: Vec<_> = ["A", "B"]
            .into_iter()
            .enumerate()
            .map(|(n, laptop)| {
                let (disk, barrier, folder) = (disk.clone(), barrier.clone(), folder.clone());
                let text = format!("laptop {laptop} round {round}");
                std::thread::spawn(move || {
                    let file = work_file("Amira", "2026-12-02T10:00:00Z", &text);
                    barrier.wait();
                    let at = now + Duration::from_millis(n as u64);
                    hand_in(disk.as_ref(), &folder, &file, at).expect("handed in")
                })
            })
            .collect();
        for writer in writers {
            writer.join().expect("thread");
        }
        let answers = |dir: &Path| -> Vec<String> {
            std::fs::read_dir(dir)
                .expect("list")
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .filter_map(|e| WorkFile::parse(&std::fs::read(e.path()).ok()?).ok())
                .map(|f| f.work.answer("q1").text)
                .collect()
        };
        assert_eq!(
            answers(&folder),
            vec![format!("laptop B round {round}")],
            "round {round}"
        );
        let kept = answers(&folder.join("history"));
        assert!(
            kept.contains(&format!("laptop A round {round}")),
            "round {round}: {kept:?}"
        );
        assert_eq!(
            kept.len() as u64,
            2 * round + 1,
            "round {round}: nothing lost"
        );
    }
    let collection = collect(&folder, |_| {}).expect("collect");
    let students = collection.students("base");
    assert_eq!(students.len(), 1);
    assert!(students[0].others.is_empty());
    assert!(students[0].handed_in());
}

/// `class --csv` counts only feedback signed by the teacher's own key or a
/// key classroom.ron names: marks a student wrote into a feedback file are
/// not in the spreadsheet, and the file is named with why.
#[test]
fn the_class_spreadsheet_never_counts_marks_from_an_unknown_key() {
    use closereader::feedback::signing::TeacherKey;
    use closereader::feedback::{AnswerFeedback, Feedback, feedback_file_name};
    let dir = tempfile::tempdir().expect("temp dir");
    let class = amira_s_class(dir.path(), "It is loaded");
    let mut forged = Feedback::new("base", "Amira");
    let part = forged.own_part_mut("");
    part.answers.insert(
        "q1".into(),
        AnswerFeedback {
            mark: Some(999.0),
            marked_at: "2026-11-26T11:00:00.000Z".into(),
            ..AnswerFeedback::default()
        },
    );
    TeacherKey::from_secret([9; 32]).sign("base", "Amira", part);
    put(
        &class.join(feedback_file_name("base", "Amira")),
        &forged.to_text(),
    );
    let lesson = common::base_lesson();
    let args = [
        "class",
        class.to_str().expect("path"),
        "--lesson",
        lesson.to_str().expect("path"),
        "--csv",
        "class.csv",
    ];
    let (code, _, stderr) = Run::new(&args, dir.path()).data_dir(dir.path()).run();
    assert_eq!(code, 1, "the forged part is a problem named: {stderr}");
    assert!(stderr.contains("not signed by you"), "{stderr}");
    let csv = std::fs::read_to_string(dir.path().join("class.csv")).expect("written");
    assert!(!csv.contains("999"), "{csv}");
}

/// `class` on a share that stops answering gives up after `--timeout`,
/// says so in words and writes nothing; a bad timeout is a usage error.
#[test]
fn the_class_command_gives_up_on_a_folder_that_never_answers() {
    use clap::Parser as _;
    use closereader::class::class_fs::{RealFs, SlowFs};
    use closereader::cli::{Cli, Command, class_report};
    use std::sync::Arc;

    let dir = tempfile::tempdir().expect("temp dir");
    let class = amira_s_class(dir.path(), "x");
    let lesson = common::base_lesson();
    let (folder, lesson) = (
        class.to_str().expect("path"),
        lesson.to_str().expect("path"),
    );
    let csv = dir.path().join("class.csv");
    let csv = csv.to_str().expect("path");
    let cli = Cli::try_parse_from([
        "closereader",
        "class",
        folder,
        "--lesson",
        lesson,
        "--csv",
        csv,
        "--timeout",
        "0.2",
    ])
    .expect("parsed");
    let Some(Command::Class(args)) = cli.command else {
        panic!("not the class command");
    };
    let hung = Arc::new(SlowFs::never_answering());
    let error = class_report(&args, &[], &[], &[], hung).expect_err("given up on");
    let said = error.to_string();
    assert!(
        said.contains("did not answer for 0.2 seconds")
            && said.contains("network share may be down")
            && said.contains("nothing was written"),
        "{said}"
    );
    assert!(!Path::new(csv).exists());
    // The same folder answering: read as ever.
    let outcome = class_report(&args, &[], &[], &[], Arc::new(RealFs)).expect("read");
    assert_eq!(outcome.students, 1);

    // The program itself: a timeout must be a number of seconds above 0.
    let with_timeout = |timeout: &str| {
        let args = ["class", folder, "--lesson", lesson, "--csv", "t.csv"];
        let args: Vec<&str> = args.into_iter().chain(["--timeout", timeout]).collect();
        common::closereader(&args, dir.path())
    };
    for bad in ["0", "100000", "soon", "NaN"] {
        let (code, _, stderr) = with_timeout(bad);
        assert_eq!(code, 2, "{bad}: {stderr}");
        assert!(
            stderr.contains("is not a number of seconds above 0"),
            "{stderr}"
        );
    }
    let (code, stdout, stderr) = with_timeout("5");
    assert_eq!((code, stdout.trim()), (0, "t.csv"), "{stderr}");
}

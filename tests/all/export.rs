//! Exports: golden files for each text format (read by eye before they were
//! committed), structural checks that do not depend on the golden text, and
//! the `closereader export` command line.

// Test helpers may panic: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::common::builders::{WorkBuilder, chosen, evidence, rated, store_in, written};
use crate::common::{self, Run};

use closereader::export::{ExportDoc, ExportOptions, Format, render_doc};
use closereader::lesson::{Lesson, check_lesson};
use closereader::work::file::WorkFile;
use closereader::work::{Highlight, Work};

const SCRIPT: &str = "<script>alert('x')</script>";
const MARKDOWN_TRAPS: &str = "# Not a heading";
const MORE_TRAPS: &str = "*not bold* [link](http://evil.example) | pipe | `code`";
const SCRIPTS: &str = "社会信用体系 😀 שלום العربية";
const JUSTIFICATION: &str = "Because \"quotes\" & <b>tags</b> \\ backslash";
const EVIDENCE: &str = "> not a quote";
const LIST: &str = "1. not a list";

/// The base lesson: every prompt kind, two sections.
fn fixture_lesson() -> Lesson {
    let bytes = std::fs::read(common::base_lesson()).expect("fixture lesson");
    check_lesson(&bytes, None)
        .lesson
        .expect("fixture lesson is valid")
}

/// Work with hostile text in every field, one unanswered prompt, and an
/// answer to a prompt the lesson no longer has.
fn fixture_work() -> Work {
    WorkBuilder::new()
        .answer(
            "q1",
            written(format!("{SCRIPT}\n{MARKDOWN_TRAPS}\n{MORE_TRAPS}")),
        )
        .answer("q2", written(SCRIPTS))
        .answer("q3", chosen(&[1]))
        .answer("q4", chosen(&[0, 2]))
        .answer("q5", rated(2, JUSTIFICATION))
        .highlight(Highlight {
            passage: "one-2".into(),
            start: 8,
            end: 25,
            quote: "shocking collapse".into(),
            tag: "loaded".into(),
            comment: "Strong <em>words</em>".into(),
            ..Default::default()
        })
        .highlight(Highlight {
            passage: "one-1".into(),
            start: 8,
            end: 23,
            quote: "trust is rising".into(),
            tag: "claim".into(),
            ..Default::default()
        })
        .answer("q6", evidence(format!("{EVIDENCE}\n{LIST}"), &["h1"]))
        // q7 is left unanswered.
        .answer(
            "q-gone",
            written("Kept after the teacher removed the prompt"),
        )
        .note("one", "---\n```not code```")
        // A long unbroken address, as pasted from a browser: it must wrap.
        .notebook(format!(
            "Line one\nLine two — 社会\nhttps://example.org/{}",
            "abcdefghij".repeat(30)
        ))
        .build()
}

fn fixture_doc(include_excerpts: bool) -> ExportDoc {
    let options = ExportOptions {
        include_excerpts,
        date: "2026-11-26".into(),
        ..ExportOptions::default()
    };
    ExportDoc::new(&fixture_lesson(), &fixture_work(), "Amira <K>", &options)
}

/// The teacher's copy of the fixture: answer keys and teacher notes.
fn teacher_doc() -> ExportDoc {
    let options = ExportOptions {
        include_excerpts: false,
        date: "2026-11-26".into(),
        teacher_copy: true,
        comment_space: true,
    };
    ExportDoc::new(&fixture_lesson(), &fixture_work(), "Amira <K>", &options)
}

fn fixture_file() -> WorkFile {
    let mut file = WorkFile::new("base", "hash", "Amira <K>", fixture_work());
    file.saved_at = "2026-11-26T10:00:00Z".into();
    file.app_version = "(test)".into();
    file
}

/// Compares with the golden file; `UPDATE_GOLDEN=1` rewrites it (then read it!).
fn golden(name: &str, actual: &[u8]) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/export")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden");
    }
    let expected = std::fs::read(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_GOLDEN=1)", path.display()));
    assert!(
        expected == actual,
        "{name} differs from its golden file; rerun with UPDATE_GOLDEN=1 and read the diff"
    );
}

#[test]
fn text_formats_match_their_golden_files() {
    let doc = fixture_doc(true);
    let file = fixture_file();
    golden(
        "fixture.md",
        &render_doc(Format::Md, &doc, &file).expect("rendered"),
    );
    golden(
        "fixture.html",
        &render_doc(Format::Html, &doc, &file).expect("rendered"),
    );
    golden(
        "fixture.txt",
        &render_doc(Format::Txt, &doc, &file).expect("rendered"),
    );
    golden(
        "fixture.ron",
        &render_doc(Format::Ron, &doc, &file).expect("rendered"),
    );
    golden(
        "fixture-teacher.md",
        &render_doc(Format::Md, &teacher_doc(), &file).expect("rendered"),
    );
    golden(
        "fixture-teacher.txt",
        &render_doc(Format::Txt, &teacher_doc(), &file).expect("rendered"),
    );
    golden(
        "fixture-no-excerpts.md",
        &render_doc(Format::Md, &fixture_doc(false), &file).expect("rendered"),
    );
}

/// Every answer's text, one line each, as the student typed it.
fn answer_lines() -> Vec<&'static str> {
    vec![
        SCRIPT,
        MARKDOWN_TRAPS,
        MORE_TRAPS,
        SCRIPTS,
        JUSTIFICATION,
        EVIDENCE,
        LIST,
        "Line two — 社会",
    ]
}

#[test]
fn markdown_keeps_its_structure_whatever_the_student_typed() {
    use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
    let md = String::from_utf8(
        render_doc(Format::Md, &fixture_doc(true), &fixture_file()).expect("rendered"),
    )
    .expect("utf-8");
    let mut headings: Vec<(HeadingLevel, String)> = Vec::new();
    let mut current: Option<(HeadingLevel, String)> = None;
    let mut text = String::new();
    // The only lists are the options of the two choice questions.
    let mut lists = 0;
    for event in Parser::new(&md) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => current = Some((level, String::new())),
            Event::End(TagEnd::Heading(_)) => headings.extend(current.take()),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, h)) = &mut current {
                    h.push_str(&t);
                }
                text.push_str(&t);
            }
            Event::HardBreak | Event::SoftBreak => text.push('\n'),
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML in the Markdown: {h}"),
            Event::Start(Tag::List(None)) => lists += 1,
            Event::Start(Tag::List(_) | Tag::Link { .. } | Tag::Table(_) | Tag::CodeBlock(_)) => {
                panic!("student text made structure: {event:?}")
            }
            _ => {}
        }
    }
    let h = |level, t: &str| (level, t.to_owned());
    use HeadingLevel::{H1, H2, H3};
    assert_eq!(
        headings,
        [
            h(H1, "Base lesson"),
            h(H2, "The claim"),
            h(H3, "Question 1 (Open response): What is the claim?"),
            h(H3, "Question 2 (Short answer): Who ran the survey?"),
            h(H3, "Question 3 (Single choice): Fact or opinion?"),
            h(H3, "Question 4 (Multiple choice): Which words are loaded?"),
            h(H3, "Question 5 (Rating): How strong is the evidence?"),
            h(H3, "Question 6 (Evidence): Quote the loaded words."),
            h(H3, "Highlights"),
            h(H3, "Notes on this section"),
            h(H2, "The reply"),
            // Numbers run through the whole lesson.
            h(H3, "Question 7 (Open response): What is left out?"),
            h(H2, "Notebook"),
            h(H2, "No longer in the lesson"),
        ]
    );
    for line in answer_lines() {
        assert!(text.contains(line), "{line:?} is not in the Markdown text");
    }
    assert_eq!(lists, 2);
    // Every option is listed, the chosen ones marked: a teacher can mark.
    assert!(
        text.contains("☑ Opinion") && text.contains("☐ Fact"),
        "{text}"
    );
    assert!(text.contains("(not answered)"));
    assert!(text.contains("Answer:"));
}

#[test]
fn html_has_every_answer_as_text_and_no_markup_from_students() {
    use html5gum::{Token, Tokenizer};
    let html = String::from_utf8(
        render_doc(Format::Html, &fixture_doc(true), &fixture_file()).expect("rendered"),
    )
    .expect("utf-8");
    let mut tags = Vec::new();
    let mut text = String::new();
    for token in Tokenizer::new(&html) {
        match token.expect("tokenizes") {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).into_owned();
                if name == "br" {
                    text.push('\n');
                }
                tags.push(name);
            }
            Token::String(s) => text.push_str(&String::from_utf8_lossy(&s)),
            Token::Error(e) => panic!("HTML error: {e:?}"),
            _ => {}
        }
    }
    assert!(
        !tags.iter().any(|t| t == "script" || t == "b"),
        "student markup became tags: {tags:?}"
    );
    assert!(
        !tags.iter().any(|t| t == "link" || t == "img"),
        "the page must be self-contained"
    );
    for line in answer_lines() {
        assert!(text.contains(line), "{line:?} is not in the HTML text");
    }
    assert!(html.contains("@media print"), "a print stylesheet");
    assert!(html.contains("name=\"viewport\""), "readable on a phone");
}

#[test]
fn docx_unzips_and_its_document_holds_every_answer() {
    let bytes = render_doc(Format::Docx, &fixture_doc(true), &fixture_file()).expect("rendered");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .expect("document.xml")
        .read_to_string(&mut xml)
        .expect("utf-8");
    let mut styles = String::new();
    archive
        .by_name("word/styles.xml")
        .expect("styles.xml")
        .read_to_string(&mut styles)
        .expect("utf-8");
    // The text of every run, unescaped.
    let mut text = String::new();
    for piece in xml.split("<w:t").skip(1) {
        let Some(start) = piece.find('>') else {
            continue;
        };
        let Some(end) = piece.find("</w:t>") else {
            continue;
        };
        let raw = &piece[start + 1..end];
        let unescaped = raw
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&");
        text.push_str(&unescaped);
        text.push('\n');
    }
    for line in answer_lines() {
        assert!(text.contains(line), "{line:?} is not in document.xml");
    }
    assert!(!xml.contains("<script>"), "student text is escaped");
    assert!(
        xml.contains("w:val=\"Heading2\""),
        "sections are real headings"
    );
    assert!(styles.contains("w:styleId=\"Heading1\""));
}

#[test]
fn unanswered_prompts_are_shown_not_left_out() {
    let doc = fixture_doc(true);
    let reply = &doc.sections[1];
    assert_eq!(reply.prompts.len(), 1);
    assert!(reply.prompts[0].answer.is_empty());
    for format in [Format::Md, Format::Html, Format::Txt] {
        let out = String::from_utf8(render_doc(format, &doc, &fixture_file()).expect("rendered"))
            .expect("utf-8");
        assert!(out.contains("What is left out?"), "{format:?}");
        assert!(out.contains("(not answered)"), "{format:?}");
    }
}

/// A temporary folder with a folder for saved work in it (`data`) where
/// each of `students` has saved the fixture's work on the base lesson.
fn saved_work_of(students: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let store = store_in(&data);
    for &student in students {
        store
            .save(&WorkFile::new("base", "h", student, fixture_work()), false)
            .expect("save");
    }
    (dir, data)
}

fn class_with_work() -> (tempfile::TempDir, PathBuf) {
    saved_work_of(&["Amira", "Ben"])
}

#[test]
fn the_command_line_exports_one_student_or_the_whole_class() {
    let (dir, data) = class_with_work();
    let lesson = common::base_lesson();
    let lesson = lesson.to_str().expect("utf-8 path");
    let out = dir.path().join("amira.html");
    let out_arg = out.to_str().expect("path");
    let export_to_out = [
        "export",
        "--student",
        "Amira",
        "--lesson",
        lesson,
        "--format",
        "html",
        "-o",
        out_arg,
    ];
    let (code, stdout, stderr) = Run::new(&export_to_out, dir.path()).data_dir(&data).run();
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.trim(), out.display().to_string());
    assert!(
        std::fs::read_to_string(&out)
            .expect("written")
            .contains("&lt;script&gt;")
    );

    // An existing file is never replaced silently.
    let (code, _, stderr) = Run::new(&export_to_out, dir.path()).data_dir(&data).run();
    assert_eq!(code, 1);
    assert!(stderr.contains("already exists"), "{stderr}");

    let class = dir.path().join("class");
    let (code, stdout, stderr) = Run::new(
        &[
            "export",
            "--all",
            "--lesson",
            lesson,
            "--format",
            "docx",
            "-o",
            class.to_str().expect("path"),
        ],
        dir.path(),
    )
    .data_dir(&data)
    .run();
    assert_eq!(code, 0, "{stderr}");
    let mut names: Vec<String> = std::fs::read_dir(&class)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(
        names[0].starts_with("base-Amira-") && names[0].ends_with(".docx"),
        "{names:?}"
    );
    assert!(names[1].starts_with("base-Ben-"), "{names:?}");
    assert_eq!(stdout.lines().count(), 2);
}

#[test]
fn the_command_line_explains_unknown_students_lessons_and_formats() {
    let (dir, data) = class_with_work();
    let lesson = common::base_lesson();
    let lesson = lesson.to_str().expect("utf-8 path");
    let (code, _, stderr) = Run::new(
        &["export", "--student", "Zed", "--lesson", lesson],
        dir.path(),
    )
    .data_dir(&data)
    .run();
    assert_eq!(code, 1);
    assert_eq!(
        stderr.trim(),
        "closereader export: error: no saved work for \"Zed\" on lesson \"base\"; students with saved work: Amira, Ben"
    );
    let (code, _, stderr) = Run::new(
        &["export", "--student", "Amira", "--lesson", "no-such-lesson"],
        dir.path(),
    )
    .data_dir(&data)
    .run();
    assert_eq!(code, 1);
    assert!(
        stderr.contains("unknown lesson \"no-such-lesson\"; lessons: social-credit"),
        "{stderr}"
    );
    let (code, _, stderr) = Run::new(
        &[
            "export",
            "--student",
            "Amira",
            "--lesson",
            lesson,
            "--format",
            "pdf",
        ],
        dir.path(),
    )
    .data_dir(&data)
    .run();
    assert_eq!(code, 2);
    assert!(
        stderr.contains("possible values: md, html, txt, docx, ron"),
        "{stderr}"
    );
    let (code, _, _) = Run::new(&["export", "--lesson", lesson], dir.path())
        .data_dir(&data)
        .run();
    assert_eq!(code, 2, "--student or --all is required");
}

#[test]
fn students_whose_names_make_the_same_file_name_both_keep_their_export() {
    let (dir, data) = saved_work_of(&["A/B", "A:B"]);
    let lesson = common::base_lesson();
    let class = dir.path().join("class");
    let args = [
        "export",
        "--all",
        "--overwrite",
        "--lesson",
        lesson.to_str().expect("path"),
        "-o",
        class.to_str().expect("path"),
    ];
    let (code, stdout, stderr) = Run::new(&args, dir.path()).data_dir(&data).run();
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.lines().count(), 2);
    assert_eq!(
        std::fs::read_dir(&class).expect("folder").count(),
        2,
        "{stdout}"
    );
}

#[test]
fn a_damaged_work_file_is_reported_and_the_rest_of_the_class_is_exported() {
    let (dir, data) = class_with_work();
    let store = store_in(&data);
    let damaged = store.work_path(&closereader::work::WorkKey::new("base", "Cleo"));
    std::fs::write(&damaged, "(format: 1, garbage").expect("damage");
    let lesson = common::base_lesson();
    let lesson = lesson.to_str().expect("utf-8 path");
    // A path without an extension is a folder, made if needed.
    let (code, stdout, stderr) = Run::new(
        &["export", "--all", "--lesson", lesson, "-o", "collected"],
        dir.path(),
    )
    .data_dir(&data)
    .run();
    assert_eq!(code, 1, "a student is missing from the collection");
    assert!(
        stderr.contains("was not exported: it is damaged"),
        "{stderr}"
    );
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    assert!(dir.path().join("collected").is_dir());
    let (code, stdout, _) = Run::new(
        &[
            "export",
            "--student",
            "Ben",
            "--lesson",
            lesson,
            "-o",
            "one-student",
        ],
        dir.path(),
    )
    .data_dir(&data)
    .run();
    assert_eq!(code, 0);
    assert!(
        stdout.trim().starts_with("one-student/base-Ben-"),
        "{stdout}"
    );
}

/// Exports are written with the umask's mode, as any program's files are,
/// so colleagues can open what a teacher saves to a shared folder (the
/// student's own work files stay private: tests/work_store.rs).
#[cfg(unix)]
#[test]
fn exports_follow_the_umask() {
    use std::os::unix::fs::PermissionsExt as _;
    let (dir, data) = class_with_work();
    let lesson = common::base_lesson();
    for (umask, expected) in [("022", 0o644), ("027", 0o640), ("077", 0o600)] {
        let out = dir.path().join(format!("amira-{umask}.md"));
        let command = format!(
            "umask {umask} && exec \"$0\" export --student Amira --lesson \"$1\" -o \"$2\" --data-dir \"$3\""
        );
        let status = std::process::Command::new("sh")
            .args(["-c", &command, env!("CARGO_BIN_EXE_closereader")])
            .arg(&lesson)
            .arg(&out)
            .arg(&data)
            .stdout(std::process::Stdio::null())
            .status()
            .expect("run");
        assert!(status.success());
        let mode = std::fs::metadata(&out)
            .expect("written")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, expected, "umask {umask}: {mode:o}");
    }
}

/// Problems name what was being read or written, in plain words, and never
/// blame the wrong folder (no "os error", no "may not be written to" for a
/// file that could not be read).
#[test]
#[cfg(unix)]
fn export_problems_name_what_was_read_or_written_in_plain_words() {
    let (dir, data) = class_with_work();
    let store = store_in(&data);
    // A named pipe where a student's work file should be: it cannot be read
    // (and opening it must not wait forever for a writer).
    let odd = store.work_path(&closereader::work::WorkKey::new("base", "Dee"));
    let made = std::process::Command::new("mkfifo")
        .arg(&odd)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let lesson = common::base_lesson();
    let lesson = lesson.to_str().expect("utf-8 path");
    let (code, _, stderr) = Run::new(
        &["export", "--all", "--lesson", lesson, "-o", "collected"],
        dir.path(),
    )
    .data_dir(&data)
    .run();
    assert_eq!(code, 1);
    assert!(
        stderr.contains("was not exported: it could not be read: it is not a regular file (a pipe"),
        "{stderr}"
    );
    // Writing into a folder that does not exist names the file.
    let (code, _, stderr) = Run::new(
        &[
            "export",
            "--student",
            "Ben",
            "--lesson",
            lesson,
            "-o",
            "/nonexistent/x/file.md",
        ],
        dir.path(),
    )
    .data_dir(&data)
    .run();
    assert_eq!(code, 1);
    assert_eq!(
        stderr.trim(),
        "closereader export: error: could not write /nonexistent/x/file.md: there is no such \
         file or folder"
    );
    for bad in [
        "os error",
        "may not be written",
        "folder for saved work is missing",
    ] {
        assert!(!stderr.contains(bad), "{stderr}");
    }
}

/// One part of a .docx file, as text.
fn docx_part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut xml = String::new();
    archive
        .by_name(name)
        .expect(name)
        .read_to_string(&mut xml)
        .expect("utf-8");
    xml
}

/// Word's structure for marking: headings keep with what follows, answers
/// have their own style and label, unanswered questions say so in colour
/// and words, right-to-left answers are marked so, and the document's
/// properties name the lesson, the student and the date.
#[test]
fn docx_is_built_for_marking() {
    let bytes = render_doc(Format::Docx, &fixture_doc(true), &fixture_file()).expect("rendered");
    let document = docx_part(&bytes, "word/document.xml");
    let styles = docx_part(&bytes, "word/styles.xml");
    let core = docx_part(&bytes, "docProps/core.xml");
    // Headings keep with the next paragraph and never overlap their lines.
    let heading3 = styles
        .split("<w:style ")
        .find(|s| s.contains("w:styleId=\"Heading3\""))
        .expect("heading 3 style");
    assert!(heading3.contains("<w:keepNext"), "{heading3}");
    assert!(heading3.contains("w:lineRule=\"auto\""), "{heading3}");
    assert!(document.contains("<w:keepNext"));
    // Answers: labelled, in their own style; the unanswered one stands out.
    assert!(styles.contains("w:styleId=\"Answer\""));
    assert!(document.contains("w:val=\"Answer\""));
    assert!(document.contains(">Answer: (not answered)<"));
    assert!(
        document.contains("w:val=\"A12A00\""),
        "unanswered in colour"
    );
    // Every option, chosen or not.
    assert!(document.contains("☐ Fact") && document.contains("☑ Opinion"));
    // (Right-to-left paragraphs: the next test.)
    assert!(core.contains("<dc:title>Base lesson</dc:title>"), "{core}");
    assert!(
        core.contains("<dc:creator>Amira &lt;K&gt;</dc:creator>"),
        "{core}"
    );
    assert!(
        core.contains(">2026-11-26T00:00:00Z</dcterms:created>"),
        "{core}"
    );
    assert!(!core.contains("1970"), "{core}");
    // No teacher's space unless asked for; the teacher's copy has it.
    assert!(!document.contains("TeacherComment"));
    let teacher = render_doc(Format::Docx, &teacher_doc(), &fixture_file()).expect("rendered");
    let teacher = docx_part(&teacher, "word/document.xml");
    assert!(teacher.contains("w:val=\"TeacherComment\""));
    assert!(teacher.contains(">Answer key: <") || teacher.contains(">Answer key:<"));
}

/// A right-to-left answer is a right-to-left paragraph, and a lone carriage
/// return starts a new line in every format.
#[test]
fn right_to_left_paragraphs_and_lone_carriage_returns() {
    let mut work = fixture_work();
    work.set_answer("q1", written("שלום, this is my answer\rsecond line"));
    let file = WorkFile::new("base", "hash", "Amira <K>", work);
    let options = ExportOptions {
        include_excerpts: true,
        date: "2026-11-26".into(),
        ..ExportOptions::default()
    };
    let docx = closereader::export::render(Format::Docx, &fixture_lesson(), &file, &options, None)
        .expect("rendered");
    let document = docx_part(&docx, "word/document.xml");
    assert!(document.contains("<w:bidi"), "no right-to-left paragraph");
    let txt = String::from_utf8(
        closereader::export::render(Format::Txt, &fixture_lesson(), &file, &options, None)
            .expect("rendered"),
    )
    .expect("utf-8");
    assert!(
        txt.contains("    שלום, this is my answer\n    second line\n"),
        "{txt}"
    );
    assert!(!txt.contains('\r'));
}

/// A removed choice question's answer is named by option number, not
/// printed empty.
#[test]
fn a_removed_choice_answer_is_not_lost() {
    let mut work = fixture_work();
    work.set_answer("q-gone-choice", chosen(&[1, 2]));
    let doc = ExportDoc::new(&fixture_lesson(), &work, "Amira", &ExportOptions::default());
    let (_, text) = doc
        .removed
        .iter()
        .find(|(id, _)| id == "q-gone-choice")
        .expect("listed");
    assert!(
        text.starts_with("Chose options 2, 3 (the question was removed"),
        "{text}"
    );
}

/// The HTML wraps long unbroken text (a pasted address) instead of running
/// out of its box or making a phone scroll sideways.
#[test]
fn html_wraps_long_unbroken_text() {
    let html = String::from_utf8(
        render_doc(Format::Html, &fixture_doc(true), &fixture_file()).expect("rendered"),
    )
    .expect("utf-8");
    assert!(html.contains("overflow-wrap: anywhere"));
    assert!(html.contains("class=\"answer\""));
    assert!(html.contains("<span class=\"label\">Answer</span>"));
}

/// `--teacher` adds the answer keys and teacher notes; a student's own
/// export never has them.
#[test]
fn the_teachers_copy_has_the_keys_and_the_students_does_not() {
    let (dir, data) = class_with_work();
    let lesson = common::base_lesson();
    let lesson = lesson.to_str().expect("utf-8 path");
    let export = |extra: &[&str], out: &str| {
        let mut args = vec![
            "export",
            "--student",
            "Amira",
            "--lesson",
            lesson,
            "--format",
            "txt",
            "-o",
            out,
        ];
        args.extend_from_slice(extra);
        let (code, _, stderr) = Run::new(&args, dir.path()).data_dir(&data).run();
        assert_eq!(code, 0, "{stderr}");
        std::fs::read_to_string(dir.path().join(out)).expect("written")
    };
    let student = export(&[], "student.txt");
    let teacher = export(&["--teacher"], "teacher.txt");
    for keyed in [
        "Answer key: Opinion",
        "Teacher note: \"Shocking\" is a judgement",
    ] {
        assert!(
            teacher.contains(keyed),
            "{keyed:?} missing from the teacher's copy"
        );
        assert!(
            !student.contains(keyed),
            "{keyed:?} in the student's export"
        );
    }
    assert!(!student.contains("Teacher"));
}

/// An evidence question may cite several passages: the export quotes them all.
#[test]
fn an_evidence_question_can_cite_several_passages() {
    let text = std::fs::read_to_string(common::base_lesson())
        .expect("base lesson")
        .replace(
            "passage: \"one-2\", tag: \"loaded\"",
            "passages: [\"one-1\", \"one-2\"], tag: \"loaded\"",
        );
    let lesson = check_lesson(text.as_bytes(), None).lesson.expect("valid");
    let options = ExportOptions {
        include_excerpts: false,
        date: "2026-11-26".into(),
        ..ExportOptions::default()
    };
    let txt = String::from_utf8(
        closereader::export::render(Format::Txt, &lesson, &fixture_file(), &options, None)
            .expect("rendered"),
    )
    .expect("utf-8");
    assert!(
        txt.contains("Cited: Narrator: \"A survey says trust is falling.\""),
        "{txt}"
    );
    assert!(
        txt.contains("Cited: Dr. Example: \"It is a shocking collapse.\""),
        "{txt}"
    );
}

/// The teacher's feedback keeps its lines in every format, Word included
/// (a line break inside one run of text would be lost there).
#[test]
fn feedback_keeps_its_lines_in_every_format() {
    use closereader::feedback::{AnswerFeedback, Feedback};
    let mut feedback = Feedback::new("base", "Amira");
    let part = feedback.own_part_mut("");
    part.overall = "A careful reading.\nNext time, name the outlets.".into();
    part.answers.insert(
        "q1".into(),
        AnswerFeedback {
            comment: "Which words?".into(),
            mark: Some(2.0),
            ..AnswerFeedback::default()
        },
    );
    let options = ExportOptions {
        date: "2026-11-26".into(),
        ..ExportOptions::default()
    };
    let file = fixture_file();
    let render = |format| {
        closereader::export::render(format, &fixture_lesson(), &file, &options, Some(&feedback))
            .expect("rendered")
    };
    let document = docx_part(&render(Format::Docx), "word/document.xml");
    let first = document
        .find("A careful reading.")
        .expect("the overall comment");
    let second = document
        .find("Next time, name the outlets.")
        .expect("its second line");
    assert!(
        document[first..second].contains("<w:br"),
        "the lines run together in Word"
    );
    let comment = document.find("Which words?").expect("the comment");
    let mark = document[comment..].find("Mark: 2").expect("the mark") + comment;
    assert!(
        document[comment..mark].contains("<w:br"),
        "comment and mark run together"
    );
    let txt = String::from_utf8(render(Format::Txt)).expect("utf-8");
    assert!(
        txt.contains("  Feedback from your teacher:\n    Which words?\n    Mark: 2\n"),
        "{txt}"
    );
    let md = String::from_utf8(render(Format::Md)).expect("utf-8");
    assert!(md.contains("Which words?  \n> Mark: 2"), "{md}");
}

/// A comment on a question the lesson no longer has is exported at the top,
/// never dropped.
#[test]
fn comments_on_removed_questions_are_exported() {
    use closereader::feedback::{AnswerFeedback, Feedback};
    let lesson = closereader::lesson::check_lesson(
        &std::fs::read(common::template_lesson()).expect("read"),
        None,
    )
    .lesson
    .expect("the template");
    let mut feedback = Feedback::new("template", "Amira K.");
    feedback.own_part_mut("ed25519:a").answers.insert(
        "a-removed-question".into(),
        AnswerFeedback {
            comment: "This one was strong.".into(),
            ..AnswerFeedback::default()
        },
    );
    let doc = closereader::export::ExportDoc::new(
        &lesson,
        &closereader::work::Work::default(),
        "Amira K.",
        &ExportOptions::default(),
    )
    .with_feedback(&lesson, &feedback);
    let top = doc.feedback.expect("feedback at the top");
    assert!(
        top.contains(
            "On a question no longer in the lesson (a-removed-question): This one was strong."
        ),
        "{top}"
    );
}

/// Work done before the bundled lesson's cards changed (issue 25) keeps
/// everything in view: the answer to the old claim trace and the highlight
/// on a card paragraph the lesson no longer has are both exported, under
/// "No longer in the lesson", with the student's comment.
#[test]
fn work_on_a_removed_card_paragraph_is_still_exported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let quote = "People on the list can be stopped from buying plane and high-speed train tickets";
    let work = WorkBuilder::new()
        .answer(
            "penalties-card",
            evidence(
                "The card says a court list stops them.",
                &["outcome-card-2"],
            ),
        )
        .highlight(Highlight {
            id: "h1".into(),
            passage: "outcome-card-2".into(),
            start: 213,
            end: 213 + quote.chars().count(),
            quote: quote.into(),
            tag: "evidence".into(),
            comment: "A court list, not a score".into(),
            section: String::new(),
        })
        .lesson_hash("before-issue-25")
        .file("social-credit", "Noor");
    store_in(&data).save(&work, false).expect("save");
    let out = dir.path().join("noor.md");
    let args = [
        "export",
        "--student",
        "Noor",
        "--lesson",
        "social-credit",
        "-o",
        out.to_str().expect("path"),
    ];
    let (code, _, stderr) = Run::new(&args, dir.path()).data_dir(&data).run();
    assert_eq!(code, 0, "{stderr}");
    let md = std::fs::read_to_string(&out).expect("written");
    let kept = md
        .split("## No longer in the lesson")
        .nth(1)
        .expect("the heading");
    assert!(
        kept.contains("The card says a court list stops them."),
        "{kept}"
    );
    assert!(
        kept.contains(&format!(
            "Highlight (Evidence) on text no longer in the lesson (outcome-card-2):** “{quote}”: A court list, not a score"
        )),
        "{kept}"
    );
}

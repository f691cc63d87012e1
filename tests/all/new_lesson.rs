//! `closereader new`: lessons started from a transcript (plain text, SubRip,
//! WebVTT) or from the template, which pass `closereader check` as written.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use closereader::lesson::{Lesson, check_lesson};

use crate::common;

/// Runs `closereader new LESSON [--from TRANSCRIPT]` in a temporary folder
/// and returns the checked lesson.
fn new_lesson(from: Option<&str>) -> Lesson {
    let dir = tempfile::tempdir().expect("temp dir");
    let lesson = dir.path().join("new-lesson.ron");
    let lesson_arg = lesson.to_str().expect("utf-8 path");
    let transcript = from.map(|f| common::project_dir().join("tests/transcripts").join(f));
    let mut args = vec!["new", lesson_arg];
    let transcript_arg;
    if let Some(path) = &transcript {
        transcript_arg = path.to_str().expect("utf-8 path").to_owned();
        args.extend(["--from", &transcript_arg]);
    }
    let (code, stdout, stderr) = common::closereader(&args, dir.path());
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("written"), "{stdout}");
    let (code, stdout, _) = common::closereader(&["check", lesson_arg], dir.path());
    assert_eq!(code, 0, "{stdout}");
    assert!(!stdout.contains("warning"), "{stdout}");
    // Never replaced: a second `new` on the same file changes nothing.
    let before = std::fs::read(&lesson).expect("written");
    let (code, _, stderr) = common::closereader(&args, dir.path());
    assert_eq!(code, 1);
    assert!(stderr.contains("already exists"), "{stderr}");
    assert_eq!(std::fs::read(&lesson).expect("still there"), before);
    check_lesson(&before, Some(dir.path()))
        .lesson
        .expect("valid")
}

/// The words of a text, whatever its line breaks and spacing.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn speakers_and_texts(lesson: &Lesson) -> Vec<(String, String)> {
    lesson
        .sections
        .iter()
        .flat_map(|s| &s.passages)
        .map(|p| {
            let name = lesson.speaker(&p.speaker).expect("speaker").name.clone();
            (name, p.text.clone())
        })
        .collect()
}

#[test]
fn the_bundled_transcript_round_trips_into_passages() {
    let lesson = new_lesson(Some("nowthis-world-social-credit.txt"));
    let transcript = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/transcripts/nowthis-world-social-credit.txt"),
    )
    .expect("transcript");
    // The passages, joined, are the transcript without its speaker markers.
    let expected = words(
        &transcript
            .replace("[NEWS CLIP]", " ")
            .replace("[Ohlberg]", " "),
    );
    let passages = speakers_and_texts(&lesson);
    let joined = words(
        &passages
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    );
    assert_eq!(joined, expected);
    // The markers became speakers, and the voice after a marker is theirs.
    let names: Vec<&str> = lesson.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Narrator", "News clip", "Ohlberg"]);
    assert!(passages.contains(&(
        "News clip".to_owned(),
        "it’s almost like they’re exporting dystopia China’s dystopian future".to_owned()
    )));
    assert!(
        passages
            .iter()
            .any(|(who, text)| who == "Ohlberg"
                && text.starts_with("Basically it's meant as a tool"))
    );
    // An editor's "[and]" inside a quotation is text, not a voice.
    assert!(joined.contains("[and] try to write us"));
    assert!(lesson.sections.len() >= 2);
    assert!(lesson.sections.iter().all(|s| !s.prompts.is_empty()));
}

#[test]
fn subrip_captions_keep_times_voices_and_sections() {
    let lesson = new_lesson(Some("interview.srt"));
    let passages = speakers_and_texts(&lesson);
    assert_eq!(
        passages,
        [
            (
                "Narrator".to_owned(),
                "Welcome to the programme. Tonight we ask who checks the news.".to_owned()
            ),
            (
                "Unmarked voice".to_owned(),
                "I think the reporters do, but nobody checks them".to_owned()
            ),
            (
                "Unmarked voice".to_owned(),
                "That is the question.".to_owned()
            ),
        ]
    );
    let times: Vec<Option<&str>> = lesson
        .sections
        .iter()
        .flat_map(|s| &s.passages)
        .map(|p| p.time.as_deref())
        .collect();
    assert_eq!(times, [Some("0:01"), Some("0:12"), Some("3:30")]);
    // Three and a half minutes in: a new section.
    assert_eq!(lesson.sections.len(), 2);
}

#[test]
fn rolling_youtube_captions_are_read_once() {
    let lesson = new_lesson(Some("captions.vtt"));
    let passages = speakers_and_texts(&lesson);
    assert_eq!(
        passages,
        [(
            "Narrator".to_owned(),
            "so the system tracks what you do online and offline".to_owned()
        )]
    );
}

#[test]
fn without_a_transcript_the_template_is_copied_with_its_id_and_title() {
    let lesson = new_lesson(None);
    assert_eq!(lesson.id, "new-lesson");
    assert_eq!(lesson.title, "New lesson");
    assert_eq!(lesson.prompt_count(), 6);
}

/// Runs `closereader new` on a transcript written to a temporary folder;
/// returns the exit code, what it said, and the lesson (if written).
fn new_from_text(name: &str, transcript: &str) -> (i32, String, Option<Vec<u8>>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let from = dir.path().join(name);
    std::fs::write(&from, transcript).expect("write");
    let lesson = dir.path().join("big.ron");
    let args = [
        "new",
        lesson.to_str().expect("utf-8"),
        "--from",
        from.to_str().expect("utf-8"),
    ];
    let (code, stdout, stderr) = common::closereader(&args, dir.path());
    (
        code,
        format!("{stdout}{stderr}"),
        std::fs::read(&lesson).ok(),
    )
}

/// Captions that would make an 11 MB lesson: refused, saying why and how
/// to split them, and nothing is written.
#[test]
fn captions_too_long_for_one_lesson_are_refused_with_how_to_split_them() {
    let mut srt = String::new();
    for n in 0..120_000_u32 {
        let (s, m, h) = (n % 60, n / 60 % 60, n / 3600);
        srt.push_str(&format!(
            "{}\n{h:02}:{m:02}:{s:02},000 --> {h:02}:{m:02}:{s:02},900\nWord {n} here, and more \
             words to make a caption as long as a real one is.\n\n",
            n + 1
        ));
    }
    let (code, said, written) = new_from_text("huge.srt", &srt);
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("at most 8 MB") && said.contains("split the transcript"),
        "{said}"
    );
    assert!(written.is_none(), "nothing written");
}

/// A 5 MB transcript on one line stays within every lesson limit (sections
/// above all) and passes `check`.
#[test]
fn a_long_transcript_on_one_line_makes_a_lesson_check_accepts() {
    let line = "The report calls it a blacklist. Critics disagree, and so on. ".repeat(82_000);
    assert!(line.len() > 5_000_000);
    let (code, said, written) = new_from_text("one-line.txt", &line);
    assert_eq!(code, 0, "{said}");
    let lesson = check_lesson(&written.expect("written"), None);
    let lesson = lesson.lesson.expect("valid");
    assert!(lesson.sections.len() <= 1_000, "{}", lesson.sections.len());
    // Text with no spaces at all is cut into passages too.
    let (code, said, written) = new_from_text("no-spaces.txt", &"x".repeat(300_000));
    assert_eq!(code, 0, "{said}");
    assert!(
        check_lesson(&written.expect("written"), None)
            .lesson
            .is_some()
    );
}

/// Speaker markers are read in linear time: 200,000 of them (each a new
/// line) draft at once (the figures for 25k to 200k are in benchmarks.md).
#[test]
fn two_hundred_thousand_speaker_markers_are_read() {
    let mut text = String::new();
    for n in 0..200_000 {
        let who = if n % 2 == 0 { "AMIRA" } else { "BEN" };
        text.push_str(&format!("{who}: line {n}. [NEWS CLIP] a clip\n"));
    }
    let cues = closereader::lesson::draft::cues_from_text(&text);
    assert_eq!(cues.len(), 400_000);
}

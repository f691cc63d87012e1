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
    assert_eq!(names, ["Narrator", "News Clip", "Ohlberg"]);
    // Each marker is a turn: two clips in a row are two passages.
    assert!(passages.contains(&(
        "News Clip".to_owned(),
        "it’s almost like they’re exporting dystopia".to_owned()
    )));
    assert!(passages.contains(&(
        "News Clip".to_owned(),
        "China’s dystopian future".to_owned()
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

/// Each passage as (speaker's name, text, time, note), in order.
fn read_back(lesson: &Lesson) -> Vec<(String, String, Option<String>, Option<String>)> {
    lesson
        .sections
        .iter()
        .flat_map(|s| &s.passages)
        .map(|p| {
            let name = lesson.speaker(&p.speaker).expect("speaker").name.clone();
            (name, p.text.clone(), p.time.clone(), p.note.clone())
        })
        .collect()
}

/// One expected passage, written short.
fn said(
    who: &str,
    text: &str,
    time: Option<&str>,
    note: Option<&str>,
) -> (String, String, Option<String>, Option<String>) {
    (
        who.to_owned(),
        text.to_owned(),
        time.map(str::to_owned),
        note.map(|n| format!("Sounds: {n}")),
    )
}

/// Drafts a lesson from the fixture `file` (see [`new_lesson`]): no
/// markup reaches a passage, and its passages are `expected`.
fn drafted_as(file: &str, expected: &[(String, String, Option<String>, Option<String>)]) -> Lesson {
    let lesson = new_lesson(Some(file));
    assert_clean(&lesson);
    assert_eq!(read_back(&lesson), expected, "{file}");
    lesson
}

/// No character reference, caption tag or marker reaches a passage.
fn assert_clean(lesson: &Lesson) {
    for (_, text, _, _) in read_back(lesson) {
        for leftover in [
            "&gt;", "&amp;", "&quot;", "&#", ">>", "<", "{", "[Music", "Dialogue",
        ] {
            assert!(!text.contains(leftover), "{leftover} in {text}");
        }
    }
}

/// Community captions of a news clip: a BOM, Windows line endings, no last
/// line break, SubRip coordinates, `<font>` tags, `&gt;&gt; REPORTER:`
/// mid-caption, `- ` dashes and `[Music]` / `(explosion rumbles)`.
#[test]
fn subrip_news_captions_with_entities_dashes_and_sounds() {
    drafted_as(
        "news-explainer.srt",
        &[
            said(
                "Narrator",
                "Officials closed the plant as a precaution",
                Some("0:02"),
                Some("Music"),
            ),
            said(
                "Reporter",
                "we went to Flint & spoke to families.",
                Some("0:04"),
                Some("explosion rumbles"),
            ),
            said("Unmarked voice", "Did you hear that?", Some("0:11"), None),
            said("Unmarked voice", "It's the old tower.", Some("0:11"), None),
            said("Mayor", "The water is \"safe\"", Some("0:13"), None),
        ],
    );
}

/// WebVTT with a header, NOTE (holding an arrow), STYLE and REGION blocks,
/// cue ids and settings, no-hour times, voices `<v Name>` and
/// `<v.loud Name>`, classes and entities; a capital after a caption
/// without a full stop starts a new passage.
#[test]
fn webvtt_voices_classes_and_blocks() {
    let lesson = drafted_as(
        "interview-voices.vtt",
        &[
            said(
                "Roger Bingham",
                "We are in New York City",
                Some("0:01"),
                None,
            ),
            said(
                "Roger Bingham",
                "We're actually at the Lucern Hotel",
                Some("0:04"),
                None,
            ),
            said(
                "Esme",
                "Thanks & welcome, Roger. Is that the new tower?",
                Some("0:07"),
                None,
            ),
            said("Roger Bingham", "It is.", Some("1:02:03"), None),
        ],
    );
    let names: Vec<&str> = lesson.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Roger Bingham", "Esme"], "no narrator nobody is");
}

/// YouTube's .sbv: `>> MAYOR:` names a voice, a bare `>>` is someone else,
/// `[Applause]` is a sound.
#[test]
fn youtube_sbv_captions() {
    drafted_as(
        "town-hall.sbv",
        &[
            said(
                "Mayor",
                "the water is safe and we tested it twice",
                Some("0:00"),
                None,
            ),
            said(
                "Unmarked voice",
                "how many times",
                Some("0:05"),
                Some("Applause"),
            ),
            said("Mayor", "twice > once", Some("0:08"), None),
        ],
    );
}

/// An Aegisub .ass file: styles and comments are not speech, the Name
/// field is the speaker (CHAIR and Chair are one voice), lines out of order
/// are read by time, override tags and `\N`, `\h` are dropped.
#[test]
fn substation_alpha_ass_by_its_format_line() {
    let lesson = drafted_as(
        "debate.ass",
        &[
            said(
                "Chair",
                "Order, please. The first item is the budget.",
                Some("0:01"),
                None,
            ),
            said(
                "Councillor Price",
                "Yes, and the report says so, clearly.",
                Some("0:04"),
                Some("Applause"),
            ),
            said(
                "Chair",
                "Thank you, councillor & colleagues.",
                Some("0:09"),
                None,
            ),
        ],
    );
    assert_eq!(lesson.speakers.len(), 2);
}

/// An old .ssa file (`Marked=0`, V4 styles) with dashes in one line.
#[test]
fn substation_alpha_ssa_with_dashes() {
    drafted_as(
        "lecture.ssa",
        &[
            said(
                "Dr. Okafor",
                "Good morning. Today: sources, and who checks them.",
                Some("0:02"),
                None,
            ),
            said("Unmarked voice", "Can we record this?", Some("0:05"), None),
            said("Unmarked voice", "Of course.", Some("0:05"), None),
        ],
    );
}

/// An interview transcript: `JUDY WOODRUFF:` in capitals and later in
/// mixed case is one voice named readably; an unlabelled paragraph
/// continues the last speaker (no narrator); `(LAUGHTER)` is a sound.
#[test]
fn interview_transcript_names_and_unlabelled_paragraphs() {
    let lesson = drafted_as(
        "pbs-interview.txt",
        &[
            said(
                "Judy Woodruff",
                "Joining me now is Dr. John Whyte. Welcome back to the \"NewsHour.\" Tell us first what the new numbers show.",
                None,
                None,
            ),
            said(
                "John Whyte",
                "Thanks, Judy. The numbers are down, but it's too early to say why.",
                None,
                Some("LAUGHTER"),
            ),
            said("Judy Woodruff", "So what should families do?", None, None),
            said(
                "John Whyte",
                "Keep testing & keep talking to your doctor.",
                None,
                None,
            ),
        ],
    );
    let names: Vec<&str> = lesson.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Judy Woodruff", "John Whyte"]);
}

/// One passage is "1 passage", and the `check` command it suggests can be
/// pasted into a terminal when the path has spaces.
#[test]
fn new_says_one_passage_and_quotes_a_path_with_spaces() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("my lessons");
    std::fs::create_dir(&folder).expect("folder");
    std::fs::write(folder.join("t.txt"), "Hello there.").expect("write");
    let args = ["new", "my lessons/x.ron", "--from", "my lessons/t.txt"];
    let (code, stdout, stderr) = common::closereader(&args, dir.path());
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("(1 passage from my lessons/t.txt)"),
        "{stdout}"
    );
    if cfg!(not(windows)) {
        assert!(
            stdout
                .trim_end()
                .ends_with("closereader check 'my lessons/x.ron'"),
            "{stdout}"
        );
    }
}

/// Any other kind of file is refused, naming the formats that work, and
/// nothing is written.
#[test]
fn an_unknown_format_is_refused_with_the_formats_that_work() {
    let (code, said, written) = new_from_text("slides.pdf", "%PDF-1.4 JOHN: hello");
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("slides.pdf is not a transcript format")
            && said.contains(".txt, .srt, .vtt, .sbv, .ass, .ssa, .docx"),
        "{said}"
    );
    assert!(written.is_none());
}

/// A Word transcript, written as Word writes them: a name split over two
/// runs, curly quotes, a line break inside a paragraph.
#[test]
fn a_word_transcript_is_read_by_paragraph() {
    use docx_rs::{BreakType, Docx, Paragraph, Run};
    let mut word = std::io::Cursor::new(Vec::new());
    Docx::new()
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text("AMIRA ").bold())
                .add_run(Run::new().add_text("KHAN:").bold())
                .add_run(Run::new().add_text(" It’s “new”, they say.")),
        )
        .add_paragraph(
            Paragraph::new().add_run(
                Run::new()
                    .add_text("It is not.")
                    .add_break(BreakType::TextWrapping)
                    .add_text("Not at all."),
            ),
        )
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text("BEN: [Music] Really?")))
        .build()
        .pack(&mut word)
        .expect("docx written");
    let (code, said_by_new, written) = new_from_bytes("transcript.docx", word.get_ref());
    assert_eq!(code, 0, "{said_by_new}");
    let bytes = written.expect("written");
    let lesson = check_lesson(&bytes, None).lesson.expect("valid");
    assert_eq!(
        read_back(&lesson),
        [
            said(
                "Amira Khan",
                "It’s “new”, they say. It is not. Not at all.",
                None,
                None
            ),
            said("Ben", "Really?", None, Some("Music")),
        ]
    );
    // A file named .docx that is not one is refused, saying so.
    let (code, said, written) = new_from_text("fake.docx", "JOHN: hello");
    assert_eq!(code, 1);
    assert!(
        said.contains("could not be read as a Word document"),
        "{said}"
    );
    assert!(written.is_none());
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
    new_from_bytes(name, transcript.as_bytes())
}

/// [`new_from_text`] for a transcript of any bytes (a Word file).
fn new_from_bytes(name: &str, transcript: &[u8]) -> (i32, String, Option<Vec<u8>>) {
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
    let cues = closereader::lesson::transcript::cues_from_text(&text);
    assert_eq!(cues.len(), 400_000);
}

/// A section as (id, title, its passages' ids and times).
type SectionStart = (String, String, Vec<(String, Option<String>)>);

/// Each section of `lesson`, in order.
fn section_starts(lesson: &Lesson) -> Vec<SectionStart> {
    lesson
        .sections
        .iter()
        .map(|s| {
            let passages = s
                .passages
                .iter()
                .map(|p| (p.id.clone(), p.time.clone()))
                .collect();
            (s.id.clone(), s.title.clone(), passages)
        })
        .collect()
}

fn owned(id: &str, time: Option<&str>) -> (String, Option<String>) {
    (id.to_owned(), time.map(str::to_owned))
}

#[test]
fn youtube_chapter_lines_start_named_sections_at_their_times() {
    let lesson = new_lesson(Some("youtube-chapters.txt"));
    assert_eq!(
        section_starts(&lesson),
        [
            (
                "intro".to_owned(),
                "Intro".to_owned(),
                vec![owned("intro-1", Some("0:00"))]
            ),
            (
                "what-the-mayor-said".to_owned(),
                "What the mayor said".to_owned(),
                vec![
                    owned("what-the-mayor-said-1", Some("1:15")),
                    owned("what-the-mayor-said-2", None),
                    owned("what-the-mayor-said-3", None),
                ]
            ),
            (
                "the-reply".to_owned(),
                "The reply".to_owned(),
                vec![owned("the-reply-1", Some("2:40"))]
            ),
        ]
    );
    // The chapter lines are titles, not words anyone said.
    let texts = speakers_and_texts(&lesson);
    assert!(
        texts
            .iter()
            .all(|(_, t)| !t.contains("Intro") && !t.contains("1:15"))
    );
}

#[test]
fn webvtt_chapter_cues_and_a_long_gap_start_sections() {
    let lesson = new_lesson(Some("chapters.vtt"));
    assert_eq!(
        section_starts(&lesson),
        [
            (
                "the-headline".to_owned(),
                "The headline".to_owned(),
                vec![
                    owned("the-headline-1", Some("0:00")),
                    owned("the-headline-2", Some("0:08")),
                ]
            ),
            (
                "the-numbers".to_owned(),
                "The numbers".to_owned(),
                vec![
                    owned("the-numbers-1", Some("0:20")),
                    owned("the-numbers-2", Some("0:24")),
                ]
            ),
            // A minute without captions: the transcript skips part of the video.
            (
                "part-3".to_owned(),
                "Part 3".to_owned(),
                vec![owned("part-3-1", Some("1:30"))]
            ),
        ]
    );
}

/// Without chapters, sections are about 200 words, each ending where the
/// voice changes when it can.
#[test]
fn sections_aim_at_about_two_hundred_words_and_end_at_a_change_of_voice() {
    let lesson = new_lesson(Some("nowthis-world-social-credit.txt"));
    let words = |s: &closereader::lesson::Section| -> usize {
        s.passages
            .iter()
            .map(|p| p.text.split_whitespace().count())
            .sum()
    };
    let (last, rest) = lesson.sections.split_last().expect("sections");
    assert!(rest.len() >= 3, "{} sections", lesson.sections.len());
    for (i, section) in rest.iter().enumerate() {
        let count = words(section);
        // At least the minimum; at most the maximum and one passage more.
        assert!((150..=320).contains(&count), "section {i}: {count} words");
        let next = &lesson.sections[i + 1];
        assert_ne!(
            section.passages.last().map(|p| &p.speaker),
            next.passages.first().map(|p| &p.speaker),
            "section {} ends where the voice changes",
            section.id
        );
    }
    assert!(words(last) >= 75, "the last section stands alone");
}

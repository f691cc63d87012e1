//! Drafting a lesson from a transcript (`closereader new FILE --from
//! TRANSCRIPT`): plain text with speaker markers, or SubRip (.srt) and WebVTT
//! (.vtt) captions, YouTube's rolling auto-captions included. The draft
//! already passes `closereader check`: the teacher then names the sections,
//! writes the questions (examples of every kind are there, commented out)
//! and fills in the source.
//!
//! How the text is cut:
//! - Speakers: `[NEWS CLIP]` or `[Ohlberg]` anywhere, `NAME:` at the start of
//!   a line, and `>>` (a new, unnamed voice, as in TV captions). A bracketed
//!   voice lasts to the end of its paragraph or the next marker; the rest is
//!   the narrator's.
//! - Passages end where the voice changes, and otherwise at a sentence end
//!   once they are long enough; text without full stops (captions) is cut at
//!   a pause or at a length.
//! - Sections: every few passages, or every few minutes of captions.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::limits::{MAX_FILE_BYTES, MAX_LIST_ITEMS, MAX_PASSAGES_PER_SECTION, MAX_SECTIONS};
use crate::tr;

/// One stretch of the transcript: who speaks, when (captions), and the words.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// The speaker's label as the transcript writes it (`None`: the narrator).
    pub speaker: Option<String>,
    /// The start time, `m:ss` or `h:mm:ss` (captions only).
    pub time: Option<String>,
    /// Seconds from the start (captions only), to find pauses and minutes.
    pub seconds: Option<f64>,
    /// Seconds at the cue's end (captions only).
    pub end: Option<f64>,
    /// The words.
    pub text: String,
}

/// A passage of the draft.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftPassage {
    /// The speaker's label (`None`: the narrator).
    pub speaker: Option<String>,
    /// The start time, when the transcript has times.
    pub time: Option<String>,
    /// Seconds from the start, when known.
    pub seconds: Option<f64>,
    /// The words, on one line.
    pub text: String,
}

/// A passage is cut at the first sentence end after this many words.
const PASSAGE_WORDS: usize = 35;
/// A passage with no sentence end is cut after this many words.
const MAX_PASSAGE_WORDS: usize = 70;
/// Passages per section, for transcripts without times.
const SECTION_PASSAGES: usize = 8;
/// Seconds per section, for captions.
const SECTION_SECONDS: f64 = 180.0;
/// A pause this long in captions ends a passage.
const PAUSE_SECONDS: f64 = 2.0;
/// A passage never grows past this many bytes, and a "word" longer than
/// half of it (text without spaces) is cut into pieces: a passage stays far
/// under a lesson's longest text.
const MAX_PASSAGE_BYTES: usize = 4_000;

/// The label of the voice `>>` starts.
pub fn unmarked_voice() -> String {
    tr!("sys-draft-unmarked-voice")
}

/// Splits a plain-text transcript at its speaker markers.
pub fn cues_from_text(text: &str) -> Vec<Cue> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let unmarked = unmarked_voice();
    let mut cues: Vec<Cue> = Vec::new();
    let push = |cues: &mut Vec<Cue>, speaker: Option<String>, words: &str| {
        let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
        if !words.is_empty() {
            cues.push(Cue {
                speaker,
                time: None,
                seconds: None,
                end: None,
                text: words,
            });
        }
    };
    for paragraph in text.split("\n\n") {
        // A bracketed voice lasts to the end of its paragraph.
        let mut speaker: Option<String> = None;
        let mut rest = paragraph;
        loop {
            let (before, marker, after) = next_marker(rest, &unmarked);
            push(&mut cues, speaker.clone(), before);
            match marker {
                Some(label) => {
                    speaker = Some(label);
                    rest = after;
                }
                None => break,
            }
        }
    }
    cues
}

/// Longest speaker label looked for, in bytes: a label is a few words, so
/// no search for its end looks further (each marker costs the same however
/// long the transcript, and 200,000 markers take no longer than 200,000
/// times one).
const MAX_LABEL_BYTES: usize = 80;

/// The text before the next speaker marker in `text`, the marker's label
/// (`unmarked` for `>>`), and the text after it.
fn next_marker<'t>(text: &'t str, unmarked: &str) -> (&'t str, Option<String>, &'t str) {
    let mut line_start = 0;
    for (at, c) in text.char_indices() {
        if c == '\n' {
            line_start = at + 1;
            continue;
        }
        if c != '[' && c != '>' && at != line_start {
            continue;
        }
        // Where a label starting here could end: this line, a few words.
        let near = &text[at..floor_char_boundary(text, at + MAX_LABEL_BYTES)];
        let near = near.split('\n').next().unwrap_or("");
        if c == '['
            && let Some(close) = near.find(']')
        {
            let label = text[at + 1..at + close].trim();
            if is_label(label) {
                return (&text[..at], Some(label.to_owned()), &text[at + close + 1..]);
            }
        }
        if near.starts_with(">>") {
            return (&text[..at], Some(unmarked.to_owned()), &text[at + 2..]);
        }
        if at == line_start
            && let Some(colon) = near.find(':')
        {
            let label = text[at..at + colon].trim();
            if is_name(label) {
                return (&text[..at], Some(label.to_owned()), &text[at + colon + 1..]);
            }
        }
    }
    (text, None, "")
}

/// The largest char boundary of `text` at or before `at`.
fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A bracketed speaker label: a few words starting with a capital letter
/// (not "[1984]", nor an editor's "[and]" inside a quotation).
fn is_label(label: &str) -> bool {
    let words = label.split_whitespace().count();
    (1..=4).contains(&words)
        && label.chars().next().is_some_and(char::is_uppercase)
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '-' || c == '\'')
}

/// `NAME:` at the start of a line: one to three capitalised words.
fn is_name(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
        })
}

/// Reads SubRip or WebVTT captions: times kept, styling tags and cue
/// settings dropped, blank cues skipped, and the repeated lines of rolling
/// auto-captions (each cue repeating the one before) taken once.
pub fn cues_from_captions(text: &str) -> Vec<Cue> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let unmarked = unmarked_voice();
    let mut cues: Vec<Cue> = Vec::new();
    let mut said: Vec<String> = Vec::new();
    for block in text.split("\n\n") {
        let mut lines = block.lines().filter(|l| !l.trim().is_empty());
        let Some((start, end)) =
            lines
                .by_ref()
                .find_map(|line| line.split_once("-->"))
                .map(|(a, b)| {
                    (
                        parse_time(a),
                        parse_time(b.split_whitespace().next().unwrap_or("")),
                    )
                })
        else {
            continue; // WEBVTT header, NOTE, STYLE, or a block without a time
        };
        let Some(start) = start else { continue };
        for line in lines {
            let line = strip_tags(line);
            let line = line.trim();
            if line.is_empty() || said.last().is_some_and(|l| l == line) {
                continue;
            }
            // Rolling captions repeat the last line said, then add a new one.
            if said.iter().rev().take(2).any(|l| l == line) {
                continue;
            }
            said.push(line.to_owned());
            let (speaker, words) = match line.strip_prefix(">>") {
                Some(rest) => (Some(unmarked.clone()), rest.trim()),
                None => (None, line),
            };
            cues.push(Cue {
                speaker,
                time: Some(format_time(start)),
                seconds: Some(start),
                end,
                text: words.to_owned(),
            });
        }
    }
    // A voice lasts until the next one starts.
    let mut voice: Option<String> = None;
    for cue in &mut cues {
        match &cue.speaker {
            Some(v) => voice = Some(v.clone()),
            None => cue.speaker.clone_from(&voice),
        }
    }
    cues
}

/// `00:01:02,500` (SubRip) or `01:02.500` (WebVTT) in seconds.
fn parse_time(text: &str) -> Option<f64> {
    let text = text.trim().replace(',', ".");
    let parts: Vec<&str> = text.split(':').collect();
    let mut seconds = 0.0;
    for part in &parts {
        seconds = seconds * 60.0 + part.parse::<f64>().ok()?;
    }
    (parts.len() >= 2).then_some(seconds)
}

/// Seconds as `m:ss`, or `h:mm:ss` past an hour.
fn format_time(seconds: f64) -> String {
    let whole = seconds.max(0.0) as u64;
    let (h, m, s) = (whole / 3600, whole / 60 % 60, whole % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Text without `<c>`, `<i>`, `<00:00:01.000>` and `{\an8}` styling.
fn strip_tags(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut skip: Option<char> = None;
    // Looked for once: a line of a million '{' must not be searched a
    // million times.
    let has_close = line.contains('}');
    for c in line.chars() {
        match (skip, c) {
            (None, '<') => skip = Some('>'),
            (None, '{') if has_close => skip = Some('}'),
            (Some(end), c) if c == end => skip = None,
            (None, c) => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Cuts cues into passages: at every change of voice, at a pause, and at a
/// sentence end once a passage is long enough (or at a length, for text
/// without sentence ends).
pub fn passages(cues: &[Cue]) -> Vec<DraftPassage> {
    let mut out: Vec<DraftPassage> = Vec::new();
    let mut current: Option<DraftPassage> = None;
    let mut last_end: Option<f64> = None;
    for cue in cues {
        let pause = matches!((last_end, cue.seconds), (Some(end), Some(start)) if start - end >= PAUSE_SECONDS);
        let new_voice = current.as_ref().is_some_and(|p| p.speaker != cue.speaker);
        if new_voice || pause {
            out.extend(current.take());
        }
        last_end = cue.end.or(cue.seconds);
        for word in cue.text.split_whitespace().flat_map(pieces) {
            if current
                .as_ref()
                .is_some_and(|p| p.text.len() + word.len() >= MAX_PASSAGE_BYTES)
            {
                out.extend(current.take());
            }
            let passage = current.get_or_insert_with(|| DraftPassage {
                speaker: cue.speaker.clone(),
                time: cue.time.clone(),
                seconds: cue.seconds,
                text: String::new(),
            });
            if !passage.text.is_empty() {
                passage.text.push(' ');
            }
            passage.text.push_str(word);
            // At most 70 words a passage, so counting is cheap.
            let words = passage.text.split_whitespace().count();
            let sentence_end = word
                .trim_end_matches(['"', '\'', '’', '”', ')'])
                .ends_with(['.', '!', '?', '…']);
            if (sentence_end && words >= PASSAGE_WORDS) || words >= MAX_PASSAGE_WORDS {
                out.extend(current.take());
            }
        }
    }
    out.extend(current);
    out
}

/// `word` in pieces of at most half [`MAX_PASSAGE_BYTES`] (a word is one
/// piece unless it is thousands of letters without a space).
fn pieces(word: &str) -> impl Iterator<Item = &str> {
    let mut rest = word;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        // At least one character, however wide.
        let first = rest.chars().next().map_or(rest.len(), char::len_utf8);
        let cut = floor_char_boundary(rest, MAX_PASSAGE_BYTES / 2).max(first);
        let (piece, after) = rest.split_at(cut);
        rest = after;
        Some(piece)
    })
}

/// The voices found: ids and names (the narrator first, then each in the
/// order they speak), and the id for each label as written.
pub struct Voices {
    /// Ids and names.
    pub list: Vec<(String, String)>,
    by_label: HashMap<String, String>,
}

impl Voices {
    /// The voices of `passages` (each label looked at once: linear time).
    pub fn of(passages: &[DraftPassage]) -> Self {
        let mut list = vec![("narrator".to_owned(), tr!("sys-draft-narrator"))];
        let mut by_name: HashMap<String, String> = HashMap::new();
        let mut by_label: HashMap<String, String> = HashMap::new();
        let mut ids: HashSet<String> = std::iter::once("narrator".to_owned()).collect();
        for label in passages.iter().filter_map(|p| p.speaker.as_ref()) {
            if by_label.contains_key(label) {
                continue;
            }
            let name = display_name(label);
            let id = by_name
                .entry(name.clone())
                .or_insert_with(|| {
                    let id = slug(label);
                    let id = if ids.contains(&id) {
                        format!("{id}-{}", list.len())
                    } else {
                        id
                    };
                    ids.insert(id.clone());
                    list.push((id.clone(), name));
                    id
                })
                .clone();
            by_label.insert(label.clone(), id);
        }
        Self { list, by_label }
    }

    /// The id of the voice `label` names (`None`: the narrator).
    fn id(&self, label: Option<&String>) -> &str {
        label
            .and_then(|l| self.by_label.get(l))
            .map_or("narrator", String::as_str)
    }
}

/// "NEWS CLIP" → "News clip"; "Ohlberg" stays.
fn display_name(label: &str) -> String {
    if label.chars().any(char::is_lowercase) {
        return label.to_owned();
    }
    let lower = label.to_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A lesson id from any text: lower-case letters, digits and `-`.
pub fn slug(text: &str) -> String {
    let slug = text
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug: String = slug.chars().take(40).collect();
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        "lesson".to_owned()
    } else {
        slug
    }
}

/// A RON string literal.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if crate::lesson::text::is_hidden_character(c) => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` as RON comment lines, each indented by `indent`.
fn comment(text: &str, indent: &str) -> String {
    text.lines()
        .map(|line| format!("{indent}// {line}\n"))
        .collect()
}

/// Commented-out examples of every prompt kind, for a section.
fn example_prompts(section: &str, passage: &str) -> String {
    let indent = " ".repeat(16);
    let words = |text: String| quoted(&text);
    let mut out = comment(&tr!("sys-draft-examples"), &indent);
    for example in [
        format!(
            "Short(id: \"{section}-q2\", text: {}),",
            words(tr!("sys-draft-example-short"))
        ),
        format!(
            "Choice(id: \"{section}-q3\", text: {}, options: [{}, {}], answer: 2),",
            words(tr!("sys-draft-example-choice")),
            words(tr!("sys-draft-example-choice.fact")),
            words(tr!("sys-draft-example-choice.opinion"))
        ),
        format!(
            "Choices(id: \"{section}-q4\", text: {}, options: [{}, {}, {}], answers: [1, 3]),",
            words(tr!("sys-draft-example-choices")),
            words(tr!("sys-draft-example-choices.first")),
            words(tr!("sys-draft-example-choices.second")),
            words(tr!("sys-draft-example-choices.third"))
        ),
        format!(
            "Rating(id: \"{section}-q5\", text: {}, min: 1, max: 5, low: {}, high: {}),",
            words(tr!("sys-draft-example-rating")),
            words(tr!("sys-draft-example-rating.low")),
            words(tr!("sys-draft-example-rating.high"))
        ),
        format!(
            "Evidence(id: \"{section}-q6\", text: {}, passage: \"{passage}\"),",
            words(tr!("sys-draft-example-evidence"))
        ),
    ] {
        out.push_str(&comment(&example, &indent));
    }
    out
}

/// What the draft says about where the transcript came from.
pub struct DraftSource<'a> {
    /// The lesson's id.
    pub id: &'a str,
    /// The lesson's title.
    pub title: &'a str,
    /// The transcript's file name, for the source's "obtained".
    pub file_name: &'a str,
}

/// The lesson text for `passages`, or why it cannot be one lesson.
pub fn draft_lesson(
    source: &DraftSource<'_>,
    passages: &[DraftPassage],
) -> Result<String, DraftError> {
    let voices = Voices::of(passages);
    if voices.list.len() > MAX_LIST_ITEMS {
        return Err(DraftError::TooManyVoices(voices.list.len()));
    }
    let speaker_id = |label: &Option<String>| voices.id(label.as_ref()).to_owned();
    let mut out = comment(
        &tr!(
            "sys-draft-header",
            file = source.file_name.replace('\n', " ")
        ),
        "",
    );
    let unknown = tr!("sys-draft-leave-out");
    out.push_str(&format!(
        "Lesson(\n    id: {id},\n    title: {title},\n    version: \"0.1\",\n    language: \"en\",\n\
         \x20   sources: [\n        Source(\n            id: \"transcript\",\n            title: {title},\n\
         \x20           // publisher: {publisher},\n            // address: \"https://…\",   // {unknown}\n\
         \x20           // date: \"YYYY-MM-DD\",        // {unknown}\n\
         \x20           obtained: {obtained},\n        ),\n    ],\n    speakers: [\n",
        id = quoted(source.id),
        title = quoted(source.title),
        publisher = quoted(&tr!("sys-draft-publisher")),
        obtained = quoted(&tr!("sys-draft-obtained", file = source.file_name)),
    ));
    for (id, name) in &voices.list {
        let role = match id.as_str() {
            "narrator" => "Narrator",
            _ if name.to_lowercase().contains("clip") => "Clip",
            _ => "Other",
        };
        out.push_str(&format!(
            "        Speaker(id: {}, name: {}, role: {role}),\n",
            quoted(id),
            quoted(name)
        ));
    }
    out.push_str("    ],\n    sections: [\n");
    for (index, chunk) in sections(passages).iter().enumerate() {
        let section = format!("part-{}", index + 1);
        out.push_str(&format!(
            "        Section(\n            id: \"{section}\",\n            title: {},\n            passages: [\n",
            quoted(&tr!("sys-draft-part", number = index + 1))
        ));
        for (i, passage) in chunk.iter().enumerate() {
            let time = passage
                .time
                .as_ref()
                .map(|t| format!(", time: {}", quoted(t)))
                .unwrap_or_default();
            out.push_str(&format!(
                "                Passage(id: \"{section}-{}\", speaker: {}, text: {}{time}),\n",
                i + 1,
                quoted(&speaker_id(&passage.speaker)),
                quoted(&passage.text)
            ));
        }
        out.push_str("            ],\n            prompts: [\n");
        out.push_str(&format!(
            "                Open(id: \"{section}-q1\", text: {}),\n",
            quoted(&tr!("sys-draft-first-question"))
        ));
        out.push_str(&example_prompts(&section, &format!("{section}-1")));
        out.push_str("            ],\n        ),\n");
    }
    out.push_str("    ],\n)\n");
    if out.len() > MAX_FILE_BYTES {
        return Err(DraftError::TooLarge {
            bytes: out.len(),
            // Each part well inside the limit, with room for questions.
            parts: out.len().div_ceil(MAX_FILE_BYTES / 2),
        });
    }
    Ok(out)
}

/// Passages grouped into sections: every few minutes of captions, or every
/// few passages of text; longer sections for a long transcript, so there
/// are never more than a lesson may have.
fn sections(passages: &[DraftPassage]) -> Vec<&[DraftPassage]> {
    let per_section = SECTION_PASSAGES.max(passages.len().div_ceil(MAX_SECTIONS));
    let seconds = passages.iter().filter_map(|p| p.seconds);
    let span = seconds.clone().fold(0.0_f64, f64::max) - seconds.fold(f64::MAX, f64::min);
    let per_seconds = SECTION_SECONDS.max(span / (MAX_SECTIONS as f64 / 2.0));
    let mut starts: Vec<usize> = Vec::new();
    let mut started: Option<f64> = None;
    for (i, passage) in passages.iter().enumerate() {
        let full = match (starts.last(), started, passage.seconds) {
            (None, ..) => true,
            (Some(&from), ..) if i - from >= MAX_PASSAGES_PER_SECTION => true,
            (_, Some(start), Some(at)) => at - start >= per_seconds,
            (Some(&from), ..) => passage.seconds.is_none() && i - from >= per_section,
        };
        if full {
            starts.push(i);
            started = passage.seconds;
        }
    }
    if starts.len() > MAX_SECTIONS {
        // Times that jump about: every so many passages instead.
        starts = (0..passages.len()).step_by(per_section).collect();
    }
    starts
        .iter()
        .zip(starts.iter().skip(1).chain([&passages.len()]))
        .map(|(&from, &to)| &passages[from..to])
        .collect()
}

/// Why a transcript cannot be drafted into one lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    /// More voices than a lesson can name.
    TooManyVoices(usize),
    /// The lesson file would be larger than a lesson may be.
    TooLarge {
        /// How large it would be.
        bytes: usize,
        /// Into how many parts to split the transcript.
        parts: usize,
    },
}

impl fmt::Display for DraftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Self::TooManyVoices(count) => tr!(
                "sys-draft-too-many-voices",
                count = *count,
                max = MAX_LIST_ITEMS
            ),
            Self::TooLarge { bytes, parts } => tr!(
                "sys-draft-too-large",
                size = bytes.div_ceil(1024 * 1024),
                max = MAX_FILE_BYTES / (1024 * 1024),
                parts = *parts
            ),
        })
    }
}

impl std::error::Error for DraftError {}

/// The template with its id and title filled in (`new` without `--from`).
pub fn from_template(template: &str, id: &str, title: &str) -> String {
    template
        .replacen("id: \"template\"", &format!("id: {}", quoted(id)), 1)
        .replacen(
            "title: \"Lesson template: copy me\"",
            &format!("title: {}", quoted(title)),
            1,
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_split_voices_and_a_bracketed_voice_ends_with_its_paragraph() {
        let cues = cues_from_text(
            "Intro words [NEWS CLIP] a clip says this\n\nNarrator again [Ohlberg] expert words\nAMIRA: hello there",
        );
        let voices: Vec<(Option<&str>, &str)> = cues
            .iter()
            .map(|c| (c.speaker.as_deref(), c.text.as_str()))
            .collect();
        assert_eq!(
            voices,
            [
                (None, "Intro words"),
                (Some("NEWS CLIP"), "a clip says this"),
                (None, "Narrator again"),
                (Some("Ohlberg"), "expert words"),
                (Some("AMIRA"), "hello there"),
            ]
        );
        assert!(!is_label("1984"));
        assert!(!is_label("and"));
    }

    #[test]
    fn rolling_captions_styling_and_blank_cues() {
        let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000 align:start\n<c>Hello</c> <00:00:02.000><c>there</c>\n\n\
                   00:00:03.000 --> 00:00:05.000\nHello there\nhow are you\n\n\
                   00:00:05.000 --> 00:00:05.500\n \n\n\
                   00:00:09.000 --> 00:00:11.000\n>> I am fine\n";
        let cues = cues_from_captions(vtt);
        let texts: Vec<&str> = cues.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["Hello there", "how are you", "I am fine"]);
        assert_eq!(cues[0].time.as_deref(), Some("0:01"));
        assert_eq!(cues[2].speaker.as_deref(), Some(unmarked_voice().as_str()));
        let srt = "1\n00:01:02,000 --> 00:01:04,000\n{\\an8}<i>Overlap</i>\n\n2\n00:01:03,500 --> 00:01:06,000\nstarts early.\n";
        let cues = cues_from_captions(srt);
        assert_eq!(cues[0].time.as_deref(), Some("1:02"));
        assert_eq!(cues[1].text, "starts early.");
        // A pause of 4 s and a new voice both start a new passage.
        let passages = passages(&cues_from_captions(vtt));
        assert_eq!(passages.len(), 2);
    }
}

//! Drafting a lesson from a transcript's cues (`closereader new FILE --from
//! TRANSCRIPT`; the cues are read by [`super::transcript`]). The draft
//! already passes `closereader check`: the teacher then names the sections,
//! writes the questions (examples of every kind are there, commented out)
//! and fills in the source.
//!
//! How the text is cut:
//! - Passages end where the voice changes or a new turn starts (`>>`,
//!   `- `), and otherwise at a sentence end once they are long enough; text
//!   without full stops (captions) is cut at a pause, at a capital letter
//!   starting a cue, or at a length.
//! - Voices: one per label, whatever its case, named as first written (all
//!   capitals made readable); a narrator only when words come before any
//!   label.
//! - Sounds described in brackets become the passage's context note.
//! - Sections: at the topic shifts the transcript marks, about 200 words
//!   each ([`super::shifts`] has the rule); a chapter's section is named
//!   after it.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::limits::{MAX_FILE_BYTES, MAX_LIST_ITEMS};
use super::shifts::section_ranges;
use crate::tr;

use super::transcript::Cue;

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
    /// Sounds described while it is said (`[Music]`).
    pub sounds: Vec<String>,
    /// The passage's context note: the sounds, in words.
    pub note: Option<String>,
    /// Seconds at the end of its last cue, when known (pauses after it
    /// are topic shifts).
    pub end: Option<f64>,
    /// The chapter that starts with it, if one does: its title.
    pub chapter: Option<String>,
}

/// A passage is cut at the first sentence end after this many words.
const PASSAGE_WORDS: usize = 35;
/// A passage with no sentence end is cut after this many words.
const MAX_PASSAGE_WORDS: usize = 70;
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

/// The largest char boundary of `text` at or before `at`.
fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Cuts cues into passages: at every change of voice or new turn, at a
/// pause, and at a sentence end once a passage is long enough (or at a
/// length, for text without sentence ends). A cue that starts with a
/// capital letter after a long passage starts a new one too: captions
/// often leave out the full stop between sentences. Sounds described in
/// the cues become the note of the passage they are in (or of the next one,
/// before anyone speaks).
pub fn passages(cues: &[Cue]) -> Vec<DraftPassage> {
    let mut out: Vec<DraftPassage> = Vec::new();
    let mut current: Option<DraftPassage> = None;
    let mut last_end: Option<f64> = None;
    let mut waiting_sounds: Vec<String> = Vec::new();
    // The last caption started with a capital: these captions are written
    // in sentences, so a capital after a caption without a full stop
    // starts a new sentence ("…New York City" / "We're actually…").
    let mut sentence_cased = false;
    for cue in cues {
        if cue.text.is_empty() {
            match current.as_mut() {
                Some(passage) if !cue.turn && passage.speaker == cue.speaker => {
                    passage.sounds.extend(cue.sounds.iter().cloned());
                }
                _ => waiting_sounds.extend(cue.sounds.iter().cloned()),
            }
            continue;
        }
        let pause = matches!((last_end, cue.seconds), (Some(end), Some(start)) if start - end >= PAUSE_SECONDS);
        let new_voice = current
            .as_ref()
            .is_some_and(|p| cue.turn || p.speaker != cue.speaker);
        let capital = cue.text.chars().next().is_some_and(char::is_uppercase);
        let new_sentence = capital
            && current.as_ref().is_some_and(|p| {
                p.text.split_whitespace().count() >= PASSAGE_WORDS
                    || (sentence_cased && !ends_sentence(&p.text))
            });
        sentence_cased = cue.seconds.is_some() && capital;
        if new_voice || pause || new_sentence || cue.chapter.is_some() {
            out.extend(current.take());
        }
        last_end = cue.end.or(cue.seconds);
        // The chapter goes with the first passage the cue starts only.
        let mut chapter = cue.chapter.clone();
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
                sounds: std::mem::take(&mut waiting_sounds),
                note: None,
                end: None,
                chapter: chapter.take(),
            });
            passage.end = cue.end.or(cue.seconds);
            if !passage.text.is_empty() {
                passage.text.push(' ');
            }
            passage.text.push_str(word);
            // At most 70 words a passage, so counting is cheap.
            let words = passage.text.split_whitespace().count();
            if (ends_sentence(word) && words >= PASSAGE_WORDS) || words >= MAX_PASSAGE_WORDS {
                out.extend(current.take());
            }
        }
        if let Some(passage) = current.as_mut() {
            passage.sounds.extend(cue.sounds.iter().cloned());
        }
    }
    out.extend(current);
    // Sounds after the last words belong to the last passage.
    if let Some(last) = out.last_mut() {
        last.sounds.append(&mut waiting_sounds);
    }
    for passage in &mut out {
        passage.note = note(&passage.sounds);
    }
    out
}

/// Whether `text` ends a sentence (`.`, `!`, `?` or `…`, quotes after it
/// allowed).
fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\'', '’', '”', ')'])
        .ends_with(['.', '!', '?', '…'])
}

/// A passage's note from the sounds described in it ("Music; laughter"),
/// each said once.
fn note(sounds: &[String]) -> Option<String> {
    let mut said: Vec<&str> = Vec::new();
    for sound in sounds {
        if !said.contains(&sound.as_str()) {
            said.push(sound);
        }
    }
    // A note is a short aside: a passage full of sounds names the first few.
    said.truncate(MAX_SOUNDS);
    (!said.is_empty()).then(|| said.join("; "))
}

/// At most this many sounds are named in one passage's note.
const MAX_SOUNDS: usize = 8;

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

/// The voices found: ids and names (the narrator first when anyone
/// speaks before the first label, then each in the order they speak), and
/// the id for each label as written.
pub struct Voices {
    /// Ids and names.
    pub list: Vec<(String, String)>,
    by_label: HashMap<String, String>,
}

impl Voices {
    /// The voices of `passages` (each label looked at once: linear time).
    /// Labels that differ only in case ("JUDY WOODRUFF", "Judy Woodruff")
    /// are one voice, named as first written.
    pub fn of(passages: &[DraftPassage]) -> Self {
        let mut list = Vec::new();
        if passages.iter().any(|p| p.speaker.is_none()) {
            list.push(("narrator".to_owned(), tr!("sys-draft-narrator")));
        }
        let mut by_key: HashMap<String, String> = HashMap::new();
        let mut by_label: HashMap<String, String> = HashMap::new();
        let mut ids: HashSet<String> = std::iter::once("narrator".to_owned()).collect();
        for label in passages.iter().filter_map(|p| p.speaker.as_ref()) {
            if by_label.contains_key(label) {
                continue;
            }
            let key = label
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            let id = by_key
                .entry(key)
                .or_insert_with(|| {
                    let id = slug(label);
                    let id = if ids.contains(&id) {
                        format!("{id}-{}", list.len() + 1)
                    } else {
                        id
                    };
                    ids.insert(id.clone());
                    list.push((id.clone(), display_name(label)));
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

/// A name as students read it: "JOHN WHYTE" → "John Whyte",
/// "JEAN-LUC O'BRIEN" → "Jean-Luc O'Brien"; a name with any small letter
/// ("Ohlberg", "McDONALD") is kept as written.
fn display_name(label: &str) -> String {
    let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
    if label.chars().any(char::is_lowercase) {
        return label;
    }
    let mut out = String::with_capacity(label.len());
    let mut word_start = true;
    for c in label.chars() {
        if word_start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = !c.is_alphabetic();
    }
    out
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
         \x20           // video: \"video/….mp4\",   // {video}\n\
         \x20           // date: \"YYYY-MM-DD\",        // {unknown}\n\
         \x20           obtained: {obtained},\n        ),\n    ],\n    speakers: [\n",
        id = quoted(source.id),
        title = quoted(source.title),
        publisher = quoted(&tr!("sys-draft-publisher")),
        video = tr!("sys-draft-video"),
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
    let mut section_ids: HashSet<String> = HashSet::new();
    for (index, range) in section_ranges(passages).into_iter().enumerate() {
        let chunk = &passages[range];
        let chapter = chunk.first().and_then(|p| p.chapter.as_deref());
        let section = section_id(chapter, index, &mut section_ids);
        let title = match chapter {
            Some(title) => title.to_owned(),
            None => tr!("sys-draft-part", number = index + 1),
        };
        out.push_str(&format!(
            "        Section(\n            id: \"{section}\",\n            title: {},\n            passages: [\n",
            quoted(&title)
        ));
        for (i, passage) in chunk.iter().enumerate() {
            let time = passage
                .time
                .as_ref()
                .map(|t| format!(", time: {}", quoted(t)))
                .unwrap_or_default();
            let note = passage
                .note
                .as_ref()
                .map(|n| {
                    format!(
                        ", note: {}",
                        quoted(&tr!("sys-draft-sounds", sounds = n.as_str()))
                    )
                })
                .unwrap_or_default();
            out.push_str(&format!(
                "                Passage(id: \"{section}-{}\", speaker: {}, text: {}{time}{note}),\n",
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

/// A section's id: its chapter's title as an id (`"the-reply"`), else
/// `part-N`; never one already `taken`.
fn section_id(chapter: Option<&str>, index: usize, taken: &mut HashSet<String>) -> String {
    let part = format!("part-{}", index + 1);
    let mut id = chapter.map_or_else(|| part.clone(), slug);
    // Short, so passage ids ("the-reply-3") stay readable.
    id = id
        .chars()
        .take(24)
        .collect::<String>()
        .trim_end_matches('-')
        .to_owned();
    if id.is_empty() || taken.contains(&id) {
        id = if chapter.is_some() && !taken.contains(&part) {
            part
        } else {
            format!("{id}-{}", index + 1)
        };
    }
    taken.insert(id.clone());
    id
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

    fn cue(speaker: Option<&str>, turn: bool, text: &str, sounds: &[&str]) -> Cue {
        Cue {
            speaker: speaker.map(str::to_owned),
            turn,
            text: text.to_owned(),
            sounds: sounds.iter().map(|s| (*s).to_owned()).collect(),
            ..Cue::default()
        }
    }

    #[test]
    fn turns_cut_passages_and_sounds_become_their_notes() {
        let cues = [
            cue(None, false, "", &["Music"]),
            cue(Some("JOHN WHYTE"), true, "Hello.", &[]),
            cue(Some("JOHN WHYTE"), false, "", &["laughter"]),
            cue(Some("Unmarked voice"), true, "Who?", &[]),
            cue(Some("Unmarked voice"), true, "Me.", &[]),
        ];
        let passages = passages(&cues);
        let shown: Vec<(&str, Option<&str>)> = passages
            .iter()
            .map(|p| (p.text.as_str(), p.note.as_deref()))
            .collect();
        assert_eq!(
            shown,
            [
                ("Hello.", Some("Music; laughter")),
                ("Who?", None),
                ("Me.", None)
            ]
        );
        let voices = Voices::of(&passages);
        // No narrator: nobody speaks before the first label.
        let names: Vec<&str> = voices.list.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(names, ["John Whyte", "Unmarked voice"]);
    }

    #[test]
    fn names_keep_their_capitals_unless_all_capitals() {
        assert_eq!(display_name("JOHN WHYTE"), "John Whyte");
        assert_eq!(display_name("JEAN-LUC O'BRIEN"), "Jean-Luc O'Brien");
        assert_eq!(display_name("Judy Woodruff"), "Judy Woodruff");
        assert_eq!(display_name("McDONALD"), "McDONALD");
    }
}

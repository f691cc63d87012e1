//! Reading transcripts and captions into cues (who speaks, when, and the
//! words) for `closereader new --from`: plain text, SubRip (`.srt`), WebVTT
//! (`.vtt`), YouTube's `.sbv`, SubStation Alpha (`.ass`, `.ssa`) and Word
//! (`.docx`). Character references are decoded, speaker markers found
//! (see [`markers`]) and sound descriptions kept apart as notes.

pub mod ass;
pub mod captions;
pub mod docx;
pub mod entities;
pub mod markers;

use std::fmt;
use std::path::Path;

use markers::{Piece, Voice, pieces};

use crate::tr;

/// One stretch of the transcript: who speaks, when (captions), and the words.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cue {
    /// The speaker's label as the transcript writes it (`None`: before any
    /// label, the narrator).
    pub speaker: Option<String>,
    /// A new turn starts here, even if the label is the same (`>>`, `- `).
    pub turn: bool,
    /// The start time, `m:ss` or `h:mm:ss` (captions only).
    pub time: Option<String>,
    /// Seconds from the start (captions only), to find pauses and minutes.
    pub seconds: Option<f64>,
    /// Seconds at the cue's end (captions only).
    pub end: Option<f64>,
    /// The words (empty for a cue that only describes a sound).
    pub text: String,
    /// Sounds and music described here (`[Music]`), for the passage's note.
    pub sounds: Vec<String>,
    /// A chapter starts here, with this title (a `0:00 Intro` line in a
    /// text transcript, a WebVTT cue named `Chapter 2: …`): the draft
    /// starts a section.
    pub chapter: Option<String>,
}

/// The kinds of transcript `new --from` reads, by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text with speaker markers (`.txt`, or no extension).
    Text,
    /// SubRip, WebVTT or YouTube's SBV captions.
    Captions(captions::Kind),
    /// SubStation Alpha (`.ass`, `.ssa`).
    SubStation,
    /// A Word document.
    Docx,
}

impl Format {
    /// The format of `path` by its extension, or `None` for one not read.
    pub fn of(path: &Path) -> Option<Self> {
        let Some(extension) = path.extension() else {
            return Some(Self::Text);
        };
        Some(match extension.to_string_lossy().to_lowercase().as_str() {
            "txt" | "text" => Self::Text,
            "srt" => Self::Captions(captions::Kind::SubRip),
            "vtt" => Self::Captions(captions::Kind::WebVtt),
            "sbv" => Self::Captions(captions::Kind::Sbv),
            "ass" | "ssa" => Self::SubStation,
            "docx" => Self::Docx,
            _ => return None,
        })
    }

    /// The extensions read, for messages.
    pub const LIST: &'static str = ".txt, .srt, .vtt, .sbv, .ass, .ssa, .docx";
}

/// Why a transcript's bytes could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TranscriptError {
    /// A text format that is not UTF-8.
    NotText,
    /// A Word document that could not be opened (what the reader said).
    NotDocx(String),
}

impl fmt::Display for TranscriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Self::NotText => tr!("sys-transcript-not-text"),
            Self::NotDocx(why) => tr!("sys-transcript-not-docx", why = why.as_str()),
        })
    }
}

impl std::error::Error for TranscriptError {}

/// The cues of a transcript file's bytes in `format`.
pub fn read_cues(format: Format, bytes: &[u8]) -> Result<Vec<Cue>, TranscriptError> {
    if format == Format::Docx {
        return docx::cues_from_docx(bytes);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| TranscriptError::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Ok(match format {
        Format::Captions(kind) => captions::cues_from_captions(text, kind),
        Format::SubStation => ass::cues_from_ass(text),
        Format::Text | Format::Docx => cues_from_text(text),
    })
}

/// Splits a plain-text transcript at its speaker markers. A `NAME:` voice
/// lasts until the next marker, across paragraphs; a `[Name]` voice to the
/// end of its paragraph.
pub fn cues_from_text(text: &str) -> Vec<Cue> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut voices = Voices::new(true);
    let mut paragraph = String::new();
    let mut lines = text.lines().peekable();
    let mut timing = Timing::default();
    while let Some(line) = lines.next() {
        if let Some((seconds, title)) = chapter_line(line) {
            // The words before it are a paragraph of their own.
            if !paragraph.is_empty() {
                voices.read(&entities::decode_entities(&paragraph), &timing, false);
                voices.end_paragraph();
                paragraph.clear();
            }
            voices.chapter = Some(entities::decode_entities(title));
            timing = Timing {
                time: Some(captions::format_time(f64::from(seconds))),
                seconds: Some(f64::from(seconds)),
                end: None,
            };
            continue;
        }
        if !line.trim().is_empty() {
            paragraph.push_str(line);
            paragraph.push('\n');
        }
        let ends = lines.peek().is_none_or(|next| next.trim().is_empty());
        if ends && !paragraph.is_empty() {
            let decoded = entities::decode_entities(&paragraph);
            let first = voices.cues.len();
            voices.read(&decoded, &timing, false);
            voices.end_paragraph();
            paragraph.clear();
            // A chapter's time is where its first words start: the voices
            // after them in the paragraph have none.
            if timing.seconds.is_some() {
                let mut cues = voices.cues[first..]
                    .iter_mut()
                    .skip_while(|c| c.text.is_empty());
                cues.next();
                for cue in cues {
                    cue.time = None;
                    cue.seconds = None;
                }
            }
            timing = Timing::default();
        }
    }
    voices.cues
}

/// A YouTube chapter line, alone on its line: a time, then a short title
/// (`0:00 Intro`, `1:02:03 - The reply`). Returns the second and the title.
pub fn chapter_line(line: &str) -> Option<(u32, &str)> {
    let line = line.trim();
    let (time, title) = line.split_once(char::is_whitespace)?;
    let seconds = crate::lesson::video::parse_time(time).ok()?;
    let title = title
        .trim_start()
        .trim_start_matches(['-', '–', '—', ':', '|'])
        .trim();
    let words = title.split_whitespace().count();
    // A title, not a sentence someone said at a time.
    (words > 0 && words <= MAX_CHAPTER_WORDS && !title.ends_with(['.', ',', '?', '!']))
        .then_some((seconds, title))
}

/// A chapter title is at most this many words.
const MAX_CHAPTER_WORDS: usize = 12;

/// When a cue is said (all `None` for plain text).
#[derive(Debug, Clone, Default)]
pub struct Timing {
    /// `m:ss` or `h:mm:ss`.
    pub time: Option<String>,
    /// Start, in seconds.
    pub seconds: Option<f64>,
    /// End, in seconds.
    pub end: Option<f64>,
}

/// Who is speaking as a transcript is read, and the cues so far.
pub struct Voices {
    cues: Vec<Cue>,
    /// The voice of the last `NAME:`, `>>` or `<v>`.
    voice: Option<String>,
    /// A `[Name]` voice, lasting to the end of its paragraph when
    /// `brackets_end` (plain text) or like any other voice (captions).
    bracketed: Option<String>,
    brackets_end: bool,
    turn: bool,
    unmarked: String,
    /// A chapter that starts with the next words.
    pub chapter: Option<String>,
}

impl Voices {
    /// No one speaking yet.
    pub fn new(brackets_end: bool) -> Self {
        Self {
            cues: Vec::new(),
            voice: None,
            bracketed: None,
            brackets_end,
            turn: false,
            unmarked: tr!("sys-draft-unmarked-voice"),
            chapter: None,
        }
    }

    /// Reads `text` said at `timing`; `dashes`: a `- ` starting a line is
    /// a new voice.
    pub fn read(&mut self, text: &str, timing: &Timing, dashes: bool) {
        for piece in pieces(text, dashes) {
            match piece {
                Piece::Voice(voice) => self.start(voice),
                Piece::Sound(sound) => self.push(String::new(), vec![sound], timing),
                Piece::Words(words) => {
                    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
                    self.push(words, Vec::new(), timing);
                }
            }
        }
    }

    /// A voice named outside the text (a WebVTT `<v Name>`, an `.ass`
    /// line's Name field).
    pub fn start(&mut self, voice: Voice) {
        self.turn = true;
        match voice {
            Voice::Named(name) => {
                self.voice = Some(name);
                self.bracketed = None;
            }
            Voice::Bracketed(name) if self.brackets_end => self.bracketed = Some(name),
            Voice::Bracketed(name) => {
                self.voice = Some(name);
                self.bracketed = None;
            }
            Voice::Unnamed => {
                self.voice = Some(self.unmarked.clone());
                self.bracketed = None;
            }
        }
    }

    /// A voice named outside the text for the next words: a new turn only
    /// if someone else was speaking (each cue of a WebVTT file may name
    /// its voice again).
    pub fn named(&mut self, name: &str) {
        let same = self.bracketed.is_none() && self.voice.as_deref() == Some(name);
        if !same {
            self.start(Voice::Named(name.to_owned()));
        }
    }

    /// The end of a paragraph of plain text: a `[Name]` voice ends.
    pub fn end_paragraph(&mut self) {
        if self.bracketed.take().is_some() {
            self.turn = true;
        }
    }

    fn push(&mut self, text: String, sounds: Vec<String>, timing: &Timing) {
        let speaker = self.bracketed.clone().or_else(|| self.voice.clone());
        // A sound right after a marker belongs to the new voice's turn.
        let turn = if text.is_empty() {
            self.turn
        } else {
            std::mem::take(&mut self.turn)
        };
        // A chapter starts with words, not with a sound before them.
        let chapter = if text.is_empty() {
            None
        } else {
            self.chapter.take()
        };
        self.cues.push(Cue {
            speaker,
            turn,
            time: timing.time.clone(),
            seconds: timing.seconds,
            end: timing.end,
            text,
            sounds,
            chapter,
        });
    }

    /// The cues read.
    pub fn into_cues(self) -> Vec<Cue> {
        self.cues
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voiced(cues: &[Cue]) -> Vec<(Option<&str>, &str)> {
        cues.iter()
            .filter(|c| !c.text.is_empty())
            .map(|c| (c.speaker.as_deref(), c.text.as_str()))
            .collect()
    }

    #[test]
    fn a_bracketed_voice_ends_with_its_paragraph_and_a_named_one_carries_on() {
        let cues = cues_from_text(
            "Intro words [NEWS CLIP] a clip says this\n\nNarrator again [Ohlberg] expert words\nAMIRA: hello there\n\nStill Amira &amp; friends.",
        );
        assert_eq!(
            voiced(&cues),
            [
                (None, "Intro words"),
                (Some("NEWS CLIP"), "a clip says this"),
                (None, "Narrator again"),
                (Some("Ohlberg"), "expert words"),
                (Some("AMIRA"), "hello there"),
                (Some("AMIRA"), "Still Amira & friends."),
            ]
        );
    }

    #[test]
    fn formats_come_from_the_extension() {
        assert_eq!(Format::of(Path::new("a.SSA")), Some(Format::SubStation));
        assert_eq!(Format::of(Path::new("notes")), Some(Format::Text));
        assert_eq!(Format::of(Path::new("a.pdf")), None);
    }
}

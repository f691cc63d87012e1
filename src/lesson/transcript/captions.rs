//! SubRip (`.srt`), WebVTT (`.vtt`) and YouTube (`.sbv`) captions: times
//! kept, styling tags and cue settings dropped, NOTE/STYLE/REGION blocks
//! skipped, WebVTT voices (`<v Name>`) read as speakers, blank cues skipped,
//! and the repeated lines of rolling auto-captions (each cue repeating the
//! one before) taken once.

use super::{Cue, Timing, Voices, entities::decode_entities};

/// Which kind of captions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `.srt`: `00:01:02,500 --> 00:01:04,000`.
    SubRip,
    /// `.vtt`: `01:02.500 --> 01:04.000 align:start`.
    WebVtt,
    /// `.sbv`: `0:01:02.500,0:01:04.000`.
    Sbv,
}

/// One caption as written: its times and its lines.
#[derive(Debug, Clone, Default)]
pub struct Caption {
    /// Start, in seconds.
    pub start: f64,
    /// End, in seconds, when written.
    pub end: Option<f64>,
    /// A speaker named outside the text (an `.ass` line's Name field).
    pub speaker: Option<String>,
    /// The lines, with their markup.
    pub lines: Vec<String>,
    /// A chapter starts here (a WebVTT cue named `Chapter …`): its title.
    pub chapter: Option<String>,
}

/// Reads captions of `kind` into cues.
pub fn cues_from_captions(text: &str, kind: Kind) -> Vec<Cue> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut captions = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if !line.trim().is_empty() {
            block.push(line);
        }
        if lines.peek().is_none_or(|l| l.trim().is_empty()) {
            captions.extend(caption(&block, kind));
            block.clear();
        }
    }
    cues_from(&captions)
}

/// The caption a block of lines holds (`None`: a header, NOTE, STYLE or
/// REGION block, or a block without a time).
fn caption(block: &[&str], kind: Kind) -> Option<Caption> {
    let timing = block.iter().position(|line| times(line, kind).is_some())?;
    let (start, end) = times(block[timing], kind)?;
    // A NOTE that happens to hold an arrow is still a note.
    if block.first().is_some_and(|l| l.starts_with("NOTE")) && timing > 0 {
        return None;
    }
    // A WebVTT cue's identifier, on the line before its times, may name a
    // chapter ("Chapter 2: The reply").
    let chapter = (kind == Kind::WebVtt && timing > 0)
        .then(|| block[timing - 1].trim())
        .filter(|id| {
            id.get(..7)
                .is_some_and(|word| word.eq_ignore_ascii_case("chapter"))
        })
        .map(|id| chapter_title(&decode_entities(id)));
    Some(Caption {
        start,
        end,
        speaker: None,
        lines: block[timing + 1..]
            .iter()
            .map(|l| (*l).to_owned())
            .collect(),
        chapter,
    })
}

/// A chapter's title from its cue's identifier: `Chapter 2: The reply` is
/// "The reply"; `Chapter 2` stays as it is.
fn chapter_title(id: &str) -> String {
    id.split_once([':', '-', '–', '—'])
        .map(|(_, title)| title.trim())
        .filter(|title| !title.is_empty())
        .unwrap_or(id)
        .to_owned()
}

/// The start and end on a timing line.
fn times(line: &str, kind: Kind) -> Option<(f64, Option<f64>)> {
    let (start, end) = match line.split_once("-->") {
        Some(pair) => pair,
        None if kind == Kind::Sbv => line.trim().split_once(',')?,
        None => return None,
    };
    let end = end.split_whitespace().next().unwrap_or("");
    Some((parse_time(start)?, parse_time(end)))
}

/// Cues from captions in order: voices, sounds and words, each line said
/// once.
pub fn cues_from(captions: &[Caption]) -> Vec<Cue> {
    let mut voices = Voices::new(false);
    let mut said: Vec<String> = Vec::new();
    for caption in captions {
        let timing = Timing {
            time: Some(format_time(caption.start)),
            seconds: Some(caption.start),
            end: caption.end,
        };
        if let Some(name) = &caption.speaker {
            voices.named(name);
        }
        if caption.chapter.is_some() {
            voices.chapter.clone_from(&caption.chapter);
        }
        for line in &caption.lines {
            let voice = voice_span(line);
            let line = decode_entities(&strip_tags(line));
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            // Rolling captions repeat the last lines said, then add a new one.
            if said.iter().rev().take(2).any(|l| l == line) {
                continue;
            }
            said.push(line.to_owned());
            if let Some(name) = voice {
                voices.named(&name);
            }
            voices.read(line, &timing, true);
        }
    }
    voices.into_cues()
}

/// The name in a WebVTT voice span: `<v Roger Bingham>`, `<v.loud Esme>`.
fn voice_span(line: &str) -> Option<String> {
    let at = line.find("<v")?;
    let rest = &line[at + 2..];
    let close = rest.find('>')?;
    let inside = &rest[..close];
    // `<v.class.class Name>`: the classes end at the first space.
    if !(inside.starts_with(' ') || inside.starts_with('.')) {
        return None;
    }
    let name = inside.split_once(' ').map(|(_, n)| n.trim())?;
    let name = decode_entities(name);
    (!name.is_empty()).then_some(name)
}

/// `00:01:02,500` (SubRip), `01:02.500` (WebVTT) or `0:01:02.500` (SBV)
/// in seconds.
pub fn parse_time(text: &str) -> Option<f64> {
    let text = text.trim().replace(',', ".");
    let parts: Vec<&str> = text.split(':').collect();
    let mut seconds = 0.0;
    for part in &parts {
        let value = part.parse::<f64>().ok()?;
        if !value.is_finite() || value < 0.0 {
            return None;
        }
        seconds = seconds * 60.0 + value;
    }
    (parts.len() >= 2).then_some(seconds)
}

/// Seconds as `m:ss`, or `h:mm:ss` past an hour.
pub fn format_time(seconds: f64) -> String {
    let whole = seconds.max(0.0) as u64;
    let (h, m, s) = (whole / 3600, whole / 60 % 60, whole % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Text without `<c>`, `<i>`, `<00:00:01.000>` and `{\an8}` styling.
pub fn strip_tags(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut skip: Option<char> = None;
    // Looked for once: a line of a million '{' must not be searched a
    // million times.
    let has_close = line.contains('}');
    let has_angle_close = line.contains('>');
    for c in line.chars() {
        match (skip, c) {
            (None, '<') if has_angle_close => skip = Some('>'),
            (None, '{') if has_close => skip = Some('}'),
            (Some(end), c) if c == end => skip = None,
            (None, c) => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::draft::{passages, unmarked_voice};

    #[test]
    fn rolling_captions_styling_and_blank_cues() {
        let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000 align:start\n<c>Hello</c> <00:00:02.000><c>there</c>\n\n\
                   00:00:03.000 --> 00:00:05.000\nHello there\nhow are you\n\n\
                   00:00:05.000 --> 00:00:05.500\n \n\n\
                   00:00:09.000 --> 00:00:11.000\n>> I am fine\n";
        let cues = cues_from_captions(vtt, Kind::WebVtt);
        let texts: Vec<&str> = cues.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["Hello there", "how are you", "I am fine"]);
        assert_eq!(cues[0].time.as_deref(), Some("0:01"));
        assert_eq!(cues[2].speaker.as_deref(), Some(unmarked_voice().as_str()));
        let srt = "1\n00:01:02,000 --> 00:01:04,000\n{\\an8}<i>Overlap</i>\n\n2\n00:01:03,500 --> 00:01:06,000\nstarts early.\n";
        let cues = cues_from_captions(srt, Kind::SubRip);
        assert_eq!(cues[0].time.as_deref(), Some("1:02"));
        assert_eq!(cues[1].text, "starts early.");
        // A pause of 4 s and a new voice both start a new passage.
        let passages = passages(&cues_from_captions(vtt, Kind::WebVtt));
        assert_eq!(passages.len(), 2);
    }

    #[test]
    fn voice_spans_and_sbv_times() {
        assert_eq!(
            voice_span("<v Roger Bingham>We are"),
            Some("Roger Bingham".into())
        );
        assert_eq!(voice_span("<v.loud Esme>Hi</v>"), Some("Esme".into()));
        assert_eq!(voice_span("<vid>"), None);
        let sbv = "0:00:00.599,0:00:04.160\n>> ALICE: Hi &amp; welcome\n\n0:01:02.000,0:01:04.000\nthanks";
        let cues = cues_from_captions(sbv, Kind::Sbv);
        assert_eq!(cues[0].speaker.as_deref(), Some("ALICE"));
        assert_eq!(cues[0].text, "Hi & welcome");
        assert_eq!(cues[1].time.as_deref(), Some("1:02"));
        assert_eq!(cues[1].speaker.as_deref(), Some("ALICE"));
    }
}

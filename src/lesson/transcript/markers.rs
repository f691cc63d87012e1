//! Speaker markers and sound descriptions inside transcript text: `NAME:`
//! at the start of a line (any case), `>>` and `>> NAME:` (TV captions),
//! `[Name]`, `- ` at the start of a caption line (a new, unnamed voice),
//! and `[Music]`, `(explosion rumbles)` or `♪ … ♪`, which describe sounds
//! and are not speech.

/// A stretch of transcript text, in the order written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'t> {
    /// Spoken words.
    Words(&'t str),
    /// A new voice starts here.
    Voice(Voice),
    /// A description of a sound or music, without its brackets.
    Sound(String),
}

/// A speaker marker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Voice {
    /// `NAME:`, `>> NAME:` or a WebVTT `<v Name>`: lasts until the next voice.
    Named(String),
    /// `[Name]`: in plain text, lasts to the end of its paragraph.
    Bracketed(String),
    /// `>>` or a caption's `- `: someone else speaks, unnamed.
    Unnamed,
}

/// Longest label looked for, in bytes: a label is a few words, so no search
/// for its end looks further (each marker costs the same however long the
/// transcript).
const MAX_LABEL_BYTES: usize = 80;

/// Words that make a bracketed or parenthesised aside a description of a
/// sound rather than a name (`[Music]`, `(explosion rumbles)`,
/// `[APPLAUSE]`, `(indistinct chatter)`).
const SOUND_WORDS: &[&str] = &[
    "music",
    "applause",
    "laughter",
    "laughs",
    "laughing",
    "laugh",
    "cheering",
    "cheers",
    "inaudible",
    "crosstalk",
    "silence",
    "noise",
    "noises",
    "sighs",
    "sigh",
    "gunfire",
    "gunshot",
    "gunshots",
    "explosion",
    "explosions",
    "rumbles",
    "rumbling",
    "siren",
    "sirens",
    "beep",
    "beeping",
    "bleep",
    "static",
    "coughs",
    "cough",
    "clapping",
    "chanting",
    "indistinct",
    "thunder",
    "footsteps",
    "ringing",
    "rings",
    "singing",
    "chatter",
    "instrumental",
    "whooshing",
    "whoosh",
    "screaming",
    "screams",
    "buzzing",
    "breathing",
    "sniffles",
    "gasps",
    "groans",
    "mumbles",
    "playing",
    "sound",
    "sounds",
    "plays",
    "continues",
    "upbeat",
    "dramatic",
];

/// The pieces of `text` (a paragraph, or a caption's lines joined by line
/// breaks). `dashes`: a `- ` at the start of a line is a new voice (captions).
pub fn pieces(text: &str, dashes: bool) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut words_from = 0;
    let mut line_start = true;
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let Some(c) = rest.chars().next() else { break };
        if c == '\n' {
            line_start = true;
            at += 1;
            continue;
        }
        if line_start && c.is_whitespace() {
            at += c.len_utf8();
            continue;
        }
        let was_line_start = std::mem::take(&mut line_start);
        let found = marker_at(rest, was_line_start, dashes);
        match found {
            Some((length, found)) => {
                push_words(&mut out, &text[words_from..at]);
                out.extend(found);
                at += length;
                words_from = at;
            }
            None => at += c.len_utf8(),
        }
    }
    push_words(&mut out, &text[words_from..]);
    out
}

fn push_words<'t>(out: &mut Vec<Piece<'t>>, words: &'t str) {
    if !words.trim().is_empty() {
        out.push(Piece::Words(words));
    }
}

/// The marker `rest` starts with, if any: how many bytes it takes, and what
/// it says (a `>>` followed by `NAME:` is one voice).
fn marker_at(rest: &str, line_start: bool, dashes: bool) -> Option<(usize, Vec<Piece<'static>>)> {
    let near = near(rest);
    let voice = |length: usize, voice: Voice| Some((length, vec![Piece::Voice(voice)]));
    if let Some(after) = near.strip_prefix(">>") {
        let skipped = 2 + (after.len() - after.trim_start().len());
        return match name_colon(after.trim_start()) {
            Some((length, name)) => voice(skipped + length, Voice::Named(name)),
            None => voice(2, Voice::Unnamed),
        };
    }
    if line_start
        && dashes
        && let Some(after) = near.strip_prefix("- ")
    {
        let skipped = 2 + (after.len() - after.trim_start().len());
        return match name_colon(after.trim_start()) {
            Some((length, name)) => voice(skipped + length, Voice::Named(name)),
            None => voice(2, Voice::Unnamed),
        };
    }
    if line_start && let Some((length, name)) = name_colon(near) {
        return voice(length, Voice::Named(name));
    }
    let close = match near.chars().next()? {
        '[' => ']',
        '(' => ')',
        '♪' => '♪',
        _ => return None,
    };
    let open = near.chars().next()?.len_utf8();
    let inside_end = near[open..].find(close).map(|i| i + open);
    if close == '♪' {
        // Lyrics: to the closing note, or to the end of the line.
        let end = inside_end.unwrap_or(near.len());
        let length = inside_end.map_or(end, |e| e + close.len_utf8());
        let sung = near[open..end].trim();
        return Some((
            length,
            vec![Piece::Sound(format!("♪ {sung} ♪").replace("♪  ♪", "♪"))],
        ));
    }
    let inside_end = inside_end?;
    let inside = near[open..inside_end].trim();
    let length = inside_end + 1;
    if is_sound(inside) {
        return Some((length, vec![Piece::Sound(inside.to_owned())]));
    }
    (close == ']' && is_label(inside)).then(|| {
        (
            length,
            vec![Piece::Voice(Voice::Bracketed(inside.to_owned()))],
        )
    })
}

/// The start of `rest` a label could be in: a few words, on this line.
fn near(rest: &str) -> &str {
    let mut end = rest.len().min(MAX_LABEL_BYTES);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    rest[..end].split('\n').next().unwrap_or("")
}

/// `NAME:` at the start of `text`: its length (colon included) and the name.
fn name_colon(text: &str) -> Option<(usize, String)> {
    let colon = near(text).find(':')?;
    let name = text[..colon].trim();
    // "10:30" or "Note: http://…" are not voices.
    let after = text[colon + 1..].chars().next();
    (is_name(name) && after.is_none_or(char::is_whitespace)).then(|| (colon + 1, name.to_owned()))
}

/// `NAME:` at the start of a line: one to four words, each starting with a
/// capital letter ("JOHN WHYTE", "Judy Woodruff", "Dr. Fauci", "O'BRIEN").
fn is_name(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

/// A bracketed speaker label: a few words starting with a capital letter
/// (not "[1984]", nor an editor's "[and]" inside a quotation).
pub fn is_label(label: &str) -> bool {
    let words = label.split_whitespace().count();
    (1..=4).contains(&words)
        && label.chars().next().is_some_and(char::is_uppercase)
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '-' || c == '\'')
}

/// Whether a bracketed or parenthesised aside describes a sound.
fn is_sound(inside: &str) -> bool {
    !inside.is_empty()
        && inside
            .split(|c: char| !c.is_alphabetic())
            .any(|word| SOUND_WORDS.contains(&word.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str, dashes: bool) -> Vec<String> {
        pieces(text, dashes)
            .into_iter()
            .map(|p| match p {
                Piece::Words(w) => format!("words {}", w.trim()),
                Piece::Voice(Voice::Named(n)) => format!("named {n}"),
                Piece::Voice(Voice::Bracketed(n)) => format!("bracketed {n}"),
                Piece::Voice(Voice::Unnamed) => "unnamed".to_owned(),
                Piece::Sound(s) => format!("sound {s}"),
            })
            .collect()
    }

    #[test]
    fn every_kind_of_marker_is_found() {
        assert_eq!(
            shown(
                "as a precaution >> REPORTER: we went\n>> the water is safe",
                false
            ),
            [
                "words as a precaution",
                "named REPORTER",
                "words we went",
                "unnamed",
                "words the water is safe"
            ]
        );
        assert_eq!(
            shown(
                "Judy Woodruff: Welcome. [Music] (explosion rumbles) yes\n- Who?\n- Me.",
                true
            ),
            [
                "named Judy Woodruff",
                "words Welcome.",
                "sound Music",
                "sound explosion rumbles",
                "words yes",
                "unnamed",
                "words Who?",
                "unnamed",
                "words Me."
            ]
        );
        assert_eq!(
            shown(
                "It was 10:30 (or so) [and] then [Ohlberg] spoke ♪ la la ♪",
                false
            ),
            [
                "words It was 10:30 (or so) [and] then",
                "bracketed Ohlberg",
                "words spoke",
                "sound ♪ la la ♪"
            ]
        );
        // A dash inside a line, or in plain text, is punctuation.
        assert_eq!(shown("- well - yes", false), ["words - well - yes"]);
        assert!(!is_label("1984"));
        assert!(!is_name("the mayor said"));
    }
}

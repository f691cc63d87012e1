//! Facts about lesson text: characters that have no place in it (controls,
//! bidirectional overrides), and its words and sentences (for highlighting).

use std::ops::Range;

use crate::tr;

/// Whether `c` is a control character or a bidirectional override that has no
/// place in a lesson (tabs and line breaks are fine).
pub fn is_hidden_character(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// How a hidden character is named in messages: `U+202E (right-to-left override)`.
pub fn describe_hidden_character(c: char) -> String {
    // The character's name in the word table (the Unicode names, shortened).
    let name = match c {
        '\u{0}' => "nul",
        '\u{1b}' => "escape",
        '\u{7f}' => "delete",
        '\u{202a}' => "lre",
        '\u{202b}' => "rle",
        '\u{202c}' => "pdf",
        '\u{202d}' => "lro",
        '\u{202e}' => "rlo",
        '\u{2066}' => "lri",
        '\u{2067}' => "rli",
        '\u{2068}' => "fsi",
        '\u{2069}' => "pdi",
        _ => "control",
    };
    tr!(
        "sys-lesson-hidden-character",
        code = format!("U+{:04X}", u32::from(c)),
        name = name
    )
}

/// `text` made safe to print on one line of a terminal or a log: line
/// breaks, tabs, other control characters and bidirectional controls are
/// written as escapes (`\n`, `\t`, `\u{202E}`), so a name or id can never
/// break the one-line-per-problem contract or reorder what is printed.
pub fn escape_for_display(text: &str) -> std::borrow::Cow<'_, str> {
    let needs_escape = |c: char| c.is_control() || is_bidi_control(c);
    if !text.chars().any(needs_escape) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => out.push_str(&format!("\\u{{{:04X}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Bidirectional formatting characters (embeddings, overrides, isolates and
/// marks): they change the order in which the text around them is shown.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// The first `max` characters of `text`, with "…" when it was cut (menus,
/// button names).
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The words of `text` as character ranges (runs of non-white-space).
pub fn word_spans(text: &str) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.chars().enumerate() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                words.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(s..text.chars().count());
    }
    words
}

/// The first and last word of the sentence that word `index` is in: a
/// sentence ends with a word ending in `.`, `!`, `?` or `…` (quotes after it
/// allowed). Transcripts without full stops make long sentences; that is
/// what they are.
pub fn sentence_around(text: &str, words: &[Range<usize>], index: usize) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    let ends_sentence = |w: &Range<usize>| {
        chars[w.clone()]
            .iter()
            .rev()
            .find(|c| !matches!(c, '"' | '\'' | '’' | '”' | ')'))
            .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'))
    };
    let index = index.min(words.len().saturating_sub(1));
    let first = (0..index)
        .rev()
        .find(|&i| ends_sentence(&words[i]))
        .map_or(0, |i| i + 1);
    let last = (index..words.len())
        .find(|&i| ends_sentence(&words[i]))
        .unwrap_or(words.len().saturating_sub(1));
    (first, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_bidi_characters_are_escaped_for_display() {
        assert_eq!(escape_for_display("Amira K."), "Amira K.");
        assert_eq!(
            escape_for_display("a\nb\tc\u{202e}d\u{1b}"),
            "a\\nb\\tc\\u{202E}d\\u{001B}"
        );
        assert!(matches!(
            escape_for_display("社会 ok"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn hidden_characters_are_named_by_code_and_name() {
        assert_eq!(
            describe_hidden_character('\u{202e}'),
            "U+202E (right-to-left override)"
        );
        assert_eq!(describe_hidden_character('\u{0}'), "U+0000 (NUL)");
        assert_eq!(
            describe_hidden_character('\u{7}'),
            "U+0007 (control character)"
        );
    }

    #[test]
    fn words_and_sentences() {
        let text = "It’s new.  You could be banned! Why? Yes";
        let words = word_spans(text);
        assert_eq!(words.len(), 8);
        assert_eq!(words[0], 0..4);
        assert_eq!(sentence_around(text, &words, 3), (2, 5));
        assert_eq!(sentence_around(text, &words, 0), (0, 1));
        assert_eq!(sentence_around(text, &words, 7), (7, 7));
        assert!(word_spans("  ").is_empty());
    }
}

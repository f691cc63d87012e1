//! Finding a highlight again after a teacher edits the passage it marks.
//!
//! A highlight keeps the passage id, character offsets and the quoted words.
//! Where the words are still at the offsets, it is exact; where they moved
//! (text was added or removed before them), it follows them; where they were
//! edited, it is reported as changed, never silently moved to other words.

use std::ops::Range;

use crate::lesson::Lesson;

use super::Highlight;

/// Where a highlight is in the lesson as it is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    /// The quoted words are at these character offsets of the passage.
    Found(Range<usize>),
    /// The passage is there, but the quoted words are not: "text changed".
    TextChanged,
    /// The lesson no longer has the passage.
    PassageRemoved,
}

/// Finds `highlight` in `lesson`. If the quote occurs more than once after an
/// edit, the occurrence nearest the old offset wins.
pub fn anchor(lesson: &Lesson, highlight: &Highlight) -> Anchor {
    let Some(readable) = lesson.readable(&highlight.passage) else {
        return Anchor::PassageRemoved;
    };
    anchor_in(readable.text(), highlight)
}

/// Finds `highlight` in a passage's `text`.
pub fn anchor_in(text: &str, highlight: &Highlight) -> Anchor {
    let quote: Vec<char> = highlight.quote.chars().collect();
    if quote.is_empty() {
        return Anchor::TextChanged;
    }
    let chars: Vec<char> = text.chars().collect();
    let at = |start: usize| chars.get(start..start + quote.len()) == Some(quote.as_slice());
    if highlight.end == highlight.start + quote.len() && at(highlight.start) {
        return Anchor::Found(highlight.start..highlight.end);
    }
    (0..=chars.len().saturating_sub(quote.len()))
        .filter(|&start| at(start))
        .min_by_key(|&start| start.abs_diff(highlight.start))
        .map_or(Anchor::TextChanged, |start| {
            Anchor::Found(start..start + quote.len())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn highlight(text: &str, quote: &str) -> Highlight {
        let start = text
            .find(quote)
            .map(|b| text[..b].chars().count())
            .expect("quote in text");
        Highlight {
            id: "h1".into(),
            passage: "p".into(),
            start,
            end: start + quote.chars().count(),
            quote: quote.into(),
            tag: "loaded".into(),
            comment: String::new(),
            section: String::new(),
        }
    }

    const TEXT: &str =
        "It’s been painted as a nationwide surveillance program that watches every single thing";

    #[test]
    fn unchanged_text_keeps_the_highlight_where_it_was() {
        let h = highlight(TEXT, "surveillance program");
        assert_eq!(anchor_in(TEXT, &h), Anchor::Found(h.start..h.end));
    }

    #[test]
    fn text_inserted_before_moves_the_highlight_with_its_words() {
        let h = highlight(TEXT, "surveillance program");
        let edited = format!("[NEWS CLIP] {TEXT}");
        let shift = "[NEWS CLIP] ".chars().count();
        assert_eq!(
            anchor_in(&edited, &h),
            Anchor::Found(h.start + shift..h.end + shift)
        );
    }

    #[test]
    fn edited_words_are_reported_never_moved_to_other_words() {
        let h = highlight(TEXT, "surveillance program");
        let edited = TEXT.replace("surveillance program", "monitoring programme");
        assert_eq!(anchor_in(&edited, &h), Anchor::TextChanged);
    }

    #[test]
    fn a_repeated_quote_follows_the_nearest_occurrence() {
        let text = "a dystopia here and a dystopia there";
        let second = Highlight {
            start: 22,
            end: 30,
            quote: "dystopia".into(),
            ..highlight(text, "dystopia")
        };
        let edited = format!("so, {text}");
        assert_eq!(anchor_in(&edited, &second), Anchor::Found(26..34));
    }

    #[test]
    fn a_removed_passage_is_reported() {
        let lesson = crate::lesson::bundled::template_lesson();
        let mut h = highlight(TEXT, "surveillance");
        h.passage = "no-such-passage".into();
        assert_eq!(anchor(&lesson, &h), Anchor::PassageRemoved);
        h.passage = "first-2".into();
        h.quote = "shocking collapse".into();
        h.start = 8;
        h.end = 25;
        assert_eq!(anchor(&lesson, &h), Anchor::Found(8..25));
    }
}

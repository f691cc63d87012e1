//! Display order for single-line text that mixes directions: a name such as
//! "محمد Al-Farsi", a heading, a roster cell.
//!
//! egui 0.37 shapes each run of Arabic or Hebrew letters right to left (so a
//! word reads right), but lays the runs out left to right in the order they
//! are stored, and it has no bidirectional algorithm: "محمد Al-Farsi" would
//! show the Arabic name on the left. [`display_line`] applies the Unicode
//! bidirectional algorithm (UAX #9, the `unicode-bidi` crate) and returns the
//! text in the order egui should lay it out. Only for showing: the text kept,
//! saved and exported stays in its logical order.

use std::borrow::Cow;

use unicode_bidi::BidiInfo;

/// `text` as egui should lay it out on one line: emoji no bundled font draws
/// given by name ([`crate::emoji_names::name_undrawn`]), then reordered as
/// the bidirectional algorithm says: runs in visual order, the paragraph's
/// direction taken from its first strong letter (as HTML's `dir="auto"`).
/// Each line of `text` is ordered on its own. Text with neither comes back
/// as it is.
pub fn display_line(text: &str) -> Cow<'_, str> {
    match crate::emoji_names::name_undrawn(text) {
        Cow::Borrowed(text) => display_order(text),
        Cow::Owned(named) => Cow::Owned(display_order(&named).into_owned()),
    }
}

/// `text` in the bidirectional algorithm's display order ([`display_line`]).
fn display_order(text: &str) -> Cow<'_, str> {
    let info = BidiInfo::new(text, None);
    if !info.has_rtl() {
        return Cow::Borrowed(text);
    }
    let mut visual = String::with_capacity(text.len());
    for para in &info.paragraphs {
        let whole = &text[para.range.clone()];
        let line = whole.trim_end_matches(['\n', '\r', '\u{2029}']);
        let end = para.range.start + line.len();
        visual_runs(&info, para, para.range.start..end, &mut visual);
        visual.push_str(&whole[line.len()..]);
    }
    Cow::Owned(unreverse_rtl_words(&visual))
}

/// Whether `text` reads right to left: its first strong letter is Arabic,
/// Hebrew or another right-to-left script (HTML's `dir="auto"`). Text with
/// no strong letter reads left to right.
pub fn starts_right_to_left(text: &str) -> bool {
    use unicode_bidi::BidiClass::{AL, L, R};
    text.chars()
        .map(unicode_bidi::bidi_class)
        .find(|class| matches!(class, L | R | AL))
        .is_some_and(|class| class != L)
}

/// Whether `text` has any right-to-left letter (Arabic, Hebrew, …).
pub fn has_right_to_left(text: &str) -> bool {
    use unicode_bidi::BidiClass::{AL, R};
    // Nothing below Hebrew is right to left: most text is decided without
    // a table look-up (passages are checked every frame).
    text.chars()
        .any(|c| c >= '\u{0590}' && matches!(unicode_bidi::bidi_class(c), R | AL))
}

/// One line of a paragraph laid out in several lines, in display order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayLine {
    /// The line's text in the order egui should lay it out.
    pub text: String,
    /// Whether its paragraph reads right to left (the line is then set
    /// against the right edge).
    pub right_to_left: bool,
}

/// The lines of `text` that egui broke at the byte offsets `breaks` (each
/// line's end; the last is `text.len()`), each in display order: the
/// bidirectional algorithm is run over each whole paragraph (a paragraph's
/// direction comes from its first strong letter, its levels from all of
/// it) and each line is reordered on its own (rule L2), as a browser does.
/// Spaces at a line's end are left out.
pub fn display_lines(text: &str, breaks: &[usize]) -> Vec<DisplayLine> {
    let info = BidiInfo::new(text, None);
    let mut lines = Vec::with_capacity(breaks.len());
    let mut start = 0;
    for &end in breaks {
        let end = end.min(text.len());
        if end < start || !text.is_char_boundary(end) {
            continue;
        }
        let line = &text[start..end];
        let trimmed = line.trim_end_matches(['\n', '\r', '\u{2029}', ' ', '\t']);
        let line_end = start + trimmed.len();
        let para = info
            .paragraphs
            .iter()
            .find(|p| p.range.start <= start && start < p.range.end)
            .or(info.paragraphs.last());
        let (text_shown, right_to_left) = match para {
            Some(para) if info.has_rtl() && line_end > start => {
                let mut visual = String::with_capacity(trimmed.len());
                visual_runs(&info, para, start..line_end, &mut visual);
                (unreverse_rtl_words(&visual), para.level.is_rtl())
            }
            Some(para) => (trimmed.to_owned(), para.level.is_rtl()),
            None => (trimmed.to_owned(), false),
        };
        lines.push(DisplayLine {
            text: text_shown,
            right_to_left,
        });
        start = end;
    }
    lines
}

/// Appends the line `line` (byte range) of paragraph `para` to `visual` in
/// visual order: runs left to right, right-to-left runs reversed letter by
/// letter with their brackets mirrored.
fn visual_runs(
    info: &BidiInfo<'_>,
    para: &unicode_bidi::ParagraphInfo,
    line: std::ops::Range<usize>,
    visual: &mut String,
) {
    let (levels, runs) = info.visual_runs(para, line);
    for run in runs {
        let part = &info.text[run.clone()];
        if levels[run.start].is_rtl() {
            visual.extend(part.chars().rev().map(mirrored));
        } else {
            visual.push_str(part);
        }
    }
}

/// `visual` with each stretch of right-to-left letters put back in logical
/// order, because egui's shaper reverses every such stretch itself.
fn unreverse_rtl_words(visual: &str) -> String {
    let mut out = String::with_capacity(visual.len());
    let mut word: Vec<char> = Vec::new();
    for c in visual.chars() {
        if is_rtl_letter(c) {
            word.push(c);
            continue;
        }
        out.extend(word.drain(..).rev());
        out.push(c);
    }
    out.extend(word.drain(..).rev());
    out
}

/// Whether egui shapes `c` in a right-to-left run: Hebrew and Arabic letters,
/// marks and digits (the blocks the bundled Hebrew and Arabic fonts cover),
/// and the joiners that sit between them.
fn is_rtl_letter(c: char) -> bool {
    matches!(
        u32::from(c),
        0x0590..=0x05FF
            | 0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB1D..=0xFDFF
            | 0xFE70..=0xFEFF
            | 0x200C
            | 0x200D
    )
}

/// A bracket's mirror image, as shown in a right-to-left run (rule L4 for
/// the brackets and quotation marks names use).
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn left_to_right_text_is_unchanged_and_not_copied() {
        for name in [
            "Lee",
            "Nguyễn Thị Hoa",
            "陈小明",
            "Lee 😀",
            "प्रिया शर्मा",
            "",
        ] {
            assert!(matches!(display_line(name), Cow::Borrowed(n) if n == name));
        }
    }

    /// Mixed-direction lines: (what, as typed, in the order egui lays out).
    /// egui shapes each Arabic or Hebrew word right to left itself, so each
    /// word stays in typed order and the order of the words flips.
    const CASES: &[(&str, &str, &str)] = &[
        // Read right to left from its first letter: محمد, then Al-Farsi.
        (
            "Arabic name, Latin surname",
            "محمد Al-Farsi",
            "Al-Farsi محمد",
        ),
        (
            "Latin first, Arabic after",
            "Omar محمد علي",
            "Omar علي محمد",
        ),
        ("two Hebrew words", "דוד כהן", "כהן דוד"),
        (
            "Hebrew name, Latin surname and a number",
            "נועה Levi 2",
            "Levi 2 נועה",
        ),
        ("a number in Hebrew", "כיתה 7 ב", "ב 7 כיתה"),
        ("a year after a Hebrew name", "שרה 2025", "2025 שרה"),
        ("brackets mirrored", "שרה (כהן)", "(כהן) שרה"),
        (
            "Hebrew points stay on their letters",
            "שָׁלוֹם Dan",
            "Dan שָׁלוֹם",
        ),
        ("Arabic harakat stay on their letters", "مُحَمَّد", "مُحَمَّد"),
        ("each line on its own", "Lee\nדוד כהן", "Lee\nכהן דוד"),
        ("a right-to-left first line", "דוד כהן\nLee", "כהן דוד\nLee"),
    ];

    #[test]
    fn the_direction_comes_from_the_first_strong_letter() {
        assert!(starts_right_to_left("«محمد» Al-Farsi"));
        assert!(starts_right_to_left("2025 שרה"));
        assert!(!starts_right_to_left("Omar محمد"));
        assert!(!starts_right_to_left("123 …"));
        assert!(!starts_right_to_left(""));
        assert!(has_right_to_left("Omar محمد"));
        assert!(!has_right_to_left("Nguyễn 陈小明 😀"));
    }

    #[test]
    fn a_paragraph_broken_into_lines_is_reordered_line_by_line() {
        // An Arabic paragraph broken after its second word: each line reads
        // from the right, and the Latin word keeps its place in the
        // paragraph's order (it is not the start of a left-to-right line).
        let text = "قال محمد إن BBC نشرت الخبر";
        let second = text.find("إن").expect("a word");
        let lines = display_lines(text, &[second, text.len()]);
        assert_eq!(
            lines,
            vec![
                DisplayLine {
                    text: "محمد قال".to_owned(),
                    right_to_left: true
                },
                DisplayLine {
                    text: "الخبر نشرت BBC إن".to_owned(),
                    right_to_left: true
                },
            ]
        );
        // A Hebrew line and an English one: each paragraph its own way.
        let text = "שלום עולם\nHello שלום";
        let lines = display_lines(text, &[text.find('H').expect("H"), text.len()]);
        assert_eq!(lines[0].text, "עולם שלום");
        assert!(lines[0].right_to_left);
        assert_eq!(lines[1].text, "Hello שלום");
        assert!(!lines[1].right_to_left);
        // Left-to-right text comes back as it is, line by line.
        let lines = display_lines("one two three", &[8, 13]);
        assert_eq!(lines[0].text, "one two");
        assert_eq!(lines[1].text, "three");
    }

    #[test]
    fn mixed_direction_lines_are_put_in_display_order() {
        for (what, typed, shown) in CASES {
            assert_eq!(display_line(typed), *shown, "{what}");
        }
    }
}

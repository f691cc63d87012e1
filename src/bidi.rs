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

/// `text` reordered so that egui shows it as the bidirectional algorithm
/// says: runs in visual order, the paragraph's direction taken from its first
/// strong letter (as HTML's `dir="auto"`). Each line of `text` is ordered on
/// its own. Text with no right-to-left letters comes back as it is.
pub fn display_line(text: &str) -> Cow<'_, str> {
    let info = BidiInfo::new(text, None);
    if !info.has_rtl() {
        return Cow::Borrowed(text);
    }
    let mut visual = String::with_capacity(text.len());
    for para in &info.paragraphs {
        let whole = &text[para.range.clone()];
        let line = whole.trim_end_matches(['\n', '\r', '\u{2029}']);
        let end = para.range.start + line.len();
        let (levels, runs) = info.visual_runs(para, para.range.start..end);
        for run in runs {
            let part = &text[run.clone()];
            if levels[run.start].is_rtl() {
                visual.extend(part.chars().rev().map(mirrored));
            } else {
                visual.push_str(part);
            }
        }
        visual.push_str(&whole[line.len()..]);
    }
    Cow::Owned(unreverse_rtl_words(&visual))
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
    fn mixed_direction_lines_are_put_in_display_order() {
        for (what, typed, shown) in CASES {
            assert_eq!(display_line(typed), *shown, "{what}");
        }
    }
}

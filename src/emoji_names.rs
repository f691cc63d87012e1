//! Emoji that no bundled font draws, shown by name: "Lee [frog]" rather than
//! a box, so that "Lee 🐸" and "Lee 🦊" never look the same on a roster.
//!
//! The bundled emoji font holds the 235 emoji students use most (see
//! `docs/scripts.md`); the other 1,178 emoji code points (skin tones and the
//! keycap mark among them) are named from `assets/emoji-names.txt`: short
//! English names from Unicode's emoji list, 22 KB, made by
//! `assets/fonts/make-emoji-names.py`. Only for showing: the text kept,
//! saved and exported stays as typed.

use std::borrow::Cow;
use std::sync::OnceLock;

/// Lines of "HEX name", sorted by code point; `#` starts a comment line.
const TABLE: &str = include_str!("../assets/emoji-names.txt");

/// The lowest code point named (the keycap mark): most text is passed over
/// without a look-up.
const FIRST_NAMED: char = '\u{20E3}';

/// The table, parsed once: (emoji, name), sorted by emoji.
fn names() -> &'static [(char, &'static str)] {
    static NAMES: OnceLock<Vec<(char, &'static str)>> = OnceLock::new();
    NAMES.get_or_init(|| {
        TABLE
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let (code, name) = line.split_once(' ')?;
                let emoji = char::from_u32(u32::from_str_radix(code, 16).ok()?)?;
                Some((emoji, name))
            })
            .collect()
    })
}

/// The name shown for `c`, if it is an emoji no bundled font draws.
pub fn name_of(c: char) -> Option<&'static str> {
    if c < FIRST_NAMED {
        return None;
    }
    let names = names();
    names
        .binary_search_by_key(&c, |&(emoji, _)| emoji)
        .ok()
        .map(|at| names[at].1)
}

/// `text` with every emoji no bundled font draws replaced by its name in
/// brackets ("Lee 🐸" → "Lee [frog]"). Text with none comes back as it is.
pub fn name_undrawn(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| name_of(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match name_of(c) {
            Some(name) => {
                shown.push('[');
                shown.push_str(name);
                shown.push(']');
            }
            None => shown.push(c),
        }
    }
    Cow::Owned(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emoji_without_a_glyph_are_named_so_two_names_differ() {
        assert_eq!(name_undrawn("Lee 🐸"), "Lee [frog]");
        assert_eq!(name_undrawn("Lee 🦊"), "Lee [fox]");
        assert_eq!(
            name_undrawn("🙂🥲"),
            "[slightly smiling face][smiling face with tear]"
        );
        // A skin tone after a drawn hand is named, so 👍🏽 and 👍🏿 differ.
        assert_eq!(name_undrawn("👍🏽"), "👍[medium skin tone]");
        assert_eq!(name_undrawn("👍🏿"), "👍[dark skin tone]");
    }

    #[test]
    fn drawn_emoji_and_plain_text_are_left_as_they_are() {
        for text in ["Lee 😀", "محمد Al-Farsi", "陈小明 ✅", "", "Nguyễn Thị Hoa"] {
            assert!(matches!(name_undrawn(text), Cow::Borrowed(_)), "{text}");
        }
    }

    #[test]
    fn the_table_is_sorted_has_no_duplicates_and_every_name_is_latin() {
        let names = names();
        assert!(names.len() > 1_000, "{}", names.len());
        assert!(names.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert_eq!(names[0].0, FIRST_NAMED);
        for (emoji, name) in names {
            assert!(!name.is_empty(), "{emoji}");
            // Drawn by egui's Latin font, never a box itself.
            assert!(name.chars().all(|c| c < '\u{0250}'), "{emoji} {name}");
        }
    }
}

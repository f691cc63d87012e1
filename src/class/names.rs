//! Students' names: compared forgivingly (a class list typed by the
//! teacher and a name typed by the student rarely match to the letter),
//! and labelled so that two different names never look the same on screen.
//!
//! The comparison folds case, spacing and the accents of Latin letters
//! (`"  josé  MARÍA "` matches `"Jose Maria"`). There is no Unicode
//! normalisation crate in the build, so accents are folded by a small
//! hand-written table of the common Latin letters (precomposed, as every
//! keyboard types them) and combining marks are dropped; letters of other
//! scripts are compared as typed (lower-cased).

use std::collections::HashMap;

use crate::tr;

/// `name` as names are compared: lower case, spaces trimmed and collapsed
/// (`_` and `-` count as spaces, full stops are left out), Latin accents
/// and combining marks removed, control and direction characters left out.
pub fn fold_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.chars() {
        if c.is_whitespace() || c == '_' || c == '-' {
            space = !out.is_empty();
            continue;
        }
        // "Amira K." and "Amira K" are one name.
        if c == '.' {
            continue;
        }
        if c.is_control() || crate::lesson::text::is_bidi_control(c) || is_combining_mark(c) {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        for lower in c.to_lowercase() {
            match plain_latin(lower) {
                Some(plain) => out.push_str(plain),
                None => out.push(lower),
            }
        }
    }
    out
}

/// Whether `c` is a combining accent (typed after its letter).
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}')
}

/// A lower-case accented Latin letter without its accent (`é` → `e`,
/// `ß` → `ss`); `None` for every other character.
fn plain_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Names longer than this are cut on screen.
pub const SHOWN_NAME_CHARS: usize = 32;

/// How each of `names` is shown, in the same order, so that no two
/// different names look the same: each is cut to [`SHOWN_NAME_CHARS`]
/// with "…", and every character `can_show` says the fonts cannot draw (a
/// script or an emoji the app has no font for) is shown as "□". Where that
/// would make two names alike, the name keeps its end instead of being
/// cut ("Alexandra…Whitfield") and the characters shown as "□" are named
/// by their code points ("Lee □ [U+1F600]"). Control and direction
/// characters are written as escapes, as everywhere a name is shown.
///
/// Each label is in display order ([`crate::bidi::display_line`]: "محمد
/// Al-Farsi" reads right), and names are compared as shown: two different
/// names that still show the same ("محمد Al-Farsi" and "Al-Farsi محمد" both
/// show "Al-Farsi محمد") are numbered ("… (1 of 2)").
pub fn name_labels(names: &[&str], can_show: impl Fn(char) -> bool) -> Vec<String> {
    let plain: Vec<String> = names
        .iter()
        .map(|n| crate::lesson::text::escape_for_display(n).into_owned())
        .collect();
    let boxed = |name: &str| -> String {
        name.chars()
            .map(|c| if can_show(c) { c } else { '□' })
            .collect()
    };
    let shown = |label: String| crate::bidi::display_line(&label).into_owned();
    let first: Vec<String> = plain.iter().map(|n| shown(cut(&boxed(n)))).collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for label in &first {
        *seen.entry(label.as_str()).or_default() += 1;
    }
    let labels: Vec<String> = plain
        .iter()
        .zip(&first)
        .map(|(name, label)| {
            let alike = seen.get(label.as_str()).copied().unwrap_or(0) > 1;
            let hidden: Vec<String> = name
                .chars()
                .filter(|c| !can_show(*c))
                .map(|c| format!("U+{:04X}", u32::from(c)))
                .collect();
            match (alike, hidden.is_empty()) {
                (false, true) => label.clone(),
                (false, false) => format!("{label} [{}]", hidden.join(" ")),
                (true, true) => shown(cut_middle(name)),
                (true, false) => {
                    format!("{} [{}]", shown(cut_middle(&boxed(name))), hidden.join(" "))
                }
            }
        })
        .collect();
    number_twins(&plain, labels)
}

/// `labels` with those that are the same for different `names` numbered
/// in order ("Al-Farsi محمد (1 of 2)"); the same name twice is left alone.
fn number_twins(names: &[String], labels: Vec<String>) -> Vec<String> {
    let mut twins: HashMap<&str, Vec<&str>> = HashMap::new();
    for (name, label) in names.iter().zip(&labels) {
        let group = twins.entry(label.as_str()).or_default();
        if !group.contains(&name.as_str()) {
            group.push(name);
        }
    }
    let numbered: Vec<Option<(usize, usize)>> = names
        .iter()
        .zip(&labels)
        .map(|(name, label)| {
            let group = twins.get(label.as_str())?;
            let number = group.iter().position(|n| *n == name)?;
            (group.len() > 1).then_some((number + 1, group.len()))
        })
        .collect();
    labels
        .iter()
        .zip(numbered)
        .map(|(label, numbered)| match numbered {
            Some((number, count)) => tr!(
                "class-name-twin",
                name = label.as_str(),
                number = number,
                count = count
            ),
            None => label.clone(),
        })
        .collect()
}

/// `name` cut to [`SHOWN_NAME_CHARS`] with "…" at the end.
fn cut(name: &str) -> String {
    if name.chars().count() <= SHOWN_NAME_CHARS {
        return name.to_owned();
    }
    let start: String = name.chars().take(SHOWN_NAME_CHARS - 1).collect();
    format!("{start}…")
}

/// `name` cut to about [`SHOWN_NAME_CHARS`] with "…" in the middle, so
/// its end shows.
fn cut_middle(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    if chars.len() <= SHOWN_NAME_CHARS {
        return name.to_owned();
    }
    let half = SHOWN_NAME_CHARS / 2;
    let start: String = chars[..half].iter().collect();
    let end: String = chars[chars.len() - half..].iter().collect();
    format!("{start}…{end}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_whatever_the_case_spacing_and_accents() {
        assert_eq!(fold_name("  José   MARÍA "), "jose maria");
        assert_eq!(fold_name("Jose\u{301} Maria"), "jose maria");
        assert_eq!(fold_name("Zoë_Ødegård"), "zoe odegard");
        assert_eq!(fold_name("Straße"), "strasse");
        assert_eq!(fold_name("Ana\u{202e}"), "ana");
        assert_eq!(fold_name("Jean-Luc K."), "jean luc k");
        assert_eq!(fold_name("נועה"), "נועה");
        assert_ne!(fold_name("Ana"), fold_name("Anna"));
    }

    #[test]
    fn names_that_would_look_alike_are_told_apart() {
        let latin = |c: char| c.is_ascii() || c == '…' || c == '□';
        let long_a = format!("{}Whitfield", "Alexandra Konstantinopoulou ".repeat(2));
        let long_b = format!("{}Whitmore", "Alexandra Konstantinopoulou ".repeat(2));
        let names = [
            "Amira",
            "Lee 😀",
            "Lee 😃",
            "נועה",
            long_a.as_str(),
            long_b.as_str(),
        ];
        let labels = name_labels(&names, latin);
        assert_eq!(labels[0], "Amira");
        assert_eq!(labels[1], "Lee □ [U+1F600]");
        assert_eq!(labels[2], "Lee □ [U+1F603]");
        assert_eq!(labels[3], "□□□□ [U+05E0 U+05D5 U+05E2 U+05D4]");
        assert!(labels[4].ends_with("Whitfield"), "{}", labels[4]);
        assert!(labels[5].ends_with("Whitmore"), "{}", labels[5]);
        let unique: std::collections::HashSet<&String> = labels.iter().collect();
        assert_eq!(unique.len(), labels.len(), "{labels:?}");
        // Names in Arabic and Hebrew are in display order; two that would
        // show the same are numbered.
        let all = |_: char| true;
        let labels = name_labels(
            &[
                "محمد Al-Farsi",
                "Al-Farsi محمد",
                "נועה Levi 2",
                "Sam",
                "Sam",
            ],
            all,
        );
        assert_eq!(labels[0], "Al-Farsi محمد (1 of 2)");
        assert_eq!(labels[1], "Al-Farsi محمد (2 of 2)");
        assert_eq!(labels[2], "Levi 2 נועה");
        // The same name twice (two files of one student) is left alone.
        assert_eq!((labels[3].as_str(), labels[4].as_str()), ("Sam", "Sam"));
        // A long name with no twin is simply cut.
        let alone = name_labels(&[long_a.as_str()], latin);
        assert!(alone[0].ends_with('…') && alone[0].chars().count() == SHOWN_NAME_CHARS);
    }
}

//! Finding glossary terms in passage text, so the UI can mark them.

use super::model::Term;

/// A run of passage text: plain, or a glossary term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Ordinary text.
    Plain(&'a str),
    /// The text of a term as it appears, and the term's index in the glossary.
    Term(&'a str, usize),
}

/// Splits `text` into plain runs and glossary terms (see [`term_ranges`]).
pub fn split_terms<'a>(text: &'a str, glossary: &[Term]) -> Vec<Segment<'a>> {
    TermMatcher::new(glossary).split(text)
}

/// A run of passage text: its byte range, and the glossary term's index if it
/// is a term.
pub type TermRange = (std::ops::Range<usize>, Option<usize>);

/// Byte ranges of `text` that are plain (`None`) or the glossary term with
/// that index, in order and covering the text. Matching ignores case;
/// the longest term wins where several start at the same place; a term made
/// of letters must not start or end inside a word ("state" is not marked in
/// "statement"), while CJK terms match anywhere. For many texts, make one
/// [`TermMatcher`] and use it for each.
pub fn term_ranges(text: &str, glossary: &[Term]) -> Vec<TermRange> {
    TermMatcher::new(glossary).ranges(text)
}

/// A glossary made ready to be found in text: made once for a lesson, used
/// for every passage (the checker looks through every text of a lesson).
pub struct TermMatcher {
    /// Every form of every term, lowercased, with its term's index: sorted
    /// by first character, in glossary order within one (the later of two
    /// forms as long wins, as it always has).
    forms: Vec<(Vec<char>, usize)>,
    /// Whether some form starts with this ASCII character (lowercase).
    ascii_firsts: [bool; 128],
}

impl TermMatcher {
    /// Prepares `glossary`'s terms and their other forms.
    pub fn new(glossary: &[Term]) -> Self {
        let mut forms: Vec<(Vec<char>, usize)> = glossary
            .iter()
            .enumerate()
            .flat_map(|(i, term)| term.forms().map(move |f| (f, i)))
            .filter(|(form, _)| !form.trim().is_empty())
            .map(|(form, i)| (form.chars().flat_map(char::to_lowercase).collect(), i))
            .collect();
        forms.sort_by_key(|(form, _)| form.first().copied());
        let mut ascii_firsts = [false; 128];
        for (form, _) in &forms {
            if let Some(&first) = form.first().filter(|c| c.is_ascii()) {
                ascii_firsts[usize::from(first as u8)] = true;
            }
        }
        Self {
            forms,
            ascii_firsts,
        }
    }

    /// The forms that start with `first` (lowercase).
    fn starting_with(&self, first: char) -> &[(Vec<char>, usize)] {
        let from = self
            .forms
            .partition_point(|(form, _)| form.first().copied() < Some(first));
        let to = self
            .forms
            .partition_point(|(form, _)| form.first().copied() <= Some(first));
        &self.forms[from..to]
    }

    /// [`term_ranges`] of `text`.
    pub fn ranges(&self, text: &str) -> Vec<TermRange> {
        if self.forms.is_empty() {
            return if text.is_empty() {
                Vec::new()
            } else {
                vec![(0..text.len(), None)]
            };
        }
        let mut segments = Vec::new();
        let mut plain_start = 0;
        let mut at = 0;
        let mut previous: Option<char> = None;
        let bytes = text.as_bytes();
        while at < text.len() {
            // ASCII fast path: most characters start no term, and a letter
            // inside a word starts none (a term must not start in a word).
            let byte = bytes[at];
            if byte < 128 {
                let letter = byte.is_ascii_alphanumeric();
                if !self.ascii_firsts[usize::from(byte.to_ascii_lowercase())]
                    || (letter && previous.is_some_and(is_word_char))
                {
                    previous = Some(char::from(byte));
                    at += 1;
                    continue;
                }
            }
            let rest = &text[at..];
            let c = rest.chars().next().unwrap_or(' ');
            let lower = c.to_lowercase().next().unwrap_or(c);
            let candidates = self.starting_with(lower);
            if candidates.is_empty() || (is_word_char(c) && previous.is_some_and(is_word_char)) {
                previous = Some(c);
                at += c.len_utf8();
                continue;
            }
            let found = candidates
                .iter()
                .filter_map(|(form, index)| match_len(rest, form).map(|len| (len, *index)))
                .filter(|(len, _)| {
                    is_word_edge(previous, &rest[..*len], rest[*len..].chars().next())
                })
                .max_by_key(|(len, _)| *len);
            if let Some((len, index)) = found {
                if plain_start < at {
                    segments.push((plain_start..at, None));
                }
                segments.push((at..at + len, Some(index)));
                previous = rest[..len].chars().next_back();
                at += len;
                plain_start = at;
            } else {
                previous = Some(c);
                at += c.len_utf8();
            }
        }
        if plain_start < text.len() {
            segments.push((plain_start..text.len(), None));
        }
        segments
    }

    /// `text` split into plain runs and terms ([`TermMatcher::ranges`]).
    pub fn split<'a>(&self, text: &'a str) -> Vec<Segment<'a>> {
        self.ranges(text)
            .into_iter()
            .map(|(range, term)| match term {
                Some(index) => Segment::Term(&text[range], index),
                None => Segment::Plain(&text[range]),
            })
            .collect()
    }
}

/// Byte length of the prefix of `text` that equals `form` ignoring case.
fn match_len(text: &str, form: &[char]) -> Option<usize> {
    let mut wanted = form.iter();
    let mut len = 0;
    for c in text.chars() {
        for lower in c.to_lowercase() {
            if wanted.next() != Some(&lower) {
                return None;
            }
        }
        len += c.len_utf8();
        if wanted.as_slice().is_empty() {
            return Some(len);
        }
    }
    None
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

fn is_cjk(c: char) -> bool {
    matches!(u32::from(c), 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff)
}

fn is_word_edge(before: Option<char>, matched: &str, after: Option<char>) -> bool {
    let starts_word = matched.chars().next().is_some_and(is_word_char);
    let ends_word = matched.chars().next_back().is_some_and(is_word_char);
    let glued_before = starts_word && before.is_some_and(is_word_char);
    let glued_after = ends_word && after.is_some_and(is_word_char);
    !glued_before && !glued_after
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(term: &str, also: &[&str]) -> Term {
        Term {
            term: term.into(),
            pronunciation: None,
            definition: "d".into(),
            also: also.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    #[test]
    fn marks_terms_ignoring_case_at_word_edges() {
        let glossary = [term("dystopian", &["dystopia"]), term("state", &[])];
        let segments = split_terms("A Dystopian state statement; dystopia.", &glossary);
        assert_eq!(
            segments,
            [
                Segment::Plain("A "),
                Segment::Term("Dystopian", 0),
                Segment::Plain(" "),
                Segment::Term("state", 1),
                Segment::Plain(" statement; "),
                Segment::Term("dystopia", 0),
                Segment::Plain("."),
            ]
        );
    }

    #[test]
    fn longest_term_wins_and_cjk_matches_inside_text() {
        let glossary = [
            term("social credit", &[]),
            term("social credit system", &[]),
            term("社会", &[]),
        ];
        let segments = split_terms("China’s Social Credit System (社会信用体系)", &glossary);
        assert_eq!(
            segments,
            [
                Segment::Plain("China’s "),
                Segment::Term("Social Credit System", 1),
                Segment::Plain(" ("),
                Segment::Term("社会", 2),
                Segment::Plain("信用体系)"),
            ]
        );
    }

    #[test]
    fn text_without_terms_is_one_plain_segment() {
        assert_eq!(
            split_terms("İstanbul ß", &[term("x", &[])]),
            [Segment::Plain("İstanbul ß")]
        );
        assert!(split_terms("", &[term("x", &[])]).is_empty());
    }
}

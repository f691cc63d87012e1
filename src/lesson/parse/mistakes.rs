//! Syntax mistakes that RON's own words describe badly, explained in the
//! teacher's terms: two commas in a row, a list left open before the next
//! field, and a curly quote that ends a text written over two lines.

use ron::error::Error as RonError;

use super::{char_at, is_wrong_quote, unclosed_bracket};
use crate::lesson::diagnostic::{Diagnostic, Position};
use crate::tr;

/// A better diagnostic for the syntax error RON reports at `at`, if one of
/// these mistakes explains it.
pub fn explain(text: &str, at: Position, code: &RonError) -> Option<Diagnostic> {
    double_comma(text, at)
        .or_else(|| list_not_closed(text, at, code))
        .or_else(|| stray_closing_quote(text, at))
}

/// The byte offset of `position` in `text` (its end if past it).
fn offset_of(text: &str, position: Position) -> usize {
    let mut offset = 0;
    for (index, line) in text.split('\n').enumerate() {
        if index + 1 == position.line {
            return offset
                + line
                    .char_indices()
                    .nth(position.col.saturating_sub(1))
                    .map_or(line.len(), |(i, _)| i);
        }
        offset += line.len() + 1;
    }
    text.len()
}

/// `,,`: the error is at a comma, and the last thing before it is a comma.
fn double_comma(text: &str, at: Position) -> Option<Diagnostic> {
    if char_at(text, at)? != ',' {
        return None;
    }
    let before = text[..offset_of(text, at)].trim_end();
    before.ends_with(',').then(|| {
        Diagnostic::error(at, tr!("check-double-comma")).with_hint(tr!("check-double-comma.hint"))
    })
}

/// `passages: [ … ` with no `]` before `prompts:`: RON reads the field
/// name as the next item's kind.
fn list_not_closed(text: &str, at: Position, code: &RonError) -> Option<Diagnostic> {
    let RonError::ExpectedDifferentStructName { found, .. } = code else {
        return None;
    };
    if !found.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    let offset = offset_of(text, at);
    let after = text[offset..].strip_prefix(found.as_str())?.trim_start();
    if !after.starts_with(':') {
        return None;
    }
    let (opened, list) = unclosed_bracket(&text[..offset])?;
    if !list.ends_with('[') {
        return None;
    }
    Some(
        Diagnostic::error(
            at,
            tr!(
                "check-list-not-closed",
                list = list.as_str(),
                line = opened.line,
                next = found.as_str()
            ),
        )
        .with_hint(tr!("check-list-not-closed.hint", next = found.as_str())),
    )
}

/// A text that starts with `"` on one line and was meant to end with a
/// curly `”` (a half-fixed paste): RON reads on to the next straight quote,
/// lines later, and reports the words after it. Points at the curly quote.
fn stray_closing_quote(text: &str, at: Position) -> Option<Diagnostic> {
    let (start, end) = last_text_before(text, offset_of(text, at))?;
    let inside = &text[start..end];
    if !inside.contains('\n') {
        return None;
    }
    let mut line_start = start;
    for raw in inside.split_inclusive('\n') {
        let ends_line = raw.ends_with('\n');
        let rest = raw.trim_end().trim_end_matches([',', ')', ']']).trim_end();
        let quote = rest
            .chars()
            .next_back()
            .filter(|&c| is_wrong_quote(c) && c != '\'' && c != '’');
        if ends_line && let Some(quote) = quote {
            let quote_at = line_start + rest.len() - quote.len_utf8();
            return Some(
                Diagnostic::error(
                    Position::of_offset(text, quote_at),
                    tr!("check-wrong-quote", quote = quote.to_string()),
                )
                .with_hint(tr!(
                    "check-wrong-quote-closing.hint",
                    line = Position::of_offset(text, start).line,
                    quote = quote.to_string()
                )),
            );
        }
        line_start += raw.len();
    }
    None
}

/// The byte range (quotes included) of the last text in quotes that ends
/// before `offset`; comments are skipped.
fn last_text_before(text: &str, offset: usize) -> Option<(usize, usize)> {
    let mut last = None;
    let mut chars = text[..offset].char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => {
                let mut closed = None;
                while let Some((end, c)) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => {
                            closed = Some(end + 1);
                            break;
                        }
                        _ => {}
                    }
                }
                if let Some(end) = closed {
                    last = Some((at, end));
                }
            }
            '/' if chars.peek().is_some_and(|&(_, n)| n == '/') => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    last
}

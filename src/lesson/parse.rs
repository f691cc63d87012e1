//! Turns the bytes of a lesson file into a [`Lesson`] or a list of problems.
//!
//! Order: size cap, UTF-8, hidden characters in the raw text, the RON parse
//! (one syntax error at most, with a hint), then the checks in
//! [`super::validate`]. Every problem found is reported, not just the first.

use std::path::Path;

use ron::error::{Error as RonError, SpannedError};
use ron::extensions::Extensions;

use super::diagnostic::{Diagnostic, Position, closest};
use super::limits::{MAX_FILE_BYTES, MAX_NESTING, MAX_REPORTED_CHARACTERS};
use super::locate::Locator;
use super::model::Lesson;
use super::text::{describe_hidden_character, is_hidden_character};
use super::validate::validate;

mod mistakes;
use crate::hash::stable_hash;
use crate::tr;

/// The outcome of checking one lesson file.
#[derive(Debug, Clone)]
pub struct LessonReport {
    /// The lesson, when there were no errors (warnings allowed).
    pub lesson: Option<Lesson>,
    /// Every problem found, errors and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// A hash of the file's bytes, recorded with student work.
    pub content_hash: String,
}

impl LessonReport {
    /// Whether any problem is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// The problem with a lesson file over [`MAX_FILE_BYTES`].
pub(super) fn too_large() -> Diagnostic {
    Diagnostic::error(
        Position::START,
        tr!("check-file-too-large", mb = MAX_FILE_BYTES / 1_048_576),
    )
    .with_hint(tr!("check-file-too-large.hint"))
}

/// Checks a lesson file's bytes. Never panics, whatever the bytes.
///
/// `folder` is where the file lives, to check that the pictures it names are
/// there; `None` (a bundled lesson, a test) skips that check.
pub fn check_lesson(bytes: &[u8], folder: Option<&Path>) -> LessonReport {
    let content_hash = stable_hash(bytes);
    let failed = |diagnostics| LessonReport {
        lesson: None,
        diagnostics,
        content_hash: content_hash.clone(),
    };
    if bytes.len() > MAX_FILE_BYTES {
        return failed(vec![too_large()]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            // The valid prefix is UTF-8 by definition, so the position is exact.
            let prefix = String::from_utf8_lossy(&bytes[..error.valid_up_to()]);
            return failed(vec![
                Diagnostic::error(
                    Position::of_offset(&prefix, prefix.len()),
                    tr!("check-not-utf8"),
                )
                .with_hint(tr!("check-not-utf8.hint")),
            ]);
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Windows (CRLF) and old Mac (CR) line endings read as LF: the same
    // line and column in every message, and the same text in every
    // passage, so glossary underlines and highlight offsets do not shift.
    let text = same_line_endings(text);
    let text = text.as_ref();

    let mut diagnostics = hidden_characters(text);
    let options = ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING);
    let lesson: Lesson = match options.from_str(text) {
        Ok(lesson) => lesson,
        Err(error) => {
            diagnostics.push(syntax_error(text, &error));
            diagnostics.sort_by_key(|d| d.position);
            return failed(diagnostics);
        }
    };
    let locator = Locator::new(text);
    let found_hidden = !diagnostics.is_empty();
    diagnostics.extend(validate(&lesson, &locator, !found_hidden, folder));
    diagnostics.sort_by_key(|d| (d.position, d.severity));
    let lesson = (!diagnostics.iter().any(Diagnostic::is_error)).then_some(lesson);
    let diagnostics = super::diagnostic::cap_repeats(diagnostics, MAX_REPORTED_CHARACTERS);
    LessonReport {
        lesson,
        diagnostics,
        content_hash,
    }
}

/// `text` with every CRLF and lone CR written as LF.
pub fn same_line_endings(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Control and bidi-override characters anywhere in the text (comments too:
/// they can make the file read differently from how it parses).
fn hidden_characters(text: &str) -> Vec<Diagnostic> {
    // Every hidden character starts with one of these bytes: an ASCII control
    // byte, 0xC2 (C1 controls) or 0xE2 (bidi marks), so only those are decoded.
    let candidate = |b: u8| b < 0x20 || b == 0x7f || b == 0xc2 || b == 0xe2;
    let mut offsets = Vec::new();
    for (at, &byte) in text.as_bytes().iter().enumerate() {
        if candidate(byte)
            && let Some(c) = text.get(at..).and_then(|rest| rest.chars().next())
            && is_hidden_character(c)
        {
            offsets.push((at, c));
        }
    }
    // The last one listed also counts the ones not listed.
    let more = offsets.len().saturating_sub(MAX_REPORTED_CHARACTERS);
    let last = offsets.len().min(MAX_REPORTED_CHARACTERS).saturating_sub(1);
    offsets
        .iter()
        .take(MAX_REPORTED_CHARACTERS)
        .enumerate()
        .map(|(index, &(at, c))| {
            let character = describe_hidden_character(c);
            let message = if more > 0 && index == last {
                tr!(
                    "check-invisible-character-and-more",
                    character = character,
                    count = more
                )
            } else {
                tr!("check-invisible-character", character = character)
            };
            Diagnostic::error(Position::of_offset(text, at), message)
                .with_hint(tr!("check-invisible-character.hint"))
        })
        .collect()
}

/// A RON parse error as a teacher-friendly diagnostic.
fn syntax_error(text: &str, error: &SpannedError) -> Diagnostic {
    let reported = Position {
        line: error.span.start.line,
        col: error.span.start.col,
    };
    if only_whitespace_after(text, reported) {
        return file_ends_too_early(text, reported);
    }
    // The parser reports some errors at the space before the value: point
    // at the value itself.
    let start = skip_white_space(text, reported);
    if let Some(quote) = char_at(text, start).filter(|&c| is_wrong_quote(c)) {
        return Diagnostic::error(start, tr!("check-wrong-quote", quote = quote.to_string()))
            .with_hint(tr!("check-wrong-quote.hint"));
    }
    if let Some(diagnostic) = mistakes::explain(text, start, &error.code) {
        return diagnostic;
    }
    let (message, hint) = match &error.code {
        RonError::NoSuchStructField {
            found,
            outer: Some(outer),
            ..
        } if is_part_name(found) => (
            tr!("check-part-not-closed", part = outer),
            Some(tr!(
                "check-part-not-closed.hint",
                part = outer,
                next = found
            )),
        ),
        code => describe(code),
    };
    let diagnostic = Diagnostic::error(start, message);
    match hint {
        Some(hint) => diagnostic.with_hint(hint),
        None => diagnostic,
    }
}

/// The file ended inside a bracket: say which bracket is still open, and
/// where it was opened.
fn file_ends_too_early(text: &str, at: Position) -> Diagnostic {
    let (message, hint) = describe(&RonError::Eof);
    match unclosed_bracket(text) {
        Some((opened, name)) => Diagnostic::error(
            at,
            tr!(
                "check-file-ends-unclosed",
                bracket = name.as_str(),
                line = opened.line
            ),
        )
        .with_hint(tr!(
            "check-file-ends-unclosed.hint",
            bracket = name.as_str(),
            closing = closing(name.chars().last().unwrap_or('(')).to_string()
        )),
        None => Diagnostic::error(at, message).with_hint(hint.unwrap_or_default()),
    }
}

/// The innermost bracket left open at the end of `text`, with its position
/// and how it is written (`Lesson(`, `[`). Text in quotes and comments is
/// skipped.
fn unclosed_bracket(text: &str) -> Option<(Position, String)> {
    let mut open: Vec<(usize, String)> = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut word_start: Option<usize> = None;
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => {
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '/' if chars.peek().is_some_and(|&(_, n)| n == '/') => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '/' if chars.peek().is_some_and(|&(_, n)| n == '*') => {
                let mut last = ' ';
                for (_, c) in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            '(' | '[' | '{' => {
                let name = match word_start {
                    Some(s) => format!("{}{c}", &text[s..at]),
                    None => match field_before(&text[..at]) {
                        Some(field) => format!("{field}: {c}"),
                        None => c.to_string(),
                    },
                };
                open.push((at, name));
            }
            ')' | ']' | '}' => {
                open.pop();
            }
            _ => {}
        }
        word_start = if c.is_alphanumeric() || c == '_' {
            word_start.or(Some(at))
        } else {
            None
        };
    }
    open.pop()
        .map(|(at, name)| (Position::of_offset(text, at), name))
}

/// The field a value belongs to, when `before` ends with `name:` (and
/// white space): `sections` for `sections: [`.
fn field_before(before: &str) -> Option<&str> {
    let before = before.trim_end().strip_suffix(':')?.trim_end();
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    let name = &before[start..];
    (!name.is_empty()).then_some(name)
}

fn closing(open: char) -> char {
    match open {
        '[' => ']',
        '{' => '}',
        _ => ')',
    }
}

/// Quotes that look like text quotes but are not RON's: curly ones pasted
/// from a word processor, and single quotes.
fn is_wrong_quote(c: char) -> bool {
    matches!(c, '“' | '”' | '„' | '‘' | '’' | '\'' | '«' | '»')
}

/// Names of the parts of a lesson (a missing `)` makes the next part look
/// like a field of the one before).
fn is_part_name(name: &str) -> bool {
    matches!(
        name,
        "Lesson"
            | "Section"
            | "Passage"
            | "Speaker"
            | "Source"
            | "Tag"
            | "Term"
            | "Image"
            | "Open"
            | "Short"
            | "Choice"
            | "Choices"
            | "Rating"
            | "Evidence"
    )
}

/// The character at `position`, if there is one.
fn char_at(text: &str, position: Position) -> Option<char> {
    text.split('\n')
        .nth(position.line.saturating_sub(1))?
        .chars()
        .nth(position.col.saturating_sub(1))
}

/// The first position at or after `position` that is not white space.
fn skip_white_space(text: &str, position: Position) -> Position {
    let mut at = position;
    for (index, line) in text
        .split('\n')
        .enumerate()
        .skip(position.line.saturating_sub(1))
    {
        let from = if index + 1 == position.line {
            position.col.saturating_sub(1)
        } else {
            0
        };
        if let Some(offset) = line.chars().skip(from).position(|c| !c.is_whitespace()) {
            at = Position {
                line: index + 1,
                col: from + offset + 1,
            };
            return at;
        }
    }
    at
}

/// Whether nothing but white space follows `position`: the parser stopped
/// because the file ended, whatever it expected next.
fn only_whitespace_after(text: &str, position: Position) -> bool {
    let mut lines = text.split('\n').skip(position.line.saturating_sub(1));
    let Some(line) = lines.next() else {
        return true;
    };
    line.chars()
        .skip(position.col.saturating_sub(1))
        .all(char::is_whitespace)
        && lines.all(|line| line.trim().is_empty())
}

/// The part of the file a field belongs to, by the name a teacher sees:
/// `None` for a prompt (`PromptSpec` is internal).
fn part_name(outer: Option<&str>) -> Option<&str> {
    match outer {
        Some("PromptSpec") | None => None,
        Some(name) => Some(name),
    }
}

/// `rest`, after "did you mean `near`?" when there is a near name.
fn suggesting(near: Option<&str>, rest: String) -> String {
    match near {
        Some(near) => tr!("check-did-you-mean-code-then", near = near, rest = rest),
        None => rest,
    }
}

fn describe(code: &RonError) -> (String, Option<String>) {
    match code {
        RonError::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let fields = expected.join(", ");
            let (message, can_have) = match part_name(outer.as_deref()) {
                Some(part) => (
                    tr!("check-unknown-field", field = found, part = part),
                    tr!("check-part-can-have", part = part, fields = fields),
                ),
                None => (
                    tr!("check-unknown-field-in-prompt", field = found),
                    tr!("check-prompt-can-have", fields = fields),
                ),
            };
            let hint = suggesting(closest(found, expected.iter().copied()), can_have);
            (message, Some(hint))
        }
        RonError::MissingStructField { field, outer } => (
            match part_name(outer.as_deref()) {
                Some(part) => tr!("check-missing-field", field = *field, part = part),
                None => tr!("check-missing-field-in-prompt", field = *field),
            },
            Some(tr!("check-missing-field-hint", field = *field)),
        ),
        RonError::DuplicateStructField { field, outer } => (
            match part_name(outer.as_deref()) {
                Some(part) => tr!("check-duplicate-field", field = *field, part = part),
                None => tr!("check-duplicate-field-in-prompt", field = *field),
            },
            Some(tr!("check-duplicate-field-hint")),
        ),
        RonError::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let message = match outer.as_deref() {
                Some("PromptSpec") => tr!("check-unknown-prompt-kind", found = found),
                _ => tr!("check-unknown-value", found = found),
            };
            let write_one_of = tr!("check-write-one-of", values = expected.join(", "));
            let hint = suggesting(closest(found, expected.iter().copied()), write_one_of);
            (message, Some(hint))
        }
        RonError::InvalidValueForType { expected, found } => {
            let (message, hint) = match PlainType::of(expected) {
                PlainType::Text => (
                    tr!("check-expected-text-found", found = found),
                    tr!("check-write-text-hint"),
                ),
                PlainType::WholeNumber => (
                    tr!("check-expected-number-found", found = found),
                    tr!("check-write-number-hint"),
                ),
                PlainType::List => (
                    tr!("check-expected-list-found", found = found),
                    tr!("check-write-list-hint"),
                ),
                PlainType::Other(expected) => (
                    tr!(
                        "check-expected-other-found",
                        expected = expected,
                        found = found
                    ),
                    tr!("check-write-other-hint", expected = expected),
                ),
            };
            (message, Some(hint))
        }
        RonError::ExpectedString => (
            tr!("check-expected-text"),
            Some(tr!("check-write-text-hint")),
        ),
        RonError::ExpectedStringEnd => (
            tr!("check-text-not-closed"),
            Some(tr!("check-text-not-closed.hint")),
        ),
        RonError::ExpectedComma => (
            tr!("check-expected-comma"),
            Some(tr!("check-expected-comma.hint")),
        ),
        RonError::ExpectedArray => (
            tr!("check-expected-list"),
            Some(tr!("check-expected-list.hint")),
        ),
        RonError::ExpectedArrayEnd => (
            tr!("check-expected-list-end"),
            Some(tr!("check-bracket-missing-hint")),
        ),
        RonError::ExpectedStructLike | RonError::ExpectedNamedStructLike(_) => (
            tr!("check-expected-open-bracket"),
            Some(tr!("check-expected-open-bracket.hint")),
        ),
        RonError::ExpectedStructLikeEnd | RonError::ExpectedOptionEnd => (
            tr!("check-expected-close-bracket"),
            Some(tr!("check-bracket-missing-hint")),
        ),
        RonError::ExpectedDifferentStructName { expected, found } => (
            tr!("check-wrong-part-name", expected = *expected, found = found),
            Some(tr!("check-wrong-part-name.hint", expected = *expected)),
        ),
        RonError::ExpectedMapColon => (
            tr!("check-expected-colon"),
            Some(tr!("check-expected-colon.hint")),
        ),
        RonError::ExpectedInteger | RonError::IntegerOutOfBounds => (
            tr!("check-expected-number"),
            Some(tr!("check-write-number-hint")),
        ),
        RonError::ExpectedBoolean => (
            tr!("check-expected-true-or-false"),
            Some(tr!("check-expected-true-or-false.hint")),
        ),
        RonError::Eof => (
            tr!("check-file-ends-early"),
            Some(tr!("check-file-ends-early.hint")),
        ),
        RonError::TrailingCharacters => (
            tr!("check-text-after-lesson"),
            Some(tr!("check-text-after-lesson.hint")),
        ),
        RonError::ExceededRecursionLimit => (
            tr!("check-nested-too-deep", max = MAX_NESTING),
            Some(tr!("check-nested-too-deep.hint")),
        ),
        // RON's own description of the escape, in English.
        RonError::InvalidEscape(what) => (
            tr!("check-invalid-escape", what = what.to_lowercase()),
            Some(tr!("check-invalid-escape.hint")),
        ),
        RonError::UnclosedBlockComment => (
            tr!("check-comment-not-closed"),
            Some(tr!("check-comment-not-closed.hint")),
        ),
        RonError::UnexpectedChar(c) => (
            tr!("check-unexpected-character", character = format!("{c:?}")),
            Some(tr!("check-unexpected-character.hint")),
        ),
        RonError::ExpectedIdentifier => (
            tr!("check-expected-name"),
            Some(tr!("check-expected-name.hint")),
        ),
        RonError::NoSuchExtension(name) => (
            tr!("check-unknown-extension", name = name),
            Some(tr!("check-unknown-extension.hint")),
        ),
        // Errors a lesson rarely meets: RON's own words (English).
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            let message = match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => tr!("check-unreadable"),
            };
            (message, None)
        }
    }
}

/// The kinds of value serde names that a teacher knows by other words.
enum PlainType<'a> {
    /// Text in double quotes.
    Text,
    /// A whole number.
    WholeNumber,
    /// A list in square brackets.
    List,
    /// Anything else, in serde's words.
    Other(&'a str),
}

impl<'a> PlainType<'a> {
    /// serde's type name as a kind a teacher knows.
    fn of(expected: &'a str) -> Self {
        match expected {
            "a string" | "string" => Self::Text,
            "u8" | "u16" | "u32" | "u64" | "usize" => Self::WholeNumber,
            "i8" | "i16" | "i32" | "i64" | "isize" => Self::WholeNumber,
            "a sequence" => Self::List,
            other => Self::Other(other),
        }
    }
}

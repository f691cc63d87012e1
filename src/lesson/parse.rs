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
use crate::hash::stable_hash;

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
        return failed(vec![
            Diagnostic::error(
                Position::START,
                format!(
                    "this file is larger than {} MB, the most a lesson file may be",
                    MAX_FILE_BYTES / 1_048_576
                ),
            )
            .with_hint("split the lesson into several files, or check that this is a lesson file"),
        ]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            // The valid prefix is UTF-8 by definition, so the position is exact.
            let prefix = String::from_utf8_lossy(&bytes[..error.valid_up_to()]);
            return failed(vec![
                Diagnostic::error(
                    Position::of_offset(&prefix, prefix.len()),
                    "this file is not UTF-8 text",
                )
                .with_hint("save the file as \"UTF-8\" in your text editor"),
            ]);
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);

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
    let mut found: Vec<Diagnostic> = offsets
        .iter()
        .take(MAX_REPORTED_CHARACTERS)
        .map(|&(at, c)| {
            Diagnostic::error(
                Position::of_offset(text, at),
                format!(
                    "invisible character {} in the file",
                    describe_hidden_character(c)
                ),
            )
            .with_hint("delete it; it can hide or reorder text on screen")
        })
        .collect();
    if offsets.len() > MAX_REPORTED_CHARACTERS
        && let Some(last) = found.last_mut()
    {
        last.message.push_str(&format!(
            " (and {} more invisible characters not listed)",
            offsets.len() - MAX_REPORTED_CHARACTERS
        ));
    }
    found
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
        return Diagnostic::error(
            start,
            format!("this is a curly or single quote {quote}, not a straight double quote \""),
        )
        .with_hint(
            "text goes between straight double quotes \"like this\"; word processors change \
             them, so edit lessons in a plain text editor",
        );
    }
    let (message, hint) = match &error.code {
        RonError::NoSuchStructField {
            found,
            outer: Some(outer),
            ..
        } if is_part_name(found) => (
            format!("`{outer}(` before here is not closed: a `)` is missing"),
            Some(format!(
                "end each `{outer}( … )` with `)` and a comma before the next `{found}(`"
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
            format!(
                "the file ends too early: `{name}` on line {} is never closed",
                opened.line
            ),
        )
        .with_hint(format!(
            "add `{}` where `{name}` should end",
            closing(name.chars().last().unwrap_or('('))
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

/// The name a teacher sees for a part of the file (`PromptSpec` is internal).
fn part_name(outer: Option<&str>) -> String {
    match outer {
        Some("PromptSpec") | None => "this prompt".to_owned(),
        Some(name) => format!("`{name}`"),
    }
}

fn describe(code: &RonError) -> (String, Option<String>) {
    match code {
        RonError::NoSuchStructField { expected, found, outer } => {
            let mut hint = match closest(found, expected.iter().copied()) {
                Some(near) => format!("did you mean `{near}`? "),
                None => String::new(),
            };
            hint.push_str(&format!("{} can have: {}", part_name(outer.as_deref()), expected.join(", ")));
            (format!("unknown field `{found}` in {}", part_name(outer.as_deref())), Some(hint))
        }
        RonError::MissingStructField { field, outer } => (
            format!("{} is missing the field `{field}`", part_name(outer.as_deref())),
            Some(format!("add `{field}: …,` before the closing `)`")),
        ),
        RonError::DuplicateStructField { field, outer } => (
            format!("the field `{field}` is written twice in {}", part_name(outer.as_deref())),
            Some("keep one of them".to_owned()),
        ),
        RonError::NoSuchEnumVariant { expected, found, outer } => {
            let what = match outer.as_deref() {
                Some("PromptSpec") => "prompt kind",
                _ => "value",
            };
            let mut hint = match closest(found, expected.iter().copied()) {
                Some(near) => format!("did you mean `{near}`? "),
                None => String::new(),
            };
            hint.push_str(&format!("write one of: {}", expected.join(", ")));
            (format!("unknown {what} `{found}`"), Some(hint))
        }
        RonError::InvalidValueForType { expected, found } => (
            format!("expected {} but found {found}", plain_type(expected)),
            Some(type_hint(expected)),
        ),
        RonError::ExpectedString => (
            "expected text in double quotes".to_owned(),
            Some("write text like \"this\"".to_owned()),
        ),
        RonError::ExpectedStringEnd => (
            "this text has no closing double quote".to_owned(),
            Some("end the text with \"; to put a double quote inside text, write \\\"".to_owned()),
        ),
        RonError::ExpectedComma => (
            "expected a comma".to_owned(),
            Some("put a comma after every field and list item; if the text before here is cut short, an earlier \" is missing".to_owned()),
        ),
        RonError::ExpectedArray => (
            "expected a list in square brackets `[ … ]`".to_owned(),
            Some("lists are written [\"first\", \"second\"]".to_owned()),
        ),
        RonError::ExpectedArrayEnd => (
            "expected `]` to close the list".to_owned(),
            Some("a comma or a closing bracket is missing just before here".to_owned()),
        ),
        RonError::ExpectedStructLike | RonError::ExpectedNamedStructLike(_) => (
            "expected `(`".to_owned(),
            Some("write the part as Name( field: value, … )".to_owned()),
        ),
        RonError::ExpectedStructLikeEnd | RonError::ExpectedOptionEnd => (
            "expected `)`".to_owned(),
            Some("a comma or a closing bracket is missing just before here".to_owned()),
        ),
        RonError::ExpectedDifferentStructName { expected, found } => (
            format!("expected `{expected}(` but found `{found}(`"),
            Some(format!("write `{expected}(` here, or leave the name out and write only `(`")),
        ),
        RonError::ExpectedMapColon => (
            "expected `:` after the field name".to_owned(),
            Some("fields are written name: value".to_owned()),
        ),
        RonError::ExpectedInteger | RonError::IntegerOutOfBounds => (
            "expected a whole number".to_owned(),
            Some("write a number like 5, without quotes".to_owned()),
        ),
        RonError::ExpectedBoolean => {
            ("expected true or false".to_owned(), Some("write true or false, without quotes".to_owned()))
        }
        RonError::Eof => (
            "the file ends too early".to_owned(),
            Some("a closing bracket or quote is probably missing; check that every ( [ \" is closed".to_owned()),
        ),
        RonError::TrailingCharacters => (
            "there is more text after the end of the lesson".to_owned(),
            Some("the whole lesson is one Lesson( … ); remove what comes after its closing )".to_owned()),
        ),
        RonError::ExceededRecursionLimit => (
            format!("brackets are nested more than {MAX_NESTING} deep"),
            Some("a lesson needs only a few levels; check for brackets that are opened but never closed".to_owned()),
        ),
        RonError::InvalidEscape(what) => (
            format!("invalid escape in text: {}", what.to_lowercase()),
            Some("to write a backslash in text, write \\\\".to_owned()),
        ),
        RonError::UnclosedBlockComment => (
            "this comment is never closed".to_owned(),
            Some("end a /* comment with */".to_owned()),
        ),
        RonError::UnexpectedChar(c) => (
            format!("unexpected character {c:?}"),
            Some("text must be inside double quotes".to_owned()),
        ),
        RonError::ExpectedIdentifier => (
            "expected a name".to_owned(),
            Some("field names and kinds are written without quotes".to_owned()),
        ),
        RonError::NoSuchExtension(name) => (
            format!("unknown RON extension `{name}`"),
            Some("remove the #![enable(...)] line; lessons need none".to_owned()),
        ),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            let message = match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => "the file could not be read as a lesson".to_owned(),
            };
            (message, None)
        }
    }
}

/// serde's type names in words a teacher knows.
fn plain_type(expected: &str) -> String {
    match expected {
        "a string" | "string" => "text in double quotes".to_owned(),
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number".to_owned(),
        "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number".to_owned(),
        "a sequence" => "a list in square brackets `[ … ]`".to_owned(),
        other => other.to_owned(),
    }
}

fn type_hint(expected: &str) -> String {
    match plain_type(expected).as_str() {
        "text in double quotes" => "write text like \"this\"".to_owned(),
        "a whole number" => "write a number like 5, without quotes".to_owned(),
        "a list in square brackets `[ … ]`" => "write a list like [\"one\", \"two\"]".to_owned(),
        other => format!("write {other} here"),
    }
}

//! Finds where each value of a lesson file starts, by path.
//!
//! serde forgets positions once a file is parsed, but the checks that run
//! after parsing (duplicate ids, unknown references…) must still say
//! `LINE:COL`. This walks the RON text once and records the start of every
//! value under a path such as `sections[2].prompts[0].id`. It only ever runs
//! on text that already parsed, and stops quietly on anything unexpected.

use std::collections::HashMap;

use super::diagnostic::Position;

/// Start positions of the values in a RON document, by path. The text is
/// walked the first time a position is asked for: a lesson with nothing to
/// report (the bundled one, checked before the first frame) never pays for
/// it.
#[derive(Debug)]
pub struct Locator<'a> {
    text: &'a str,
    starts: std::sync::OnceLock<HashMap<String, Position>>,
}

impl<'a> Locator<'a> {
    /// A locator for `text`; nothing is walked yet.
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            starts: std::sync::OnceLock::new(),
        }
    }

    /// Walks the text and records every value's start.
    fn walk(text: &str) -> HashMap<String, Position> {
        let mut walker = Walker {
            text,
            offset: 0,
            line: 1,
            col: 1,
            starts: HashMap::new(),
            depth: 0,
        };
        walker.skip_trivia();
        while walker.peek() == Some('#') {
            walker.skip_attribute();
            walker.skip_trivia();
        }
        walker.value(String::new());
        walker.starts
    }

    /// Where the value at `path` starts; for a value that is not written (a
    /// default), where its nearest written parent starts.
    pub fn position(&self, path: &str) -> Position {
        let starts = self.starts.get_or_init(|| Self::walk(self.text));
        let mut path = path;
        loop {
            if let Some(position) = starts.get(path) {
                return *position;
            }
            match path.rfind(['.', '[']) {
                Some(cut) => path = &path[..cut],
                None => return starts.get("").copied().unwrap_or(Position::START),
            }
        }
    }

    /// Whether the text has been walked.
    #[cfg(test)]
    pub(crate) fn walked(&self) -> bool {
        self.starts.get().is_some()
    }
}

/// Deepest nesting the walker follows; the parser's own limit is lower.
const MAX_DEPTH: usize = 256;

struct Walker<'a> {
    text: &'a str,
    offset: usize,
    line: usize,
    col: usize,
    starts: HashMap<String, Position>,
    depth: usize,
}

impl Walker<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.offset..].chars().next()
    }

    fn peek_second(&self) -> Option<char> {
        self.text[self.offset..].chars().nth(1)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.offset += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn position(&self) -> Position {
        Position {
            line: self.line,
            col: self.col,
        }
    }

    fn rest(&self) -> &str {
        &self.text[self.offset..]
    }

    /// Skips white space and comments (`//…` and nested `/* … */`).
    fn skip_trivia(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_whitespace() => {
                    self.bump();
                }
                Some('/') if self.peek_second() == Some('/') => {
                    while !matches!(self.bump(), None | Some('\n')) {}
                }
                Some('/') if self.peek_second() == Some('*') => {
                    self.bump();
                    self.bump();
                    let mut open = 1;
                    while open > 0 {
                        if self.rest().starts_with("/*") {
                            open += 1;
                            self.bump();
                        } else if self.rest().starts_with("*/") {
                            open -= 1;
                            self.bump();
                        }
                        if self.bump().is_none() {
                            return;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    /// Skips `#![enable(...)]`.
    fn skip_attribute(&mut self) {
        while let Some(c) = self.bump() {
            if c == ']' {
                return;
            }
        }
    }

    fn value(&mut self, path: String) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        self.skip_trivia();
        let here = self.position();
        self.starts.entry(path.clone()).or_insert(here);
        match self.peek() {
            Some('"') => self.quoted('"'),
            Some('\'') => self.quoted('\''),
            Some('r') if matches!(self.peek_second(), Some('"' | '#')) => self.raw_string(),
            Some('b') if self.peek_second() == Some('"') => {
                self.bump();
                self.quoted('"');
            }
            Some('[') => self.list(&path),
            Some('{') => self.map(&path),
            Some('(') => self.parens(&path),
            Some(c) if c.is_alphabetic() || c == '_' => {
                self.identifier();
                self.skip_trivia();
                if self.peek() == Some('(') {
                    self.parens(&path);
                }
            }
            Some(_) => {
                while let Some(c) = self.peek() {
                    if c.is_whitespace() || matches!(c, ',' | ')' | ']' | '}' | ':') {
                        break;
                    }
                    self.bump();
                }
            }
            None => {}
        }
    }

    fn identifier(&mut self) -> &str {
        let start = self.offset;
        if self.rest().starts_with("r#") {
            self.bump();
            self.bump();
        }
        while let Some(c) = self.peek() {
            if c.is_alphanumeric() || c == '_' {
                self.bump();
            } else {
                break;
            }
        }
        &self.text[start..self.offset]
    }

    /// Skips a quoted string. Strings are most of a lesson's bytes, so this
    /// scans bytes (the quote and `\` are ASCII) and counts lines once.
    fn quoted(&mut self, quote: char) {
        self.bump();
        let bytes = self.text.as_bytes();
        let mut end = self.offset;
        while end < bytes.len() {
            match bytes[end] {
                b'\\' => end += 2,
                b if char::from(b) == quote => {
                    end += 1;
                    break;
                }
                _ => end += 1,
            }
        }
        let mut end = end.min(bytes.len());
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        self.advance_to(end);
    }

    /// Moves to byte `end` (a char boundary at or after the current offset),
    /// keeping line and column right.
    fn advance_to(&mut self, end: usize) {
        let skipped = &self.text[self.offset..end];
        match skipped.rfind('\n') {
            Some(last) => {
                self.line += skipped.matches('\n').count();
                self.col = 1 + skipped[last + 1..].chars().count();
            }
            None => self.col += skipped.chars().count(),
        }
        self.offset = end;
    }

    fn raw_string(&mut self) {
        self.bump(); // r
        let mut hashes = 0;
        while self.peek() == Some('#') {
            hashes += 1;
            self.bump();
        }
        self.bump(); // opening quote
        let closing = format!("\"{}", "#".repeat(hashes));
        while !self.rest().is_empty() {
            if self.rest().starts_with(&closing) {
                for _ in 0..closing.len() {
                    self.bump();
                }
                return;
            }
            self.bump();
        }
    }

    /// Runs `item` for each comma-separated item until `close`.
    fn items(&mut self, close: char, mut item: impl FnMut(&mut Self, usize)) {
        self.bump(); // the opening bracket
        self.depth += 1;
        let mut index = 0;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => break,
                Some(c) if c == close => {
                    self.bump();
                    break;
                }
                _ => {}
            }
            let before = self.offset;
            item(self, index);
            index += 1;
            self.skip_trivia();
            if self.peek() == Some(',') {
                self.bump();
            } else if self.offset == before {
                break; // no progress: not RON we understand
            }
        }
        self.depth -= 1;
    }

    fn list(&mut self, path: &str) {
        self.items(']', |walker, index| {
            walker.value(format!("{path}[{index}]"))
        });
    }

    fn map(&mut self, path: &str) {
        self.items('}', |walker, index| {
            walker.value(format!("{path}{{{index}}}"));
            walker.skip_trivia();
            if walker.peek() == Some(':') {
                walker.bump();
                walker.value(format!("{path}[{index}]"));
            }
        });
    }

    /// The inside of `( … )`: named fields of a struct, or a tuple.
    fn parens(&mut self, path: &str) {
        self.items(')', |walker, index| {
            let checkpoint = (walker.offset, walker.line, walker.col);
            if walker.peek().is_some_and(|c| c.is_alphabetic() || c == '_') {
                let name = walker.identifier().to_owned();
                walker.skip_trivia();
                if walker.peek() == Some(':') {
                    walker.bump();
                    let child = if path.is_empty() {
                        name
                    } else {
                        format!("{path}.{name}")
                    };
                    walker.value(child);
                    return;
                }
                (walker.offset, walker.line, walker.col) = checkpoint;
            }
            walker.value(format!("{path}[{index}]"));
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, col: usize) -> Position {
        Position { line, col }
    }

    #[test]
    fn finds_fields_list_items_and_variants() {
        let text = r##"#![enable(implicit_some)]
Lesson(
    id: "a", // a comment with "quotes" and ( brackets
    /* block /* nested */ comment */
    sections: [
        Section(id: "s1", prompts: [Open(id: "q1", text: r#"raw "text""#)]),
        (id: "s2", title: "社会, \"x\"", n: Some(3)),
    ],
)"##;
        let locator = Locator::new(text);
        assert_eq!(locator.position(""), at(2, 1));
        assert_eq!(locator.position("id"), at(3, 9));
        assert_eq!(locator.position("sections"), at(5, 15));
        assert_eq!(locator.position("sections[0]"), at(6, 9));
        assert_eq!(locator.position("sections[0].prompts[0]"), at(6, 37));
        assert_eq!(locator.position("sections[0].prompts[0].text"), at(6, 58));
        assert_eq!(locator.position("sections[1].title"), at(7, 27));
        assert_eq!(locator.position("sections[1].n"), at(7, 43));
    }

    #[test]
    fn missing_paths_fall_back_to_the_nearest_parent() {
        let locator = Locator::new("(sections: [(id: \"s\")])");
        assert_eq!(locator.position("sections[0].prompts[3].id"), at(1, 13));
        assert_eq!(locator.position("nothing.here"), at(1, 1));
    }

    #[test]
    fn survives_broken_text() {
        for text in [
            "",
            "(",
            "([{",
            "(a: \"unterminated",
            "(/* open",
            "r#\"x",
            "#![x",
        ] {
            let _ = Locator::new(text).position("a.b");
        }
    }
}

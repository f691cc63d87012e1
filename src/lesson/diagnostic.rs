//! Problems found in a lesson file, with where they are and what to do.

use std::fmt;

use crate::tr;

/// A 1-based line and column (columns count characters, as editors do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub col: usize,
}

impl Position {
    /// The start of a file.
    pub const START: Self = Self { line: 1, col: 1 };

    /// The position of byte `offset` in `text` (clamped to the text's end).
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let mut end = offset.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let before = &text[..end];
        let line = 1 + before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = 1 + before[line_start..].chars().count();
        Self { line, col }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The lesson cannot be used until this is fixed.
    Error,
    /// Legal, but probably not what the teacher meant.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`, in the words in use.
    pub fn label(self) -> String {
        match self {
            Self::Error => tr!("check-severity-error"),
            Self::Warning => tr!("check-severity-warning"),
        }
    }
}

/// One problem in a lesson file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Where it is; `None` for problems with the file as a whole (cannot be read).
    pub position: Option<Position>,
    /// What is wrong, in one line.
    pub message: String,
    /// What to write instead, when that helps.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// An error at `position`.
    pub fn error(position: Position, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            position: Some(position),
            message: message.into(),
            hint: None,
        }
    }

    /// A warning at `position`.
    pub fn warning(position: Position, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(position, message)
        }
    }

    /// Adds a hint.
    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Whether this stops the lesson from loading.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The command-line form: `FILE:LINE:COL: error: MESSAGE`, then an indented
    /// `hint:` line when there is a hint.
    pub fn render(&self, file: &str) -> String {
        let place = match self.position {
            Some(position) => format!("{file}:{position}"),
            None => file.to_owned(),
        };
        // Whatever the file holds, each problem stays one line (and its hint
        // one more): names and ids are printed with their control and
        // bidirectional characters escaped.
        let place = escape_for_display(&place);
        let message = escape_for_display(&self.message);
        let mut out = format!("{place}: {}: {message}", self.severity.label());
        if let Some(hint) = &self.hint {
            out.push_str("\n    ");
            out.push_str(&tr!("check-hint", hint = escape_for_display(hint)));
        }
        out
    }
}

use super::text::escape_for_display;

/// The closest of `candidates` to `word`, if any is close enough to suggest.
/// On a tie the earliest candidate wins, so the answer is always the same.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    let mut best: Option<(f64, &str)> = None;
    for candidate in candidates {
        let score = strsim::jaro_winkler(&word, &candidate.to_lowercase());
        if score >= 0.8 && best.is_none_or(|(top, _)| score > top) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// What kind of problem a message tells of: the message with its quoted
/// names and its numbers left out ("the glossary term \"x\" does not
/// appear…" is one kind whatever the term).
fn kind_of(message: &str) -> String {
    let mut kind = String::with_capacity(message.len());
    let mut closing: Option<char> = None;
    for c in message.chars() {
        match (closing, c) {
            (Some(end), c) if c == end => closing = None,
            (Some(_), _) => {}
            (None, '"') => closing = Some('"'),
            (None, '“') => closing = Some('”'),
            (None, '`') => closing = Some('`'),
            (None, c) if c.is_ascii_digit() => {}
            (None, c) => kind.push(c),
        }
    }
    kind
}

/// At most `max` problems of each kind, in order, each kind's rest counted
/// in one line after its last: a file with 100,000 unused glossary terms
/// gets 20 warnings and "and 99,980 more like these", not 100,000.
pub fn cap_repeats(diagnostics: Vec<Diagnostic>, max: usize) -> Vec<Diagnostic> {
    use std::collections::HashMap;
    let mut seen: HashMap<(Severity, String), usize> = HashMap::new();
    let kinds: Vec<(Severity, String)> = diagnostics
        .iter()
        .map(|d| (d.severity, kind_of(&d.message)))
        .collect();
    for kind in &kinds {
        *seen.entry(kind.clone()).or_default() += 1;
    }
    let mut shown: HashMap<&(Severity, String), usize> = HashMap::new();
    let mut out = Vec::new();
    for (diagnostic, kind) in diagnostics.into_iter().zip(&kinds) {
        let count = shown.entry(kind).or_default();
        *count += 1;
        let total = seen.get(kind).copied().unwrap_or(0);
        if *count <= max {
            let last = *count == max && total > max;
            let position = diagnostic.position;
            let severity = diagnostic.severity;
            out.push(diagnostic);
            if last {
                out.push(Diagnostic {
                    severity,
                    position,
                    message: match severity {
                        Severity::Error => tr!("check-more-errors", count = total - max),
                        Severity::Warning => tr!("check-more-warnings", count = total - max),
                    },
                    hint: Some(tr!("check-more-hint", max = max)),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_counts_lines_and_characters() {
        let text = "ab\nc社d\n";
        assert_eq!(Position::of_offset(text, 0), Position { line: 1, col: 1 });
        assert_eq!(Position::of_offset(text, 3), Position { line: 2, col: 1 });
        // "c社" is 1 + 3 bytes; the byte after it is column 3.
        assert_eq!(Position::of_offset(text, 7), Position { line: 2, col: 3 });
        // Inside a multi-byte character: rounds down to its start.
        assert_eq!(Position::of_offset(text, 5), Position { line: 2, col: 2 });
        assert_eq!(Position::of_offset(text, 999), Position { line: 3, col: 1 });
    }

    #[test]
    fn closest_suggests_near_misses_only() {
        let fields = ["title", "passages", "prompts", "intro"];
        assert_eq!(closest("titel", fields), Some("title"));
        assert_eq!(closest("Prompt", fields), Some("prompts"));
        assert_eq!(closest("zebra", fields), None);
    }

    #[test]
    fn render_puts_hint_on_its_own_line() {
        let d = Diagnostic::error(Position { line: 3, col: 7 }, "bad").with_hint("do this");
        assert_eq!(
            d.render("a.ron"),
            "a.ron:3:7: error: bad\n    hint: do this"
        );
    }
}

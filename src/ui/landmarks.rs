//! Landmarks: the parts of the lesson screen a keyboard user jumps between
//! with F6 and Shift+F6 (the convention of desktop apps), and the places the
//! app moves focus to on purpose.

/// A part of the lesson screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Landmark {
    /// The list of sections.
    Outline,
    /// The section's title, at the top of the reading column.
    Reading,
    /// The section's first question.
    Questions,
    /// The notes pane.
    Notes,
    /// The document open beside the transcript (skipped when none is).
    Document,
}

impl Landmark {
    /// In the order F6 visits them.
    pub const ALL: [Self; 5] = [
        Self::Outline,
        Self::Reading,
        Self::Questions,
        Self::Notes,
        Self::Document,
    ];

    /// The next landmark after this one (F6), or before it (`back`, Shift+F6).
    pub fn step(self, back: bool) -> Self {
        let at = Self::ALL.iter().position(|&l| l == self).unwrap_or(0);
        let count = Self::ALL.len();
        let next = if back {
            (at + count - 1) % count
        } else {
            (at + 1) % count
        };
        Self::ALL[next]
    }
}

/// Where the app moves the keyboard focus on the next frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FocusTarget {
    /// A landmark.
    Landmark(Landmark),
    /// The answer of the prompt with this id.
    Prompt(String),
    /// The "Highlight…" button of the passage with this id (after choosing
    /// words there ends, so the keyboard is not left nowhere).
    HighlightButton(String),
    /// The title of the document open beside the transcript.
    Document,
    /// The button that opens the document with this id (after it closes).
    DocumentButton(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f6_cycles_through_the_landmarks_both_ways() {
        let mut at = Landmark::Outline;
        let mut seen = Vec::new();
        for _ in 0..5 {
            at = at.step(false);
            seen.push(at);
        }
        assert_eq!(
            seen,
            [
                Landmark::Reading,
                Landmark::Questions,
                Landmark::Notes,
                Landmark::Document,
                Landmark::Outline
            ]
        );
        assert_eq!(Landmark::Outline.step(true), Landmark::Document);
    }
}

//! Reading settings, remembered per laptop: line spacing, the width of the
//! reading column, a highly legible font, and how fast text is read aloud.

use crate::tr;
use serde::{Deserialize, Serialize};

/// Space between the lines of the reading column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum LineSpacing {
    /// As the font sets it.
    #[default]
    Normal,
    /// One and a half lines.
    OneAndAHalf,
    /// Double.
    Double,
}

impl LineSpacing {
    /// Every choice, in menu order.
    pub const ALL: [Self; 3] = [Self::Normal, Self::OneAndAHalf, Self::Double];

    /// Its name in the menu.
    pub fn label(self) -> String {
        match self {
            Self::Normal => tr!("spacing-normal"),
            Self::OneAndAHalf => tr!("spacing-one-and-a-half"),
            Self::Double => tr!("spacing-double"),
        }
    }

    /// Line height as a multiple of the text size (`None`: the font's own).
    pub fn factor(self) -> Option<f32> {
        match self {
            Self::Normal => None,
            Self::OneAndAHalf => Some(1.5 * 1.2),
            Self::Double => Some(2.0 * 1.2),
        }
    }
}

/// How wide the reading column may grow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ColumnWidth {
    /// Short lines (about 50 characters).
    Narrow,
    /// About 70 characters.
    #[default]
    Normal,
    /// Long lines.
    Wide,
}

impl ColumnWidth {
    /// Every choice, in menu order.
    pub const ALL: [Self; 3] = [Self::Narrow, Self::Normal, Self::Wide];

    /// Its name in the menu.
    pub fn label(self) -> String {
        match self {
            Self::Narrow => tr!("width-narrow"),
            Self::Normal => tr!("width-normal"),
            Self::Wide => tr!("width-wide"),
        }
    }

    /// The widest the column grows, in points at the default text size.
    pub fn points(self) -> f32 {
        match self {
            Self::Narrow => 520.0,
            Self::Normal => 720.0,
            Self::Wide => 960.0,
        }
    }
}

/// How fast text is read aloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum SpeechRate {
    /// Slower than usual.
    Slow,
    /// The engine's usual pace.
    #[default]
    Normal,
    /// Faster than usual.
    Fast,
}

impl SpeechRate {
    /// Every choice, in menu order.
    pub const ALL: [Self; 3] = [Self::Slow, Self::Normal, Self::Fast];

    /// Its name in the menu.
    pub fn label(self) -> String {
        match self {
            Self::Slow => tr!("speed-slow"),
            Self::Normal => tr!("speed-normal"),
            Self::Fast => tr!("speed-fast"),
        }
    }

    /// Words a minute.
    pub fn words_per_minute(self) -> u32 {
        match self {
            Self::Slow => 130,
            Self::Normal => 170,
            Self::Fast => 220,
        }
    }
}

/// The reading settings together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ReadingSettings {
    /// Space between lines.
    pub line_spacing: LineSpacing,
    /// Width of the reading column.
    pub column: ColumnWidth,
    /// Atkinson Hyperlegible instead of the default font.
    pub legible_font: bool,
    /// Reading-aloud speed.
    pub speech_rate: SpeechRate,
}

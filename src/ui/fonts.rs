//! Fonts: egui's own, plus a bundled Chinese font so every laptop (and every
//! test) renders the same, whatever the system has installed.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// Noto Sans CJK SC cut down to GB2312's 6,763 characters, pinyin and
/// punctuation (1.5 MB; see `assets/fonts/make-subset.sh`).
const CJK_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Subset.otf");

/// Atkinson Hyperlegible (Braille Institute, SIL OFL 1.1), made for readers
/// with low vision: letters that are hard to confuse (53 KB, one weight).
const LEGIBLE_FONT: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Regular.ttf");

/// egui's default fonts with the CJK font as a fallback in every family;
/// with `legible`, Atkinson Hyperlegible first for text.
pub fn font_definitions(legible: bool) -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    if legible {
        fonts.font_data.insert(
            "atkinson-hyperlegible".to_owned(),
            Arc::new(FontData::from_static(LEGIBLE_FONT)),
        );
        fonts
            .families
            .entry(FontFamily::Proportional)
            .or_default()
            .insert(0, "atkinson-hyperlegible".to_owned());
    }
    fonts.font_data.insert(
        "noto-sans-sc".to_owned(),
        Arc::new(FontData::from_static(CJK_FONT)),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("noto-sans-sc".to_owned());
    }
    fonts
}

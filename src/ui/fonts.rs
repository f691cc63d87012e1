//! Fonts: egui's own, plus bundled fonts for Chinese, Arabic, Hebrew,
//! Devanagari, Thai and emoji, so every laptop (and every test) renders the
//! same, whatever the system has installed.
//!
//! Only egui's Latin fonts and a 50 KB cut of the Chinese font (the
//! interface's own symbols, Vietnamese and the language names) are loaded at
//! start. Each other script's font is loaded the first time text in it is laid
//! out: egui asks [`ScriptFonts`] (a font provider) once for a character no
//! loaded font has, and keeps the font it gets for the rest of the run.

use std::sync::{Arc, OnceLock};

use egui::epaint::text::FontProvider;
use egui::{FallbackRequest, FontData, FontDefinitions, FontFamily, FontInsert};

/// A font from `assets/fonts/`, deflated by `build.rs`: unpacked by
/// [`unpack`] when first shown.
macro_rules! packed_font {
    ($name:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".deflate"))
    };
}

/// Noto Sans CJK SC cut down to GB2312's 6,763 characters, pinyin and
/// punctuation (1.6 MB, 1.4 MB packed; see `assets/fonts/make-subset.sh`).
const CJK_FONT: &[u8] = packed_font!("NotoSansSC-Subset.otf");

/// The part of [`CJK_FONT`] the interface itself needs at start: Latin with
/// Vietnamese, punctuation, arrows, symbols (✓ ☐ ⌘) and the language names
/// (50 KB; `assets/fonts/make-subset.sh`).
const INTERFACE_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Interface.otf");

/// Atkinson Hyperlegible (Braille Institute, SIL OFL 1.1), made for readers
/// with low vision: letters that are hard to confuse (53 KB, one weight).
const LEGIBLE_FONT: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Regular.ttf");

/// A bundled font loaded only when a character it is for is first shown.
struct ScriptFont {
    /// The font's name in egui's font list.
    name: &'static str,
    /// The font file, deflated ([`packed_font!`]).
    packed: &'static [u8],
    /// The code point ranges (inclusive) it is asked for first.
    ranges: &'static [(u32, u32)],
    /// The font file, unpacked the first time it is asked for and kept: egui
    /// asks again for every character no loaded font has (a rare Chinese
    /// character, another family), and must not pay for unpacking each time.
    unpacked: OnceLock<Option<Vec<u8>>>,
}

impl ScriptFont {
    /// The font file, unpacked once per run; `None` if it would not unpack.
    fn data(&'static self) -> Option<&'static [u8]> {
        self.unpacked.get_or_init(|| unpack(self.packed)).as_deref()
    }
}

/// The fonts loaded when needed, each asked only for its own ranges.
/// Subsets: `assets/fonts/make-script-subsets.sh`.
static SCRIPT_FONTS: [ScriptFont; 5] = [
    ScriptFont {
        name: "noto-sans-arabic",
        packed: packed_font!("NotoSansArabic-Subset.ttf"),
        ranges: &[
            (0x0600, 0x06FF),
            (0x0750, 0x077F),
            (0x08A0, 0x08FF),
            (0xFB50, 0xFDFF),
            (0xFE70, 0xFEFF),
        ],
        unpacked: OnceLock::new(),
    },
    ScriptFont {
        name: "noto-sans-hebrew",
        packed: packed_font!("NotoSansHebrew-Subset.ttf"),
        ranges: &[(0x0590, 0x05FF), (0xFB1D, 0xFB4F)],
        unpacked: OnceLock::new(),
    },
    ScriptFont {
        name: "noto-sans-devanagari",
        packed: packed_font!("NotoSansDevanagari-Subset.ttf"),
        ranges: &[
            (0x0900, 0x097F),
            (0xA8E0, 0xA8FF),
            (0x1CD0, 0x1CFF),
            (0x20B9, 0x20B9),
        ],
        unpacked: OnceLock::new(),
    },
    ScriptFont {
        name: "noto-sans-thai",
        packed: packed_font!("NotoSansThai-Subset.ttf"),
        ranges: &[(0x0E00, 0x0E7F)],
        unpacked: OnceLock::new(),
    },
    ScriptFont {
        name: "noto-emoji",
        packed: packed_font!("NotoEmoji-Subset.ttf"),
        ranges: &[
            (0x2300, 0x23FF),
            (0x2600, 0x27BF),
            (0x2B00, 0x2BFF),
            (0x1F000, 0x1FAFF),
        ],
        unpacked: OnceLock::new(),
    },
];

/// The whole Chinese font, asked last, for any character the others lack
/// (it has many symbols as well as Chinese), but not for emoji: it has none,
/// and an emoji the emoji font lacks should not load 1.6 MB for nothing.
static CHINESE_FONT: [ScriptFont; 1] = [ScriptFont {
    name: "noto-sans-sc",
    packed: CJK_FONT,
    ranges: &[(0, 0x1EFFF), (0x1FB00, u32::MAX)],
    unpacked: OnceLock::new(),
}];

/// egui's default fonts with the interface's cut of the Chinese font as a
/// fallback in every family; with `legible`, Atkinson Hyperlegible first for
/// text. The other scripts come from [`ScriptFonts`], when first needed.
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
        "noto-sans-sc-interface".to_owned(),
        Arc::new(FontData::from_static(INTERFACE_FONT)),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("noto-sans-sc-interface".to_owned());
    }
    fonts
}

/// Puts the fonts in use: [`font_definitions`] now, and the other scripts'
/// fonts when each is first shown. Call once per context; call
/// [`font_definitions`] again (`set_fonts`) when `legible` changes.
pub fn install(ctx: &egui::Context, legible: bool) {
    ctx.set_fonts(font_definitions(legible));
    ctx.set_font_providers(vec![
        Arc::new(ScriptFonts(&SCRIPT_FONTS)),
        Arc::new(ScriptFonts(&CHINESE_FONT)),
    ]);
}

/// The widest glyph atlas the app asks for. egui makes its glyph atlas as
/// wide as the largest texture the graphics card takes (16,384 pixels with
/// Mesa's software renderer and most cards) and 32 rows high, doubling the
/// height as glyphs fill it: the start screen's headings need 64 rows, a
/// 4 MB atlas and as much again for its texture, nearly all of it empty. At
/// 4,096 pixels wide the same glyphs take a quarter of that; the atlas still
/// grows to 4,096 × 4,096 (64 MB) before egui starts over. Pictures are
/// shown at most [`crate::picture::SHOWN_SIDE`] (2,048) pixels a side, so
/// they fit as before.
pub const ATLAS_SIDE: usize = 4096;

/// Caps the largest texture side the window reports to egui at
/// [`ATLAS_SIDE`], before egui makes its glyph atlas (call it from
/// `raw_input_hook`). A smaller side reported by the card is kept.
pub fn limit_atlas(raw_input: &mut egui::RawInput) {
    if let Some(side) = &mut raw_input.max_texture_side {
        *side = (*side).min(ATLAS_SIDE);
    }
}

/// A font provider that loads a bundled font the first time egui meets a
/// character in its ranges that no loaded font has. egui asks once per
/// character and family, keeps the font it gets, and asks the next provider
/// when the font lacks the glyph.
struct ScriptFonts(&'static [ScriptFont]);

impl FontProvider for ScriptFonts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let code = u32::from(request.cluster.chars().next()?);
        let font = self.0.iter().find(|font| {
            font.ranges
                .iter()
                .any(|&(lo, hi)| (lo..=hi).contains(&code))
        })?;
        Some(FontInsert::new(
            font.name,
            FontData::from_static(font.data()?),
            Vec::new(),
        ))
    }
}

/// The largest font unpacked: the Chinese font is 1.6 MB. A bound, so a
/// broken build cannot ask for more memory than this.
const LARGEST_FONT: usize = 4 * 1024 * 1024;

/// Unpacks a font deflated by `build.rs` (about 4 ms for the Chinese font
/// on a school laptop, once per run); `None`, and a line on stderr, if the
/// program was built wrong, and the characters show as boxes.
fn unpack(packed: &[u8]) -> Option<Vec<u8>> {
    miniz_oxide::inflate::decompress_to_vec_with_limit(packed, LARGEST_FONT)
        .map_err(|error| eprintln!("closereader: a bundled font did not unpack: {error}"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limited(side: Option<usize>) -> Option<usize> {
        let mut raw_input = egui::RawInput {
            max_texture_side: side,
            ..Default::default()
        };
        limit_atlas(&mut raw_input);
        raw_input.max_texture_side
    }

    #[test]
    fn the_atlas_is_capped_but_a_smaller_card_is_kept() {
        assert_eq!(limited(Some(16_384)), Some(ATLAS_SIDE));
        assert_eq!(limited(Some(2048)), Some(2048));
        // Frames after the first report nothing: egui keeps the first value.
        assert_eq!(limited(None), None);
    }

    /// Every packed font unpacks to the very file in `assets/fonts/`.
    #[test]
    fn every_packed_font_unpacks_to_its_file() {
        let originals: [&[u8]; 6] = [
            include_bytes!("../../assets/fonts/NotoSansArabic-Subset.ttf"),
            include_bytes!("../../assets/fonts/NotoSansHebrew-Subset.ttf"),
            include_bytes!("../../assets/fonts/NotoSansDevanagari-Subset.ttf"),
            include_bytes!("../../assets/fonts/NotoSansThai-Subset.ttf"),
            include_bytes!("../../assets/fonts/NotoEmoji-Subset.ttf"),
            include_bytes!("../../assets/fonts/NotoSansSC-Subset.otf"),
        ];
        let packed = SCRIPT_FONTS.iter().chain(&CHINESE_FONT);
        for (font, original) in packed.zip(originals) {
            assert!(
                font.packed.len() < original.len(),
                "{} is not smaller",
                font.name
            );
            assert_eq!(
                unpack(font.packed).as_deref(),
                Some(original),
                "{}",
                font.name
            );
        }
    }

    /// egui asks again for each character no loaded font has: the font is
    /// unpacked the first time only, and the same bytes handed over after.
    #[test]
    fn a_font_is_unpacked_once_however_often_it_is_asked_for() {
        let ask = |c: char| {
            let cluster = c.to_string();
            let request = FallbackRequest {
                cluster: &cluster,
                family: &FontFamily::Proportional,
            };
            ScriptFonts(&SCRIPT_FONTS).font_for(&request)
        };
        let first = ask('ש').expect("the Hebrew font");
        let again = ask('ת').expect("the Hebrew font");
        let bytes = |insert: &FontInsert| -> *const u8 { (*insert.data.font).as_ref().as_ptr() };
        assert_eq!(bytes(&first), bytes(&again));
        assert!(SCRIPT_FONTS[1].unpacked.get().is_some());
    }

    #[test]
    fn a_broken_font_is_refused_not_a_panic() {
        assert_eq!(unpack(b"not deflate at all"), None);
        // A bomb: 8 MiB of zeros packs small but unpacks past the bound.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![0; 8 << 20], 6);
        assert!(bomb.len() < 64 * 1024);
        assert_eq!(unpack(&bomb), None);
    }

    #[test]
    fn pictures_still_fit_in_a_texture() {
        let shown = usize::try_from(crate::picture::SHOWN_SIDE).unwrap_or(usize::MAX);
        assert!(shown <= ATLAS_SIDE);
    }
}

//! Every script renders (issue 30): names in Latin, Vietnamese, Chinese,
//! Arabic, Hebrew, Devanagari, Thai and with emoji pass kittest's
//! missing-glyph check (on in every harness: a box would panic), each
//! script's font is loaded only once text in it is shown, and single-line
//! names in mixed directions are shown in display order but said as typed.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use closereader::ui::{AppOptions, Settings};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use super::harness::*;

/// A class's names, one in each script the app bundles a font for.
const NAMES: [&str; 9] = [
    "Amira Haddad",
    "Nguyễn Thị Hoa",
    "陈小明",
    "محمد Al-Farsi",
    "דוד כהן",
    "प्रिया शर्मा",
    "สมชาย ใจดี",
    "Lee 😀",
    "Lee 😃",
];

/// The fonts egui has loaded on demand so far, by name.
fn loaded(harness: &TestApp) -> Vec<String> {
    harness.ctx.fonts(|f| {
        f.discovered_fonts()
            .iter()
            .map(|f| f.name.clone())
            .collect()
    })
}

#[test]
fn names_in_every_script_show_real_glyphs_on_the_start_screen() {
    let settings = Settings {
        recent_names: NAMES.iter().map(|n| (*n).to_owned()).collect(),
        ..Settings::default()
    };
    // The harness panics on any glyph no font has: getting here is the check.
    let harness = harness_with_settings(AppOptions::default(), settings, [1280.0, 900.0]);
    for name in NAMES {
        // Said as typed, whatever order it is shown in.
        harness.get_by_label(&format!("Work as {name}"));
    }
    let fonts = loaded(&harness);
    for font in [
        "noto-sans-sc",
        "noto-sans-arabic",
        "noto-sans-hebrew",
        "noto-sans-devanagari",
        "noto-sans-thai",
        "noto-emoji",
    ] {
        assert!(
            fonts.iter().any(|f| f == font),
            "{font} not loaded: {fonts:?}"
        );
    }
}

#[test]
fn only_the_latin_fonts_are_loaded_until_another_script_is_shown() {
    let mut harness = harness_with(AppOptions::default(), [1280.0, 900.0]);
    assert_eq!(loaded(&harness), Vec::<String>::new());
    type_name(&mut harness, "Sara");
    assert_eq!(loaded(&harness), Vec::<String>::new());
    // The first Hebrew letter typed loads the Hebrew font, and only it.
    harness.get_by_label("Who is working?").type_text("h שרה");
    harness.run();
    assert_eq!(loaded(&harness), vec!["noto-sans-hebrew".to_owned()]);
}

#[test]
fn two_names_differing_only_by_an_emoji_look_different() {
    let installed = false;
    let mut harness = Harness::builder().build_ui_state(
        |ui, installed: &mut bool| {
            if !*installed {
                closereader::ui::fonts::install(ui.ctx(), false);
                *installed = true;
            }
            ui.label("Lee 😀");
            ui.label("Lee 😃");
        },
        installed,
    );
    harness.run();
    let emoji_glyph = |text: &str| {
        let galley = harness.ctx.fonts_mut(|f| {
            f.layout_no_wrap(
                text.to_owned(),
                egui::FontId::proportional(14.0),
                egui::Color32::WHITE,
            )
        });
        let glyph = galley.rows[0].row.glyphs[4];
        assert!(glyph.advance_width > 0.0, "{text}: {glyph:?}");
        glyph.uv_rect
    };
    let grinning = emoji_glyph("Lee 😀");
    let smiling = emoji_glyph("Lee 😃");
    // Neither is a box (the harness panics on a missing glyph), and they differ.
    assert_ne!(
        grinning, smiling,
        "the two emoji are drawn from the same bitmap"
    );
}

#[test]
fn the_top_bar_shows_a_mixed_direction_name_in_display_order_and_says_it_as_typed() {
    let mut harness = harness_with(AppOptions::default(), [1280.0, 900.0]);
    type_name(&mut harness, "محمد Al-Farsi");
    harness
        .get_by_label("Start: Reading a Video Closely: China’s Social Credit System")
        .click();
    harness.run();
    // Said as typed (a screen reader reads the logical order) …
    harness.get_by_label("محمد Al-Farsi");
    // … and shown with the Arabic first from the right.
    let painted = painted(&harness);
    assert!(painted.iter().any(|t| t == "Al-Farsi محمد"), "{painted:?}");
    assert!(!painted.iter().any(|t| t == "محمد Al-Farsi"), "{painted:?}");
}

/// Every emoji code point, each shown on its own line as the app shows a
/// name: the fonts draw 259 of them, the other 1,178 are given by name.
fn every_emoji() -> Vec<char> {
    let drawn = include_str!("../../emoji/drawn.txt");
    let named = include_str!("../../../assets/emoji-names.txt");
    drawn
        .lines()
        .chain(named.lines())
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let code = line.split(' ').next()?;
            char::from_u32(u32::from_str_radix(code, 16).ok()?)
        })
        .collect()
}

#[test]
fn every_emoji_shows_as_a_glyph_or_a_name_never_a_box() {
    let emoji = every_emoji();
    assert!(emoji.len() > 1_400, "{}", emoji.len());
    // Sequences as phones type them: a family joined by ZWJ, a heart with the
    // emoji variation selector, a keycap, skin tones, a flag, a subdivision
    // flag (its tag letters are invisible).
    let sequences = [
        "👨\u{200D}👩\u{200D}👧",
        "❤\u{FE0F}",
        "1\u{FE0F}\u{20E3}",
        "👍🏽",
        "🇬🇧",
        "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
    ];
    let lines: Vec<String> = emoji
        .iter()
        .map(|c| format!("Lee {c}"))
        .chain(sequences.iter().map(|s| format!("Lee {s}")))
        .collect();
    let mut harness = Harness::builder().with_size([800.0, 600.0]).build_ui_state(
        |ui, installed: &mut bool| {
            if !*installed {
                closereader::ui::fonts::install(ui.ctx(), false);
                *installed = true;
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                // One galley for all: the harness checks every glyph laid out.
                let shown: Vec<String> = lines
                    .iter()
                    .map(|line| closereader::bidi::display_line(line).into_owned())
                    .collect();
                ui.label(shown.join("\n"));
            });
        },
        false,
    );
    // The harness panics on any glyph no font has: getting here is the check.
    harness.run();
}

#[test]
fn two_names_differing_only_by_an_emoji_the_font_lacks_are_shown_by_name() {
    let names = ["Lee 🐸", "Lee 🦊"];
    let settings = Settings {
        recent_names: names.iter().map(|n| (*n).to_owned()).collect(),
        ..Settings::default()
    };
    let harness = harness_with_settings(AppOptions::default(), settings, [1280.0, 900.0]);
    let painted = painted(&harness);
    for (name, shown) in names.iter().zip(["Lee [frog]", "Lee [fox]"]) {
        // Said as typed; shown with the emoji's name.
        harness.get_by_label(&format!("Work as {name}"));
        assert!(painted.iter().any(|t| t == shown), "{shown}: {painted:?}");
    }
}

/// Where `text` is painted on screen: the rectangle of the galley showing it.
fn painted_rect(harness: &TestApp, text: &str) -> egui::Rect {
    harness
        .output()
        .shapes
        .iter()
        .find_map(|clipped| match &clipped.shape {
            egui::Shape::Text(shape) if shape.galley.text() == text => {
                Some(shape.galley.rect.translate(shape.pos.to_vec2()))
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("{text} is not painted"))
}

#[test]
fn answers_and_notes_written_in_arabic_start_at_the_right_edge_of_their_box() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Noor");
    let boxes = [
        (
            "What is the narrator's main claim? What makes you say that?",
            "الثقة تتراجع",
        ),
        ("Notes on “The first claim”", "من دفع ثمن الاستطلاع"),
        ("Notebook (whole lesson)", "ابحث عن الاستطلاع"),
        // English stays at the left edge.
        (
            "Who ran the survey, according to the report?",
            "Nobody says",
        ),
    ];
    for (label, text) in boxes {
        type_into(&mut harness, label, text);
        let edit = harness.get_by_label(label).rect();
        let shown = painted_rect(&harness, text);
        let from_left = shown.left() - edit.left();
        let from_right = edit.right() - shown.right();
        if closereader::bidi::starts_right_to_left(text) {
            assert!(
                from_right < 16.0 && from_left > 4.0 * from_right,
                "{label}: {shown:?} in {edit:?}"
            );
        } else {
            assert!(
                from_left < 16.0 && from_right > 4.0 * from_left,
                "{label}: {shown:?} in {edit:?}"
            );
        }
    }
}

#[test]
fn a_name_typed_with_an_emoji_the_font_lacks_says_how_it_will_be_shown() {
    let mut harness = harness_with(AppOptions::default(), [1024.0, 600.0]);
    // The box being typed in draws the emoji as a box (egui's text box
    // cannot show a name in its place): allowed here, and the only place.
    harness
        .ctx
        .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
    type_name(&mut harness, "Lee 🐸");
    assert_shown(&harness, "Shown as “Lee [frog]”");
    // Nothing is said for a name every font draws.
    let mut harness = harness_with(AppOptions::default(), [1024.0, 600.0]);
    type_name(&mut harness, "Lee 😀");
    assert!(!texts(&harness).iter().any(|t| t.starts_with("Shown as")));
}

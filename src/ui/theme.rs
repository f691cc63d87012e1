//! Colour themes and text size.

use crate::tr;
use egui::{Color32, FontId, Stroke, TextStyle, Visuals};
use serde::{Deserialize, Serialize};

use crate::lesson::SpeakerRole;

/// The colour themes students can pick.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Dark text on a light background.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
    /// White and yellow on black, with strong outlines.
    HighContrast,
}

impl ThemeChoice {
    /// All themes, in menu order.
    pub const ALL: [Self; 3] = [Self::Light, Self::Dark, Self::HighContrast];

    /// The theme's name in the menu.
    pub fn label(self) -> String {
        match self {
            Self::Light => tr!("theme-light"),
            Self::Dark => tr!("theme-dark"),
            Self::HighContrast => tr!("theme-high-contrast"),
        }
    }

    /// egui's visuals for this theme. The text cursor does not blink: a
    /// blinking cursor draws two frames a second while a student thinks
    /// (weak laptops, batteries), and steady is easier to find for many
    /// readers.
    pub fn visuals(self) -> Visuals {
        let mut visuals = self.colours();
        visuals.text_cursor.blink = false;
        visuals
    }

    fn colours(self) -> Visuals {
        match self {
            Self::Light => {
                let mut v = Visuals::light();
                v.panel_fill = Color32::from_rgb(0xfb, 0xfa, 0xf7);
                v.extreme_bg_color = Color32::WHITE;
                // Outlines dark enough to see radio buttons, boxes and fields;
                // ticks and small print dark enough to read (WCAG AA).
                v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(120));
                v.widgets.inactive.fg_stroke = Stroke::new(2.0, Color32::from_gray(35));
                v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, Color32::from_gray(190));
                v.weak_text_color = Some(Color32::from_gray(90));
                v
            }
            Self::Dark => {
                let mut v = Visuals::dark();
                v.panel_fill = Color32::from_rgb(0x1e, 0x1f, 0x22);
                v.override_text_color = Some(Color32::from_gray(225));
                v.weak_text_color = Some(Color32::from_gray(175));
                // Every box, field and radio button has a visible outline.
                v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(140));
                v.widgets.inactive.fg_stroke = Stroke::new(2.0, Color32::from_gray(225));
                v
            }
            Self::HighContrast => high_contrast(),
        }
    }

    /// Colour of a speaker's label.
    pub fn speaker_colour(self, role: SpeakerRole) -> Color32 {
        let (light, dark) = match role {
            SpeakerRole::Narrator => (
                Color32::from_rgb(0x1d, 0x4e, 0x89),
                Color32::from_rgb(0x8c, 0xb8, 0xf0),
            ),
            SpeakerRole::Clip => (
                Color32::from_rgb(0x9a, 0x34, 0x12),
                Color32::from_rgb(0xf5, 0xa0, 0x70),
            ),
            SpeakerRole::Expert => (
                Color32::from_rgb(0x1f, 0x6b, 0x3a),
                Color32::from_rgb(0x86, 0xd6, 0x9c),
            ),
            SpeakerRole::Official
            | SpeakerRole::Public
            | SpeakerRole::Other
            | SpeakerRole::OnScreen => (
                Color32::from_rgb(0x5b, 0x3b, 0x8c),
                Color32::from_rgb(0xc4, 0xa8, 0xf0),
            ),
        };
        match self {
            Self::Light => light,
            Self::Dark => dark,
            Self::HighContrast => Color32::YELLOW,
        }
    }

    /// Colour for "this needs attention" text (missing justification, not saved).
    pub fn warning_colour(self) -> Color32 {
        match self {
            Self::Light => Color32::from_rgb(0xa1, 0x3d, 0x00),
            Self::Dark => Color32::from_rgb(0xff, 0xb0, 0x60),
            Self::HighContrast => Color32::from_rgb(0xff, 0xd0, 0x00),
        }
    }

    /// A tag's colour made readable as text on this theme's background: as
    /// it is where it already reads at 4.5:1 (WCAG AA), else darkened (light
    /// theme) or lightened (dark themes) just enough. Any colour a lesson
    /// gives a tag ends up readable.
    pub fn readable(self, colour: Color32) -> Color32 {
        let background = self.background();
        let target = if self == Self::Light {
            Color32::BLACK
        } else {
            Color32::WHITE
        };
        let mix = |amount: f32| {
            let blend = |c: u8, t: u8| {
                (f32::from(c) + (f32::from(t) - f32::from(c)) * amount).round() as u8
            };
            Color32::from_rgb(
                blend(colour.r(), target.r()),
                blend(colour.g(), target.g()),
                blend(colour.b(), target.b()),
            )
        };
        // High contrast starts lighter still, as before.
        let start = if self == Self::HighContrast { 12 } else { 0 };
        (start..=20)
            .map(|step| mix(step as f32 / 20.0))
            .find(|c| contrast_ratio(*c, background) >= 4.6)
            .unwrap_or(target)
    }

    /// The focus ring: at least 3:1 against the background in every theme.
    pub fn focus_colour(self) -> Color32 {
        match self {
            Self::Light => Color32::from_rgb(0x0b, 0x4f, 0xc4),
            Self::Dark => Color32::from_rgb(0x7c, 0xc4, 0xff),
            Self::HighContrast => Color32::YELLOW,
        }
    }

    /// The bar beside a quotation from a source: at least 3:1 against the
    /// background in every theme, like an outline.
    pub fn quotation_bar(self) -> Color32 {
        match self {
            Self::Light => Color32::from_gray(110),
            Self::Dark => Color32::from_gray(160),
            Self::HighContrast => Color32::YELLOW,
        }
    }

    /// The background the text and controls sit on.
    pub fn background(self) -> Color32 {
        self.visuals().panel_fill
    }

    /// The heat map's shade for step 1–4 (see `class::heat::shade_step`)
    /// and the text colour that reads on it (black or white, whichever
    /// contrasts more). Steps get darker (light theme) or brighter (dark
    /// themes) as more of the class marked a word.
    pub fn heat_shade(self, step: usize) -> (Color32, Color32) {
        let rgb = |hex: u32| Color32::from_rgb((hex >> 16) as u8, (hex >> 8) as u8, hex as u8);
        let steps = match self {
            Self::Light => [0xffd8a8, 0xffa94d, 0xe67700, 0xa63c06],
            Self::Dark => [0x3d2a14, 0x6b4212, 0xb35c00, 0xffa94d],
            Self::HighContrast => [0x333300, 0x666600, 0xb3b300, 0xffff00],
        };
        let fill = rgb(steps[step.clamp(1, 4) - 1]);
        let text = if contrast_ratio(Color32::BLACK, fill) >= contrast_ratio(Color32::WHITE, fill) {
            Color32::BLACK
        } else {
            Color32::WHITE
        };
        (fill, text)
    }

    /// Colour for "all is well" text.
    pub fn ok_colour(self) -> Color32 {
        match self {
            Self::Light => Color32::from_rgb(0x1f, 0x6b, 0x3a),
            Self::Dark => Color32::from_rgb(0x86, 0xd6, 0x9c),
            Self::HighContrast => Color32::from_rgb(0x7f, 0xff, 0x7f),
        }
    }
}

fn high_contrast() -> Visuals {
    let mut v = Visuals::dark();
    let white = Stroke::new(1.5, Color32::WHITE);
    v.override_text_color = Some(Color32::WHITE);
    v.panel_fill = Color32::BLACK;
    v.window_fill = Color32::BLACK;
    v.extreme_bg_color = Color32::BLACK;
    v.faint_bg_color = Color32::from_gray(20);
    v.hyperlink_color = Color32::YELLOW;
    v.selection.bg_fill = Color32::from_rgb(0x00, 0x3c, 0x8c);
    v.selection.stroke = Stroke::new(2.0, Color32::YELLOW);
    for widget in [&mut v.widgets.inactive, &mut v.widgets.noninteractive] {
        widget.bg_stroke = white;
        widget.fg_stroke = white;
        widget.bg_fill = Color32::BLACK;
        widget.weak_bg_fill = Color32::BLACK;
    }
    for widget in [
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        widget.bg_stroke = Stroke::new(2.0, Color32::YELLOW);
        widget.fg_stroke = Stroke::new(2.0, Color32::YELLOW);
        widget.bg_fill = Color32::from_gray(30);
        widget.weak_bg_fill = Color32::from_gray(30);
    }
    v
}

/// Smallest and largest text scale.
pub const TEXT_SCALE_RANGE: (f32, f32) = (0.8, 2.0);
/// How much one step changes the scale.
pub const TEXT_SCALE_STEP: f32 = 0.1;

/// Applies a theme and a text scale (1.0 = default) to the whole app.
pub fn apply_style(ctx: &egui::Context, theme: ThemeChoice, text_scale: f32) {
    let scale = text_scale.clamp(TEXT_SCALE_RANGE.0, TEXT_SCALE_RANGE.1);
    let size = |base: f32| base * scale;
    ctx.all_styles_mut(|style| {
        style.visuals = theme.visuals();
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(size(13.0))),
            (TextStyle::Body, FontId::proportional(size(17.0))),
            (TextStyle::Button, FontId::proportional(size(16.0))),
            (TextStyle::Heading, FontId::proportional(size(24.0))),
            (TextStyle::Monospace, FontId::monospace(size(14.0))),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 8.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = size(26.0);
        // Check boxes and radio buttons grow with the text they stand beside.
        style.spacing.icon_width = size(16.0);
        style.spacing.icon_width_inner = size(9.0);
        style.spacing.icon_spacing = size(6.0);
    });
}

/// WCAG 2.1 contrast ratio between two opaque colours (1 to 21).
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    fn channel(c: u8) -> f32 {
        let c = f32::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    let luminance =
        |c: Color32| 0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b());
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// A colour as it shows over `background` (alpha blended).
pub fn over(colour: Color32, background: Color32) -> Color32 {
    let alpha = f32::from(colour.a()) / 255.0;
    // Color32 is premultiplied: add the background's share.
    let mix = |c: u8, b: u8| {
        (f32::from(c) + f32::from(b) * (1.0 - alpha))
            .round()
            .min(255.0) as u8
    };
    Color32::from_rgb(
        mix(colour.r(), background.r()),
        mix(colour.g(), background.g()),
        mix(colour.b(), background.b()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text colour the app uses meets WCAG 2.1 AA (4.5:1) on the
    /// theme's backgrounds, and controls, outlines and the focus ring 3:1.
    #[test]
    fn every_theme_meets_wcag_aa() {
        let mut failures = Vec::new();
        for theme in ThemeChoice::ALL {
            let v = theme.visuals();
            let backgrounds = [
                ("panel", v.panel_fill),
                ("window", v.window_fill),
                ("text field", v.extreme_bg_color),
            ];
            let mut texts = vec![
                ("text", v.text_color()),
                ("weak text", v.weak_text_color()),
                ("warning", theme.warning_colour()),
                ("all is well", theme.ok_colour()),
            ];
            for role in [
                SpeakerRole::Narrator,
                SpeakerRole::Clip,
                SpeakerRole::Expert,
                SpeakerRole::Other,
                SpeakerRole::OnScreen,
            ] {
                texts.push(("speaker", theme.speaker_colour(role)));
            }
            for tag in crate::lesson::model::default_tags() {
                let colour = tag
                    .rgb()
                    .map_or(Color32::GRAY, |[r, g, b]| Color32::from_rgb(r, g, b));
                texts.push(("tag label", theme.readable(colour)));
            }
            let controls = [
                ("control outline", v.widgets.inactive.bg_stroke.color),
                ("control text", v.widgets.inactive.fg_stroke.color),
                ("focus ring", theme.focus_colour()),
                ("quotation bar", theme.quotation_bar()),
            ];
            for (bg_name, bg) in backgrounds {
                for (name, colour) in &texts {
                    let ratio = contrast_ratio(over(*colour, bg), bg);
                    if ratio < 4.5 {
                        failures.push(format!("{theme:?}: {name} on {bg_name}: {ratio:.2}"));
                    }
                }
                for (name, colour) in &controls {
                    let ratio = contrast_ratio(over(*colour, bg), bg);
                    if ratio < 3.0 {
                        failures.push(format!("{theme:?}: {name} on {bg_name}: {ratio:.2}"));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn heat_shades_read_and_differ_in_every_theme() {
        for theme in [
            ThemeChoice::Light,
            ThemeChoice::Dark,
            ThemeChoice::HighContrast,
        ] {
            let mut last = theme.background();
            for step in 1..=4 {
                let (fill, text) = theme.heat_shade(step);
                let ratio = contrast_ratio(text, fill);
                assert!(ratio >= 4.5, "{theme:?} step {step}: text {ratio:.2}:1");
                // Each step is told from the one before (and step 1 from
                // the page): counts are also in words, but the map reads.
                let apart = contrast_ratio(fill, last);
                assert!(
                    apart >= 1.15,
                    "{theme:?} step {step}: {apart:.2}:1 from the last"
                );
                last = fill;
            }
        }
    }

    #[test]
    fn contrast_ratio_matches_wcag_examples() {
        let ratio = contrast_ratio(Color32::BLACK, Color32::WHITE);
        assert!((ratio - 21.0).abs() < 0.01, "{ratio}");
        let grey = contrast_ratio(Color32::from_rgb(0x76, 0x76, 0x76), Color32::WHITE);
        assert!((grey - 4.54).abs() < 0.02, "{grey}");
    }
}

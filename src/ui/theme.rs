//! Colour themes and text size.

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
    pub fn label(self) -> &'static str {
        match self {
            Self::Light => "Light",
            Self::Dark => "Dark",
            Self::HighContrast => "High contrast",
        }
    }

    /// egui's visuals for this theme.
    pub fn visuals(self) -> Visuals {
        match self {
            Self::Light => {
                let mut v = Visuals::light();
                v.panel_fill = Color32::from_rgb(0xfb, 0xfa, 0xf7);
                v.extreme_bg_color = Color32::WHITE;
                // Outlines dark enough to see radio buttons, boxes and fields.
                v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(120));
                v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, Color32::from_gray(190));
                v
            }
            Self::Dark => {
                let mut v = Visuals::dark();
                v.panel_fill = Color32::from_rgb(0x1e, 0x1f, 0x22);
                v.override_text_color = Some(Color32::from_gray(225));
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
            SpeakerRole::Official | SpeakerRole::Public | SpeakerRole::Other => (
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

    /// A tag's colour made readable as text on this theme's background:
    /// as it is on light, lightened on dark and more on high contrast.
    pub fn readable(self, colour: Color32) -> Color32 {
        let towards_white = |amount: f32| {
            let mix = |c: u8| (f32::from(c) + (255.0 - f32::from(c)) * amount).round() as u8;
            Color32::from_rgb(mix(colour.r()), mix(colour.g()), mix(colour.b()))
        };
        match self {
            Self::Light => colour,
            Self::Dark => towards_white(0.35),
            Self::HighContrast => towards_white(0.6),
        }
    }

    /// The focus ring: at least 3:1 against the background in every theme.
    pub fn focus_colour(self) -> Color32 {
        match self {
            Self::Light => Color32::from_rgb(0x0b, 0x4f, 0xc4),
            Self::Dark => Color32::from_rgb(0x7c, 0xc4, 0xff),
            Self::HighContrast => Color32::YELLOW,
        }
    }

    /// The background the text and controls sit on.
    pub fn background(self) -> Color32 {
        self.visuals().panel_fill
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
    });
}

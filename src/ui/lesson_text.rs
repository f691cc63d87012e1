//! The reading supports for every piece of lesson text, not only passages:
//! the line spacing chosen in **Reading…** (questions, options, context
//! notes, hints, tips, quoted passages, the highlight chooser), and notes
//! and quotes set upright, not in italics, when the legible font is on.
//! The lesson screen sets them once a frame; the pieces ask here.

use egui::{Context, Id, RichText, Ui};

/// The supports the lesson screen's text takes this frame.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TextSupports {
    /// Line height in points (`None`: the font's own).
    pub line_height: Option<f32>,
    /// The highly legible font is on: no italics.
    pub legible: bool,
}

fn key() -> Id {
    Id::unique("lesson-text-supports")
}

/// Sets the supports for this frame (the lesson screen, before it draws).
pub fn set_supports(ctx: &Context, supports: TextSupports) {
    ctx.data_mut(|d| d.insert_temp(key(), supports));
}

/// The supports set this frame (none outside the lesson screen).
pub fn supports(ctx: &Context) -> TextSupports {
    ctx.data(|d| d.get_temp(key())).unwrap_or_default()
}

/// `rich` at the reading settings' line spacing.
pub fn spaced(ui: &Ui, rich: RichText) -> RichText {
    rich.line_height(supports(ui.ctx()).line_height)
}

/// A note, hint, tip or quote: spaced, and in italics unless the legible
/// font is on (slanted letters are harder to read for the students who
/// choose it).
pub fn aside(ui: &Ui, rich: RichText) -> RichText {
    let rich = spaced(ui, rich);
    if supports(ui.ctx()).legible {
        rich
    } else {
        rich.italics()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;

    /// Whether `aside` sets a note in italics, and its line height, with
    /// `supports`.
    fn aside_with(supports: TextSupports) -> (bool, Option<f32>) {
        let key = Id::unique("aside-measured");
        let mut harness = Harness::new_ui(|ui| {
            set_supports(ui.ctx(), supports);
            let rich = aside(ui, RichText::new("A note."));
            let galley = egui::WidgetText::from(rich).into_galley(
                ui,
                None,
                f32::INFINITY,
                egui::TextStyle::Body,
            );
            let format = &galley.job.sections[0].format;
            ui.data_mut(|d| d.insert_temp(key, (format.italics, format.line_height)));
        });
        harness.run();
        harness.ctx.data(|d| d.get_temp(key)).expect("measured")
    }

    #[test]
    fn notes_are_upright_with_the_legible_font_and_take_the_spacing() {
        let double = Some(40.0);
        assert_eq!(
            aside_with(TextSupports {
                line_height: double,
                legible: false
            }),
            (true, double)
        );
        assert_eq!(
            aside_with(TextSupports {
                line_height: double,
                legible: true
            }),
            (false, double)
        );
    }
}

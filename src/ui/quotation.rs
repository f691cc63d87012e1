//! The theme's quotation style: words quoted from a source, set in from the
//! left with a bar beside them, so a quotation is never taken for the
//! lesson's own words (the credit line under it says so in words, too).

use egui::{Margin, Stroke, Ui};

use super::theme::ThemeChoice;

/// Width of the bar beside a quotation, in points.
const BAR_WIDTH: f32 = 3.0;
/// How far a quotation is set in from the left, bar included, in points.
const INDENT: i8 = 14;

/// Shows `add_contents` as a quotation in `theme`: indented, with a bar
/// down its left side as tall as the quotation.
pub fn quotation_ui<R>(
    ui: &mut Ui,
    theme: ThemeChoice,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> R {
    let frame = egui::Frame::new()
        .inner_margin(Margin {
            left: INDENT,
            right: 0,
            top: 2,
            bottom: 2,
        })
        .show(ui, add_contents);
    let rect = frame.response.rect;
    let x = rect.left() + BAR_WIDTH / 2.0;
    ui.painter().vline(
        x,
        rect.y_range(),
        Stroke::new(BAR_WIDTH, theme.quotation_bar()),
    );
    frame.inner
}

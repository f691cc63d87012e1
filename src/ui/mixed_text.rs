//! Single-line text that may mix directions (names, roster cells, speakers,
//! titles), shown in display order ([`crate::bidi::display_line`]) and said
//! to a screen reader in the order it was written.

use egui::{Response, RichText, Ui, WidgetText};

/// A label showing `shown` (already in display order) that a screen reader
/// says as `said` (the same words in the order written).
pub fn label_said_as_ui(ui: &mut Ui, shown: impl Into<WidgetText>, said: &str) -> Response {
    let label = ui.label(shown);
    label.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, said));
    label
}

/// A label for a name or other single line in any script: "محمد Al-Farsi"
/// reads right, and is said as typed.
pub fn name_label_ui(ui: &mut Ui, text: &str) -> Response {
    label_said_as_ui(ui, crate::bidi::display_line(text).as_ref(), text)
}

/// [`name_label_ui`] for text styled by `style` (strong, coloured):
/// `style` is given the text in display order.
pub fn styled_name_label_ui(
    ui: &mut Ui,
    text: &str,
    style: impl FnOnce(RichText) -> RichText,
) -> Response {
    let shown = style(RichText::new(crate::bidi::display_line(text)));
    label_said_as_ui(ui, shown, text)
}

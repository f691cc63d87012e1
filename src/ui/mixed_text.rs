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

/// [`name_label_ui`] for text styled by `style` (strong, coloured), that
/// may wrap: a name, a title, a speaker. Text with right-to-left letters is
/// broken into lines first and each line put in display order (see
/// [`paragraph_ui`]); the label is as wide as its text.
pub fn styled_name_label_ui(
    ui: &mut Ui,
    text: &str,
    style: impl Fn(RichText) -> RichText,
) -> Response {
    mixed_paragraph_ui(ui, text, style, false)
}

/// How a text box holding `text` aligns it: to the right when its first
/// strong letter is right to left. (egui lays out the words of a line in
/// typed order while editing; only the line's side changes.)
pub fn text_align(text: &str) -> egui::Align2 {
    if crate::bidi::starts_right_to_left(text) {
        egui::Align2::RIGHT_TOP
    } else {
        egui::Align2::LEFT_TOP
    }
}

/// A paragraph of text in any script, wrapped to the width available (a
/// passage, an answer shown to read). Text without right-to-left letters is
/// a plain label. Text with them is broken into lines where egui breaks it,
/// each line is put in display order ([`crate::bidi::display_lines`]), a
/// paragraph whose first strong letter is right to left (Arabic, Hebrew) is
/// set against the right edge, and the whole is one label a screen reader
/// says as written. (egui 0.37 has no bidirectional layout of its own; such
/// a paragraph cannot be selected to copy.)
pub fn paragraph_ui(ui: &mut Ui, text: &str, line_height: Option<f32>) -> Response {
    mixed_paragraph_ui(ui, text, |rich| rich.line_height(line_height), true)
}

/// [`paragraph_ui`] with `style`; `fill`: as wide as the space available
/// (right-to-left lines are set against its right edge), else as wide as
/// the longest line.
fn mixed_paragraph_ui(
    ui: &mut Ui,
    text: &str,
    style: impl Fn(RichText) -> RichText,
    fill: bool,
) -> Response {
    if !crate::bidi::has_right_to_left(text) {
        return ui.label(style(RichText::new(text)));
    }
    let available = ui.available_width();
    let breaks = line_breaks(ui, text, &style, available);
    let lines: Vec<(bool, std::sync::Arc<egui::Galley>)> =
        crate::bidi::display_lines(text, &breaks)
            .into_iter()
            .map(|line| {
                let galley = WidgetText::from(style(RichText::new(line.text))).into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Body,
                );
                (line.right_to_left, galley)
            })
            .collect();
    let height = lines.iter().map(|(_, g)| g.size().y).sum::<f32>();
    let longest = lines.iter().map(|(_, g)| g.size().x).fold(0.0, f32::max);
    let width = if fill {
        available
    } else {
        longest.min(available)
    };
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    let colour = ui.visuals().text_color();
    let mut top = rect.top();
    for (right_to_left, galley) in lines {
        let size = galley.size();
        let left = if right_to_left {
            rect.right() - size.x
        } else {
            rect.left()
        };
        ui.painter().galley(egui::pos2(left, top), galley, colour);
        top += size.y;
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    response
}

/// Where `text` breaks into lines `width` wide, as byte offsets (each
/// line's end): at each line break, and between words where the next word
/// would not fit (a word wider than a line gets a line of its own). Each
/// word is measured on its own (egui keeps the layouts), so the lines are
/// the same in any order of their words.
fn line_breaks(
    ui: &Ui,
    text: &str,
    style: &impl Fn(RichText) -> RichText,
    width: f32,
) -> Vec<usize> {
    let measure = |part: &str| {
        WidgetText::from(style(RichText::new(part)))
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Body,
            )
            .size()
            .x
    };
    let mut breaks = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let mut used = 0.0;
        let mut at = start;
        for word in line.split_inclusive([' ', '\t']) {
            let shown = word.trim_end_matches([' ', '\t', '\n', '\r']);
            if used > 0.0 && used + measure(shown) > width {
                breaks.push(at);
                used = 0.0;
            }
            used += measure(word.trim_end_matches(['\n', '\r']));
            at += word.len();
        }
        start += line.len();
        breaks.push(start);
    }
    if breaks.is_empty() {
        breaks.push(text.len());
    }
    breaks
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;

    /// Each text painted, with its left and right edges.
    fn painted<State>(harness: &Harness<'_, State>) -> Vec<(String, f32, f32)> {
        harness
            .output()
            .shapes
            .iter()
            .filter_map(|clipped| match &clipped.shape {
                egui::Shape::Text(text) => Some((
                    text.galley.text().to_owned(),
                    text.pos.x,
                    text.pos.x + text.galley.size().x,
                )),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_right_to_left_paragraph_is_set_from_the_right_line_by_line() {
        let text = "قال محمد إن BBC نشرت الخبر اليوم في الصباح الباكر جدا";
        let mut harness = Harness::builder().with_size([240.0, 200.0]).build_ui_state(
            |ui, installed: &mut bool| {
                if !*installed {
                    crate::ui::fonts::install(ui.ctx(), false);
                    *installed = true;
                }
                paragraph_ui(ui, text, None);
            },
            false,
        );
        harness.run();
        // Said as written.
        harness.get_by_label(text);
        let lines = painted(&harness);
        assert!(lines.len() > 1, "wrapped into lines: {lines:?}");
        // The first line holds the first words, from the right.
        assert!(lines[0].0.ends_with("محمد قال"), "{lines:?}");
        let right = lines.iter().map(|l| l.2).fold(0.0, f32::max);
        for (shown, _, line_right) in &lines {
            assert!(
                (right - line_right).abs() < 1.0,
                "{shown} not set from the right"
            );
        }
    }

    #[test]
    fn left_to_right_text_is_a_plain_label() {
        let mut harness = Harness::builder().with_size([240.0, 200.0]).build_ui(|ui| {
            paragraph_ui(ui, "Plain English, wrapped as ever by egui itself.", None);
        });
        harness.run();
        let lines = painted(&harness);
        assert_eq!(lines.len(), 1, "one galley, wrapped by egui: {lines:?}");
    }
}

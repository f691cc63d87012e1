//! Highlight shading and glossary underlines drawn on the glyphs themselves.
//! egui shades and underlines a run of text across its whole line height,
//! so at double spacing the shading hangs below the words and the underline
//! lies halfway to the next line; here both follow the letters at any
//! spacing.

use egui::{Color32, Label, Response, Shape, Stroke, Ui};

/// What to draw on a label's glyphs.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Decor {
    /// Shading behind the letters (a highlight's tag colour).
    pub shade: Option<Color32>,
    /// A link (a glossary term): in the colour of something to click, with
    /// a line just under its letters.
    pub link: bool,
}

/// Width of the underline, in points.
const UNDERLINE: f32 = 1.0;

/// Adds `label` with `decor` drawn on its glyphs; the label is named by its
/// words, as egui's own is.
pub fn decorated_label_ui(ui: &mut Ui, label: Label, decor: Decor) -> Response {
    let behind = ui.painter().add(Shape::Noop);
    let (pos, galley, response) = label.layout_in_ui(ui);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Label, ui.is_enabled(), galley.text())
    });
    if !ui.is_rect_visible(response.rect) {
        return response;
    }
    // Plain words keep the text colour even though a selectable label
    // takes clicks (as egui's own label does).
    let colour = if decor.link {
        ui.style().interact(&response).text_color()
    } else {
        ui.visuals().text_color()
    };
    let shapes = decor_shapes(pos, &galley, decor, colour);
    ui.painter().set(behind, Shape::Vec(shapes));
    egui::text_selection::LabelSelectionState::label_text_selection(
        ui,
        &response,
        pos,
        galley,
        colour,
        Stroke::NONE,
    );
    response
}

/// The shading and underline of `galley` laid out at `pos`: one of each
/// per row, as tall as the letters (not the line), the underline just
/// under them.
fn decor_shapes(
    pos: egui::Pos2,
    galley: &egui::Galley,
    decor: Decor,
    colour: Color32,
) -> Vec<Shape> {
    let mut shapes = Vec::new();
    for placed in &galley.rows {
        let (Some(first), Some(last)) = (placed.row.glyphs.first(), placed.row.glyphs.last())
        else {
            continue;
        };
        let (top, bottom) = glyph_band(first);
        let origin = pos + placed.pos.to_vec2();
        let rect = egui::Rect::from_min_max(
            origin + egui::vec2(first.pos.x, top),
            origin + egui::vec2(last.max_x(), bottom),
        );
        if let Some(shade) = decor.shade {
            shapes.push(Shape::rect_filled(rect, 0.0, shade));
        }
        if decor.link {
            shapes.push(Shape::hline(
                rect.x_range(),
                rect.bottom(),
                Stroke::new(UNDERLINE, colour),
            ));
        }
    }
    shapes
}

/// Where the letters of `glyph`'s row are, from the row's top: the font's
/// own height, wherever the line spacing put it.
fn glyph_band(glyph: &egui::epaint::text::Glyph) -> (f32, f32) {
    let top = glyph.pos.y - glyph.font_ascent;
    (top, top + glyph.font_height)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;

    /// The shading's rectangle, the underline's height and the row's
    /// height of one word laid out with `line_height`.
    fn measured(line_height: Option<f32>) -> (egui::Rect, f32, f32) {
        let key = egui::Id::unique("measured");
        let mut harness = Harness::new_ui(|ui| {
            let text = egui::RichText::new("words").line_height(line_height);
            let galley = egui::WidgetText::from(text).into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Body,
            );
            let decor = Decor {
                shade: Some(Color32::YELLOW),
                link: true,
            };
            let shapes = decor_shapes(egui::Pos2::ZERO, &galley, decor, Color32::BLACK);
            let shade = shapes.iter().find_map(|s| match s {
                Shape::Rect(r) => Some(r.rect),
                _ => None,
            });
            let line = shapes.iter().find_map(|s| match s {
                Shape::LineSegment { points, .. } => Some(points[0].y),
                _ => None,
            });
            if let (Some(shade), Some(line)) = (shade, line) {
                let row = galley.rows[0].row.size.y;
                ui.data_mut(|d| d.insert_temp(key, (shade, line, row)));
            }
        });
        harness.run();
        harness
            .ctx
            .data(|d| d.get_temp(key))
            .expect("a shade and an underline")
    }

    #[test]
    fn shading_and_underline_stay_on_the_letters_at_double_spacing() {
        let (single, single_line, single_row) = measured(None);
        let (double, double_line, double_row) = measured(Some(single_row * 2.0));
        assert!(double_row > single_row * 1.9, "the row is taller");
        // As tall as the letters, not the line; the underline just under them.
        assert!((double.height() - single.height()).abs() < 1.0);
        assert!((double_line - double.bottom()).abs() < 1.0);
        assert!(
            double_line < double_row - single_row / 3.0,
            "not at the row's foot"
        );
        // Centred in the taller row, as the letters are.
        let middle = double.center().y;
        assert!((middle - double_row / 2.0).abs() < single_row / 4.0);
        assert!((single_line - single.bottom()).abs() < 1.0);
    }
}

//! Lays out only the blocks of a long column that are on (or near) screen.
//!
//! Each block's height is measured the first time it is drawn; afterwards a
//! block far outside the visible area just takes its measured space. One
//! screen of blocks above and below stays laid out, so Tab always has a
//! next widget to move to and egui scrolls it into view.

use egui::{Rect, Ui};

/// Measured block heights for one column at one width and text size.
#[derive(Debug, Default)]
pub struct BlockHeights {
    key: Option<(usize, u32, u32)>,
    heights: Vec<Option<f32>>,
}

impl BlockHeights {
    /// Forgets the heights if the column, its width or the text size changed.
    fn prepare(&mut self, column: usize, width: f32, text_scale: f32, count: usize) {
        let key = Some((column, width.round().to_bits(), text_scale.to_bits()));
        if self.key != key {
            self.key = key;
            self.heights.clear();
        }
        self.heights.resize(count, None);
    }

    /// How many blocks have a measured height.
    pub fn measured(&self) -> usize {
        self.heights.iter().flatten().count()
    }
}

/// Draws `count` blocks with `draw`, skipping those far from `viewport`
/// (in the coordinates `ScrollArea::show_viewport` gives); block `always` is
/// laid out wherever it is (to scroll to it). Returns how many
/// blocks were laid out.
pub fn lazy_blocks_ui(
    ui: &mut Ui,
    viewport: Rect,
    heights: &mut BlockHeights,
    (column, text_scale): (usize, f32),
    (count, always): (usize, Option<usize>),
    mut draw: impl FnMut(&mut Ui, usize),
) -> usize {
    let width = ui.available_width();
    heights.prepare(column, width, text_scale, count);
    let origin = ui.min_rect().top();
    let margin = viewport.height().max(200.0);
    let near = viewport.expand2(egui::vec2(0.0, margin));
    let mut drawn = 0;
    for index in 0..count {
        let top = ui.cursor().top() - origin;
        if let Some(height) = heights.heights[index]
            && Some(index) != always
            && (top > near.bottom() || top + height < near.top())
        {
            ui.allocate_space(egui::vec2(width, height));
            continue;
        }
        let rect = ui.vertical(|ui| draw(ui, index)).response.rect;
        heights.heights[index] = Some(rect.height());
        drawn += 1;
    }
    drawn
}

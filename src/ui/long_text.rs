//! Text that may be huge (an answer someone pasted a book into): shown a
//! part at a time, with "Show more", so a page never lays out megabytes of
//! text at once (a 3.9 MB answer took the class view to 0.98 GB).

use crate::tr;
use egui::{Id, Ui};

/// Characters shown at first.
pub const FIRST_PART: usize = 5_000;
/// Characters each "Show more" adds.
pub const MORE: usize = 20_000;

/// Shows `text`, or its first part and a "Show more" button; `id` keeps
/// how much is shown (per answer, per student).
pub fn long_text_ui(ui: &mut Ui, id: Id, text: &str) {
    if text.len() <= FIRST_PART {
        // Right-to-left answers are set from the right, line by line.
        super::mixed_text::paragraph_ui(ui, text, None);
        return;
    }
    let shown: usize = ui.data(|d| d.get_temp(id)).unwrap_or(FIRST_PART);
    let end = text
        .char_indices()
        .nth(shown)
        .map_or(text.len(), |(i, _)| i);
    super::mixed_text::paragraph_ui(ui, &text[..end], None);
    if end < text.len() {
        let rest = text[end..].chars().count();
        if ui
            .button(tr!("long-text-more", count = rest))
            .on_hover_text(tr!("long-text-more.tooltip"))
            .clicked()
        {
            ui.data_mut(|d| d.insert_temp(id, shown + MORE));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;

    #[test]
    fn a_huge_text_is_shown_a_part_at_a_time() {
        let text = "word ".repeat(200_000); // a million characters
        // Tall enough that the button is on screen, as a teacher scrolls to it.
        let mut harness = Harness::builder()
            .with_size([800.0, 8000.0])
            .build_ui(|ui| long_text_ui(ui, Id::unique("t"), &text));
        harness.run();
        let button = format!("Show more ({} more characters)", 1_000_000 - FIRST_PART);
        harness.get_by_label(&button).click();
        harness.run();
        harness.get_by_label(&format!(
            "Show more ({} more characters)",
            1_000_000 - FIRST_PART - MORE
        ));
        // Short text is just shown.
        let mut short = Harness::new_ui(|ui| long_text_ui(ui, Id::unique("s"), "Short."));
        short.run();
        short.get_by_label("Short.");
    }
}

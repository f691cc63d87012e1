//! The outline: every section with its progress, and the lesson's total.

use crate::tr;
use egui::{RichText, Ui};

use crate::lesson::Lesson;
use crate::work::{Work, lesson_progress, section_progress};

use super::command::Command;

/// What the outline remembers between frames.
#[derive(Debug, Clone, Default)]
pub struct OutlineState {
    /// The focus it last scrolled to.
    pub seen: Option<egui::Id>,
    /// The section it last showed as current (a new one is scrolled into view).
    pub current: Option<usize>,
}

/// Draws the outline: every section with its progress and marks, in a
/// column that scrolls (wheel, and whatever the keyboard moves to) and
/// brings the current section into view when it changes. With `focus`,
/// the keyboard moves to the current section's entry.
pub fn outline_ui(
    ui: &mut Ui,
    (lesson, work): (&Lesson, &Work),
    current: usize,
    focus: bool,
    state: &mut OutlineState,
) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::ScrollArea::vertical()
        .id_salt("outline")
        .auto_shrink(false)
        .show(ui, |ui| {
            commands = outline_rows_ui(
                ui,
                (lesson, work),
                current,
                focus,
                state.current != Some(current),
            );
            super::focus::keep_focus_in_view(ui, &mut state.seen);
        });
    state.current = Some(current);
    commands
}

/// The lesson's title and progress, then a row per section.
fn outline_rows_ui(
    ui: &mut Ui,
    (lesson, work): (&Lesson, &Work),
    current: usize,
    focus: bool,
    show_current: bool,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let total = lesson_progress(lesson, work);
    ui.add_space(8.0);
    crate::ui::mixed_text::styled_name_label_ui(ui, &lesson.title, RichText::strong);
    ui.label(crate::wording::progress(total));
    let bar = ui.add(egui::ProgressBar::new(total.fraction()).desired_height(6.0));
    let spoken = tr!(
        "outline-progress.name",
        answered = total.answered,
        total = total.total
    );
    bar.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &spoken);
        info.value = Some(f64::from(total.fraction()) * 100.0);
        info
    });
    ui.add_space(4.0);
    // Every row is laid out (Tab reaches every section), and long titles
    // wrap instead of being cut, whatever the text size.
    for (index, section) in lesson.sections.iter().enumerate() {
        let response = section_row_ui(ui, (lesson, work), (index, section), index == current);
        if focus && index == current {
            response.request_focus();
        }
        if show_current && index == current {
            response.scroll_to_me(None);
        }
        if response.clicked() && index != current {
            commands.push(Command::GoToSection(index));
        }
    }
    commands
}

/// One section's row: a button with its number, title, marks and progress.
fn section_row_ui(
    ui: &mut Ui,
    (lesson, work): (&Lesson, &Work),
    (index, section): (usize, &crate::lesson::Section),
    current: bool,
) -> egui::Response {
    let progress = section_progress(section, work);
    // A section whose questions are all optional owes nothing.
    let all_optional = progress.total == 0 && !section.prompts.is_empty();
    let answered = (progress.answered, progress.total);
    let count = if all_optional && progress.optional > 0 {
        tr!("outline-optional-answered", answered = progress.optional)
    } else if all_optional {
        tr!("outline-optional")
    } else if progress.is_complete() {
        tr!(
            "outline-complete",
            answered = answered.0,
            total = answered.1
        )
    } else {
        tr!("outline-count", answered = answered.0, total = answered.1)
    };
    // The marks that belong to the section, a card's included: one made
    // in a card several sections open is counted once, where it was made.
    let marked = work
        .highlights_in(lesson, section, crate::work::HighlightScope::Owned)
        .count();
    // The title in display order within the line (said as written, below).
    let title = tr!(
        "outline-section",
        number = index + 1,
        title = crate::bidi::display_line(&section.title).as_ref(),
        marks = marked,
        count = count
    );
    let button = egui::Button::selectable(current, title).wrap();
    let response = ui
        .with_layout(egui::Layout::top_down_justified(egui::Align::Min), |ui| {
            ui.add(button)
        })
        .inner;
    let answered = if all_optional && progress.optional > 0 {
        tr!(
            "outline-optional-answered.name",
            answered = progress.optional
        )
    } else if all_optional {
        tr!("outline-optional.name")
    } else {
        crate::wording::progress(progress)
    };
    let spoken = tr!(
        "outline-section.name",
        number = index + 1,
        title = section.title.as_str(),
        marks = marked,
        answered = answered
    );
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, current, &spoken));
    response
}

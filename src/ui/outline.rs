//! The outline: every section with its progress, and the lesson's total.

use egui::{RichText, Ui};

use crate::lesson::Lesson;
use crate::work::{Work, lesson_progress, section_progress};

use super::command::Command;

/// Draws the outline; long lessons only lay out the rows on screen. With
/// `focus`, the keyboard moves to the current section's entry.
pub fn outline_ui(
    ui: &mut Ui,
    lesson: &Lesson,
    work: &Work,
    current: usize,
    focus: bool,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let total = lesson_progress(lesson, work);
    ui.add_space(8.0);
    ui.label(RichText::new(&lesson.title).strong());
    ui.label(format!("{} of {} answered", total.answered, total.total));
    let bar = ui.add(egui::ProgressBar::new(total.fraction()).desired_height(6.0));
    let spoken = format!(
        "Progress: {} of {} questions answered",
        total.answered, total.total
    );
    bar.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &spoken);
        info.value = Some(f64::from(total.fraction()) * 100.0);
        info
    });
    ui.add_space(4.0);
    let row_height = ui.spacing().interact_size.y;
    egui::ScrollArea::vertical()
        .id_salt("outline")
        .auto_shrink(false)
        .show_rows(ui, row_height, lesson.sections.len(), |ui, rows| {
            for index in rows {
                let section = &lesson.sections[index];
                let progress = section_progress(section, work);
                ui.horizontal(|ui| {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let count = format!("{}/{}", progress.answered, progress.total);
                        let count = if progress.is_complete() {
                            format!("✓ {count}")
                        } else {
                            count
                        };
                        let marked = work.highlights_in(section).count();
                        let count = match marked {
                            0 => count,
                            1 => format!("1 mark · {count}"),
                            n => format!("{n} marks · {count}"),
                        };
                        ui.label(RichText::new(count).small());
                        let title = format!("{}. {}", index + 1, section.title);
                        let button = egui::Button::selectable(index == current, title).truncate();
                        let response = ui
                            .with_layout(egui::Layout::top_down_justified(egui::Align::Min), |ui| {
                                ui.set_min_height(row_height);
                                ui.add(button)
                            })
                            .inner;
                        if focus && index == current {
                            response.request_focus();
                        }
                        if response.clicked() && index != current {
                            commands.push(Command::GoToSection(index));
                        }
                    });
                });
            }
        });
    commands
}

//! The roster: every student with how far they got, when they last saved,
//! whether they handed in, and what to look at. A name opens their work.

use egui::{RichText, Ui};

use crate::class::review::roster;
use crate::ui::command::{ClassCommand, Command};
use crate::ui::theme::ThemeChoice;

use super::{ClassPage, ClassShown};

/// Draws the roster.
pub fn roster_ui(ui: &mut Ui, shown: &ClassShown<'_>, theme: ThemeChoice) -> Vec<Command> {
    let mut commands = Vec::new();
    let rows = roster(&shown.lesson, shown.students);
    let handed_in = rows.iter().filter(|r| r.handed_in).count();
    ui.add_space(8.0);
    ui.label(
        RichText::new(format!(
            "{}: {} student{}, {handed_in} handed in",
            shown.lesson.title,
            rows.len(),
            if rows.len() == 1 { "" } else { "s" }
        ))
        .strong(),
    );
    ui.label(RichText::new("Choose a name to see that student's whole lesson.").weak());
    ui.add_space(4.0);
    egui::Grid::new("class-roster")
        .striped(true)
        .num_columns(5)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            for heading in [
                "Student",
                "Answered",
                "Last saved",
                "Handed in",
                "To look at",
            ] {
                ui.label(RichText::new(heading).strong());
            }
            ui.end_row();
            for (index, row) in rows.iter().enumerate() {
                if ui
                    .link(&row.name)
                    .on_hover_text(format!("Show {}'s whole lesson", row.name))
                    .clicked()
                {
                    commands.push(Command::Class(ClassCommand::Show(ClassPage::Student(
                        index,
                    ))));
                }
                ui.label(format!("{} of {}", row.answered, row.total));
                ui.label(&row.last_saved);
                ui.label(if row.handed_in {
                    "✓ Handed in"
                } else {
                    "Not handed in"
                });
                let flags: Vec<String> = row.flags.iter().map(|f| f.label()).collect();
                if flags.is_empty() {
                    ui.label("—");
                } else {
                    ui.label(RichText::new(flags.join(", ")).color(theme.warning_colour()));
                }
                ui.end_row();
            }
        });
    commands
}

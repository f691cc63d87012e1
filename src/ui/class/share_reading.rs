//! In the "Return feedback to the class?" question: the teacher's choice to
//! let the students see the class's reading (the anonymous heat map), or
//! why this class is too small for it.

use egui::{RichText, Ui};

use crate::class::reading::MIN_STUDENTS;
use crate::tr;
use crate::ui::command::{ClassCommand, Command};

/// The check box for a class of `students`, ticked when `on`; returns the
/// teacher's change. Disabled, and saying why, below [`MIN_STUDENTS`].
pub fn share_reading_ui(ui: &mut Ui, students: usize, on: bool) -> Option<Command> {
    let allowed = students >= MIN_STUDENTS;
    let mut ticked = on && allowed;
    let changed = ui
        .add_enabled(
            allowed,
            egui::Checkbox::new(&mut ticked, tr!("class-share-reading")),
        )
        .changed();
    let help = if allowed {
        tr!("class-share-reading-help")
    } else {
        tr!(
            "class-share-reading-too-few",
            count = students,
            least = MIN_STUDENTS
        )
    };
    ui.label(RichText::new(help).weak());
    changed.then_some(Command::Class(ClassCommand::ShareReading(ticked)))
}

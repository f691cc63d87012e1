//! The export window: pick a format, then save.

use crate::tr;
use egui::{Response, RichText, Ui};

use crate::export::Format;

use super::command::Command;
use super::radio_group::{RadioOption, radio_group_ui};

/// The choices in the export window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportChoice {
    /// The file format.
    pub format: Format,
    /// Quote the excerpts in full.
    pub include_excerpts: bool,
    /// Offer the teacher's choices (teacher's view only): a teacher's copy
    /// with answer keys and notes, and room for comments in Word.
    pub for_teacher: bool,
    /// A teacher's copy: answer keys and teacher notes.
    pub teacher_copy: bool,
    /// Word: an empty "Comment:" paragraph under each answer.
    pub comment_space: bool,
}

/// Draws the export window's contents; returns its commands and its first
/// widget (which gets the keyboard when the window opens).
pub fn export_dialog_ui(ui: &mut Ui, choice: ExportChoice) -> (Vec<Command>, Option<Response>) {
    let mut commands = Vec::new();
    ui.label(tr!("export-dialog-intro"));
    ui.add_space(4.0);
    let format_name = tr!("export-dialog-format");
    ui.label(RichText::new(&format_name).strong());
    let options: Vec<RadioOption> = Format::ALL
        .iter()
        .map(|f| RadioOption::plain(f.label().to_owned()))
        .collect();
    let selected = Format::ALL.iter().position(|&f| f == choice.format);
    let (chosen, formats) = radio_group_ui(ui, &format_name, &options, selected, false);
    if let Some(format) = chosen.and_then(|i| Format::ALL.get(i)) {
        commands.push(Command::SetExportFormat(*format));
    }
    ui.add_space(4.0);
    let mut include = choice.include_excerpts;
    if ui
        .checkbox(&mut include, tr!("export-dialog-excerpts"))
        .changed()
    {
        commands.push(Command::SetIncludeExcerpts(include));
    }
    // Only in the teacher's view: a student's window never offers the keys.
    if choice.for_teacher {
        let mut teacher_copy = choice.teacher_copy;
        if ui
            .checkbox(&mut teacher_copy, tr!("export-dialog-teacher-copy"))
            .changed()
        {
            commands.push(Command::SetTeacherCopy(teacher_copy));
        }
        let mut comment_space = choice.comment_space;
        if ui
            .checkbox(&mut comment_space, tr!("export-dialog-comment-space"))
            .changed()
        {
            commands.push(Command::SetCommentSpace(comment_space));
        }
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(tr!("dialog-save")).clicked() {
            commands.push(Command::ExportNow);
        }
        if ui.button(tr!("dialog-cancel")).clicked() {
            commands.push(Command::CloseExport);
        }
    });
    (commands, Some(formats))
}

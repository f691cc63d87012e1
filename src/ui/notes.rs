//! The notes pane: a note for the current section and the lesson's notebook.

use crate::tr;
use egui::{RichText, TextEdit, Ui};

use crate::lesson::Section;
use crate::work::Work;

use super::command::Command;

/// Draws the section note, the notebook, and any answers to prompts the
/// lesson no longer has (kept, never dropped).
pub fn notes_ui(
    ui: &mut Ui,
    section: &Section,
    work: &Work,
    removed_answers: &[(String, String)],
    focus: bool,
) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.label(RichText::new(tr!("notes-heading")).strong());
    let label = ui.label(tr!("notes-section", title = section.title.as_str()));
    let mut note = work.section_note(&section.id).to_owned();
    // Notes written in Arabic or Hebrew start at the right edge, as answers do.
    let align = crate::ui::mixed_text::text_align(&note);
    let response = ui.add(
        TextEdit::multiline(&mut note)
            .align(align)
            .id(egui::Id::unique(("section-note", &section.id)))
            .hint_text(tr!("notes-section.hint"))
            .desired_rows(6)
            .desired_width(f32::INFINITY),
    );
    let response = response.labelled_by(label.id);
    if focus {
        response.request_focus();
    }
    if response.changed() {
        commands.push(Command::SetSectionNote {
            section: section.id.clone(),
            text: note,
        });
    }
    ui.add_space(8.0);
    let label = ui.label(tr!("notes-notebook"));
    let mut notebook = work.notebook.clone();
    let align = crate::ui::mixed_text::text_align(&notebook);
    let response = ui.add(
        TextEdit::multiline(&mut notebook)
            .align(align)
            .id(egui::Id::unique("notebook"))
            .hint_text(tr!("notes-notebook.hint"))
            .desired_rows(10)
            .desired_width(f32::INFINITY),
    );
    if response.labelled_by(label.id).changed() {
        commands.push(Command::SetNotebook(notebook));
    }
    if !removed_answers.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new(tr!("notes-removed-answers")).strong());
        ui.label(RichText::new(tr!("notes-removed-answers.explained")).weak());
        for (id, text) in removed_answers {
            ui.label(tr!(
                "notes-removed-answer",
                id = id.as_str(),
                text = text.as_str()
            ));
        }
    }
    commands
}

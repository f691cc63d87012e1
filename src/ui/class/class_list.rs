//! The class list on the roster: how many listed students have no work,
//! and a box to type or paste the names (one a line, or cells copied from
//! a spreadsheet), so every student is listed whether or not they handed in.

use egui::{RichText, TextEdit, Ui};

use crate::tr;
use crate::ui::command::{ClassCommand, Command};

use super::ClassShown;

/// "Class list: 28 names · Edit…", or the box to write it in.
pub fn class_list_ui(ui: &mut Ui, shown: &ClassShown<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let Some(text) = shown.list_text else {
        ui.horizontal_wrapped(|ui| {
            let count = shown.list.names.len();
            if count == 0 {
                ui.label(tr!("class-list-none"));
            } else {
                ui.label(tr!("class-list-count", count = count));
            }
            let button = if count == 0 {
                tr!("class-list-add")
            } else {
                tr!("class-list-edit")
            };
            if ui
                .button(button)
                .on_hover_text(tr!("class-list-add.tooltip"))
                .clicked()
            {
                commands.push(Command::Class(ClassCommand::EditList(Some(
                    shown.list.names.join("\n"),
                ))));
            }
        });
        return commands;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let label = ui.label(RichText::new(tr!("class-list-box")).strong());
        ui.label(RichText::new(tr!("class-list-box-help")).weak());
        let mut text = text.to_owned();
        let field = ui
            .add(
                TextEdit::multiline(&mut text)
                    .id(egui::Id::unique("class-list-text"))
                    .desired_rows(6)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if field.changed() {
            commands.push(Command::Class(ClassCommand::EditList(Some(text.clone()))));
        }
        ui.horizontal_wrapped(|ui| {
            let names = crate::class::class_list::parse_class_list(&text, false).len();
            if ui.button(tr!("class-list-use", count = names)).clicked() {
                commands.push(Command::Class(ClassCommand::SetList(text.clone())));
            }
            if ui.button(tr!("class-list-cancel")).clicked() {
                commands.push(Command::Class(ClassCommand::EditList(None)));
            }
        });
    });
    commands
}

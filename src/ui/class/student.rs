//! One student's whole lesson, as their export shows it, with the answer
//! keys and teacher notes; their other copies, with a choice of which to
//! show.

use egui::{RichText, Ui};

use crate::class::review::{display_name, roster};
use crate::export::{ExportDoc, ExportOptions};
use crate::feedback::{marks_summary, total};
use crate::tr;
use crate::ui::command::{ClassCommand, Command};
use crate::ui::theme::ThemeChoice;

use crate::ui::long_text::long_text_ui;

use super::feedback_edit::{Who, answer_feedback_edit_ui, overall_feedback_edit_ui};
use super::{ClassPage, ClassShown, step_ui};

/// Draws student `index`'s work.
pub fn student_ui(
    ui: &mut Ui,
    shown: &ClassShown<'_>,
    index: usize,
    focus: bool,
    theme: ThemeChoice,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let count = shown.students.len();
    let index = index.min(count.saturating_sub(1));
    let Some(student) = shown.students.get(index) else {
        return commands;
    };
    let name = display_name(student);
    ui.add_space(8.0);
    let steps = (tr!("class-student-previous"), tr!("class-student-next"));
    let label = tr!("class-student-position", number = index + 1, count = count);
    if let Some(go) = step_ui(ui, (&steps.0, &steps.1), index, count, &label) {
        commands.push(Command::Class(ClassCommand::Show(ClassPage::Student(go))));
    }
    let shown_name = crate::bidi::display_line(&name);
    let title = crate::ui::focus::focusable_heading_said_as_ui(ui, &shown_name, &name);
    if focus {
        title.request_focus();
        title.scroll_to_me(Some(egui::Align::TOP));
    }
    if let Some(row) = roster(&shown.lesson, std::slice::from_ref(student), &[]).first() {
        let mut facts = super::roster::student_facts(row);
        facts.extend(row.flags.iter().map(|&f| crate::wording::flag(f)));
        ui.label(facts.join(" · "));
    }
    ui.label(
        RichText::new(tr!(
            "class-student-shown",
            path =
                crate::lesson::text::escape_for_display(&student.shown.path.display().to_string())
        ))
        .weak(),
    );
    if !student.others.is_empty() {
        ui.label(RichText::new(tr!("class-student-other-copies")).color(theme.warning_colour()));
        for (copy, other) in student.others.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                let saved = crate::clock::saved_at_label(&other.file.saved_at);
                ui.label(tr!(
                    "class-student-copy",
                    saved = saved.as_str(),
                    path =
                        crate::lesson::text::escape_for_display(&other.path.display().to_string())
                ));
                if ui
                    .button(tr!("class-student-show-copy", saved = saved.as_str()))
                    .clicked()
                {
                    commands.push(Command::Class(ClassCommand::PickCopy {
                        student: index,
                        copy,
                    }));
                }
            });
        }
    }
    let options = ExportOptions {
        teacher_copy: true,
        ..ExportOptions::default()
    };
    let feedback = shown.feedback.get(index).copied().flatten();
    let work = &student.shown.file.work;
    if let Some(marks) = marks_summary(total(&shown.lesson, work, feedback)) {
        ui.label(RichText::new(marks).strong());
    }
    ui.add_space(6.0);
    let own = feedback.and_then(|f| f.own_part(shown.my_key));
    if own.is_some_and(crate::feedback::TeacherFeedback::changed_since_returned) {
        // Re-returning after edits is the teacher's choice, never automatic.
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(tr!("class-student-changed", name = name.as_str()))
                    .color(theme.warning_colour()),
            );
            if ui
                .button(tr!("class-student-return-again", name = name.as_str()))
                .clicked()
            {
                commands.push(Command::Class(ClassCommand::Return(Some(index))));
            }
        });
    } else if own.is_some_and(|p| p.returned) {
        ui.label(tr!("class-student-returned", name = name.as_str()));
    } else {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("class-student-not-returned", name = name.as_str()));
            if ui
                .button(tr!("class-student-return", name = name.as_str()))
                .clicked()
            {
                commands.push(Command::Class(ClassCommand::Return(Some(index))));
            }
        });
    }
    commands.extend(overall_feedback_edit_ui(
        ui,
        index,
        &name,
        feedback,
        shown.my_key,
    ));
    let doc = ExportDoc::new(&shown.lesson, work, &name, &options);
    document_ui(ui, &doc, &shown.lesson, |ui, prompt, number| {
        commands.extend(answer_feedback_edit_ui(
            ui,
            index,
            (&shown.lesson.id, student.student()),
            Who::Question(number),
            prompt,
            work,
            (feedback, shown.my_key),
        ));
    });
    commands
}

/// The export's contents on screen: sections, questions with answers,
/// keys and notes, highlights, notes and the notebook; `after_answer` adds
/// what goes under each question (the teacher's feedback).
fn document_ui(
    ui: &mut Ui,
    doc: &ExportDoc,
    lesson: &crate::lesson::Lesson,
    mut after_answer: impl FnMut(&mut Ui, &crate::lesson::Prompt, usize),
) {
    // Long answers and notes are shown a part at a time, each remembered
    // per student and place.
    let long = |place: (&str, usize, usize)| egui::Id::unique(("long-text", &doc.student, place));
    let prompts: Vec<&crate::lesson::Prompt> = lesson.prompts().collect();
    let mut number = 0;
    for section in &doc.sections {
        ui.add_space(12.0);
        ui.label(RichText::new(&section.title).heading());
        if let Some(note) = &section.teacher_note {
            ui.label(RichText::new(tr!("class-teacher-note", note = note.as_str())).italics());
        }
        for prompt in &section.prompts {
            ui.add_space(6.0);
            ui.label(RichText::new(&prompt.heading).strong());
            if !prompt.heading_has_whole_text() {
                ui.label(&prompt.text);
            }
            for (option, chosen) in &prompt.options {
                ui.label(if *chosen {
                    tr!("class-student-option-chosen", option = option.as_str())
                } else {
                    tr!("class-student-option", option = option.as_str())
                });
            }
            if prompt.is_blank() {
                ui.label(RichText::new(tr!("class-student-not-answered")).weak());
            } else if !prompt.answer.is_empty() || !prompt.cited.is_empty() {
                answer_ui(
                    ui,
                    &prompt.answer,
                    &prompt.cited,
                    long(("answer", number, 0)),
                );
            }
            if let Some(key) = &prompt.key {
                ui.label(RichText::new(tr!("class-key", key = key.as_str())).strong());
            }
            if let Some(note) = &prompt.teacher_note {
                ui.label(RichText::new(tr!("class-teacher-note", note = note.as_str())).italics());
            }
            number += 1;
            if let Some(lesson_prompt) = prompts.get(number - 1) {
                after_answer(ui, lesson_prompt, number);
            }
        }
        for (tag, lines) in &section.highlights {
            ui.label(RichText::new(tr!("class-student-highlights", tag = tag.as_str())).strong());
            for (i, line) in lines.iter().enumerate() {
                long_text_ui(ui, long((tag, number, i)), line);
            }
        }
        if !section.note.trim().is_empty() {
            ui.label(RichText::new(tr!("class-student-notes")).strong());
            long_text_ui(ui, long(("notes", number, 0)), &section.note);
        }
    }
    if !doc.notebook.trim().is_empty() {
        ui.add_space(12.0);
        ui.label(RichText::new(tr!("class-student-notebook")).heading());
        long_text_ui(ui, long(("notebook", 0, 0)), &doc.notebook);
    }
}

/// A student's answer, set apart from the question: "Answer", then its
/// lines and what it cites, on a faint background.
pub(super) fn answer_ui(ui: &mut Ui, lines: &[String], cited: &[(String, String)], id: egui::Id) {
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .inner_margin(egui::Margin::symmetric(8, 4))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(tr!("class-student-answer")).strong());
            answer_lines_ui(ui, lines, cited, id);
        });
}

/// An answer's lines (each shown a part at a time when long) and the
/// passages it cites.
pub(super) fn answer_lines_ui(
    ui: &mut Ui,
    lines: &[String],
    cited: &[(String, String)],
    id: egui::Id,
) {
    for (i, line) in lines.iter().enumerate() {
        long_text_ui(ui, id.with(i), line);
    }
    for (speaker, text) in cited {
        ui.label(
            RichText::new(tr!(
                "class-student-cites",
                speaker = speaker.as_str(),
                text = text.as_str()
            ))
            .weak(),
        );
    }
}

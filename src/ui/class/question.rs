//! One question across the class: the question, its key and the teacher's
//! note, a chart of the class's choices or ratings (the key marked, counts
//! in words), and every student's answer with the passages they cited.

use egui::{RichText, Ui};

use crate::ui::mixed_text::styled_name_label_ui;

use crate::class::review::{QuestionAt, display_name, questions, tally, unanswered};
use crate::export::{ExportOptions, export_prompt};
use crate::feedback::{mark, mark_text};
use crate::tr;
use crate::ui::command::{ClassCommand, Command};
use crate::work::removed_answers;

use super::feedback_edit::{Who, answer_feedback_edit_ui};
use super::{ClassPage, ClassShown, list_part_ui, step_ui, table_row_ui};

/// Draws question `index` (through the lesson) across the class.
pub fn question_ui(ui: &mut Ui, shown: &ClassShown<'_>, index: usize, focus: bool) -> Vec<Command> {
    let mut commands = Vec::new();
    let all = questions(&shown.lesson);
    let removed = removed_count(shown);
    // One page more than the questions: answers to removed questions.
    let pages = all.len() + usize::from(removed > 0);
    ui.add_space(8.0);
    commands.extend(picker_ui(ui, &all, removed));
    if index >= all.len() && removed > 0 {
        let steps = (tr!("class-question-previous"), tr!("class-question-next"));
        let label = tr!("class-removed-heading", count = removed);
        if let Some(go) = step_ui(ui, (&steps.0, &steps.1), all.len(), pages, &label) {
            commands.push(Command::Class(ClassCommand::Show(ClassPage::Question(go))));
        }
        removed_ui(ui, shown, focus);
        return commands;
    }
    let Some(at) = all.get(index.min(all.len().saturating_sub(1))) else {
        ui.label(tr!("class-question-none"));
        return commands;
    };
    let index = at.number - 1;
    let label = tr!(
        "class-question-position",
        number = at.number,
        count = all.len()
    );
    let steps = (tr!("class-question-previous"), tr!("class-question-next"));
    if let Some(go) = step_ui(ui, (&steps.0, &steps.1), index, pages, &label) {
        commands.push(Command::Class(ClassCommand::Show(ClassPage::Question(go))));
    }
    ui.label(
        RichText::new(tr!(
            "class-question-section",
            section = at.section.title.as_str()
        ))
        .weak(),
    );
    let heading = tr!(
        "class-question-heading",
        number = at.number,
        kind = crate::wording::prompt_kind(&at.prompt.kind)
    );
    let title = crate::ui::focus::focusable_heading_ui(ui, &heading);
    if focus {
        title.request_focus();
        title.scroll_to_me(Some(egui::Align::TOP));
    }
    ui.label(&at.prompt.text);
    if let Some(points) = at.prompt.out_of() {
        ui.label(tr!("class-question-worth", points = points));
    }
    for level in &at.prompt.rubric {
        ui.label(
            RichText::new(tr!(
                "class-rubric-level",
                label = level.label.as_str(),
                points = level.points,
                description = level.description.as_str()
            ))
            .weak(),
        );
    }
    if let Some(key) = at.prompt.answer_key() {
        ui.label(RichText::new(tr!("class-key", key = key)).strong());
    }
    if let Some(note) = &at.prompt.teacher {
        ui.label(RichText::new(tr!("class-teacher-note", note = note.as_str())).italics());
    }
    let missing = unanswered(at.prompt, shown.students);
    let answered = shown.students.len() - missing.len();
    // The average is over those who answered and have a mark: a student
    // who did not answer is "not answered", never a 0 in the average.
    let marks: Vec<f32> = shown
        .students
        .iter()
        .enumerate()
        .filter(|(i, _)| missing.binary_search(i).is_err())
        .filter_map(|(i, s)| {
            let feedback = shown.feedback.get(i).copied().flatten();
            mark(at.prompt, &s.shown.file.work, feedback).map(|m| m.value())
        })
        .collect();
    if !marks.is_empty() {
        let average = marks.iter().sum::<f32>() / marks.len() as f32;
        let out_of = at
            .prompt
            .out_of()
            .map(|p| tr!("class-question-out-of", points = p))
            .unwrap_or_default();
        ui.label(tr!(
            "class-question-average",
            average = mark_text(average),
            out_of = out_of,
            students = marks.len()
        ));
    }
    if !shown.students.is_empty() {
        ui.label(tr!(
            "class-question-share-answered",
            answered = answered,
            total = shown.students.len(),
            percent = answered * 100 / shown.students.len()
        ));
    }
    let counts = tally(at.prompt, shown.students);
    if !counts.is_empty() {
        ui.add_space(8.0);
        chart_ui(ui, &counts, shown.students.len());
    }
    ui.add_space(8.0);
    ui.label(
        RichText::new(tr!(
            "class-question-answers",
            answered = answered,
            total = shown.students.len()
        ))
        .strong(),
    );
    let options = ExportOptions {
        teacher_copy: true,
        ..ExportOptions::default()
    };
    let (part, go) = list_part_ui(ui, shown.list_from, shown.students.len());
    if let Some(from) = go {
        commands.push(Command::Class(ClassCommand::ListFrom(from)));
    }
    for (i, student) in shown
        .students
        .iter()
        .enumerate()
        .take(part.end)
        .skip(part.start)
    {
        if missing.binary_search(&i).is_ok() {
            continue;
        }
        let work = &student.shown.file.work;
        let prompt = export_prompt(&shown.lesson, at.prompt, work, &options, at.number);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            styled_name_label_ui(ui, &display_name(student), RichText::strong);
            let chosen: Vec<&str> = prompt
                .options
                .iter()
                .filter(|(_, chosen)| *chosen)
                .map(|(option, _)| option.as_str())
                .collect();
            if !chosen.is_empty() {
                ui.label(tr!("class-question-chose", options = chosen.join("; ")));
            }
            let id = egui::Id::unique(("long-text", student.student(), &at.prompt.id));
            super::student::answer_lines_ui(ui, &prompt.answer, &prompt.cited, id);
            let feedback = shown.feedback.get(i).copied().flatten();
            commands.extend(answer_feedback_edit_ui(
                ui,
                i,
                (&shown.lesson.id, student.student()),
                Who::Student(&display_name(student)),
                at.prompt,
                work,
                (feedback, shown.my_key),
            ));
        });
    }
    if !missing.is_empty() {
        let names: Vec<String> = missing
            .iter()
            .filter_map(|&i| shown.students.get(i))
            .map(|s| crate::bidi::display_line(&display_name(s)).into_owned())
            .collect();
        ui.add_space(8.0);
        ui.label(
            RichText::new(tr!(
                "class-question-not-answered",
                count = names.len(),
                names = names.join(", ")
            ))
            .strong(),
        );
    }
    let no_work: Vec<String> = shown
        .rows
        .iter()
        .filter(|r| r.is_missing())
        .map(|r| r.name.clone())
        .collect();
    if !no_work.is_empty() {
        let labels =
            super::name_labels_ui(ui, &no_work.iter().map(String::as_str).collect::<Vec<_>>());
        ui.label(tr!(
            "class-question-no-work",
            count = labels.len(),
            names = labels.join(", ")
        ));
    }
    commands
}

/// How many answers the class has to questions no longer in the lesson
/// (counted with the roster's rows, not every frame).
fn removed_count(shown: &ClassShown<'_>) -> usize {
    shown
        .rows
        .iter()
        .filter_map(|r| r.work.as_ref())
        .map(|(_, facts)| facts.removed)
        .sum()
}

/// "Go to a question": every question by number and its first words, and
/// the answers to removed questions, each a button that opens its page.
fn picker_ui(ui: &mut Ui, all: &[QuestionAt<'_>], removed: usize) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::CollapsingHeader::new(tr!("class-question-picker"))
        .id_salt("question-picker")
        .show(ui, |ui| {
            for at in all {
                let text = tr!(
                    "class-question-pick",
                    number = at.number,
                    words = crate::export::first_words(&at.prompt.text)
                );
                if ui.button(text).clicked() {
                    commands.push(Command::Class(ClassCommand::Show(ClassPage::Question(
                        at.number - 1,
                    ))));
                }
            }
            if removed > 0
                && ui
                    .button(tr!("class-removed-heading", count = removed))
                    .clicked()
            {
                commands.push(Command::Class(ClassCommand::Show(ClassPage::Question(
                    all.len(),
                ))));
            }
        });
    commands
}

/// Answers to questions no longer in the lesson, student by student:
/// kept and shown, never dropped.
fn removed_ui(ui: &mut Ui, shown: &ClassShown<'_>, focus: bool) {
    let removed = removed_count(shown);
    let title =
        crate::ui::focus::focusable_heading_ui(ui, &tr!("class-removed-heading", count = removed));
    if focus {
        title.request_focus();
        title.scroll_to_me(Some(egui::Align::TOP));
    }
    ui.label(RichText::new(tr!("class-removed-help")).weak());
    for student in shown.students {
        let answers = removed_answers(&shown.lesson, &student.shown.file.work);
        if answers.is_empty() {
            continue;
        }
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            styled_name_label_ui(ui, &display_name(student), RichText::strong);
            for (id, text) in answers {
                ui.label(tr!("classfile-removed-answer", id = id, text = text));
            }
        });
    }
}

/// One row per option or rating: its text (the key marked in words), a
/// bar, and the count in words. The bar is drawn; everything it says is
/// also written, so it reads the same in grey, in print and aloud.
fn chart_ui(ui: &mut Ui, counts: &[crate::class::review::Tally], total: usize) {
    let width = ui.available_width();
    let widths = [
        (width * 0.4).max(120.0),
        240.0,
        (width * 0.6 - 260.0).max(100.0),
    ];
    for count in counts {
        let label = if count.key {
            tr!("class-question-key-option", option = count.label.as_str())
        } else {
            count.label.clone()
        };
        table_row_ui(ui, &widths, None, |ui, column| match column {
            0 => {
                let text = RichText::new(label.as_str());
                let text = if count.key { text.strong() } else { text };
                ui.add(egui::Label::new(text).wrap());
            }
            1 => {
                let height = ui.text_style_height(&egui::TextStyle::Body);
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(widths[1], height), egui::Sense::hover());
                let share = if total == 0 {
                    0.0
                } else {
                    count.count as f32 / total as f32
                };
                let visuals = ui.visuals();
                ui.painter().rect_stroke(
                    rect,
                    2.0,
                    egui::Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
                    egui::StrokeKind::Inside,
                );
                let filled = rect.with_max_x(rect.left() + rect.width() * share);
                ui.painter()
                    .rect_filled(filled, 2.0, visuals.selection.bg_fill);
            }
            _ => {
                let percent = (count.count * 100).checked_div(total).unwrap_or(0);
                ui.label(tr!(
                    "class-question-option-count",
                    count = count.count,
                    total = total,
                    percent = percent
                ));
            }
        });
    }
}

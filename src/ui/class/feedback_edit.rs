//! Where a teacher writes feedback in the class view: a comment and a mark
//! under each answer, and an overall comment on the student's page. The
//! automatic mark of a keyed choice question is shown; a mark typed here
//! replaces it, and clearing the box brings it back.

use egui::{RichText, TextEdit, Ui};

use crate::feedback::{Feedback, TeacherFeedback, auto_mark, mark_text};
use crate::lesson::Prompt;
use crate::tr;
use crate::ui::command::{ClassCommand, Command};
use crate::ui::radio_group::{RadioOption, radio_group_ui};
use crate::work::Work;

/// Whose answer a mark and comment box are for, as their labels name it:
/// the student's ("Mark for Amira K.:", on a question's page) or the
/// question's ("Mark for question 3:", on a student's page).
#[derive(Debug, Clone, Copy)]
pub enum Who<'a> {
    /// The student, by name.
    Student(&'a str),
    /// The question, by number through the lesson.
    Question(usize),
}

impl Who<'_> {
    /// The mark box's label.
    fn mark_label(self) -> String {
        match self {
            Self::Student(name) => tr!("class-feedback-mark-for-student", name = name),
            Self::Question(number) => tr!("class-feedback-mark-for-question", number = number),
        }
    }

    /// The rubric's label.
    fn rubric_label(self) -> String {
        match self {
            Self::Student(name) => tr!("class-rubric-for-student", name = name),
            Self::Question(number) => tr!("class-rubric-for-question", number = number),
        }
    }

    /// The comment box's label.
    fn comment_label(self) -> String {
        match self {
            Self::Student(name) => tr!("class-feedback-for-student", name = name),
            Self::Question(number) => tr!("class-feedback-for-question", number = number),
        }
    }
}

/// The comment and mark on `prompt`'s answer by student `student`, whose
/// work on the lesson `work_of` is (lesson id, name); `who` names it for
/// the labels (the student on a question's page, the question on a
/// student's page). `feedback` is the student's
/// feedback and the teacher's key (which part of it is theirs).
pub fn answer_feedback_edit_ui(
    ui: &mut Ui,
    student: usize,
    work_of: (&str, &str),
    who: Who<'_>,
    prompt: &Prompt,
    work: &Work,
    (feedback, my_key): (Option<&Feedback>, &str),
) -> Vec<Command> {
    let mut commands = Vec::new();
    let own = feedback
        .and_then(|f| f.own_part(my_key))
        .and_then(|p| p.answers.get(&prompt.id));
    let given = feedback.and_then(|f| f.teacher_mark(&prompt.id));
    let auto = auto_mark(prompt, &work.answer(&prompt.id));
    if !prompt.rubric.is_empty() {
        commands.extend(rubric_ui(ui, student, who, prompt, given));
    }
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(who.mark_label());
        // What is typed is kept while the box has the keyboard (so "0." can
        // become "0.5"), per lesson, student and question.
        let id = ui.make_persistent_id(("mark", work_of, &prompt.id));
        let shown = given.map(mark_text).unwrap_or_default();
        let mut typed: String = ui.data(|d| d.get_temp(id)).unwrap_or(shown);
        let hint = auto
            .map(|a| tr!("class-feedback-auto-hint", mark = mark_text(a)))
            .unwrap_or_default();
        // Wide enough for its placeholder or what is typed, whichever is
        // longer (never "au…").
        let font = egui::TextStyle::Body.resolve(ui.style());
        let longest = if hint.chars().count() > typed.chars().count() {
            hint.clone()
        } else {
            typed.clone()
        };
        let width = ui
            .fonts_mut(|f| {
                f.layout_no_wrap(longest, font, egui::Color32::WHITE)
                    .size()
                    .x
            })
            .max(40.0)
            + 16.0;
        let field = ui
            .add(
                TextEdit::singleline(&mut typed)
                    .id(id.with("box"))
                    .desired_width(width)
                    .hint_text(hint),
            )
            .labelled_by(label.id);
        // A change is taken first: typing and Tab can come in one frame.
        if field.changed() {
            ui.data_mut(|d| d.insert_temp(id, typed.clone()));
            if let Ok(mark) = parse_mark(&typed) {
                commands.push(Command::Class(ClassCommand::Mark {
                    student,
                    prompt: prompt.id.clone(),
                    mark,
                }));
            }
        }
        if field.lost_focus() {
            ui.data_mut(|d| d.remove::<String>(id));
        }
        if let Some(points) = prompt.out_of() {
            ui.label(tr!("class-feedback-out-of", points = points));
        }
        if parse_mark(&typed).is_err() {
            ui.label(
                RichText::new(tr!("class-feedback-mark-not-number"))
                    .color(ui.visuals().warn_fg_color),
            );
        } else if let Some(auto) = auto {
            let words = match given {
                Some(_) => tr!("class-feedback-replaces-auto", mark = mark_text(auto)),
                None if auto > 0.0 => tr!("class-feedback-auto-matches", mark = mark_text(auto)),
                None => tr!("class-feedback-auto-does-not-match", mark = mark_text(auto)),
            };
            ui.label(RichText::new(words).weak());
        }
    });
    if let Some(f) = feedback {
        others_ui(ui, f, my_key, |p| {
            p.answers.get(&prompt.id).map_or("", |a| a.comment.as_str())
        });
    }
    let label = ui.label(who.comment_label());
    let comment = own.map(|a| a.comment.clone()).unwrap_or_default();
    // One line to start with; it grows as the teacher writes.
    commands.extend(comment_ui(
        ui,
        (&label, egui::Id::unique(("comment", work_of, &prompt.id))),
        (comment, 1),
        (student, Some(prompt.id.clone())),
    ));
    commands
}

/// The rubric's levels as one group of choices (a Tab stop; ↑/↓ choose):
/// choosing one gives its points as the teacher's mark.
fn rubric_ui(
    ui: &mut Ui,
    student: usize,
    who: Who<'_>,
    prompt: &Prompt,
    given: Option<f32>,
) -> Option<Command> {
    let options: Vec<RadioOption> = prompt
        .rubric
        .iter()
        .map(|level| {
            let text = tr!(
                "class-rubric-choice",
                label = level.label.as_str(),
                points = level.points
            );
            RadioOption {
                spoken: tr!(
                    "class-rubric-choice.name",
                    label = level.label.as_str(),
                    points = level.points,
                    description = level.description.as_str()
                ),
                text,
            }
        })
        .collect();
    let selected =
        given.and_then(|mark| prompt.rubric.iter().position(|l| l.points as f32 == mark));
    let name = who.rubric_label();
    ui.label(RichText::new(&name).strong());
    let (chosen, _) = radio_group_ui(ui, &name, &options, selected, false);
    let level = prompt.rubric.get(chosen?)?;
    Some(Command::Class(ClassCommand::Mark {
        student,
        prompt: prompt.id.clone(),
        mark: Some(level.points as f32),
    }))
}

/// A comment box named by `label`, holding `text` with `rows` lines to
/// start with; a change is the teacher's comment on `prompt` of `student`'s
/// work (`None`: the overall comment).
fn comment_ui(
    ui: &mut Ui,
    (label, id): (&egui::Response, egui::Id),
    (mut text, rows): (String, usize),
    (student, prompt): (usize, Option<String>),
) -> Option<Command> {
    let field = ui
        .add(
            TextEdit::multiline(&mut text)
                .id(id)
                .desired_rows(rows)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    field
        .changed()
        .then_some(Command::Class(ClassCommand::Comment {
            student,
            prompt,
            text,
        }))
}

/// What other teachers wrote (each part but `my_key`'s) where `text`
/// picks it: shown above the teacher's own box, to read, not to edit.
fn others_ui<'a>(
    ui: &mut Ui,
    feedback: &'a Feedback,
    my_key: &str,
    text: impl Fn(&'a TeacherFeedback) -> &'a str,
) {
    for part in feedback.other_parts(my_key) {
        let written = text(part).trim();
        if !written.is_empty() {
            let who = crate::lesson::text::escape_for_display(&part.label()).into_owned();
            ui.label(
                RichText::new(tr!(
                    "class-feedback-other-wrote",
                    teacher = who,
                    text = written
                ))
                .weak(),
            );
        }
    }
}

/// The overall comment on student `student`'s work, named `name`, in the
/// part of the feedback that is `my_key`'s.
pub fn overall_feedback_edit_ui(
    ui: &mut Ui,
    student: usize,
    name: &str,
    feedback: Option<&Feedback>,
    my_key: &str,
) -> Vec<Command> {
    if let Some(f) = feedback {
        others_ui(ui, f, my_key, |p| p.overall.as_str());
    }
    let label = ui.label(RichText::new(tr!("class-feedback-overall-for", name = name)).strong());
    let text = feedback
        .and_then(|f| f.own_part(my_key))
        .map(|p| p.overall.clone())
        .unwrap_or_default();
    let id = egui::Id::unique(("overall-comment", student, name));
    comment_ui(ui, (&label, id), (text, 3), (student, None))
        .into_iter()
        .collect()
}

/// What a mark box holds: nothing (no mark of the teacher's), or a number
/// from 0 to 1000 ("0,5" as well as "0.5").
fn parse_mark(typed: &str) -> Result<Option<f32>, ()> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    match typed.replace(',', ".").parse::<f32>() {
        Ok(v) if v.is_finite() && (0.0..=1000.0).contains(&v) => Ok(Some(v)),
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_numbers_or_nothing() {
        assert_eq!(parse_mark(""), Ok(None));
        assert_eq!(parse_mark(" 2 "), Ok(Some(2.0)));
        assert_eq!(parse_mark("0,5"), Ok(Some(0.5)));
        assert_eq!(parse_mark("-1"), Err(()));
        assert_eq!(parse_mark("NaN"), Err(()));
        assert_eq!(parse_mark("ten"), Err(()));
    }
}

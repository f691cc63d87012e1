//! What a student sees of their teacher's feedback: at the top of each
//! section, the overall comment and their marks; under each answer, the
//! teacher's comment and mark. Their own work stays editable.

use crate::tr;
use egui::{RichText, Ui};

use crate::feedback::{Mark, StudentFeedback, mark_words, marks_summary, returned_total};
use crate::lesson::Lesson;

use super::theme::ThemeChoice;

/// "Feedback from your teacher" for the whole lesson: the overall comment,
/// the total, and comments on questions the lesson no longer has; said
/// plainly when it could not be checked, and why any was not shown.
pub fn lesson_feedback_ui(
    ui: &mut Ui,
    lesson: &Lesson,
    shown: &StudentFeedback,
    theme: ThemeChoice,
) {
    let feedback = &shown.feedback;
    frame(ui, theme, |ui| {
        for why in &shown.withheld {
            ui.label(RichText::new(why).color(theme.warning_colour()));
        }
        if !feedback.returned() {
            return;
        }
        let title = if shown.verified {
            tr!("feedback-returned-verified")
        } else {
            tr!("feedback-returned")
        };
        ui.label(RichText::new(title).strong());
        if let Some(note) = shown.unverified_note() {
            ui.label(RichText::new(note).color(theme.warning_colour()));
        }
        let overall = feedback.overall();
        if !overall.is_empty() {
            ui.label(overall);
        }
        if let Some(marks) = marks_summary(returned_total(lesson, feedback)) {
            ui.label(marks);
        }
        let note = if feedback
            .teachers
            .iter()
            .any(|t| t.answers.values().any(|a| !a.comment.trim().is_empty()))
        {
            tr!("feedback-under-answers")
        } else if feedback.has_comments() {
            tr!("feedback-no-answer-comments")
        } else {
            tr!("feedback-marks-only")
        };
        ui.label(RichText::new(note).weak());
        for (id, comment) in feedback.removed_comments(lesson) {
            ui.label(tr!("feedback-removed-question", id = id, comment = comment));
        }
    });
}

/// The teacher's comment and mark under one answer.
pub fn answer_feedback_ui(ui: &mut Ui, comment: &str, mark: Option<Mark>, theme: ThemeChoice) {
    if comment.trim().is_empty() && mark.is_none() {
        return;
    }
    frame(ui, theme, |ui| {
        ui.label(RichText::new(tr!("feedback-from-teacher")).strong());
        if !comment.trim().is_empty() {
            ui.label(comment);
        }
        if let Some(mark) = mark {
            ui.label(mark_words(mark));
        }
    });
}

/// A box set apart from the student's own work, with a coloured edge.
fn frame(ui: &mut Ui, theme: ThemeChoice, add: impl FnOnce(&mut Ui)) {
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .stroke(egui::Stroke::new(2.0, theme.ok_colour()))
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui);
        });
}

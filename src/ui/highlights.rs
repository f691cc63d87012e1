//! The section's highlights, grouped by tag: each with its words, its
//! comment, another tag, remove, and "Show" to scroll to it.

use egui::{RichText, TextEdit, Ui};

use crate::lesson::{Lesson, Section, Tag};
use crate::work::anchor::{Anchor, anchor};
use crate::work::{HighlightScope, Work, highlights_by_tag};

use super::command::Command;
use super::marking::tag_colour;
use super::theme::ThemeChoice;

/// Draws the highlights panel for `section`.
pub fn highlights_ui(
    ui: &mut Ui,
    lesson: &Lesson,
    section: &Section,
    work: &Work,
    tags: &[Tag],
    theme: ThemeChoice,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let groups = highlights_by_tag(lesson, section, work, HighlightScope::Shown);
    let count: usize = groups.iter().map(|g| g.highlights.len()).sum();
    ui.label(RichText::new(format!("Your highlights ({count})")).strong());
    if groups.is_empty() {
        ui.label(RichText::new("None yet: use “Highlight…” under a passage.").weak());
        return commands;
    }
    for group in &groups {
        let heading = match group.tag {
            Some(tag) => RichText::new(format!("■ {} ({})", tag.label, group.highlights.len()))
                .color(theme.readable(tag_colour(tag))),
            None => RichText::new(format!(
                "■ “{}”, a tag this lesson no longer has ({}): choose another tag or remove",
                group.tag_id,
                group.highlights.len()
            )),
        };
        ui.label(heading.strong());
        for &highlight in &group.highlights {
            egui::Frame::group(ui.style())
                .inner_margin(6.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let quote = format!("“{}”", highlight.quote);
                    // A highlight in a source card says which card.
                    let card = section
                        .document_of(lesson, &highlight.passage)
                        .map(|d| d.title.as_str());
                    if let Some(card) = card {
                        ui.label(RichText::new(format!("In the source “{card}”")).small());
                    }
                    match anchor(lesson, highlight) {
                        Anchor::Found(_) => ui.label(RichText::new(&quote).italics()),
                        Anchor::TextChanged => ui.label(
                            RichText::new(format!("{quote} (text changed)"))
                                .italics()
                                .weak(),
                        ),
                        Anchor::PassageRemoved => ui.label(
                            RichText::new(format!("{quote} (passage removed)"))
                                .italics()
                                .weak(),
                        ),
                    };
                    let label = ui.label(RichText::new("Comment").small());
                    let mut comment = highlight.comment.clone();
                    let response = ui.add(
                        TextEdit::singleline(&mut comment)
                            .id(egui::Id::unique(("highlight-comment", &highlight.id)))
                            .desired_width(f32::INFINITY)
                            .hint_text("Why this tag?"),
                    );
                    let spoken = format!("Comment on {quote}");
                    let response = response.labelled_by(label.id);
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::TextInput, true, &spoken)
                    });
                    if response.changed() {
                        commands.push(Command::CommentHighlight {
                            id: highlight.id.clone(),
                            text: comment,
                        });
                    }
                    // Buttons say which highlight they act on.
                    let named = |response: &egui::Response, role, text: String| {
                        response.widget_info(|| egui::WidgetInfo::labeled(role, true, &text));
                    };
                    ui.horizontal_wrapped(|ui| {
                        let combo = egui::ComboBox::new(("retag", &highlight.id), "Tag")
                            .selected_text(group.label())
                            .show_ui(ui, |ui| {
                                for other in tags {
                                    let current = other.id == group.tag_id;
                                    if ui.selectable_label(current, &other.label).clicked()
                                        && !current
                                    {
                                        commands.push(Command::RetagHighlight {
                                            id: highlight.id.clone(),
                                            tag: other.id.clone(),
                                        });
                                    }
                                }
                            });
                        named(
                            &combo.response,
                            egui::Role::ComboBox,
                            format!("Tag of {quote}"),
                        );
                        let show = ui.button("Show").on_hover_text("Scroll to these words");
                        named(
                            &show,
                            egui::Role::Button,
                            match card {
                                Some(card) => format!("Show {quote} in the source “{card}”"),
                                None => format!("Show {quote} in the passage"),
                            },
                        );
                        if show.clicked() {
                            commands.push(Command::ShowPassage(highlight.passage.clone()));
                        }
                        let remove = ui.button("Remove");
                        named(
                            &remove,
                            egui::Role::Button,
                            format!("Remove highlight {quote}"),
                        );
                        if remove.clicked() {
                            commands.push(Command::RemoveHighlight(highlight.id.clone()));
                        }
                    });
                });
        }
    }
    commands
}

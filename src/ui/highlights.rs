//! The section's highlights, grouped by tag: each with its words, its
//! comment, another tag, remove, and "Show" to scroll to it.

use egui::{RichText, TextEdit, Ui};

use crate::lesson::{Lesson, Section, Tag};
use crate::work::Work;
use crate::work::anchor::{Anchor, anchor};

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
    let passage_ids: Vec<&str> = section.passages.iter().map(|p| p.id.as_str()).collect();
    let here: Vec<_> = work
        .highlights
        .iter()
        .filter(|h| passage_ids.contains(&h.passage.as_str()))
        .collect();
    ui.label(RichText::new(format!("Your highlights ({})", here.len())).strong());
    if here.is_empty() {
        ui.label(RichText::new("None yet: use “Highlight…” under a passage.").weak());
        return commands;
    }
    for tag in tags {
        let tagged: Vec<_> = here.iter().filter(|h| h.tag == tag.id).collect();
        if tagged.is_empty() {
            continue;
        }
        ui.label(
            RichText::new(format!("■ {} ({})", tag.label, tagged.len()))
                .color(theme.readable(tag_colour(tag)))
                .strong(),
        );
        for highlight in tagged {
            egui::Frame::group(ui.style())
                .inner_margin(6.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let quote = format!("“{}”", highlight.quote);
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
                    ui.horizontal(|ui| {
                        egui::ComboBox::new(("retag", &highlight.id), "Tag")
                            .selected_text(&tag.label)
                            .show_ui(ui, |ui| {
                                for other in tags {
                                    if ui
                                        .selectable_label(other.id == tag.id, &other.label)
                                        .clicked()
                                        && other.id != tag.id
                                    {
                                        commands.push(Command::RetagHighlight {
                                            id: highlight.id.clone(),
                                            tag: other.id.clone(),
                                        });
                                    }
                                }
                            });
                        if ui
                            .button("Show")
                            .on_hover_text("Scroll to these words")
                            .clicked()
                        {
                            commands.push(Command::ShowPassage(highlight.passage.clone()));
                        }
                        if ui.button("Remove").clicked() {
                            commands.push(Command::RemoveHighlight(highlight.id.clone()));
                        }
                    });
                });
        }
    }
    commands
}

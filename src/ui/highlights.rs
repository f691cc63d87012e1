//! The section's highlights, grouped by tag: each with its words, its
//! comment, another tag, remove, and "Show" to scroll to it.

use crate::tr;
use egui::{RichText, TextEdit, Ui};

use crate::lesson::{Lesson, Section, Tag};
use crate::work::anchor::{Anchor, anchor};
use crate::work::{HighlightScope, Work, highlights_by_tag};

use super::command::Command;
use super::marking::tag_colour;
use super::radio_group::RadioOption;
use super::select::select_ui;
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
    ui.label(RichText::new(tr!("highlights-heading", count = count)).strong());
    if groups.is_empty() {
        ui.label(RichText::new(tr!("highlights-none")).weak());
        return commands;
    }
    for group in &groups {
        let heading = match group.tag {
            Some(tag) => RichText::new(tr!(
                "highlights-tag",
                tag = tag.label.as_str(),
                count = group.highlights.len()
            ))
            .color(theme.readable(tag_colour(tag))),
            None => RichText::new(tr!(
                "highlights-tag-gone",
                tag = group.tag_id,
                count = group.highlights.len()
            )),
        };
        ui.label(heading.strong());
        for &highlight in &group.highlights {
            egui::Frame::group(ui.style())
                .inner_margin(6.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let quote = highlight.quote.as_str();
                    // A highlight in a source card says which card.
                    let card = section
                        .document_of(lesson, &highlight.passage)
                        .map(|d| d.title.as_str());
                    if let Some(card) = card {
                        ui.label(RichText::new(tr!("highlights-in-source", card = card)).small());
                    }
                    // Quoted words: upright when the legible font is on.
                    let quoted = match anchor(lesson, highlight) {
                        Anchor::Found(_) => RichText::new(tr!("highlights-quote", quote = quote)),
                        Anchor::TextChanged => {
                            RichText::new(tr!("highlights-quote-changed", quote = quote)).weak()
                        }
                        Anchor::PassageRemoved => {
                            RichText::new(tr!("highlights-quote-removed", quote = quote)).weak()
                        }
                    };
                    ui.label(super::lesson_text::aside(ui, quoted));
                    let label = ui.label(RichText::new(tr!("highlights-comment")).small());
                    let mut comment = highlight.comment.clone();
                    let response = ui.add(
                        TextEdit::singleline(&mut comment)
                            .id(egui::Id::unique(("highlight-comment", &highlight.id)))
                            .desired_width(f32::INFINITY)
                            .hint_text(tr!("highlights-comment.hint")),
                    );
                    let spoken = tr!("highlights-comment.name", quote = quote);
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
                        let options: Vec<RadioOption> = tags
                            .iter()
                            .map(|t| RadioOption::plain(t.label.clone()))
                            .collect();
                        let current = tags.iter().position(|t| t.id == group.tag_id);
                        ui.label(tr!("highlights-tag-menu"));
                        let (chosen, _) = select_ui(
                            ui,
                            ui.make_persistent_id(("retag", &highlight.id)),
                            (
                                &tr!("highlights-tag-menu.name", quote = quote),
                                group.label(),
                            ),
                            &options,
                            current,
                        );
                        if let Some(tag) = chosen.and_then(|i| tags.get(i)) {
                            commands.push(Command::RetagHighlight {
                                id: highlight.id.clone(),
                                tag: tag.id.clone(),
                            });
                        }
                        let show = ui
                            .button(tr!("highlights-show"))
                            .on_hover_text(tr!("highlights-show.tooltip"));
                        named(
                            &show,
                            egui::Role::Button,
                            match card {
                                Some(card) => {
                                    tr!("highlights-show.in-source", quote = quote, card = card)
                                }
                                None => tr!("highlights-show.name", quote = quote),
                            },
                        );
                        if show.clicked() {
                            commands.push(Command::ShowPassage(highlight.passage.clone()));
                        }
                        let remove = ui.button(tr!("highlights-remove"));
                        named(
                            &remove,
                            egui::Role::Button,
                            tr!("highlights-remove.name", quote = quote),
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

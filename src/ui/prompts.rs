//! One widget per prompt kind, each labelled with the prompt's text so
//! screen readers announce what the field is for.

use egui::{Response, RichText, TextEdit, Ui};

use crate::lesson::{Lesson, Prompt, PromptKind, Section};
use crate::work::{Answer, is_answered};

use super::command::Command;
use super::theme::ThemeChoice;

/// What a prompt widget needs to know.
pub struct PromptView<'a> {
    /// The lesson (for passages and speakers).
    pub lesson: &'a Lesson,
    /// The section the prompt is in.
    pub section: &'a Section,
    /// The prompt.
    pub prompt: &'a Prompt,
    /// Its number in the section, from 1.
    pub number: usize,
    /// The student's answer so far.
    pub answer: Answer,
    /// Whether the hint is showing.
    pub hint_shown: bool,
    /// The student's work (for highlights to cite).
    pub work: &'a crate::work::Work,
    /// Colours.
    pub theme: ThemeChoice,
}

/// Draws a prompt and its answer widget.
pub fn prompt_ui(ui: &mut Ui, view: PromptView<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let PromptView { prompt, theme, .. } = view;
    let mut answer = view.answer.clone();
    egui::Frame::group(ui.style())
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!(
                        "Question {} · {}",
                        view.number,
                        prompt.kind.label()
                    ))
                    .small()
                    .weak(),
                );
                if is_answered(prompt, &view.answer) {
                    ui.label(RichText::new("✓ Answered").small().color(theme.ok_colour()));
                }
            });
            let label = ui.label(RichText::new(&prompt.text).strong());
            let changed = match &prompt.kind {
                PromptKind::Open => text_ui(ui, &mut answer.text, &label, 4, "Your answer"),
                PromptKind::Short => {
                    let response = ui.add(
                        TextEdit::singleline(&mut answer.text)
                            .hint_text("Your answer")
                            .desired_width(f32::INFINITY),
                    );
                    response.labelled_by(label.id).changed()
                }
                PromptKind::Choice { options, .. } => choice_ui(ui, options, &mut answer.chosen),
                PromptKind::Choices { options, .. } => choices_ui(ui, options, &mut answer.chosen),
                PromptKind::Rating {
                    min,
                    max,
                    low,
                    high,
                } => rating_ui(ui, (*min, *max), (low, high), &mut answer, theme),
                PromptKind::Evidence { passage, .. } => {
                    evidence_ui(ui, &view, passage.as_deref(), &mut answer, &label)
                }
            };
            if changed {
                commands.push(Command::SetAnswer {
                    prompt: prompt.id.clone(),
                    answer,
                });
            }
            if let Some(hint) = &prompt.hint {
                let text = if view.hint_shown {
                    "Hide hint"
                } else {
                    "Show hint"
                };
                if ui.button(text).clicked() {
                    commands.push(Command::ToggleHint(prompt.id.clone()));
                }
                if view.hint_shown {
                    ui.label(RichText::new(format!("Hint: {hint}")).italics());
                }
            }
        });
    commands
}

fn text_ui(ui: &mut Ui, text: &mut String, label: &Response, rows: usize, hint: &str) -> bool {
    let response = ui.add(
        TextEdit::multiline(text)
            .hint_text(hint)
            .desired_rows(rows)
            .desired_width(f32::INFINITY),
    );
    response.labelled_by(label.id).changed()
}

fn choice_ui(ui: &mut Ui, options: &[String], chosen: &mut Vec<usize>) -> bool {
    let mut changed = false;
    for (index, option) in options.iter().enumerate() {
        let selected = chosen.first() == Some(&index);
        if ui.radio(selected, option).clicked() && !selected {
            *chosen = vec![index];
            changed = true;
        }
    }
    changed
}

fn choices_ui(ui: &mut Ui, options: &[String], chosen: &mut Vec<usize>) -> bool {
    let mut changed = false;
    for (index, option) in options.iter().enumerate() {
        let mut checked = chosen.contains(&index);
        if ui.checkbox(&mut checked, option).changed() {
            chosen.retain(|&i| i != index);
            if checked {
                chosen.push(index);
                chosen.sort_unstable();
            }
            changed = true;
        }
    }
    changed
}

fn rating_ui(
    ui: &mut Ui,
    (min, max): (i32, i32),
    (low, high): (&str, &str),
    answer: &mut Answer,
    theme: ThemeChoice,
) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        if !low.is_empty() {
            ui.label(RichText::new(format!("{min} = {low}")).weak());
        }
        for value in min..=max {
            let selected = answer.rating == Some(value);
            let radio = ui.radio(selected, value.to_string());
            // Screen readers hear the scale, not a bare number.
            let spoken = format!("{value} on a scale of {min} to {max}");
            radio.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::RadioButton, true, selected, &spoken)
            });
            if radio.clicked() && !selected {
                answer.rating = Some(value);
                changed = true;
            }
        }
        if !high.is_empty() {
            ui.label(RichText::new(format!("{max} = {high}")).weak());
        }
    });
    let why = ui.label("Why did you choose this number? (needed)");
    changed |= text_ui(
        ui,
        &mut answer.text,
        &why,
        3,
        "Explain your rating, using the text",
    );
    if answer.rating.is_some() && answer.text.trim().is_empty() {
        ui.label(
            RichText::new("Write why you chose this number to finish this question.")
                .color(theme.warning_colour()),
        );
    }
    changed
}

fn evidence_ui(
    ui: &mut Ui,
    view: &PromptView<'_>,
    asked: Option<&str>,
    answer: &mut Answer,
    label: &Response,
) -> bool {
    let mut changed = false;
    if let PromptKind::Evidence { tag: Some(tag), .. } = &view.prompt.kind
        && let Some(tag) = view.lesson.annotation_tags().iter().find(|t| &t.id == tag)
    {
        ui.label(RichText::new(format!("Look for: {}. {}", tag.label, tag.description)).italics());
    }
    match asked.and_then(|id| view.lesson.passage(id)) {
        Some(passage) => {
            let speaker = view
                .lesson
                .speaker(&passage.speaker)
                .map_or(passage.speaker.as_str(), |s| s.name.as_str());
            egui::Frame::new()
                .fill(ui.visuals().faint_bg_color)
                .inner_margin(8.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.label(
                        RichText::new(format!("The passage this asks about ({speaker}):"))
                            .small()
                            .weak(),
                    );
                    ui.label(RichText::new(format!("“{}”", passage.text)).italics());
                });
        }
        None => {
            let current = answer
                .cited
                .first()
                .and_then(|id| view.section.passages.iter().find(|p| &p.id == id));
            let shown = current.map_or_else(|| "Choose a passage…".to_owned(), |p| short(&p.text));
            egui::ComboBox::new(("cite", &view.prompt.id), "Passage you cite")
                .selected_text(shown)
                .width(ui.available_width().min(420.0))
                .show_ui(ui, |ui| {
                    for passage in &view.section.passages {
                        let selected = answer.cited.first() == Some(&passage.id);
                        if ui
                            .selectable_label(selected, short(&passage.text))
                            .clicked()
                            && !selected
                        {
                            answer.cited = vec![passage.id.clone()];
                            changed = true;
                        }
                    }
                });
        }
    }
    changed |= cite_highlights_ui(ui, view, answer);
    changed
        | text_ui(
            ui,
            &mut answer.text,
            label,
            4,
            "Your answer: quote the words you mean",
        )
}

/// The student's highlights in this section, to cite as evidence.
fn cite_highlights_ui(ui: &mut Ui, view: &PromptView<'_>, answer: &mut Answer) -> bool {
    let ids: Vec<&str> = view
        .section
        .passages
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    let tags = view.lesson.annotation_tags();
    let mut changed = false;
    let mine: Vec<_> = view
        .work
        .highlights
        .iter()
        .filter(|h| ids.contains(&h.passage.as_str()))
        .collect();
    if mine.is_empty() {
        return false;
    }
    ui.label(RichText::new("Cite your highlights:").small());
    for highlight in mine {
        let tag = tags
            .iter()
            .find(|t| t.id == highlight.tag)
            .map_or(highlight.tag.as_str(), |t| t.label.as_str());
        let mut cited = answer.highlights.contains(&highlight.id);
        if ui
            .checkbox(&mut cited, format!("“{}” [{tag}]", short(&highlight.quote)))
            .changed()
        {
            answer.highlights.retain(|id| id != &highlight.id);
            if cited {
                answer.highlights.push(highlight.id.clone());
            }
            changed = true;
        }
    }
    changed
}

/// The first words of a passage, for menus.
fn short(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{}…", cut.trim_end())
    }
}

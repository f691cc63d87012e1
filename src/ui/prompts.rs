//! One widget per prompt kind, each labelled with the prompt's text so
//! screen readers announce what the field is for.

use crate::tr;
use egui::{Response, RichText, TextEdit, Ui};

use crate::lesson::text::shorten;
use crate::lesson::{Lesson, Prompt, PromptKind, Section};
use crate::work::{Answer, is_answered};

use super::command::Command;
use super::lesson_text::{aside, spaced};
use super::radio_group::{RadioOption, radio_group_ui};
use super::read_aloud::{ButtonWords, read_words_ui};
use super::select::select_ui;
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
    /// Move the keyboard focus to this prompt's answer.
    pub focus: bool,
    /// The teacher's view: the answer key, the teacher note, the hint and
    /// the prompt's id are shown.
    pub teacher_view: bool,
    /// Why nothing can be read aloud, when that is so.
    pub speech: Option<&'a str>,
    /// The teacher's comment and mark, once the work has been returned.
    pub feedback: Option<(String, Option<crate::feedback::Mark>)>,
}

/// Draws a prompt and its answer widget, as one group a screen reader names
/// with the question.
pub fn prompt_ui(ui: &mut Ui, view: PromptView<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let PromptView { prompt, theme, .. } = view;
    let mut answer = view.answer.clone();
    let name = tr!(
        "prompt-name",
        number = view.number,
        optional = optional(prompt.optional),
        text = prompt.text.as_str()
    );
    let frame = egui::Frame::group(ui.style())
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let group = egui::UiBuilder::new().accessibility_label(name.clone());
            ui.scope_builder(group, |ui| {
                let group_id = ui.unique_id();
                ui.ctx()
                    .accesskit_node_builder(group_id, |node| node.set_role(egui::Role::Group));
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(tr!(
                            "prompt-heading",
                            number = view.number,
                            kind = crate::wording::prompt_kind(&prompt.kind),
                            optional = optional(prompt.optional)
                        ))
                        .small(),
                    );
                    if is_answered(prompt, &view.answer) {
                        ui.label(
                            RichText::new(tr!("prompt-answered"))
                                .small()
                                .color(theme.ok_colour()),
                        );
                    }
                    let spoken = tr!("prompt-read-aloud.name", number = view.number);
                    let hint = tr!("prompt-read-aloud.tooltip");
                    let text = tr!("prompt-read-aloud");
                    if super::read_aloud::read_button_ui(ui, view.speech, &text, &spoken, &hint) {
                        commands.push(Command::ReadPrompt(prompt.id.clone()));
                    }
                });
                let label = ui.label(spaced(ui, RichText::new(&prompt.text).strong()));
                question_terms_ui(ui, view.lesson, &prompt.text);
                points_and_rubric_ui(ui, prompt, view.number);
                let (changed, first) =
                    answer_ui(ui, &view, (&mut answer, &label), &name, &mut commands);
                if view.focus {
                    first.request_focus();
                }
                if changed {
                    commands.push(Command::SetAnswer {
                        prompt: prompt.id.clone(),
                        answer,
                    });
                }
                if let Some((comment, mark)) = &view.feedback {
                    super::feedback_view::answer_feedback_ui(ui, comment, *mark, theme);
                }
                if view.teacher_view {
                    teacher_notes_ui(ui, &view);
                } else {
                    commands.extend(hint_ui(ui, &view));
                }
            });
        });
    if view.focus {
        // The question's words stay in view above its answer (Ctrl+J, F6).
        frame.response.scroll_to_me(Some(egui::Align::TOP));
    }
    commands
}

/// What the question is worth, when the lesson says, and its rubric,
/// folded: the student's choice to open, as a rubric handed out in class.
fn points_and_rubric_ui(ui: &mut Ui, prompt: &crate::lesson::Prompt, number: usize) {
    if prompt.points.is_none() && prompt.rubric.is_empty() {
        return;
    }
    if let Some(points) = prompt.out_of() {
        ui.label(RichText::new(tr!("prompt-worth", points = points)).small());
    }
    if prompt.rubric.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(tr!("prompt-rubric", number = number))
        .id_salt(("rubric", &prompt.id))
        .default_open(false)
        .show(ui, |ui| {
            for level in &prompt.rubric {
                ui.label(tr!(
                    "prompt-rubric-level",
                    label = level.label.as_str(),
                    points = level.points,
                    description = level.description.as_str()
                ));
            }
        });
}

/// The glossary terms a question uses, each with its definition on hover
/// and focus (the question text itself stays one label, which names the
/// answer box for screen readers).
fn question_terms_ui(ui: &mut Ui, lesson: &crate::lesson::Lesson, text: &str) {
    use crate::lesson::glossary::{Segment, split_terms};
    let mut used: Vec<(usize, &str)> = Vec::new();
    for segment in split_terms(text, &lesson.glossary) {
        if let Segment::Term(words, index) = segment
            && !used.iter().any(|(i, _)| *i == index)
        {
            used.push((index, words));
        }
    }
    if used.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!("prompt-words-explained")).small());
        for (index, words) in used {
            if let Some(term) = lesson.glossary.get(index) {
                super::excerpt::term_ui(ui, term, RichText::new(words).small(), (words, None));
            }
        }
    });
}

/// The answer widget for the prompt's kind. Returns whether the answer
/// changed, and the first widget a Tab stops at.
fn answer_ui(
    ui: &mut Ui,
    view: &PromptView<'_>,
    (answer, label): (&mut Answer, &Response),
    name: &str,
    commands: &mut Vec<Command>,
) -> (bool, Response) {
    match &view.prompt.kind {
        PromptKind::Open => text_ui(
            ui,
            view,
            &mut answer.text,
            label,
            4,
            &tr!("prompt-your-answer"),
        ),
        PromptKind::Short => {
            let response = ui.add(
                TextEdit::singleline(&mut answer.text)
                    .id(answer_box_id(&view.prompt.id))
                    .hint_text(tr!("prompt-your-answer"))
                    .desired_width(f32::INFINITY),
            );
            let response = response.labelled_by(label.id);
            (response.changed(), response)
        }
        PromptKind::Choice { options, .. } => {
            let options: Vec<RadioOption> = options
                .iter()
                .map(|o| RadioOption::plain(o.clone()))
                .collect();
            let (chosen, group) =
                radio_group_ui(ui, name, &options, answer.chosen.first().copied(), false);
            if let Some(chosen) = chosen {
                answer.chosen = vec![chosen];
            }
            (chosen.is_some(), group)
        }
        PromptKind::Choices { options, .. } => choices_ui(ui, options, &mut answer.chosen),
        PromptKind::Rating {
            min,
            max,
            low,
            high,
        } => rating_ui(ui, view, (*min, *max), (low, high), answer, name),
        PromptKind::Evidence { .. } => {
            let asked = view.prompt.kind.asked_passages();
            evidence_ui(ui, view, &asked, (answer, label), commands)
        }
    }
}

/// The teacher's view of a prompt: its id (to refer to it), the hint, the
/// answer key and the teacher note, in the warning colour's calmer cousin.
fn teacher_notes_ui(ui: &mut Ui, view: &PromptView<'_>) {
    let prompt = view.prompt;
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .inner_margin(8.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(tr!("prompt-teacher-view", id = prompt.id.as_str())).small());
            if let Some(key) = prompt.answer_key() {
                ui.label(tr!("prompt-answer-key", key = key.as_str()));
            }
            if let Some(hint) = &prompt.hint {
                ui.label(tr!("prompt-hint-for-students", hint = hint.as_str()));
            }
            if let Some(note) = &prompt.teacher {
                ui.label(tr!("prompt-teacher-note", note = note.as_str()));
            }
        });
}

/// "Show hint" and the hint, named for their question.
fn hint_ui(ui: &mut Ui, view: &PromptView<'_>) -> Vec<Command> {
    let Some(hint) = &view.prompt.hint else {
        return Vec::new();
    };
    let mut commands = Vec::new();
    let (text, spoken) = if view.hint_shown {
        (
            tr!("prompt-hide-hint"),
            tr!("prompt-hide-hint.name", number = view.number),
        )
    } else {
        (
            tr!("prompt-show-hint"),
            tr!("prompt-show-hint.name", number = view.number),
        )
    };
    let button = ui.button(text);
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &spoken));
    if button.clicked() {
        commands.push(Command::ToggleHint(view.prompt.id.clone()));
    }
    if view.hint_shown {
        let words = tr!("prompt-hint", hint = hint.as_str());
        ui.label(aside(ui, RichText::new(&words)));
        let names = ButtonWords {
            read: tr!("read-hint"),
            spoken: tr!("read-hint.name", number = view.number),
            hint: tr!("read-hint.tooltip"),
        };
        let id = format!("hint:{}", view.prompt.id);
        commands.extend(read_words_ui(ui, view.speech, &names, (id, &words)));
    }
    commands
}

/// The id of a question's text box: named by the question, so it stays the
/// same whatever appears above it (feedback, a hint, a message), and the
/// keyboard stays in it.
pub fn answer_box_id(prompt: &str) -> egui::Id {
    egui::Id::unique(("answer-text", prompt))
}

fn text_ui(
    ui: &mut Ui,
    view: &PromptView<'_>,
    text: &mut String,
    label: &Response,
    rows: usize,
    hint: &str,
) -> (bool, Response) {
    // An answer written in Arabic or Hebrew starts at the right edge.
    let align = crate::ui::mixed_text::text_align(text);
    let response = ui.add(
        TextEdit::multiline(text)
            .align(align)
            .id(answer_box_id(&view.prompt.id))
            .hint_text(hint)
            .desired_rows(rows)
            .desired_width(f32::INFINITY),
    );
    let response = response.labelled_by(label.id);
    (response.changed(), response)
}

fn choices_ui(ui: &mut Ui, options: &[String], chosen: &mut Vec<usize>) -> (bool, Response) {
    let mut changed = false;
    let mut first: Option<Response> = None;
    for (index, option) in options.iter().enumerate() {
        let mut checked = chosen.contains(&index);
        let response = ui.checkbox(&mut checked, spaced(ui, RichText::new(option)));
        if response.changed() {
            chosen.retain(|&i| i != index);
            if checked {
                chosen.push(index);
                chosen.sort_unstable();
            }
            changed = true;
        }
        first.get_or_insert(response);
    }
    let first = first.unwrap_or_else(|| ui.label(""));
    (changed, first)
}

fn rating_ui(
    ui: &mut Ui,
    view: &PromptView<'_>,
    (min, max): (i32, i32),
    (low, high): (&str, &str),
    answer: &mut Answer,
    name: &str,
) -> (bool, Response) {
    let mut changed = false;
    let scale = (!low.is_empty() || !high.is_empty())
        .then(|| tr!("prompt-scale", min = min, low = low, max = max, high = high));
    if let Some(scale) = &scale {
        ui.label(spaced(ui, RichText::new(scale).small()));
    }
    // Screen readers hear the scale, not a bare number.
    let values: Vec<i32> = (min..=max).collect();
    let options: Vec<RadioOption> = values
        .iter()
        .map(|value| RadioOption {
            text: value.to_string(),
            spoken: tr!("prompt-scale-value", value = *value, min = min, max = max),
        })
        .collect();
    let selected = answer
        .rating
        .and_then(|r| values.iter().position(|&v| v == r));
    let (chosen, group) = radio_group_ui(ui, name, &options, selected, true);
    if let Some(scale) = scale {
        // What the numbers mean, said with the group.
        ui.ctx()
            .accesskit_node_builder(group.id, |node| node.set_description(scale));
    }
    if let Some(index) = chosen {
        answer.rating = values.get(index).copied();
        changed = true;
    }
    // Named with its question, so a screen reader says which rating it is for.
    let why = ui.label(tr!("prompt-why-rating", number = view.number));
    let (reason_changed, _) = text_ui(
        ui,
        view,
        &mut answer.text,
        &why,
        3,
        &tr!("prompt-why-rating.hint"),
    );
    changed |= reason_changed;
    if answer.rating.is_some() && answer.text.trim().is_empty() {
        ui.label(
            RichText::new(tr!("prompt-why-rating.missing")).color(view.theme.warning_colour()),
        );
    }
    (changed, group)
}

fn evidence_ui(
    ui: &mut Ui,
    view: &PromptView<'_>,
    asked: &[&str],
    (answer, label): (&mut Answer, &Response),
    commands: &mut Vec<Command>,
) -> (bool, Response) {
    let mut changed = false;
    if let PromptKind::Evidence { tag: Some(tag), .. } = &view.prompt.kind
        && let Some(tag) = view.lesson.tag(tag)
    {
        let tip = tr!(
            "prompt-look-for",
            tag = tag.label.as_str(),
            description = tag.description.as_str()
        );
        ui.horizontal_wrapped(|ui| {
            ui.label(aside(ui, RichText::new(&tip)));
            let names = ButtonWords {
                read: tr!("read-tip"),
                spoken: tr!("read-tip.name", number = view.number),
                hint: tr!("read-tip.tooltip"),
            };
            let id = format!("tip:{}", view.prompt.id);
            commands.extend(read_words_ui(ui, view.speech, &names, (id, &tip)));
        });
    }
    let asked: Vec<_> = asked
        .iter()
        .filter_map(|id| view.lesson.readable(id))
        .collect();
    if asked.is_empty() {
        changed |= pick_passage_ui(ui, view, answer);
    }
    for readable in &asked {
        let by = readable.attribution(view.lesson);
        egui::Frame::new()
            .fill(ui.visuals().faint_bg_color)
            .inner_margin(8.0)
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.label(
                    RichText::new(tr!("prompt-asked-passage", by = by))
                        .small()
                        .weak(),
                );
                ui.label(aside(ui, RichText::new(format!("“{}”", readable.text()))));
            });
    }
    changed |= cite_highlights_ui(ui, view, answer);
    let (typed, text) = text_ui(
        ui,
        view,
        &mut answer.text,
        label,
        4,
        &tr!("prompt-evidence-hint"),
    );
    // The keyboard lands in the text box (Ctrl+J, F6), never on a
    // passage or a cite check box that typing would toggle; those are a
    // Shift+Tab away.
    (changed | typed, text)
}

/// The student picks the passage they cite (when the prompt names none):
/// one of the section's passages, or a paragraph of a document it names.
fn pick_passage_ui(ui: &mut Ui, view: &PromptView<'_>, answer: &mut Answer) -> bool {
    let mut changed = false;
    let choices: Vec<(&str, String)> = view
        .section
        .readables(view.lesson)
        .map(|(id, readable)| {
            let words = shorten(readable.text(), 60);
            let shown = match readable.document() {
                Some(document) => format!("{}: {words}", document.title),
                None => words,
            };
            (id, shown)
        })
        .collect();
    // A drop-down list a screen reader can use, its options wrapping in
    // the column: never wider or taller than the window.
    let name = tr!("prompt-passage-you-cite");
    ui.label(RichText::new(&name).small());
    let options: Vec<RadioOption> = choices
        .iter()
        .map(|(_, shown)| RadioOption::plain(shown.clone()))
        .collect();
    let selected = answer
        .cited
        .first()
        .and_then(|id| choices.iter().position(|(c, _)| c == id));
    let (chosen, _) = select_ui(
        ui,
        ui.make_persistent_id(("cite", &view.prompt.id)),
        (&name, &tr!("prompt-choose-passage")),
        &options,
        selected,
    );
    if let Some((id, _)) = chosen.and_then(|i| choices.get(i)) {
        answer.cited = vec![(*id).to_owned()];
        changed = true;
    }
    changed
}

/// The student's highlights in this section and its documents, to cite as
/// evidence.
fn cite_highlights_ui(ui: &mut Ui, view: &PromptView<'_>, answer: &mut Answer) -> bool {
    let mut changed = false;
    let mine: Vec<_> = view
        .work
        .highlights_in(
            view.lesson,
            view.section,
            crate::work::HighlightScope::Shown,
        )
        .collect();
    if mine.is_empty() {
        return false;
    }
    ui.label(RichText::new(tr!("prompt-cite-highlights")).small());
    for highlight in mine {
        let tag = view
            .lesson
            .tag(&highlight.tag)
            .map_or(highlight.tag.as_str(), |t| t.label.as_str());
        // A highlight in a document says which one, so it is never taken
        // for the video's words.
        let place = view
            .section
            .document_of(view.lesson, &highlight.passage)
            .map(|d| tr!("prompt-highlight-in", title = d.title.as_str()))
            .unwrap_or_default();
        let mut cited = answer.highlights.contains(&highlight.id);
        let response = ui.checkbox(
            &mut cited,
            format!("“{}” [{tag}]{place}", shorten(&highlight.quote, 60)),
        );
        if response.changed() {
            answer.highlights.retain(|id| id != &highlight.id);
            if cited {
                answer.highlights.push(highlight.id.clone());
            }
            changed = true;
        }
    }
    changed
}

/// "yes" or "no", for messages that word optional questions differently.
fn optional(optional: bool) -> &'static str {
    if optional { "yes" } else { "no" }
}

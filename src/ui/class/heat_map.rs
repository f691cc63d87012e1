//! The class's highlights as a heat map: one section's passages with each
//! word shaded by how many students tagged it (one tag, or all), a legend
//! with the counts, the tagged phrases with their counts in words, and who
//! tagged what. Colour is never the only sign: tagged words are also
//! underlined, counts are written out, and each passage is one focusable
//! item whose name says the counts ("loaded language: “dystopian” 17 of 28
//! students").

use egui::text::{LayoutJob, TextFormat};
use egui::{RichText, Sense, Ui};

use crate::class::heat::{HeatWord, PassageHeat, shade_step, shade_steps};
use crate::tr;
use crate::ui::command::{ClassCommand, Command};
use crate::ui::radio_group::{RadioOption, radio_group_ui};
use crate::ui::theme::ThemeChoice;

use super::{ClassPage, ClassShown, step_ui};

/// What the heat map shows.
pub struct HeatMapView<'a> {
    /// The section, by position.
    pub section: usize,
    /// The tag shown (its id), or all.
    pub tag: Option<&'a str>,
    /// Each passage of the section as the class read it.
    pub passages: &'a [PassageHeat],
}

/// Draws the heat map.
pub fn heat_map_ui(
    ui: &mut Ui,
    shown: &ClassShown<'_>,
    view: &HeatMapView<'_>,
    theme: ThemeChoice,
    focus: bool,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let lesson = &shown.lesson;
    let count = lesson.sections.len();
    let Some(section) = lesson.sections.get(view.section) else {
        return commands;
    };
    let students = shown.students.len();
    ui.add_space(8.0);
    let label = tr!(
        "class-heat-position",
        number = view.section + 1,
        count = count
    );
    let steps = (tr!("class-heat-previous"), tr!("class-heat-next"));
    if let Some(go) = step_ui(ui, (&steps.0, &steps.1), view.section, count, &label) {
        commands.push(Command::Class(ClassCommand::Page(ClassPage::Highlights(
            go,
        ))));
    }
    let title = crate::ui::focus::focusable_heading_ui(ui, &section.title);
    if focus {
        title.request_focus();
    }
    let tags = lesson.annotation_tags();
    let all_tags = tr!("class-heat-all-tags");
    let mut options = vec![RadioOption {
        text: all_tags.clone(),
        spoken: all_tags,
    }];
    options.extend(tags.iter().map(|t| RadioOption {
        text: t.label.clone(),
        spoken: t.label.clone(),
    }));
    let selected = match view.tag {
        None => Some(0),
        Some(id) => tags.iter().position(|t| t.id == id).map(|i| i + 1),
    };
    let tag_label = view
        .tag
        .and_then(|id| lesson.tag(id))
        .map_or_else(|| tr!("class-heat-any-tag"), |t| t.label.to_lowercase());
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("class-heat-tags-label"));
        let (chosen, _) =
            radio_group_ui(ui, &tr!("class-heat-tags-group"), &options, selected, true);
        if let Some(i) = chosen
            && Some(i) != selected
        {
            let tag = i
                .checked_sub(1)
                .and_then(|i| tags.get(i))
                .map(|t| t.id.clone());
            commands.push(Command::Class(ClassCommand::HeatTag(tag)));
        }
    });
    legend_ui(ui, students, theme);
    if ui
        .button(tr!("class-save-highlights"))
        .on_hover_text(tr!("class-save-highlights.tooltip"))
        .clicked()
    {
        commands.push(Command::Class(ClassCommand::Save(
            crate::class::ClassFile::Highlights,
        )));
    }
    for heat in view.passages {
        ui.add_space(6.0);
        passage_ui(ui, heat, students, &tag_label, theme);
    }
    if view.passages.is_empty() {
        ui.label(tr!("class-heat-no-passages"));
    }
    commands
}

/// How many students each shade stands for in this class, in words (the
/// students' comparison with the class's reading shows the same legend).
pub fn legend_ui(ui: &mut Ui, students: usize, theme: ThemeChoice) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!("class-heat-shading", students = students)).strong());
        let mut low = 1;
        for (step, words) in shade_steps().iter().enumerate() {
            let step = step + 1;
            let high = (low..=students)
                .take_while(|&n| shade_step(n, students) == step)
                .last();
            let Some(high) = high else { continue };
            let (fill, text) = theme.heat_shade(step);
            let range = if low == high {
                format!("{low}")
            } else {
                format!("{low}–{high}")
            };
            ui.label(
                RichText::new(format!(" {range} "))
                    .background_color(fill)
                    .color(text),
            );
            ui.label(
                RichText::new(tr!("class-heat-shade-students", share = words.as_str())).weak(),
            );
            low = high + 1;
        }
    });
}

/// One passage: its speaker, its words shaded and underlined by count, the
/// phrases with their counts, and who tagged what.
fn passage_ui(ui: &mut Ui, heat: &PassageHeat, students: usize, tag: &str, theme: ThemeChoice) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        // The passage is one stop for the keyboard, before its list of who
        // tagged what: its speaker, named with the passage's counts.
        let spoken = heat.spoken(tag, students);
        let speaker = ui.add(
            egui::Label::new(RichText::new(crate::bidi::display_line(&heat.speaker)).strong())
                .sense(Sense::focusable_noninteractive()),
        );
        speaker.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Group, true, &spoken));
        // Focusing a passage (Tab, or a click) opens who tagged what under it.
        let show_who = speaker.has_focus() || speaker.clicked();
        shaded_words_ui(ui, &heat.words, students, theme);
        let phrases = heat.phrases();
        if phrases.is_empty() {
            ui.label(RichText::new(tr!("class-heat-nobody", tag = tag)).weak());
        } else {
            let listed: Vec<String> = phrases
                .iter()
                .map(|(phrase, n)| {
                    tr!(
                        "class-heat-phrase",
                        phrase = phrase.as_str(),
                        count = *n,
                        students = students
                    )
                })
                .collect();
            ui.label(tr!("class-heat-marked", phrases = listed.join(" · ")));
        }
        if !heat.tagged.is_empty() {
            egui::CollapsingHeader::new(tr!("class-heat-who-tagged", count = heat.tagged.len()))
                .id_salt(("who-tagged", &heat.id))
                .open(show_who.then_some(true))
                .show(ui, |ui| {
                    for tagged in &heat.tagged {
                        // A student's comment is theirs to write: shown,
                        // never obeyed (no direction overrides).
                        let shown =
                            |t: &str| crate::lesson::text::escape_for_display(t).into_owned();
                        let comment = tagged.comment.trim();
                        let line = if comment.is_empty() {
                            tr!(
                                "class-heat-tagged",
                                student = tagged.student.as_str(),
                                tag = tagged.tag.as_str(),
                                quote = shown(&tagged.quote)
                            )
                        } else {
                            tr!(
                                "class-heat-tagged-comment",
                                student = tagged.student.as_str(),
                                tag = tagged.tag.as_str(),
                                quote = shown(&tagged.quote),
                                comment = shown(comment)
                            )
                        };
                        ui.label(line);
                    }
                });
        }
    });
}

/// A passage's words, each shaded and underlined by how many of the class's
/// `students` tagged it, with the count on hover.
pub fn shaded_words_ui(ui: &mut Ui, words: &[HeatWord], students: usize, theme: ThemeChoice) {
    let body = egui::TextStyle::Body.resolve(ui.style());
    let plain = ui.visuals().text_color();
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let steps: Vec<usize> = words
        .iter()
        .map(|w| shade_step(w.count, students))
        .collect();
    for (i, word) in words.iter().enumerate() {
        let format = |step: usize| {
            let mut format = TextFormat::simple(body.clone(), plain);
            if step > 0 {
                let (fill, text) = theme.heat_shade(step);
                format.background = fill;
                format.color = text;
                format.underline = egui::Stroke::new(if step > 2 { 2.0 } else { 1.0 }, text);
            }
            format
        };
        let core = word.text.trim_end();
        let space = &word.text[core.len()..];
        job.append(core, 0.0, format(steps[i]));
        // The space after a word is shaded only inside a run.
        let next = steps.get(i + 1).copied().unwrap_or(0);
        let space_step = if next == steps[i] { steps[i] } else { 0 };
        job.append(space, 0.0, format(space_step));
    }
    let galley = ui.painter().layout_job(job);
    let (rect, response) = ui.allocate_exact_size(galley.size(), Sense::hover());
    ui.painter().galley(rect.min, galley.clone(), plain);
    if let Some(pos) = response.hover_pos() {
        let index: usize = galley.cursor_from_pos(pos - rect.min).index.into();
        let mut at = 0;
        let word = words.iter().find(|w| {
            at += w.text.chars().count();
            index < at
        });
        if let Some(word) = word {
            response.on_hover_text(tr!(
                "class-heat-word-count",
                word = word.text.trim(),
                count = word.count,
                students = students
            ));
        }
    }
}

//! The student's comparison with the class's reading: when the teacher sent
//! the class's anonymous heat map back with the feedback, a toggle on the
//! lesson screen shades a copy of each passage under it by how many in the
//! class highlighted each word (the teacher's shades and legend), beside
//! the student's own highlights in the passage above. Counts only: never
//! who. Each shaded passage is one focusable item whose name says the
//! counts, and the counts are written out, so colour is never the only sign.

use egui::{RichText, Sense, Ui};

use crate::class::heat::PassageHeat;
use crate::class::reading::ClassReading;
use crate::tr;
use crate::work::anchor::{Anchor, anchor_in};

use super::class::heat_map::{legend_ui, shaded_words_ui};
use super::command::Command;
use super::lesson_screen::LessonScreen;
use super::theme::ThemeChoice;

/// The space around the class's reading of a passage: indented like it.
const INDENT: egui::Margin = egui::Margin {
    left: 12,
    right: 4,
    top: 2,
    bottom: 4,
};

/// At most this many phrases are read out per passage.
const SPOKEN_PHRASES: usize = 5;

/// The class's reading as the lesson screen has it.
#[derive(Debug, Clone, Copy)]
pub struct ClassReadingView<'a> {
    /// The reading, checked against the lesson.
    pub reading: &'a ClassReading,
    /// The student is comparing with it.
    pub compare: bool,
}

/// "Compare with the class's reading", and while it is on, the legend.
pub fn compare_toggle_ui(
    ui: &mut Ui,
    view: ClassReadingView<'_>,
    theme: ThemeChoice,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let mut on = view.compare;
    let students = view.reading.students;
    let toggle = ui
        .checkbox(&mut on, tr!("reading-compare"))
        .on_hover_text(tr!("reading-compare.tooltip", students = students));
    if toggle.changed() {
        commands.push(Command::CompareClassReading(on));
    }
    if view.compare {
        legend_ui(ui, students, theme);
        ui.label(RichText::new(tr!("reading-compare-about", students = students)).weak());
    }
    commands
}

/// Under the passage (or document paragraph) `id` whose words are `text`:
/// the class's reading of it, while the student compares.
pub fn passage_reading_ui(ui: &mut Ui, screen: &LessonScreen<'_>, (id, text): (&str, &str)) {
    let Some(view) = screen.class_reading.filter(|v| v.compare) else {
        return;
    };
    let Some(passage) = view.reading.passage(id) else {
        return;
    };
    let students = view.reading.students;
    let heat = PassageHeat {
        id: id.to_owned(),
        speaker: String::new(),
        words: passage.heat_words(text),
        tagged: Vec::new(),
    };
    let mine = screen
        .work
        .highlights
        .iter()
        .any(|h| h.passage == id && matches!(anchor_in(text, h), Anchor::Found(_)));
    let summary = if passage.marked == 0 {
        tr!("reading-passage-nobody", students = students)
    } else {
        tr!(
            "reading-passage-marked",
            marked = passage.marked,
            students = students,
            you = if mine { "yes" } else { "no" }
        )
    };
    let spoken = tr!(
        "reading-passage-title.name",
        summary = summary.as_str(),
        phrases = heat.spoken_phrases(students, SPOKEN_PHRASES)
    );
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, ui.visuals().weak_text_color()))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(8, 4))
        // Indented like the passage it is about.
        .outer_margin(INDENT)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // One stop for the keyboard, named with the counts.
            let title = ui.add(
                egui::Label::new(RichText::new(tr!("reading-passage-title")).small().strong())
                    .sense(Sense::focusable_noninteractive()),
            );
            title.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Group, true, &spoken));
            shaded_words_ui(ui, &heat.words, students, screen.theme);
            ui.label(RichText::new(summary).small());
        });
}

//! The roster: every student with how far they got, when they last saved,
//! whether they handed in, and what to look at. A name opens their work.

use egui::{RichText, Ui};

use crate::class::review::{ClassRow, RosterRow, RosterSort};
use crate::feedback::{Total, total_text};
use crate::tr;
use crate::ui::command::{ClassCommand, Command};
use crate::ui::mixed_text::label_said_as_ui;
use crate::ui::radio_group::{plain_options, radio_group_ui};
use crate::ui::theme::ThemeChoice;

use super::{ClassPage, ClassShown, list_part_ui, table_row_ui};

/// Draws the roster: every listed student (with or without work), then
/// work from students not on the list, sorted as the teacher chose.
pub fn roster_ui(ui: &mut Ui, shown: &ClassShown<'_>, theme: ThemeChoice) -> Vec<Command> {
    let mut commands = Vec::new();
    let rows = shown.rows;
    let handed_in = rows
        .iter()
        .filter(|r| r.work.as_ref().is_some_and(|(_, f)| f.handed_in))
        .count();
    let counts = roll_counts_of(rows);
    ui.add_space(8.0);
    ui.label(
        RichText::new(tr!(
            "class-roster-summary",
            lesson = shown.lesson.title.as_str(),
            students = rows.len(),
            handed_in = handed_in
        ))
        .strong(),
    );
    if counts.listed > 0 {
        ui.label(tr!(
            "class-roster-list-counts",
            missing = counts.missing,
            unlisted = counts.unlisted
        ));
    }
    commands.extend(super::class_list::class_list_ui(ui, shown));
    ui.label(RichText::new(tr!("class-roster-hint")).weak());
    commands.extend(sort_ui(ui, shown.sort));
    ui.add_space(4.0);
    let (part, go) = list_part_ui(ui, shown.list_from, rows.len());
    if let Some(from) = go {
        commands.push(Command::Class(ClassCommand::ListFrom(from)));
    }
    // Labels for the part shown, told apart from every name in the class.
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    let labels = super::name_labels_ui(ui, &names);
    let missing: Vec<&str> = rows
        .iter()
        .filter(|r| r.is_missing())
        .filter_map(|r| r.list_name.as_deref())
        .collect();
    let show = |index: usize| Command::Class(ClassCommand::Show(ClassPage::Student(index)));
    // A table of fixed column shares: a long name wraps inside its own
    // column and the flags wrap in theirs, so every column stays on screen
    // at any window width and text size.
    let body = ui.text_style_height(&egui::TextStyle::Body);
    if ui.available_width() < NARROW_IN_LINES * body {
        // Too narrow for six columns (a small screen, large text): one
        // student per line, the facts after the name in words.
        for i in part {
            let (row, label) = (&rows[i], &labels[i]);
            ui.horizontal_wrapped(|ui| {
                let Some((index, facts)) = &row.work else {
                    label_said_as_ui(ui, label, &row.name);
                    ui.label(tr!("class-roster-no-work-line"));
                    return;
                };
                if name_link_ui(ui, label, &row.name).clicked() {
                    commands.push(show(*index));
                }
                let mut words = student_facts(facts);
                if facts.marks.marked > 0 {
                    words.push(tr!("class-fact-marks", marks = total_text(facts.marks)));
                }
                words.extend(facts.flags.iter().map(|&f| crate::wording::flag(f)));
                ui.label(words.join(" · "));
            });
            if row.is_unlisted() {
                commands.extend(join_ui(ui, row, &missing));
            }
            ui.add_space(4.0);
        }
        return commands;
    }
    let widths = column_widths(ui.available_width());
    let headings = [
        tr!("class-roster-heading-student"),
        tr!("class-roster-heading-answered"),
        tr!("class-roster-heading-last-saved"),
        tr!("class-roster-heading-handed-in"),
        tr!("class-roster-heading-marks"),
        tr!("class-roster-heading-to-look-at"),
    ];
    table_row_ui(ui, &widths, None, |ui, column| {
        if let Some(heading) = headings.get(column) {
            ui.label(RichText::new(heading).strong());
        }
    });
    for i in part {
        let (row, label) = (&rows[i], &labels[i]);
        let stripe = (i % 2 == 0).then(|| ui.visuals().faint_bg_color);
        table_row_ui(ui, &widths, stripe, |ui, column| {
            let Some((index, facts)) = &row.work else {
                match column {
                    0 => {
                        label_said_as_ui(ui, label, &row.name);
                    }
                    1 => {
                        ui.label(tr!("class-roster-no-work"));
                    }
                    3 => {
                        ui.label(
                            RichText::new(tr!("class-roster-not-handed-in"))
                                .color(theme.warning_colour()),
                        );
                    }
                    _ => {
                        ui.label("—");
                    }
                }
                return;
            };
            match column {
                0 => {
                    if name_link_ui(ui, label, &row.name).clicked() {
                        commands.push(show(*index));
                    }
                }
                1 => {
                    ui.label(crate::wording::progress_short(facts.progress));
                }
                2 => {
                    ui.label(&facts.last_saved);
                }
                3 => {
                    ui.label(if facts.handed_in {
                        tr!("class-roster-handed-in")
                    } else {
                        tr!("class-roster-not-handed-in")
                    });
                }
                4 => {
                    ui.label(marks_words(facts.marks));
                }
                _ => {
                    let flags: Vec<String> = facts
                        .flags
                        .iter()
                        .map(|&f| crate::wording::flag(f))
                        .collect();
                    if flags.is_empty() {
                        ui.label("—");
                    } else {
                        let text = RichText::new(flags.join(", ")).color(theme.warning_colour());
                        ui.add(egui::Label::new(text).wrap());
                    }
                }
            }
        });
        // Under the row, not in its name column: the table keeps its widths.
        if row.is_unlisted() {
            commands.extend(join_ui(ui, row, &missing));
        }
    }
    commands
}

/// How many rows are listed, missing and unlisted.
fn roll_counts_of(rows: &[ClassRow]) -> crate::class::class_list::RollCounts {
    crate::class::class_list::RollCounts {
        listed: rows.iter().filter(|r| r.listed == Some(true)).count(),
        missing: rows.iter().filter(|r| r.is_missing()).count(),
        unlisted: rows.iter().filter(|r| r.is_unlisted()).count(),
    }
}

/// Under work from a student not on the class list: a button for each
/// listed student with no work, to join the work to that name.
fn join_ui(ui: &mut Ui, row: &ClassRow, missing: &[&str]) -> Vec<Command> {
    let mut commands = Vec::new();
    let Some((_, facts)) = &row.work else {
        return commands;
    };
    if missing.is_empty() {
        return commands;
    }
    egui::CollapsingHeader::new(tr!("class-join-heading", name = row.name.as_str()))
        .id_salt(("join", &row.name))
        .show(ui, |ui| {
            for listed in missing {
                let shown = crate::lesson::text::escape_for_display(listed);
                if ui
                    .button(tr!("class-join-to", name = shown.as_ref()))
                    .clicked()
                {
                    commands.push(Command::Class(ClassCommand::Join {
                        typed: facts.typed.clone(),
                        listed: (*listed).to_owned(),
                    }));
                }
            }
        });
    commands
}

/// The roster's order: by name, answered, total or last saved.
fn sort_ui(ui: &mut Ui, sort: RosterSort) -> Vec<Command> {
    let sorts = [
        (tr!("class-sort-name"), RosterSort::Name),
        (tr!("class-sort-answered"), RosterSort::Answered),
        (tr!("class-sort-total"), RosterSort::Total),
        (tr!("class-sort-last-saved"), RosterSort::LastSaved),
    ];
    let options = plain_options(sorts.iter().map(|(text, _)| text));
    let selected = sorts.iter().position(|(_, s)| *s == sort);
    let mut commands = Vec::new();
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("class-sort-label"));
        let (chosen, _) = radio_group_ui(ui, &tr!("class-sort-group"), &options, selected, true);
        if let Some((_, sort)) = chosen.and_then(|i| sorts.get(i)) {
            commands.push(Command::Class(ClassCommand::Sort(*sort)));
        }
    });
    commands
}

/// Narrower than this many lines of text are tall, the roster is a list.
const NARROW_IN_LINES: f32 = 40.0;

/// What the roster says of a student in words: how far, when last saved,
/// whether handed in.
pub(super) fn student_facts(row: &RosterRow) -> Vec<String> {
    vec![
        crate::wording::progress(row.progress),
        tr!("class-fact-last-saved", when = row.last_saved.as_str()),
        if row.handed_in {
            tr!("class-fact-handed-in")
        } else {
            tr!("class-fact-not-handed-in")
        },
    ]
}

/// A student's name as a link to their page: `label` as shown (cut,
/// told apart from names like it), the whole `name` for screen readers and
/// on hover.
fn name_link_ui(ui: &mut Ui, label: &str, name: &str) -> egui::Response {
    let link = ui.add(egui::Link::new(label));
    link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, name));
    link.on_hover_text(tr!("class-roster-show-student", name = name))
}

/// "14 / 20", or "—" before anything is marked.
fn marks_words(total: Total) -> String {
    if total.marked == 0 {
        "—".to_owned()
    } else {
        total_text(total)
    }
}

/// The six columns' widths in `width`: shares of it, each at least
/// enough for its heading.
fn column_widths(width: f32) -> [f32; 6] {
    let shares = [0.24, 0.11, 0.18, 0.13, 0.12, 0.22];
    let least = [120.0, 80.0, 110.0, 100.0, 70.0, 100.0];
    let mut widths = [0.0; 6];
    for (i, w) in widths.iter_mut().enumerate() {
        *w = (width * shares[i] - 8.0).max(least[i]);
    }
    widths
}

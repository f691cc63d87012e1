//! The roster: every student with how far they got, when they last saved,
//! whether they handed in, and what to look at. A name opens their work.

use egui::{RichText, Ui};

use crate::class::review::{RosterRow, roster};
use crate::tr;
use crate::ui::command::{ClassCommand, Command};
use crate::ui::theme::ThemeChoice;

use super::{ClassPage, ClassShown, list_part_ui, table_row_ui};

/// Draws the roster.
pub fn roster_ui(ui: &mut Ui, shown: &ClassShown<'_>, theme: ThemeChoice) -> Vec<Command> {
    let mut commands = Vec::new();
    let handed_in = shown.students.iter().filter(|s| s.handed_in()).count();
    let total = shown.students.len();
    ui.add_space(8.0);
    ui.label(
        RichText::new(tr!(
            "class-roster-summary",
            lesson = shown.lesson.title.as_str(),
            students = total,
            handed_in = handed_in
        ))
        .strong(),
    );
    ui.label(RichText::new(tr!("class-roster-hint")).weak());
    ui.add_space(4.0);
    let (part, go) = list_part_ui(ui, shown.list_from, total);
    if let Some(from) = go {
        commands.push(Command::Class(ClassCommand::ListFrom(from)));
    }
    let first = part.start;
    let feedback = shown.feedback.get(part.clone()).unwrap_or_default();
    let rows = roster(&shown.lesson, &shown.students[part], feedback);
    let numbered = |i: usize| first + i;
    // A table of fixed column shares: a long name wraps inside its own
    // column and the flags wrap in theirs, so every column stays on screen
    // at any window width and text size.
    let body = ui.text_style_height(&egui::TextStyle::Body);
    if ui.available_width() < NARROW_IN_LINES * body {
        // Too narrow for five columns (a small screen, large text): one
        // student per line, the facts after the name in words.
        for (index, row) in rows.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                if name_link_ui(ui, &row.name).clicked() {
                    commands.push(Command::Class(ClassCommand::Show(ClassPage::Student(
                        numbered(index),
                    ))));
                }
                let mut facts = student_facts(row);
                if row.marks.1 > 0 {
                    facts.push(tr!("class-fact-marks", marks = marks_words(row.marks)));
                }
                facts.extend(row.flags.iter().map(|&f| crate::wording::flag(f)));
                ui.label(facts.join(" · "));
            });
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
    for (index, row) in rows.iter().enumerate() {
        let stripe = (index % 2 == 0).then(|| ui.visuals().faint_bg_color);
        table_row_ui(ui, &widths, stripe, |ui, column| match column {
            0 => {
                if name_link_ui(ui, &row.name).clicked() {
                    commands.push(Command::Class(ClassCommand::Show(ClassPage::Student(
                        numbered(index),
                    ))));
                }
            }
            1 => {
                ui.label(crate::wording::progress_short(row.progress));
            }
            2 => {
                ui.label(&row.last_saved);
            }
            3 => {
                ui.label(if row.handed_in {
                    tr!("class-roster-handed-in")
                } else {
                    tr!("class-roster-not-handed-in")
                });
            }
            4 => {
                ui.label(marks_words(row.marks));
            }
            _ => {
                let flags: Vec<String> =
                    row.flags.iter().map(|&f| crate::wording::flag(f)).collect();
                if flags.is_empty() {
                    ui.label("—");
                } else {
                    let text = RichText::new(flags.join(", ")).color(theme.warning_colour());
                    ui.add(egui::Label::new(text).wrap());
                }
            }
        });
    }
    commands
}

/// Narrower than this many lines of text are tall, the roster is a list.
const NARROW_IN_LINES: f32 = 40.0;

/// A student's name as a link to their page. A long name is cut on
/// screen; its full text is the link's name for screen readers, and is
/// shown on hover.
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

fn name_link_ui(ui: &mut Ui, name: &str) -> egui::Response {
    let link = ui.add(egui::Link::new(short_name(name)));
    link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, name));
    link.on_hover_text(tr!("class-roster-show-student", name = name))
}

/// "7 of 9 marked", or "—" before anything is marked.
fn marks_words((sum, marked): (f32, usize)) -> String {
    if marked == 0 {
        "—".to_owned()
    } else {
        tr!(
            "class-roster-marks",
            sum = crate::feedback::mark_text(sum),
            marked = marked
        )
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

/// Names longer than this are cut on the roster.
const SHOWN_NAME_CHARS: usize = 32;

/// `name`, cut to [`SHOWN_NAME_CHARS`] with "…".
fn short_name(name: &str) -> String {
    if name.chars().count() <= SHOWN_NAME_CHARS {
        return name.to_owned();
    }
    let cut: String = name.chars().take(SHOWN_NAME_CHARS - 1).collect();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_are_cut_with_an_ellipsis() {
        assert_eq!(short_name("Amira K."), "Amira K.");
        let long = "x".repeat(90);
        let shown = short_name(&long);
        assert_eq!(shown.chars().count(), SHOWN_NAME_CHARS);
        assert!(shown.ends_with('…'));
    }
}

//! The class view (teachers): a class's work read from a folder, as a
//! roster, one question across the class, or one student's whole lesson.
//! Draws from what it is given and returns commands; reading the folder
//! and saving files happen in the app's background worker.

mod class_list;
mod feedback_edit;
pub mod heat_map;
mod question;
mod roster;
mod share_reading;
mod student;

use std::path::Path;
use std::sync::Arc;

use egui::{RichText, Ui};

use crate::class::class_list::{ClassList, Joins};
use crate::class::grades::GradeLayout;
use crate::class::review::RosterSort;
use crate::class::{ClassData, ClassFile, CollectProgress, Skipped, StudentWork};
use crate::lesson::Lesson;
use crate::tr;
use crate::ui::command::{ClassCommand, Command};
use crate::ui::radio_group::{RadioOption, plain_options, radio_group_ui};
use crate::ui::theme::ThemeChoice;
use crate::ui::ui_command::UiCommand;

/// What the class view shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassPage {
    /// Every student, with progress and flags.
    Roster,
    /// One question (by position through the lesson) across the class.
    Question(usize),
    /// One student's (by position in the class) whole lesson.
    Student(usize),
    /// One section's passages (by position) shaded by the class's highlights.
    Highlights(usize),
}

/// A lesson the folder has work on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassLessonChoice {
    /// Its id.
    pub id: String,
    /// Its title, when the lesson is in the library.
    pub title: Option<String>,
    /// How many students have work on it.
    pub students: usize,
}

/// The lesson shown and its class.
pub struct ClassShown<'a> {
    /// The lesson.
    pub lesson: Arc<Lesson>,
    /// The class's work on it, sorted by name.
    pub students: &'a [StudentWork],
    /// The page shown.
    pub page: ClassPage,
    /// The first student listed (see [`LIST_PART`]).
    pub list_from: usize,
    /// The heat map's tag (its id), or all tags.
    pub heat_tag: Option<&'a str>,
    /// Each student's feedback (as the students are ordered), if any.
    pub feedback: Vec<Option<&'a crate::feedback::Feedback>>,
    /// The teacher's key: which part of each feedback file is theirs.
    pub my_key: &'a str,
    /// The heat map's section, as the class read it (on the highlights page).
    pub heat: &'a [crate::class::heat::PassageHeat],
    /// The class list (empty: none given).
    pub list: &'a ClassList,
    /// The teacher's joins of work to listed names.
    pub joins: &'a Joins,
    /// The class list box's text, while it is open.
    pub list_text: Option<&'a str>,
    /// How the roster is sorted.
    pub sort: RosterSort,
    /// Asking before returning feedback to the class.
    pub confirm_return: bool,
    /// Returning to the class shares the class's reading too.
    pub share_reading: bool,
    /// The roster's rows, sorted (worked out when the class changes, not
    /// every frame).
    pub rows: &'a [crate::class::review::ClassRow],
}

impl ClassShown<'_> {
    /// The class as its files are written from it.
    pub fn data(&self) -> ClassData<'_> {
        ClassData {
            lesson: &self.lesson,
            students: self.students,
            feedback: &self.feedback,
            list: self.list,
            joins: self.joins,
        }
    }
}

/// How each of `names` is shown in this window: cut when long, and told
/// apart from names that would look the same (see
/// [`crate::class::names::name_labels`]), the fonts asked which characters
/// they can draw.
pub fn name_labels_ui(ui: &Ui, names: &[&str]) -> Vec<String> {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut chars: Vec<char> = names.iter().flat_map(|n| n.chars()).collect();
    chars.sort_unstable();
    chars.dedup();
    let drawn: std::collections::HashSet<char> = ui.fonts_mut(|fonts| {
        chars
            .into_iter()
            .filter(|c| fonts.has_glyph(&font, *c))
            .collect()
    });
    crate::class::names::name_labels(names, |c| drawn.contains(&c))
}

/// Long classes are listed this many students at a time, so every frame
/// stays quick with 3,000 students' work open (a real class fits in one).
pub const LIST_PART: usize = 100;

/// Everything the class view draws.
pub struct ClassScreen<'a> {
    /// The folder read.
    pub folder: &'a Path,
    /// How far reading has got, while reading.
    pub reading: Option<CollectProgress>,
    /// Why the folder could not be read.
    pub problem: Option<&'a str>,
    /// The lessons the folder has work on.
    pub lessons: Vec<ClassLessonChoice>,
    /// The lesson chosen (its id).
    pub chosen: Option<&'a str>,
    /// The chosen lesson and its class, when the lesson is in the library.
    pub shown: Option<ClassShown<'a>>,
    /// Files that were not read, with why.
    pub skipped: &'a [Skipped],
    /// Colours.
    pub theme: ThemeChoice,
    /// Put the keyboard on the page's first control.
    pub focus_page: bool,
    /// Put the keyboard on the view's title (it has just opened).
    pub focus_title: bool,
    /// Show the page from its top (it has just opened).
    pub scroll_top: bool,
    /// "Feedback saved", "Saving feedback…", or why it was not saved.
    pub feedback_status: Option<String>,
}

/// Draws the class view.
pub fn class_screen_ui(ui: &mut Ui, screen: &ClassScreen<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::Panel::top("class-top").show(ui, |ui| {
        commands.extend(class_top_ui(ui, screen));
    });
    egui::CentralPanel::default().show(ui, |ui| {
        let mut scroll = egui::ScrollArea::vertical().auto_shrink([false, false]);
        if screen.scroll_top {
            // A page just opened: at its top.
            scroll = scroll.vertical_scroll_offset(0.0);
        }
        scroll.show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(1100.0));
            commands.extend(class_body_ui(ui, screen));
        });
    });
    commands
}

fn class(command: ClassCommand) -> Command {
    Command::Class(command)
}

/// Back, the folder, reading again, the lesson, the page, and saving.
fn class_top_ui(ui: &mut Ui, screen: &ClassScreen<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(tr!("class-back"))
            .on_hover_text(tr!("class-back.tooltip"))
            .clicked()
        {
            commands.push(class(ClassCommand::Close));
        }
        // A heading that takes the keyboard when the view opens, so a
        // screen reader starts here and Tab goes on to the buttons.
        let title = crate::ui::focus::focusable_heading_ui(ui, &tr!("class-title"));
        if screen.focus_title {
            title.request_focus();
        }
        ui.label(
            RichText::new(crate::lesson::text::escape_for_display(
                &screen.folder.display().to_string(),
            ))
            .weak(),
        );
        if ui
            .add_enabled(
                screen.reading.is_none(),
                egui::Button::new(tr!("class-read-again")),
            )
            .on_hover_text(tr!("class-read-again.tooltip"))
            .clicked()
        {
            commands.push(class(ClassCommand::ReadAgain));
        }
        if let Some(status) = &screen.feedback_status {
            ui.separator();
            ui.label(status);
        }
        if let Some(shown) = &screen.shown
            && !shown.students.is_empty()
        {
            ui.separator();
            let returned = shown
                .feedback
                .iter()
                .flatten()
                .filter(|f| f.own_part(shown.my_key).is_some_and(|p| p.returned))
                .count();
            let total = shown.students.len();
            if ui
                .add_enabled(
                    !shown.confirm_return,
                    egui::Button::new(tr!("class-return-all")),
                )
                .on_hover_text(tr!("class-return-all.tooltip"))
                .clicked()
            {
                commands.push(class(ClassCommand::AskReturn(true)));
            }
            ui.label(tr!(
                "class-returned-count",
                returned = returned,
                total = total
            ));
            if !shown.my_key.is_empty()
                && ui
                    .button(tr!("class-copy-key"))
                    .on_hover_text(tr!("class-copy-key.tooltip"))
                    .clicked()
            {
                ui.ctx()
                    .copy_text(tr!("class-teacher-line", key = shown.my_key));
            }
            ui.separator();
            for kind in [
                ClassFile::Csv,
                ClassFile::Html,
                ClassFile::Grades(GradeLayout::Canvas),
                ClassFile::Grades(GradeLayout::Moodle),
                ClassFile::Grades(GradeLayout::Plain),
            ] {
                if ui.button(save_text(kind)).clicked() {
                    commands.push(class(ClassCommand::Save(kind)));
                }
            }
        }
    });
    if screen.lessons.len() > 1 {
        let options: Vec<RadioOption> = screen
            .lessons
            .iter()
            .map(|l| {
                let title = l
                    .title
                    .clone()
                    .unwrap_or_else(|| crate::lesson::text::escape_for_display(&l.id).into_owned());
                let text = tr!("class-lesson-choice", lesson = title, students = l.students);
                RadioOption {
                    spoken: text.clone(),
                    text,
                }
            })
            .collect();
        let selected = screen
            .lessons
            .iter()
            .position(|l| Some(l.id.as_str()) == screen.chosen);
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("class-lesson-label"));
            let (chosen, _) =
                radio_group_ui(ui, &tr!("class-lesson-group"), &options, selected, true);
            if let Some(lesson) = chosen.and_then(|i| screen.lessons.get(i)) {
                commands.push(class(ClassCommand::Lesson(lesson.id.clone())));
            }
        });
    }
    if let Some(shown) = &screen.shown
        && !shown.students.is_empty()
    {
        let pages = [
            (tr!("class-page-roster"), ClassPage::Roster),
            (tr!("class-page-question"), ClassPage::Question(0)),
            (tr!("class-page-student"), ClassPage::Student(0)),
            (tr!("class-page-highlights"), ClassPage::Highlights(0)),
        ];
        let options = plain_options(pages.iter().map(|(text, _)| text));
        let selected = Some(match shown.page {
            ClassPage::Roster => 0,
            ClassPage::Question(_) => 1,
            ClassPage::Student(_) => 2,
            ClassPage::Highlights(_) => 3,
        });
        let (chosen, _) = radio_group_ui(ui, &tr!("class-page-group"), &options, selected, true);
        if let Some(i) = chosen
            && Some(i) != selected
            && let Some((_, page)) = pages.get(i)
        {
            commands.push(class(ClassCommand::Page(*page)));
        }
    }
    ui.add_space(2.0);
    commands
}

/// The button that saves the class file `kind` ("Save spreadsheet
/// (.csv)…").
fn save_text(kind: ClassFile) -> String {
    match kind {
        ClassFile::Csv => tr!("class-save-csv"),
        ClassFile::Html => tr!("class-save-html"),
        ClassFile::Highlights => tr!("class-save-highlights"),
        ClassFile::Grades(layout) => tr!("class-save-grades", layout = layout.label()),
    }
}

/// Reading, problems, empty folders, unknown lessons, or the page.
fn class_body_ui(ui: &mut Ui, screen: &ClassScreen<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    if let Some(progress) = screen.reading {
        ui.add_space(16.0);
        let text = if progress.total == 0 {
            tr!("class-reading-looking")
        } else {
            tr!(
                "class-reading-progress",
                read = progress.read,
                total = progress.total
            )
        };
        ui.label(&text);
        let fraction = if progress.total == 0 {
            0.0
        } else {
            progress.read as f32 / progress.total as f32
        };
        let bar = ui.add(
            egui::ProgressBar::new(fraction)
                .desired_width(400.0)
                .animate(true),
        );
        bar.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &text));
        return commands;
    }
    if let Some(problem) = screen.problem {
        ui.label(RichText::new(problem).color(screen.theme.warning_colour()));
        ui.label(tr!("class-folder-check"));
        return commands;
    }
    skipped_ui(ui, screen.skipped);
    if screen.lessons.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new(tr!("class-no-work")).strong());
        ui.label(tr!("class-no-work-help"));
        return commands;
    }
    let Some(shown) = &screen.shown else {
        let id = screen.chosen.unwrap_or_default();
        ui.add_space(8.0);
        ui.label(
            RichText::new(tr!(
                "class-unknown-lesson",
                lesson = crate::lesson::text::escape_for_display(id)
            ))
            .strong(),
        );
        ui.label(tr!("class-unknown-lesson-help"));
        if ui.button(tr!("class-add-lesson-file")).clicked() {
            commands.push(Command::AddLessonFile);
        }
        return commands;
    };
    if shown.confirm_return {
        commands.extend(confirm_return_ui(ui, shown));
    }
    match shown.page {
        ClassPage::Roster => commands.extend(roster::roster_ui(ui, shown, screen.theme)),
        ClassPage::Question(i) => {
            commands.extend(question::question_ui(ui, shown, i, screen.focus_page));
        }
        ClassPage::Student(i) => {
            commands.extend(student::student_ui(
                ui,
                shown,
                i,
                screen.focus_page,
                screen.theme,
            ));
        }
        ClassPage::Highlights(section) => {
            let view = heat_map::HeatMapView {
                section,
                tag: shown.heat_tag,
                passages: shown.heat,
            };
            commands.extend(heat_map::heat_map_ui(
                ui,
                shown,
                &view,
                screen.theme,
                screen.focus_page,
            ));
        }
    }
    commands
}

/// "Return feedback to 34 students? 20 have comments from you; 14 get
/// only their marks (no comments)", with the buttons to do it or not.
fn confirm_return_ui(ui: &mut Ui, shown: &ClassShown<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let own = |i: usize| {
        shown
            .feedback
            .get(i)
            .copied()
            .flatten()
            .and_then(|f| f.own_part(shown.my_key))
    };
    let to_send: Vec<usize> = (0..shown.students.len())
        .filter(|&i| own(i).is_none_or(|p| !p.returned || p.changed_since_returned()))
        .collect();
    let with_comments = to_send
        .iter()
        .filter(|&&i| own(i).is_some_and(crate::feedback::TeacherFeedback::has_comments))
        .count();
    let again = to_send
        .iter()
        .filter(|&&i| own(i).is_some_and(|p| p.returned))
        .count();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let title = crate::ui::focus::focusable_heading_ui(
            ui,
            &tr!("class-return-confirm", count = to_send.len()),
        );
        if ui.memory(|m| m.focused().is_none()) {
            title.request_focus();
        }
        ui.label(tr!(
            "class-return-confirm-counts",
            comments = with_comments,
            marks_only = to_send.len() - with_comments
        ));
        if again > 0 {
            ui.label(tr!("class-return-confirm-again", count = again));
        }
        ui.label(RichText::new(tr!("class-return-confirm-help")).weak());
        commands.extend(share_reading::share_reading_ui(
            ui,
            shown.students.len(),
            shown.share_reading,
        ));
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(
                    !to_send.is_empty(),
                    egui::Button::new(tr!("class-return-confirm-yes", count = to_send.len())),
                )
                .clicked()
            {
                commands.push(class(ClassCommand::Return(None)));
            }
            if ui.button(tr!("class-return-confirm-no")).clicked() {
                commands.push(class(ClassCommand::AskReturn(false)));
            }
        });
    });
    commands
}

/// The files that were not read, folded away (lesson files are no problem
/// and are not listed).
fn skipped_ui(ui: &mut Ui, skipped: &[Skipped]) {
    let problems: Vec<&Skipped> = skipped.iter().filter(|s| !s.is_lesson_file()).collect();
    if problems.is_empty() {
        return;
    }
    let title = tr!("class-skipped", count = problems.len());
    egui::CollapsingHeader::new(title)
        .id_salt("class-skipped")
        .show(ui, |ui| {
            for file in problems {
                ui.label(tr!(
                    "class-skipped-file",
                    path =
                        crate::lesson::text::escape_for_display(&file.path.display().to_string()),
                    why = file.why.as_str()
                ));
            }
        });
}

/// The buttons `(previous, next)` ("← Previous question", "Next question
/// →") around `label`, one step at a time; the keys are Ctrl+Page Up/Down.
/// Returns the position to go to.
fn step_ui(
    ui: &mut Ui,
    (previous, next): (&str, &str),
    at: usize,
    count: usize,
    label: &str,
) -> Option<usize> {
    let mut go = None;
    ui.horizontal_wrapped(|ui| {
        let key = |command: UiCommand| command.key_text(ui).unwrap_or_default();
        let keys = tr!(
            "class-step-keys",
            previous = key(UiCommand::PreviousSection),
            next = key(UiCommand::NextSection)
        );
        if ui
            .add_enabled(at > 0, egui::Button::new(previous))
            .on_hover_text(&keys)
            .clicked()
        {
            go = Some(at - 1);
        }
        ui.label(RichText::new(label).strong());
        if ui
            .add_enabled(at + 1 < count, egui::Button::new(next))
            .on_hover_text(keys)
            .clicked()
        {
            go = Some(at + 1);
        }
    });
    go
}

/// One row of a table of fixed column widths: each column laid out
/// top-down in its width (text wraps inside it), on a stripe when given.
/// `cell` draws column `i`.
fn table_row_ui(
    ui: &mut Ui,
    widths: &[f32],
    stripe: Option<egui::Color32>,
    mut cell: impl FnMut(&mut Ui, usize),
) {
    let frame = egui::Frame::new()
        .fill(stripe.unwrap_or(egui::Color32::TRANSPARENT))
        .inner_margin(egui::Margin::symmetric(4, 3));
    frame.show(ui, |ui| {
        ui.horizontal_top(|ui| {
            for (column, width) in widths.iter().enumerate() {
                ui.allocate_ui_with_layout(
                    egui::vec2(*width, 0.0),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| {
                        ui.set_width(*width);
                        cell(ui, column);
                    },
                );
            }
        });
    });
}

/// For a list of `total` students longer than [`LIST_PART`]: "Students
/// 101–200 of 3000" with buttons for the parts before and after. Returns the
/// part `from..to` to list, and the start of the part asked for, if any.
fn list_part_ui(ui: &mut Ui, from: usize, total: usize) -> (std::ops::Range<usize>, Option<usize>) {
    let from = if from < total {
        from - from % LIST_PART
    } else {
        0
    };
    let to = (from + LIST_PART).min(total);
    let mut go = None;
    if total > LIST_PART {
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(
                    from > 0,
                    egui::Button::new(tr!("class-list-previous", count = LIST_PART)),
                )
                .clicked()
            {
                go = Some(from.saturating_sub(LIST_PART));
            }
            ui.label(tr!(
                "class-list-part",
                from = from + 1,
                to = to,
                total = total
            ));
            if ui
                .add_enabled(
                    to < total,
                    egui::Button::new(tr!("class-list-next", count = LIST_PART)),
                )
                .clicked()
            {
                go = Some(to);
            }
        });
    }
    (from..to, go)
}

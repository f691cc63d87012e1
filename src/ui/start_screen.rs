//! The start screen: who is working, and which lesson.

use crate::tr;
use egui::{RichText, TextEdit, Ui};

use crate::library::LibraryEntry;
use crate::work::Progress;

use super::command::Command;
use super::focus::keep_focus_in_view;
use super::size_and_theme::size_and_theme_ui;
use super::theme::ThemeChoice;

/// The longest name the name field takes (it names a file and fits a line).
const MAX_NAME_CHARS: usize = 80;

/// What the start screen shows.
pub struct StartView<'a> {
    /// The name typed so far.
    pub student: &'a str,
    /// Names used recently on this laptop, newest first.
    pub recent_names: &'a [String],
    /// Every lesson in the library.
    pub library: &'a [LibraryEntry],
    /// This student's progress per library entry (`None`: not started).
    pub progress: &'a [Option<Progress>],
    /// Per library entry: returned with the teacher's feedback.
    pub returned: &'a [bool],
    /// A lesson given on the command line, waiting for a name.
    pub pending: Option<usize>,
    /// A lesson whose work is being opened.
    pub opening: Option<usize>,
    /// The lesson file path typed, when no file window can be shown.
    pub lesson_path: Option<&'a str>,
    /// The class folder path field, shown when no folder window can be.
    pub class_path: Option<&'a str>,
    /// The current theme (for colours).
    pub theme: ThemeChoice,
    /// The languages on offer, and the code of the one in use.
    pub languages: (&'a [crate::translation::Language], &'a str),
    /// Put the keyboard focus in the name field (first frame, no name yet).
    pub focus_name: bool,
}

/// Draws the start screen.
pub fn start_screen_ui(ui: &mut Ui, view: &StartView<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            // Text size and theme come first: a student can make the app
            // readable before typing a name.
            ui.horizontal_wrapped(|ui| {
                commands.extend(size_and_theme_ui(ui, view.theme));
                let (languages, current) = view.languages;
                commands.extend(super::language_choice::language_select_ui(
                    ui, languages, current,
                ));
            });
            ui.vertical_centered(|ui| {
                ui.set_max_width(720.0);
                ui.add_space(24.0);
                ui.heading(
                    RichText::new(tr!("app-name"))
                        .size(ui.text_style_height(&egui::TextStyle::Heading) * 1.4),
                );
                ui.label(tr!("start-tagline"));
                ui.add_space(16.0);
            });
            ui.vertical_centered_justified(|ui| {
                ui.set_max_width(720.0);
                let entered = name_ui(ui, view, &mut commands);
                ui.add_space(16.0);
                library_ui(ui, view, entered, &mut commands);
            });
            // Whatever Tab reaches is scrolled into view (the Start button
            // is far down on a small window at the largest text).
            let seen = egui::Id::unique("start-screen-focus");
            let mut last = ui.data(|d| d.get_temp(seen));
            keep_focus_in_view(ui, &mut last);
            ui.data_mut(|d| d.insert_temp(seen, last));
        });
    commands
}

/// The id of the "Who is working?" box.
pub fn name_box_id() -> egui::Id {
    egui::Id::unique("student-name")
}

/// The name box, the names used here, and the lesson waiting for a name.
/// Returns whether Enter was pressed in the box (the keyboard moves on to
/// the first lesson's button).
fn name_ui(ui: &mut Ui, view: &StartView<'_>, commands: &mut Vec<Command>) -> bool {
    let mut entered = false;
    egui::Frame::group(ui.style())
        .inner_margin(16.0)
        .show(ui, |ui| {
            ui.vertical(|ui| {
                let label = ui.label(RichText::new(tr!("start-who")).strong());
                let mut name = view.student.to_owned();
                let response = ui.add(
                    TextEdit::singleline(&mut name)
                        .id(name_box_id())
                        .hint_text(tr!("start-name-hint"))
                        .desired_width(f32::INFINITY)
                        .char_limit(MAX_NAME_CHARS),
                );
                let response = response.labelled_by(label.id);
                // The box shows an emoji no bundled font draws as a box: say
                // how the name will be shown everywhere else.
                if let std::borrow::Cow::Owned(shown) =
                    crate::emoji_names::name_undrawn(view.student)
                {
                    ui.label(RichText::new(tr!("start-name-shown-as", name = shown)).weak());
                }
                if view.student.chars().count() >= MAX_NAME_CHARS {
                    ui.label(
                        RichText::new(tr!("start-name-too-long", max = MAX_NAME_CHARS))
                            .color(view.theme.warning_colour()),
                    );
                }
                if view.focus_name {
                    response.request_focus();
                }
                if response.changed() {
                    commands.push(Command::SetStudentName(name));
                }
                entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let others: Vec<&String> = view
                    .recent_names
                    .iter()
                    .filter(|n| n.as_str() != view.student)
                    .collect();
                if !others.is_empty() {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(tr!("start-recent"));
                        for recent in others {
                            let button = ui
                                // Shown in display order; said as typed.
                                .button(crate::bidi::display_line(recent).as_ref())
                                .on_hover_text(tr!("start-work-as.tooltip"));
                            let spoken = tr!("start-work-as", name = recent.as_str());
                            button.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Button, true, &spoken)
                            });
                            if button.clicked() {
                                commands.push(Command::SetStudentName(recent.clone()));
                            }
                        }
                    });
                }
                if let Some(index) = view.pending {
                    ui.add_space(8.0);
                    let title = view
                        .library
                        .get(index)
                        .map(LibraryEntry::title)
                        .unwrap_or_default();
                    let ready = !view.student.trim().is_empty();
                    ui.label(tr!(
                        "start-lesson-to-open",
                        title = crate::bidi::display_line(&title).as_ref()
                    ));
                    if ui
                        .add_enabled(ready, egui::Button::new(tr!("start-start-lesson")))
                        .clicked()
                        || (ready && entered)
                    {
                        commands.push(Command::OpenLesson(index));
                        entered = false;
                    }
                }
            });
        });
    entered
}

/// The lessons, each with its Start (or Continue) button; with `entered`,
/// the keyboard moves to the first one that can be pressed.
fn library_ui(ui: &mut Ui, view: &StartView<'_>, entered: bool, commands: &mut Vec<Command>) {
    let mut focus_start = entered;
    // Left to right and wrapping: Tab follows what the eye reads, and
    // nothing runs off the window's edge on a small screen.
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.heading(tr!("start-lessons"));
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr!("start-open-file")).clicked() {
                commands.push(Command::ChooseLessonFile);
            }
            if ui
                .button(tr!("start-preview-file"))
                .on_hover_text(tr!("start-preview-file.tooltip"))
                .clicked()
            {
                commands.push(Command::PreviewLessonFile);
            }
            if ui
                .button(tr!("start-class-work"))
                .on_hover_text(tr!("start-class-work.tooltip"))
                .clicked()
            {
                commands.push(Command::ChooseClassFolder);
            }
        });
    });
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.label(RichText::new(tr!("start-drop-hint")).weak());
        if let Some(path) = view.lesson_path {
            path_field_ui(
                ui,
                (&tr!("start-lesson-path"), &tr!("start-lesson-path.button")),
                path,
                Command::SetLessonPath,
                Command::OpenLessonPath,
                commands,
            );
        }
        if let Some(path) = view.class_path {
            path_field_ui(
                ui,
                (&tr!("start-class-path"), &tr!("start-class-path.button")),
                path,
                Command::SetClassPath,
                Command::OpenClassPath,
                commands,
            );
        }
    });
    let has_name = !view.student.trim().is_empty();
    for (index, entry) in view.library.iter().enumerate() {
        egui::Frame::group(ui.style())
            .inner_margin(12.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.vertical(|ui| match &entry.lesson {
                    Some(lesson) => {
                        // Titles in display order (a title in Arabic or
                        // Hebrew reads right), said as written.
                        let size = ui.text_style_height(&egui::TextStyle::Body) * 1.15;
                        crate::ui::mixed_text::styled_name_label_ui(ui, &lesson.title, |text| {
                            text.strong().size(size)
                        });
                        // The button first, so it is on screen on small
                        // screens and at large text; it wraps, never runs off.
                        ui.horizontal_wrapped(|ui| {
                            if view.opening == Some(index) {
                                ui.spinner();
                                ui.label(tr!("start-opening"));
                                return;
                            }
                            let progress = view.progress.get(index).copied().flatten();
                            let shown = crate::bidi::display_line(&lesson.title);
                            let [button_text, said] =
                                [shown.as_ref(), lesson.title.as_str()].map(|title| {
                                    if progress.is_some() {
                                        tr!("start-continue", title = title)
                                    } else {
                                        tr!("start-begin", title = title)
                                    }
                                });
                            let enabled = has_name && view.opening.is_none();
                            let button =
                                ui.add_enabled(enabled, egui::Button::new(button_text).wrap());
                            button.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Button, enabled, &said)
                            });
                            if button.clicked() {
                                commands.push(Command::OpenLesson(index));
                            }
                            if focus_start && button.enabled() {
                                button.request_focus();
                                focus_start = false;
                            }
                            if !has_name {
                                ui.label(
                                    RichText::new(tr!("start-name-first"))
                                        .color(view.theme.warning_colour()),
                                );
                            } else if let Some(p) = progress {
                                ui.label(crate::wording::progress(p));
                                if view.returned.get(index).copied().unwrap_or(false) {
                                    ui.label(
                                        RichText::new(tr!("start-returned"))
                                            .strong()
                                            .color(view.theme.ok_colour()),
                                    );
                                }
                            } else {
                                ui.label(tr!("start-not-started"));
                            }
                        });
                        let mut facts = Vec::new();
                        if !lesson.audience.is_empty() {
                            facts.push(lesson.audience.clone());
                        }
                        if let Some(minutes) = lesson.estimated_minutes() {
                            facts.push(tr!("start-minutes", minutes = minutes));
                        }
                        // Counted as the lesson counts them: optional apart.
                        let optional = lesson.prompts().filter(|p| p.optional).count();
                        facts.push(tr!(
                            "start-size",
                            sections = lesson.sections.len(),
                            questions = lesson.prompt_count() - optional
                        ));
                        if optional > 0 {
                            facts.push(tr!("start-optional", count = optional));
                        }
                        ui.label(RichText::new(facts.join(" · ")).weak());
                        if !lesson.summary.is_empty() {
                            ui.label(&lesson.summary);
                        }
                        let (languages, current) = view.languages;
                        commands.extend(super::language_choice::lesson_language_ui(
                            ui,
                            &lesson.language,
                            languages,
                            current,
                        ));
                    }
                    None => {
                        ui.label(
                            RichText::new(tr!("start-broken-lesson", file = entry.origin.label()))
                                .strong()
                                .color(view.theme.warning_colour()),
                        );
                        ui.label(tr!("start-broken-lesson.advice"));
                        for problem in &entry.problems {
                            ui.label(RichText::new(problem).monospace());
                        }
                    }
                });
            });
    }
}

/// A path field and its button, for computers where no file window can be
/// shown: `words` are the field's name and the button's; `set` carries
/// what is typed, `open` opens it.
fn path_field_ui(
    ui: &mut Ui,
    (label, button): (&str, &str),
    path: &str,
    set: fn(String) -> Command,
    open: Command,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        let id = egui::Id::unique(("path-field", label));
        let label = ui.label(label);
        let mut typed = path.to_owned();
        let field = ui
            .add(TextEdit::singleline(&mut typed).id(id).desired_width(360.0))
            .labelled_by(label.id);
        if field.changed() {
            commands.push(set(typed));
        }
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(button).clicked() || entered {
            commands.push(open);
        }
    });
}

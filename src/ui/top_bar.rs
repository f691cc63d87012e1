//! The lesson screen's top bar, always one row: back to the lessons,
//! progress, the save status and "Hand in" always; who is working, text
//! size, theme, reading settings, save, earlier copies and export when
//! there is room, else in the bar's **Menu** (see [`super::menu`]).

use egui::{RichText, Ui};

use crate::tr;
use crate::work::lesson_progress;

use super::command::Command;
use super::lesson_screen::LessonScreen;
use super::menu::{MenuContents, menu_ui};
use super::mixed_text::{label_said_as_ui, name_label_ui};
use super::size_and_theme::{size_and_theme_ui, text_size_and_theme_menu_ui};
use super::ui_command::UiCommand;

/// What the top bar says about handing in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HandInLine {
    /// "Handed in at 10:42", once handed in.
    pub handed_in: Option<String>,
    /// A hand-in is being written.
    pub busy: bool,
}

/// What may leave the bar for the menu, in the order it leaves last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Extra {
    /// "Handed in at 10:42".
    HandedIn,
    /// Who is working.
    Student,
    /// A button with a command.
    Command(UiCommand),
    /// A−, A+, the theme and Reading….
    SizeAndTheme,
}

/// The extras, most wanted in the bar first.
const EXTRAS: [Extra; 6] = [
    Extra::HandedIn,
    Extra::Student,
    Extra::Command(UiCommand::Export),
    Extra::Command(UiCommand::SaveNow),
    Extra::Command(UiCommand::EarlierCopies),
    Extra::SizeAndTheme,
];

/// Draws the top bar: one row, whatever the window's width and text size.
pub fn top_bar_ui(ui: &mut Ui, screen: &LessonScreen<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let handed_in = screen.hand_in.as_ref().and_then(|h| h.handed_in.clone());
    let extra_text = |extra: Extra| match extra {
        Extra::HandedIn => handed_in.clone(),
        Extra::Student => Some(screen.student.to_owned()),
        Extra::Command(command) => Some(command.text()),
        Extra::SizeAndTheme => None,
    };
    // Measure first: what is always there, then each extra while it fits.
    let progress = crate::wording::progress(lesson_progress(screen.lesson, screen.work));
    let hand_in_text = screen.hand_in.as_ref().map(hand_in_text);
    let mut always = button_width(ui, &UiCommand::Lessons.text())
        + label_width(ui, &progress)
        + 2.0 * separator_width(ui)
        + hand_in_text.as_deref().map_or(0.0, |t| button_width(ui, t));
    if screen.status.offer_copy {
        always += button_width(ui, &UiCommand::ExportCopy.text());
    }
    if screen.reading_aloud.is_some() {
        always += button_width(ui, &UiCommand::StopReading.text());
    }
    let status = label_width(ui, &screen.status.text);
    let extra_width = |extra: Extra| match extra {
        Extra::HandedIn | Extra::Student => extra_text(extra).map_or(0.0, |t| label_width(ui, &t)),
        Extra::Command(_) => extra_text(extra).map_or(0.0, |t| button_width(ui, &t)),
        Extra::SizeAndTheme => size_and_theme_width(ui, screen),
    };
    let room = ui.available_width();
    // A preview saves nothing and hands nothing in: no Export, Save now or
    // Earlier copies (they would act on work that is thrown away).
    let extras: Vec<Extra> = EXTRAS
        .into_iter()
        .filter(|e| screen.hand_in.is_some() || !matches!(e, Extra::Command(_)))
        .collect();
    let all: f32 = extras.iter().map(|&e| extra_width(e)).sum();
    let mut inline = Vec::new();
    if always + status + all <= room {
        inline.extend(extras.iter().copied());
    } else {
        let mut used = always + status.min(room / 4.0) + button_width(ui, &tr!("top-bar-menu"));
        for &extra in &extras {
            let width = extra_width(extra);
            if used + width <= room {
                used += width;
                inline.push(extra);
            }
        }
    }
    let in_menu: Vec<Extra> = extras
        .iter()
        .copied()
        .filter(|e| !inline.contains(e))
        .collect();
    // The status gets what is left (cut short with "…", in full on hover).
    let status_room = room
        - always
        - inline.iter().map(|&e| extra_width(e)).sum::<f32>()
        - if in_menu.is_empty() {
            0.0
        } else {
            button_width(ui, &tr!("top-bar-menu"))
        };
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        UiCommand::Lessons.add_ui(ui, &mut commands);
        if inline.contains(&Extra::Student) {
            name_label_ui(ui, screen.student).on_hover_text(tr!("top-bar-student"));
        }
        ui.separator();
        ui.add(egui::Label::new(&progress).wrap_mode(egui::TextWrapMode::Extend));
        ui.separator();
        status_ui(ui, screen, status_room);
        if screen.status.offer_copy {
            UiCommand::ExportCopy.add_ui(ui, &mut commands);
        }
        if screen.reading_aloud.is_some() {
            UiCommand::StopReading.add_ui(ui, &mut commands);
        }
        for extra in &inline {
            match extra {
                Extra::Command(command) => command.add_ui(ui, &mut commands),
                Extra::SizeAndTheme => commands.extend(size_and_theme_ui(ui, screen.theme)),
                Extra::HandedIn | Extra::Student => {}
            }
        }
        if !in_menu.is_empty() {
            commands.extend(bar_menu_ui(ui, screen, &in_menu, handed_in.as_deref()));
        }
        if let Some(hand_in) = &screen.hand_in {
            commands.extend(hand_in_ui(ui, hand_in));
            if let Some(handed_in) = &hand_in.handed_in
                && inline.contains(&Extra::HandedIn)
            {
                ui.add(egui::Label::new(handed_in).wrap_mode(egui::TextWrapMode::Extend));
            }
        }
    });
    ui.add_space(2.0);
    commands
}

/// The save status: a live region, so a screen reader says "Not saved: …"
/// when saving fails, without the student looking for it.
fn status_ui(ui: &mut Ui, screen: &LessonScreen<'_>, room: f32) {
    let status = RichText::new(&screen.status.text);
    let status = if screen.status.problem {
        status.color(screen.theme.warning_colour())
    } else {
        status
    };
    let label = ui
        .scope(|ui| {
            ui.set_max_width(room.max(40.0));
            ui.add(egui::Label::new(status).truncate())
        })
        .inner;
    // Said in full, even when cut short on screen.
    label.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &screen.status.text));
    ui.ctx().accesskit_node_builder(label.id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
    if !screen.status.detail.is_empty() {
        label.on_hover_text(&screen.status.detail);
    }
}

/// The bar's menu with the extras that did not fit.
fn bar_menu_ui(
    ui: &mut Ui,
    screen: &LessonScreen<'_>,
    extras: &[Extra],
    handed_in: Option<&str>,
) -> Vec<Command> {
    let id = ui.make_persistent_id("top-bar-menu");
    let (commands, _) = menu_ui(
        ui,
        id,
        (&tr!("top-bar-menu"), &tr!("top-bar-menu.name")),
        |ui| {
            let mut commands = Vec::new();
            let mut first = None;
            ui.with_layout(egui::Layout::top_down_justified(egui::Align::Min), |ui| {
                for extra in extras {
                    match extra {
                        Extra::HandedIn => {
                            if let Some(text) = handed_in {
                                ui.label(text);
                            }
                        }
                        Extra::Student => {
                            // Shown in display order; said in the order typed.
                            let name = crate::bidi::display_line(screen.student);
                            label_said_as_ui(
                                ui,
                                tr!("top-bar-working-as", name = name.as_ref()),
                                &tr!("top-bar-working-as", name = screen.student),
                            );
                        }
                        Extra::Command(command) => {
                            let button = command.button_ui(ui, true);
                            if button.clicked() {
                                commands.push(command.command());
                            }
                            first.get_or_insert(button);
                        }
                        Extra::SizeAndTheme => {
                            let (more, size) = text_size_and_theme_menu_ui(ui, screen.theme);
                            commands.extend(more);
                            first.get_or_insert(size);
                        }
                    }
                }
            });
            // Text size and theme keep it open (to try again); commands close it.
            let close = commands
                .iter()
                .any(|c| !matches!(c, Command::ChangeTextSize(_) | Command::SetTheme(_)));
            MenuContents {
                inner: commands,
                first,
                close,
            }
        },
    );
    commands.unwrap_or_default()
}

/// "Hand in", "Hand in again" or "Handing in…".
fn hand_in_text(hand_in: &HandInLine) -> String {
    if hand_in.busy {
        tr!("cmd-hand-in.busy")
    } else if hand_in.handed_in.is_some() {
        tr!("cmd-hand-in.again")
    } else {
        UiCommand::HandIn.text()
    }
}

/// "Hand in" (its words say whether it was handed in already).
fn hand_in_ui(ui: &mut Ui, hand_in: &HandInLine) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.separator();
    if UiCommand::HandIn
        .button_with_text_ui(ui, !hand_in.busy, &hand_in_text(hand_in))
        .clicked()
    {
        commands.push(Command::HandIn);
    }
    commands
}

/// How wide `text` is in `style`, on one line.
fn text_width(ui: &Ui, text: &str, style: &egui::TextStyle) -> f32 {
    let font = style.resolve(ui.style());
    ui.fonts_mut(|f| {
        f.layout_no_wrap(text.to_owned(), font, egui::Color32::PLACEHOLDER)
            .size()
            .x
    })
}

/// How much room a button showing `text` takes in a row.
pub fn button_width(ui: &Ui, text: &str) -> f32 {
    text_width(ui, text, &egui::TextStyle::Button)
        + 2.0 * ui.spacing().button_padding.x
        + ui.spacing().item_spacing.x
}

/// How much room a label takes in a row.
fn label_width(ui: &Ui, text: &str) -> f32 {
    text_width(ui, text, &egui::TextStyle::Body) + ui.spacing().item_spacing.x
}

/// How much room a separator takes in a row.
fn separator_width(ui: &Ui) -> f32 {
    2.0 * ui.spacing().item_spacing.x + 2.0
}

/// How much room A−, A+, the theme and Reading… take in a row.
fn size_and_theme_width(ui: &Ui, screen: &LessonScreen<'_>) -> f32 {
    button_width(ui, &UiCommand::SmallerText.text())
        + button_width(ui, &UiCommand::BiggerText.text())
        + button_width(ui, &screen.theme.label())
        + ui.spacing().icon_width
        + ui.spacing().icon_spacing
        + button_width(ui, &UiCommand::ReadingSettings.text())
}

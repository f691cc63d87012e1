//! "▶ Watch from 0:42" under a passage whose source names a video: it asks
//! the app to open the video at the passage's time, outside the window
//! (`crate::player`); nothing plays here.

use egui::Ui;

use crate::lesson::video::{format_time, moment, spoken_time};
use crate::lesson::{Lesson, Passage};
use crate::tr;

use super::command::Command;

/// The passage's "Watch from" button, when its time reads and its source
/// names a video; a screen reader hears "Watch the video from 0 minutes 42
/// seconds". Returns [`Command::Watch`] when pressed.
pub fn watch_button_ui(ui: &mut Ui, lesson: &Lesson, passage: &Passage) -> Option<Command> {
    let moment = moment(lesson, passage)?;
    let button = ui
        .small_button(tr!("watch-from", time = format_time(moment.seconds)))
        .on_hover_text(tr!("watch-from.tooltip"));
    let spoken = tr!("watch-from-name", spoken = spoken_time(moment.seconds));
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &spoken));
    button.clicked().then_some(Command::Watch(moment))
}

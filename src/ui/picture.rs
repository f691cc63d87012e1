//! A lesson's picture on screen: scaled to the column (and a height cap),
//! with its description as its name for screen readers; a click or Enter
//! enlarges it in a window of its own.

use crate::tr;
use egui::{RichText, Ui};

use super::command::Command;
use crate::lesson::Image;

/// A picture as the screen has it.
#[derive(Clone)]
pub enum PictureView {
    /// Being read and decoded in the background.
    Loading,
    /// Ready to draw.
    Ready(egui::TextureHandle),
    /// It could not be shown: why.
    Failed(String),
}

/// Pictures are never taller than this on the lesson screen.
const MAX_HEIGHT: f32 = 360.0;

/// Draws the picture (or its description while it loads or when it
/// cannot be shown); the image's `alt` is what it shows, in words.
pub fn picture_ui(ui: &mut Ui, view: &PictureView, image: &Image) -> Vec<Command> {
    let alt = image.alt.as_str();
    let mut commands = Vec::new();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        match view {
            PictureView::Ready(texture) => {
                let picture = egui::Image::new(texture)
                    .max_width(ui.available_width())
                    .max_height(MAX_HEIGHT)
                    .alt_text(alt)
                    .sense(egui::Sense::click());
                let response = ui.add(picture).on_hover_text(tr!("picture-enlarge"));
                if response.clicked() {
                    commands.push(Command::EnlargePicture(image.clone()));
                }
                ui.label(RichText::new(tr!("picture-alt", alt = alt)).small().weak());
            }
            PictureView::Loading => {
                ui.horizontal_wrapped(|ui| {
                    ui.spinner();
                    ui.label(tr!("picture-loading", alt = alt));
                });
            }
            PictureView::Failed(why) => {
                ui.label(tr!("picture-alt", alt = alt));
                ui.label(RichText::new(tr!("picture-failed", why = why.as_str())).weak());
            }
        }
    });
    commands
}

/// The enlarged picture, inside the window that shows it: as large as the
/// window allows, scrolled when larger.
pub fn enlarged_picture_ui(
    ui: &mut Ui,
    texture: &egui::TextureHandle,
    alt: &str,
) -> (Vec<Command>, Option<egui::Response>) {
    let mut commands = Vec::new();
    ui.label(alt);
    let screen = ui.ctx().content_rect().size();
    egui::ScrollArea::both()
        .max_height(screen.y * 0.7)
        .show(ui, |ui| {
            ui.add(
                egui::Image::new(texture)
                    .max_width(screen.x * 0.85)
                    .alt_text(alt),
            );
        });
    let close = ui.button(tr!("dialog-close"));
    if close.clicked() {
        commands.push(Command::CloseDialogPicture);
    }
    (commands, Some(close))
}

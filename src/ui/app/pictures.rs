//! The open lesson's pictures: read and decoded by the background worker
//! the first time a section with a picture is shown, then kept as textures
//! for the rest of the lesson; one can be enlarged in a window.

use std::collections::HashMap;
use std::path::PathBuf;

use super::CloseReaderApp;
use super::background::Job;
use crate::lesson::Image;
use crate::picture::Picture;
use crate::ui::command::Command;
use crate::ui::dialog::dialog_ui;
use crate::ui::picture::{PictureView, enlarged_picture_ui};

/// Pictures by file, as far as they have got.
pub(super) type Pictures = HashMap<PathBuf, PictureView>;

impl CloseReaderApp {
    /// A picture of the open lesson, asking for it to be read the first time.
    pub(super) fn picture(&mut self, image: &Image) -> PictureView {
        let Some(folder) = self.open.as_ref().and_then(|o| o.folder.clone()) else {
            return PictureView::Failed("the lesson's folder is not known".to_owned());
        };
        let path = folder.join(&image.path);
        if let Some(view) = self.pictures.get(&path) {
            return view.clone();
        }
        self.pictures.insert(path.clone(), PictureView::Loading);
        self.start(Job::LoadPicture(path));
        PictureView::Loading
    }

    /// The open section's picture.
    pub(super) fn section_picture(&mut self) -> Option<(PictureView, Image)> {
        let open = self.open.as_ref()?;
        let image = open.lesson.sections.get(open.section)?.image.clone()?;
        Some((self.picture(&image), image))
    }

    /// The picture of the document open beside the transcript.
    pub(super) fn document_picture(&mut self) -> Option<(PictureView, Image)> {
        let open = self.open.as_ref()?;
        let (id, _) = open.reader.as_ref()?;
        let image = open.lesson.document(id)?.image.clone()?;
        Some((self.picture(&image), image))
    }

    /// Takes in a picture read in the background.
    pub(super) fn picture_loaded(&mut self, path: PathBuf, result: Result<Box<Picture>, String>) {
        let view = match (result, &self.ctx) {
            (Ok(picture), Some(ctx)) => {
                let image = egui::ColorImage::from_rgba_unmultiplied(
                    [picture.width, picture.height],
                    &picture.rgba,
                );
                PictureView::Ready(ctx.load_texture(
                    path.display().to_string(),
                    image,
                    egui::TextureOptions::LINEAR,
                ))
            }
            (Ok(_), None) => PictureView::Failed("the window is not ready".to_owned()),
            (Err(why), _) => PictureView::Failed(why),
        };
        self.pictures.insert(path, view);
    }

    /// The enlarged picture's window, when one is open.
    pub(super) fn picture_dialog_ui(&mut self, ctx: &egui::Context) -> Option<Vec<Command>> {
        let image = self.open.as_ref()?.enlarged.clone()?;
        let PictureView::Ready(texture) = self.picture(&image) else {
            return None;
        };
        let (mut commands, close) = dialog_ui(ctx, "picture", "Picture", &mut self.dialog, |ui| {
            enlarged_picture_ui(ui, &texture, &image.alt)
        });
        if close {
            commands.push(Command::CloseDialogPicture);
        }
        Some(commands)
    }
}

//! The open lesson's pictures: read and decoded by the background worker
//! the first time a section with a picture is shown, then kept as textures
//! while they fit a memory budget (the least recently shown goes first, and
//! is read again if shown again); one can be enlarged in a window.

use crate::tr;
use std::collections::HashMap;
use std::path::PathBuf;

use super::CloseReaderApp;
use super::background::Job;
use crate::lesson::Image;
use crate::picture::Picture;
use crate::ui::command::Command;
use crate::ui::dialog::dialog_ui;
use crate::ui::picture::{PictureView, enlarged_picture_ui};

/// At most this many bytes of pictures are kept (three of the largest,
/// 2048×2048): flipping through a lesson of many pictures never holds them
/// all.
const BUDGET_BYTES: usize = 3 * 2048 * 2048 * 4;

/// Pictures by file, as far as they have got, and when each was last shown.
#[derive(Default)]
pub(super) struct Pictures {
    views: HashMap<PathBuf, PictureView>,
    shown: HashMap<PathBuf, u64>,
    clock: u64,
}

impl Pictures {
    /// No pictures yet.
    pub(super) fn new() -> Self {
        Self::default()
    }

    /// Keeps `view` for `path`, then lets the least recently shown ready
    /// pictures go until the rest fit the budget.
    fn insert(&mut self, path: PathBuf, view: PictureView) {
        self.views.insert(path.clone(), view);
        self.shown.insert(path.clone(), self.clock);
        let bytes = |v: &PictureView| match v {
            PictureView::Ready(texture) => texture.size()[0] * texture.size()[1] * 4,
            _ => 0,
        };
        while self.views.values().map(bytes).sum::<usize>() > BUDGET_BYTES {
            let oldest = self
                .views
                .iter()
                .filter(|(p, v)| **p != path && bytes(v) > 0)
                .min_by_key(|(p, _)| self.shown.get(*p).copied().unwrap_or(0))
                .map(|(p, _)| p.clone());
            let Some(oldest) = oldest else { break };
            self.views.remove(&oldest);
            self.shown.remove(&oldest);
        }
    }

    /// How many pictures are kept ready.
    #[cfg(test)]
    fn ready(&self) -> usize {
        self.views
            .values()
            .filter(|v| matches!(v, PictureView::Ready(_)))
            .count()
    }
}

impl CloseReaderApp {
    /// A picture of the open lesson, asking for it to be read the first time.
    pub(super) fn picture(&mut self, image: &Image) -> PictureView {
        let Some(folder) = self.screen.lesson().and_then(|o| o.folder.clone()) else {
            return PictureView::Failed("the lesson's folder is not known".to_owned());
        };
        let path = folder.join(&image.path);
        self.pictures.clock += 1;
        if let Some(view) = self.pictures.views.get(&path) {
            self.pictures.shown.insert(path, self.pictures.clock);
            return view.clone();
        }
        self.pictures.insert(path.clone(), PictureView::Loading);
        self.start(Job::LoadPicture(path));
        PictureView::Loading
    }

    /// The open section's picture.
    pub(super) fn section_picture(&mut self) -> Option<(PictureView, Image)> {
        let open = self.screen.lesson()?;
        let image = open.lesson.sections.get(open.section)?.image.clone()?;
        Some((self.picture(&image), image))
    }

    /// The picture of the document open beside the transcript.
    pub(super) fn document_picture(&mut self) -> Option<(PictureView, Image)> {
        let open = self.screen.lesson()?;
        let (id, _) = open.reader.as_ref()?;
        let image = open.lesson.document(id)?.image.clone()?;
        Some((self.picture(&image), image))
    }

    /// Takes in a picture read in the background.
    pub(super) fn picture_loaded(&mut self, path: PathBuf, result: Result<Box<Picture>, String>) {
        let view = match (result, &self.window.ctx) {
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
    pub(super) fn picture_dialog_ui(
        &mut self,
        ctx: &egui::Context,
        image: &crate::lesson::Image,
    ) -> Vec<Command> {
        let PictureView::Ready(texture) = self.picture(image) else {
            return Vec::new();
        };
        let focus = &mut self.dialog_focus;
        let title = tr!("picture-title");
        let (mut commands, close) = dialog_ui(ctx, "picture", &title, focus, |ui| {
            enlarged_picture_ui(ui, &texture, &image.alt)
        });
        if close {
            commands.push(Command::CloseDialogPicture);
        }
        commands
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_beyond_the_budget_let_the_least_recently_shown_go() {
        let ctx = egui::Context::default();
        let mut pictures = Pictures::new();
        let texture = |n: usize| {
            PictureView::Ready(ctx.load_texture(
                format!("p{n}"),
                egui::ColorImage::filled([2048, 2048], egui::Color32::RED),
                egui::TextureOptions::LINEAR,
            ))
        };
        for n in 0..3 {
            pictures.clock += 1;
            pictures.insert(PathBuf::from(format!("{n}.png")), texture(n));
        }
        // The first is shown again: it is now the most recent.
        pictures.clock += 1;
        pictures
            .shown
            .insert(PathBuf::from("0.png"), pictures.clock);
        for n in 3..6 {
            pictures.clock += 1;
            pictures.insert(PathBuf::from(format!("{n}.png")), texture(n));
        }
        assert_eq!(pictures.ready(), 3);
        assert!(pictures.views.contains_key(&PathBuf::from("5.png")));
        assert!(!pictures.views.contains_key(&PathBuf::from("1.png")));
    }
}

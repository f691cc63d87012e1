//! The desktop app: screens, widgets, theme and fonts. Screens read state and
//! return [`command::Command`]s; [`app::CloseReaderApp::apply`] carries them out.

pub mod app;
pub mod class;
pub mod class_reading;
pub mod command;
pub mod dialog;
pub mod document;
pub mod excerpt;
pub mod export_dialog;
pub mod feedback_view;
pub mod focus;
pub mod focus_keeper;
pub mod fonts;
pub mod glyph_decor;
pub mod highlights;
pub mod history;
pub mod landmarks;
pub mod language_choice;
pub mod lesson_screen;
pub mod lesson_text;
pub mod long_text;
pub mod marking;
pub mod menu;
pub mod mixed_text;
pub mod notes;
pub mod outline;
pub mod picture;
pub mod popup;
pub mod prompts;
pub mod quotation;
pub mod radio_group;
pub mod read_aloud;
pub mod reading_dialog;
pub mod reading_settings;
pub mod reading_stop;
pub mod select;
pub mod size_and_theme;
pub mod start_screen;
pub mod theme;
pub mod top_bar;
pub mod ui_command;
pub mod watch;

pub use app::{AppOptions, CloseReaderApp, Diagnostics, SETTINGS_KEY, Settings};

/// The window icon: `assets/icon.png` at 64×64 as raw RGBA (made with
/// `convert assets/icon.png -resize 64x64 -depth 8 rgba:assets/icon-64.rgba`),
/// so no image decoder is needed.
const WINDOW_ICON: &[u8] = include_bytes!("../../assets/icon-64.rgba");

/// Opens the window and runs the app until it is closed.
pub fn run(options: AppOptions) -> eframe::Result {
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(crate::tr!("app-name"))
            .with_app_id("closereader")
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([640.0, 480.0])
            .with_icon(std::sync::Arc::new(egui::IconData {
                rgba: WINDOW_ICON.to_vec(),
                width: 64,
                height: 64,
            })),
        #[cfg(feature = "wgpu")]
        renderer: eframe::Renderer::Wgpu,
        ..Default::default()
    };
    eframe::run_native(
        "Close Reader",
        native,
        Box::new(|cc| {
            let settings = cc
                .storage
                .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
                .unwrap_or_default();
            let mut app = CloseReaderApp::new(settings, options);
            app.prepare(&cc.egui_ctx);
            Ok(Box::new(app))
        }),
    )
}

//! The floor for start-up and memory figures: a bare eframe window with the
//! same renderer, features and window size as Close Reader, drawing one
//! label. `--quit-after-first-frame` closes it once the first frame is on
//! screen, like the app's flag. Built by `cargo build --release --examples`;
//! measured by `benches/startup.sh`.

fn main() -> eframe::Result {
    let quit = std::env::args().any(|a| a == "--quit-after-first-frame");
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Bare window")
            .with_inner_size([1200.0, 800.0]),
        ..Default::default()
    };
    let mut frames = 0u32;
    eframe::run_ui_native("Bare window", options, move |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello");
        });
        frames += 1;
        if quit {
            if frames >= 2 {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ui.ctx().request_repaint();
            }
        }
    })
}

//! Live preview: the time from a save of the lesson file to the first frame
//! that shows the new version, on the bundled lesson, headless. Prints the
//! median and the worst of 20 saves; nothing is asserted.
//! Run with `cargo bench --bench preview`.

// A benchmark that cannot set itself up has nothing to measure: it may panic.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::time::{Duration, Instant};

use closereader::lesson::bundled::BUNDLED_LESSONS;
use closereader::ui::{AppOptions, CloseReaderApp, Settings};

const SAVES: usize = 20;

fn main() {
    let dir =
        std::env::temp_dir().join(format!("closereader-preview-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp folder");
    let path = dir.join("lesson.ron");
    let text = BUNDLED_LESSONS[0].text;
    std::fs::write(&path, text).expect("write lesson");
    let options = AppOptions {
        preview: Some(path.clone()),
        data_dir: Some(dir.join("data")),
        ..AppOptions::default()
    };
    let ctx = egui::Context::default();
    let mut app = CloseReaderApp::new(Settings::default(), options);
    let frame = |app: &mut CloseReaderApp| {
        let output = ctx.run_ui(egui::RawInput::default(), |ui| app.show(ui));
        std::hint::black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
    };
    let shown = |app: &CloseReaderApp| app.lesson().map(|l| l.version.clone());
    let deadline = Instant::now() + Duration::from_secs(30);
    while shown(&app).is_none() {
        assert!(
            Instant::now() < deadline,
            "the preview never showed the lesson"
        );
        frame(&mut app);
        std::thread::sleep(Duration::from_millis(2));
    }
    let mut times = Vec::new();
    for save in 0..SAVES {
        let version = format!("bench-{save}");
        let edited = text.replacen("version: \"1.0\"", &format!("version: \"{version}\""), 1);
        // Saved as editors do: a new file renamed over the old one.
        let temp = dir.join("lesson.ron.tmp");
        std::fs::write(&temp, edited).expect("write");
        let saved = Instant::now();
        std::fs::rename(&temp, &path).expect("rename");
        while shown(&app).as_deref() != Some(version.as_str()) {
            assert!(
                saved.elapsed() < Duration::from_secs(10),
                "save {save} never showed"
            );
            frame(&mut app);
            std::thread::sleep(Duration::from_millis(1));
        }
        frame(&mut app);
        times.push(saved.elapsed());
        std::thread::sleep(Duration::from_millis(120));
    }
    times.sort();
    println!(
        "preview reload of the bundled lesson, save to new frame: median {:.1} ms, worst {:.1} ms ({SAVES} saves)",
        times[SAVES / 2].as_secs_f64() * 1000.0,
        times[SAVES - 1].as_secs_f64() * 1000.0
    );
    drop(app);
    let _ = std::fs::remove_dir_all(dir);
}

//! Frame time of the lesson screen, headless: layout (`Context::run_ui`) and
//! tessellation, on the bundled lesson and on the stress lesson (200
//! sections, 2,000 passages, 1 MB of answers). Prints the median and the
//! 99th percentile of 300 frames. Run with `cargo bench --bench frame`.

// A benchmark that cannot set itself up has nothing to measure: it may panic.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod common;

use std::time::{Duration, Instant};

use closereader::ui::command::Command;
use closereader::ui::{AppOptions, CloseReaderApp, Settings};
use closereader::work::WorkStore;
use closereader::work::disk::RealDisk;
use closereader::work::file::WorkFile;

const FRAMES: usize = 300;

fn frame_times(app: &mut CloseReaderApp, ctx: &egui::Context, section: usize) -> Vec<Duration> {
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0));
    app.apply(Command::GoToSection(section));
    let mut times = Vec::with_capacity(FRAMES);
    for frame in 0..FRAMES + 10 {
        let input = egui::RawInput {
            screen_rect: Some(screen),
            time: Some(frame as f64 / 60.0),
            ..Default::default()
        };
        let started = Instant::now();
        let output = ctx.run_ui(input, |ui| app.show(ui));
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        std::hint::black_box(primitives);
        if frame >= 10 {
            times.push(started.elapsed()); // the first frames build the font atlas
        }
    }
    times
}

/// Draws frames until the app's background work (lesson folders, opening
/// the work) is done, as a person would wait for the lesson to appear.
fn settle(app: &mut CloseReaderApp, ctx: &egui::Context) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let _ = ctx.run_ui(egui::RawInput::default(), |ui| app.show(ui));
        if !app.is_busy() {
            return;
        }
        assert!(Instant::now() < deadline, "the app stayed busy");
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn report(name: &str, times: Vec<Duration>) {
    let (median, p99) = common::median_p99(times);
    println!("{name}: median {median:.2} ms, p99 {p99:.2} ms ({FRAMES} frames, 1280×800)");
}

fn main() {
    let dir = std::env::temp_dir().join(format!("closereader-frame-bench-{}", std::process::id()));
    let lesson_path = dir.join("stress.ron");
    let data = dir.join("data");
    std::fs::create_dir_all(&dir).expect("temp folder");
    std::fs::write(&lesson_path, common::stress_lesson()).expect("write lesson");
    let store = WorkStore::new(data.clone(), std::sync::Arc::new(RealDisk));
    store
        .save(
            &WorkFile::new("stress", "h", "Bench", common::heavy_work()),
            false,
        )
        .expect("save work");

    let settings = Settings {
        recent_names: vec!["Bench".into()],
        ..Settings::default()
    };
    let options = AppOptions {
        lessons_dirs: vec![dir.clone()],
        data_dir: Some(data),
        ..AppOptions::default()
    };
    let ctx = egui::Context::default();
    let mut app = CloseReaderApp::new(settings, options);
    app.apply(Command::SetStudentName("Bench".into()));
    settle(&mut app, &ctx);
    let index = |app: &CloseReaderApp, id: &str| {
        app.library()
            .iter()
            .position(|e| e.lesson.as_ref().is_some_and(|l| l.id == id))
            .expect("lesson listed")
    };

    app.apply(Command::OpenLesson(index(&app, "social-credit")));
    settle(&mut app, &ctx);
    assert_eq!(
        app.open_lesson(),
        Some(("social-credit", 0)),
        "the lesson screen is what is measured"
    );
    report("bundled lesson, section 1", frame_times(&mut app, &ctx, 0));
    report("bundled lesson, section 9", frame_times(&mut app, &ctx, 8));
    app.apply(Command::GoToSection(2));
    app.apply(Command::OpenDocument("card-bans".into()));
    assert_eq!(app.open_document(), Some("card-bans"));
    report(
        "bundled lesson, section 3 with a source card beside it",
        frame_times(&mut app, &ctx, 2),
    );
    assert_eq!(app.open_document(), Some("card-bans"), "still open");
    app.apply(Command::OpenLesson(index(&app, "stress")));
    settle(&mut app, &ctx);
    assert_eq!(app.open_lesson(), Some(("stress", 0)));
    assert_eq!(
        app.open_work().map(|w| w.answers.len()),
        Some(common::heavy_work().answers.len()),
        "the heavy work is on screen"
    );
    report("stress lesson, section 1", frame_times(&mut app, &ctx, 0));
    report(
        "stress lesson, section 150",
        frame_times(&mut app, &ctx, 149),
    );

    drop(app);
    let _ = std::fs::remove_dir_all(dir);
}

//! The class view with 300 and 3,000 students' work (10 and 100 classes of
//! one lesson): the time from opening the folder to a usable view, the
//! longest frame while the folder is read (the window must stay
//! responsive), and the frame time of the roster, a choice question across
//! the class, one student's lesson and the class's highlights (a heat map of
//! every student's highlights in a section) once it is open. Headless: layout
//! (`Context::run_ui`) and tessellation, not the GPU. Prints medians and
//! maxima; nothing is asserted. Run with `cargo bench --bench class_view`.

// A benchmark that cannot set itself up has nothing to measure: it may panic.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod common;

use std::time::{Duration, Instant};

use closereader::class::review::RosterSort;
use closereader::ui::class::ClassPage;
use closereader::ui::command::{ClassCommand, Command};
use closereader::ui::{AppOptions, CloseReaderApp, Settings};

const FRAMES: usize = 100;

/// One frame at 1280×800: layout and tessellation.
fn frame(app: &mut CloseReaderApp, ctx: &egui::Context, n: usize) -> Duration {
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0));
    let input = egui::RawInput {
        screen_rect: Some(screen),
        time: Some(n as f64 / 60.0),
        ..Default::default()
    };
    let started = Instant::now();
    let output = ctx.run_ui(input, |ui| app.show(ui));
    std::hint::black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
    started.elapsed()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn page(app: &mut CloseReaderApp, ctx: &egui::Context, name: &str, page: ClassPage) {
    app.apply(Command::Class(ClassCommand::Page(page)));
    let mut times: Vec<f64> = (0..FRAMES).map(|n| ms(frame(app, ctx, n))).collect();
    times.sort_by(f64::total_cmp);
    println!(
        "  {name}: median {:.1} ms, max {:.1} ms ({FRAMES} frames)",
        times[FRAMES / 2],
        times[FRAMES - 1]
    );
}

fn main() {
    for count in [300, 3000] {
        let dir = tempfile::tempdir().expect("temp dir");
        common::write_class(dir.path(), count);
        let data = tempfile::tempdir().expect("temp dir");
        let options = AppOptions {
            data_dir: Some(data.path().to_path_buf()),
            class_folder: Some(dir.path().to_path_buf()),
            ..AppOptions::default()
        };
        let ctx = egui::Context::default();
        let started = Instant::now();
        let mut app = CloseReaderApp::new(Settings::default(), options);
        app.prepare(&ctx);
        // Frames as the window would draw them while the folder is read
        // (the progress bar asks for one every 50 ms; here, every 5 ms).
        let mut longest = Duration::ZERO;
        let mut n = 0;
        while app.is_busy() {
            longest = longest.max(frame(&mut app, &ctx, n));
            n += 1;
            std::thread::sleep(Duration::from_millis(5));
        }
        // The first frame with the roster on screen.
        longest = longest.max(frame(&mut app, &ctx, n));
        let usable = started.elapsed();
        println!(
            "class view, {count} work files: usable after {:.0} ms; longest frame while reading {:.1} ms ({n} frames)",
            ms(usable),
            ms(longest)
        );
        page(&mut app, &ctx, "roster", ClassPage::Roster);
        // Question 3 of the bundled lesson is a single choice.
        page(&mut app, &ctx, "a choice question", ClassPage::Question(2));
        page(&mut app, &ctx, "one student", ClassPage::Student(0));
        // The first section's passages, each highlighted by every student.
        page(
            &mut app,
            &ctx,
            "the class's highlights",
            ClassPage::Highlights(0),
        );
        // The roster against a class list of every student and three with no
        // work, sorted by total (each student's marks, out of the lesson's
        // points, worked out every frame).
        let names: Vec<String> = (0..count)
            .map(|n| format!("Student {n}"))
            .chain(["Absent A", "Absent B", "Absent C"].map(String::from))
            .collect();
        app.apply(Command::Class(ClassCommand::SetList(names.join("\n"))));
        app.apply(Command::Class(ClassCommand::Sort(RosterSort::Total)));
        page(
            &mut app,
            &ctx,
            "roster with a class list, by total",
            ClassPage::Roster,
        );
    }
}

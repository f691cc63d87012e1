//! Lesson parse + validate throughput on a generated 5 MB lesson, the time
//! to check the bundled lesson, and the time of each export format on the heavy work (1 MB of answers). Criterion;
//! run with `cargo bench --bench lesson`.

// A benchmark that cannot set itself up has nothing to measure: it may panic.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod common;

use closereader::export::{ExportOptions, Format, render};
use closereader::lesson::check_lesson;
use closereader::work::file::WorkFile;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn parse(c: &mut Criterion) {
    let lesson = common::stress_lesson();
    let mut group = c.benchmark_group("lesson");
    group
        .throughput(Throughput::Bytes(lesson.len() as u64))
        .sample_size(20);
    group.bench_function(
        format!("parse and check {:.1} MB", lesson.len() as f64 / 1e6),
        |b| {
            b.iter(|| {
                let report = check_lesson(std::hint::black_box(lesson.as_bytes()), None);
                assert!(report.lesson.is_some(), "{:?}", report.diagnostics.first());
            });
        },
    );
    group.finish();
    // The bundled lesson is checked before the first frame (the start
    // screen lists it): its time is part of start-up.
    let bundled = closereader::lesson::bundled::BUNDLED_LESSONS[0].text;
    c.bench_function("lesson/check the bundled lesson", |b| {
        b.iter(|| {
            let report = check_lesson(std::hint::black_box(bundled.as_bytes()), None);
            assert!(report.lesson.is_some(), "{:?}", report.diagnostics.first());
        });
    });
}

fn export(c: &mut Criterion) {
    let lesson = check_lesson(common::stress_lesson().as_bytes(), None)
        .lesson
        .expect("valid stress lesson");
    let file = WorkFile::new("stress", "h", "Bench", common::heavy_work());
    let options = ExportOptions {
        include_excerpts: true,
        date: "2026-11-26".into(),
        ..ExportOptions::default()
    };
    let mut group = c.benchmark_group("export heavy work");
    group.sample_size(10);
    for format in Format::ALL {
        group.bench_function(format.extension(), |b| {
            b.iter(|| {
                render(format, &lesson, &file, &options, None)
                    .expect("rendered")
                    .len()
            });
        });
    }
    group.finish();
}

criterion_group!(benches, parse, export);
criterion_main!(benches);

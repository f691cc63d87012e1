//! Collecting a class from a folder: the time to read 300 and 3,000 work
//! files (10 and 100 classes of one lesson, answers in every box) into a
//! `Collection`, and the memory the 300 take. Prints medians of 5 runs;
//! nothing is asserted. Run with `cargo bench --bench class_collect`.

// A benchmark that cannot set itself up has nothing to measure: it may panic.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod common;

use std::time::Instant;

use common::write_class;

use closereader::class::collect;

const RUNS: usize = 5;

/// Resident memory in KiB (Linux; 0 elsewhere).
fn resident_kib() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<u64>().ok())
        .map_or(0, |pages| pages * 4)
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    for count in [300, 3000] {
        let dir = tempfile::tempdir().expect("temp dir");
        write_class(dir.path(), count);
        let before = resident_kib();
        let mut times = Vec::new();
        let mut held = None;
        for _ in 0..RUNS {
            let start = Instant::now();
            let collection = collect(dir.path(), |_| {}).expect("collect");
            times.push(start.elapsed().as_secs_f64() * 1000.0);
            assert_eq!(collection.students("social-credit").len(), count);
            held = Some(collection);
        }
        let after = resident_kib();
        println!(
            "collect {count} work files: median {:.0} ms of {RUNS}; resident memory +{:.1} MiB with them open",
            median(times),
            after.saturating_sub(before) as f64 / 1024.0
        );
        drop(held);
    }
}

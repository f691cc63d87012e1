//! Collecting a class from a folder: the time to read 300 and 3,000 work
//! files (10 and 100 classes of one lesson, answers in every box) into a
//! `Collection`, and the memory the 300 take. Prints medians of 5 runs;
//! nothing is asserted. Run with `cargo bench --bench class_collect`.

// A benchmark that cannot set itself up has nothing to measure: it may panic.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;
use std::time::Instant;

use closereader::class::collect;
use closereader::lesson::bundled::BUNDLED_LESSONS;
use closereader::lesson::check_lesson;
use closereader::work::file::WorkFile;
use closereader::work::{Answer, Work};

const RUNS: usize = 5;

/// `count` students' work on the bundled lesson, every question answered
/// with a paragraph, in folders of 30 like a class's hand-in folders.
fn write_class(dir: &Path, count: usize) {
    let lesson = check_lesson(BUNDLED_LESSONS[0].text.as_bytes(), None)
        .lesson
        .expect("bundled lesson");
    let prompts: Vec<String> = lesson
        .sections
        .iter()
        .flat_map(|s| s.prompts.iter().map(|p| p.id.clone()))
        .collect();
    let paragraph = "The narrator calls the reports sensational, then uses the same \
                     ominous music and a single anecdote to make the point. "
        .repeat(3);
    for n in 0..count {
        let mut work = Work::default();
        for prompt in &prompts {
            work.set_answer(
                prompt,
                Answer {
                    text: paragraph.clone(),
                    ..Answer::default()
                },
            );
        }
        let file = WorkFile::new(&lesson.id, "h", &format!("Student {n}"), work);
        let folder = dir.join(format!("class-{}", n / 30));
        std::fs::create_dir_all(&folder).expect("folder");
        std::fs::write(folder.join(format!("student-{n}.ron")), file.to_text()).expect("write");
    }
}

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

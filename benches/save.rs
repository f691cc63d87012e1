//! Save latency: the time the UI thread spends handing a save to the saving
//! thread, and the background atomic write (fsync included), on a heavy work
//! file. Prints medians; nothing is asserted. Run: `cargo bench --bench save`.

// A benchmark that cannot set itself up has nothing to measure: it may panic.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use closereader::work::disk::RealDisk;
use closereader::work::file::WorkFile;
use closereader::work::saver::Saver;
use closereader::work::{Session, WorkKey, WorkStore};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let dir = std::env::temp_dir().join(format!("closereader-bench-{}", std::process::id()));
    let store = Arc::new(WorkStore::new(dir.clone(), Arc::new(RealDisk)));
    let key = WorkKey {
        lesson_id: "stress".into(),
        student: "Bench".into(),
    };
    let work = common::heavy_work();
    let file = WorkFile::new(&key.lesson_id, "hash", &key.student, work.clone());
    let text = file.to_text();
    println!(
        "heavy work file: {} answers, {:.2} MB",
        work.answers.len(),
        text.len() as f64 / 1_048_576.0
    );

    // UI thread: one edit, then the hand-over (clone + queue), as the app does.
    let saver = Saver::spawn(store.clone(), Box::new(|| {}), None, None);
    let mut session = Session::new(key.clone(), work, "hash", None, None);
    let mut handoff = Vec::new();
    for i in 0..200 {
        let now = Instant::now();
        session.edit(now, |w| w.notebook.push_str(&i.to_string()));
        let started = Instant::now();
        if let Some(request) = session.due_save(now, true) {
            saver.request(request);
        }
        handoff.push(started.elapsed());
        if i % 20 == 0 {
            saver.flush(Duration::from_secs(30));
        }
    }
    saver.flush(Duration::from_secs(30));
    println!(
        "UI thread hand-off (median of 200): {:.3} ms",
        median(handoff).as_secs_f64() * 1000.0
    );

    let mut writes = Vec::new();
    for _ in 0..30 {
        let started = Instant::now();
        if let Err(e) = store.save(&file, false) {
            eprintln!("save failed: {e}");
            return;
        }
        writes.push(started.elapsed());
    }
    println!(
        "background atomic write incl. fsync (median of 30): {:.2} ms",
        median(writes).as_secs_f64() * 1000.0
    );
    let _ = std::fs::remove_dir_all(dir);
}

//! Reading a class folder, handing in and saving feedback, timed, on
//! whatever folder is given (a slow share mounted by `benches/share.sh`):
//! the first read of the class, a re-read of it unchanged (the read cache
//! kept), one hand-in and one feedback save. Prints medians; asserts
//! nothing.
//!
//!     cargo run --release --example share_read -- CLASS-DIR WORK-DIR [RUNS]
//!
//! CLASS-DIR holds the class; hand-ins and feedback go to WORK-DIR (on the
//! share too), the teacher's key to a local temporary folder.

// A benchmark that cannot set itself up has nothing to measure: it may panic.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::PathBuf;
use std::time::{Instant, SystemTime};

use closereader::class::class_fs::RealFs;
use closereader::class::collect_from;
use closereader::class::read_cache::ReadCache;
use closereader::feedback::{Feedback, save_signed};
use closereader::work::Work;
use closereader::work::disk::RealDisk;
use closereader::work::file::WorkFile;

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn timed(runs: usize, mut what: impl FnMut()) -> f64 {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                what();
                start.elapsed().as_secs_f64()
            })
            .collect(),
    )
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let class = PathBuf::from(&args[0]);
    let out = PathBuf::from(&args[1]);
    let runs: usize = args.get(2).map_or(5, |r| r.parse().unwrap());
    let mut students = 0;
    let first = timed(runs, || {
        let mut cache = ReadCache::default();
        let collection = collect_from(&RealFs, &class, &mut cache, |_| {}).unwrap();
        students = collection.lessons.values().map(Vec::len).sum();
    });
    let mut cache = ReadCache::default();
    collect_from(&RealFs, &class, &mut cache, |_| {}).unwrap();
    let again = timed(runs, || {
        collect_from(&RealFs, &class, &mut cache, |_| {}).unwrap();
    });
    let work = WorkFile::new("social-credit", "h", "Bench Student", Work::default());
    let hand_in = timed(runs, || {
        closereader::class::hand_in::hand_in(&RealDisk, &out, &work, SystemTime::now()).unwrap();
    });
    let keys = tempfile::tempdir().unwrap();
    let mut feedback = Feedback::new("social-credit", "Bench Student");
    let (mut base, mut me) = (None, String::new());
    let save = timed(runs, || {
        feedback.own_part_mut(&me).overall.push_str("More. ");
        let (saved, key) = save_signed(
            &RealDisk,
            Some(keys.path()),
            &out,
            base.as_ref(),
            (&feedback, &me),
        )
        .unwrap();
        feedback = saved.feedback.clone();
        base = Some(saved.feedback);
        me = key;
    });
    println!(
        "{students} students: first read {first:.3} s, re-read unchanged {again:.3} s, \
         hand-in {hand_in:.3} s, feedback save {save:.3} s (medians of {runs})"
    );
}

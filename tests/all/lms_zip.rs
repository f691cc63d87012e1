//! A learning platform's "download all submissions" zip read as a class,
//! on the command line and in the window: Canvas's loose files with a
//! resubmission, Moodle's folder per student, and a damaged entry that is
//! listed, never fatal. Nothing is unpacked to disk.

use std::io::Write as _;
use std::path::Path;

use closereader::work::file::HandInRecord;

use crate::common::builders::{WorkBuilder, written};
use crate::common::{self};

/// `student`'s handed-in work on the base lesson, answering q1, as bytes.
pub fn work(student: &str, answer: &str, saved: &str) -> Vec<u8> {
    let mut file = WorkBuilder::new()
        .answer("q1", written(answer))
        .saved_at(saved)
        .file("base", student);
    file.hand_in = Some(HandInRecord {
        at: saved.into(),
        copy: "c0ffee".into(),
    });
    file.to_text().into_bytes()
}

/// A zip of `entries` (name, bytes), deflated, at `path`.
pub fn zip_of(path: &Path, entries: &[(&str, Vec<u8>)]) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).expect("create"));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).expect("entry");
        zip.write_all(bytes).expect("write");
    }
    zip.finish().expect("finish");
}

fn class_csv(dir: &Path, zip: &Path) -> (i32, String, Vec<Vec<String>>) {
    let lesson = common::base_lesson();
    let out = dir.join("class.csv");
    let (code, _, stderr) = common::closereader(
        &[
            "class",
            zip.to_str().expect("path"),
            "--lesson",
            lesson.to_str().expect("path"),
            "--csv",
            out.to_str().expect("path"),
        ],
        dir,
    );
    let text = std::fs::read_to_string(&out).unwrap_or_default();
    let rows = crate::class_folder::parse_csv(text.trim_start_matches('\u{feff}'));
    (code, stderr, rows)
}

fn answer_of<'a>(rows: &'a [Vec<String>], student: &str) -> Option<&'a str> {
    let q1 = rows[0]
        .iter()
        .position(|h| h.contains("What is the claim?"))?;
    rows.iter()
        .find(|r| r.first().is_some_and(|n| n == student))
        .and_then(|r| r.get(q1))
        .map(String::as_str)
}

#[test]
fn a_canvas_download_with_a_resubmission_and_a_damaged_entry_reads_as_a_class() {
    let dir = tempfile::tempdir().expect("temp dir");
    let zip = dir.path().join("submissions.zip");
    zip_of(
        &zip,
        &[
            (
                "okaforada_1234_5678_work.ron",
                work("Ada Okafor", "first try", "2026-11-26T10:00:00Z"),
            ),
            // A resubmission: Canvas numbers it; the newer one is shown.
            (
                "okaforada_1234_5690_work-1.ron",
                work("Ada Okafor", "second try", "2026-11-26T11:00:00Z"),
            ),
            (
                "levinoa_22_33_work.ron",
                work("Noa Levi", "a claim", "2026-11-26T10:30:00Z"),
            ),
            ("brokenbo_9_9_work.ron", b"not a work file at all".to_vec()),
            (
                "__MACOSX/._okaforada_1234_5678_work.ron",
                b"\0\x05\x16\x07".to_vec(),
            ),
            ("notes.txt", b"not work".to_vec()),
        ],
    );
    let (code, stderr, rows) = class_csv(dir.path(), &zip);
    assert_eq!(code, 1, "a damaged entry is reported: {stderr}");
    assert!(stderr.contains("brokenbo_9_9_work.ron"), "{stderr}");
    assert!(!stderr.contains("__MACOSX"), "{stderr}");
    assert_eq!(answer_of(&rows, "Ada Okafor"), Some("second try"));
    assert_eq!(answer_of(&rows, "Noa Levi"), Some("a claim"));
    // Handed in: from inside the files, whatever the platform named them.
    let handed = rows[0]
        .iter()
        .position(|h| h == "Handed in")
        .expect("a column");
    assert!(rows[1..].iter().all(|r| r[handed] == "yes"), "{rows:?}");
    // Nothing was unpacked beside the zip.
    let beside: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(beside.len(), 2, "{beside:?}");
}

#[test]
fn a_moodle_download_with_a_folder_per_student_reads_as_a_class() {
    let dir = tempfile::tempdir().expect("temp dir");
    let zip = dir.path().join("Assignment-12345.zip");
    zip_of(
        &zip,
        &[
            (
                "Ada Okafor_1234_assignsubmission_file/work.ron",
                work("Ada Okafor", "moodle answer", "2026-11-26T10:00:00Z"),
            ),
            (
                "Noa Levi_22_assignsubmission_file/social credit work.ron",
                work("Noa Levi", "another", "2026-11-26T10:10:00Z"),
            ),
            (
                "Noa Levi_22_assignsubmission_onlinetext/onlinetext.html",
                b"<p>hi</p>".to_vec(),
            ),
        ],
    );
    let (code, stderr, rows) = class_csv(dir.path(), &zip);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(answer_of(&rows, "Ada Okafor"), Some("moodle answer"));
    assert_eq!(answer_of(&rows, "Noa Levi"), Some("another"));
}

#[test]
fn a_corrupted_entry_or_a_file_that_is_not_a_zip_is_said_never_fatal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let zip = dir.path().join("class.zip");
    let good = work("Ada Okafor", "kept", "2026-11-26T10:00:00Z");
    zip_of(
        &zip,
        &[
            ("a_1_2_work.ron", good.clone()),
            (
                "b_3_4_work.ron",
                work("Bo Lind", "lost", "2026-11-26T10:00:00Z"),
            ),
        ],
    );
    // Flip bytes inside the second entry's compressed data: its checksum fails.
    let mut bytes = std::fs::read(&zip).expect("read");
    let second = bytes
        .windows(14)
        .position(|w| w == b"b_3_4_work.ron")
        .expect("the second entry's header");
    for b in &mut bytes[second + 20..second + 40] {
        *b ^= 0xFF;
    }
    std::fs::write(&zip, &bytes).expect("write");
    let (code, stderr, rows) = class_csv(dir.path(), &zip);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("b_3_4_work.ron"), "{stderr}");
    assert_eq!(answer_of(&rows, "Ada Okafor"), Some("kept"));

    let not_zip = dir.path().join("fake.zip");
    std::fs::write(&not_zip, "hello").expect("write");
    let (code, stderr, _) = class_csv(dir.path(), &not_zip);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("could not be read as a zip file"),
        "{stderr}"
    );
}

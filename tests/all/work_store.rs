//! Student work is never lost: atomic saves under SIGKILL, injected disk
//! faults, damaged and newer work files, locks, and round trips.

// Test helpers may panic: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use closereader::work::file::{FORMAT_VERSION, WorkFile};
use closereader::work::{Answer, SaveStatus, Session, Work, WorkKey, WorkStore};
use proptest::prelude::*;

use crate::common::builders::{WorkBuilder, store_in, written};
use crate::common::{self, FakeDisk, KillOnDrop};

fn key() -> WorkKey {
    WorkKey {
        lesson_id: "social-credit".into(),
        student: "Amira".into(),
    }
}

/// Work where every answer says which save it came from, so a mix of two
/// saves would show.
fn work_for(iteration: u64) -> Work {
    (0..20)
        .fold(WorkBuilder::new(), |work, q| {
            work.answer(
                &format!("q{q}"),
                written(format!("iteration {iteration} ").repeat(60)),
            )
        })
        .notebook(format!("iteration {iteration}"))
        .build()
}

fn file_for(iteration: u64) -> WorkFile {
    WorkFile::new("social-credit", "hash", "Amira", work_for(iteration))
}

/// Which save a work file came from; panics if its answers are mixed.
fn iteration_of(file: &WorkFile) -> u64 {
    let iteration: u64 = file
        .work
        .notebook
        .trim_start_matches("iteration ")
        .parse()
        .expect("notebook names the save");
    let expected = format!("iteration {iteration} ").repeat(60);
    assert!(
        file.work.answers.values().all(|a| a.text == expected),
        "answers from different saves"
    );
    assert_eq!(file.work.answers.len(), 20);
    iteration
}

const CHILD_DIR: &str = "CLOSEREADER_TEST_SAVE_LOOP_DIR";
const CHILD_LOCK: &str = "CLOSEREADER_TEST_HOLD_LOCK_DIR";

/// Not a test on its own: the child process of the kill test. It saves in a
/// loop until it is killed.
#[test]
#[ignore = "the child process of the kill tests; runs only there"]
fn child_save_loop() {
    let Ok(dir) = std::env::var(CHILD_DIR) else {
        return;
    };
    let store = store_in(Path::new(&dir));
    let start: u64 = std::env::var("CLOSEREADER_TEST_START")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    for iteration in start.. {
        store
            .save(&file_for(iteration), iteration % 7 == 0)
            .expect("save");
    }
}

/// Not a test on its own: a child that takes the lock, says so, and waits.
#[test]
#[ignore = "the child process of the lock test; runs only there"]
fn child_hold_lock() {
    let Ok(dir) = std::env::var(CHILD_LOCK) else {
        return;
    };
    let store = store_in(Path::new(&dir));
    let _lock = store.lock(&key());
    std::fs::write(Path::new(&dir).join("locked"), "").expect("signal");
    std::thread::sleep(Duration::from_secs(60));
}

/// Runs the child test `test` of this file with `env` set.
fn spawn_child(test: &str, env: &[(&str, &std::ffi::OsStr)]) -> KillOnDrop {
    common::spawn_test_child(&format!("work_store::{test}"), env)
}

fn kill_while_saving(cycles: u64) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_in(dir.path());
    store.save(&file_for(0), true).expect("first save");
    let path = store.work_path(&key());
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut last = 0;
    for cycle in 0..cycles {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let start = (last + 1).to_string();
        let mut child = spawn_child(
            "child_save_loop",
            &[
                (CHILD_DIR, dir.path().as_os_str()),
                ("CLOSEREADER_TEST_START", start.as_ref()),
            ],
        );
        std::thread::sleep(Duration::from_micros(3_000 + seed % 40_000));
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        let bytes = std::fs::read(&path)
            .unwrap_or_else(|e| panic!("cycle {cycle}: work file missing: {e}"));
        assert!(!bytes.is_empty(), "cycle {cycle}: work file is empty");
        let file = WorkFile::parse(&bytes).unwrap_or_else(|e| panic!("cycle {cycle}: {e}"));
        let iteration = iteration_of(&file);
        assert!(
            iteration >= last,
            "cycle {cycle}: went back from save {last} to {iteration}"
        );
        last = iteration;
    }
    assert!(
        last > 0,
        "no save ever finished: the kill test tested nothing"
    );
    eprintln!("{cycles} kills; the last complete save was number {last}");

    // Temporary files cut off by the kills are cleaned once they are old.
    let folder = path.parent().expect("folder");
    let old = std::time::SystemTime::now() - Duration::from_secs(3600);
    for name in files_in(folder).iter().filter(|n| n.ends_with(".tmp")) {
        std::fs::File::options()
            .write(true)
            .open(folder.join(name))
            .expect("open")
            .set_modified(old)
            .expect("age it");
    }
    let (_session, _) = Session::open(&store, key(), "hash");
    let left: Vec<String> = files_in(folder)
        .into_iter()
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn killed_while_saving_the_work_file_is_the_old_or_the_new_never_mixed() {
    kill_while_saving(200);
}

#[test]
#[ignore = "long: run with cargo test --release -- --ignored"]
fn killed_while_saving_two_thousand_times() {
    kill_while_saving(2_000);
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn every_failed_save_leaves_the_last_good_file_and_no_temporary_files() {
    let faults = [
        ("write", io::ErrorKind::StorageFull, "the disk is full"),
        (
            "write",
            io::ErrorKind::PermissionDenied,
            "permission denied (this account may not use it)",
        ),
        (
            "write",
            io::ErrorKind::ReadOnlyFilesystem,
            "the disk is read-only",
        ),
        ("fsync", io::ErrorKind::Other, "other error"),
        (
            "rename",
            io::ErrorKind::PermissionDenied,
            "permission denied (this account may not use it)",
        ),
        ("rename", io::ErrorKind::StorageFull, "the disk is full"),
        (
            "mkdir",
            io::ErrorKind::ReadOnlyFilesystem,
            "the disk is read-only",
        ),
    ];
    for (fail, error, why) in faults {
        let dir = tempfile::tempdir().expect("temp dir");
        store_in(dir.path())
            .save(&file_for(1), false)
            .expect("good save");
        let path = store_in(dir.path()).work_path(&key());
        let good = std::fs::read(&path).expect("read");
        let before = files_in(path.parent().expect("folder"));

        let faulty = WorkStore::new(
            dir.path().to_path_buf(),
            Arc::new(FakeDisk::failing(fail, error)),
        );
        let result = faulty.save(&file_for(2), false);
        let message =
            closereader::io_error::plain_words(&result.expect_err("the fault fails the save"));
        assert_eq!(message, why, "{fail} {error:?}");
        assert_eq!(
            std::fs::read(&path).expect("read"),
            good,
            "{fail} {error:?}: the last good file changed"
        );
        assert_eq!(
            files_in(path.parent().expect("folder")),
            before,
            "{fail} {error:?}: stray files"
        );

        // The session reports it, keeps the work, and retries.
        let mut session = Session::new(key(), Work::default(), "hash", None, None);
        let now = Instant::now();
        session.edit(now, |w| w.notebook = "keep me".into());
        let request = session.due_save(now, true).expect("due");
        let report = closereader::work::saver::SaveReport {
            id: request.id,
            key: key(),
            result: Err(closereader::work::saver::SaveError::Disk(message.clone())),
        };
        session.on_report(now, &report);
        assert_eq!(session.status(), SaveStatus::Failed(message));
        assert_eq!(session.work.notebook, "keep me");
    }
}

#[test]
fn a_failed_folder_sync_still_counts_as_saved_with_the_new_content_in_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let faulty = WorkStore::new(
        dir.path().to_path_buf(),
        Arc::new(FakeDisk::failing("fsync-dir", io::ErrorKind::Other)),
    );
    // The rename has happened: the work is saved (and a later concurrent-
    // writer check sees this window's own content).
    faulty.save(&file_for(3), false).expect("saved");
    let file =
        WorkFile::parse(&std::fs::read(faulty.work_path(&key())).expect("read")).expect("parses");
    assert_eq!(iteration_of(&file), 3);
}

fn corruptions(good: &[u8]) -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("empty", Vec::new()),
        ("truncated", good[..good.len() / 2].to_vec()),
        (
            "random bytes",
            (0..4096u32)
                .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
                .collect(),
        ),
        (
            "invalid UTF-8",
            [&good[..40], &[0xff, 0xfe, 0xfd][..], &good[40..]].concat(),
        ),
        (
            "wrong schema",
            b"Lesson(id: \"x\", title: \"not a work file\")".to_vec(),
        ),
        ("only spaces", b"   \n\n".to_vec()),
    ]
}

#[test]
fn a_damaged_work_file_is_set_aside_and_the_newest_good_snapshot_comes_back() {
    for (name, bad) in corruptions(file_for(1).to_text().as_bytes()) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store_in(dir.path());
        store.save(&file_for(1), true).expect("save with snapshot");
        store.save(&file_for(2), false).expect("save");
        let path = store.work_path(&key());
        std::fs::write(&path, &bad).expect("damage");

        let loaded = store.load(&key());
        assert_eq!(loaded.work, work_for(1), "{name}: the snapshot is loaded");
        assert!(loaded.read_only.is_none(), "{name}");
        let notice = loaded.notice.expect("the student is told");
        assert!(
            notice.contains("was damaged, so the copy from"),
            "{name}: {notice}"
        );
        let folder = path.parent().expect("folder");
        let aside: Vec<String> = files_in(folder)
            .into_iter()
            .filter(|n| n.contains(".corrupt-"))
            .collect();
        assert_eq!(aside.len(), 1, "{name}: {:?}", files_in(folder));
        assert_eq!(
            std::fs::read(folder.join(&aside[0])).expect("read"),
            bad,
            "{name}: kept as it was"
        );
        assert!(notice.contains(&aside[0]), "{name}: {notice}");
    }
}

#[test]
fn a_damaged_work_file_without_snapshots_starts_empty_and_is_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_in(dir.path());
    store.save(&file_for(1), false).expect("save");
    std::fs::write(store.work_path(&key()), b"(format: 1, garbage").expect("damage");
    let loaded = store.load(&key());
    assert_eq!(loaded.work, Work::default());
    assert!(
        loaded
            .notice
            .expect("told")
            .contains("there was no earlier copy")
    );
}

#[test]
fn single_flipped_bytes_never_panic_and_never_lose_the_snapshot() {
    let good = file_for(5).to_text().into_bytes();
    for at in (0..good.len()).step_by(11) {
        for bit in [0u8, 3, 7] {
            let dir = tempfile::tempdir().expect("temp dir");
            let store = store_in(dir.path());
            store.save(&file_for(4), true).expect("snapshot");
            let mut bad = good.clone();
            bad[at] ^= 1 << bit;
            std::fs::write(store.work_path(&key()), &bad).expect("damage");
            let loaded = store.load(&key());
            match WorkFile::parse(&bad) {
                Ok(file) if file.is_of(&key()) => assert_eq!(
                    loaded.work, file.work,
                    "byte {at}: still readable, used as it is"
                ),
                // Damaged, or now naming someone else: set aside.
                _ => assert_eq!(
                    loaded.work,
                    work_for(4),
                    "byte {at}: the snapshot comes back"
                ),
            }
        }
    }
}

#[test]
fn work_from_a_newer_version_opens_read_only_and_is_never_overwritten() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_in(dir.path());
    let newer = file_for(1)
        .to_text()
        .replace(&format!("format: {FORMAT_VERSION},"), "format: 9,");
    let path = store.work_path(&key());
    std::fs::create_dir_all(path.parent().expect("folder")).expect("mkdir");
    std::fs::write(&path, &newer).expect("write");
    let (mut session, notice) = Session::open(&store, key(), "hash");
    assert!(
        notice
            .expect("told")
            .contains("newer version of Close Reader")
    );
    assert!(matches!(session.status(), SaveStatus::ReadOnly(_)));
    assert_eq!(session.work, work_for(1), "shown, since it still reads");
    session.edit(Instant::now(), |w| w.notebook = "changed".into());
    assert!(session.due_save(Instant::now(), true).is_none());
    assert_eq!(std::fs::read_to_string(&path).expect("read"), newer);
}

#[test]
fn a_second_copy_opens_read_only_and_a_crashed_copy_blocks_no_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_in(dir.path());
    let (first, notice) = Session::open(&store, key(), "hash");
    assert!(notice.is_none());
    let (second, notice) = Session::open(&store, key(), "hash");
    assert!(
        notice
            .expect("told")
            .contains("open in another Close Reader window")
    );
    assert!(second.read_only.is_some());
    drop(second);
    drop(first);
    let (third, _) = Session::open(&store, key(), "hash");
    assert!(
        third.read_only.is_none(),
        "closing the first copy frees the work"
    );
    drop(third);

    // A copy that dies holding the lock: the OS releases it.
    let mut child = spawn_child("child_hold_lock", &[(CHILD_LOCK, dir.path().as_os_str())]);
    common::eventually(
        "the child to take the lock",
        Duration::from_secs(20),
        || dir.path().join("locked").exists(),
    );
    let (blocked, _) = Session::open(&store, key(), "hash");
    assert!(
        blocked.read_only.is_some(),
        "the running child holds the lock"
    );
    drop(blocked);
    child.kill().expect("SIGKILL");
    child.wait().expect("reap");
    let (after, notice) = Session::open(&store, key(), "hash");
    assert!(after.read_only.is_none(), "{notice:?}");
}

#[test]
fn snapshots_are_listed_newest_first_and_read_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_in(dir.path());
    // Names have whole seconds: twelve saves in a row share one or two
    // (…-2.ron, …-10.ron), and still list newest first.
    for n in 1..=12 {
        store.save(&file_for(n), true).expect("save");
    }
    let snapshots = store.snapshots(&key());
    let listed: Vec<u64> = snapshots
        .iter()
        .map(|s| iteration_of(&store.read_snapshot(s).expect("read")))
        .collect();
    assert_eq!(listed, (1..=12).rev().collect::<Vec<u64>>());
}

fn any_work() -> impl Strategy<Value = Work> {
    let text = "(\\PC|[\\n\\t\"\\\\\u{202e}\u{1F600}社会\u{05D0}])*";
    (
        proptest::collection::btree_map(
            "[a-z0-9_-]{1,12}",
            (
                text,
                proptest::collection::vec(0usize..30, 0..4),
                proptest::option::of(-5i32..20),
            ),
            0..6,
        ),
        proptest::collection::btree_map("[a-z0-9_-]{1,12}", text, 0..4),
        text,
    )
        .prop_map(|(answers, notes, notebook)| {
            let mut work = Work::default();
            for (id, (text, chosen, rating)) in answers {
                work.answers.insert(
                    id,
                    Answer {
                        text,
                        chosen,
                        rating,
                        cited: vec![],
                        highlights: vec![],
                    },
                );
            }
            work.section_notes = notes;
            work.notebook = notebook;
            work
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_unicode_work_round_trips_through_save_and_load(work in any_work(), student in "\\PC{1,30}") {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store_in(dir.path());
                prop_assume!(!student.trim().is_empty(), "the app never saves work for a blank name");
        let key = WorkKey::new("lesson", &student);
        store.save(&WorkFile::new("lesson", "h", &student, work.clone()), false).expect("save");
        let loaded = store.load(&key);
        prop_assert_eq!(loaded.notice, None);
        prop_assert_eq!(loaded.work, work);
    }
}

#[test]
fn recovered_work_is_written_back_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_in(dir.path());
    store.save(&file_for(1), true).expect("snapshot");
    std::fs::write(store.work_path(&key()), b"garbage").expect("damage");
    let (mut session, notice) = Session::open(&store, key(), "hash");
    assert!(notice.is_some());
    let soon = Instant::now() + closereader::work::session::AUTOSAVE_MAX_WAIT;
    let request = session
        .due_save(soon, false)
        .expect("the recovered work is saved without an edit");
    assert_eq!(request.file.work, work_for(1));
}

#[test]
fn two_snapshots_in_one_second_are_both_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_in(dir.path());
    store.save_snapshot(&file_for(1)).expect("first");
    store.save_snapshot(&file_for(2)).expect("second");
    let mut works: Vec<u64> = store
        .snapshots(&key())
        .iter()
        .map(|s| iteration_of(&store.read_snapshot(s).expect("read")))
        .collect();
    works.sort_unstable();
    assert_eq!(works, [1, 2]);
}

#[test]
fn lessons_whose_ids_differ_only_in_case_never_share_a_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_in(dir.path());
    let upper = store.work_path(&WorkKey::new("Intro", "Amira"));
    let lower = store.work_path(&WorkKey::new("intro", "Amira"));
    assert_ne!(
        upper.parent().map(|p| p.to_string_lossy().to_lowercase()),
        lower.parent().map(|p| p.to_string_lossy().to_lowercase())
    );
}

/// Two windows on the same work where the lock cannot be taken (a share
/// without locks): neither silently overwrites the other; the second
/// writer's work goes to a conflict copy and the student is told.
#[test]
fn without_a_lock_a_second_writer_never_overwrites_the_first() {
    use closereader::work::Autosave;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Arc::new(WorkStore::new(
        dir.path().to_path_buf(),
        Arc::new(FakeDisk::without_locks()),
    ));
    store.save(&file_for(0), false).expect("earlier work");
    let open = || Autosave::open(store.clone(), key(), "hash", Box::new(|| {}));
    let (mut first, notice) = open();
    assert_eq!(notice, None, "both windows may edit");
    let (mut second, _) = open();
    let wait = Duration::from_secs(10);

    first.edit(Instant::now(), |w| w.notebook = "first window".into());
    assert!(first.flush(wait));
    assert_eq!(first.status(), SaveStatus::Saved);

    second.edit(Instant::now(), |w| w.notebook = "second window".into());
    assert!(
        second.flush(wait),
        "the second window's work is on disk too"
    );
    let SaveStatus::SavedAsCopy(copy) = second.status() else {
        panic!("the second window was not told: {:?}", second.status());
    };
    let on_disk = |path: &Path| {
        WorkFile::parse(&std::fs::read(path).expect("read"))
            .expect("parses")
            .work
            .notebook
    };
    assert_eq!(on_disk(&store.work_path(&key())), "first window");
    assert_eq!(on_disk(&copy), "second window");
    assert!(
        copy.file_name()
            .expect("name")
            .to_string_lossy()
            .contains(".conflict-"),
        "{copy:?}"
    );

    // The second window keeps saving to its copy; the first to the work file.
    second.edit(Instant::now(), |w| w.notebook = "second, later".into());
    assert!(second.flush(wait));
    assert_eq!(on_disk(&copy), "second, later");
    first.edit(Instant::now(), |w| w.notebook = "first, later".into());
    assert!(first.flush(wait));
    assert_eq!(first.status(), SaveStatus::Saved);
    assert_eq!(on_disk(&store.work_path(&key())), "first, later");
}

/// The work file was deleted, but earlier copies exist: the newest comes
/// back, the student is told, and it is written back at once.
#[test]
fn a_missing_work_file_with_earlier_copies_brings_the_newest_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_in(dir.path());
    store.save(&file_for(1), true).expect("first snapshot");
    store.save(&file_for(2), true).expect("second snapshot");
    std::fs::remove_file(store.work_path(&key())).expect("delete");
    let loaded = store.load(&key());
    assert_eq!(iteration_of(&WorkFile::new("l", "h", "s", loaded.work)), 2);
    assert!(loaded.recovered, "it is written back");
    let notice = loaded.notice.expect("told");
    assert!(
        notice.starts_with("Your saved work was missing, so the copy from "),
        "{notice}"
    );
    // A new student (no copies) starts empty with nothing to say.
    let other = WorkKey::new("social-credit", "Ben");
    let fresh = store.load(&other);
    assert_eq!((fresh.notice, fresh.recovered), (None, false));
}

/// Work files stay private to the student's account (mode 0600), whatever
/// the umask; exports follow the umask (tests/export.rs).
#[cfg(unix)]
#[test]
fn work_files_and_snapshots_are_private() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_in(dir.path());
    store.save(&file_for(1), true).expect("save");
    let mode = |path: &Path| std::fs::metadata(path).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode(&store.work_path(&key())), 0o600);
    let snapshot = &store.snapshots(&key())[0];
    assert_eq!(mode(&snapshot.path), 0o600);
}

//! Where work files live, and loading them safely: damaged files are set
//! aside (never overwritten) and the newest good snapshot is brought back.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use super::Work;
use super::concurrent::Fingerprint;
pub use super::disk::Lock;
use super::disk::{Disk, FileMode, write_atomic};
use super::file::{WorkFile, WorkFileError};
use super::history::{Snapshot, new_snapshot_path, snapshot_at, snapshots_to_remove, stamp};
use crate::hash::stable_hash;
use crate::io_error::plain_words;
use crate::tr;

/// Temporary files older than this are left over from a cut-off save.
pub const STALE_TEMP_AGE: std::time::Duration = std::time::Duration::from_secs(60);

/// Which work: a student on a lesson.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct WorkKey {
    /// The lesson's id.
    pub lesson_id: String,
    /// The student's name, as typed (trimmed).
    pub student: String,
}

impl WorkKey {
    /// The key for `student`'s work on `lesson_id` (the name is trimmed).
    pub fn new(lesson_id: &str, student: &str) -> Self {
        Self {
            lesson_id: lesson_id.to_owned(),
            student: student.trim().to_owned(),
        }
    }
}

/// The outcome of loading a student's work.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The work (empty for a new student).
    pub work: Work,
    /// Something the student must be told, in words.
    pub notice: Option<String>,
    /// Why the work must not be saved over, if it must not.
    pub read_only: Option<String>,
    /// The work file was damaged or missing; this work came from a
    /// snapshot (or is empty) and should be written back.
    pub recovered: bool,
    /// What the work file held as it was read.
    pub fingerprint: Fingerprint,
}

impl Loaded {
    fn fresh(work: Work, fingerprint: Fingerprint) -> Self {
        Self {
            work,
            notice: None,
            read_only: None,
            recovered: false,
            fingerprint,
        }
    }

    /// Work shown read-only, with the reason told to the student.
    fn read_only(work: Work, why: String) -> Self {
        Self {
            work,
            notice: Some(why.clone()),
            read_only: Some(why),
            recovered: false,
            fingerprint: Fingerprint::MISSING,
        }
    }
}

/// The work files of every student and lesson under one folder.
pub struct WorkStore {
    root: PathBuf,
    pub(super) disk: Arc<dyn Disk>,
}

impl WorkStore {
    /// A store in `root`, using `disk` for every read and write.
    pub fn new(root: PathBuf, disk: Arc<dyn Disk>) -> Self {
        Self { root, disk }
    }

    /// The platform's local data folder for Close Reader's work files.
    pub fn default_root() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "Close Reader")
            .map(|dirs| dirs.data_local_dir().join("work"))
    }

    /// The folder everything is kept in.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A lesson's folder: its id and a hash of the exact id, so ids that differ
    /// only in case ("Intro", "intro") never share a folder on Windows or macOS.
    fn lesson_dir(&self, lesson_id: &str) -> PathBuf {
        self.root.join(format!(
            "{lesson_id}-{}",
            &stable_hash(lesson_id.as_bytes())[..8]
        ))
    }

    /// The work file for `key`.
    pub fn work_path(&self, key: &WorkKey) -> PathBuf {
        self.lesson_dir(&key.lesson_id)
            .join(format!("{}.ron", student_file_stem(&key.student)))
    }

    /// The folder of `key`'s snapshots.
    pub fn history_dir(&self, key: &WorkKey) -> PathBuf {
        self.lesson_dir(&key.lesson_id)
            .join("history")
            .join(student_file_stem(&key.student))
    }

    fn lock_path(&self, key: &WorkKey) -> PathBuf {
        self.lesson_dir(&key.lesson_id)
            .join(format!("{}.lock", student_file_stem(&key.student)))
    }

    /// Takes the OS lock on `key`'s work, so a second copy of the app opens
    /// it read-only. The OS drops the lock when a process dies, so a crashed
    /// copy never blocks anyone.
    pub fn lock(&self, key: &WorkKey) -> Lock {
        self.disk.lock(&self.lock_path(key))
    }

    /// Removes temporary files left in `key`'s folder by a save that was cut
    /// off (power loss, a killed process). Only files older than
    /// [`STALE_TEMP_AGE`] go, so a save running in another copy is never touched.
    pub fn remove_stale_temp_files(&self, key: &WorkKey) {
        let Some(dir) = self.work_path(key).parent().map(Path::to_path_buf) else {
            return;
        };
        for path in self.disk.list(&dir).unwrap_or_default() {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let stale = std::fs::metadata(&path)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|modified| modified.elapsed().ok())
                .is_some_and(|age| age >= STALE_TEMP_AGE);
            if name.starts_with(".closereader-") && name.ends_with(".tmp") && stale {
                let _ = self.disk.remove_file(&path);
            }
        }
    }

    /// Loads `key`'s work. A damaged file is renamed aside and the newest
    /// good snapshot loaded instead; a file from a newer version, or one that
    /// cannot be read or set aside, is opened read-only.
    pub fn load(&self, key: &WorkKey) -> Loaded {
        self.move_from_legacy_name(key);
        let path = self.work_path(key);
        let bytes = match self.disk.read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return self.recover_missing(key),
            Err(e) => {
                let why = tr!("sys-work-unreadable", why = plain_words(&e));
                return Loaded::read_only(Work::default(), why);
            }
        };
        match WorkFile::parse(&bytes) {
            // Another student's work, or another lesson's, under this
            // name: a damaged or tampered file (two names cannot share a
            // file by chance). Never opened as this student's: set aside
            // like any damaged file, and the newest good copy brought back.
            Ok(file) if !file.is_of(key) => self.recover(key, &path),
            Ok(file) => Loaded::fresh(file.work, Fingerprint::of(&bytes)),
            Err(WorkFileError::Newer(format)) => {
                let why = tr!("sys-work-newer", format = format);
                let work =
                    ron::from_str::<WorkFile>(std::str::from_utf8(&bytes).unwrap_or_default())
                        .map(|f| f.work)
                        .unwrap_or_default();
                Loaded::read_only(work, why)
            }
            Err(WorkFileError::Damaged(_)) => self.recover(key, &path),
        }
    }

    /// The bytes of `key`'s work file, as they are (for exports).
    pub fn read_work_file(&self, key: &WorkKey) -> io::Result<Vec<u8>> {
        self.disk.read(&self.work_path(key))
    }

    /// `key`'s saved work, if there is a readable file; changes nothing (for
    /// progress on the start screen).
    pub fn peek(&self, key: &WorkKey) -> Option<Work> {
        [self.work_path(key), self.legacy_work_path(key)]
            .iter()
            .find_map(|path| {
                WorkFile::parse(&self.disk.read(path).ok()?)
                    .ok()
                    .filter(|file| file.is_of(key))
            })
            .map(|file| file.work)
    }

    /// Where earlier versions kept `key`'s work.
    fn legacy_work_path(&self, key: &WorkKey) -> PathBuf {
        self.lesson_dir(&key.lesson_id)
            .join(format!("{}.ron", legacy_student_file_stem(&key.student)))
    }

    /// Moves `key`'s work and its earlier copies from the names an earlier
    /// version gave them, where nothing is at the new names yet. A file
    /// there that reads as another student's work (who shared the old
    /// name) is left where it is, with its earlier copies; a damaged file
    /// or one from a newer version moves too, and is then handled as any
    /// damaged or newer file is.
    fn move_from_legacy_name(&self, key: &WorkKey) {
        let (old, new) = (self.legacy_work_path(key), self.work_path(key));
        let someone_else_s = self
            .disk
            .read(&old)
            .ok()
            .and_then(|bytes| WorkFile::parse(&bytes).ok())
            .is_some_and(|file| !file.is_of(key));
        if someone_else_s {
            return;
        }
        if self.disk.entry_kind(&new).is_err() {
            let _ = self.disk.rename_new(&old, &new);
        }
        let history = self.lesson_dir(&key.lesson_id).join("history");
        let old_history = history.join(legacy_student_file_stem(&key.student));
        if self.disk.entry_kind(&self.history_dir(key)).is_err() {
            let _ = self.disk.rename_new(&old_history, &self.history_dir(key));
        }
    }

    /// Sets a damaged work file aside and brings back the newest good snapshot.
    fn recover(&self, key: &WorkKey, path: &Path) -> Loaded {
        let stamp = stamp(SystemTime::now());
        let aside = (0..)
            .map(|n| match n {
                0 => path.with_extension(format!("ron.corrupt-{stamp}")),
                n => path.with_extension(format!("ron.corrupt-{stamp}-{n}")),
            })
            .find(|candidate| !candidate.exists())
            .unwrap_or_else(|| path.with_extension("ron.corrupt"));
        if let Err(e) = self.disk.rename(path, &aside) {
            let why = tr!("sys-work-damaged-not-set-aside", why = plain_words(&e));
            return Loaded::read_only(Work::default(), why);
        }
        let kept = aside
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let restored = self.newest_good_snapshot(key);
        let notice = match &restored {
            Some((time, _)) => tr!(
                "sys-work-damaged-restored",
                time = humantime::format_rfc3339_seconds(*time).to_string(),
                kept = kept
            ),
            None => tr!("sys-work-damaged-empty", kept = kept),
        };
        Loaded {
            work: restored.map(|(_, f)| f.work).unwrap_or_default(),
            notice: Some(notice),
            read_only: None,
            recovered: true,
            fingerprint: Fingerprint::MISSING,
        }
    }

    /// The work file is not there. A new student starts empty; but when
    /// earlier copies exist the file was deleted or lost, so the newest good
    /// copy is brought back (and written back at once).
    fn recover_missing(&self, key: &WorkKey) -> Loaded {
        let Some((time, file)) = self.newest_good_snapshot(key) else {
            return Loaded::fresh(Work::default(), Fingerprint::MISSING);
        };
        Loaded {
            work: file.work,
            notice: Some(tr!(
                "sys-work-missing-restored",
                time = humantime::format_rfc3339_seconds(time).to_string()
            )),
            read_only: None,
            recovered: true,
            fingerprint: Fingerprint::MISSING,
        }
    }

    /// The newest snapshot that can be read, and when it was kept.
    fn newest_good_snapshot(&self, key: &WorkKey) -> Option<(SystemTime, WorkFile)> {
        self.snapshots(key).into_iter().find_map(|snapshot| {
            Some((
                snapshot.time,
                WorkFile::parse(&self.disk.read(&snapshot.path).ok()?).ok()?,
            ))
        })
    }

    /// Saves a work file atomically, and a snapshot of it when `snapshot` is set
    /// (old snapshots are thinned then).
    pub fn save(&self, file: &WorkFile, snapshot: bool) -> io::Result<()> {
        self.save_text(file, &file.to_text(), snapshot)
    }

    /// [`Self::save`] with the file's text already made.
    pub(super) fn save_text(&self, file: &WorkFile, text: &str, snapshot: bool) -> io::Result<()> {
        let key = file.key();
        let path = self.work_path(&key);
        if let Some(dir) = path.parent() {
            self.disk.create_dir_all(dir)?;
        }
        write_atomic(
            self.disk.as_ref(),
            &path,
            text.as_bytes(),
            FileMode::Private,
        )?;
        // The work file is saved; a snapshot that fails is tried again at the
        // next interval and does not make the save a failure.
        if snapshot && self.save_snapshot(file).is_ok() {
            for old in snapshots_to_remove(&self.snapshots(&key), SystemTime::now()) {
                let _ = self.disk.remove_file(&old);
            }
        }
        Ok(())
    }

    /// Saves `file` as a snapshot only (the work file is left as it is).
    pub fn save_snapshot(&self, file: &WorkFile) -> io::Result<()> {
        let key = file.key();
        let dir = self.history_dir(&key);
        self.disk.create_dir_all(&dir)?;
        let path = new_snapshot_path(&dir, SystemTime::now());
        write_atomic(
            self.disk.as_ref(),
            &path,
            file.to_text().as_bytes(),
            FileMode::Private,
        )
    }

    /// `key`'s snapshots, newest first.
    pub fn snapshots(&self, key: &WorkKey) -> Vec<Snapshot> {
        let mut snapshots: Vec<Snapshot> = self
            .disk
            .list(&self.history_dir(key))
            .unwrap_or_default()
            .iter()
            .filter_map(|path| snapshot_at(path))
            .collect();
        snapshots.sort_by_key(|s| std::cmp::Reverse(s.order()));
        snapshots
    }

    /// Reads one snapshot.
    pub fn read_snapshot(&self, snapshot: &Snapshot) -> Result<WorkFile, WorkFileError> {
        let bytes = self
            .disk
            .read(&snapshot.path)
            .map_err(|e| WorkFileError::Damaged(plain_words(&e)))?;
        WorkFile::parse(&bytes)
    }
}

/// The readable part of a student's file name: the name's letters and
/// digits (lower case, at most 40), or "student".
fn readable_stem(student: &str) -> String {
    let mut readable: String = student
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    readable.truncate(40);
    if readable.is_empty() {
        readable.push_str("student");
    }
    readable
}

/// A file name for a student: the readable part of the name and 96 bits of
/// a SHA-256 of the exact name, so "Ana" and "ana" never share a file, even
/// on a file system that ignores case, any name is safe, and two names that
/// share a file cannot be found by trying (32 bits could, in a third of a
/// second). Opening a file also checks the whole name it holds.
pub fn student_file_stem(student: &str) -> String {
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(student.as_bytes());
    format!("{}-{}", readable_stem(student), hex::encode(&digest[..12]))
}

/// The file name earlier versions gave a student (32 bits of FNV-1a): read
/// once, to move a student's work to its new name.
pub fn legacy_student_file_stem(student: &str) -> String {
    format!(
        "{}-{}",
        readable_stem(student),
        &stable_hash(student.as_bytes())[..8]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn student_file_names_are_safe_and_distinct() {
        assert!(student_file_stem("Amira K.").starts_with("amira-k-"));
        assert_eq!(student_file_stem("Amira K.").len(), "amira-k-".len() + 24);
        assert_eq!(
            legacy_student_file_stem("Amira K."),
            format!("amira-k-{}", &stable_hash(b"Amira K.")[..8])
        );
        // The pair that shared a file under the old 32-bit names.
        assert_eq!(
            legacy_student_file_stem("Amira_~["),
            legacy_student_file_stem("Amira.!;:*")
        );
        assert_ne!(
            student_file_stem("Amira_~["),
            student_file_stem("Amira.!;:*")
        );
        assert_ne!(student_file_stem("Ana"), student_file_stem("ana"));
        assert!(student_file_stem("陈").starts_with("student-"));
        assert!(student_file_stem("../../etc/passwd").starts_with("etc-passwd-"));
        assert!(student_file_stem(&"x".repeat(500)).len() <= 65);
    }

    fn store(dir: &Path) -> WorkStore {
        WorkStore::new(dir.to_path_buf(), Arc::new(super::super::disk::RealDisk))
    }

    fn file(student: &str, notebook: &str) -> WorkFile {
        let work = Work {
            notebook: notebook.into(),
            ..Work::default()
        };
        WorkFile::new("lesson", "h", student, work)
    }

    #[test]
    fn the_names_that_shared_a_file_get_two() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store(dir.path());
        store.save(&file("Amira_~[", "one"), false).expect("save");
        store.save(&file("Amira.!;:*", "two"), false).expect("save");
        let (a, b) = (
            WorkKey::new("lesson", "Amira_~["),
            WorkKey::new("lesson", "Amira.!;:*"),
        );
        assert_ne!(store.work_path(&a), store.work_path(&b));
        assert_eq!(store.load(&a).work.notebook, "one");
        assert_eq!(store.load(&b).work.notebook, "two");
    }

    #[test]
    fn work_under_the_old_name_moves_to_the_new_one_only_if_it_is_this_student_s() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store(dir.path());
        let amira = WorkKey::new("lesson", "Amira_~[");
        let old = store.legacy_work_path(&amira);
        std::fs::create_dir_all(old.parent().expect("folder")).expect("mkdir");
        std::fs::write(&old, file("Amira_~[", "kept").to_text()).expect("write");
        let old_history = store
            .lesson_dir("lesson")
            .join("history")
            .join(legacy_student_file_stem("Amira_~["));
        std::fs::create_dir_all(&old_history).expect("mkdir");
        std::fs::write(
            old_history.join("20261101T100000Z.ron"),
            file("Amira_~[", "older").to_text(),
        )
        .expect("write");
        // The other name that shared the old file: never opened as theirs.
        let other = WorkKey::new("lesson", "Amira.!;:*");
        assert_eq!(store.peek(&other), None);
        let loaded = store.load(&other);
        assert_eq!(loaded.work, Work::default());
        assert!(old.exists(), "left where it is");
        // Its owner: moved, with its earlier copies.
        assert_eq!(store.peek(&amira).map(|w| w.notebook), Some("kept".into()));
        assert_eq!(store.load(&amira).work.notebook, "kept");
        assert!(!old.exists() && store.work_path(&amira).exists());
        assert_eq!(store.snapshots(&amira).len(), 1);
    }

    #[test]
    fn a_file_holding_someone_else_s_work_is_never_opened_as_this_student_s() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store(dir.path());
        let amira = WorkKey::new("lesson", "Amira");
        let path = store.work_path(&amira);
        std::fs::create_dir_all(path.parent().expect("folder")).expect("mkdir");
        std::fs::write(&path, file("Ben", "Ben's").to_text()).expect("write");
        assert_eq!(store.peek(&amira), None);
        let loaded = store.load(&amira);
        assert_eq!(loaded.work, Work::default());
        assert!(loaded.notice.expect("told").contains("kept as"));
        // Ben's words are kept aside, never saved over.
        let aside: Vec<_> = std::fs::read_dir(path.parent().expect("folder"))
            .expect("list")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
            .collect();
        assert_eq!(aside.len(), 1);
        assert!(
            std::fs::read_to_string(aside[0].path())
                .expect("read")
                .contains("student: \"Ben\"")
        );
    }

    #[test]
    fn damaged_work_under_the_old_name_is_recovered_from_its_old_copies() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store(dir.path());
        let amira = WorkKey::new("lesson", "Amira");
        let old = store.legacy_work_path(&amira);
        std::fs::create_dir_all(old.parent().expect("folder")).expect("mkdir");
        std::fs::write(&old, "(format: 1, garb").expect("damaged");
        let old_history = store
            .lesson_dir("lesson")
            .join("history")
            .join(legacy_student_file_stem("Amira"));
        std::fs::create_dir_all(&old_history).expect("mkdir");
        std::fs::write(
            old_history.join("20261101T100000Z.ron"),
            file("Amira", "from the copy").to_text(),
        )
        .expect("write");
        let loaded = store.load(&amira);
        assert_eq!(loaded.work.notebook, "from the copy");
        assert!(loaded.notice.expect("told").contains("damaged"));
    }
}

//! Handing work in: a copy of the student's work file written into the
//! class's hand-in folder (a network share, a synced folder, a USB stick),
//! where the teacher's class view collects it.
//!
//! Files from 30 laptops never collide: each is named by lesson and student
//! (with a code made from the exact name). A hand-in never reads a file and
//! then replaces it: it writes a new file under a name nobody else picks
//! (the time and a random part), then moves every older hand-in of the
//! same student into `history/` in the same folder (the collector never
//! reads that folder). Two laptops handing in the same student at the same
//! moment each keep their version: the newest stays, the other goes to
//! `history/`. Nothing is ever replaced, and nothing is written through a
//! link: a `history` that is not a real folder is left alone and another
//! name used.

use std::io;
use std::path::{Path, PathBuf};
#[cfg(test)]
use std::time::Duration;
use std::time::SystemTime;

use crate::filename::safe_stem;
use crate::io_error::plain_words;
use crate::tr;
use crate::work::disk::{Disk, EntryKind, FileMode, create_new};
use crate::work::file::{HandInRecord, WorkFile};
use crate::work::history::stamp;
use crate::work::store::{legacy_student_file_stem, student_file_stem};

#[cfg(test)]
use super::StudentWork;

use crate::clock::CLOCK_SLACK;

/// Where a hand-in went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandedIn {
    /// The file written.
    pub path: PathBuf,
    /// Earlier hand-ins of this student moved to the history folder.
    pub earlier: Vec<PathBuf>,
    /// A newer hand-in of this student was already in the folder (from
    /// another computer): when it was handed in. This one was kept, in
    /// the history folder.
    pub newer: Option<String>,
    /// Something that is not a real folder has the name `history`: what
    /// was done instead, in words.
    pub note: Option<String>,
}

/// Why work could not be handed in. The work on the laptop is untouched
/// either way.
#[derive(Debug, PartialEq, Eq)]
pub enum HandInError {
    /// The folder is not there (a share not connected, a stick not in).
    Unreachable {
        /// The folder.
        folder: PathBuf,
        /// Why, in plain words.
        why: String,
    },
    /// Writing failed (full, read-only, refused).
    Write {
        /// The folder.
        folder: PathBuf,
        /// Why, in plain words.
        why: String,
    },
}

impl std::fmt::Display for HandInError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::Unreachable { folder, why } => tr!(
                "classfile-hand-in-unreachable",
                folder = folder.display().to_string(),
                why = why.as_str()
            ),
            Self::Write { folder, why } => tr!(
                "classfile-hand-in-failed",
                folder = folder.display().to_string(),
                why = why.as_str()
            ),
        })
    }
}

impl std::error::Error for HandInError {}

/// What every hand-in file name of `student`'s work on `lesson_id` starts
/// with: `social-credit--amira-k-76bbc1d2…`.
pub fn hand_in_file_stem(lesson_id: &str, student: &str) -> String {
    // The whole id (ids are at most 64 characters): two lessons whose ids
    // start alike never share a file.
    format!("{}--{}", safe_stem(lesson_id), student_file_stem(student))
}

/// The name earlier versions gave `student`'s hand-in of `lesson_id`, and
/// the one tests and teachers can rely on for a first hand-in's prefix:
/// `social-credit--amira-k-….ron`.
pub fn hand_in_file_name(lesson_id: &str, student: &str) -> String {
    format!("{}.ron", hand_in_file_stem(lesson_id, student))
}

/// Whether the file `name` is one of `student`'s hand-ins of `lesson_id`,
/// by name (this version's or an earlier one's).
pub fn is_hand_in_name(name: &str, lesson_id: &str, student: &str) -> bool {
    let lesson = safe_stem(lesson_id);
    [
        student_file_stem(student),
        legacy_student_file_stem(student),
    ]
    .iter()
    .any(|stem| {
        name.strip_prefix(&format!("{lesson}--{stem}"))
            .is_some_and(|rest| rest.starts_with('.') && rest.ends_with(".ron"))
    })
}

/// Hands `file` in to `folder` through `disk`, at `now`.
pub fn hand_in(
    disk: &dyn Disk,
    folder: &Path,
    file: &WorkFile,
    now: SystemTime,
) -> Result<HandedIn, HandInError> {
    let write_error = |e: io::Error| HandInError::Write {
        folder: folder.to_path_buf(),
        why: plain_words(&e),
    };
    // A link to the folder is fine (a mapped share); it is the folder's
    // own entries that are never written through.
    let kind = match disk.entry_kind(folder) {
        Ok(EntryKind::Link) => match std::fs::metadata(folder) {
            Ok(m) if m.is_dir() => Ok(EntryKind::Folder),
            Ok(_) => Ok(EntryKind::File),
            Err(e) => Err(e),
        },
        other => other,
    };
    match kind {
        Ok(EntryKind::Folder) => {}
        Ok(_) => {
            return Err(HandInError::Unreachable {
                folder: folder.to_path_buf(),
                why: tr!("classfile-hand-in-not-a-folder"),
            });
        }
        Err(e) => {
            return Err(HandInError::Unreachable {
                folder: folder.to_path_buf(),
                why: plain_words(&e),
            });
        }
    }
    let mut file = file.clone();
    let copy = random_part();
    file.hand_in = Some(HandInRecord {
        at: humantime::format_rfc3339_millis(now).to_string(),
        copy: copy.clone(),
    });
    let stem = hand_in_file_stem(&file.lesson_id, &file.student);
    let path = folder.join(format!("{stem}.{}-{copy}.ron", stamp(now)));
    create_new(disk, &path, file.to_text().as_bytes(), FileMode::Shared).map_err(write_error)?;
    // Ours is in the folder. Every older hand-in of this student goes to
    // history; a failure from here on loses nothing (all are kept).
    // Every laptop orders the copies the same way, by what they say, so
    // two hand-ins at once agree on which is newest. A copy dated a day or
    // more after now (a clock far wrong, or a forgery dated 2099) is left
    // where it is and never counts as newer.
    let mut copies: Vec<(PathBuf, WorkFile)> = hand_ins_of(disk, folder, &file)
        .into_iter()
        .filter(|(_, f)| in_time(f, now))
        .collect();
    copies.sort_by(|a, b| rank(&a.1).cmp(&rank(&b.1)).then(a.0.cmp(&b.0)));
    let newest = copies.pop().map(|(path, _)| path);
    let mut handed = HandedIn {
        newer: None,
        note: None,
        earlier: Vec::new(),
        path: path.clone(),
    };
    if copies.is_empty() {
        return Ok(handed);
    }
    // The hand-in has happened: a failure to tidy the older copies away is
    // said, never reported as a hand-in that failed.
    let not_tidied = |e: io::Error| tr!("classfile-hand-in-not-tidied", why = plain_words(&e));
    let (history, note) = match history_folder(disk, folder) {
        Ok(found) => found,
        Err(e) => {
            handed.note = Some(not_tidied(e));
            return Ok(handed);
        }
    };
    handed.note = note;
    for (old, old_file) in copies {
        match move_into(disk, &old, &history) {
            Ok(Some(kept)) if old == path => {
                handed.path = kept;
                handed.newer = newest
                    .as_ref()
                    .and_then(|n| hand_ins_at(disk, n))
                    .or_else(|| Some(old_file.saved_at.clone()));
            }
            Ok(Some(kept)) => handed.earlier.push(kept),
            // Another hand-in moved it first.
            Ok(None) => {}
            Err(e) => {
                handed.note = Some(not_tidied(e));
                break;
            }
        }
    }
    Ok(handed)
}

/// Moves `file` into `folder` under its own name (or "name (2)"…, never
/// replacing anything); `None` when it is gone (another hand-in moved it).
fn move_into(disk: &dyn Disk, file: &Path, folder: &Path) -> io::Result<Option<PathBuf>> {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".ron").unwrap_or(&name);
    for n in 1..=50 {
        let target = match n {
            1 => folder.join(&name),
            n => folder.join(format!("{stem} ({n}).ron")),
        };
        match disk.rename_new(file, &target) {
            Ok(()) => return Ok(Some(target)),
            Err(e) if disk.entry_kind(file).is_err() => {
                return if e.kind() == io::ErrorKind::NotFound
                    || e.kind() == io::ErrorKind::AlreadyExists
                {
                    Ok(None)
                } else {
                    Err(e)
                };
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::from(io::ErrorKind::AlreadyExists))
}

/// When the hand-in at `path` was handed in, as it says.
fn hand_ins_at(disk: &dyn Disk, path: &Path) -> Option<String> {
    let file = WorkFile::parse(&disk.read(path).ok()?).ok()?;
    Some(file.hand_in.map_or(file.saved_at, |h| h.at))
}

/// Every hand-in of `file`'s student and lesson in `folder`, read: only
/// plain files, only that student's work.
fn hand_ins_of(disk: &dyn Disk, folder: &Path, file: &WorkFile) -> Vec<(PathBuf, WorkFile)> {
    let key = file.key();
    disk.list(folder)
        .unwrap_or_default()
        .into_iter()
        .filter(|p| {
            p.file_name().is_some_and(|n| {
                is_hand_in_name(&n.to_string_lossy(), &file.lesson_id, &file.student)
            })
        })
        .filter(|p| disk.entry_kind(p).is_ok_and(|k| k == EntryKind::File))
        // A file too large to be a student's work is never read (one put
        // there to fill the memory).
        .filter(|p| {
            std::fs::metadata(p).map_or(true, |m| m.len() <= super::collect::MAX_FILE_BYTES)
        })
        .filter_map(|p| {
            let read = WorkFile::parse(&disk.read(&p).ok()?).ok()?;
            read.is_of(&key).then_some((p, read))
        })
        .collect()
}

/// When a hand-in says it was handed in (or saved, for files from earlier
/// versions).
fn handed_at(file: &WorkFile) -> &str {
    file.hand_in.as_ref().map_or(&file.saved_at, |h| &h.at)
}

/// Whether a hand-in's time is not more than [`CLOCK_SLACK`] after `now`.
fn in_time(file: &WorkFile, now: SystemTime) -> bool {
    humantime::parse_rfc3339_weak(handed_at(file)).is_ok_and(|t| t <= now + CLOCK_SLACK)
}

/// How new a hand-in is, by what it says alone (every laptop agrees).
fn rank(file: &WorkFile) -> String {
    normalised_time(handed_at(file))
}

/// An RFC 3339 time written so that comparing the texts compares the
/// times (whole seconds and milliseconds alike).
fn normalised_time(at: &str) -> String {
    humantime::parse_rfc3339_weak(at)
        .map(|t| humantime::format_rfc3339_millis(t).to_string())
        .unwrap_or_default()
}

/// A short random part for a file name nobody else picks.
fn random_part() -> String {
    let mut bytes = [0_u8; 4];
    if getrandom::fill(&mut bytes).is_err() {
        // No random numbers: the clock's nanoseconds are nearly as good.
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        bytes = nanos.to_le_bytes();
    }
    hex::encode(bytes)
}

/// The history folder in `folder`: `history`, made if missing; when
/// something that is not a real folder has that name (a file, a link),
/// it is left alone and `history-2`, `history-3`… used instead, and the
/// note says so.
fn history_folder(disk: &dyn Disk, folder: &Path) -> io::Result<(PathBuf, Option<String>)> {
    let mut passed = Vec::new();
    for n in 1..=9 {
        let name = if n == 1 {
            "history".to_owned()
        } else {
            format!("history-{n}")
        };
        let path = folder.join(&name);
        let kind = match disk.entry_kind(&path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                disk.create_dir_all(&path)?;
                disk.entry_kind(&path)?
            }
            other => other?,
        };
        if kind == EntryKind::Folder {
            let note = (!passed.is_empty()).then(|| {
                tr!(
                    "classfile-hand-in-history-elsewhere",
                    names = passed.join(", "),
                    folder = name.as_str()
                )
            });
            return Ok((path, note));
        }
        passed.push(name);
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "every name for a history folder is taken by something that is not a folder",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::work::Work;
    use crate::work::disk::RealDisk;

    fn work(student: &str, answer: &str) -> WorkFile {
        let work = Work {
            notebook: answer.to_owned(),
            ..Work::default()
        };
        WorkFile::new("social-credit", "h", student, work)
    }

    fn read(p: &Path) -> WorkFile {
        WorkFile::parse(&std::fs::read(p).expect("read")).expect("parse")
    }

    /// The names of the plain files in `dir` (not folders), sorted.
    fn files_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    #[test]
    fn handing_in_again_keeps_the_earlier_in_history_and_one_hand_in_in_the_folder() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = hand_in(
            &RealDisk,
            dir.path(),
            &work("Amira K.", "one"),
            SystemTime::now(),
        )
        .expect("hand in");
        let name = first
            .path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        assert!(
            is_hand_in_name(&name, "social-credit", "Amira K."),
            "{name}"
        );
        assert!(first.earlier.is_empty());
        hand_in(&RealDisk, dir.path(), &work("Ben", "b"), SystemTime::now())
            .expect("another student");
        let again = hand_in(
            &RealDisk,
            dir.path(),
            &work("Amira K.", "two"),
            SystemTime::now() + Duration::from_millis(5),
        )
        .expect("hand in again");
        assert_eq!(again.earlier.len(), 1);
        assert_eq!(read(&again.earlier[0]).work.notebook, "one");
        assert_eq!(read(&again.path).work.notebook, "two");
        assert!(
            read(&again.path).hand_in.is_some(),
            "it says it was handed in"
        );
        assert_eq!(files_in(dir.path()).len(), 2, "Amira's newest and Ben's");
        let collection = crate::class::collect(dir.path(), |_| {}).expect("collect");
        let students = collection.students("social-credit");
        assert_eq!(students.len(), 2, "Amira and Ben, each once");
        assert!(
            students.iter().all(|s| s.others.is_empty()),
            "history is not read"
        );
        assert!(students.iter().all(StudentWork::handed_in));
    }

    #[test]
    fn another_students_file_or_a_folder_in_the_way_is_never_touched() {
        let dir = tempfile::tempdir().expect("temp dir");
        let name = hand_in_file_name("social-credit", "Amira");
        std::fs::write(
            dir.path().join(&name),
            work("Someone else", "theirs").to_text(),
        )
        .expect("write");
        let odd = dir.path().join(format!(
            "{}.x.ron",
            hand_in_file_stem("social-credit", "Amira")
        ));
        std::fs::create_dir(&odd).expect("a folder in the way");
        std::fs::write(odd.join("keep.txt"), "x").expect("write");
        let handed = hand_in(
            &RealDisk,
            dir.path(),
            &work("Amira", "mine"),
            SystemTime::now(),
        )
        .expect("hand in");
        assert_ne!(handed.path, dir.path().join(&name));
        assert!(handed.earlier.is_empty());
        let theirs = std::fs::read_to_string(dir.path().join(&name)).expect("read");
        assert!(theirs.contains("theirs"));
        assert!(odd.join("keep.txt").exists());
    }

    #[test]
    fn an_unreachable_folder_is_said_in_words_and_nothing_is_made() {
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = dir.path().join("share-not-connected");
        let error = hand_in(&RealDisk, &missing, &work("Amira", "x"), SystemTime::now())
            .expect_err("unreachable");
        assert!(matches!(error, HandInError::Unreachable { .. }));
        let message = error.to_string();
        assert!(message.contains("cannot be reached"), "{message}");
        assert!(
            message.contains("Your work is safe on this laptop"),
            "{message}"
        );
        assert!(!missing.exists(), "the folder is not made on the laptop");
    }

    /// Two laptops hand in the same student at the same moment, on a share
    /// without locks: both versions are kept, the newest as the hand-in.
    #[test]
    fn two_laptops_handing_in_at_once_both_keep_their_version() {
        use std::sync::{Arc, Barrier};
        let disk: Arc<dyn Disk> = Arc::new(crate::work::mem_disk::MemDisk::default());
        let _ = disk.create_dir_all(Path::new("/share"));
        let folder = Path::new("/share");
        for round in 0..36_u64 {
            let barrier = Arc::new(Barrier::new(2));
            let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_000_000 + round);
            let writers: Vec<_> = ["laptop A", "laptop B"]
                .into_iter()
                .enumerate()
                .map(|(n, text)| {
                    let (disk, barrier) = (disk.clone(), barrier.clone());
                    let text = format!("{text} round {round}");
                    std::thread::spawn(move || {
                        barrier.wait();
                        let at = now + Duration::from_millis(n as u64);
                        hand_in(disk.as_ref(), folder, &work("Amira", &text), at)
                    })
                })
                .collect();
            let results: Vec<HandedIn> = writers
                .into_iter()
                .map(|w| w.join().expect("thread").expect("handed in"))
                .collect();
            let texts = |dir: &Path| -> Vec<String> {
                disk.list(dir)
                    .expect("list")
                    .iter()
                    .filter(|p| disk.entry_kind(p).is_ok_and(|k| k == EntryKind::File))
                    .filter_map(|p| WorkFile::parse(&disk.read(p).ok()?).ok())
                    .map(|f| f.work.notebook)
                    .collect()
            };
            let in_folder = texts(folder);
            assert_eq!(
                in_folder,
                vec![format!("laptop B round {round}")],
                "round {round}: the newest is the hand-in"
            );
            let history = texts(&folder.join("history"));
            assert!(
                history.contains(&format!("laptop A round {round}")),
                "round {round}: the other is kept: {history:?}"
            );
            // Laptop B, the newest, is never told another is newer; laptop A
            // is told so when B's was there first (else B moved A's after).
            assert!(results[1].newer.is_none(), "round {round}");
            if results[0].newer.is_some() {
                assert!(results[0].path.starts_with(folder.join("history")));
            }
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_history_link_or_file_is_left_alone_and_nothing_is_written_through_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let share = dir.path().join("share");
        let outside = dir.path().join("outside");
        std::fs::create_dir_all(&share).expect("mkdir");
        std::fs::create_dir_all(&outside).expect("mkdir");
        std::os::unix::fs::symlink(&outside, share.join("history")).expect("link");
        std::fs::write(share.join("history-2"), "a file, not a folder").expect("write");
        hand_in(&RealDisk, &share, &work("Amira", "one"), SystemTime::now()).expect("first");
        let again = hand_in(
            &RealDisk,
            &share,
            &work("Amira", "two"),
            SystemTime::now() + Duration::from_millis(5),
        )
        .expect("again");
        assert!(
            files_in(&outside).is_empty(),
            "nothing written through the link"
        );
        assert_eq!(
            std::fs::read_to_string(share.join("history-2")).expect("read"),
            "a file, not a folder"
        );
        assert_eq!(
            again.earlier[0].parent(),
            Some(share.join("history-3").as_path())
        );
        let note = again.note.expect("told");
        assert!(note.contains("history, history-2"), "{note}");
        // The collector reads neither.
        let collection = crate::class::collect(&share, |_| {}).expect("collect");
        assert_eq!(collection.students("social-credit")[0].others.len(), 0);
    }

    #[test]
    fn a_hand_in_dated_in_the_future_never_beats_a_real_one() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut forged = work("Amira", "forged");
        forged.saved_at = "2099-01-01T00:00:00Z".into();
        let name = format!("{}.forged.ron", hand_in_file_stem("social-credit", "Amira"));
        std::fs::write(dir.path().join(&name), forged.to_text()).expect("write");
        let handed = hand_in(
            &RealDisk,
            dir.path(),
            &work("Amira", "real"),
            SystemTime::now(),
        )
        .expect("hand in");
        assert!(handed.newer.is_none());
        assert_eq!(read(&handed.path).work.notebook, "real");
        // Left where it is, and the class view shows the real work.
        assert!(handed.earlier.is_empty());
        assert!(dir.path().join(&name).exists());
        let collection = crate::class::collect(dir.path(), |_| {}).expect("collect");
        let amira = &collection.students("social-credit")[0];
        assert_eq!(amira.shown.file.work.notebook, "real");
    }

    #[test]
    fn laptops_whose_clocks_differ_still_agree_on_the_newest() {
        // Laptop B's clock runs 15 minutes fast; each hands in, in either
        // order: one hand-in stays in the folder, the other in history.
        for b_first in [true, false] {
            let dir = tempfile::tempdir().expect("temp dir");
            let now = SystemTime::now();
            let a = || hand_in(&RealDisk, dir.path(), &work("Amira", "A"), now);
            let b = || {
                let fast = now + Duration::from_secs(15 * 60);
                hand_in(&RealDisk, dir.path(), &work("Amira", "B"), fast)
            };
            if b_first {
                b().expect("B");
                a().expect("A");
            } else {
                a().expect("A");
                b().expect("B");
            }
            assert_eq!(files_in(dir.path()).len(), 1, "b first: {b_first}");
            assert_eq!(files_in(&dir.path().join("history")).len(), 1);
        }
    }

    #[test]
    fn a_hand_in_that_cannot_tidy_up_is_still_handed_in() {
        let dir = tempfile::tempdir().expect("temp dir");
        hand_in(
            &RealDisk,
            dir.path(),
            &work("Amira", "one"),
            SystemTime::now(),
        )
        .expect("first");
        // Nine things in the way of every history folder name.
        std::fs::write(dir.path().join("history"), "x").expect("write");
        for n in 2..=9 {
            std::fs::write(dir.path().join(format!("history-{n}")), "x").expect("write");
        }
        let again = hand_in(
            &RealDisk,
            dir.path(),
            &work("Amira", "two"),
            SystemTime::now() + Duration::from_millis(5),
        )
        .expect("handed in all the same");
        assert_eq!(read(&again.path).work.notebook, "two");
        assert!(again.note.expect("told").contains("could not be moved"));
    }
}

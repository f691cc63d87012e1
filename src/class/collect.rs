//! Reading every work file in a folder and below it: a hand-in folder, a
//! USB stick, a laptop's whole data folder, or an LMS download unpacked.
//!
//! Nothing is trusted: links to folders are not followed (no loops), the
//! depth, the number of files and each file's size are capped, and a file
//! that cannot be used is listed with the reason instead of stopping the rest.

use std::io;
use std::path::{Path, PathBuf};

use super::class_fs::{Capped, ClassFs, Listed, RealFs, Stat};
use super::pool::{IN_FLIGHT, in_parallel, map_in_parallel};
use super::read_cache::{FileRead, ReadCache};
use super::{Collection, Skipped};
use crate::feedback::{Feedback, feedback_file_name, is_feedback_file, is_feedback_for};
use crate::io_error::plain_words;
use crate::tr;
use crate::work::disk::EntryKind;
use crate::work::file::WorkFile;

/// Folders deeper than this below the chosen one are not read.
pub const MAX_DEPTH: usize = 12;
/// At most this many `.ron` files are read from one folder tree.
pub const MAX_FILES: usize = 20_000;
/// A work file larger than this is not a student's work (the largest real
/// ones are a few hundred kilobytes).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// How far reading has got, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CollectProgress {
    /// Files read so far.
    pub read: usize,
    /// Files found to read.
    pub total: usize,
}

/// Reads every work file under `root` on this computer's file system into a
/// [`Collection`], calling `progress` as it goes (see [`collect_from`]).
pub fn collect(root: &Path, progress: impl FnMut(CollectProgress)) -> io::Result<Collection> {
    collect_from(&RealFs, root, &mut ReadCache::default(), progress)
}

/// Reads every work file under `root` through `fs` into a [`Collection`],
/// many at once, calling `progress` as it goes. Files whose size and time
/// are those `cache` kept are not read again; `cache` is left holding what
/// every file read now holds. A folder that does not exist or cannot be
/// listed is an error; everything below it that cannot be read is listed
/// in [`Collection::skipped`].
pub fn collect_from(
    fs: &dyn ClassFs,
    root: &Path,
    cache: &mut ReadCache,
    mut progress: impl FnMut(CollectProgress),
) -> io::Result<Collection> {
    // A learning platform's download, read without unpacking it (a file
    // downloaded to this computer: read directly, not through `fs`).
    if super::lms_zip::is_zip(root) && root.is_file() {
        return super::lms_zip::collect_zip(root, progress);
    }
    // No look at `root` first: listing it says whether it is a folder,
    // and a round trip fewer counts on a share.
    let mut skipped = Vec::new();
    let found = find_work_files(fs, root, &mut skipped)?;
    let total = found.len();
    progress(CollectProgress { read: 0, total });
    let mut reads: Vec<Option<(FileRead, bool)>> =
        std::iter::repeat_with(|| None).take(total).collect();
    let mut read = 0;
    let old = std::mem::take(cache);
    in_parallel(
        &found,
        IN_FLIGHT,
        |(path, stat)| match old.get(path, stat) {
            Some(kept) => (kept.clone(), true),
            None => read_file(fs, path, stat),
        },
        |index, answer| {
            if let Some(slot) = reads.get_mut(index) {
                *slot = Some(answer);
            }
            read += 1;
            progress(CollectProgress { read, total });
        },
    );
    let mut files = Vec::with_capacity(total);
    let mut feedback = Vec::new();
    for ((path, stat), answer) in found.into_iter().zip(reads) {
        let Some((answer, keep)) = answer else {
            continue;
        };
        if keep {
            cache.keep(path.clone(), &stat, answer.clone());
        }
        match answer {
            FileRead::Work(file) => files.push((path, *file)),
            FileRead::Feedback(found) => feedback.push((path, *found)),
            FileRead::Unusable(why) => skipped.push(Skipped { path, why }),
        }
    }
    let mut collection = Collection::from_files(root.to_path_buf(), files, skipped);
    collection.add_feedback(feedback);
    Ok(collection)
}

/// The `.ron` files under `root`, sorted, with what a look at each found.
/// Each depth of folders is listed at once, and every entry looked at at
/// once. Only the top folder's listing failing is an error; a sub-folder
/// that cannot be listed is skipped with the reason.
fn find_work_files(
    fs: &dyn ClassFs,
    root: &Path,
    skipped: &mut Vec<Skipped>,
) -> io::Result<Vec<(PathBuf, Stat)>> {
    let mut found = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    let mut depth = 0;
    while !folders.is_empty() {
        let mut entries = Vec::new();
        for (dir, listed) in folders
            .iter()
            .zip(map_in_parallel(&folders, IN_FLIGHT, |dir| fs.list(dir)))
        {
            match listed {
                Ok(listed) => entries.extend(listed),
                Err(e) if depth == 0 => return Err(e),
                Err(e) => skipped.push(Skipped {
                    path: dir.clone(),
                    why: tr!("classfile-folder-unreadable", why = plain_words(&e)),
                }),
            }
        }
        // Snapshot folders are never walked into (a file of that name is
        // not a work file either).
        entries.retain(|entry| !is_snapshot_folder(&entry.path));
        // A look at each entry the listing did not say enough of.
        let stats = map_in_parallel(&entries, IN_FLIGHT, |entry| match entry.stat {
            Some(stat) => Ok(stat),
            None => fs.stat(&entry.path),
        });
        folders = Vec::new();
        for (Listed { path, .. }, stat) in entries.into_iter().zip(stats) {
            // A stat that fails: the entry went away meanwhile.
            let Ok(stat) = stat else { continue };
            // A link is looked at, never followed: a link to a folder is
            // never walked into, so a loop of links cannot trap the reader.
            if stat.kind == EntryKind::Folder {
                if depth + 1 > MAX_DEPTH {
                    skipped.push(Skipped {
                        path,
                        why: tr!("classfile-too-deep", depth = MAX_DEPTH),
                    });
                } else {
                    folders.push(path);
                }
            } else if is_work_file_name(&path) {
                found.push((path, stat));
            }
        }
        depth += 1;
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    if found.len() > MAX_FILES {
        for (path, _) in found.split_off(MAX_FILES) {
            skipped.push(Skipped {
                path,
                why: tr!("classfile-too-many-files", count = MAX_FILES),
            });
        }
    }
    Ok(found)
}

/// The app's own snapshots of each student's work (`<lesson>/history/`),
/// and earlier hand-ins (`history/`, or `history-2`… where something else
/// had that name): older copies of work that is already there.
fn is_snapshot_folder(path: &Path) -> bool {
    path.file_name().is_some_and(|n| {
        let n = n.to_string_lossy();
        n == "history"
            || n.strip_prefix("history-")
                .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
    })
}

/// A `.ron` file that is not one of the app's temporary files, nor a
/// class's reading sent back to the students.
fn is_work_file_name(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy());
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        && !name.is_some_and(|n| {
            n.starts_with(".closereader-") || super::reading::is_class_reading_name(&n)
        })
}

/// What one file holds, read through `fs`, and whether that may be kept
/// for the next read (a file that could not be read is tried again).
fn read_file(fs: &dyn ClassFs, path: &Path, stat: &Stat) -> (FileRead, bool) {
    let unreadable = |e: io::Error| {
        let why = tr!("classfile-file-unreadable", why = plain_words(&e));
        (FileRead::Unusable(why), false)
    };
    // Only a plain file is opened (opening a pipe would wait forever); a
    // link is followed to see what it names.
    let kind = match stat.kind {
        EntryKind::Link => fs.kind_following(path),
        kind => Ok(kind),
    };
    match kind {
        Ok(EntryKind::File) => {}
        Ok(EntryKind::Folder) => {
            return unreadable(io::Error::from(io::ErrorKind::IsADirectory));
        }
        Ok(_) => {
            let not_a_file = tr!("sys-io-not-a-regular-file");
            return unreadable(io::Error::new(io::ErrorKind::InvalidInput, not_a_file));
        }
        Err(e) => return unreadable(e),
    }
    let bytes = if stat.kind == EntryKind::File && stat.len > MAX_FILE_BYTES {
        Capped::TooLarge(stat.len)
    } else {
        match fs.read_capped(path, MAX_FILE_BYTES) {
            Ok(read) => read,
            Err(e) => return unreadable(e),
        }
    };
    let bytes = match bytes {
        Capped::Bytes(bytes) => bytes,
        Capped::TooLarge(size) => {
            let why = tr!("classfile-file-too-large", size = size / (1024 * 1024));
            return (FileRead::Unusable(why), true);
        }
    };
    let read = if is_feedback_file(path) {
        read_feedback_file(path, &bytes).map(|f| FileRead::Feedback(Box::new(f)))
    } else {
        parse_work(&bytes).map(|f| FileRead::Work(Box::new(f)))
    };
    (read.unwrap_or_else(FileRead::Unusable), true)
}

/// A teacher's feedback file, parsed, or why it cannot be used. Only a file
/// named as the feedback on the student it names is used (anyone may put
/// files in a hand-in folder); whose parts count is decided later, by
/// their signatures.
fn read_feedback_file(path: &Path, bytes: &[u8]) -> Result<Feedback, String> {
    let feedback = Feedback::parse(bytes)
        .map_err(|e| tr!("classfile-feedback-damaged", why = e.to_string()))?;
    let named = path.file_name().is_some_and(|name| {
        is_feedback_for(
            &name.to_string_lossy(),
            &feedback.lesson_id,
            &feedback.student,
        )
    });
    if !named {
        return Err(tr!(
            "classfile-feedback-misnamed",
            name = feedback_file_name(&feedback.lesson_id, &feedback.student)
                .trim_end_matches(crate::feedback::FEEDBACK_SUFFIX)
        ));
    }
    Ok(feedback)
}

/// A work file's bytes parsed, or why they cannot be used (a lesson file
/// among the work says it is one).
pub(super) fn parse_work(bytes: &[u8]) -> Result<WorkFile, String> {
    WorkFile::parse(bytes).map_err(|e| {
        if looks_like_a_lesson(bytes) {
            super::lesson_file()
        } else {
            e.to_string()
        }
    })
}

/// Whether a file that is not work is a lesson (a teacher's folder often
/// holds both).
fn looks_like_a_lesson(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    text.starts_with("Lesson(") || (text.contains("sections:") && text.contains("title:"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::class_fs::SlowFs;
    use crate::work::Work;
    use std::time::Duration;

    fn write(dir: &Path, name: &str, student: &str) {
        let file = WorkFile::new("l", "h", student, Work::default());
        std::fs::write(dir.join(name), file.to_text()).expect("write");
    }

    #[test]
    fn reading_again_reads_only_the_files_that_changed() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("laptop-2")).expect("mkdir");
        for i in 0..40 {
            write(dir.path(), &format!("s{i:02}.ron"), &format!("S{i:02}"));
        }
        write(&dir.path().join("laptop-2"), "zed.ron", "Zed");
        std::fs::write(dir.path().join("damaged.ron"), "(garb").expect("write");
        let fs = SlowFs::new(Duration::ZERO);
        let mut cache = ReadCache::default();
        let mut seen = Vec::new();
        let first = collect_from(&fs, dir.path(), &mut cache, |p| seen.push(p)).expect("read");
        assert_eq!(fs.reads(), 42);
        assert_eq!(
            cache.len(),
            42,
            "a damaged file is kept too: it is what it is"
        );
        assert_eq!(seen.first(), Some(&CollectProgress { read: 0, total: 42 }));
        assert_eq!(
            seen.last(),
            Some(&CollectProgress {
                read: 42,
                total: 42
            })
        );
        let names: Vec<&str> = first.students("l").iter().map(|s| s.student()).collect();
        assert_eq!(names.len(), 41);
        assert_eq!((names[0], names[40]), ("S00", "Zed"));
        assert_eq!(first.skipped.len(), 1);

        let again = collect_from(&fs, dir.path(), &mut cache, |_| {}).expect("read");
        assert_eq!(fs.reads(), 42, "nothing changed: nothing read again");
        assert_eq!(again.students("l"), first.students("l"));
        assert_eq!(again.skipped, first.skipped);

        write(dir.path(), "s03.ron", "Someone else entirely");
        std::fs::remove_file(dir.path().join("s04.ron")).expect("remove");
        let changed = collect_from(&fs, dir.path(), &mut cache, |_| {}).expect("read");
        assert_eq!(fs.reads(), 43, "only the changed file is read");
        assert_eq!(cache.len(), 41, "the removed file is forgotten");
        assert!(changed.find("l", "Someone else entirely").is_some());
        assert!(changed.find("l", "S04").is_none());
    }

    /// The real file system with a listing that says each entry's size
    /// and time (as Windows' does), counting the looks asked of it.
    #[derive(Default)]
    struct ListingFs {
        looks: std::sync::atomic::AtomicUsize,
    }

    impl ClassFs for ListingFs {
        fn kind_following(&self, path: &Path) -> io::Result<EntryKind> {
            RealFs.kind_following(path)
        }
        fn list(&self, dir: &Path) -> io::Result<Vec<Listed>> {
            let mut listed = RealFs.list(dir)?;
            for entry in &mut listed {
                entry.stat = Some(RealFs.stat(&entry.path)?);
            }
            Ok(listed)
        }
        fn stat(&self, path: &Path) -> io::Result<Stat> {
            self.looks
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            RealFs.stat(path)
        }
        fn read_capped(&self, path: &Path, cap: u64) -> io::Result<Capped> {
            RealFs.read_capped(path, cap)
        }
    }

    #[test]
    fn what_a_listing_says_of_each_entry_is_not_asked_again() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("laptop-2")).expect("mkdir");
        write(dir.path(), "a.ron", "A");
        write(&dir.path().join("laptop-2"), "b.ron", "B");
        let fs = ListingFs::default();
        let mut cache = ReadCache::default();
        let read = collect_from(&fs, dir.path(), &mut cache, |_| {}).expect("read");
        assert_eq!(read.students("l").len(), 2);
        assert_eq!(cache.len(), 2, "kept by the size and time listed");
        assert_eq!(fs.looks.load(std::sync::atomic::Ordering::Relaxed), 0);
        // The plain listing says nothing more: each entry is looked at.
        let slow = SlowFs::new(Duration::ZERO);
        collect_from(&slow, dir.path(), &mut cache, |_| {}).expect("read");
        assert_eq!(slow.reads(), 0, "unchanged, by the looks: none read");
    }

    #[test]
    fn a_folder_that_cannot_be_listed_is_an_error_only_at_the_top() {
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = dir.path().join("missing");
        let mut cache = ReadCache::default();
        assert!(collect_from(&RealFs, &missing, &mut cache, |_| {}).is_err());
        write(dir.path(), "a.ron", "A");
        let file = collect_from(&RealFs, &dir.path().join("a.ron"), &mut cache, |_| {});
        assert_eq!(
            file.map(|_| ()).map_err(|e| e.kind()),
            Err(io::ErrorKind::NotADirectory)
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_named_like_work_is_listed_as_unreadable_not_waited_on() {
        let dir = tempfile::tempdir().expect("temp dir");
        write(dir.path(), "a.ron", "A");
        let made = std::process::Command::new("mkfifo")
            .arg(dir.path().join("pipe.ron"))
            .status()
            .expect("mkfifo");
        assert!(made.success());
        let read = collect(dir.path(), |_| {}).expect("read");
        assert_eq!(read.students("l").len(), 1);
        assert_eq!(read.skipped.len(), 1);
        assert!(
            read.skipped[0].why.contains("not a regular file"),
            "{:?}",
            read.skipped
        );
    }
}

//! A learning platform's "download all submissions" zip read as a class
//! folder, with nothing extracted to disk: Canvas's loose files
//! (`lastnamefirstname_userid_attachmentid_work.ron`, resubmissions
//! numbered `work-1.ron`) and Moodle's folder per student
//! (`Full Name_participantid_assignsubmission_file/work.ron`) alike. Who
//! the work is, and whether it was handed in, come from inside each work
//! file, never from the platform's names; a student's several uploads are
//! one student with earlier copies. An entry that cannot be used (damaged,
//! too large, not work) is listed with the reason, never fatal.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::collect::{CollectProgress, MAX_FILE_BYTES, MAX_FILES, parse_work};
use super::{Collection, Skipped};
use crate::io_error::plain_words;
use crate::tr;

/// Zips larger than this are not a class's work (a class of 300 is a few
/// megabytes; platforms add students' other uploads).
pub const MAX_ZIP_BYTES: u64 = 1024 * 1024 * 1024;

/// Whether `path` names a zip file (by its extension).
pub fn is_zip(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
}

/// Reads every `.ron` work file inside the zip at `path` into a
/// [`Collection`] whose paths are `path/entry name`. A zip that cannot be
/// opened is an error; each entry that cannot be used is in
/// [`Collection::skipped`].
pub fn collect_zip(
    path: &Path,
    mut progress: impl FnMut(CollectProgress),
) -> io::Result<Collection> {
    let size = fs::metadata(path)?.len();
    if size > MAX_ZIP_BYTES {
        return Err(io::Error::other(tr!(
            "classfile-zip-too-large",
            size = size / (1024 * 1024)
        )));
    }
    let file = fs::File::open(path)?;
    // Said in words (an `Other` error keeps its message to the window and
    // the command line).
    let mut archive = zip::ZipArchive::new(io::BufReader::new(file))
        .map_err(|e| io::Error::other(tr!("classfile-zip-unreadable", why = e.to_string())))?;
    let entries: Vec<usize> = (0..archive.len()).collect();
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    let mut work_entries = Vec::new();
    for index in entries {
        let Ok(entry) = archive.by_index_raw(index) else {
            continue;
        };
        let name = entry.name().to_owned();
        if entry.is_dir() || !is_work_entry(&name) {
            continue;
        }
        if work_entries.len() >= MAX_FILES {
            skipped.push(Skipped {
                path: path.join(&name),
                why: tr!("classfile-too-many-files", count = MAX_FILES),
            });
            continue;
        }
        work_entries.push((index, name));
    }
    let total = work_entries.len();
    progress(CollectProgress { read: 0, total });
    for (done, (index, name)) in work_entries.into_iter().enumerate() {
        let shown = path.join(&name);
        match read_entry(&mut archive, index).and_then(|bytes| parse_work(&bytes)) {
            Ok(work) => files.push((shown, work)),
            Err(why) => skipped.push(Skipped { path: shown, why }),
        }
        progress(CollectProgress {
            read: done + 1,
            total,
        });
    }
    Ok(Collection::from_files(PathBuf::from(path), files, skipped))
}

/// A work file's name inside a zip: `.ron`, not one of the platform's or
/// the operating system's own files.
fn is_work_entry(name: &str) -> bool {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    base.to_ascii_lowercase().ends_with(".ron")
        && !base.starts_with('.')
        && !name.starts_with("__MACOSX/")
}

/// Entry `index`'s bytes, capped at [`MAX_FILE_BYTES`] whatever its header
/// claims (a zip bomb stops there), or why it cannot be read.
fn read_entry<R: io::Read + io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    index: usize,
) -> Result<Vec<u8>, String> {
    let entry = archive
        .by_index(index)
        .map_err(|e| tr!("classfile-zip-entry-unreadable", why = e.to_string()))?;
    if entry.size() > MAX_FILE_BYTES {
        return Err(tr!(
            "classfile-file-too-large",
            size = entry.size() / (1024 * 1024)
        ));
    }
    let mut bytes = Vec::new();
    entry
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| tr!("classfile-zip-entry-unreadable", why = plain_words(&e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(tr!(
            "classfile-file-too-large",
            size = bytes.len() as u64 / (1024 * 1024)
        ));
    }
    Ok(bytes)
}

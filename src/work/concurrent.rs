//! Saving when the work's lock cannot be taken (a network share without
//! working locks, a lock file that is not a file): two windows could then
//! both be writing one student's work, and the last writer would silently
//! win. Instead, before each save the window checks that the work file still
//! holds what it last read or wrote. When someone else has changed it, this
//! window's work goes to a conflict copy beside it, the other version is
//! left alone, and the student is told: both versions are kept.

use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::disk::{FileMode, write_atomic};
use super::file::WorkFile;
use super::history::stamp;
use super::store::{WorkKey, WorkStore, student_file_stem};
use crate::hash::stable_hash;

/// What a work file held: a hash of its bytes, or that there was no file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint(Option<String>);

impl Fingerprint {
    /// There was no file.
    pub const MISSING: Self = Self(None);

    /// The fingerprint of these bytes.
    pub fn of(bytes: &[u8]) -> Self {
        Self(Some(stable_hash(bytes)))
    }
}

/// Where a checked save went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked {
    /// Into the work file, which now holds this.
    InPlace(Fingerprint),
    /// Someone else had changed the work file, so the work went to this
    /// conflict copy beside it.
    Diverted(PathBuf),
}

impl WorkStore {
    /// What `key`'s work file holds now.
    pub fn fingerprint(&self, key: &WorkKey) -> io::Result<Fingerprint> {
        match self.disk.read(&self.work_path(key)) {
            Ok(bytes) => Ok(Fingerprint::of(&bytes)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Fingerprint::MISSING),
            Err(e) => Err(e),
        }
    }

    /// Saves `file` as [`WorkStore::save`] does, unless the work file no
    /// longer holds `expected` (another window or computer wrote it): then
    /// the work goes to a new conflict copy and the work file is not touched.
    pub fn save_unless_changed(
        &self,
        file: &WorkFile,
        snapshot: bool,
        expected: &Fingerprint,
    ) -> io::Result<Checked> {
        let key = file.key();
        let text = file.to_text();
        if &self.fingerprint(&key)? != expected {
            let path = self.conflict_path(&key);
            self.save_conflict_copy(&text, &path)?;
            return Ok(Checked::Diverted(path));
        }
        self.save_text(file, &text, snapshot)?;
        Ok(Checked::InPlace(Fingerprint::of(text.as_bytes())))
    }

    /// Writes work to a conflict copy (atomically, replacing an earlier
    /// save of this window's to the same copy).
    pub fn save_conflict_copy(&self, text: &str, path: &Path) -> io::Result<()> {
        write_atomic(self.disk.as_ref(), path, text.as_bytes(), FileMode::Private)
    }

    /// A new conflict copy's path: beside the work file, named for the
    /// student and the time (`amira-76bbc1d2.conflict-20261126T104200Z.ron`).
    fn conflict_path(&self, key: &WorkKey) -> PathBuf {
        let work = self.work_path(key);
        let dir = work.parent().map(Path::to_path_buf).unwrap_or_default();
        let stem = student_file_stem(&key.student);
        let stamp = stamp(SystemTime::now());
        (0..)
            .map(|n| match n {
                0 => dir.join(format!("{stem}.conflict-{stamp}.ron")),
                n => dir.join(format!("{stem}.conflict-{stamp}-{n}.ron")),
            })
            .find(|candidate| !candidate.exists())
            .unwrap_or_else(|| dir.join(format!("{stem}.conflict.ron")))
    }
}

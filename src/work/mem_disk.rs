//! A disk in memory, for tests that save thousands of times: every write
//! is a map insert, renames never fail unless asked, and there are no locks
//! (as on a network share without them).

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use super::disk::{Disk, EntryKind, FileMode, Lock};

/// Files and folders in memory.
#[derive(Default)]
pub struct MemDisk {
    files: Mutex<BTreeMap<PathBuf, Vec<u8>>>,
    folders: Mutex<Vec<PathBuf>>,
    next: AtomicU64,
}

impl MemDisk {
    /// The file at `path`, if there is one.
    pub fn file(&self, path: &Path) -> Option<Vec<u8>> {
        self.files.lock().unwrap().get(path).cloned()
    }

    /// Puts a file at `path`.
    pub fn files_insert(&self, path: &Path, text: String) {
        self.files
            .lock()
            .unwrap()
            .insert(path.to_path_buf(), text.into_bytes());
    }

    /// Every file's path.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.files.lock().unwrap().keys().cloned().collect()
    }
}

impl Disk for MemDisk {
    fn write_temp(&self, dir: &Path, bytes: &[u8], _mode: FileMode) -> io::Result<PathBuf> {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let path = dir.join(format!(".closereader-{n}.tmp"));
        self.files
            .lock()
            .unwrap()
            .insert(path.clone(), bytes.to_vec());
        Ok(path)
    }
    fn sync_file(&self, _path: &Path) -> io::Result<()> {
        Ok(())
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        let mut files = self.files.lock().unwrap();
        let bytes = files.remove(from).ok_or(io::ErrorKind::NotFound)?;
        files.insert(to.to_path_buf(), bytes);
        Ok(())
    }
    fn rename_new(&self, from: &Path, to: &Path) -> io::Result<()> {
        let mut files = self.files.lock().unwrap();
        if files.contains_key(to) {
            return Err(io::ErrorKind::AlreadyExists.into());
        }
        let bytes = files.remove(from).ok_or(io::ErrorKind::NotFound)?;
        files.insert(to.to_path_buf(), bytes);
        Ok(())
    }
    fn entry_kind(&self, path: &Path) -> io::Result<EntryKind> {
        if self.files.lock().unwrap().contains_key(path) {
            Ok(EntryKind::File)
        } else if self.folders.lock().unwrap().iter().any(|f| f == path) {
            Ok(EntryKind::Folder)
        } else {
            Err(io::ErrorKind::NotFound.into())
        }
    }
    fn sync_dir(&self, _dir: &Path) -> io::Result<()> {
        Ok(())
    }
    fn remove_file(&self, path: &Path) -> io::Result<()> {
        self.files
            .lock()
            .unwrap()
            .remove(path)
            .map(|_| ())
            .ok_or(io::ErrorKind::NotFound.into())
    }
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.file(path).ok_or(io::ErrorKind::NotFound.into())
    }
    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        self.folders.lock().unwrap().push(path.to_path_buf());
        Ok(())
    }
    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        Ok(self
            .files
            .lock()
            .unwrap()
            .keys()
            .filter(|p| p.parent() == Some(dir))
            .cloned()
            .collect())
    }
    fn lock(&self, _path: &Path) -> Lock {
        Lock::Unavailable
    }
}

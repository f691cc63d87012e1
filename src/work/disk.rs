//! The few disk operations the work store needs, behind a trait so tests can
//! make any one of them fail (full disk, permission denied, read-only folder),
//! and the one atomic-write procedure built on them.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Disk operations used by the store.
pub trait Disk: Send + Sync {
    /// Creates a new, uniquely named file in `dir` holding `bytes`; returns its
    /// path. On failure no file is left behind.
    fn write_temp(&self, dir: &Path, bytes: &[u8]) -> io::Result<PathBuf>;
    /// Flushes a file's contents to the device (fsync).
    fn sync_file(&self, path: &Path) -> io::Result<()>;
    /// Renames `from` to `to`, replacing `to`.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Flushes a folder's entries to the device, so a rename survives power loss.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    /// Removes a file.
    fn remove_file(&self, path: &Path) -> io::Result<()>;
    /// Reads a whole file.
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
    /// Creates a folder and its parents.
    fn create_dir_all(&self, path: &Path) -> io::Result<()>;
    /// The entries of a folder (empty if it does not exist).
    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>>;
}

/// The real file system.
#[derive(Debug, Default, Clone, Copy)]
pub struct RealDisk;

impl Disk for RealDisk {
    fn write_temp(&self, dir: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
        let mut temp = tempfile::Builder::new()
            .prefix(".closereader-")
            .suffix(".tmp")
            .tempfile_in(dir)?;
        // On error `temp` is dropped here, which deletes the file.
        temp.write_all(bytes)?;
        temp.flush()?;
        let (_, path) = temp.keep().map_err(|e| e.error)?;
        Ok(path)
    }

    fn sync_file(&self, path: &Path) -> io::Result<()> {
        OpenOptions::new().write(true).open(path)?.sync_all()
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        #[cfg(unix)]
        {
            File::open(dir)?.sync_all()
        }
        #[cfg(not(unix))]
        {
            // Windows has no folder fsync; NTFS journals the rename itself.
            let _ = dir;
            Ok(())
        }
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        fs::remove_file(path)
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        fs::read(path)
    }

    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        fs::create_dir_all(path)
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        match fs::read_dir(dir) {
            Ok(entries) => entries.map(|e| e.map(|e| e.path())).collect(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(e),
        }
    }
}

/// How often a refused rename is tried again (Windows refuses while a virus
/// scanner or indexer has the old file open for a moment).
const RENAME_ATTEMPTS: u32 = 5;

/// Replaces `target` with `bytes` so that, whatever happens, `target` holds
/// either its old content or the new one: write a temporary file in the same
/// folder, fsync it, rename it over `target`, fsync the folder. On failure the
/// temporary file is removed and `target` is untouched.
pub fn write_atomic(disk: &dyn Disk, target: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let temp = disk.write_temp(dir, bytes)?;
    let result = disk
        .sync_file(&temp)
        .and_then(|()| rename_with_retry(disk, &temp, target));
    if let Err(error) = result {
        let _ = disk.remove_file(&temp);
        return Err(error);
    }
    // The new content is in place; a failed folder sync only weakens the
    // power-loss guarantee, so it is reported but nothing is undone.
    disk.sync_dir(dir)
}

fn rename_with_retry(disk: &dyn Disk, from: &Path, to: &Path) -> io::Result<()> {
    let mut attempt = 1;
    loop {
        match disk.rename(from, to) {
            Err(e)
                if e.kind() == io::ErrorKind::PermissionDenied
                    && cfg!(windows)
                    && attempt < RENAME_ATTEMPTS =>
            {
                std::thread::sleep(std::time::Duration::from_millis(20 * u64::from(attempt)));
                attempt += 1;
            }
            other => return other,
        }
    }
}

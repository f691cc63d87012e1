//! The few disk operations the work store needs, behind a trait so tests can
//! make any one of them fail (full disk, permission denied, read-only folder,
//! a share without locks), and the one atomic-write procedure built on them.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::tr;

/// Who may read a file that is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileMode {
    /// Only this account (mode 0600 on Unix): a student's work in their own
    /// data folder on a shared laptop.
    Private,
    /// As the account's umask says (usually readable by colleagues, 0644):
    /// exports and work handed in to a shared folder, which a teacher opens.
    Shared,
}

/// Whether this copy of the app may write a student's work.
#[derive(Debug)]
pub enum Lock {
    /// Held by this copy until the value is dropped.
    Held(File),
    /// Another copy of the app has it open.
    HeldElsewhere,
    /// Locking is not possible here (the folder cannot be written, the lock
    /// file is not a file, or the file system has no locks, as on some
    /// network shares): saves then check that nobody else has written.
    Unavailable,
}

/// What is at a path, seen without following links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A plain file.
    File,
    /// A real folder.
    Folder,
    /// A symbolic link (to anything, or to nothing).
    Link,
    /// A pipe, a device or a socket.
    Other,
}

impl EntryKind {
    /// The kind of entry a file type (seen without following links) names.
    pub fn of(kind: fs::FileType) -> Self {
        if kind.is_symlink() {
            Self::Link
        } else if kind.is_dir() {
            Self::Folder
        } else if kind.is_file() {
            Self::File
        } else {
            Self::Other
        }
    }
}

/// Disk operations used by the store.
pub trait Disk: Send + Sync {
    /// Creates a new, uniquely named file in `dir` holding `bytes`, readable
    /// as `mode` says; returns its path. On failure no file is left behind.
    fn write_temp(&self, dir: &Path, bytes: &[u8], mode: FileMode) -> io::Result<PathBuf>;
    /// Flushes a file's contents to the device (fsync).
    fn sync_file(&self, path: &Path) -> io::Result<()>;
    /// Renames `from` to `to`, replacing `to`.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Renames `from` to `to` only if nothing is at `to` (`AlreadyExists`
    /// otherwise): nothing is ever replaced.
    fn rename_new(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// What is at `path`, without following a link.
    fn entry_kind(&self, path: &Path) -> io::Result<EntryKind>;
    /// Flushes a folder's entries to the device, so a rename survives power loss.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    /// Removes a file.
    fn remove_file(&self, path: &Path) -> io::Result<()>;
    /// Reads a whole file.
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
    /// Reads a file of at most `cap` bytes; `Ok(None)` when it is larger,
    /// found by reading no more than `cap + 1` bytes (a huge or endless file
    /// on a share is never read whole). Fakes may keep this default, which
    /// reads the whole file first.
    fn read_at_most(&self, path: &Path, cap: u64) -> io::Result<Option<Vec<u8>>> {
        let bytes = self.read(path)?;
        Ok((bytes.len() as u64 <= cap).then_some(bytes))
    }
    /// Creates a folder and its parents.
    fn create_dir_all(&self, path: &Path) -> io::Result<()>;
    /// The entries of a folder (empty if it does not exist).
    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>>;
    /// Takes the operating system's lock on the file at `path` (made if
    /// missing), without waiting.
    fn lock(&self, path: &Path) -> Lock;
}

/// The real file system.
#[derive(Debug, Default, Clone, Copy)]
pub struct RealDisk;

impl Disk for RealDisk {
    fn write_temp(&self, dir: &Path, bytes: &[u8], mode: FileMode) -> io::Result<PathBuf> {
        let mut builder = tempfile::Builder::new();
        builder.prefix(".closereader-").suffix(".tmp");
        #[cfg(unix)]
        if mode == FileMode::Shared {
            use std::os::unix::fs::PermissionsExt as _;
            // The file is created with 0666 less the umask, as any program's.
            builder.permissions(fs::Permissions::from_mode(0o666));
        }
        #[cfg(not(unix))]
        let _ = mode; // Windows files take the folder's permissions.
        let mut temp = builder.tempfile_in(dir)?;
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

    fn rename_new(&self, from: &Path, to: &Path) -> io::Result<()> {
        // rename with RENAME_NOREPLACE, or a hard link, where the file
        // system has either (tempfile knows each platform's way).
        match tempfile::TempPath::try_from_path(from)?.persist_noclobber(to) {
            Ok(()) => Ok(()),
            Err(e) => {
                // Never delete `from` on the way out.
                let _ = e.path.keep();
                if e.error.kind() == io::ErrorKind::AlreadyExists {
                    return Err(e.error);
                }
                // A file system with neither (a FAT stick, some shares):
                // look, then rename. Callers use names nobody else picks,
                // so the moment between the two is harmless.
                match fs::symlink_metadata(to) {
                    Ok(_) => Err(io::Error::from(io::ErrorKind::AlreadyExists)),
                    Err(n) if n.kind() == io::ErrorKind::NotFound => fs::rename(from, to),
                    Err(n) => Err(n),
                }
            }
        }
    }

    fn entry_kind(&self, path: &Path) -> io::Result<EntryKind> {
        Ok(EntryKind::of(fs::symlink_metadata(path)?.file_type()))
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
        refuse_if_not_a_file(path)?;
        fs::read(path)
    }

    fn read_at_most(&self, path: &Path, cap: u64) -> io::Result<Option<Vec<u8>>> {
        use std::io::Read as _;
        refuse_if_not_a_file(path)?;
        let mut bytes = Vec::new();
        fs::File::open(path)?
            .take(cap.saturating_add(1))
            .read_to_end(&mut bytes)?;
        Ok((bytes.len() as u64 <= cap).then_some(bytes))
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

    fn lock(&self, path: &Path) -> Lock {
        let opened = path
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| {
                OpenOptions::new()
                    .create(true)
                    .truncate(false)
                    .write(true)
                    .open(path)
            });
        let Ok(file) = opened else {
            return Lock::Unavailable;
        };
        match file.try_lock() {
            Ok(()) => Lock::Held(file),
            Err(fs::TryLockError::WouldBlock) => Lock::HeldElsewhere,
            Err(fs::TryLockError::Error(_)) => Lock::Unavailable,
        }
    }
}

/// An error, before anything is opened, when `path` is not a regular file
/// (a folder, a named pipe or a device): opening a named pipe waits forever
/// for a writer. Links are followed, as opening would.
pub fn refuse_if_not_a_file(path: &Path) -> io::Result<()> {
    let metadata = fs::metadata(path)?;
    if metadata.is_file() {
        Ok(())
    } else if metadata.is_dir() {
        Err(io::Error::from(io::ErrorKind::IsADirectory))
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            tr!("sys-io-not-a-regular-file"),
        ))
    }
}

/// How often a refused rename is tried again (Windows refuses while a virus
/// scanner or indexer has the old file open for a moment).
const RENAME_ATTEMPTS: u32 = 5;

/// Replaces `target` with `bytes` so that, whatever happens, `target` holds
/// either its old content or the new one: write a temporary file in the same
/// folder, fsync it, rename it over `target`, fsync the folder. On failure the
/// temporary file is removed and `target` is untouched.
pub fn write_atomic(
    disk: &dyn Disk,
    target: &Path,
    bytes: &[u8],
    mode: FileMode,
) -> io::Result<()> {
    write_through_temp(disk, target, bytes, mode, rename_with_retry)
}

/// Writes `bytes` as a new file at `target`, which must not exist yet
/// (`AlreadyExists` otherwise): as [`write_atomic`], with a rename that
/// never replaces anything. On failure nothing is left behind.
pub fn create_new(disk: &dyn Disk, target: &Path, bytes: &[u8], mode: FileMode) -> io::Result<()> {
    write_through_temp(disk, target, bytes, mode, |disk, from, to| {
        disk.rename_new(from, to)
    })
}

/// Temporary file in `target`'s folder, fsync, `place` it at `target`,
/// fsync the folder; the temporary file is removed on failure.
fn write_through_temp(
    disk: &dyn Disk,
    target: &Path,
    bytes: &[u8],
    mode: FileMode,
    place: impl Fn(&dyn Disk, &Path, &Path) -> io::Result<()>,
) -> io::Result<()> {
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let temp = disk.write_temp(dir, bytes, mode)?;
    let result = disk
        .sync_file(&temp)
        .and_then(|()| place(disk, &temp, target));
    if let Err(error) = result {
        let _ = disk.remove_file(&temp);
        return Err(error);
    }
    // The new content is in place: the save has happened, and a concurrent
    // writer check must see it as this window's. A folder sync that fails
    // (some network file systems cannot) only weakens the power-loss
    // guarantee and cannot be undone or retried usefully, so it does not make
    // the save a failure.
    let _ = disk.sync_dir(dir);
    Ok(())
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
/// For tests: the real disk, counting the bytes it hands out (to show a
/// file was not read whole).
#[cfg(test)]
#[derive(Default)]
pub struct Counting(std::sync::atomic::AtomicU64);

#[cfg(test)]
impl Counting {
    /// The bytes read so far.
    pub fn handed(&self) -> u64 {
        self.0.load(std::sync::atomic::Ordering::SeqCst)
    }
}

#[cfg(test)]
impl Disk for Counting {
    fn write_temp(&self, dir: &Path, bytes: &[u8], mode: FileMode) -> io::Result<PathBuf> {
        RealDisk.write_temp(dir, bytes, mode)
    }
    fn sync_file(&self, path: &Path) -> io::Result<()> {
        RealDisk.sync_file(path)
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        RealDisk.rename(from, to)
    }
    fn rename_new(&self, from: &Path, to: &Path) -> io::Result<()> {
        RealDisk.rename_new(from, to)
    }
    fn entry_kind(&self, path: &Path) -> io::Result<EntryKind> {
        RealDisk.entry_kind(path)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        RealDisk.sync_dir(dir)
    }
    fn remove_file(&self, path: &Path) -> io::Result<()> {
        RealDisk.remove_file(path)
    }
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        let bytes = RealDisk.read(path)?;
        self.0
            .fetch_add(bytes.len() as u64, std::sync::atomic::Ordering::SeqCst);
        Ok(bytes)
    }
    fn read_at_most(&self, path: &Path, cap: u64) -> io::Result<Option<Vec<u8>>> {
        let bytes = RealDisk.read_at_most(path, cap)?;
        let handed = bytes.as_ref().map_or(cap + 1, |b| b.len() as u64);
        self.0
            .fetch_add(handed, std::sync::atomic::Ordering::SeqCst);
        Ok(bytes)
    }
    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        RealDisk.create_dir_all(path)
    }
    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        RealDisk.list(dir)
    }
    fn lock(&self, path: &Path) -> Lock {
        RealDisk.lock(path)
    }
}

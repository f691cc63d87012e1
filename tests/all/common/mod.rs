//! What several test files share: running the `closereader` binary, and a
//! fake disk that fails, is slow, or has no locks, on purpose.

// Each test file uses only some of these.
#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)]

use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::thread::ThreadId;
use std::time::Duration;

use closereader::work::disk::{Disk, FileMode, Lock, RealDisk};

/// Runs the `closereader` binary in `cwd` with none of its environment
/// variables set; returns its exit code, standard output and standard error.
pub fn closereader(args: &[&str], cwd: &Path) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_closereader"))
        .args(args)
        .current_dir(cwd)
        .env_remove("CLOSEREADER_DATA_DIR")
        .env_remove("CLOSEREADER_LESSONS_DIR")
        .output()
        .expect("run closereader");
    (
        output.status.code().expect("exit code"),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The project folder (where `lessons/` and `tests/` are).
pub fn project_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The real disk with faults made on purpose: one operation (`"write"`,
/// `"fsync"`, `"rename"`, `"fsync-dir"`, `"mkdir"`) that always fails, reads
/// and listings as slow as a school's network share on a bad day, or no
/// working locks (as on some network shares). It records which threads
/// used it.
#[derive(Default)]
pub struct FakeDisk {
    fail: Option<(&'static str, io::ErrorKind)>,
    delay: Option<Duration>,
    no_locks: bool,
    threads: Mutex<Vec<ThreadId>>,
}

impl FakeDisk {
    /// A disk whose `op` always fails with `error`.
    pub fn failing(op: &'static str, error: io::ErrorKind) -> Self {
        Self {
            fail: Some((op, error)),
            ..Self::default()
        }
    }

    /// A disk whose reads, listings and writes each take `delay`.
    pub fn slow(delay: Duration) -> Self {
        Self {
            delay: Some(delay),
            ..Self::default()
        }
    }

    /// A disk on which no lock can be taken.
    pub fn without_locks() -> Self {
        Self {
            no_locks: true,
            ..Self::default()
        }
    }

    /// The threads that have read, listed or written through this disk.
    pub fn threads(&self) -> Vec<ThreadId> {
        self.threads.lock().unwrap().clone()
    }

    /// Fails if `op` is the failing operation.
    fn check(&self, op: &str) -> io::Result<()> {
        match self.fail {
            Some((fail, error)) if fail == op => Err(io::Error::from(error)),
            _ => Ok(()),
        }
    }

    /// Records the thread and waits, for the slow operations.
    fn wait(&self) {
        self.threads
            .lock()
            .unwrap()
            .push(std::thread::current().id());
        if let Some(delay) = self.delay {
            std::thread::sleep(delay);
        }
    }
}

impl Disk for FakeDisk {
    fn write_temp(&self, dir: &Path, bytes: &[u8], mode: FileMode) -> io::Result<PathBuf> {
        self.wait();
        self.check("write")?;
        RealDisk.write_temp(dir, bytes, mode)
    }
    fn sync_file(&self, path: &Path) -> io::Result<()> {
        self.check("fsync")?;
        RealDisk.sync_file(path)
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.check("rename")?;
        RealDisk.rename(from, to)
    }
    fn rename_new(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.check("rename")?;
        RealDisk.rename_new(from, to)
    }
    fn entry_kind(&self, path: &Path) -> io::Result<closereader::work::disk::EntryKind> {
        RealDisk.entry_kind(path)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.check("fsync-dir")?;
        RealDisk.sync_dir(dir)
    }
    fn remove_file(&self, path: &Path) -> io::Result<()> {
        RealDisk.remove_file(path)
    }
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.wait();
        RealDisk.read(path)
    }
    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        self.check("mkdir")?;
        RealDisk.create_dir_all(path)
    }
    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        self.wait();
        RealDisk.list(dir)
    }
    fn lock(&self, path: &Path) -> Lock {
        if self.no_locks {
            Lock::Unavailable
        } else {
            RealDisk.lock(path)
        }
    }
}

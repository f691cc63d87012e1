//! What several test files share: running the `closereader` binary, and fake
//! disks that fail, or are slow, on purpose.

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

/// The real disk, except that one operation (`"write"`, `"fsync"`,
/// `"rename"`, `"fsync-dir"`, `"mkdir"`) always fails with one error.
pub struct FaultyDisk {
    fail: &'static str,
    error: io::ErrorKind,
}

impl FaultyDisk {
    /// A disk whose `op` fails with `error`.
    pub fn failing(op: &'static str, error: io::ErrorKind) -> Self {
        Self { fail: op, error }
    }

    fn check(&self, op: &str) -> io::Result<()> {
        if op == self.fail {
            Err(io::Error::from(self.error))
        } else {
            Ok(())
        }
    }
}

impl Disk for FaultyDisk {
    fn write_temp(&self, dir: &Path, bytes: &[u8], mode: FileMode) -> io::Result<PathBuf> {
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
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.check("fsync-dir")?;
        RealDisk.sync_dir(dir)
    }
    fn remove_file(&self, path: &Path) -> io::Result<()> {
        RealDisk.remove_file(path)
    }
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        RealDisk.read(path)
    }
    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        self.check("mkdir")?;
        RealDisk.create_dir_all(path)
    }
    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        RealDisk.list(dir)
    }
    fn lock(&self, path: &Path) -> Lock {
        RealDisk.lock(path)
    }
}

/// The real disk, as slow as a school's network share on a bad day: every
/// read and listing takes `delay`. It records which threads used it.
pub struct SlowDisk {
    delay: Duration,
    threads: Mutex<Vec<ThreadId>>,
}

impl SlowDisk {
    /// A disk whose reads and listings each take `delay`.
    pub fn new(delay: Duration) -> Self {
        Self {
            delay,
            threads: Mutex::new(Vec::new()),
        }
    }

    /// The threads that have used this disk.
    pub fn threads(&self) -> Vec<ThreadId> {
        self.threads.lock().unwrap().clone()
    }

    fn wait(&self) {
        self.threads
            .lock()
            .unwrap()
            .push(std::thread::current().id());
        std::thread::sleep(self.delay);
    }
}

impl Disk for SlowDisk {
    fn write_temp(&self, dir: &Path, bytes: &[u8], mode: FileMode) -> io::Result<PathBuf> {
        self.wait();
        RealDisk.write_temp(dir, bytes, mode)
    }
    fn sync_file(&self, path: &Path) -> io::Result<()> {
        RealDisk.sync_file(path)
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        RealDisk.rename(from, to)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
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
        RealDisk.create_dir_all(path)
    }
    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        self.wait();
        RealDisk.list(dir)
    }
    fn lock(&self, path: &Path) -> Lock {
        RealDisk.lock(path)
    }
}

/// The real disk on a file system without working locks (as some network
/// shares are): every lock is unavailable.
pub struct NoLockDisk;

impl Disk for NoLockDisk {
    fn write_temp(&self, dir: &Path, bytes: &[u8], mode: FileMode) -> io::Result<PathBuf> {
        RealDisk.write_temp(dir, bytes, mode)
    }
    fn sync_file(&self, path: &Path) -> io::Result<()> {
        RealDisk.sync_file(path)
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        RealDisk.rename(from, to)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        RealDisk.sync_dir(dir)
    }
    fn remove_file(&self, path: &Path) -> io::Result<()> {
        RealDisk.remove_file(path)
    }
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        RealDisk.read(path)
    }
    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        RealDisk.create_dir_all(path)
    }
    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        RealDisk.list(dir)
    }
    fn lock(&self, _: &Path) -> Lock {
        Lock::Unavailable
    }
}

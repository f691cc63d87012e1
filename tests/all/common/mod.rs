//! What several test files share: running the `closereader` binary (and
//! this test binary as a child process), waiting for something outside the
//! test to happen, a student's work ([`builders`]), and a fake disk that
//! fails, is slow, or has no locks, on purpose.

// Each test file uses only some of these.
#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)]

pub mod builders;

use std::ffi::OsStr;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::thread::ThreadId;
use std::time::{Duration, Instant};

use closereader::work::disk::{Disk, FileMode, Lock, RealDisk};

/// One run of the `closereader` binary, in a folder of the test's choosing
/// and with none of its environment variables set: `Run::new(&["export",
/// …], dir).data_dir(&data).run()`.
pub struct Run {
    command: Command,
}

impl Run {
    /// `closereader ARGS`, run in `cwd`.
    pub fn new(args: &[&str], cwd: &Path) -> Self {
        let mut command = Command::new(env!("CARGO_BIN_EXE_closereader"));
        command
            .args(args)
            .current_dir(cwd)
            .env_remove("CLOSEREADER_DATA_DIR")
            .env_remove("CLOSEREADER_LESSONS_DIR")
            .env_remove("CLOSEREADER_HAND_IN_DIR")
            // The words tests read are English, whatever this computer's
            // language (a test may ask for another with `.env`).
            .env("CLOSEREADER_LANG", "en");
        Self { command }
    }

    /// Adds `--data-dir DIR` after the arguments: the folder for saved work.
    pub fn data_dir(mut self, dir: &Path) -> Self {
        self.command.arg("--data-dir").arg(dir);
        self
    }

    /// Sets the environment variable `name` (as a school may for every
    /// program).
    pub fn env(mut self, name: &str, value: impl AsRef<OsStr>) -> Self {
        self.command.env(name, value);
        self
    }

    /// Runs it to the end; returns its exit code, standard output and
    /// standard error.
    pub fn run(mut self) -> (i32, String, String) {
        let output = self.command.output().expect("run closereader");
        (
            output.status.code().expect("exit code"),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    /// Starts it with its standard output and error piped to the test, and
    /// returns at once.
    pub fn spawn(mut self) -> KillOnDrop {
        let child = self
            .command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run closereader");
        KillOnDrop(Some(child))
    }
}

/// Runs the `closereader` binary in `cwd` with none of its environment
/// variables set; returns its exit code, standard output and standard error.
/// (The plain case of [`Run`].)
pub fn closereader(args: &[&str], cwd: &Path) -> (i32, String, String) {
    Run::new(args, cwd).run()
}

/// Runs the ignored test `test` (its full path, `"work_store::child_…"`)
/// of this test binary as a child process, with `env` set, its output
/// thrown away: the way a test kills or races a second copy of the app.
pub fn spawn_test_child(test: &str, env: &[(&str, &OsStr)]) -> KillOnDrop {
    let mut command = Command::new(std::env::current_exe().expect("test binary"));
    command.args([
        "--exact",
        test,
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ]);
    for (name, value) in env {
        command.env(name, value);
    }
    let child = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn child");
    KillOnDrop(Some(child))
}

/// A child process that is killed and reaped when the test lets go of it,
/// so that a test that fails half-way leaves no process running.
pub struct KillOnDrop(Option<Child>);

impl KillOnDrop {
    /// The child, no longer killed on drop (to wait for its output).
    pub fn into_inner(mut self) -> Child {
        self.0.take().expect("the child")
    }
}

impl std::ops::Deref for KillOnDrop {
    type Target = Child;
    fn deref(&self) -> &Child {
        self.0.as_ref().expect("the child")
    }
}

impl std::ops::DerefMut for KillOnDrop {
    fn deref_mut(&mut self) -> &mut Child {
        self.0.as_mut().expect("the child")
    }
}

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        if let Some(child) = &mut self.0 {
            // Already ended and reaped: nothing to do, and no error to see.
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Waits until `done` holds, asking every 10 ms, for something outside the
/// test's control (a child process, a file it writes); fails the test,
/// naming `what`, when `timeout` passes first.
pub fn eventually(what: &str, timeout: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !done() {
        assert!(
            Instant::now() < deadline,
            "waited {timeout:?} in vain for: {what}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Writes a classroom settings file in `dir` that names one teacher,
/// `name`, with their public feedback key `key`: as school IT would roll
/// it out, so that feedback signed with that key is the teacher's.
pub fn write_classroom(dir: &Path, name: &str, key: &str) {
    put(
        &dir.join("classroom.ron"),
        &format!("Classroom(teachers: [Teacher(name: \"{name}\", key: \"{key}\")])"),
    );
}

/// Writes `text` at `path`, making its folder first.
pub fn put(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("folder");
    }
    std::fs::write(path, text).expect("write");
}

/// The project folder (where `lessons/` and `tests/` are).
pub fn project_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The base lesson (`tests/base-lesson.ron`): every prompt kind, in two
/// sections.
pub fn base_lesson() -> PathBuf {
    project_dir().join("tests/base-lesson.ron")
}

/// The lesson template (`lessons/template.ron`): every prompt kind, in one
/// section.
pub fn template_lesson() -> PathBuf {
    project_dir().join("lessons/template.ron")
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
    hung: Option<PathBuf>,
    hung_reading: Option<PathBuf>,
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

    /// A disk on which writing a file in `dir` never answers (a share
    /// that hangs); everything else works.
    pub fn hung_writing_to(dir: &Path) -> Self {
        Self {
            hung: Some(dir.to_path_buf()),
            ..Self::default()
        }
    }

    /// A disk on which reading or listing anything in `dir` never
    /// answers (a share that hangs); everything else works.
    pub fn hung_reading_from(dir: &Path) -> Self {
        Self {
            hung_reading: Some(dir.to_path_buf()),
            ..Self::default()
        }
    }

    /// Never answers if `path` is where reading hangs.
    fn hang_reading(&self, path: &Path) {
        if self
            .hung_reading
            .as_ref()
            .is_some_and(|hung| path.starts_with(hung))
        {
            // The thread is abandoned by the window, as a hung mount's is.
            loop {
                std::thread::park();
            }
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
        if self.hung.as_ref().is_some_and(|hung| dir.starts_with(hung)) {
            // The thread is abandoned by the window, as a hung mount's is.
            loop {
                std::thread::park();
            }
        }
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
        self.hang_reading(path);
        RealDisk.read(path)
    }
    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        self.check("mkdir")?;
        RealDisk.create_dir_all(path)
    }
    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        self.wait();
        self.hang_reading(dir);
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

/// A fake program `name` in `dir` (a shell script) that writes the
/// arguments it was started with, one a line, to `dir/<name>.args` and
/// ends. Returns that file's path; [`recorded_arguments`] reads it.
#[cfg(unix)]
pub fn fake_program(dir: &Path, name: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt as _;
    let script = dir.join(name);
    let record = dir.join(format!("{name}.args"));
    // Written whole, then renamed: a reader never sees half of it.
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > '{0}.tmp'\nmv '{0}.tmp' '{0}'\n",
            record.display()
        ),
    )
    .expect("write the fake program");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    record
}

/// The arguments a [`fake_program`] recorded, once it has run (it runs on
/// its own: nothing waits for it).
pub fn recorded_arguments(record: &Path) -> Vec<String> {
    eventually("the fake program to run", Duration::from_secs(20), || {
        record.exists()
    });
    std::fs::read_to_string(record)
        .expect("read the arguments")
        .lines()
        .map(str::to_owned)
        .collect()
}

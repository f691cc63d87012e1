//! The few file operations reading a class folder needs, behind a trait so
//! tests and benchmarks can put a slow or hung network share under the
//! reader (the real one is `std::fs`).
//!
//! Each call is one or two round trips on a network share; the reader makes
//! many of them at once (see [`super::pool`]).

use std::fs::{self, File};
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

use crate::tr;
use crate::work::disk::EntryKind;

/// What is at a path, seen without following a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    /// A file, a folder, a link or something else.
    pub kind: EntryKind,
    /// Its size in bytes.
    pub len: u64,
    /// When it was last changed, where the file system says.
    pub modified: Option<SystemTime>,
}

impl Stat {
    /// What `metadata` (not following a link) says.
    fn of(metadata: &fs::Metadata) -> Self {
        Self {
            kind: EntryKind::of(metadata.file_type()),
            len: metadata.len(),
            modified: metadata.modified().ok(),
        }
    }
}

/// What the listing says of `entry` without another round trip: on
/// Windows, the size and time the listing came with (the same a look
/// gives, links not followed). Elsewhere a listing gives at most the kind,
/// and asking it for more makes a look one after another; the reader
/// looks at many entries at once instead.
#[cfg(windows)]
fn listed_stat(entry: &fs::DirEntry) -> Option<Stat> {
    entry.metadata().ok().map(|metadata| Stat::of(&metadata))
}

/// See the Windows version: elsewhere, nothing without a look.
#[cfg(not(windows))]
fn listed_stat(_entry: &fs::DirEntry) -> Option<Stat> {
    None
}

/// A file's bytes, or its size when it is larger than the cap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Capped {
    /// The whole file.
    Bytes(Vec<u8>),
    /// The file is larger than the cap: its size.
    TooLarge(u64),
}

/// One entry of a folder's listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// Its path (the folder's, joined with its name).
    pub path: PathBuf,
    /// What a look at it would say, where the listing says it already
    /// (Windows gives each entry's size and time with the names, so no
    /// look costs a round trip); `None` where a look is needed.
    pub stat: Option<Stat>,
}

/// File operations on a class folder.
pub trait ClassFs: Send + Sync {
    /// What is at `path`, following a link (never [`EntryKind::Link`]).
    fn kind_following(&self, path: &Path) -> io::Result<EntryKind>;
    /// The entries of a folder, in no order.
    fn list(&self, dir: &Path) -> io::Result<Vec<Listed>>;
    /// What is at `path`, without following a link.
    fn stat(&self, path: &Path) -> io::Result<Stat>;
    /// A plain file's bytes, unless it holds more than `cap` bytes; an
    /// error for a folder or anything not a plain file. Call it only on
    /// what is known to be a plain file: opening a pipe waits for a writer.
    fn read_capped(&self, path: &Path, cap: u64) -> io::Result<Capped>;
}

/// The real file system.
#[derive(Debug, Default, Clone, Copy)]
pub struct RealFs;

impl ClassFs for RealFs {
    fn kind_following(&self, path: &Path) -> io::Result<EntryKind> {
        Ok(EntryKind::of(fs::metadata(path)?.file_type()))
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<Listed>> {
        Ok(fs::read_dir(dir)?
            .filter_map(Result::ok)
            .map(|entry| Listed {
                path: entry.path(),
                stat: listed_stat(&entry),
            })
            .collect())
    }

    fn stat(&self, path: &Path) -> io::Result<Stat> {
        Ok(Stat::of(&fs::symlink_metadata(path)?))
    }

    fn read_capped(&self, path: &Path, cap: u64) -> io::Result<Capped> {
        let file = File::open(path)?;
        let metadata = file.metadata()?;
        if metadata.is_dir() {
            return Err(io::Error::from(io::ErrorKind::IsADirectory));
        }
        if !metadata.is_file() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                tr!("sys-io-not-a-regular-file"),
            ));
        }
        if metadata.len() > cap {
            return Ok(Capped::TooLarge(metadata.len()));
        }
        // One byte past the cap tells a file that grew meanwhile.
        let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
        file.take(cap.saturating_add(1)).read_to_end(&mut bytes)?;
        let len = bytes.len() as u64;
        Ok(if len > cap {
            Capped::TooLarge(len)
        } else {
            Capped::Bytes(bytes)
        })
    }
}

/// The real file system behind a network share that waits before every
/// operation, or never answers at all (a hung mount): for tests and
/// benchmarks. It counts what it is asked.
#[derive(Debug, Default)]
pub struct SlowFs {
    /// How long each operation waits; `None`: it never answers.
    delay: Option<Duration>,
    /// Files read so far (not counting listings and looks).
    reads: AtomicUsize,
    /// Operations under way now.
    in_flight: AtomicUsize,
    /// The most operations that were under way at once.
    most_in_flight: AtomicUsize,
}

impl SlowFs {
    /// A share whose every operation takes `delay`.
    pub fn new(delay: Duration) -> Self {
        Self {
            delay: Some(delay),
            ..Self::default()
        }
    }

    /// A share that never answers: every operation waits forever.
    pub fn never_answering() -> Self {
        Self::default()
    }

    /// How many files have been read through it.
    pub fn reads(&self) -> usize {
        self.reads.load(Ordering::Relaxed)
    }

    /// The most operations that were under way at once.
    pub fn most_in_flight(&self) -> usize {
        self.most_in_flight.load(Ordering::Relaxed)
    }

    /// Waits as the share does, then does `op`, counting it as under way
    /// meanwhile.
    fn slowly<R>(&self, op: impl FnOnce() -> R) -> R {
        let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        self.most_in_flight.fetch_max(now, Ordering::SeqCst);
        match self.delay {
            Some(delay) => std::thread::sleep(delay),
            // A hung mount: the thread is abandoned by whoever waits for it.
            None => loop {
                std::thread::park();
            },
        }
        let answer = op();
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
        answer
    }
}

impl ClassFs for SlowFs {
    fn kind_following(&self, path: &Path) -> io::Result<EntryKind> {
        self.slowly(|| RealFs.kind_following(path))
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<Listed>> {
        self.slowly(|| RealFs.list(dir))
    }

    fn stat(&self, path: &Path) -> io::Result<Stat> {
        self.slowly(|| RealFs.stat(path))
    }

    fn read_capped(&self, path: &Path, cap: u64) -> io::Result<Capped> {
        self.reads.fetch_add(1, Ordering::Relaxed);
        self.slowly(|| RealFs.read_capped(path, cap))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_the_cap_is_not_read_and_its_size_is_given() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("big.ron");
        fs::write(&path, vec![b'x'; 10]).expect("write");
        assert_eq!(
            RealFs.read_capped(&path, 9).expect("read"),
            Capped::TooLarge(10)
        );
        assert_eq!(
            RealFs.read_capped(&path, 10).expect("read"),
            Capped::Bytes(vec![b'x'; 10])
        );
        let folder = RealFs.read_capped(dir.path(), 10).expect_err("a folder");
        assert_eq!(folder.kind(), io::ErrorKind::IsADirectory);
    }

    #[test]
    fn stat_sees_a_link_as_a_link() {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::write(dir.path().join("a.ron"), "x").expect("write");
        let file = RealFs.stat(&dir.path().join("a.ron")).expect("stat");
        assert_eq!((file.kind, file.len), (EntryKind::File, 1));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).expect("link");
            let link = RealFs.stat(&dir.path().join("loop")).expect("stat");
            assert_eq!(link.kind, EntryKind::Link);
        }
    }
}

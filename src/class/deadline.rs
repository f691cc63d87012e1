//! Reading a class folder that may stop answering (a hung network mount)
//! without waiting forever: for the command line, which has no window to
//! keep drawing but must still end. The reading thread is left behind when
//! it is given up on; the program ends without it.

use std::io;
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{RecvTimeoutError, channel};
use std::time::Duration;

use super::Collection;
use super::class_fs::{Capped, ClassFs, Listed, Stat};
use super::collect::collect_from;
use super::read_cache::ReadCache;
use crate::work::disk::EntryKind;

/// How long a network share may say nothing before it is given up on
/// (reading a class: from one file read to the next).
pub const SHARE_TIMEOUT: Duration = Duration::from_secs(20);

/// Reads every work file under `root` through `fs`, as [`collect_from`],
/// giving up when `timeout` passes with no answer from the share (no
/// listing, look or read answered: an error of kind
/// [`io::ErrorKind::TimedOut`]). Where no thread can be started, it reads
/// on this one, without a timeout.
pub fn collect_within(
    fs: Arc<dyn ClassFs>,
    root: &Path,
    timeout: Duration,
) -> io::Result<Collection> {
    let (tx, rx) = channel();
    let answered = tx.clone();
    let heard = Heartbeat {
        fs: fs.clone(),
        beat: move || {
            let _ = answered.send(None);
        },
    };
    let folder = root.to_path_buf();
    let started = std::thread::Builder::new()
        .name("closereader-class-reader".into())
        .spawn(move || {
            let read = collect_from(&heard, &folder, &mut ReadCache::default(), |_| {});
            let _ = tx.send(Some(read));
        });
    if started.is_err() {
        return collect_from(fs.as_ref(), root, &mut ReadCache::default(), |_| {});
    }
    loop {
        match rx.recv_timeout(timeout) {
            Ok(Some(read)) => return read,
            Ok(None) => {}
            Err(RecvTimeoutError::Timeout) => return Err(io::ErrorKind::TimedOut.into()),
            // The reader panicked: said as an error, never passed on.
            Err(RecvTimeoutError::Disconnected) => {
                return Err(io::Error::other(crate::tr!("job-panicked")));
            }
        }
    }
}

/// A file system that calls `beat` each time `fs` answers (a listing of a
/// big folder on a slow share says nothing of files read for a while, but
/// the share is answering).
pub struct Heartbeat<F> {
    /// The file system asked.
    pub fs: Arc<dyn ClassFs>,
    /// Called after each answer.
    pub beat: F,
}

impl<F: Fn() + Send + Sync> Heartbeat<F> {
    fn heard<R>(&self, answer: R) -> R {
        (self.beat)();
        answer
    }
}

impl<F: Fn() + Send + Sync> ClassFs for Heartbeat<F> {
    fn kind_following(&self, path: &Path) -> io::Result<EntryKind> {
        self.heard(self.fs.kind_following(path))
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<Listed>> {
        self.heard(self.fs.list(dir))
    }

    fn stat(&self, path: &Path) -> io::Result<Stat> {
        self.heard(self.fs.stat(path))
    }

    fn read_capped(&self, path: &Path, cap: u64) -> io::Result<Capped> {
        self.heard(self.fs.read_capped(path, cap))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::class_fs::SlowFs;
    use crate::work::Work;
    use crate::work::file::WorkFile;

    #[test]
    fn a_share_that_never_answers_is_given_up_on_and_one_that_does_is_read() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = WorkFile::new("l", "h", "Ada", Work::default());
        std::fs::write(dir.path().join("ada.ron"), file.to_text()).expect("write");
        let hung = collect_within(
            Arc::new(SlowFs::never_answering()),
            dir.path(),
            Duration::from_millis(50),
        );
        assert_eq!(
            hung.map(|_| ()).map_err(|e| e.kind()),
            Err(io::ErrorKind::TimedOut)
        );
        let slow = Arc::new(SlowFs::new(Duration::from_millis(1)));
        let read = collect_within(slow, dir.path(), SHARE_TIMEOUT).expect("read");
        assert_eq!(read.students("l").len(), 1);
    }

    #[test]
    fn a_share_that_answers_slowly_is_not_given_up_on_before_a_file_is_read() {
        // Ten folders deep: twenty answers, a tenth of a second each,
        // before the first file is read; none takes the timeout.
        let dir = tempfile::tempdir().expect("temp dir");
        let deep = (0..10).fold(dir.path().to_path_buf(), |p, i| p.join(format!("d{i}")));
        std::fs::create_dir_all(&deep).expect("mkdir");
        let file = WorkFile::new("l", "h", "Ada", Work::default());
        std::fs::write(deep.join("ada.ron"), file.to_text()).expect("write");
        let slow = Arc::new(SlowFs::new(Duration::from_millis(100)));
        let read = collect_within(slow, dir.path(), Duration::from_secs(1)).expect("read");
        assert_eq!(read.students("l").len(), 1);
    }
}

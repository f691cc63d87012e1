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
use super::class_fs::ClassFs;
use super::collect::collect_from;
use super::read_cache::ReadCache;

/// How long a network share may say nothing before it is given up on
/// (reading a class: from one file read to the next).
pub const SHARE_TIMEOUT: Duration = Duration::from_secs(20);

/// Reads every work file under `root` through `fs`, as [`collect_from`],
/// giving up when `timeout` passes with no file read (an error of kind
/// [`io::ErrorKind::TimedOut`]). Where no thread can be started, it reads
/// on this one, without a timeout.
pub fn collect_within(
    fs: Arc<dyn ClassFs>,
    root: &Path,
    timeout: Duration,
) -> io::Result<Collection> {
    let (tx, rx) = channel();
    let (reader_fs, folder) = (fs.clone(), root.to_path_buf());
    let started = std::thread::Builder::new()
        .name("closereader-class-reader".into())
        .spawn(move || {
            let progress = tx.clone();
            let read = collect_from(
                reader_fs.as_ref(),
                &folder,
                &mut ReadCache::default(),
                |_| {
                    // Each file read shows the share is answering.
                    let _ = progress.send(None);
                },
            );
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
}

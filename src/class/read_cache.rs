//! What was read from a class folder last time, file by file, with each
//! file's size and time then: reading the folder again reads only the files
//! that changed, so "Read the folder again" on a network share costs a look
//! at each file instead of reading all of them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::class_fs::Stat;
use crate::feedback::Feedback;
use crate::work::disk::EntryKind;
use crate::work::file::WorkFile;

/// What one file turned out to hold.
#[derive(Debug, Clone)]
pub enum FileRead {
    /// A student's work.
    Work(Box<WorkFile>),
    /// A teacher's feedback.
    Feedback(Box<Feedback>),
    /// Nothing that can be used, and why, in words.
    Unusable(String),
}

/// Files read from class folders, by path.
#[derive(Debug, Clone, Default)]
pub struct ReadCache {
    files: HashMap<PathBuf, Kept>,
}

#[derive(Debug, Clone)]
struct Kept {
    len: u64,
    modified: SystemTime,
    read: FileRead,
}

impl ReadCache {
    /// What `path` held when it had the size and time `stat` gives, if it
    /// has not changed since.
    pub fn get(&self, path: &Path, stat: &Stat) -> Option<&FileRead> {
        let kept = self.files.get(path)?;
        (stat.kind == EntryKind::File
            && stat.len == kept.len
            && stat.modified == Some(kept.modified))
        .then_some(&kept.read)
    }

    /// Keeps what `path` held, with its size and time. Only plain files
    /// with a time are kept (a link's target may change unseen).
    pub fn keep(&mut self, path: PathBuf, stat: &Stat, read: FileRead) {
        if let (EntryKind::File, Some(modified)) = (stat.kind, stat.modified) {
            self.files.insert(
                path,
                Kept {
                    len: stat.len,
                    modified,
                    read,
                },
            );
        }
    }

    /// How many files are kept.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn stat(len: u64, secs: u64) -> Stat {
        Stat {
            kind: EntryKind::File,
            len,
            modified: Some(SystemTime::UNIX_EPOCH + Duration::from_secs(secs)),
        }
    }

    #[test]
    fn a_file_is_kept_until_its_size_or_time_changes() {
        let mut cache = ReadCache::default();
        let path = PathBuf::from("a.ron");
        cache.keep(path.clone(), &stat(10, 5), FileRead::Unusable("x".into()));
        assert!(cache.get(&path, &stat(10, 5)).is_some());
        assert!(cache.get(&path, &stat(11, 5)).is_none(), "size changed");
        assert!(cache.get(&path, &stat(10, 6)).is_none(), "time changed");
        assert!(cache.get(Path::new("b.ron"), &stat(10, 5)).is_none());
    }

    #[test]
    fn links_and_files_without_a_time_are_never_kept() {
        let mut cache = ReadCache::default();
        let link = Stat {
            kind: EntryKind::Link,
            ..stat(1, 1)
        };
        cache.keep("l.ron".into(), &link, FileRead::Unusable("x".into()));
        let timeless = Stat {
            modified: None,
            ..stat(1, 1)
        };
        cache.keep("t.ron".into(), &timeless, FileRead::Unusable("x".into()));
        assert!(cache.is_empty());
    }
}

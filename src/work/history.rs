//! Rolling snapshots of a student's work: names, and which ones to keep.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// A snapshot is taken at most this often while a student edits.
pub const SNAPSHOT_INTERVAL: Duration = Duration::from_secs(5 * 60);
/// Most snapshots kept for one student and lesson.
pub const MAX_SNAPSHOTS: usize = 48;

const HOUR: Duration = Duration::from_secs(3600);
const DAY: Duration = Duration::from_secs(24 * 3600);

/// One saved snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// When it was taken (to the second).
    pub time: SystemTime,
    /// Which of the snapshots taken in that second (1 for the first).
    pub nth: u32,
    /// Its file.
    pub path: PathBuf,
}

impl Snapshot {
    /// Orders snapshots by when they were taken (within one second, by
    /// the order they were taken in).
    pub fn order(&self) -> (SystemTime, u32) {
        (self.time, self.nth)
    }
}

/// A time as a file name stamp: `20261126T023818Z` (no `:` for Windows).
pub fn stamp(time: SystemTime) -> String {
    humantime::format_rfc3339_seconds(time)
        .to_string()
        .replace(['-', ':'], "")
}

/// Reads a stamp made by [`stamp`] back into a time.
pub fn parse_stamp(text: &str) -> Option<SystemTime> {
    let b = text.as_bytes();
    if !text.is_ascii() || b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let rfc = format!(
        "{}-{}-{}T{}:{}:{}Z",
        &text[0..4],
        &text[4..6],
        &text[6..8],
        &text[9..11],
        &text[11..13],
        &text[13..15]
    );
    humantime::parse_rfc3339(&rfc).ok()
}

/// The snapshot for a file named `<stamp>.ron` or `<stamp>-<n>.ron` (a second
/// snapshot in the same second), if `path` is one.
pub fn snapshot_at(path: &Path) -> Option<Snapshot> {
    if path.extension()? != "ron" {
        return None;
    }
    let stem = path.file_stem()?.to_str()?;
    let (stamp, nth) = match stem.split_once('-') {
        Some((stamp, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
            (stamp, n.parse().ok()?)
        }
        Some(_) => return None,
        None => (stem, 1),
    };
    Some(Snapshot {
        time: parse_stamp(stamp)?,
        nth,
        path: path.to_path_buf(),
    })
}

/// A new snapshot file name in `dir` for `time` that no existing snapshot has.
pub fn new_snapshot_path(dir: &Path, time: SystemTime) -> PathBuf {
    let stamp = stamp(time);
    (1..)
        .map(|n| {
            if n == 1 {
                dir.join(format!("{stamp}.ron"))
            } else {
                dir.join(format!("{stamp}-{n}.ron"))
            }
        })
        .find(|path| !path.exists())
        .unwrap_or_else(|| dir.join(format!("{stamp}.ron")))
}

/// Which snapshots to delete so that a day of work keeps a bounded number:
/// every snapshot from the last hour, the newest of each hour of the last
/// day, the newest of each older day, and never more than [`MAX_SNAPSHOTS`].
pub fn snapshots_to_remove(snapshots: &[Snapshot], now: SystemTime) -> Vec<PathBuf> {
    let mut sorted: Vec<&Snapshot> = snapshots.iter().collect();
    sorted.sort_by_key(|s| std::cmp::Reverse(s.order())); // newest first
    let mut kept_buckets = std::collections::HashSet::new();
    let mut kept = 0;
    let mut remove = Vec::new();
    for snapshot in sorted {
        let age = now.duration_since(snapshot.time).unwrap_or(Duration::ZERO);
        let bucket = if age < HOUR {
            None
        } else if age < DAY {
            Some((0, age.as_secs() / HOUR.as_secs()))
        } else {
            Some((1, age.as_secs() / DAY.as_secs()))
        };
        let keep = kept < MAX_SNAPSHOTS && bucket.is_none_or(|b| kept_buckets.insert(b));
        if keep {
            kept += 1;
        } else {
            remove.push(snapshot.path.clone());
        }
    }
    remove
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_round_trip() {
        let time = humantime::parse_rfc3339("2026-11-26T02:38:18Z").expect("time");
        assert_eq!(stamp(time), "20261126T023818Z");
        assert_eq!(parse_stamp("20261126T023818Z"), Some(time));
        for bad in [
            "",
            "2026112T023818Z",
            "20261126X023818Z",
            "20261399T023818Z",
            "202é126T023818Z",
        ] {
            assert_eq!(parse_stamp(bad), None, "{bad}");
        }
        assert!(snapshot_at(Path::new("h/20261126T023818Z-2.ron")).is_some());
        assert!(snapshot_at(Path::new("h/202é126T023818Z.ron")).is_none());
        assert!(snapshot_at(Path::new("h/20261126T023818Z-x.ron")).is_none());
    }

    #[test]
    fn a_day_of_snapshots_every_five_minutes_is_thinned() {
        let now = humantime::parse_rfc3339("2026-11-26T18:00:00Z").expect("time");
        let snapshots: Vec<Snapshot> = (0..(3 * 24 * 12))
            .map(|i| {
                let time = now - Duration::from_secs(i * 300);
                Snapshot {
                    time,
                    nth: 1,
                    path: PathBuf::from(format!("{}.ron", stamp(time))),
                }
            })
            .collect();
        let removed = snapshots_to_remove(&snapshots, now);
        let kept: Vec<&Snapshot> = snapshots
            .iter()
            .filter(|s| !removed.contains(&s.path))
            .collect();
        // 12 from the last hour, one per hour for the rest of the day, one per older day.
        assert_eq!(kept.len(), 12 + 23 + 2);
        assert!(
            kept.iter().any(|s| s.time == now),
            "the newest is always kept"
        );
        assert!(kept.len() <= MAX_SNAPSHOTS);
    }
}

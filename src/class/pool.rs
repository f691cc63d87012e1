//! Many file operations at once, on a fixed number of threads: on a network
//! share each one is a round trip, so reading 300 files one after another
//! waits 300 round trips, and reading 64 at a time about 5.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::sync_channel;

/// How many operations a folder is read with at once: enough to hide a
/// share's round trips, few enough for a school's file server and an old
/// laptop (each thread holds at most one file; a Windows or Samba server
/// allows far more requests at once). Measured on the 10 ms share
/// (docs/benchmarks.md): a class of 300 read again in 0.35–0.49 s with
/// 16, 0.23 s with 32, 0.21 s with 64; a class of 3,000 read for the first
/// time in 6.0 s with 32, 4.3 s with 64.
pub const IN_FLIGHT: usize = 64;

/// Runs `work` on every item, up to `workers` at once, and hands each
/// answer to `done` (on the calling thread) as it comes, with the item's
/// index. At most `workers` answers wait to be handed over, so memory stays
/// bounded however many items there are. Where no thread can be started,
/// the items are worked through on the calling thread.
pub fn in_parallel<T: Sync, R: Send>(
    items: &[T],
    workers: usize,
    work: impl Fn(&T) -> R + Sync,
    mut done: impl FnMut(usize, R),
) {
    let next = AtomicUsize::new(0);
    let (tx, rx) = sync_channel(workers.max(1));
    let (work, next) = (&work, &next);
    std::thread::scope(|scope| {
        let mut started = 0;
        for _ in 0..workers.min(items.len()) {
            let tx = tx.clone();
            let worker = std::thread::Builder::new()
                .name("closereader-reader".into())
                .spawn_scoped(scope, move || {
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(index) else {
                            break;
                        };
                        if tx.send((index, work(item))).is_err() {
                            break;
                        }
                    }
                });
            started += usize::from(worker.is_ok());
        }
        drop(tx);
        if started == 0 {
            for (index, item) in items.iter().enumerate() {
                done(index, work(item));
            }
        }
        for (index, answer) in rx {
            done(index, answer);
        }
    });
}

/// [`in_parallel`], the answers in the items' order.
pub fn map_in_parallel<T: Sync, R: Send>(
    items: &[T],
    workers: usize,
    work: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let mut answers: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    in_parallel(items, workers, work, |index, answer| {
        if let Some(slot) = answers.get_mut(index) {
            *slot = Some(answer);
        }
    });
    // Every index is answered once: the workers take each one in turn.
    answers.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_is_worked_once_and_answers_keep_their_order() {
        let items: Vec<usize> = (0..500).collect();
        let doubled = map_in_parallel(&items, IN_FLIGHT, |n| n * 2);
        assert_eq!(doubled, items.iter().map(|n| n * 2).collect::<Vec<_>>());
        let mut seen = vec![0; items.len()];
        in_parallel(
            &items,
            3,
            |n| *n,
            |index, n| {
                assert_eq!(index, n);
                seen[index] += 1;
            },
        );
        assert!(seen.iter().all(|&count| count == 1));
    }

    #[test]
    fn nothing_to_do_is_done_at_once() {
        let none: Vec<u8> = Vec::new();
        assert!(map_in_parallel(&none, IN_FLIGHT, |n| *n).is_empty());
    }
}

//! The jobs the window is waiting for, and when it stops waiting: a job on
//! a network share (reading a class or a lessons folder, handing in,
//! saving or looking for feedback) that has not answered for
//! [`SHARE_TIMEOUT`] is given up on. Its thread is left to finish or hang
//! (a hung mount never answers), the window says so in words, and what
//! the window was waiting for carries on as if it had failed: typed
//! feedback stays and is tried again, the work stays on the laptop. An
//! answer that comes after all is still taken in.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use crate::class::CollectProgress;
use crate::class::hand_in::HandInError;
use crate::clock::Clock;
use crate::tr;

use super::background::ReadCounter;
use super::jobs::{Done, Job};

/// How long the window waits for a share that does not answer (reading a
/// class: for the next answer, a listing, a look or a file).
pub use crate::class::deadline::SHARE_TIMEOUT;

/// The jobs still running.
pub(super) struct Waiting {
    jobs: HashMap<u64, Waited>,
    next_id: u64,
    clock: Clock,
    timeout: Duration,
}

/// One job still running.
struct Waited {
    /// When it started, or last showed it was getting on.
    since: Instant,
    /// What to take in if it stops answering (`None`: wait as long as it takes).
    if_no_answer: Option<Done>,
    /// How far it has got, where it says, and what that was last time.
    progress: Option<(Arc<ReadCounter>, (CollectProgress, usize))>,
}

impl Waiting {
    /// Waits on `clock`, giving up on a share after `timeout`.
    pub(super) fn new(clock: Clock, timeout: Duration) -> Self {
        Self {
            jobs: HashMap::new(),
            next_id: 0,
            clock,
            timeout,
        }
    }

    /// Starts waiting for `job`; returns the id its answer comes back with.
    pub(super) fn add(&mut self, job: &Job) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        let progress = match job {
            Job::CollectClass { counter, .. } => Some((counter.clone(), counter.activity())),
            _ => None,
        };
        self.jobs.insert(
            id,
            Waited {
                since: self.clock.now(),
                if_no_answer: if_no_answer(job, self.timeout),
                progress,
            },
        );
        id
    }

    /// The job `id` has answered.
    pub(super) fn answered(&mut self, id: u64) {
        self.jobs.remove(&id);
    }

    /// What to take in for the jobs given up on now.
    pub(super) fn give_up(&mut self) -> Vec<Done> {
        let now = self.clock.now();
        for job in self.jobs.values_mut() {
            if let Some((counter, seen)) = &mut job.progress {
                let progress = counter.activity();
                if progress != *seen {
                    *seen = progress;
                    job.since = now;
                }
            }
        }
        let late: Vec<u64> = self
            .jobs
            .iter()
            .filter(|(_, job)| {
                job.if_no_answer.is_some() && now.duration_since(job.since) >= self.timeout
            })
            .map(|(id, _)| *id)
            .collect();
        late.into_iter()
            .filter_map(|id| self.jobs.remove(&id)?.if_no_answer)
            .collect()
    }

    /// How long until the next job is given up on, if one may be.
    pub(super) fn next_deadline(&self) -> Option<Duration> {
        let now = self.clock.now();
        self.jobs
            .values()
            .filter(|job| job.if_no_answer.is_some())
            .map(|job| (job.since + self.timeout).saturating_duration_since(now))
            .min()
    }

    /// How many jobs are running.
    pub(super) fn len(&self) -> usize {
        self.jobs.len()
    }
}

/// What the window takes in when `job`, an operation on a share, has not
/// answered for `timeout`; `None` for jobs that wait as long as they take
/// (a person choosing a file, the laptop's own disk).
fn if_no_answer(job: &Job, timeout: Duration) -> Option<Done> {
    let seconds = timeout.as_secs();
    let why = || tr!("share-timeout", seconds = seconds);
    Some(match job {
        Job::CollectClass { folder, .. } => Done::ClassCollected {
            folder: folder.clone(),
            result: Err(tr!("class-folder-timeout", seconds = seconds)),
            my_key: String::new(),
            cache: Box::default(),
        },
        Job::HandIn {
            folder,
            file,
            edits,
            ..
        } => Done::HandedIn {
            key: file.key(),
            edits: *edits,
            at: SystemTime::now(),
            result: Err(HandInError::Unreachable {
                folder: folder.clone(),
                why: why(),
            }),
        },
        Job::SaveFeedback { feedback, .. } => Done::FeedbackSaved {
            sent: feedback.clone(),
            result: Err(why()),
        },
        Job::ShareClassReading { .. } => Done::ClassReadingShared(Err(why())),
        // Nothing found in time: the lesson is shown without it.
        Job::FindClassReading { key, .. } => Done::ClassReadingFound {
            key: key.clone(),
            found: None,
        },
        Job::CheckReturned { student, .. } => Done::Returned {
            student: student.clone(),
            returned: Err(why()),
        },
        Job::FindFeedback { key, .. } => Done::FeedbackFound {
            key: key.clone(),
            found: Some(Err(why())),
        },
        Job::LoadFolders { .. }
        | Job::LoadTranslations { .. }
        | Job::LoadLessonFile { .. }
        | Job::ReadProgress { .. } => Done::Problem(tr!("share-timeout-folder", seconds = seconds)),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn a_share_job_is_given_up_on_after_the_timeout_unless_it_gets_on() {
        let clock = Clock::manual();
        let mut waiting = Waiting::new(clock.clone(), Duration::from_secs(20));
        let counter = Arc::new(ReadCounter::default());
        let id = waiting.add(&Job::CollectClass {
            folder: PathBuf::from("class"),
            counter: counter.clone(),
            key_dir: None,
            fs: Arc::new(crate::class::class_fs::RealFs),
            cache: Box::default(),
        });
        let picker = waiting.add(&Job::PickClassFolder(None));
        assert_eq!(waiting.next_deadline(), Some(Duration::from_secs(20)));
        clock.advance(Duration::from_secs(15));
        counter.set(CollectProgress { read: 1, total: 9 });
        assert!(waiting.give_up().is_empty());
        clock.advance(Duration::from_secs(15));
        assert!(waiting.give_up().is_empty(), "it read a file 15 s ago");
        // A listing or a look answered, no file read yet: still getting on.
        counter.answered();
        assert!(waiting.give_up().is_empty());
        clock.advance(Duration::from_secs(15));
        assert!(waiting.give_up().is_empty(), "the share answered 15 s ago");
        clock.advance(Duration::from_secs(5));
        let given_up = waiting.give_up();
        assert!(matches!(
            given_up.as_slice(),
            [Done::ClassCollected { result: Err(_), .. }]
        ));
        assert_eq!(
            waiting.len(),
            1,
            "a person choosing a folder is never hurried"
        );
        clock.advance(Duration::from_secs(600));
        assert!(waiting.give_up().is_empty());
        assert_eq!(waiting.next_deadline(), None);
        waiting.answered(id);
        waiting.answered(picker);
        assert_eq!(waiting.len(), 0);
    }
}

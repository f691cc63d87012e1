//! Times as people read them: on this computer's clock, in its time zone.
//! (Work files store UTC RFC 3339 times; everything shown is local.)

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime};

/// A file dated more than this after now claims a time that has not come
/// yet (a clock far wrong, or a forgery): it never counts as the newest.
pub const CLOCK_SLACK: Duration = Duration::from_secs(24 * 60 * 60);

/// Where the window's timers (autosave, saving feedback) read the time:
/// the system's clock, or one a test moves on by hand, so no test sleeps
/// to wait for a timer.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    /// The time a hand-moved clock shows; `None` for the system's clock.
    manual: Option<Arc<Mutex<Instant>>>,
}

impl Clock {
    /// A clock that starts at now and moves only when [`Clock::advance`] is called.
    pub fn manual() -> Self {
        Self {
            manual: Some(Arc::new(Mutex::new(Instant::now()))),
        }
    }

    /// The time now.
    pub fn now(&self) -> Instant {
        match &self.manual {
            Some(at) => *at.lock().unwrap_or_else(PoisonError::into_inner),
            None => Instant::now(),
        }
    }

    /// Moves a hand-moved clock on by `by` (the system's clock moves itself).
    pub fn advance(&self, by: Duration) {
        if let Some(at) = &self.manual {
            *at.lock().unwrap_or_else(PoisonError::into_inner) += by;
        }
    }
}

/// "10:42" on this computer's clock.
pub fn clock_time(time: SystemTime) -> String {
    local(time).map_or_else(
        || utc_fallback(time, 11, 16),
        |z| z.strftime("%H:%M").to_string(),
    )
}

/// "2026-11-26 10:42" on this computer's clock.
pub fn date_and_time(time: SystemTime) -> String {
    local(time).map_or_else(
        || utc_fallback(time, 0, 16).replace('T', " "),
        |z| z.strftime("%Y-%m-%d %H:%M").to_string(),
    )
}

/// A work file's `saved_at` (RFC 3339) on this computer's clock, or the
/// text as written when it is not a time.
pub fn saved_at_label(saved_at: &str) -> String {
    humantime::parse_rfc3339(saved_at)
        .or_else(|_| humantime::parse_rfc3339_weak(saved_at))
        .map_or_else(|_| saved_at.to_owned(), date_and_time)
}

/// Looks up this computer's time zone once (it reads the system's time
/// zone files), so the window's first clock time finds it ready; call it
/// from a background thread at start-up. (jiff keeps it, checking the
/// system again only every few minutes.)
pub fn warm_up() {
    let _ = jiff::tz::TimeZone::system();
}

fn local(time: SystemTime) -> Option<jiff::ZonedDateTime> {
    let timestamp = jiff::Timestamp::try_from(time).ok()?;
    Some(timestamp.to_zoned_datetime(jiff::tz::TimeZone::system()))
}

/// Part of the UTC RFC 3339 form, when the time cannot be shown locally
/// (before 1970 or after 9999).
fn utc_fallback(time: SystemTime, from: usize, to: usize) -> String {
    let text = humantime::format_rfc3339_seconds(time).to_string();
    text.get(from..to).unwrap_or(&text).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn clock_times_follow_the_local_time_zone() {
        // 2026-11-26T09:42:00Z
        let time = SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_686_120);
        let zone = jiff::tz::TimeZone::system();
        let expected = jiff::Timestamp::from_second(1_795_686_120)
            .expect("in range")
            .to_zoned_datetime(zone)
            .strftime("%H:%M")
            .to_string();
        assert_eq!(clock_time(time), expected);
        assert_eq!(date_and_time(time).len(), "2026-11-26 10:42".len());
    }

    #[test]
    fn saved_at_is_shown_locally_or_as_written() {
        let shown = saved_at_label("2026-11-26T09:42:00Z");
        assert!(shown.starts_with("2026-11-2"), "{shown}");
        assert!(!shown.contains('T') && !shown.contains('Z'), "{shown}");
        assert_eq!(saved_at_label("yesterday"), "yesterday");
    }
}

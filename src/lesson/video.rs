//! "Watch this moment": a passage's time (`"0:42"`, `"1:02:03"`) and the
//! video its source names (a file beside the lesson, or an `https` address),
//! read and checked here; the app opens the video outside itself
//! (`crate::player`). Nothing here reads the disk or knows about egui.

use super::model::{Lesson, Passage, Source};
use super::validate::{AssetPathProblem, check_asset_path};
use crate::tr;

/// Why a passage's time cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeProblem {
    /// Not `m:ss` or `h:mm:ss` (`"1.05"`, `"90"`, `"1:5"`).
    Malformed,
    /// Minutes or seconds after a `:` past 59 (`"1:75"`).
    OutOfRange,
}

/// A passage's time in seconds: `m:ss`, `mm:ss` (any number of minutes) or
/// `h:mm:ss`; seconds, and minutes after hours, are two digits up to 59.
pub fn parse_time(text: &str) -> Result<u32, TimeProblem> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let digits = |part: &str, most: usize| {
        !part.is_empty() && part.len() <= most && part.bytes().all(|b| b.is_ascii_digit())
    };
    let (first, sixties) = match parts.as_slice() {
        [minutes, seconds] => (*minutes, vec![*seconds]),
        [hours, minutes, seconds] => (*hours, vec![*minutes, *seconds]),
        _ => return Err(TimeProblem::Malformed),
    };
    if !digits(first, 4) || !sixties.iter().all(|p| p.len() == 2 && digits(p, 2)) {
        return Err(TimeProblem::Malformed);
    }
    // At most four digits and two: far inside u32.
    let number = |part: &str| part.parse::<u32>().map_err(|_| TimeProblem::Malformed);
    let mut seconds = number(first)?;
    for part in sixties {
        let value = number(part)?;
        if value > 59 {
            return Err(TimeProblem::OutOfRange);
        }
        seconds = seconds * 60 + value;
    }
    Ok(seconds)
}

/// Seconds as a passage shows them: `m:ss`, or `h:mm:ss` past an hour.
pub fn format_time(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Seconds in words, for screen readers ("0 minutes 42 seconds",
/// "1 hour 2 minutes 3 seconds").
pub fn spoken_time(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        tr!("time-spoken-hours", hours = h, minutes = m, seconds = s)
    } else {
        tr!("time-spoken", minutes = m, seconds = s)
    }
}

/// Where a source's video is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Video {
    /// A file beside the lesson: a relative path with `/` between folders.
    File(String),
    /// A web address (`https` only).
    Address(String),
}

/// Why a source's `video` is not allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VideoProblem {
    /// An address that is not `https` (`http:`, `file:`, `javascript:`…).
    NotHttps,
    /// An address with a space or a control character in it.
    BadAddress,
    /// A control character (a line break, a tab…) in a file's path.
    ControlCharacter,
    /// A file path that is empty, absolute, or could leave the lesson's folder.
    Path(AssetPathProblem),
}

impl VideoProblem {
    /// The problem with `video`, in one line.
    pub fn message(self, video: &str) -> String {
        match self {
            Self::NotHttps => tr!("check-video-not-https", video = video),
            Self::BadAddress => tr!("check-video-bad-address", video = video),
            Self::ControlCharacter => tr!("check-video-control-character", video = video),
            Self::Path(AssetPathProblem::Empty) => tr!("check-video-empty"),
            Self::Path(AssetPathProblem::LeavesFolder) => {
                tr!("check-video-leaves-folder", video = video)
            }
            Self::Path(_) => tr!("check-video-absolute", video = video),
        }
    }
}

/// Reads a source's `video`: an `https://` address, or a file beside the
/// lesson (relative, `/` between folders, no `..`, no control characters).
pub fn parse_video(text: &str) -> Result<Video, VideoProblem> {
    let lower = text.trim_start().to_ascii_lowercase();
    if lower.starts_with("https://") {
        let host = &text.trim_start()["https://".len()..];
        if host.is_empty() || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(VideoProblem::BadAddress);
        }
        return Ok(Video::Address(text.trim().to_owned()));
    }
    if has_scheme(text) {
        return Err(VideoProblem::NotHttps);
    }
    if text.chars().any(char::is_control) {
        return Err(VideoProblem::ControlCharacter);
    }
    check_asset_path(text).map_err(VideoProblem::Path)?;
    Ok(Video::File(text.to_owned()))
}

/// `http:…`, `file:…`, `javascript:…`: letters, then `:`, not a drive letter.
fn has_scheme(text: &str) -> bool {
    text.contains("://")
        || text.split_once(':').is_some_and(|(scheme, _)| {
            scheme.len() > 1
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        })
}

/// A moment of a video to watch: where the video is and the second.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moment {
    /// The video.
    pub video: Video,
    /// Seconds from its start.
    pub seconds: u32,
}

/// The moment passage `passage` starts in its source's video: `None` when
/// it has no time that reads, or its source names no video that is allowed.
pub fn moment(lesson: &Lesson, passage: &Passage) -> Option<Moment> {
    let seconds = parse_time(passage.time.as_deref()?).ok()?;
    let video = source_of(lesson, passage)?.video.as_deref()?;
    Some(Moment {
        video: parse_video(video).ok()?,
        seconds,
    })
}

/// The passage's source: the one it names, or the lesson's first.
fn source_of<'a>(lesson: &'a Lesson, passage: &Passage) -> Option<&'a Source> {
    match &passage.source {
        Some(id) => lesson.sources.iter().find(|s| &s.id == id),
        None => lesson.sources.first(),
    }
}

/// The address that opens at `seconds`, and whether it does: YouTube's
/// `watch?v=…`, `youtu.be/…`, `shorts/…` and `embed/…` addresses take
/// `t=` (any `t=` already there is replaced); other sites open as they are.
pub fn address_at(address: &str, seconds: u32) -> (String, bool) {
    let rest = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("HTTPS://"))
        .unwrap_or(address);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.to_ascii_lowercase();
    let youtube = matches!(
        host.as_str(),
        "youtube.com" | "www.youtube.com" | "m.youtube.com" | "youtube-nocookie.com"
    ) && (path.starts_with("watch?")
        || path.starts_with("shorts/")
        || path.starts_with("embed/")
        || path.starts_with("live/"));
    let short = host == "youtu.be" && !path.is_empty();
    if !(youtube || short) {
        return (address.to_owned(), false);
    }
    let (before, fragment) = address.split_once('#').unwrap_or((address, ""));
    let (base, query) = before.split_once('?').unwrap_or((before, ""));
    let mut params: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("t=") && !p.starts_with("start="))
        .collect();
    let time = if path.starts_with("embed/") {
        format!("start={seconds}")
    } else {
        format!("t={seconds}")
    };
    params.push(&time);
    let mut out = format!("{base}?{}", params.join("&"));
    if !fragment.is_empty() && !fragment.starts_with("t=") {
        out.push('#');
        out.push_str(fragment);
    }
    (out, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_minutes_and_seconds_or_hours_too() {
        assert_eq!(parse_time("0:42"), Ok(42));
        assert_eq!(parse_time("00:42"), Ok(42));
        assert_eq!(parse_time("12:05"), Ok(725));
        assert_eq!(parse_time("75:00"), Ok(4500));
        assert_eq!(parse_time("1:02:03"), Ok(3723));
        assert_eq!(parse_time(" 1:05 "), Ok(65));
        for bad in [
            "", "42", "1.05", "1:5", "1:005", "a:05", "1:02:3", "1:2:03", "-1:05",
        ] {
            assert_eq!(parse_time(bad), Err(TimeProblem::Malformed), "{bad}");
        }
        for bad in ["1:60", "1:75", "1:60:00"] {
            assert_eq!(parse_time(bad), Err(TimeProblem::OutOfRange), "{bad}");
        }
    }

    #[test]
    fn times_are_shown_and_said() {
        assert_eq!(format_time(42), "0:42");
        assert_eq!(format_time(3723), "1:02:03");
        assert_eq!(spoken_time(42), "0 minutes 42 seconds");
        assert_eq!(spoken_time(61), "1 minute 1 second");
        assert_eq!(spoken_time(3723), "1 hour 2 minutes 3 seconds");
    }

    #[test]
    fn a_video_is_a_safe_relative_file_or_an_https_address() {
        assert_eq!(
            parse_video("video/explainer.mp4"),
            Ok(Video::File("video/explainer.mp4".into()))
        );
        assert_eq!(
            parse_video("https://example.org/v?id=1"),
            Ok(Video::Address("https://example.org/v?id=1".into()))
        );
        let problem = |text: &str| parse_video(text).err();
        assert_eq!(
            problem("http://example.org/v"),
            Some(VideoProblem::NotHttps)
        );
        assert_eq!(problem("file:///etc/passwd"), Some(VideoProblem::NotHttps));
        assert_eq!(problem("javascript:alert(1)"), Some(VideoProblem::NotHttps));
        assert_eq!(problem("https://"), Some(VideoProblem::BadAddress));
        assert_eq!(problem("https://a.org/x y"), Some(VideoProblem::BadAddress));
        assert_eq!(problem("clip\n.mp4"), Some(VideoProblem::ControlCharacter));
        for (path, why) in [
            ("/home/me/clip.mp4", AssetPathProblem::Absolute),
            ("C:\\clip.mp4", AssetPathProblem::DriveLetter),
            ("../clip.mp4", AssetPathProblem::LeavesFolder),
            ("", AssetPathProblem::Empty),
        ] {
            assert_eq!(problem(path), Some(VideoProblem::Path(why)), "{path}");
        }
    }

    #[test]
    fn youtube_addresses_open_at_the_second_and_others_as_they_are() {
        let at = |a: &str| address_at(a, 42);
        assert_eq!(
            at("https://www.youtube.com/watch?v=abc"),
            ("https://www.youtube.com/watch?v=abc&t=42".into(), true)
        );
        assert_eq!(
            at("https://www.youtube.com/watch?v=abc&t=10s&list=x"),
            (
                "https://www.youtube.com/watch?v=abc&list=x&t=42".into(),
                true
            )
        );
        assert_eq!(
            at("https://youtu.be/abc"),
            ("https://youtu.be/abc?t=42".into(), true)
        );
        assert_eq!(
            at("https://youtube.com/embed/abc"),
            ("https://youtube.com/embed/abc?start=42".into(), true)
        );
        assert_eq!(
            at("https://example.org/video/1"),
            ("https://example.org/video/1".into(), false)
        );
        // A page on YouTube that is not a video is opened as it is.
        assert_eq!(
            at("https://www.youtube.com/@channel"),
            ("https://www.youtube.com/@channel".into(), false)
        );
    }
}

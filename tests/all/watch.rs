//! "Watch this moment" outside the app (`closereader::player`): fake
//! players on a temporary `PATH` write down what they were started with,
//! and a recording launcher stands in for the system's opener, so no real
//! player or browser opens.

use std::ffi::{OsStr, OsString};
use std::io;
use std::path::Path;
use std::sync::Mutex;

use closereader::lesson::video::{Moment, Video};
use closereader::player::{Launcher, Opened, SystemLauncher, WatchError, watch};

use crate::common::{fake_program, recorded_arguments};

/// Starts programs for real (the players are fake scripts) and records
/// what would have been opened with the system's own program; `broken`:
/// the system has no program for it.
#[derive(Default)]
struct Recorder {
    opened: Mutex<Vec<OsString>>,
    broken: bool,
}

impl Launcher for Recorder {
    fn spawn(&self, program: &Path, args: &[OsString]) -> io::Result<()> {
        SystemLauncher.spawn(program, args)
    }

    fn open(&self, target: &OsStr) -> io::Result<()> {
        if self.broken {
            return Err(io::Error::other(
                "launcher \"gio\" failed with ExitStatus(512)",
            ));
        }
        self.opened.lock().unwrap().push(target.to_owned());
        Ok(())
    }
}

fn moment(video: Video, seconds: u32) -> Moment {
    Moment { video, seconds }
}

/// A lesson folder with `clip.mp4` in it, and an empty `bin` folder.
fn lesson_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("clip.mp4"), b"not really a video").unwrap();
    std::fs::create_dir(dir.path().join("bin")).unwrap();
    dir
}

/// Watches `clip.mp4` in `dir` from `seconds`, with players looked for in
/// `dir/bin` only.
fn watch_clip(dir: &Path, seconds: u32, launcher: &Recorder) -> Opened {
    let bin = dir.join("bin");
    let moment = moment(Video::File("clip.mp4".into()), seconds);
    watch(&moment, Some(dir), Some(bin.as_os_str()), launcher).unwrap()
}

fn clip(dir: &Path) -> String {
    std::path::absolute(dir.join("clip.mp4"))
        .unwrap()
        .display()
        .to_string()
}

#[cfg(unix)]
#[test]
fn a_file_opens_in_vlc_at_the_second() {
    let dir = lesson_folder();
    let bin = dir.path().join("bin");
    let vlc = fake_program(&bin, "vlc");
    let mpv = fake_program(&bin, "mpv");
    let launcher = Recorder::default();
    let opened = watch_clip(dir.path(), 42, &launcher);
    assert_eq!(
        opened,
        Opened::Player {
            name: "VLC".into(),
            seconds: 42
        }
    );
    assert_eq!(
        recorded_arguments(&vlc),
        ["--start-time=42".to_owned(), clip(dir.path())]
    );
    assert!(!mpv.exists(), "only one player starts");
    assert!(launcher.opened.lock().unwrap().is_empty());
    assert_eq!(opened.message(), "Opening the video in VLC at 0:42.");
}

#[cfg(unix)]
#[test]
fn without_vlc_a_file_opens_in_mpv_at_the_second() {
    let dir = lesson_folder();
    let bin = dir.path().join("bin");
    let mpv = fake_program(&bin, "mpv");
    let opened = watch_clip(dir.path(), 3723, &Recorder::default());
    assert_eq!(
        opened,
        Opened::Player {
            name: "mpv".into(),
            seconds: 3723
        }
    );
    assert_eq!(
        recorded_arguments(&mpv),
        ["--start=3723".to_owned(), clip(dir.path())]
    );
    assert_eq!(opened.message(), "Opening the video in mpv at 1:02:03.");
}

#[test]
fn without_a_player_the_system_opens_the_file_and_the_time_is_said() {
    let dir = lesson_folder();
    let launcher = Recorder::default();
    let opened = watch_clip(dir.path(), 42, &launcher);
    assert_eq!(opened, Opened::FromStart { seconds: 42 });
    assert_eq!(
        *launcher.opened.lock().unwrap(),
        [OsString::from(clip(dir.path()))]
    );
    assert_eq!(
        opened.message(),
        "The video opens at the start: skip to 0:42."
    );
}

#[test]
fn an_address_opens_in_the_browser_at_the_second_where_the_site_allows() {
    let launcher = Recorder::default();
    let youtube = moment(
        Video::Address("https://www.youtube.com/watch?v=abc".into()),
        42,
    );
    let opened = watch(&youtube, None, None, &launcher).unwrap();
    assert_eq!(opened, Opened::Browser { seconds: 42 });
    assert_eq!(
        opened.message(),
        "Opening the video in your browser at 0:42."
    );
    let other = moment(Video::Address("https://example.org/v/1".into()), 75);
    let opened = watch(&other, None, None, &launcher).unwrap();
    assert_eq!(opened, Opened::FromStart { seconds: 75 });
    assert_eq!(
        opened.message(),
        "The video opens at the start: skip to 1:15."
    );
    assert_eq!(
        *launcher.opened.lock().unwrap(),
        [
            OsString::from("https://www.youtube.com/watch?v=abc&t=42"),
            OsString::from("https://example.org/v/1")
        ]
    );
}

#[test]
fn a_missing_file_or_folder_is_said_and_nothing_opens() {
    let dir = lesson_folder();
    let bin = dir.path().join("bin");
    fake_program(&bin, "vlc");
    let launcher = Recorder::default();
    let gone = moment(Video::File("gone.mp4".into()), 1);
    let missing = watch(&gone, Some(dir.path()), Some(bin.as_os_str()), &launcher);
    let Err(missing @ WatchError::Missing(_)) = missing else {
        panic!("{missing:?}");
    };
    assert_eq!(
        missing.to_string(),
        "The video gone.mp4 is not in the lesson's folder, so it cannot be opened. Ask your teacher for a copy."
    );
    let no_folder = watch(&gone, None, None, &launcher);
    assert!(
        matches!(no_folder, Err(WatchError::NoFolder(_))),
        "{no_folder:?}"
    );
    assert!(launcher.opened.lock().unwrap().is_empty());
    assert!(!bin.join("vlc.args").exists(), "no player started");
}

#[test]
fn when_the_system_cannot_open_it_the_student_is_told_what_to_do_in_words() {
    let dir = lesson_folder();
    let broken = Recorder {
        broken: true,
        ..Recorder::default()
    };
    let file = moment(Video::File("clip.mp4".into()), 42);
    let bin = dir.path().join("bin");
    let why = watch(&file, Some(dir.path()), Some(bin.as_os_str()), &broken).unwrap_err();
    assert_eq!(
        why.to_string(),
        "No program on this computer could open the video clip.mp4. With VLC or mpv installed, it opens at 0:42; ask your teacher."
    );
    let address = moment(Video::Address("https://youtu.be/abc".into()), 42);
    let why = watch(&address, None, None, &broken).unwrap_err();
    assert_eq!(
        why.to_string(),
        "No browser could be opened. The video is at https://youtu.be/abc?t=42 (watch from 0:42)."
    );
}

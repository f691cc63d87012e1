//! "Watch this moment", outside the app: a video file opens in VLC or mpv
//! at the passage's second when one is on the `PATH`, else in the system's
//! own player (at the start, so the student is told the time to skip to);
//! an address opens in the browser, at the second where the site takes one
//! in its address (YouTube). Nothing plays inside Close Reader, and nothing
//! waits for the program it starts.

use std::ffi::{OsStr, OsString};
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::lesson::video::{Moment, Video, address_at, format_time};
use crate::tr;

/// Starts programs for [`watch`]; tests put a fake one here, so no real
/// player or browser opens.
pub trait Launcher {
    /// Starts `program` with `args`, without waiting for it to end.
    fn spawn(&self, program: &Path, args: &[OsString]) -> io::Result<()>;
    /// Opens `target` (a file or an address) with the system's own program
    /// for it (`xdg-open`, `open`, `start`), without waiting.
    fn open(&self, target: &OsStr) -> io::Result<()>;
}

/// The real programs.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemLauncher;

impl Launcher for SystemLauncher {
    fn spawn(&self, program: &Path, args: &[OsString]) -> io::Result<()> {
        let mut child = Command::new(program)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        // Reaped on a thread of its own when the student closes the player
        // (the window never waits); if no thread can be started, the
        // player still runs.
        let _ = std::thread::Builder::new()
            .name("closereader-player".into())
            .spawn(move || child.wait());
        Ok(())
    }

    fn open(&self, target: &OsStr) -> io::Result<()> {
        open::that_detached(target)
    }
}

/// The players tried, in order: the program's name and how it is told the
/// second to start at.
const PLAYERS: [(&str, &str, &str); 2] =
    [("VLC", "vlc", "--start-time="), ("mpv", "mpv", "--start=")];

/// How the video was opened, for the student's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// In a player that starts at the second (`name`: "VLC", "mpv").
    Player {
        /// The player's name.
        name: String,
        /// Where it starts.
        seconds: u32,
    },
    /// In the system's player or browser, at the start: skip to `seconds`.
    FromStart {
        /// Where to skip to.
        seconds: u32,
    },
    /// In the browser, at the second.
    Browser {
        /// Where it starts.
        seconds: u32,
    },
}

impl Opened {
    /// What the student is told, the time in words they can act on.
    pub fn message(&self) -> String {
        match self {
            Self::Player { name, seconds } => tr!(
                "watch-opened-player",
                player = name.as_str(),
                time = format_time(*seconds)
            ),
            Self::FromStart { seconds } => {
                tr!("watch-opened-from-start", time = format_time(*seconds))
            }
            Self::Browser { seconds } => {
                tr!("watch-opened-browser", time = format_time(*seconds))
            }
        }
    }
}

/// Why a video could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    /// The lesson names a file, but has no folder (a bundled lesson).
    #[error("{}", tr!("watch-no-folder", video = .0.as_str()))]
    NoFolder(String),
    /// The file is not in the lesson's folder.
    #[error("{}", tr!("watch-file-missing", video = .0.as_str()))]
    Missing(String),
    /// The file's folder could not be read.
    #[error("{}", tr!("watch-not-opened", why = crate::io_error::plain_words(.0)))]
    NotOpened(#[from] io::Error),
    /// Neither a player nor the system could open the file (`video`, from
    /// `seconds`).
    #[error("{}", tr!("watch-no-player", video = .0.as_str(), time = format_time(*.1)))]
    NoPlayer(String, u32),
    /// No browser could be opened for the address (from `seconds`).
    #[error("{}", tr!("watch-no-browser", address = .0.as_str(), time = format_time(*.1)))]
    NoBrowser(String, u32),
}

/// Opens `moment`'s video outside the app: a file in `folder` (the
/// lesson's) in the first player of [`PLAYERS`] found in `search_path`
/// that starts (when `None`: on the `PATH`, then where VLC and mpv install
/// themselves on Windows and macOS), else with the system's player; an
/// address in the browser. Reads the disk: call it off the window's thread.
pub fn watch(
    moment: &Moment,
    folder: Option<&Path>,
    search_path: Option<&OsStr>,
    launcher: &dyn Launcher,
) -> Result<Opened, WatchError> {
    let seconds = moment.seconds;
    match &moment.video {
        Video::Address(address) => {
            let (address, at_time) = address_at(address, seconds);
            // The launcher's own words name programs and exit codes: the
            // student is told what to do instead.
            launcher
                .open(OsStr::new(&address))
                .map_err(|_| WatchError::NoBrowser(address.clone(), seconds))?;
            Ok(if at_time {
                Opened::Browser { seconds }
            } else {
                Opened::FromStart { seconds }
            })
        }
        Video::File(file) => {
            let folder = folder.ok_or_else(|| WatchError::NoFolder(file.clone()))?;
            let path = std::path::absolute(folder.join(file))?;
            if !path.is_file() {
                return Err(WatchError::Missing(file.clone()));
            }
            for (name, program, option) in PLAYERS {
                // Only the folders asked for, when asked (tests).
                let found = find_program(search_path, program)
                    .or_else(|| search_path.is_none().then(|| installed(program)).flatten());
                let Some(program) = found else {
                    continue;
                };
                let args = [
                    OsString::from(format!("{option}{seconds}")),
                    path.clone().into_os_string(),
                ];
                // A player that will not start is passed over for the next.
                if launcher.spawn(&program, &args).is_ok() {
                    return Ok(Opened::Player {
                        name: name.to_owned(),
                        seconds,
                    });
                }
            }
            launcher
                .open(path.as_os_str())
                .map_err(|_| WatchError::NoPlayer(file.clone(), seconds))?;
            Ok(Opened::FromStart { seconds })
        }
    }
}

/// Where the player `name` installs itself outside the `PATH`: VLC's and
/// mpv's own folders on Windows and macOS (on Linux, players are on the
/// `PATH`).
fn installed(name: &str) -> Option<PathBuf> {
    let mut places: Vec<PathBuf> = Vec::new();
    if cfg!(windows) && name == "vlc" {
        for folder in ["ProgramFiles", "ProgramFiles(x86)"] {
            if let Some(folder) = std::env::var_os(folder) {
                places.push(PathBuf::from(folder).join("VideoLAN/VLC/vlc.exe"));
            }
        }
    }
    if cfg!(target_os = "macos") {
        places.push(match name {
            "vlc" => PathBuf::from("/Applications/VLC.app/Contents/MacOS/VLC"),
            _ => PathBuf::from("/Applications/mpv.app/Contents/MacOS/mpv"),
        });
    }
    places.into_iter().find(|place| place.is_file())
}

/// The program `name` (`name.exe` on Windows) in the folders of
/// `search_path`, or of the `PATH` when `None`.
fn find_program(search_path: Option<&OsStr>, name: &str) -> Option<PathBuf> {
    let path = match search_path {
        Some(path) => path.to_owned(),
        None => std::env::var_os("PATH")?,
    };
    let file = format!("{name}{}", std::env::consts::EXE_SUFFIX);
    std::env::split_paths(&path)
        .map(|folder| folder.join(&file))
        .find(|candidate| candidate.is_file())
}

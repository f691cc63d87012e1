//! Reading aloud with the speech engine the computer already has, through
//! its standard command, so nothing is needed at build time: `espeak-ng` or
//! speech-dispatcher's `spd-say` on Linux, `say` on macOS, and the built-in
//! System.Speech synthesiser through PowerShell on Windows. Speaking runs on
//! a thread of its own and never blocks the window; a new request or
//! [`Reader::stop`] ends what is being read.

use std::ffi::{OsStr, OsString};
use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use crate::tr;

/// Which engine, and how it is asked to speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    EspeakNg,
    SpdSay,
    Say,
    WindowsSpeech,
}

/// The engines looked for, in order, with their program names.
const ENGINES: [(Kind, &str); 5] = [
    (Kind::EspeakNg, "espeak-ng"),
    (Kind::SpdSay, "spd-say"),
    (Kind::Say, "say"),
    (Kind::WindowsSpeech, "powershell.exe"),
    (Kind::WindowsSpeech, "powershell"),
];

/// Why nothing can be read aloud, in words (tooltips and the docs say it).
pub fn no_engine() -> String {
    tr!("sys-speech-no-engine")
}

/// A speech engine found on this computer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Engine {
    kind: Kind,
    program: PathBuf,
}

impl Engine {
    /// Looks for an engine in the folders of `search_path` (the `PATH`
    /// environment variable when `None`). Reads the disk: call it off the
    /// UI thread.
    pub fn find(search_path: Option<&OsStr>) -> Option<Self> {
        let path: OsString = match search_path {
            Some(path) => path.to_owned(),
            None => std::env::var_os("PATH")?,
        };
        let folders: Vec<PathBuf> = std::env::split_paths(&path).collect();
        ENGINES.iter().find_map(|&(kind, name)| {
            folders
                .iter()
                .map(|folder| folder.join(name))
                .find(|candidate| candidate.is_file())
                .map(|program| Self { kind, program })
        })
    }

    /// The program's name (for messages).
    pub fn name(&self) -> String {
        self.program
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    }

    /// The command that speaks `text` in `language` at `words_per_minute`;
    /// the text goes on standard input for PowerShell.
    fn command(&self, text: &str, language: &str, words_per_minute: u32) -> Command {
        let mut command = Command::new(&self.program);
        match self.kind {
            Kind::EspeakNg => {
                command
                    .args(["-v", language, "-s"])
                    .arg(words_per_minute.to_string())
                    .arg("--")
                    .arg(text);
            }
            Kind::SpdSay => {
                // -100 … 100 around a usual pace of about 170 words a minute.
                let rate = (i64::from(words_per_minute) - 170).clamp(-100, 100);
                command
                    .args(["--wait", "-l", language, "-r"])
                    .arg(rate.to_string())
                    .arg("--")
                    .arg(text);
            }
            Kind::Say => {
                command
                    .arg("-r")
                    .arg(words_per_minute.to_string())
                    .arg("--")
                    .arg(text);
            }
            Kind::WindowsSpeech => {
                // System.Speech's rate runs from -10 to 10.
                let rate = ((i64::from(words_per_minute) - 170) / 15).clamp(-10, 10);
                command.args([
                    "-NoProfile",
                    "-NonInteractive",
                    "-Command",
                    &format!(
                        "Add-Type -AssemblyName System.Speech; \
                         $s = New-Object System.Speech.Synthesis.SpeechSynthesizer; \
                         $s.Rate = {rate}; $s.Speak([Console]::In.ReadToEnd())"
                    ),
                ]);
            }
        }
        command
    }
}

/// One piece of text to read: a passage or a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    /// What is being read (a passage or prompt id), to mark it on screen.
    pub id: String,
    /// The words.
    pub text: String,
    /// Its language (BCP 47, the lesson's `language`).
    pub language: String,
}

/// What the reading thread is doing.
#[derive(Debug, Default)]
struct State {
    /// The engine, once looked for (`Some(None)`: there is none).
    engine: Option<Option<Engine>>,
    /// The id being read now.
    current: Option<String>,
    /// The engine's process for it.
    child: Option<Child>,
    /// Bumped by every new request and by stop: an older reading thread
    /// that sees another number ends.
    generation: u64,
}

/// Reads text aloud, one request at a time.
pub struct Reader {
    state: Arc<Mutex<State>>,
    wake: Arc<dyn Fn() + Send + Sync>,
}

impl Reader {
    /// A reader that looks for an engine in `search_path` (`PATH` when
    /// `None`) on a background thread; `wake` asks for a frame when what is
    /// being read changes.
    pub fn new(search_path: Option<OsString>, wake: Arc<dyn Fn() + Send + Sync>) -> Self {
        let state = Arc::new(Mutex::new(State::default()));
        let found = state.clone();
        let woken = wake.clone();
        let _ = std::thread::Builder::new()
            .name("closereader-speech-find".into())
            .spawn(move || {
                let engine = Engine::find(search_path.as_deref());
                lock(&found).engine = Some(engine);
                woken();
            });
        Self { state, wake }
    }

    /// The engine, once it has been looked for: `Some(Err(why))` when there
    /// is none, `None` while still looking. (The screens keep `why` as a
    /// `&'static str`: [`no_engine`]'s words are looked up once.)
    pub fn engine(&self) -> Option<Result<String, &'static str>> {
        static NO_ENGINE: OnceLock<String> = OnceLock::new();
        lock(&self.state).engine.as_ref().map(|e| {
            e.as_ref()
                .map(Engine::name)
                .ok_or_else(|| NO_ENGINE.get_or_init(no_engine).as_str())
        })
    }

    /// The id being read now.
    pub fn current(&self) -> Option<String> {
        lock(&self.state).current.clone()
    }

    /// Reads `queue` in order, after stopping whatever is being read.
    /// Returns at once; does nothing when there is no engine.
    pub fn speak(&self, queue: Vec<Utterance>, words_per_minute: u32) {
        let generation = {
            let mut state = lock(&self.state);
            stop_child(&mut state);
            state.generation += 1;
            state.generation
        };
        let state = self.state.clone();
        let wake = self.wake.clone();
        let _ = std::thread::Builder::new()
            .name("closereader-speech".into())
            .spawn(move || read_queue(&state, &queue, words_per_minute, generation, wake.as_ref()));
    }

    /// Stops reading at once.
    pub fn stop(&self) {
        let mut state = lock(&self.state);
        state.generation += 1;
        stop_child(&mut state);
        state.current = None;
        drop(state);
        (self.wake)();
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The state, even after a reading thread panicked while holding it.
fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Starts the engine. "Text file busy" is retried: on Linux another thread
/// that is starting a program at the same moment can briefly hold the
/// engine's file open.
fn spawn_with_retry(command: &mut Command) -> std::io::Result<Child> {
    let mut tries = 0;
    loop {
        match command.spawn() {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && tries < 10 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            other => return other,
        }
    }
}

fn stop_child(state: &mut State) {
    if let Some(mut child) = state.child.take() {
        let _ = child.kill();
        let _ = child.wait();
    }
}

/// Reads each utterance in turn until the queue ends or a newer request
/// (or stop) comes.
fn read_queue(
    state: &Mutex<State>,
    queue: &[Utterance],
    words_per_minute: u32,
    generation: u64,
    wake: &(dyn Fn() + Send + Sync),
) {
    // Wait for the engine to be found (a moment, at start-up).
    let engine = loop {
        if let Some(engine) = lock(state).engine.clone() {
            break engine;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let Some(engine) = engine else { return };
    for utterance in queue {
        {
            let mut guard = lock(state);
            if guard.generation != generation {
                return;
            }
            let mut command =
                engine.command(&utterance.text, &utterance.language, words_per_minute);
            let windows = engine.kind == Kind::WindowsSpeech;
            command
                .stdin(if windows {
                    Stdio::piped()
                } else {
                    Stdio::null()
                })
                .stdout(Stdio::null())
                .stderr(Stdio::null());
            let Ok(mut child) = spawn_with_retry(&mut command) else {
                guard.current = None;
                return;
            };
            if windows && let Some(mut stdin) = child.stdin.take() {
                let _ = stdin.write_all(utterance.text.as_bytes());
            }
            guard.child = Some(child);
            guard.current = Some(utterance.id.clone());
        }
        wake();
        // Wait for this utterance without holding the lock, so stop can kill it.
        loop {
            std::thread::sleep(std::time::Duration::from_millis(20));
            let mut guard = lock(state);
            if guard.generation != generation {
                return;
            }
            match guard.child.as_mut().map(Child::try_wait) {
                Some(Ok(None)) => {}
                _ => {
                    guard.child = None;
                    break;
                }
            }
        }
    }
    let mut guard = lock(state);
    if guard.generation == generation {
        guard.current = None;
        drop(guard);
        wake();
    }
}

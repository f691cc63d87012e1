//! Every word the app shows, in one place: Fluent messages in
//! `assets/words/<language>/*.ftl` (commands, screens, the class view,
//! exports, diagnostics), looked up by id with named arguments
//! (`tr!("earlier-messages", count = 3)`). The English file is compiled in;
//! plurals follow the language's CLDR rules. Nothing else in `src/` spells
//! out a sentence for people: screens, exports, the class view and the
//! command line all word things here.
//!
//! Fluent's bidirectional isolation marks are off: words go into file
//! names, CSV cells and documents where invisible characters would leak
//! (and egui does not reorder right-to-left text yet).

use std::borrow::Cow;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language's word tables (file name, Fluent text), compiled in from
/// `assets/words/<language>/`: the same eight files for every language.
macro_rules! word_tables {
    ($language:literal) => {
        [
            table!($language, "commands.ftl"),
            table!($language, "screens.ftl"),
            table!($language, "class.ftl"),
            table!($language, "exports.ftl"),
            table!($language, "diagnostics.ftl"),
            table!($language, "system.ftl"),
            table!($language, "class-files.ftl"),
            table!($language, "grading.ftl"),
        ]
    };
}

/// One table: its file name and its text.
macro_rules! table {
    ($language:literal, $file:literal) => {
        (
            $file,
            include_str!(concat!("../assets/words/", $language, "/", $file)),
        )
    };
}

/// The English word tables (file name, Fluent text): the template for
/// every other language.
pub const ENGLISH: [(&str, &str); 8] = word_tables!("en");

/// The Spanish word tables, file for file as the English ones.
pub const SPANISH: [(&str, &str); 8] = word_tables!("es");

/// The Simplified Chinese word tables, file for file as the English ones.
pub const CHINESE: [(&str, &str); 8] = word_tables!("zh-Hans");

/// A language compiled into the app: its code, its name in itself, and its
/// word tables.
#[derive(Debug, Clone, Copy)]
pub struct BuiltIn {
    /// Its code (BCP 47).
    pub code: &'static str,
    /// Its name, in itself.
    pub name: &'static str,
    /// Its word tables (file name, Fluent text).
    pub tables: &'static [(&'static str, &'static str)],
}

/// The languages compiled in, English first.
pub const BUILT_IN: [BuiltIn; 3] = [
    BuiltIn {
        code: "en",
        name: "English",
        tables: &ENGLISH,
    },
    BuiltIn {
        code: "es",
        name: "Español",
        tables: &SPANISH,
    },
    BuiltIn {
        code: "zh-Hans",
        name: "中文（简体）",
        tables: &CHINESE,
    },
];

/// A language's words, ready to look up.
pub struct Words {
    bundle: FluentBundle<FluentResource>,
}

impl Words {
    /// Reads `tables` (file name, Fluent text) as the words of `language`;
    /// returns the words and the mistakes found, each naming its file
    /// (messages with mistakes are left out; an id given twice keeps the
    /// first).
    pub fn parse(language: &str, tables: &[(&str, &str)]) -> (Self, Vec<String>) {
        let id: unic_langid::LanguageIdentifier = language
            .parse()
            .or_else(|_| "en".parse())
            .unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        let mut problems = Vec::new();
        for (file, ftl) in tables {
            let resource = read_table(file, ftl, &mut problems);
            if let Err(errors) = bundle.add_resource(resource) {
                problems.extend(errors.iter().map(|e| format!("{file}: {e}")));
            }
        }
        (Self { bundle }, problems)
    }

    /// Adds `tables` over the words already there: a message in them
    /// replaces one of the same id (a teacher's file fixing a built-in
    /// language). Returns the mistakes found, each naming its file.
    pub fn add_over(&mut self, tables: &[(&str, &str)]) -> Vec<String> {
        let mut problems = Vec::new();
        for (file, ftl) in tables {
            let resource = read_table(file, ftl, &mut problems);
            self.bundle.add_resource_overriding(resource);
        }
        problems
    }

    /// Message `id` (or attribute `id.name`) with `args`, if there is one.
    pub fn try_get(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = self.pattern(id)?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }

    /// Whether there is a message `id` (or attribute `id.name`).
    pub fn has(&self, id: &str) -> bool {
        self.pattern(id).is_some()
    }

    /// Message `id`, or attribute `name` of message `message` for
    /// `message.name`.
    fn pattern(&self, id: &str) -> Option<&fluent_syntax::ast::Pattern<&str>> {
        match id.split_once('.') {
            Some((message, name)) => self
                .bundle
                .get_message(message)?
                .get_attribute(name)
                .map(|a| a.value()),
            None => self.bundle.get_message(id)?.value(),
        }
    }

    /// Message `id` (or attribute `id.name`) with `args`; the id itself
    /// when there is no such message (a test checks that every id used has
    /// one).
    pub fn get(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.pattern(id) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// One table's messages (those with mistakes left out), its mistakes added
/// to `problems`, each naming `file`.
fn read_table(file: &str, ftl: &str, problems: &mut Vec<String>) -> FluentResource {
    match FluentResource::try_new(ftl.to_owned()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            problems.extend(errors.iter().map(|e| format!("{file}: {e}")));
            resource
        }
    }
}

/// The English words: the template, and what every other language falls
/// back to, message by message.
pub fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| Words::parse("en", &ENGLISH).0)
}

/// The language in use, when it is not plain English.
struct Current {
    code: String,
    words: Words,
}

/// The language in use (`None`: the built-in English), shared by every
/// thread (exports are worded on worker threads).
static CURRENT: RwLock<Option<Arc<Current>>> = RwLock::new(None);
/// Counts changes of language, so each thread's kept words know they are stale.
static GENERATION: AtomicU64 = AtomicU64::new(0);

/// Puts `code`'s words in use: a built-in language, with `extra` tables
/// (a teacher's `<code>.ftl`, file name and text) over it, or a language
/// only `extra` has. Messages missing from it are said in English. Returns
/// the mistakes found in the tables (their other messages are used).
pub fn set_language(code: &str, extra: &[(&str, &str)]) -> Vec<String> {
    let built_in = BUILT_IN.iter().find(|b| b.code.eq_ignore_ascii_case(code));
    let (current, problems) = if built_in.is_some_and(|b| b.code == "en") && extra.is_empty() {
        (None, Vec::new())
    } else {
        let tables = built_in.map_or(&[][..], |b| b.tables);
        let code = built_in.map_or(code, |b| b.code);
        let (mut words, mut problems) = Words::parse(code, tables);
        problems.extend(words.add_over(extra));
        let current = Current {
            code: code.to_owned(),
            words,
        };
        (Some(Arc::new(current)), problems)
    };
    match CURRENT.write() {
        Ok(mut slot) => *slot = current,
        // A thread panicked while switching: the slot holds a whole value
        // either way, so switching again is safe.
        Err(poisoned) => *poisoned.into_inner() = current,
    }
    GENERATION.fetch_add(1, Ordering::SeqCst);
    problems
}

/// The code of the language in use ("en" for English).
pub fn language() -> String {
    current().map_or_else(|| "en".to_owned(), |c| c.code.clone())
}

fn current() -> Option<Arc<Current>> {
    match CURRENT.read() {
        Ok(slot) => slot.clone(),
        Err(poisoned) => poisoned.into_inner().clone(),
    }
}

/// Message `id` (or `id.name`), no arguments, in the language in use: for
/// ids made at run time (a command's words). Falls back to English, then to
/// the id itself.
pub fn word(id: &str) -> String {
    current()
        .and_then(|c| c.words.try_get(id, None))
        .unwrap_or_else(|| words().get(id, None))
}

/// Whether message `id` (or `id.name`) exists, in the language in use or in
/// English.
pub fn has_word(id: &str) -> bool {
    words().has(id) || current().is_some_and(|c| c.words.has(id))
}

/// Message `id` with named arguments, in the words in use. Screens ask for
/// the same words every frame: what was worded is kept (per thread, a few
/// thousand entries at most), so a frame costs a lookup, not a formatting.
pub fn tr_with(id: &'static str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    // A long argument (a student's answer, a teacher's comment) is worded
    // each time: keeping it would hold copies of it and hash it every frame.
    let keep = args.iter().all(|(_, value)| match value {
        FluentValue::String(text) => text.len() <= KEPT_TEXT_MAX,
        _ => true,
    });
    if keep && let Some(text) = WORDED.with(|worded| worded.borrow_mut().find(id, args)) {
        return text;
    }
    let fluent = (!args.is_empty()).then(|| {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        fluent
    });
    let text = current()
        .and_then(|c| c.words.try_get(id, fluent.as_ref()))
        .unwrap_or_else(|| words().get(id, fluent.as_ref()));
    if keep {
        WORDED.with(|worded| worded.borrow_mut().keep(id, args, &text));
    }
    text
}

/// Arguments longer than this (in bytes) are never kept.
const KEPT_TEXT_MAX: usize = 512;

thread_local! {
    /// Messages already worded on this thread (forget them all if the
    /// words in use ever change).
    static WORDED: std::cell::RefCell<Worded> = std::cell::RefCell::default();
}

/// An argument as kept beside its worded message.
#[derive(Debug, Clone, PartialEq)]
enum KeptValue {
    Text(String),
    Number(u64),
}

impl KeptValue {
    /// The value kept, or `None` for one that is not worth keeping.
    fn of(value: &FluentValue<'_>) -> Option<Self> {
        match value {
            FluentValue::String(text) => Some(Self::Text(text.to_string())),
            FluentValue::Number(n) if n.options == Default::default() => {
                Some(Self::Number(n.value.to_bits()))
            }
            _ => None,
        }
    }

    fn is(&self, value: &FluentValue<'_>) -> bool {
        match (self, value) {
            (Self::Text(kept), FluentValue::String(text)) => kept == text,
            (Self::Number(bits), FluentValue::Number(n)) => {
                *bits == n.value.to_bits() && n.options == Default::default()
            }
            _ => false,
        }
    }
}

/// One worded message and the arguments it was worded with.
#[derive(Debug)]
struct WordedEntry {
    id: &'static str,
    args: Vec<(&'static str, KeptValue)>,
    text: String,
}

/// Worded messages by a hash of their id and arguments, in the language
/// that was in use when `generation` was current.
#[derive(Debug, Default)]
struct Worded {
    entries: std::collections::HashMap<u64, Vec<WordedEntry>>,
    count: usize,
    generation: u64,
}

/// At most this many messages are kept; then all are forgotten.
const WORDED_CAP: usize = 4096;

impl Worded {
    fn hash(id: &str, args: &[(&'static str, FluentValue<'_>)]) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        id.hash(&mut hasher);
        for (name, value) in args {
            name.hash(&mut hasher);
            match value {
                FluentValue::String(text) => text.hash(&mut hasher),
                FluentValue::Number(n) => n.value.to_bits().hash(&mut hasher),
                _ => 0u8.hash(&mut hasher),
            }
        }
        hasher.finish()
    }

    fn find(
        &mut self,
        id: &'static str,
        args: &[(&'static str, FluentValue<'_>)],
    ) -> Option<String> {
        let generation = GENERATION.load(Ordering::SeqCst);
        if generation != self.generation {
            // The language changed: every kept message is in the old one.
            self.entries.clear();
            self.count = 0;
            self.generation = generation;
            return None;
        }
        let bucket = self.entries.get(&Self::hash(id, args))?;
        bucket
            .iter()
            .find(|entry| {
                entry.id == id
                    && entry.args.len() == args.len()
                    && entry
                        .args
                        .iter()
                        .zip(args)
                        .all(|((kept_name, kept), (name, value))| {
                            kept_name == name && kept.is(value)
                        })
            })
            .map(|entry| entry.text.clone())
    }

    fn keep(&mut self, id: &'static str, args: &[(&'static str, FluentValue<'_>)], text: &str) {
        let Some(kept) = args
            .iter()
            .map(|(name, value)| KeptValue::of(value).map(|v| (*name, v)))
            .collect::<Option<Vec<_>>>()
        else {
            return;
        };
        if self.count >= WORDED_CAP {
            self.entries.clear();
            self.count = 0;
        }
        self.count += 1;
        self.entries
            .entry(Self::hash(id, args))
            .or_default()
            .push(WordedEntry {
                id,
                args: kept,
                text: text.to_owned(),
            });
    }
}

/// A value for a message argument: text, or a number (numbers choose the
/// plural form).
pub fn arg<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}

/// Text for a message argument from anything shown as text (a path, a
/// count already worded).
pub fn text_arg<'a>(value: impl Into<Cow<'a, str>>) -> FluentValue<'a> {
    FluentValue::String(value.into())
}

/// `tr!("id")` or `tr!("id", name = value, …)`: message `id` in the words
/// in use. Values are text or numbers (`usize`, `f64`, …).
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::words::tr_with($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::words::tr_with(
            $id,
            &[$((stringify!($name), $crate::words::arg($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_words_parse_without_a_mistake() {
        let (_, problems) = Words::parse("en", &ENGLISH);
        assert_eq!(problems, Vec::<String>::new());
    }

    #[test]
    fn every_id_used_in_the_source_has_english_words() {
        let english = words();
        let mut missing = Vec::new();
        let mut used = 0;
        for file in rust_files(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src")) {
            if file.ends_with("words.rs") {
                continue; // this file's examples and tests
            }
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for (at, _) in text.match_indices("tr!(") {
                // `tr!`, not `include_str!` and the like.
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                // rustfmt may put the id on the next line.
                let Some(rest) = text[at + 4..].trim_start().strip_prefix('"') else {
                    continue;
                };
                let Some(end) = rest.find('"') else { continue };
                let id = &rest[..end];
                used += 1;
                if !english.has(id) && id != "id" {
                    missing.push(format!("{}: {id}", file.display()));
                }
            }
        }
        assert!(used > 10, "ids were found ({used})");
        assert_eq!(missing, Vec::<String>::new());
    }

    #[test]
    fn plurals_and_arguments_follow_the_words() {
        assert_eq!(tr!("earlier-messages", count = 1), "Earlier messages (1)");
        assert_eq!(tr!("n-students", count = 1), "1 student");
        assert_eq!(tr!("n-students", count = 30), "30 students");
        // No invisible isolation marks around arguments.
        assert_eq!(
            tr!("highlight-removed", quote = "It"),
            "Highlight “It” removed."
        );
        assert_eq!(tr!("no-such-message"), "no-such-message");
    }

    #[test]
    fn words_kept_from_an_earlier_frame_follow_their_arguments() {
        for _ in 0..2 {
            assert_eq!(
                tr!("highlight-removed", quote = "It"),
                "Highlight “It” removed."
            );
            assert_eq!(
                tr!("highlight-removed", quote = "Is"),
                "Highlight “Is” removed."
            );
            assert_eq!(tr!("n-students", count = 1), "1 student");
            assert_eq!(tr!("n-students", count = 2), "2 students");
            assert_eq!(tr!("n-students", count = 1.5), "1.5 students");
        }
        // A long argument is worded each time, never kept.
        let long = "a".repeat(KEPT_TEXT_MAX + 1);
        let id = "x".repeat(10);
        assert_eq!(
            tr!(
                "notes-removed-answer",
                id = id.as_str(),
                text = long.as_str()
            ),
            format!("{id}: {long}")
        );
        let kept = WORDED.with(|worded| {
            worded.borrow_mut().find(
                "notes-removed-answer",
                &[("id", arg(id.as_str())), ("text", arg(long.as_str()))],
            )
        });
        assert_eq!(kept, None);
        // More than the cap: everything is forgotten and worded again.
        for n in 0..(WORDED_CAP + 10) {
            let expected = if n == 1 {
                "1 student".to_owned()
            } else {
                format!("{n} students")
            };
            assert_eq!(tr!("n-students", count = n), expected);
        }
    }

    fn rust_files(dir: std::path::PathBuf) -> Vec<std::path::PathBuf> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                files.extend(rust_files(path));
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
        files
    }
}

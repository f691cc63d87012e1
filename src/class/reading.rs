//! The class's reading: the anonymous class heat map a teacher may send
//! back with the feedback, so each student can set their highlights beside
//! the class's. Per passage (and per document paragraph) it holds how many
//! students highlighted each run of words, with any tag and with each tag,
//! and how many students there are; nothing else. No names, no file names,
//! no quotes, comments, answers or notes: only the lesson's own ids and
//! counts, and never for a class smaller than [`MIN_STUDENTS`].
//!
//! The file (`<lesson>.class-reading.ron`) is written beside the feedback
//! files; the format is in `docs/work-format.md`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::hash::stable_hash;
use crate::lesson::Lesson;
use crate::tr;

use super::StudentWork;
use super::heat::passage_heat;

/// The format this version writes (and the newest it reads).
pub const CLASS_READING_FORMAT: u32 = 1;

/// Fewer students than this and the class's reading is never shared: with
/// two, each could work out the other's highlights from the counts.
pub const MIN_STUDENTS: usize = 5;

/// What a class-reading file's name ends with.
pub const CLASS_READING_SUFFIX: &str = ".class-reading.ron";

/// A class-reading file larger than this is not read (or written).
pub const MAX_BYTES: usize = 4 * 1024 * 1024;

/// At most this many passages and paragraphs in one file.
const MAX_PASSAGES: usize = 10_000;

/// At most this many runs of words in one passage, per tag.
const MAX_RUNS: usize = 20_000;

/// At most this many tags.
const MAX_TAGS: usize = 64;

/// At most this many students in a class.
const MAX_STUDENTS: usize = 100_000;

/// How deeply a class-reading file may nest (it needs 6).
const MAX_NESTING: usize = 16;

/// A class's reading of a lesson, as shared with its students.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ClassReading {
    /// The file format ([`CLASS_READING_FORMAT`]).
    pub format: u32,
    /// The lesson's id.
    pub lesson_id: String,
    /// How many students' work it counts.
    pub students: usize,
    /// The day it was made (YYYY-MM-DD).
    pub made_on: String,
    /// Every passage and document paragraph of the lesson, in order.
    pub passages: Vec<PassageReading>,
}

/// How the class read one passage (or document paragraph).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PassageReading {
    /// The passage's id in the lesson.
    pub id: String,
    /// The hash of the passage's text (the counts are for these words).
    pub text: String,
    /// How many students highlighted any of it.
    pub marked: usize,
    /// Runs of words highlighted with any tag, with how many students.
    pub any: Vec<Run>,
    /// The same, for each of the lesson's tags (by id) anyone used here.
    pub tags: BTreeMap<String, Vec<Run>>,
}

/// Characters `start..end` of a passage, highlighted by `count` students.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Run {
    /// The first character (counted from 0).
    pub start: usize,
    /// The character after the last.
    pub end: usize,
    /// How many students.
    pub count: usize,
}

/// Why a class's reading cannot be made, read or used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadingError {
    /// Too few students to share it without giving someone away.
    TooFew(usize),
    /// It is not a class's reading, or it is damaged: how, in words.
    Damaged(String),
    /// A newer Close Reader wrote it.
    Newer(u32),
    /// It is about another lesson.
    OtherLesson(String),
    /// The lesson's words have changed since it was made (the passage's id).
    Changed(String),
}

impl std::fmt::Display for ReadingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::TooFew(count) => tr!("reading-too-few", count = *count, least = MIN_STUDENTS),
            Self::Damaged(why) => tr!("reading-damaged", why = why.as_str()),
            Self::Newer(format) => tr!("reading-newer", format = *format),
            Self::OtherLesson(id) => tr!("reading-other-lesson", id = id.as_str()),
            Self::Changed(id) => tr!("reading-changed", id = id.as_str()),
        })
    }
}

impl std::error::Error for ReadingError {}

/// The file the class's reading of `lesson_id` is kept in.
pub fn class_reading_file_name(lesson_id: &str) -> String {
    format!(
        "{}{CLASS_READING_SUFFIX}",
        crate::filename::safe_stem(lesson_id)
    )
}

/// Whether `name` is a class-reading file's (never a student's work).
pub fn is_class_reading_name(name: &str) -> bool {
    name.to_lowercase().ends_with(CLASS_READING_SUFFIX)
}

/// Every passage and document paragraph of `lesson`, once each, in order.
fn readables(lesson: &Lesson) -> Vec<(&str, crate::lesson::Readable<'_>)> {
    let mut seen = std::collections::HashSet::new();
    lesson
        .sections
        .iter()
        .flat_map(|section| section.readables(lesson))
        .filter(|(id, _)| seen.insert(*id))
        .collect()
}

/// The runs of words with the same count above 0, as character ranges
/// (the spaces after a run's last word left out).
fn runs(words: &[super::heat::HeatWord]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let (mut at, mut before) = (0, 0);
    for word in words {
        let length = word.text.chars().count();
        let core = word.text.trim_end().chars().count();
        if word.count > 0 {
            match runs.last_mut() {
                Some(run) if before == word.count => run.end = at + core,
                _ => runs.push(Run {
                    start: at,
                    end: at + core,
                    count: word.count,
                }),
            }
        }
        before = word.count;
        at += length;
    }
    runs
}

/// The class's reading of `lesson` from `students`' work, made on `day`;
/// refused for fewer than [`MIN_STUDENTS`] students. Only the lesson's own
/// passage and tag ids are written: whatever a work file says is only
/// counted.
pub fn class_reading(
    lesson: &Lesson,
    students: &[StudentWork],
    day: &str,
) -> Result<ClassReading, ReadingError> {
    if students.len() < MIN_STUDENTS {
        return Err(ReadingError::TooFew(students.len()));
    }
    let passages = readables(lesson)
        .into_iter()
        .map(|(id, readable)| {
            let any = passage_heat(lesson, (id, readable), students, None);
            let tags = lesson
                .annotation_tags()
                .iter()
                .filter_map(|tag| {
                    let heat = passage_heat(lesson, (id, readable), students, Some(&tag.id));
                    let runs = runs(&heat.words);
                    (!runs.is_empty()).then(|| (tag.id.clone(), runs))
                })
                .collect();
            let marked = students
                .iter()
                .filter(|s| {
                    let text = readable.text();
                    s.shown.file.work.highlights.iter().any(|h| {
                        h.passage == id
                            && matches!(
                                crate::work::anchor::anchor_in(text, h),
                                crate::work::anchor::Anchor::Found(_)
                            )
                    })
                })
                .count();
            PassageReading {
                id: id.to_owned(),
                text: stable_hash(readable.text().as_bytes()),
                marked,
                any: runs(&any.words),
                tags,
            }
        })
        .collect();
    Ok(ClassReading {
        format: CLASS_READING_FORMAT,
        lesson_id: lesson.id.clone(),
        students: students.len(),
        made_on: day.to_owned(),
        passages,
    })
}

impl ClassReading {
    /// The file's text (RON).
    pub fn to_text(&self) -> String {
        let pretty = ron::ser::PrettyConfig::new()
            .struct_names(true)
            .depth_limit(4);
        // Plain data (strings, numbers, lists, maps) always serializes.
        ron::ser::to_string_pretty(self, pretty).unwrap_or_default()
    }

    /// What a file larger than [`MAX_BYTES`] gets.
    pub fn too_large() -> ReadingError {
        ReadingError::Damaged(tr!("reading-too-large", most = MAX_BYTES / (1024 * 1024)))
    }

    /// Reads a class-reading file's bytes, within its limits.
    pub fn parse(bytes: &[u8]) -> Result<Self, ReadingError> {
        let damaged = |why: String| ReadingError::Damaged(why);
        if bytes.len() > MAX_BYTES {
            return Err(Self::too_large());
        }
        let text = std::str::from_utf8(bytes).map_err(|_| damaged(tr!("reading-not-text")))?;
        let options = ron::Options::default().with_recursion_limit(MAX_NESTING);
        let reading: Self = options
            .from_str(text.trim_start_matches('\u{feff}'))
            .map_err(|e: ron::error::SpannedError| {
                damaged(tr!(
                    "reading-stops-making-sense",
                    line = e.span.start.line,
                    column = e.span.start.col
                ))
            })?;
        if reading.format > CLASS_READING_FORMAT {
            return Err(ReadingError::Newer(reading.format));
        }
        reading.check().map_err(damaged)?;
        Ok(reading)
    }

    /// Whether the numbers hold together and stay within the limits; why not.
    fn check(&self) -> Result<(), String> {
        if self.format == 0 || self.lesson_id.is_empty() {
            return Err(tr!("reading-no-lesson"));
        }
        if self.students < MIN_STUDENTS || self.students > MAX_STUDENTS {
            return Err(tr!("reading-bad-class-size", count = self.students));
        }
        if self.passages.len() > MAX_PASSAGES {
            return Err(tr!("reading-too-many", count = self.passages.len()));
        }
        for passage in &self.passages {
            let bad = || tr!("reading-bad-counts", id = passage.id.as_str());
            if passage.tags.len() > MAX_TAGS || passage.marked > self.students {
                return Err(bad());
            }
            for runs in std::iter::once(&passage.any).chain(passage.tags.values()) {
                let fits = |r: &Run| r.start < r.end && r.count > 0 && r.count <= passage.marked;
                if runs.len() > MAX_RUNS || !runs.iter().all(fits) {
                    return Err(bad());
                }
            }
        }
        Ok(())
    }

    /// The reading as it applies to `lesson`: only when it is about this
    /// lesson and every passage it counts still has the words it counted.
    pub fn for_lesson(self, lesson: &Lesson) -> Result<Self, ReadingError> {
        if self.lesson_id != lesson.id {
            return Err(ReadingError::OtherLesson(self.lesson_id));
        }
        let texts: BTreeMap<&str, &str> = readables(lesson)
            .into_iter()
            .map(|(id, r)| (id, r.text()))
            .collect();
        for passage in &self.passages {
            let text = texts.get(passage.id.as_str());
            let same = text.is_some_and(|t| stable_hash(t.as_bytes()) == passage.text);
            let length = text.map_or(0, |t| t.chars().count());
            let inside = std::iter::once(&passage.any)
                .chain(passage.tags.values())
                .flatten()
                .all(|r| r.end <= length);
            if !same || !inside {
                return Err(ReadingError::Changed(passage.id.clone()));
            }
        }
        Ok(self)
    }

    /// The passage `id`'s reading, if it has one.
    pub fn passage(&self, id: &str) -> Option<&PassageReading> {
        self.passages.iter().find(|p| p.id == id)
    }
}

impl PassageReading {
    /// The passage's words (`text`, as in the lesson) with how many
    /// students highlighted each, with any tag, as the heat map draws them.
    pub fn heat_words(&self, text: &str) -> Vec<super::heat::HeatWord> {
        super::heat::words(text)
            .into_iter()
            .map(|(range, text)| super::heat::HeatWord {
                text,
                count: self
                    .any
                    .iter()
                    .filter(|r| r.start < range.end && range.start < r.end)
                    .map(|r| r.count)
                    .max()
                    .unwrap_or(0),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::FoundWork;
    use crate::work::file::WorkFile;
    use crate::work::{Highlight, Work};

    /// Thirty made-up names, hostile ones among them.
    pub(crate) fn names() -> Vec<String> {
        let mut names: Vec<String> = [
            "Amara Okafor",
            "José Álvarez",
            "נועה כהן",
            "محمد علي",
            "Lee 😀",
            "Robert'); DROP TABLE students;--",
            "<script>alert(1)</script>",
            "Zoë\u{202e}gnirts",
            "\"quoted\", (tuple: 1)",
            "Wei Zhang",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        names.extend((names.len()..30).map(|i| format!("Student Number{i:02}x")));
        names
    }

    /// `name`'s work: every passage of the lesson, its first word or
    /// two, with the first tag; the name also hidden in every free field.
    fn work_of(lesson: &Lesson, name: &str, words: usize) -> StudentWork {
        let mut work = Work::default();
        for (n, (id, readable)) in readables(lesson).into_iter().enumerate() {
            let text = readable.text();
            let end = text
                .split_whitespace()
                .take(words)
                .map(|w| w.chars().count() + 1)
                .sum::<usize>()
                .saturating_sub(1)
                .min(text.chars().count());
            work.highlights.push(Highlight {
                id: format!("h{n}"),
                passage: id.to_owned(),
                start: 0,
                end,
                quote: text.chars().take(end).collect(),
                tag: lesson.annotation_tags()[0].id.clone(),
                comment: format!("{name} thinks so"),
                ..Highlight::default()
            });
            // A highlight naming the student where an id goes.
            work.highlights.push(Highlight {
                id: format!("x{n}"),
                passage: name.to_owned(),
                start: 0,
                end: 3,
                quote: name.to_owned(),
                tag: name.to_owned(),
                comment: name.to_owned(),
                ..Highlight::default()
            });
        }
        work.notebook = name.to_owned();
        StudentWork {
            shown: FoundWork {
                path: format!("{name}.ron").into(),
                file: WorkFile::new(&lesson.id, "h", name, work),
            },
            others: Vec::new(),
        }
    }

    fn class(lesson: &Lesson, names: &[String]) -> Vec<StudentWork> {
        names
            .iter()
            .enumerate()
            .map(|(i, name)| work_of(lesson, name, 1 + i % 2))
            .collect()
    }

    #[test]
    fn the_file_names_no_one() {
        let lesson = crate::lesson::bundled::template_lesson();
        let names = names();
        let reading = class_reading(&lesson, &class(&lesson, &names), "2026-12-02").expect("30");
        let text = reading.to_text();
        for name in &names {
            assert!(!text.contains(name.as_str()), "{name} in\n{text}");
            for part in name.split_whitespace().filter(|p| p.chars().count() > 3) {
                assert!(!text.contains(part), "{part} of {name} in\n{text}");
            }
        }
        assert!(!text.contains(".ron"), "no file names");
        assert!(!text.contains("thinks"), "no comments");
        assert_eq!(reading.students, 30);
        // Every one highlighted the first word of every passage.
        let first = &reading.passages[0];
        assert_eq!(first.marked, 30);
        assert_eq!(first.any[0].start, 0);
        assert_eq!(first.any[0].count, 30);
        // Half went on to the second word.
        assert_eq!(first.any[1].count, 15);
        let tag = &lesson.annotation_tags()[0].id;
        assert_eq!(first.tags[tag], first.any);
        assert_eq!(first.tags.len(), 1, "only the lesson's own tags");
        // Drawn back as the teacher's heat map draws it.
        let (_, readable) = readables(&lesson)[0];
        let words = first.heat_words(readable.text());
        let teacher = passage_heat(
            &lesson,
            readables(&lesson)[0],
            &class(&lesson, &names),
            None,
        );
        assert_eq!(words, teacher.words);
        // It reads back as written, and fits the lesson.
        let back = ClassReading::parse(text.as_bytes()).expect("reads back");
        assert_eq!(back, reading);
        assert!(back.for_lesson(&lesson).is_ok());
    }

    #[test]
    fn a_class_smaller_than_the_minimum_is_never_shared() {
        let lesson = crate::lesson::bundled::template_lesson();
        let names = names();
        let four = class(&lesson, &names[..MIN_STUDENTS - 1]);
        assert_eq!(
            class_reading(&lesson, &four, "d"),
            Err(ReadingError::TooFew(MIN_STUDENTS - 1))
        );
        let five = class(&lesson, &names[..MIN_STUDENTS]);
        let reading = class_reading(&lesson, &five, "d").expect("five");
        // A file that claims a smaller class is not read either.
        let mut small = reading.clone();
        small.students = 2;
        assert!(matches!(
            ClassReading::parse(small.to_text().as_bytes()),
            Err(ReadingError::Damaged(_))
        ));
    }

    #[test]
    fn hostile_or_mismatched_files_are_refused() {
        let lesson = crate::lesson::bundled::template_lesson();
        let reading = class_reading(&lesson, &class(&lesson, &names()[..6]), "d").expect("6");
        let damaged =
            |bytes: &[u8]| matches!(ClassReading::parse(bytes), Err(ReadingError::Damaged(_)));
        assert!(damaged(&vec![b' '; MAX_BYTES + 1]), "too large");
        assert!(damaged(&[0xff, 0xfe, 0x00]), "not text");
        let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
        assert!(damaged(deep.as_bytes()), "deeply nested");
        let deep_inside = reading.to_text().replacen(
            "passages: [",
            &format!("passages: {}[", "[".repeat(200)),
            1,
        );
        assert!(damaged(deep_inside.as_bytes()));
        assert!(damaged(b"Lesson(title: \"x\")"), "not a reading");
        // Counts that cannot be.
        let mut wrong = reading.clone();
        wrong.passages[0].any[0].count = 7;
        assert!(damaged(wrong.to_text().as_bytes()));
        let mut wrong = reading.clone();
        wrong.passages[0].any[0].end = wrong.passages[0].any[0].start;
        assert!(damaged(wrong.to_text().as_bytes()));
        // A newer format.
        let mut newer = reading.clone();
        newer.format = 9;
        assert_eq!(
            ClassReading::parse(newer.to_text().as_bytes()),
            Err(ReadingError::Newer(9))
        );
        // Another lesson, or changed words.
        let mut other = lesson.clone();
        other.id = "another".into();
        assert!(matches!(
            reading.clone().for_lesson(&other),
            Err(ReadingError::OtherLesson(_))
        ));
        let mut changed = lesson.clone();
        changed.sections[0].passages[0]
            .text
            .push_str(" More words.");
        assert_eq!(
            reading.clone().for_lesson(&changed),
            Err(ReadingError::Changed(
                lesson.sections[0].passages[0].id.clone()
            ))
        );
        // A run beyond the end of its passage.
        let mut beyond = reading.clone();
        beyond.passages[0].any[0].end = 1_000_000;
        assert!(matches!(
            beyond.for_lesson(&lesson),
            Err(ReadingError::Changed(_))
        ));
    }

    #[test]
    fn runs_leave_out_the_spaces_after_their_last_word() {
        let words: Vec<super::super::heat::HeatWord> =
            [("a ", 0), ("big ", 2), ("cat ", 2), ("sat", 1)]
                .iter()
                .map(|(text, count)| super::super::heat::HeatWord {
                    text: (*text).into(),
                    count: *count,
                })
                .collect();
        assert_eq!(
            runs(&words),
            vec![
                Run {
                    start: 2,
                    end: 9,
                    count: 2
                },
                Run {
                    start: 10,
                    end: 13,
                    count: 1
                }
            ]
        );
    }
}

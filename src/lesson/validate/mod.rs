//! Checks that run on a lesson that parsed: references, ids, empty text,
//! answer keys, scales, asset paths, hidden characters and limits.
//!
//! Each check names the path of the value it is about; the [`Locator`] turns
//! that path into `LINE:COL`.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::diagnostic::{Diagnostic, closest};
use super::glossary::{Segment, TermMatcher};
use super::limits::{
    MAX_DOCUMENTS_PER_SECTION, MAX_ID_CHARS, MAX_LIST_ITEMS, MAX_OPTIONS, MAX_PASSAGES_PER_SECTION,
    MAX_POINTS, MAX_PROMPTS_PER_SECTION, MAX_RUBRIC_LEVELS, MAX_SCALE_POINTS, MAX_SECTIONS,
    MAX_TEXT_CHARS,
};
use super::locate::Locator;
use super::model::{Image, Lesson, Passage, Prompt, PromptKind, Section};
use super::text::{describe_hidden_character, is_hidden_character};
use crate::tr;

mod documents;
mod sections;
mod texts;
mod timing;
mod video;

pub use texts::{AssetPathProblem, check_asset_path};

/// `U+00E9` for a character in messages.
fn describe_character(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// A text that must not be empty, named in the problem when it is.
#[derive(Debug, Clone, Copy)]
enum Field {
    LessonTitle,
    SourceTitle,
    SpeakerName,
    TagLabel,
    GlossaryTerm,
    Definition,
    DocumentTitle,
    ParagraphText,
    SectionTitle,
    ImageAlt,
    PassageText,
    PromptText,
    Option,
}

impl Field {
    /// The problem when this text is empty, and its hint.
    fn empty(self) -> (String, String) {
        match self {
            Self::LessonTitle => (
                tr!("check-empty-lesson-title"),
                tr!("check-empty-lesson-title.hint"),
            ),
            Self::SourceTitle => (
                tr!("check-empty-source-title"),
                tr!("check-empty-source-title.hint"),
            ),
            Self::SpeakerName => (
                tr!("check-empty-speaker-name"),
                tr!("check-empty-speaker-name.hint"),
            ),
            Self::TagLabel => (
                tr!("check-empty-tag-label"),
                tr!("check-empty-tag-label.hint"),
            ),
            Self::GlossaryTerm => (
                tr!("check-empty-glossary-term"),
                tr!("check-empty-glossary-term.hint"),
            ),
            Self::Definition => (
                tr!("check-empty-definition"),
                tr!("check-empty-definition.hint"),
            ),
            Self::DocumentTitle => (
                tr!("check-empty-document-title"),
                tr!("check-empty-document-title.hint"),
            ),
            Self::ParagraphText => (
                tr!("check-empty-paragraph-text"),
                tr!("check-empty-paragraph-text.hint"),
            ),
            Self::SectionTitle => (
                tr!("check-empty-section-title"),
                tr!("check-empty-section-title.hint"),
            ),
            Self::ImageAlt => (
                tr!("check-empty-image-alt"),
                tr!("check-empty-image-alt.hint"),
            ),
            Self::PassageText => (
                tr!("check-empty-passage-text"),
                tr!("check-empty-passage-text.hint"),
            ),
            Self::PromptText => (
                tr!("check-empty-prompt-text"),
                tr!("check-empty-prompt-text.hint"),
            ),
            Self::Option => (tr!("check-empty-option"), tr!("check-empty-option.hint")),
        }
    }
}

/// The kinds of id that must each be unique in a lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IdKind {
    Section,
    Source,
    Speaker,
    Tag,
    Document,
    /// Passages and the paragraphs of documents (a highlight names either).
    Passage,
    Prompt,
}

impl IdKind {
    /// The problem when `id` is used again, and its hint (`line` is where
    /// it was first used).
    fn duplicate(self, id: &str, line: usize) -> (String, String) {
        match self {
            Self::Section => (
                tr!("check-duplicate-section-id", id = id),
                tr!("check-duplicate-section-id.hint", line = line),
            ),
            Self::Source => (
                tr!("check-duplicate-source-id", id = id),
                tr!("check-duplicate-source-id.hint", line = line),
            ),
            Self::Speaker => (
                tr!("check-duplicate-speaker-id", id = id),
                tr!("check-duplicate-speaker-id.hint", line = line),
            ),
            Self::Tag => (
                tr!("check-duplicate-tag-id", id = id),
                tr!("check-duplicate-tag-id.hint", line = line),
            ),
            Self::Document => (
                tr!("check-duplicate-document-id", id = id),
                tr!("check-duplicate-document-id.hint", line = line),
            ),
            Self::Passage => (
                tr!("check-duplicate-passage-id", id = id),
                tr!("check-duplicate-passage-id.hint", line = line),
            ),
            Self::Prompt => (
                tr!("check-duplicate-prompt-id", id = id),
                tr!("check-duplicate-prompt-id.hint", line = line),
            ),
        }
    }
}

/// Runs every check; `check_hidden` also looks for hidden characters made
/// with escapes such as `\u{202E}` (skipped when the raw text already had some).
/// With a `folder`, pictures must exist in it.
pub fn validate(
    lesson: &Lesson,
    locator: &Locator<'_>,
    check_hidden: bool,
    folder: Option<&Path>,
) -> Vec<Diagnostic> {
    let passage_ids = lesson
        .sections
        .iter()
        .flat_map(|s| &s.passages)
        .map(|p| p.id.clone())
        .collect();
    let mut checker = Checker {
        locator,
        folder,
        passage_ids,
        paragraph_documents: lesson
            .documents
            .iter()
            .flat_map(|d| {
                d.paragraphs
                    .iter()
                    .map(move |p| (p.id.clone(), d.id.clone()))
            })
            .collect(),
        found: Vec::new(),
    };
    checker.metadata(lesson);
    checker.lists(lesson);
    let tag_ids: Vec<String> = lesson
        .annotation_tags()
        .iter()
        .map(|t| t.id.clone())
        .collect();
    let passage_sections: HashMap<&str, usize> = lesson
        .sections
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.passages.iter().map(move |p| (p.id.as_str(), i)))
        .collect();
    for (index, section) in lesson.sections.iter().enumerate() {
        checker.section(lesson, index, section, &tag_ids, &passage_sections);
    }
    checker.documents(lesson);
    checker.timing(lesson);
    checker.videos_and_times(lesson);
    checker.unique_ids(lesson);
    checker.glossary_use(lesson);
    checker.texts(lesson, check_hidden);
    checker.found
}

struct Checker<'a> {
    locator: &'a Locator<'a>,
    folder: Option<&'a Path>,
    /// Every passage id in lesson order (suggestions must not depend on hashing).
    passage_ids: Vec<String>,
    /// Every paragraph id with the id of its document, in lesson order.
    paragraph_documents: Vec<(String, String)>,
    found: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn error(&mut self, path: &str, message: impl Into<String>, hint: Option<String>) {
        let mut d = Diagnostic::error(self.locator.position(path), message);
        d.hint = hint;
        self.found.push(d);
    }

    fn warning(&mut self, path: &str, message: impl Into<String>, hint: Option<String>) {
        let mut d = Diagnostic::warning(self.locator.position(path), message);
        d.hint = hint;
        self.found.push(d);
    }

    fn not_empty(&mut self, path: &str, text: &str, field: Field) {
        if text.trim().is_empty() {
            let (message, hint) = field.empty();
            self.error(path, message, Some(hint));
        }
    }

    fn id(&mut self, path: &str, id: &str) {
        if id.is_empty() {
            self.error(
                path,
                tr!("check-id-empty"),
                Some(tr!("check-id-empty.hint")),
            );
        } else if id.chars().count() > MAX_ID_CHARS {
            self.error(path, tr!("check-id-too-long", max = MAX_ID_CHARS), None);
        } else if let Some(bad) = id
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
        {
            let message = match bad {
                ' ' => tr!("check-id-has-space", id = id),
                '\n' | '\r' => tr!("check-id-has-line-break", id = id),
                '\t' => tr!("check-id-has-tab", id = id),
                c if c.is_whitespace() => tr!(
                    "check-id-has-space-character",
                    id = id,
                    code = describe_character(c)
                ),
                c if is_hidden_character(c) => tr!(
                    "check-id-has-hidden-character",
                    id = id,
                    character = describe_hidden_character(c)
                ),
                c => tr!(
                    "check-id-has-character",
                    id = id,
                    character = c.to_string(),
                    code = describe_character(c)
                ),
            };
            self.error(path, message, Some(tr!("check-id-characters-hint")));
        }
    }

    fn metadata(&mut self, lesson: &Lesson) {
        self.id("id", &lesson.id);
        self.not_empty("title", &lesson.title, Field::LessonTitle);
        if lesson.sections.is_empty() {
            self.error(
                "sections",
                tr!("check-no-sections"),
                Some(tr!("check-no-sections.hint")),
            );
        }
        if lesson.sources.is_empty() {
            self.warning(
                "sources",
                tr!("check-no-sources"),
                Some(tr!("check-no-sources.hint")),
            );
        }
        for (i, source) in lesson.sources.iter().enumerate() {
            let path = format!("sources[{i}]");
            self.id(&format!("{path}.id"), &source.id);
            self.not_empty(&format!("{path}.title"), &source.title, Field::SourceTitle);
        }
        for (i, speaker) in lesson.speakers.iter().enumerate() {
            let path = format!("speakers[{i}]");
            self.id(&format!("{path}.id"), &speaker.id);
            self.not_empty(&format!("{path}.name"), &speaker.name, Field::SpeakerName);
        }
        for (i, tag) in lesson.tags.iter().enumerate() {
            let path = format!("tags[{i}]");
            self.id(&format!("{path}.id"), &tag.id);
            self.not_empty(&format!("{path}.label"), &tag.label, Field::TagLabel);
            if tag.rgb().is_none() {
                self.error(
                    &format!("{path}.colour"),
                    tr!("check-not-a-colour", colour = tag.colour.as_str()),
                    Some(tr!("check-not-a-colour.hint")),
                );
            }
        }
        for (i, term) in lesson.glossary.iter().enumerate() {
            let path = format!("glossary[{i}]");
            self.not_empty(&format!("{path}.term"), &term.term, Field::GlossaryTerm);
            self.not_empty(
                &format!("{path}.definition"),
                &term.definition,
                Field::Definition,
            );
        }
    }

    fn lists(&mut self, lesson: &Lesson) {
        let too_many = |count: usize, max: usize| count > max;
        if too_many(lesson.sections.len(), MAX_SECTIONS) {
            self.error(
                "sections",
                tr!(
                    "check-too-many-sections",
                    count = lesson.sections.len(),
                    max = MAX_SECTIONS
                ),
                None,
            );
        }
        for (name, count) in [
            ("sources", lesson.sources.len()),
            ("speakers", lesson.speakers.len()),
            ("tags", lesson.tags.len()),
            ("glossary", lesson.glossary.len()),
            ("authors", lesson.authors.len()),
        ] {
            if too_many(count, MAX_LIST_ITEMS) {
                self.error(
                    name,
                    tr!(
                        "check-too-many-entries",
                        list = name,
                        count = count,
                        max = MAX_LIST_ITEMS
                    ),
                    None,
                );
            }
        }
    }

    /// Ids must be unique: each kind among itself, across the whole lesson.
    fn unique_ids(&mut self, lesson: &Lesson) {
        let mut groups: Vec<(IdKind, Vec<(String, &str)>)> = vec![
            (
                IdKind::Section,
                lesson
                    .sections
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (format!("sections[{i}].id"), s.id.as_str()))
                    .collect(),
            ),
            (
                IdKind::Source,
                lesson
                    .sources
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (format!("sources[{i}].id"), s.id.as_str()))
                    .collect(),
            ),
            (
                IdKind::Speaker,
                lesson
                    .speakers
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (format!("speakers[{i}].id"), s.id.as_str()))
                    .collect(),
            ),
            (
                IdKind::Tag,
                lesson
                    .tags
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (format!("tags[{i}].id"), t.id.as_str()))
                    .collect(),
            ),
        ];
        let mut passages = Vec::new();
        let mut prompts = Vec::new();
        for (s, section) in lesson.sections.iter().enumerate() {
            for (i, passage) in section.passages.iter().enumerate() {
                passages.push((
                    format!("sections[{s}].passages[{i}].id"),
                    passage.id.as_str(),
                ));
            }
            for (i, prompt) in section.prompts.iter().enumerate() {
                prompts.push((format!("sections[{s}].prompts[{i}].id"), prompt.id.as_str()));
            }
        }
        // Paragraphs share the passages' ids: a highlight names either.
        for (d, document) in lesson.documents.iter().enumerate() {
            for (i, paragraph) in document.paragraphs.iter().enumerate() {
                passages.push((
                    format!("documents[{d}].paragraphs[{i}].id"),
                    paragraph.id.as_str(),
                ));
            }
        }
        groups.push((
            IdKind::Document,
            lesson
                .documents
                .iter()
                .enumerate()
                .map(|(i, d)| (format!("documents[{i}].id"), d.id.as_str()))
                .collect(),
        ));
        groups.push((IdKind::Passage, passages));
        groups.push((IdKind::Prompt, prompts));
        for (kind, mut ids) in groups {
            // Most lessons have no id twice: then nothing needs a position.
            let mut seen = HashSet::new();
            if ids.iter().all(|(_, id)| id.is_empty() || seen.insert(*id)) {
                continue;
            }
            // The later of two in the file is the one reported.
            ids.sort_by_key(|(path, _)| self.locator.position(path));
            let mut first: HashMap<&str, &str> = HashMap::new();
            for (path, id) in &ids {
                if id.is_empty() {
                    continue;
                }
                if let Some(first_path) = first.get(id) {
                    let at = self.locator.position(first_path);
                    let mixed = kind == IdKind::Passage
                        && (path.starts_with("documents") || first_path.starts_with("documents"));
                    let (message, hint) = match (mixed, path.starts_with("documents")) {
                        (true, true) => (
                            tr!("check-duplicate-paragraph-id", id = *id),
                            tr!("check-duplicate-paragraph-id.hint", line = at.line),
                        ),
                        (true, false) => (
                            tr!("check-duplicate-passage-id", id = *id),
                            tr!(
                                "check-duplicate-passage-id.hint-with-paragraphs",
                                line = at.line
                            ),
                        ),
                        (false, _) => kind.duplicate(id, at.line),
                    };
                    self.error(path, message, Some(hint));
                } else {
                    first.insert(id, path);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asset_paths_stay_inside_the_lesson_folder() {
        assert_eq!(check_asset_path("images/chart.png"), Ok(()));
        assert_eq!(check_asset_path("chart..png"), Ok(()));
        for bad in [
            "",
            "/etc/passwd",
            "\\\\server\\x.png",
            "C:/x.png",
            "c:x.png",
            "a\\b.png",
            "../x.png",
            "a/../../x.png",
            "https://x.org/a.png",
        ] {
            assert!(check_asset_path(bad).is_err(), "{bad} was allowed");
        }
    }

    /// The bundled lesson is checked before the first frame: with nothing
    /// to report, its text is never walked for positions.
    #[test]
    fn a_lesson_with_nothing_to_report_is_not_walked_for_positions() {
        let parse = |text: &str| -> Lesson {
            ron::Options::default()
                .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
                .from_str(text)
                .expect("the lesson parses")
        };
        let text = crate::lesson::bundled::BUNDLED_LESSONS[0].text;
        let lesson = parse(text);
        let locator = Locator::new(text);
        assert_eq!(validate(&lesson, &locator, true, None), Vec::new());
        assert!(!locator.walked());
        // A duplicate id needs positions: the later one is reported.
        let twice = text.replacen("id: \"opening-2\"", "id: \"opening-1\"", 1);
        let lesson = parse(&twice);
        let locator = Locator::new(&twice);
        let found = validate(&lesson, &locator, true, None);
        assert!(locator.walked());
        // The second "opening-1" (the old "opening-2") is the one reported.
        let second = twice
            .match_indices("id: \"opening-1\"")
            .nth(1)
            .map_or(0, |(at, _)| at);
        let line = twice[..second].matches('\n').count() + 1;
        assert!(
            found
                .iter()
                .any(|d| d.position.is_some_and(|p| p.line == line)),
            "line {line}: {found:?}"
        );
    }
}

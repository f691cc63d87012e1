//! Checks that run on a lesson that parsed: references, ids, empty text,
//! answer keys, scales, asset paths, hidden characters and limits.
//!
//! Each check names the path of the value it is about; the [`Locator`] turns
//! that path into `LINE:COL`.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::diagnostic::{Diagnostic, closest};
use super::glossary::{Segment, split_terms};
use super::limits::{
    MAX_DOCUMENTS_PER_SECTION, MAX_ID_CHARS, MAX_LIST_ITEMS, MAX_OPTIONS, MAX_PASSAGES_PER_SECTION,
    MAX_PROMPTS_PER_SECTION, MAX_SCALE_POINTS, MAX_SECTIONS, MAX_TEXT_CHARS,
};
use super::locate::Locator;
use super::model::{Image, Lesson, Passage, Prompt, PromptKind, Section};
use super::text::{describe_hidden_character, is_hidden_character};

mod documents;
mod sections;
mod texts;

pub use texts::check_asset_path;

/// `U+00E9` for a character in messages.
fn describe_character(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// Runs every check; `check_hidden` also looks for hidden characters made
/// with escapes such as `\u{202E}` (skipped when the raw text already had some).
/// With a `folder`, pictures must exist in it.
pub fn validate(
    lesson: &Lesson,
    locator: &Locator,
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
    checker.unique_ids(lesson);
    checker.glossary_use(lesson);
    checker.texts(lesson, check_hidden);
    checker.found
}

struct Checker<'a> {
    locator: &'a Locator,
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

    fn not_empty(&mut self, path: &str, text: &str, what: &str) {
        if text.trim().is_empty() {
            self.error(
                path,
                format!("{what} is empty"),
                Some(format!("write the {what} between the quotes")),
            );
        }
    }

    fn id(&mut self, path: &str, id: &str) {
        if id.is_empty() {
            self.error(
                path,
                "this id is empty",
                Some("ids are short names like \"opening\" or \"q1\"".into()),
            );
        } else if id.chars().count() > MAX_ID_CHARS {
            self.error(
                path,
                format!("this id is longer than {MAX_ID_CHARS} characters"),
                None,
            );
        } else if let Some(bad) = id
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
        {
            let bad = match bad {
                ' ' => "a space".to_owned(),
                '\n' | '\r' => "a line break".to_owned(),
                '\t' => "a tab".to_owned(),
                c if c.is_whitespace() => format!("a space character ({})", describe_character(c)),
                c if is_hidden_character(c) => describe_hidden_character(c),
                c => format!("\"{c}\" ({})", describe_character(c)),
            };
            self.error(
                path,
                format!("the id \"{id}\" contains {bad}"),
                Some("ids may use only letters (a–z, A–Z), digits, - and _".into()),
            );
        }
    }

    fn metadata(&mut self, lesson: &Lesson) {
        self.id("id", &lesson.id);
        self.not_empty("title", &lesson.title, "lesson title");
        if lesson.sections.is_empty() {
            self.error(
                "sections",
                "the lesson has no sections",
                Some("add at least one Section( … ) to `sections`".into()),
            );
        }
        if lesson.sources.is_empty() {
            self.warning(
                "sources",
                "the lesson names no source",
                Some("add a Source( … ) so students can see where the excerpts come from".into()),
            );
        }
        for (i, source) in lesson.sources.iter().enumerate() {
            let path = format!("sources[{i}]");
            self.id(&format!("{path}.id"), &source.id);
            self.not_empty(&format!("{path}.title"), &source.title, "source title");
        }
        for (i, speaker) in lesson.speakers.iter().enumerate() {
            let path = format!("speakers[{i}]");
            self.id(&format!("{path}.id"), &speaker.id);
            self.not_empty(&format!("{path}.name"), &speaker.name, "speaker name");
        }
        for (i, tag) in lesson.tags.iter().enumerate() {
            let path = format!("tags[{i}]");
            self.id(&format!("{path}.id"), &tag.id);
            self.not_empty(&format!("{path}.label"), &tag.label, "tag label");
            if tag.rgb().is_none() {
                self.error(
                    &format!("{path}.colour"),
                    format!("\"{}\" is not a colour", tag.colour),
                    Some("write colours as \"#rrggbb\", for example \"#1f6fb4\"".into()),
                );
            }
        }
        for (i, term) in lesson.glossary.iter().enumerate() {
            let path = format!("glossary[{i}]");
            self.not_empty(&format!("{path}.term"), &term.term, "glossary term");
            self.not_empty(
                &format!("{path}.definition"),
                &term.definition,
                "definition",
            );
        }
    }

    fn lists(&mut self, lesson: &Lesson) {
        let too_many = |count: usize, max: usize| count > max;
        if too_many(lesson.sections.len(), MAX_SECTIONS) {
            self.error(
                "sections",
                format!(
                    "the lesson has {} sections; the limit is {MAX_SECTIONS}",
                    lesson.sections.len()
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
                    format!("`{name}` has {count} entries; the limit is {MAX_LIST_ITEMS}"),
                    None,
                );
            }
        }
    }

    /// Ids must be unique: each kind among itself, across the whole lesson.
    fn unique_ids(&mut self, lesson: &Lesson) {
        let mut groups: Vec<(&str, Vec<(String, &str)>)> = vec![
            (
                "section",
                lesson
                    .sections
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (format!("sections[{i}].id"), s.id.as_str()))
                    .collect(),
            ),
            (
                "source",
                lesson
                    .sources
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (format!("sources[{i}].id"), s.id.as_str()))
                    .collect(),
            ),
            (
                "speaker",
                lesson
                    .speakers
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (format!("speakers[{i}].id"), s.id.as_str()))
                    .collect(),
            ),
            (
                "tag",
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
            "document",
            lesson
                .documents
                .iter()
                .enumerate()
                .map(|(i, d)| (format!("documents[{i}].id"), d.id.as_str()))
                .collect(),
        ));
        groups.push(("passage", passages));
        groups.push(("prompt", prompts));
        for (kind, mut ids) in groups {
            // The later of two in the file is the one reported.
            ids.sort_by_key(|(path, _)| self.locator.position(path));
            let mut first: HashMap<&str, &str> = HashMap::new();
            for (path, id) in &ids {
                if id.is_empty() {
                    continue;
                }
                if let Some(first_path) = first.get(id) {
                    let at = self.locator.position(first_path);
                    let mixed = kind == "passage"
                        && (path.starts_with("documents") || first_path.starts_with("documents"));
                    let (kind, every) = match (mixed, path.starts_with("documents")) {
                        (true, true) => ("paragraph", "passage and paragraph"),
                        (true, false) => ("passage", "passage and paragraph"),
                        (false, _) => (kind, kind),
                    };
                    self.error(
                        path,
                        format!("duplicate {kind} id \"{id}\""),
                        Some(format!(
                            "it is already used at line {}; every {every} needs its own id",
                            at.line
                        )),
                    );
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
}

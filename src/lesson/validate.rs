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
    MAX_ID_CHARS, MAX_LIST_ITEMS, MAX_OPTIONS, MAX_PASSAGES_PER_SECTION, MAX_PROMPTS_PER_SECTION,
    MAX_SCALE_POINTS, MAX_SECTIONS, MAX_TEXT_CHARS,
};
use super::locate::Locator;
use super::model::{Lesson, Passage, Prompt, PromptKind, Section};
use super::text::{describe_hidden_character, is_hidden_character};

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
            let bad = if bad.is_whitespace() {
                "a space".to_owned()
            } else {
                format!("{bad:?}")
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

    fn section(
        &mut self,
        lesson: &Lesson,
        index: usize,
        section: &Section,
        tag_ids: &[String],
        passage_sections: &HashMap<&str, usize>,
    ) {
        let path = format!("sections[{index}]");
        self.id(&format!("{path}.id"), &section.id);
        self.not_empty(&format!("{path}.title"), &section.title, "section title");
        if section.passages.len() > MAX_PASSAGES_PER_SECTION {
            self.error(
                &format!("{path}.passages"),
                format!(
                    "this section has {} passages; the limit is {MAX_PASSAGES_PER_SECTION}",
                    section.passages.len()
                ),
                Some("split it into several sections".into()),
            );
        }
        if section.prompts.len() > MAX_PROMPTS_PER_SECTION {
            self.error(
                &format!("{path}.prompts"),
                format!(
                    "this section has {} prompts; the limit is {MAX_PROMPTS_PER_SECTION}",
                    section.prompts.len()
                ),
                Some("split it into several sections".into()),
            );
        }
        if section.prompts.is_empty() {
            self.warning(
                &path,
                format!("section \"{}\" has no prompts", section.id),
                Some("students will read it without being asked anything; add prompts: [ … ] if that is not intended".into()),
            );
        }
        if section.passages.is_empty() && section.image.is_none() && section.intro.trim().is_empty()
        {
            self.warning(
                &path,
                format!("section \"{}\" has nothing to read", section.id),
                Some("add passages: [ … ] or an intro".into()),
            );
        }
        if let Some(image) = &section.image {
            if let Err(why) = check_asset_path(&image.path) {
                self.error(
                    &format!("{path}.image.path"),
                    format!("the image path \"{}\" {why}", image.path),
                    Some(
                        "write a path inside the lesson's folder, like \"images/chart.png\"".into(),
                    ),
                );
            } else if let Some(folder) = self.folder
                && !folder.join(&image.path).is_file()
            {
                self.warning(
                    &format!("{path}.image.path"),
                    format!(
                        "the picture \"{}\" is not in the lesson's folder",
                        image.path
                    ),
                    Some("copy the picture along with the lesson, or correct the path".into()),
                );
            }
            self.not_empty(
                &format!("{path}.image.alt"),
                &image.alt,
                "image description (alt)",
            );
        }
        for (i, passage) in section.passages.iter().enumerate() {
            self.passage(lesson, &format!("{path}.passages[{i}]"), passage);
        }
        for (i, prompt) in section.prompts.iter().enumerate() {
            self.prompt(
                &format!("{path}.prompts[{i}]"),
                index,
                prompt,
                tag_ids,
                passage_sections,
            );
        }
    }

    fn passage(&mut self, lesson: &Lesson, path: &str, passage: &Passage) {
        self.id(&format!("{path}.id"), &passage.id);
        self.not_empty(&format!("{path}.text"), &passage.text, "passage text");
        if lesson.speaker(&passage.speaker).is_none() {
            let ids = lesson.speakers.iter().map(|s| s.id.as_str());
            let hint = match closest(&passage.speaker, ids.clone()) {
                Some(near) => format!("did you mean \"{near}\"?"),
                None if lesson.speakers.is_empty() => {
                    "declare the voices first: speakers: [Speaker(id: \"narrator\", name: \"Narrator\")]".into()
                }
                None => format!("speakers in this lesson: {}", ids.collect::<Vec<_>>().join(", ")),
            };
            self.error(
                &format!("{path}.speaker"),
                format!("unknown speaker \"{}\"", passage.speaker),
                Some(hint),
            );
        }
        if let Some(source) = &passage.source
            && !lesson.sources.iter().any(|s| &s.id == source)
        {
            let hint = closest(source, lesson.sources.iter().map(|s| s.id.as_str()))
                .map(|near| format!("did you mean \"{near}\"?"));
            self.error(
                &format!("{path}.source"),
                format!("unknown source \"{source}\""),
                hint,
            );
        }
    }

    fn prompt(
        &mut self,
        path: &str,
        section: usize,
        prompt: &Prompt,
        tag_ids: &[String],
        passage_sections: &HashMap<&str, usize>,
    ) {
        self.id(&format!("{path}.id"), &prompt.id);
        self.not_empty(&format!("{path}.text"), &prompt.text, "prompt text");
        match &prompt.kind {
            PromptKind::Open | PromptKind::Short => {}
            PromptKind::Choice { options, answer } => {
                self.options(path, options);
                if let Some(answer) = answer {
                    self.answer_key(&format!("{path}.answer"), *answer, options.len());
                }
            }
            PromptKind::Choices { options, answers } => {
                self.options(path, options);
                for (i, answer) in answers.iter().enumerate() {
                    self.answer_key(&format!("{path}.answers[{i}]"), *answer, options.len());
                }
            }
            PromptKind::Rating { min, max, .. } => {
                let points = i64::from(*max) - i64::from(*min) + 1;
                if min >= max {
                    self.error(
                        &format!("{path}.max"),
                        format!(
                            "the scale runs from {min} to {max}; `max` must be larger than `min`"
                        ),
                        Some("for example min: 1, max: 5".into()),
                    );
                } else if points > MAX_SCALE_POINTS {
                    self.error(
                        &format!("{path}.max"),
                        format!("the scale from {min} to {max} has {points} points; at most {MAX_SCALE_POINTS} fit on screen"),
                        Some("use a shorter scale, for example min: 1, max: 5".into()),
                    );
                }
            }
            PromptKind::Evidence { passage, tag } => {
                if let Some(passage) = passage {
                    match passage_sections.get(passage.as_str()) {
                        None => {
                            let ids = self.passage_ids.iter().map(String::as_str);
                            let hint = closest(passage, ids)
                                .map(|near| format!("did you mean \"{near}\"?"));
                            self.error(
                                &format!("{path}.passage"),
                                format!("unknown passage \"{passage}\""),
                                hint,
                            );
                        }
                        Some(&other) if other != section => self.warning(
                            &format!("{path}.passage"),
                            format!("passage \"{passage}\" is in another section"),
                            Some(
                                "students see it quoted under the prompt, away from the passages around it"
                                    .into(),
                            ),
                        ),
                        Some(_) => {}
                    }
                }
                if let Some(tag) = tag
                    && !tag_ids.contains(tag)
                {
                    let hint = match closest(tag, tag_ids.iter().map(String::as_str)) {
                        Some(near) => format!("did you mean \"{near}\"?"),
                        None => format!("tags in this lesson: {}", tag_ids.join(", ")),
                    };
                    self.error(
                        &format!("{path}.tag"),
                        format!("unknown annotation tag \"{tag}\""),
                        Some(hint),
                    );
                }
            }
        }
    }

    fn options(&mut self, path: &str, options: &[String]) {
        if options.len() < 2 {
            self.error(
                &format!("{path}.options"),
                format!(
                    "a choice prompt needs at least two options; this one has {}",
                    options.len()
                ),
                Some("write options: [\"first\", \"second\"]".into()),
            );
        } else if options.len() > MAX_OPTIONS {
            self.error(
                &format!("{path}.options"),
                format!(
                    "this prompt has {} options; the limit is {MAX_OPTIONS}",
                    options.len()
                ),
                Some("split it into two prompts".into()),
            );
        }
        let mut seen = HashSet::new();
        for (i, option) in options.iter().enumerate() {
            let option_path = format!("{path}.options[{i}]");
            self.not_empty(&option_path, option, "option");
            if !option.trim().is_empty() && !seen.insert(option.trim()) {
                self.warning(
                    &option_path,
                    format!("the option \"{option}\" appears twice"),
                    None,
                );
            }
        }
    }

    fn answer_key(&mut self, path: &str, answer: usize, options: usize) {
        if answer == 0 || answer > options {
            self.error(
                path,
                format!("answer {answer} is not one of the options (there are {options})"),
                Some(format!(
                    "answers count from 1: write a number from 1 to {options}"
                )),
            );
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
        groups.push(("passage", passages));
        groups.push(("prompt", prompts));
        for (kind, ids) in groups {
            let mut first: HashMap<&str, &str> = HashMap::new();
            for (path, id) in &ids {
                if id.is_empty() {
                    continue;
                }
                if let Some(first_path) = first.get(id) {
                    let at = self.locator.position(first_path);
                    self.error(
                        path,
                        format!("duplicate {kind} id \"{id}\""),
                        Some(format!(
                            "it is already used at line {}; every {kind} needs its own id",
                            at.line
                        )),
                    );
                } else {
                    first.insert(id, path);
                }
            }
        }
    }

    /// Warns about glossary terms the reader never marks: matched the same
    /// way the app marks them (whole words, longest term first).
    fn glossary_use(&mut self, lesson: &Lesson) {
        let mut marked = vec![false; lesson.glossary.len()];
        for passage in lesson.sections.iter().flat_map(|s| &s.passages) {
            for segment in split_terms(&passage.text, &lesson.glossary) {
                if let Segment::Term(_, index) = segment {
                    marked[index] = true;
                }
            }
        }
        for (i, term) in lesson.glossary.iter().enumerate() {
            if !marked[i] && !term.term.trim().is_empty() {
                self.warning(
                    &format!("glossary[{i}].term"),
                    format!(
                        "the glossary term \"{}\" does not appear in any passage",
                        term.term
                    ),
                    Some(
                        "write it as it appears in the text, or list other forms in `also: [ … ]`"
                            .into(),
                    ),
                );
            }
        }
    }

    /// Length limit on every text, and hidden characters made with escapes.
    fn texts(&mut self, lesson: &Lesson, check_hidden: bool) {
        for (path, text) in all_texts(lesson) {
            if text.len() > MAX_TEXT_CHARS && text.chars().count() > MAX_TEXT_CHARS {
                self.error(
                    &path,
                    format!(
                        "this text has {} characters; the limit is {MAX_TEXT_CHARS}",
                        text.chars().count()
                    ),
                    Some("split it into several passages".into()),
                );
            }
            if check_hidden && let Some(c) = text.chars().find(|&c| is_hidden_character(c)) {
                self.error(
                    &path,
                    format!(
                        "this text contains the invisible character {}",
                        describe_hidden_character(c)
                    ),
                    Some("remove the \\u{…} escape; it can hide or reorder text on screen".into()),
                );
            }
        }
    }
}

/// Every piece of text in the lesson with its path.
fn all_texts(lesson: &Lesson) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = vec![
        ("id".into(), &lesson.id),
        ("title".into(), &lesson.title),
        ("version".into(), &lesson.version),
        ("language".into(), &lesson.language),
        ("audience".into(), &lesson.audience),
        ("licence".into(), &lesson.licence),
        ("summary".into(), &lesson.summary),
    ];
    for (i, author) in lesson.authors.iter().enumerate() {
        out.push((format!("authors[{i}]"), author));
    }
    for (i, s) in lesson.sources.iter().enumerate() {
        for (field, text) in [
            ("id", &s.id),
            ("title", &s.title),
            ("publisher", &s.publisher),
            ("obtained", &s.obtained),
            ("note", &s.note),
        ] {
            out.push((format!("sources[{i}].{field}"), text));
        }
        for (field, text) in [("address", &s.address), ("date", &s.date)] {
            if let Some(text) = text {
                out.push((format!("sources[{i}].{field}"), text));
            }
        }
    }
    for (i, s) in lesson.speakers.iter().enumerate() {
        for (field, text) in [("id", &s.id), ("name", &s.name), ("about", &s.about)] {
            out.push((format!("speakers[{i}].{field}"), text));
        }
    }
    for (i, t) in lesson.tags.iter().enumerate() {
        for (field, text) in [
            ("id", &t.id),
            ("label", &t.label),
            ("colour", &t.colour),
            ("description", &t.description),
        ] {
            out.push((format!("tags[{i}].{field}"), text));
        }
    }
    for (i, t) in lesson.glossary.iter().enumerate() {
        out.push((format!("glossary[{i}].term"), &t.term));
        out.push((format!("glossary[{i}].definition"), &t.definition));
        if let Some(p) = &t.pronunciation {
            out.push((format!("glossary[{i}].pronunciation"), p));
        }
        for (j, also) in t.also.iter().enumerate() {
            out.push((format!("glossary[{i}].also[{j}]"), also));
        }
    }
    for (s, section) in lesson.sections.iter().enumerate() {
        let path = format!("sections[{s}]");
        for (field, text) in [
            ("id", &section.id),
            ("title", &section.title),
            ("intro", &section.intro),
        ] {
            out.push((format!("{path}.{field}"), text));
        }
        if let Some(teacher) = &section.teacher {
            out.push((format!("{path}.teacher"), teacher));
        }
        if let Some(image) = &section.image {
            out.push((format!("{path}.image.path"), &image.path));
            out.push((format!("{path}.image.alt"), &image.alt));
        }
        for (i, p) in section.passages.iter().enumerate() {
            let path = format!("{path}.passages[{i}]");
            for (field, text) in [("id", &p.id), ("speaker", &p.speaker), ("text", &p.text)] {
                out.push((format!("{path}.{field}"), text));
            }
            for (field, text) in [("time", &p.time), ("note", &p.note), ("source", &p.source)] {
                if let Some(text) = text {
                    out.push((format!("{path}.{field}"), text));
                }
            }
        }
        for (i, q) in section.prompts.iter().enumerate() {
            let path = format!("{path}.prompts[{i}]");
            out.push((format!("{path}.id"), &q.id));
            out.push((format!("{path}.text"), &q.text));
            for (field, text) in [("hint", &q.hint), ("teacher", &q.teacher)] {
                if let Some(text) = text {
                    out.push((format!("{path}.{field}"), text));
                }
            }
            match &q.kind {
                PromptKind::Choice { options, .. } | PromptKind::Choices { options, .. } => {
                    for (j, o) in options.iter().enumerate() {
                        out.push((format!("{path}.options[{j}]"), o));
                    }
                }
                PromptKind::Rating { low, high, .. } => {
                    out.push((format!("{path}.low"), low));
                    out.push((format!("{path}.high"), high));
                }
                PromptKind::Evidence { passage, tag } => {
                    for (field, text) in [("passage", passage), ("tag", tag)] {
                        if let Some(text) = text {
                            out.push((format!("{path}.{field}"), text));
                        }
                    }
                }
                PromptKind::Open | PromptKind::Short => {}
            }
        }
    }
    out
}

/// Why an asset path is not allowed, if it is not: it must be relative, use
/// `/`, and stay inside the lesson's folder.
pub fn check_asset_path(path: &str) -> Result<(), &'static str> {
    if path.trim().is_empty() {
        return Err("is empty");
    }
    if path.contains("://") {
        return Err("is a web address; the app works offline, so pictures must be files");
    }
    if path.starts_with('/') || path.starts_with('\\') {
        return Err("is absolute");
    }
    let bytes = path.as_bytes();
    if bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' {
        return Err("is absolute (it starts with a drive letter)");
    }
    if path.contains('\\') {
        return Err("uses \\; write / between folders");
    }
    if path.split('/').any(|part| part == "..") {
        return Err("contains .. and could leave the lesson's folder");
    }
    Ok(())
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

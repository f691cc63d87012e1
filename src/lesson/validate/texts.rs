//! Checks of the lesson's text: glossary terms in use, hidden characters and
//! text limits, and the paths of pictures.

use super::*;

impl Checker<'_> {
    /// Warns about glossary terms the reader never marks: matched the same
    /// way the app marks them (whole words, longest term first).
    pub(super) fn glossary_use(&mut self, lesson: &Lesson) {
        if lesson.glossary.len() > MAX_LIST_ITEMS {
            return; // Too long to be a glossary: that is the error.
        }
        let mut marked = vec![false; lesson.glossary.len()];
        // Terms are marked in passages, section intros and questions alike.
        let texts = lesson
            .sections
            .iter()
            .flat_map(|s| {
                std::iter::once(s.intro.as_str())
                    .chain(s.passages.iter().map(|p| p.text.as_str()))
                    .chain(s.prompts.iter().map(|p| p.text.as_str()))
            })
            .chain(
                lesson
                    .documents
                    .iter()
                    .flat_map(|d| d.paragraphs.iter().map(|p| p.text.as_str())),
            );
        let matcher = TermMatcher::new(&lesson.glossary);
        for text in texts {
            for segment in matcher.split(text) {
                if let Segment::Term(_, index) = segment {
                    marked[index] = true;
                }
            }
        }
        for (i, term) in lesson.glossary.iter().enumerate() {
            if !marked[i] && !term.term.trim().is_empty() {
                self.warning(
                    &format!("glossary[{i}].term"),
                    tr!("check-glossary-term-unused", term = term.term.as_str()),
                    Some(tr!("check-glossary-term-unused.hint")),
                );
            }
        }
    }

    /// Length limit on every text, and hidden characters made with escapes.
    pub(super) fn texts(&mut self, lesson: &Lesson, check_hidden: bool) {
        for (path, text) in all_texts(lesson) {
            if text.len() > MAX_TEXT_CHARS && text.chars().count() > MAX_TEXT_CHARS {
                self.error(
                    &path,
                    tr!(
                        "check-text-too-long",
                        count = text.chars().count(),
                        max = MAX_TEXT_CHARS
                    ),
                    Some(tr!("check-text-too-long.hint")),
                );
            }
            if check_hidden && let Some(c) = text.chars().find(|&c| is_hidden_character(c)) {
                self.error(
                    &path,
                    tr!(
                        "check-text-hidden-character",
                        character = describe_hidden_character(c)
                    ),
                    Some(tr!("check-text-hidden-character.hint")),
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
        for (field, text) in [
            ("address", &s.address),
            ("date", &s.date),
            ("video", &s.video),
        ] {
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
    for (d, document) in lesson.documents.iter().enumerate() {
        let path = format!("documents[{d}]");
        for (field, text) in [
            ("id", &document.id),
            ("title", &document.title),
            ("publisher", &document.publisher),
            ("author", &document.author),
            ("from", &document.from),
        ] {
            out.push((format!("{path}.{field}"), text));
        }
        if let Some(date) = &document.date {
            out.push((format!("{path}.date"), date));
        }
        if let Some(image) = &document.image {
            out.push((format!("{path}.image.path"), &image.path));
            out.push((format!("{path}.image.alt"), &image.alt));
        }
        for (i, p) in document.paragraphs.iter().enumerate() {
            out.push((format!("{path}.paragraphs[{i}].id"), &p.id));
            out.push((format!("{path}.paragraphs[{i}].text"), &p.text));
            if let Some(cite) = &p.cite {
                out.push((format!("{path}.paragraphs[{i}].cite"), cite));
            }
            if let Some(q) = &p.quote {
                for (field, text) in [
                    ("publisher", &q.publisher),
                    ("author", &q.author),
                    ("title", &q.title),
                    ("date", &q.date),
                    ("address", &q.address),
                    ("read", &q.read),
                ] {
                    out.push((format!("{path}.paragraphs[{i}].quote.{field}"), text));
                }
            }
        }
    }
    for (s, section) in lesson.sections.iter().enumerate() {
        let path = format!("sections[{s}]");
        for (i, id) in section.documents.iter().enumerate() {
            out.push((format!("{path}.documents[{i}]"), id));
        }
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
                PromptKind::Evidence {
                    passage,
                    passages,
                    tag,
                } => {
                    for (field, text) in [("passage", passage), ("tag", tag)] {
                        if let Some(text) = text {
                            out.push((format!("{path}.{field}"), text));
                        }
                    }
                    for (i, text) in passages.iter().enumerate() {
                        out.push((format!("{path}.passages[{i}]"), text));
                    }
                }
                PromptKind::Open | PromptKind::Short => {}
            }
        }
    }
    out
}

/// Why a picture's path is not allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssetPathProblem {
    /// Nothing is written.
    Empty,
    /// A web address (`https://…`).
    WebAddress,
    /// Starts with `/` or `\`.
    Absolute,
    /// Starts with a drive letter (`C:`).
    DriveLetter,
    /// Uses `\` between folders.
    Backslash,
    /// Has a `..` part.
    LeavesFolder,
}

impl AssetPathProblem {
    /// The problem with `path`, in one line.
    pub fn message(self, path: &str) -> String {
        match self {
            Self::Empty => tr!("check-image-path-empty", path = path),
            Self::WebAddress => tr!("check-image-path-web-address", path = path),
            Self::Absolute => tr!("check-image-path-absolute", path = path),
            Self::DriveLetter => tr!("check-image-path-drive-letter", path = path),
            Self::Backslash => tr!("check-image-path-backslash", path = path),
            Self::LeavesFolder => tr!("check-image-path-leaves-folder", path = path),
        }
    }
}

/// Why an asset path is not allowed, if it is not: it must be relative, use
/// `/`, and stay inside the lesson's folder.
pub fn check_asset_path(path: &str) -> Result<(), AssetPathProblem> {
    if path.trim().is_empty() {
        return Err(AssetPathProblem::Empty);
    }
    if path.contains("://") {
        return Err(AssetPathProblem::WebAddress);
    }
    if path.starts_with('/') || path.starts_with('\\') {
        return Err(AssetPathProblem::Absolute);
    }
    let bytes = path.as_bytes();
    if bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' {
        return Err(AssetPathProblem::DriveLetter);
    }
    if path.contains('\\') {
        return Err(AssetPathProblem::Backslash);
    }
    if path.split('/').any(|part| part == "..") {
        return Err(AssetPathProblem::LeavesFolder);
    }
    Ok(())
}

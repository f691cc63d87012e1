//! Checks of each section: its passages, prompts, options, answer keys and
//! scales.

use super::*;

impl Checker<'_> {
    pub(super) fn section(
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
        if section.passages.is_empty()
            && section.image.is_none()
            && section.intro.trim().is_empty()
            && section.documents.is_empty()
        {
            self.warning(
                &path,
                format!("section \"{}\" has nothing to read", section.id),
                Some("add passages: [ … ] or an intro".into()),
            );
        }
        if let Some(image) = &section.image {
            self.image(&format!("{path}.image"), image);
        }
        self.section_documents(lesson, &path, section);
        for (i, passage) in section.passages.iter().enumerate() {
            self.passage(lesson, &format!("{path}.passages[{i}]"), passage);
        }
        for (i, prompt) in section.prompts.iter().enumerate() {
            self.prompt(
                &format!("{path}.prompts[{i}]"),
                (index, section),
                prompt,
                tag_ids,
                passage_sections,
            );
        }
    }

    /// A picture: a PNG or JPEG inside the lesson's folder, with alt text.
    pub(super) fn image(&mut self, path: &str, image: &Image) {
        if let Err(why) = check_asset_path(&image.path) {
            self.error(
                &format!("{path}.path"),
                format!("the image path \"{}\" {why}", image.path),
                Some("write a path inside the lesson's folder, like \"images/chart.png\"".into()),
            );
        } else if !is_picture_file_name(&image.path) {
            self.error(
                &format!("{path}.path"),
                format!("the picture \"{}\" is not a PNG or JPEG file", image.path),
                Some(
                    "save it as .png (charts, screenshots) or .jpg (photos): only these are shown"
                        .into(),
                ),
            );
        } else if let Some(folder) = self.folder
            && !folder.join(&image.path).is_file()
        {
            self.warning(
                &format!("{path}.path"),
                format!(
                    "the picture \"{}\" is not in the lesson's folder",
                    image.path
                ),
                Some("copy the picture along with the lesson, or correct the path".into()),
            );
        }
        self.not_empty(
            &format!("{path}.alt"),
            &image.alt,
            "image description (alt)",
        );
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
        (section, here): (usize, &Section),
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
            PromptKind::Evidence {
                passage,
                passages,
                tag,
            } => {
                let cited = passage
                    .iter()
                    .map(|p| (format!("{path}.passage"), p))
                    .chain(
                        passages
                            .iter()
                            .enumerate()
                            .map(|(i, p)| (format!("{path}.passages[{i}]"), p)),
                    );
                for (at, passage) in cited {
                    self.cited_passage(&at, passage, (section, here), passage_sections);
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

    /// A passage an evidence prompt cites: it must exist, and is best in
    /// the prompt's own section.
    fn cited_passage(
        &mut self,
        at: &str,
        passage: &str,
        (section, here): (usize, &Section),
        passage_sections: &HashMap<&str, usize>,
    ) {
        // The document the id is a paragraph of, if it is one.
        let document = self
            .paragraph_documents
            .iter()
            .find(|(p, _)| p == passage)
            .map(|(_, d)| d.clone());
        match (passage_sections.get(passage), document) {
            (None, Some(document)) => {
                if !here.documents.contains(&document) {
                    self.warning(
                        at,
                        format!(
                            "paragraph \"{passage}\" is in document \"{document}\", which this section does not name"
                        ),
                        Some(format!(
                            "add documents: [\"{document}\"] to this section so students can read it beside the excerpt"
                        )),
                    );
                }
            }
            (None, None) => {
                // Several ids are often equally close ("one-1", "one-2"):
                // list this section's, to choose from.
                let ids: Vec<String> = here
                    .passages
                    .iter()
                    .map(|p| p.id.as_str())
                    .chain(
                        self.paragraph_documents
                            .iter()
                            .filter(|(_, d)| here.documents.contains(d))
                            .map(|(p, _)| p.as_str()),
                    )
                    .map(|id| format!("\"{id}\""))
                    .collect();
                let hint = if ids.is_empty() {
                    closest(passage, self.passage_ids.iter().map(String::as_str))
                        .map(|near| format!("did you mean \"{near}\"?"))
                } else {
                    Some(format!("this section's passages are {}", ids.join(", ")))
                };
                self.error(at, format!("unknown passage \"{passage}\""), hint);
            }
            (Some(&other), _) if other != section => self.warning(
                at,
                format!("passage \"{passage}\" is in another section"),
                Some(
                    "students see it quoted under the prompt, away from the passages around it"
                        .into(),
                ),
            ),
            (Some(_), _) => {}
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
}

/// Whether a picture's file name is one the app shows: PNG or JPEG.
pub fn is_picture_file_name(path: &str) -> bool {
    let lower = path.to_lowercase();
    [".png", ".jpg", ".jpeg"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

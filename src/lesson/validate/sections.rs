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
        self.not_empty(
            &format!("{path}.title"),
            &section.title,
            Field::SectionTitle,
        );
        if section.passages.len() > MAX_PASSAGES_PER_SECTION {
            self.error(
                &format!("{path}.passages"),
                tr!(
                    "check-too-many-passages",
                    count = section.passages.len(),
                    max = MAX_PASSAGES_PER_SECTION
                ),
                Some(tr!("check-split-section-hint")),
            );
        }
        if section.prompts.len() > MAX_PROMPTS_PER_SECTION {
            self.error(
                &format!("{path}.prompts"),
                tr!(
                    "check-too-many-prompts",
                    count = section.prompts.len(),
                    max = MAX_PROMPTS_PER_SECTION
                ),
                Some(tr!("check-split-section-hint")),
            );
        }
        if section.prompts.is_empty() {
            self.warning(
                &path,
                tr!("check-section-no-prompts", id = section.id.as_str()),
                Some(tr!("check-section-no-prompts.hint")),
            );
        }
        if section.passages.is_empty()
            && section.image.is_none()
            && section.intro.trim().is_empty()
            && section.documents.is_empty()
        {
            self.warning(
                &path,
                tr!("check-section-nothing-to-read", id = section.id.as_str()),
                Some(tr!("check-section-nothing-to-read.hint")),
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
                why.message(&image.path),
                Some(tr!("check-image-path-hint")),
            );
        } else if !is_picture_file_name(&image.path) {
            self.error(
                &format!("{path}.path"),
                tr!("check-picture-not-png-or-jpeg", path = image.path.as_str()),
                Some(tr!("check-picture-not-png-or-jpeg.hint")),
            );
        } else if let Some(folder) = self.folder
            && !folder.join(&image.path).is_file()
        {
            self.warning(
                &format!("{path}.path"),
                tr!("check-picture-missing", path = image.path.as_str()),
                Some(tr!("check-picture-missing.hint")),
            );
        }
        self.not_empty(&format!("{path}.alt"), &image.alt, Field::ImageAlt);
    }

    fn passage(&mut self, lesson: &Lesson, path: &str, passage: &Passage) {
        self.id(&format!("{path}.id"), &passage.id);
        self.not_empty(&format!("{path}.text"), &passage.text, Field::PassageText);
        if lesson.speaker(&passage.speaker).is_none() {
            let ids = lesson.speakers.iter().map(|s| s.id.as_str());
            let hint = match closest(&passage.speaker, ids.clone()) {
                Some(near) => tr!("check-did-you-mean", near = near),
                None if lesson.speakers.is_empty() => {
                    tr!("check-unknown-speaker.hint-no-speakers")
                }
                None => tr!(
                    "check-unknown-speaker.hint-list",
                    ids = ids.collect::<Vec<_>>().join(", ")
                ),
            };
            self.error(
                &format!("{path}.speaker"),
                tr!("check-unknown-speaker", id = passage.speaker.as_str()),
                Some(hint),
            );
        }
        if let Some(source) = &passage.source
            && !lesson.sources.iter().any(|s| &s.id == source)
        {
            let hint = closest(source, lesson.sources.iter().map(|s| s.id.as_str()))
                .map(|near| tr!("check-did-you-mean", near = near));
            self.error(
                &format!("{path}.source"),
                tr!("check-unknown-source", id = source.as_str()),
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
        self.not_empty(&format!("{path}.text"), &prompt.text, Field::PromptText);
        self.points_and_rubric(path, prompt);
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
                        tr!("check-scale-backwards", min = *min, max = *max),
                        Some(tr!("check-scale-backwards.hint")),
                    );
                } else if points > MAX_SCALE_POINTS {
                    self.error(
                        &format!("{path}.max"),
                        tr!(
                            "check-scale-too-long",
                            min = *min,
                            max = *max,
                            points = points,
                            limit = MAX_SCALE_POINTS
                        ),
                        Some(tr!("check-scale-too-long.hint")),
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
                    // A default tag the lesson's own `tags` replaced: say so,
                    // and how to keep it.
                    let replaced = crate::lesson::model::default_tags()
                        .into_iter()
                        .find(|t| &t.id == tag);
                    let (message, hint) =
                        match (replaced, closest(tag, tag_ids.iter().map(String::as_str))) {
                            (Some(default), _) => (
                                tr!("check-unknown-tag-replaced", id = tag.as_str()),
                                tr!(
                                    "check-unknown-tag-replaced.hint",
                                    id = tag.as_str(),
                                    label = default.label.as_str(),
                                    colour = default.colour.as_str()
                                ),
                            ),
                            (None, Some(near)) => (
                                tr!("check-unknown-tag", id = tag.as_str()),
                                tr!("check-did-you-mean", near = near),
                            ),
                            (None, None) => (
                                tr!("check-unknown-tag", id = tag.as_str()),
                                tr!("check-unknown-tag.hint-list", ids = tag_ids.join(", ")),
                            ),
                        };
                    self.error(&format!("{path}.tag"), message, Some(hint));
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
                        tr!(
                            "check-paragraph-document-not-named",
                            id = passage,
                            document = document.as_str()
                        ),
                        Some(tr!(
                            "check-paragraph-document-not-named.hint",
                            document = document.as_str()
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
                        .map(|near| tr!("check-did-you-mean", near = near))
                } else {
                    Some(tr!("check-unknown-passage.hint-list", ids = ids.join(", ")))
                };
                self.error(at, tr!("check-unknown-passage", id = passage), hint);
            }
            (Some(&other), _) if other != section => self.warning(
                at,
                tr!("check-passage-in-other-section", id = passage),
                Some(tr!("check-passage-in-other-section.hint")),
            ),
            (Some(_), _) => {}
        }
    }

    /// `points` from 1 to [`MAX_POINTS`]; a rubric of two to
    /// [`MAX_RUBRIC_LEVELS`] labelled levels, none worth more than the
    /// question, each worth its own number of points.
    fn points_and_rubric(&mut self, path: &str, prompt: &Prompt) {
        match prompt.points {
            Some(0) => self.error(
                &format!("{path}.points"),
                tr!("check-points-zero"),
                Some(tr!("check-points-zero.hint", max = MAX_POINTS)),
            ),
            Some(points) if points > MAX_POINTS => self.error(
                &format!("{path}.points"),
                tr!("check-points-too-many", points = points, max = MAX_POINTS),
                Some(tr!("check-points-too-many.hint", max = MAX_POINTS)),
            ),
            _ => {}
        }
        let rubric = &prompt.rubric;
        let at = format!("{path}.rubric");
        if rubric.len() == 1 {
            self.error(
                &at,
                tr!("check-rubric-one-level"),
                Some(tr!("check-rubric-one-level.hint")),
            );
        } else if rubric.len() > MAX_RUBRIC_LEVELS {
            self.error(
                &at,
                tr!(
                    "check-rubric-too-many-levels",
                    count = rubric.len(),
                    max = MAX_RUBRIC_LEVELS
                ),
                Some(tr!("check-rubric-too-many-levels.hint")),
            );
        }
        for (i, level) in rubric.iter().enumerate() {
            let level_at = format!("{at}[{i}]");
            if level.label.trim().is_empty() {
                self.error(
                    &format!("{level_at}.label"),
                    tr!("check-rubric-empty-label"),
                    Some(tr!("check-rubric-empty-label.hint")),
                );
            }
            let most = prompt.points.unwrap_or(MAX_POINTS);
            if level.points > most {
                self.error(
                    &format!("{level_at}.points"),
                    tr!(
                        "check-rubric-level-over",
                        label = level.label.as_str(),
                        level = level.points,
                        points = most
                    ),
                    Some(tr!(
                        "check-rubric-level-over.hint",
                        level = level.points,
                        points = most
                    )),
                );
            }
            if let Some(first) = rubric[..i].iter().find(|l| l.points == level.points) {
                self.warning(
                    &format!("{level_at}.points"),
                    tr!(
                        "check-rubric-same-points",
                        first = first.label.as_str(),
                        second = level.label.as_str(),
                        points = level.points
                    ),
                    Some(tr!("check-rubric-same-points.hint")),
                );
            }
        }
    }

    fn options(&mut self, path: &str, options: &[String]) {
        if options.len() < 2 {
            self.error(
                &format!("{path}.options"),
                tr!("check-too-few-options", count = options.len()),
                Some(tr!("check-too-few-options.hint")),
            );
        } else if options.len() > MAX_OPTIONS {
            self.error(
                &format!("{path}.options"),
                tr!(
                    "check-too-many-options",
                    count = options.len(),
                    max = MAX_OPTIONS
                ),
                Some(tr!("check-too-many-options.hint")),
            );
        }
        let mut seen = HashSet::new();
        for (i, option) in options.iter().enumerate() {
            let option_path = format!("{path}.options[{i}]");
            self.not_empty(&option_path, option, Field::Option);
            if !option.trim().is_empty() && !seen.insert(option.trim()) {
                self.warning(
                    &option_path,
                    tr!("check-option-twice", option = option.as_str()),
                    None,
                );
            }
        }
    }

    fn answer_key(&mut self, path: &str, answer: usize, options: usize) {
        if answer == 0 || answer > options {
            self.error(
                path,
                tr!(
                    "check-answer-not-an-option",
                    answer = answer,
                    count = options
                ),
                Some(tr!("check-answer-not-an-option.hint", count = options)),
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

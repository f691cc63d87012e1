//! Lessons compiled into the binary, so the app works with no lessons folder.

/// A lesson file shipped inside the binary.
#[derive(Debug, Clone, Copy)]
pub struct BundledLesson {
    /// The file name it has in `lessons/`.
    pub file_name: &'static str,
    /// The file's text.
    pub text: &'static str,
}

/// Every bundled lesson, in the order the start screen lists them.
pub const BUNDLED_LESSONS: &[BundledLesson] = &[BundledLesson {
    file_name: "social-credit.ron",
    text: include_str!("../../lessons/social-credit.ron"),
}];

/// The template lesson (`lessons/template.ron`: one section with every
/// prompt kind), for unit tests.
#[cfg(test)]
#[allow(clippy::expect_used)]
pub(crate) fn template_lesson() -> crate::lesson::Lesson {
    crate::lesson::check_lesson(include_str!("../../lessons/template.ron").as_bytes(), None)
        .lesson
        .expect("the template is a valid lesson")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::check_lesson;

    #[test]
    fn bundled_lessons_load_without_errors_or_warnings() {
        for bundled in BUNDLED_LESSONS {
            let report = check_lesson(bundled.text.as_bytes(), None);
            let rendered: Vec<String> = report
                .diagnostics
                .iter()
                .map(|d| d.render(bundled.file_name))
                .collect();
            assert!(rendered.is_empty(), "{}", rendered.join("\n"));
            assert!(report.lesson.is_some());
        }
    }

    /// The bundled lesson's labels never give away what its questions ask
    /// students to work out. Each row: a question, and what it asks them to
    /// find, which no speaker's name or description may say.
    #[test]
    fn no_speaker_label_gives_away_what_a_question_asks() {
        let lesson = check_lesson(BUNDLED_LESSONS[0].text.as_bytes(), None)
            .lesson
            .expect("bundled lesson");
        let asked: [(&str, &[&str]); 4] = [
            // The source check: who Ohlberg is, from the transcript alone
            // (which names only "Ohlberg").
            (
                "pilots-source-card",
                &[
                    "mareike",
                    "researcher",
                    "chinese politics",
                    "merics",
                    "mercator",
                    "marshall",
                    "expert",
                ],
            ),
            // Whose voices are missing: is a researcher heard?
            ("global-missing", &["researcher", "chinese politics"]),
            // Who says "The world's first digital dictatorship"?
            ("opening-who", &["clip", "narrator"]),
            // Who is NowThis: its owner, its money, its audience.
            (
                "the-page-who",
                &[
                    "company",
                    "owned",
                    "money",
                    "advert",
                    "social media",
                    "audience",
                ],
            ),
        ];
        let prompts: Vec<&crate::lesson::Prompt> = lesson.prompts().collect();
        for (id, _) in asked {
            let prompt = prompts.iter().find(|p| p.id == id);
            assert!(
                prompt.is_some(),
                "the lesson no longer has {id}: update this test"
            );
        }
        let ohlberg = lesson.speaker("ohlberg").expect("Ohlberg");
        let label = format!("{} {}", ohlberg.name, ohlberg.about).to_lowercase();
        for secret in asked[0].1.iter().chain(asked[1].1) {
            assert!(
                !label.contains(secret),
                "Ohlberg's label says {secret:?}: {label}"
            );
        }
        assert_ne!(
            ohlberg.role,
            crate::lesson::SpeakerRole::Expert,
            "the role is shown as “expert”"
        );
        // The lines whose voice the capture does not mark are labelled so,
        // never as the clip or the narrator the question asks about.
        for passage in ["opening-5", "misuse-4"] {
            let speaker = lesson.passage(passage).map(|p| p.speaker.as_str());
            assert_eq!(speaker, Some("unmarked"), "{passage}");
        }
        let unmarked = lesson.speaker("unmarked").expect("the unmarked voice");
        let label = unmarked.name.to_lowercase();
        for secret in asked[2].1 {
            assert!(!label.contains(secret), "{label}");
        }
        let narrator = lesson.speaker("narrator").expect("the narrator");
        let label = format!("{} {}", narrator.name, narrator.about).to_lowercase();
        for secret in asked[3].1 {
            assert!(
                !label.contains(secret),
                "the narrator's label says {secret:?}: {label}"
            );
        }
        // The source cards' buttons show on the sections before the
        // questions they answer: their titles and kinds give nothing away.
        for document in &lesson.documents {
            let label = format!(
                "{} ({})",
                document.title,
                crate::wording::document_kind(document.kind)
            )
            .to_lowercase();
            for secret in asked[0].1.iter().chain(asked[1].1).chain(asked[3].1) {
                assert!(
                    !label.contains(secret),
                    "the button for {} says {secret:?}",
                    document.id
                );
            }
        }
        // The source check works from the transcript: it does not name her either.
        let card = prompts
            .iter()
            .find(|p| p.id == "pilots-source-card")
            .expect("card");
        assert!(!card.text.contains("Mareike"), "{}", card.text);
    }

    /// Lower case, with curly quotes made straight, for comparing texts.
    fn plain(text: &str) -> String {
        text.to_lowercase()
            .replace(['\u{2018}', '\u{2019}'], "'")
            .replace(['\u{201c}', '\u{201d}'], "\"")
    }

    /// Nothing shown to students before or beside a question hands over
    /// its answer: no passage note, section intro, prompt hint or source
    /// note contains the text of an answer-key option of a prompt in the
    /// same section or a later one (source notes are shown throughout).
    /// Options shorter than 12 characters are left out: a common word is
    /// not a give-away.
    #[test]
    fn no_note_or_hint_gives_away_an_answer_key() {
        const SHORTEST: usize = 12;
        for bundled in BUNDLED_LESSONS {
            let lesson = check_lesson(bundled.text.as_bytes(), None)
                .lesson
                .expect("bundled lesson");
            // Each keyed option, with the section its prompt is in.
            let mut keyed: Vec<(usize, &str, String)> = Vec::new();
            for (at, section) in lesson.sections.iter().enumerate() {
                for prompt in &section.prompts {
                    let (options, answers): (&[String], Vec<usize>) = match &prompt.kind {
                        crate::lesson::PromptKind::Choice {
                            options,
                            answer: Some(n),
                        } => (options, vec![*n]),
                        crate::lesson::PromptKind::Choices { options, answers } => {
                            (options, answers.clone())
                        }
                        _ => continue,
                    };
                    for n in answers {
                        let option = &options[n - 1];
                        if option.chars().count() >= SHORTEST {
                            keyed.push((at, prompt.id.as_str(), plain(option)));
                        }
                    }
                }
            }
            assert!(!keyed.is_empty(), "{}: no keyed options", bundled.file_name);
            // Each text shown to students, with the first section it is shown in.
            let mut shown: Vec<(usize, String, &str)> = Vec::new();
            for source in &lesson.sources {
                shown.push((0, format!("source {} note", source.id), &source.note));
                shown.push((
                    0,
                    format!("source {} obtained", source.id),
                    &source.obtained,
                ));
            }
            for (at, section) in lesson.sections.iter().enumerate() {
                shown.push((at, format!("section {} intro", section.id), &section.intro));
                for passage in &section.passages {
                    if let Some(note) = &passage.note {
                        shown.push((at, format!("passage {} note", passage.id), note));
                    }
                }
                for prompt in &section.prompts {
                    if let Some(hint) = &prompt.hint {
                        shown.push((at, format!("prompt {} hint", prompt.id), hint));
                    }
                }
            }
            let mut given_away = Vec::new();
            for (shown_at, what, text) in &shown {
                let text = plain(text);
                for (asked_at, prompt, option) in &keyed {
                    if asked_at >= shown_at && text.contains(option.as_str()) {
                        given_away.push(format!(
                            "{}: the {what} says {option:?}, the key of {prompt}",
                            bundled.file_name
                        ));
                    }
                }
            }
            assert!(given_away.is_empty(), "{}", given_away.join("\n"));
        }
    }

    /// Phrases by which a question asks for the transcript (or the page)
    /// alone, before any other source.
    const ALONE: [&str; 3] = ["transcript only", "transcript alone", "page alone"];

    /// Each card opens only where a question uses it, and never before (or
    /// beside) a question that asks students to judge from the transcript
    /// alone: lateral reading comes after close reading.
    #[test]
    fn cards_open_where_used_and_after_the_transcript_only_questions() {
        for bundled in BUNDLED_LESSONS {
            let lesson = check_lesson(bundled.text.as_bytes(), None)
                .lesson
                .expect("bundled lesson");
            let mut wrong = Vec::new();
            let alone: Vec<(usize, &crate::lesson::Prompt)> = lesson
                .sections
                .iter()
                .enumerate()
                .flat_map(|(at, s)| s.prompts.iter().map(move |p| (at, p)))
                .filter(|(_, p)| ALONE.iter().any(|phrase| p.text.contains(phrase)))
                .collect();
            assert!(alone.len() >= 3, "the transcript-only questions are found");
            for (at, section) in lesson.sections.iter().enumerate() {
                for id in &section.documents {
                    let card = lesson.document(id).expect("a card the lesson has");
                    let named = format!("“{}”", card.title);
                    if !section.prompts.iter().any(|p| p.text.contains(&named)) {
                        wrong.push(format!(
                            "section {} opens {named}, but none of its questions uses it",
                            section.id
                        ));
                    }
                    // The names in the card's title ("Ohlberg", "NowThis"):
                    // a transcript-only question about them must come first.
                    let names: Vec<&str> = card
                        .title
                        .split(|c: char| !c.is_alphanumeric())
                        .skip(1)
                        .filter(|w| w.len() >= 4 && w.starts_with(char::is_uppercase))
                        .collect();
                    for (asked_at, prompt) in &alone {
                        let about = names.iter().any(|n| prompt.text.contains(n));
                        if *asked_at == at || (about && *asked_at > at) {
                            wrong.push(format!(
                                "{named} is open in section {} before or beside {}, which asks for the transcript alone",
                                section.id, prompt.id
                            ));
                        }
                    }
                }
            }
            assert!(
                wrong.is_empty(),
                "{}:\n{}",
                bundled.file_name,
                wrong.join("\n")
            );
        }
    }

    /// The plan the first teacher note gives holds: every section says which
    /// lesson-length block it is in, blocks run in order, and each block's
    /// reading and required questions fit a 50-minute lesson by the count
    /// `check` uses (optional questions are homework).
    #[test]
    fn every_section_is_in_a_block_that_fits_fifty_minutes() {
        let lesson = check_lesson(BUNDLED_LESSONS[0].text.as_bytes(), None)
            .lesson
            .expect("bundled lesson");
        let mut blocks: Vec<f32> = Vec::new();
        for section in &lesson.sections {
            let note = section.teacher.as_deref().unwrap_or_default();
            let block: usize = note
                .strip_prefix("Block ")
                .and_then(|rest| rest.chars().next())
                .and_then(|c| c.to_digit(10))
                .unwrap_or_else(|| panic!("{}'s teacher note names no block: {note}", section.id))
                as usize;
            assert!(
                block == blocks.len() || block == blocks.len() + 1,
                "{} is in block {block} after block {}",
                section.id,
                blocks.len()
            );
            if block > blocks.len() {
                blocks.push(0.0);
            }
            let time = crate::lesson::timing::section_time(&lesson, section);
            blocks[block - 1] += time.reading + time.required;
        }
        assert_eq!(blocks.len(), 4, "four lessons, as the notes and README say");
        for (n, minutes) in blocks.iter().enumerate() {
            assert!(
                *minutes <= 50.0,
                "block {} needs {minutes:.0} minutes",
                n + 1
            );
        }
    }
}

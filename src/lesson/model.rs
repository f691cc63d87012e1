//! The lesson model: plain data, exactly what a teacher writes in a `.ron` file.
//!
//! Field names are short and say what they are; every field with a sensible
//! default may be left out, so a minimal lesson is a dozen lines. The UI and
//! the exporters read these types; nothing here knows about egui.

use serde::{Deserialize, Serialize};

use crate::tr;

pub use super::document::Document;
pub use super::prompt::{Prompt, PromptKind};

/// A whole lesson: metadata, sources, the people who speak, tags, glossary and
/// sections.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Stable id: student work is filed under it. Letters, digits, `-` and `_`.
    pub id: String,
    /// The title students see.
    pub title: String,
    /// The lesson's own version, shown in exports (e.g. `"1.2"`).
    #[serde(default = "default_version")]
    pub version: String,
    /// Language of the lesson text as a BCP 47 tag (`"en"`, `"fr"`, `"zh-Hans"`).
    #[serde(default = "default_language")]
    pub language: String,
    /// Who the lesson is for, in words (`"Ages 13–16"`).
    #[serde(default)]
    pub audience: String,
    /// Estimated time in minutes.
    #[serde(default)]
    pub minutes: Option<u32>,
    /// Who wrote the lesson.
    #[serde(default)]
    pub authors: Vec<String>,
    /// Licence of the lesson text (not of the quoted source).
    #[serde(default)]
    pub licence: String,
    /// One or two sentences shown on the start screen.
    #[serde(default)]
    pub summary: String,
    /// Where the excerpts come from.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The voices in the excerpts; passages name one of these by id.
    #[serde(default)]
    pub speakers: Vec<Speaker>,
    /// Annotation tags students mark the text with. Empty means the default set.
    #[serde(default)]
    pub tags: Vec<Tag>,
    /// Words students may not know; marked wherever they appear in passages.
    #[serde(default)]
    pub glossary: Vec<Term>,
    /// Other sources students read beside the transcript (source cards);
    /// sections name the ones they use.
    #[serde(default)]
    pub documents: Vec<Document>,
    /// The lesson's sections, in reading order.
    pub sections: Vec<Section>,
}

fn default_version() -> String {
    "1".to_owned()
}

fn default_language() -> String {
    "en".to_owned()
}

/// A source the excerpts are taken from, with what is known of its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable id, referred to by passages.
    pub id: String,
    /// Title of the original work.
    pub title: String,
    /// Who published it.
    #[serde(default)]
    pub publisher: String,
    /// What kind of work it is.
    #[serde(default)]
    pub kind: SourceKind,
    /// Web address, if known. Leave it out rather than guess.
    #[serde(default)]
    pub address: Option<String>,
    /// Publication date, if known, as written (`"2019-03-01"`, `"March 2019"`).
    #[serde(default)]
    pub date: Option<String>,
    /// The video to watch passages in, if there is one: a file beside the
    /// lesson (`"video/explainer.mp4"`) or an `https://` address. Passages
    /// with a `time` get a "Watch from" button (`super::video`).
    #[serde(default)]
    pub video: Option<String>,
    /// How the transcript or text was obtained (captured from a page, transcribed by…).
    #[serde(default)]
    pub obtained: String,
    /// Anything else students or teachers should know about the source.
    #[serde(default)]
    pub note: String,
}

/// What kind of work a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum SourceKind {
    /// A video (explainer, news report, documentary).
    Video,
    /// Audio (podcast, radio).
    Audio,
    /// A written article.
    Article,
    /// A speech.
    Speech,
    /// An interview.
    Interview,
    /// A web page.
    WebPage,
    /// Social media post or thread.
    SocialMedia,
    /// Anything else.
    #[default]
    Other,
}

/// A voice in the excerpts: the narrator, a news clip, a named expert…
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    /// Stable id, used by passages' `speaker` field.
    pub id: String,
    /// The label shown before the speaker's passages.
    pub name: String,
    /// What role the speaker plays; decides how the label is styled.
    #[serde(default)]
    pub role: SpeakerRole,
    /// Who they are, in a sentence (shown when the label is hovered or focused).
    #[serde(default)]
    pub about: String,
}

/// The role a speaker plays in a transcript.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum SpeakerRole {
    /// The main voice of the piece.
    Narrator,
    /// A clip of other coverage quoted inside the piece.
    Clip,
    /// A named expert or interviewee.
    Expert,
    /// An official or spokesperson.
    Official,
    /// A member of the public.
    Public,
    /// Anyone else.
    #[default]
    Other,
    /// Captions and other text shown on screen, not spoken.
    OnScreen,
}

/// An annotation tag: a colour **and** a text label, never colour alone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tag {
    /// Stable id, stored with each highlight.
    pub id: String,
    /// The label shown on the highlight.
    pub label: String,
    /// Colour as `"#rrggbb"`.
    pub colour: String,
    /// What counts as this tag, for students.
    #[serde(default)]
    pub description: String,
}

impl Tag {
    /// The tag's colour as red, green and blue, if it is written `"#rrggbb"`.
    pub fn rgb(&self) -> Option<[u8; 3]> {
        let hex = self.colour.strip_prefix('#')?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some([channel(0)?, channel(2)?, channel(4)?])
    }
}

/// A glossary entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The word or phrase as it appears in the text.
    pub term: String,
    /// How to say it, or its romanisation (pinyin for Chinese).
    #[serde(default)]
    pub pronunciation: Option<String>,
    /// What it means, in words a 12-year-old knows.
    pub definition: String,
    /// Other forms of the term to mark in the text (plurals, spellings).
    #[serde(default)]
    pub also: Vec<String>,
}

impl Term {
    /// Every form of the term that should be marked in passages.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.term.as_str()).chain(self.also.iter().map(String::as_str))
    }
}

/// One section: an excerpt to read and the prompts about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id: notes for the section are filed under it.
    pub id: String,
    /// Section title.
    pub title: String,
    /// A short lead-in for students: what to read for.
    #[serde(default)]
    pub intro: String,
    /// An optional picture, stored beside the lesson file.
    #[serde(default)]
    pub image: Option<Image>,
    /// The excerpt: passages in order.
    #[serde(default)]
    pub passages: Vec<Passage>,
    /// Ids of documents students read beside this section's excerpt.
    #[serde(default)]
    pub documents: Vec<String>,
    /// Questions about the excerpt.
    #[serde(default)]
    pub prompts: Vec<Prompt>,
    /// Notes for the teacher about the section (not shown to students).
    #[serde(default)]
    pub teacher: Option<String>,
    /// How long the section takes, in minutes (optional; when sections
    /// have them, the lesson's estimate is their sum).
    #[serde(default)]
    pub minutes: Option<u32>,
}

/// A picture stored in the lesson's folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Image {
    /// Path relative to the lesson file, with `/` between folders.
    pub path: String,
    /// What the picture shows, for students who cannot see it.
    pub alt: String,
}

/// One speaker-labelled piece of the excerpt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Passage {
    /// Stable id: highlights and evidence answers point at it.
    pub id: String,
    /// Id of a speaker in the lesson's `speakers` list.
    pub speaker: String,
    /// The words, quoted verbatim.
    pub text: String,
    /// Where in the source this is, as written (`"1:05"`).
    #[serde(default)]
    pub time: Option<String>,
    /// A context note shown beside the passage.
    #[serde(default)]
    pub note: Option<String>,
    /// Id of the source; defaults to the lesson's first source.
    #[serde(default)]
    pub source: Option<String>,
}

impl Lesson {
    /// Number of prompts in all sections.
    pub fn prompt_count(&self) -> usize {
        self.sections.iter().map(|s| s.prompts.len()).sum()
    }

    /// Every prompt of every section, in order.
    pub fn prompts(&self) -> impl Iterator<Item = &Prompt> {
        self.sections.iter().flat_map(|s| &s.prompts)
    }

    /// How long the lesson takes, in minutes: the sum of the sections'
    /// minutes when any section has them, else the lesson's own `minutes`.
    pub fn estimated_minutes(&self) -> Option<u32> {
        let sections: Vec<u32> = self.sections.iter().filter_map(|s| s.minutes).collect();
        if sections.is_empty() {
            self.minutes
        } else {
            Some(sections.iter().sum())
        }
    }

    /// The speaker with this id, if the lesson has one.
    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.id == id)
    }

    /// The passage with this id, in whichever section it is.
    pub fn passage(&self, id: &str) -> Option<&Passage> {
        self.sections
            .iter()
            .flat_map(|s| &s.passages)
            .find(|p| p.id == id)
    }

    /// The annotation tag with this id, if the lesson (or the default set) has it.
    pub fn tag(&self, id: &str) -> Option<&Tag> {
        self.annotation_tags().iter().find(|t| t.id == id)
    }

    /// The tags students annotate with: the lesson's own, or the default set.
    /// Borrowed, so the screens can ask every frame without copying.
    pub fn annotation_tags(&self) -> &[Tag] {
        static DEFAULT: std::sync::LazyLock<Vec<Tag>> = std::sync::LazyLock::new(default_tags);
        if self.tags.is_empty() {
            &DEFAULT
        } else {
            &self.tags
        }
    }
}

/// The tag set used when a lesson names none: the ids and colours are
/// fixed (highlights store the id), the labels and descriptions are words.
pub fn default_tags() -> Vec<Tag> {
    [
        (
            "claim",
            tr!("sys-tag-claim"),
            "#1f6fb4",
            tr!("sys-tag-claim.description"),
        ),
        (
            "evidence",
            tr!("sys-tag-evidence"),
            "#2a8a3e",
            tr!("sys-tag-evidence.description"),
        ),
        (
            "loaded",
            tr!("sys-tag-loaded"),
            "#c2410c",
            tr!("sys-tag-loaded.description"),
        ),
        (
            "source",
            tr!("sys-tag-source"),
            "#7c3aed",
            tr!("sys-tag-source.description"),
        ),
        (
            "opinion",
            tr!("sys-tag-opinion"),
            "#a16207",
            tr!("sys-tag-opinion.description"),
        ),
    ]
    .into_iter()
    .map(|(id, label, colour, description)| Tag {
        id: id.to_owned(),
        label,
        colour: colour.to_owned(),
        description,
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_tags_have_words_and_fixed_ids() {
        let tags = default_tags();
        let ids: Vec<&str> = tags.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["claim", "evidence", "loaded", "source", "opinion"]);
        assert_eq!(tags[2].label, "Loaded language");
        assert_eq!(
            tags[2].description,
            "Words chosen to make you feel something."
        );
        assert!(
            tags.iter()
                .all(|t| !t.label.is_empty() && !t.description.is_empty() && t.rgb().is_some())
        );
    }

    #[test]
    fn colours_are_hex_triplets() {
        let tag = |colour: &str| Tag {
            id: "t".into(),
            label: "T".into(),
            colour: colour.into(),
            description: String::new(),
        };
        assert_eq!(tag("#1f6fB4").rgb(), Some([0x1f, 0x6f, 0xb4]));
        for bad in ["1f6fb4", "#1f6fb", "#1f6fb4ff", "#gg0000", "red", "#ééé"] {
            assert_eq!(tag(bad).rgb(), None, "{bad}");
        }
    }
}

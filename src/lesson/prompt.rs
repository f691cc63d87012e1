//! Prompts: the questions of a section.
//!
//! In a lesson file each prompt kind is written as its own variant with flat
//! fields (`Choice(id: "q1", text: "…", options: […])`); in code every prompt
//! is a [`Prompt`] with the fields all kinds share and a [`PromptKind`].
//!
//! Why the file form is a second type (`PromptSpec`) and not serde
//! attributes on [`Prompt`]: the shared fields would need
//! `#[serde(flatten)]` inside each variant, and serde's flatten reads a
//! variant as a map: it cannot be combined with `deny_unknown_fields` (a
//! misspelt field would pass silently, where `check` now names it and
//! suggests the right one), and RON then loses the positions its errors
//! report. The mirror keeps both; `From` both ways is all it costs.

use serde::{Deserialize, Serialize};

/// A question students answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "PromptSpec", into = "PromptSpec")]
pub struct Prompt {
    /// Stable id: the student's answer is filed under it.
    pub id: String,
    /// The question, as students see it.
    pub text: String,
    /// A hint students can ask for.
    pub hint: Option<String>,
    /// A note for the teacher (not shown to students).
    pub teacher: Option<String>,
    /// Students may leave it out (marked "Optional"; progress counts it
    /// apart).
    pub optional: bool,
    /// What the question is worth (`points: 2`); `None`: a keyed choice
    /// question is worth 1, a question with a rubric its top level, any
    /// other is not marked out of anything.
    pub points: Option<u32>,
    /// The levels a written answer is marked by, lowest first as written;
    /// empty without a rubric.
    pub rubric: Vec<RubricLevel>,
    /// What kind of answer is wanted.
    pub kind: PromptKind,
}

/// One level of a rubric: `(label: "Cites the text", description: "…",
/// points: 2)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Level")]
pub struct RubricLevel {
    /// Its short name ("Cites the text").
    pub label: String,
    /// What an answer at this level does.
    #[serde(default)]
    pub description: String,
    /// The points it gives.
    pub points: u32,
}

impl Prompt {
    /// What the question is marked out of: its `points`, else its
    /// rubric's top level, else 1 for a choice question with a key;
    /// `None` for a question that is not marked out of anything.
    pub fn out_of(&self) -> Option<u32> {
        self.points
            .or_else(|| self.rubric.iter().map(|l| l.points).max())
            .or_else(|| self.answer_key().map(|_| 1))
    }

    /// The rubric level worth exactly `mark` points (the first, where
    /// levels share a value), if any.
    pub fn rubric_level(&self, mark: f32) -> Option<&RubricLevel> {
        self.rubric.iter().find(|l| l.points as f32 == mark)
    }

    /// Whether the answer is a value on a scale.
    pub fn is_rating(&self) -> bool {
        matches!(self.kind, PromptKind::Rating { .. })
    }

    /// The text of the options chosen by 0-based position, in the order
    /// chosen (empty for prompts without options; positions the lesson no
    /// longer has are left out).
    pub fn chosen_options(&self, chosen: &[usize]) -> Vec<&str> {
        match &self.kind {
            PromptKind::Choice { options, .. } | PromptKind::Choices { options, .. } => chosen
                .iter()
                .filter_map(|&i| options.get(i).map(String::as_str))
                .collect(),
            PromptKind::Open
            | PromptKind::Short
            | PromptKind::Rating { .. }
            | PromptKind::Evidence { .. } => Vec::new(),
        }
    }

    /// The answer key in words ("Opinion", "Fact; Claim without evidence"),
    /// for choice prompts that have one.
    pub fn answer_key(&self) -> Option<String> {
        let named = |options: &[String], numbers: &[usize]| {
            numbers
                .iter()
                .filter_map(|&n| n.checked_sub(1).and_then(|i| options.get(i)))
                .cloned()
                .collect::<Vec<_>>()
                .join("; ")
        };
        match &self.kind {
            PromptKind::Choice {
                options,
                answer: Some(n),
            } => Some(named(options, &[*n])),
            PromptKind::Choices { options, answers } if !answers.is_empty() => {
                Some(named(options, answers))
            }
            PromptKind::Choice { answer: None, .. }
            | PromptKind::Choices { .. }
            | PromptKind::Open
            | PromptKind::Short
            | PromptKind::Rating { .. }
            | PromptKind::Evidence { .. } => None,
        }
        .filter(|key| !key.is_empty())
    }
}

/// The kinds of answer a prompt asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKind {
    /// A written answer of any length.
    Open,
    /// A one-line answer.
    Short,
    /// Pick one option. `answer` is the 1-based number of the expected option, if any.
    Choice {
        /// The options, in order.
        options: Vec<String>,
        /// 1-based number of the expected option, if there is one.
        answer: Option<usize>,
    },
    /// Pick any number of options. `answers` are 1-based numbers of expected options.
    Choices {
        /// The options, in order.
        options: Vec<String>,
        /// 1-based numbers of the expected options (may be empty).
        answers: Vec<usize>,
    },
    /// A number on a scale plus a written justification, which is required.
    Rating {
        /// Lowest value on the scale.
        min: i32,
        /// Highest value on the scale.
        max: i32,
        /// What the lowest value means (`"Not fair at all"`).
        low: String,
        /// What the highest value means (`"Completely fair"`).
        high: String,
    },
    /// A written answer that cites a passage.
    Evidence {
        /// The passage the prompt asks about; `None` (and no `passages`)
        /// lets the student pick any.
        passage: Option<String>,
        /// More passages the prompt asks about, to compare.
        passages: Vec<String>,
        /// An annotation tag the student is asked to look for, if any.
        tag: Option<String>,
    },
}

impl PromptKind {
    /// The passages an evidence prompt asks about (`passage`, then
    /// `passages`); empty for other kinds, and when the student picks.
    pub fn asked_passages(&self) -> Vec<&str> {
        match self {
            Self::Evidence {
                passage, passages, ..
            } => passage.iter().chain(passages).map(String::as_str).collect(),
            Self::Open
            | Self::Short
            | Self::Choice { .. }
            | Self::Choices { .. }
            | Self::Rating { .. } => Vec::new(),
        }
    }
}

/// A prompt as written in a lesson file: one variant per kind, flat fields.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
enum PromptSpec {
    Open {
        id: String,
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hint: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        teacher: Option<String>,
        #[serde(default, skip_serializing_if = "is_false")]
        optional: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        points: Option<u32>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        rubric: Vec<RubricLevel>,
    },
    Short {
        id: String,
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hint: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        teacher: Option<String>,
        #[serde(default, skip_serializing_if = "is_false")]
        optional: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        points: Option<u32>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        rubric: Vec<RubricLevel>,
    },
    Choice {
        id: String,
        text: String,
        options: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        answer: Option<usize>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hint: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        teacher: Option<String>,
        #[serde(default, skip_serializing_if = "is_false")]
        optional: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        points: Option<u32>,
    },
    Choices {
        id: String,
        text: String,
        options: Vec<String>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        answers: Vec<usize>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hint: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        teacher: Option<String>,
        #[serde(default, skip_serializing_if = "is_false")]
        optional: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        points: Option<u32>,
    },
    Rating {
        id: String,
        text: String,
        #[serde(default = "default_min")]
        min: i32,
        #[serde(default = "default_max")]
        max: i32,
        #[serde(default)]
        low: String,
        #[serde(default)]
        high: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hint: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        teacher: Option<String>,
        #[serde(default, skip_serializing_if = "is_false")]
        optional: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        points: Option<u32>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        rubric: Vec<RubricLevel>,
    },
    Evidence {
        id: String,
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        passage: Option<String>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        passages: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tag: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hint: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        teacher: Option<String>,
        #[serde(default, skip_serializing_if = "is_false")]
        optional: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        points: Option<u32>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        rubric: Vec<RubricLevel>,
    },
}

/// For `skip_serializing_if`: `optional: false` is not written.
fn is_false(value: &bool) -> bool {
    !value
}

fn default_min() -> i32 {
    1
}

fn default_max() -> i32 {
    5
}

impl From<PromptSpec> for Prompt {
    fn from(spec: PromptSpec) -> Self {
        /// The fields every kind shares, then the kind.
        type Parts = (
            String,
            String,
            Option<String>,
            Option<String>,
            bool,
            Option<u32>,
            Vec<RubricLevel>,
            PromptKind,
        );
        let parts: Parts = match spec {
            PromptSpec::Open {
                id,
                text,
                hint,
                teacher,
                optional,
                points,
                rubric,
            } => (
                id,
                text,
                hint,
                teacher,
                optional,
                points,
                rubric,
                PromptKind::Open,
            ),
            PromptSpec::Short {
                id,
                text,
                hint,
                teacher,
                optional,
                points,
                rubric,
            } => (
                id,
                text,
                hint,
                teacher,
                optional,
                points,
                rubric,
                PromptKind::Short,
            ),
            PromptSpec::Choice {
                id,
                text,
                options,
                answer,
                hint,
                teacher,
                optional,
                points,
            } => (
                id,
                text,
                hint,
                teacher,
                optional,
                points,
                Vec::new(),
                PromptKind::Choice { options, answer },
            ),
            PromptSpec::Choices {
                id,
                text,
                options,
                answers,
                hint,
                teacher,
                optional,
                points,
            } => (
                id,
                text,
                hint,
                teacher,
                optional,
                points,
                Vec::new(),
                PromptKind::Choices { options, answers },
            ),
            PromptSpec::Rating {
                id,
                text,
                min,
                max,
                low,
                high,
                hint,
                teacher,
                optional,
                points,
                rubric,
            } => (
                id,
                text,
                hint,
                teacher,
                optional,
                points,
                rubric,
                PromptKind::Rating {
                    min,
                    max,
                    low,
                    high,
                },
            ),
            PromptSpec::Evidence {
                id,
                text,
                passage,
                passages,
                tag,
                hint,
                teacher,
                optional,
                points,
                rubric,
            } => (
                id,
                text,
                hint,
                teacher,
                optional,
                points,
                rubric,
                PromptKind::Evidence {
                    passage,
                    passages,
                    tag,
                },
            ),
        };
        let (id, text, hint, teacher, optional, points, rubric, kind) = parts;
        Self {
            id,
            text,
            hint,
            teacher,
            optional,
            points,
            rubric,
            kind,
        }
    }
}

impl From<Prompt> for PromptSpec {
    fn from(prompt: Prompt) -> Self {
        let Prompt {
            id,
            text,
            hint,
            teacher,
            optional,
            points,
            rubric,
            kind,
        } = prompt;
        match kind {
            PromptKind::Open => Self::Open {
                id,
                text,
                hint,
                teacher,
                optional,
                points,
                rubric,
            },
            PromptKind::Short => Self::Short {
                id,
                text,
                hint,
                teacher,
                optional,
                points,
                rubric,
            },
            PromptKind::Choice { options, answer } => Self::Choice {
                id,
                text,
                options,
                answer,
                hint,
                teacher,
                optional,
                points,
            },
            PromptKind::Choices { options, answers } => Self::Choices {
                id,
                text,
                options,
                answers,
                hint,
                teacher,
                optional,
                points,
            },
            PromptKind::Rating {
                min,
                max,
                low,
                high,
            } => Self::Rating {
                id,
                text,
                min,
                max,
                low,
                high,
                hint,
                teacher,
                optional,
                points,
                rubric,
            },
            PromptKind::Evidence {
                passage,
                passages,
                tag,
            } => Self::Evidence {
                id,
                text,
                passage,
                passages,
                tag,
                hint,
                teacher,
                optional,
                points,
                rubric,
            },
        }
    }
}

//! Exports: a student's work on a lesson, as files a teacher can open
//! anywhere. [`ExportDoc`] gathers what every format holds; one module per
//! format renders it. Student text is always data, never markup.

mod docx;
pub(crate) mod html;
mod markdown;
mod text;

use std::path::{Path, PathBuf};

use crate::feedback::{Feedback, mark_words, marks_summary, returned_total};
use crate::lesson::{Lesson, PromptKind, SourceKind};
use crate::tr;
use crate::work::anchor::{Anchor, anchor};
use crate::work::file::WorkFile;
use crate::work::{HighlightScope, Work, highlights_by_tag, is_answered};

/// The formats work can be exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Format {
    /// Markdown (`.md`).
    Md,
    /// One self-contained web page (`.html`) that prints cleanly.
    Html,
    /// Plain text (`.txt`).
    Txt,
    /// Word (`.docx`).
    Docx,
    /// The work file itself (`.ron`), for collecting a class.
    Ron,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Self; 5] = [Self::Docx, Self::Html, Self::Md, Self::Txt, Self::Ron];

    /// The file extension, without a dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Md => "md",
            Self::Html => "html",
            Self::Txt => "txt",
            Self::Docx => "docx",
            Self::Ron => "ron",
        }
    }

    /// The format's name in menus.
    pub fn label(self) -> String {
        match self {
            Self::Md => tr!("export-format-md"),
            Self::Html => tr!("export-format-html"),
            Self::Txt => tr!("export-format-txt"),
            Self::Docx => tr!("export-format-docx"),
            Self::Ron => tr!("export-format-ron"),
        }
    }
}

/// The words every export format prints around the work ("Student:",
/// "Answer key:", "Notebook"…): one set for every renderer, looked up in
/// the word table once per export. Those ending in a colon are labels
/// followed by their text; the others are headings or words on their own.
struct Labels {
    /// "Student:"
    student: String,
    /// "Date:"
    date: String,
    /// "Lesson version:"
    version: String,
    /// "Progress:"
    progress: String,
    /// "Feedback from your teacher:"
    feedback: String,
    /// The line that says this is a teacher's copy.
    teacher_copy: String,
    /// "Source:"
    source: String,
    /// "Teacher note:"
    teacher_note: String,
    /// "Cited:", before a quoted passage.
    cited: String,
    /// "Answer", on its own.
    answer: String,
    /// "Answer:", before the answer.
    answer_label: String,
    /// "Answer key:"
    answer_key: String,
    /// "Highlights", a heading.
    highlights: String,
    /// "Highlights:", before the list.
    highlights_label: String,
    /// "Notes on this section", a heading.
    section_notes: String,
    /// "Notes on this section:", before the notes.
    section_notes_label: String,
    /// "Notebook", a heading.
    notebook: String,
    /// "(empty)": an empty notebook.
    empty: String,
    /// "No longer in the lesson", a heading: answers to removed prompts and
    /// highlights on removed text.
    removed: String,
    /// "(not answered)"
    unanswered: String,
    /// What a screen reader says for a ticked option.
    chosen: String,
    /// What a screen reader says for an option not ticked.
    not_chosen: String,
    /// "Comment:", the teacher's space in Word.
    comment: String,
}

impl Labels {
    /// The labels in the words in use.
    fn new() -> Self {
        Self {
            student: tr!("export-label-student"),
            date: tr!("export-label-date"),
            version: tr!("export-label-version"),
            progress: tr!("export-label-progress"),
            feedback: tr!("export-label-feedback"),
            teacher_copy: tr!("export-teacher-copy"),
            source: tr!("export-label-source"),
            teacher_note: tr!("export-label-teacher-note"),
            cited: tr!("export-label-cited"),
            answer: tr!("export-answer"),
            answer_label: tr!("export-label-answer"),
            answer_key: tr!("export-label-answer-key"),
            highlights: tr!("export-highlights"),
            highlights_label: tr!("export-label-highlights"),
            section_notes: tr!("export-section-notes"),
            section_notes_label: tr!("export-label-section-notes"),
            notebook: tr!("export-notebook"),
            empty: tr!("export-empty"),
            removed: tr!("export-removed-answers"),
            unanswered: tr!("export-unanswered"),
            chosen: tr!("export-option-chosen"),
            not_chosen: tr!("export-option-not-chosen"),
            comment: tr!("export-label-comment"),
        }
    }
}

/// What goes into an export besides the work.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExportOptions {
    /// Quote each section's excerpt in full (otherwise name its passages).
    pub include_excerpts: bool,
    /// The date printed on the export (`YYYY-MM-DD`).
    pub date: String,
    /// A teacher's copy: answer keys and teacher notes are added. A student's
    /// own export never has them.
    pub teacher_copy: bool,
    /// Word only: an empty "Comment:" paragraph under each answer, for the
    /// teacher to write in.
    pub comment_space: bool,
}

/// Everything an export holds, in reading order, format-free.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportDoc {
    /// Lesson title.
    pub title: String,
    /// Lesson version.
    pub version: String,
    /// Lesson language (BCP 47).
    pub language: String,
    /// The sources with their attribution, one line each.
    pub sources: Vec<String>,
    /// Who did the work.
    pub student: String,
    /// The date of the export.
    pub date: String,
    /// "12 of 33 questions answered".
    pub progress: String,
    /// The sections.
    pub sections: Vec<ExportSection>,
    /// The notebook.
    pub notebook: String,
    /// Answers to prompts the lesson no longer has: (prompt id, answer).
    pub removed: Vec<(String, String)>,
    /// This is a teacher's copy (answer keys and teacher notes included).
    pub teacher_copy: bool,
    /// Word: leave a "Comment:" paragraph under each answer.
    pub comment_space: bool,
    /// The teacher's overall feedback and the marks, once returned.
    pub feedback: Option<String>,
}

/// One section of an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSection {
    /// Section title.
    pub title: String,
    /// The excerpt: (speaker, text) pairs, or one ("", reference) line when
    /// excerpts are left out.
    pub excerpt: Vec<(String, String)>,
    /// The prompts with their answers.
    pub prompts: Vec<ExportPrompt>,
    /// The student's highlights, grouped by tag: (tag label, one line each).
    pub highlights: Vec<(String, Vec<String>)>,
    /// The section note.
    pub note: String,
    /// The teacher's note on the section (teacher's copy only).
    pub teacher_note: Option<String>,
}

/// One prompt and its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportPrompt {
    /// "Question 7 (Multiple choice): What does the video say about…": the
    /// number runs through the whole lesson, and the first words make the
    /// headings useful in a table of contents or Word's navigation pane.
    pub heading: String,
    /// The prompt's full text.
    pub text: String,
    /// For choice questions, every option offered and whether it was chosen
    /// (so a teacher sees what else was on offer).
    pub options: Vec<(String, bool)>,
    /// The written answer (or the rating and its reason), in lines.
    pub answer: Vec<String>,
    /// Whether the question counts as answered.
    pub answered: bool,
    /// A quoted passage the answer cites or is about: (speaker, text).
    pub cited: Vec<(String, String)>,
    /// The answer key, in words (teacher's copy only).
    pub key: Option<String>,
    /// The teacher's note (teacher's copy only).
    pub teacher_note: Option<String>,
    /// The teacher's feedback on the answer and its mark, once returned.
    pub feedback: Option<String>,
}

impl ExportPrompt {
    /// Whether the heading already holds the whole question (a short one),
    /// so it need not be printed again beneath it.
    pub fn heading_has_whole_text(&self) -> bool {
        self.text.split_whitespace().count() <= HEADING_WORDS
    }

    /// Whether there is nothing at all to show as the answer.
    pub fn is_blank(&self) -> bool {
        self.answer.is_empty() && !self.options.iter().any(|(_, chosen)| *chosen)
    }
}

/// A heading's worth of a question: its first words.
const HEADING_WORDS: usize = 8;

/// Student text with every kind of line break made `\n` (a lone carriage
/// return would join lines in some formats and split them in others).
fn one_kind_of_line_break(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The first words of a question, for its heading.
pub fn first_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= HEADING_WORDS {
        words.join(" ")
    } else {
        format!("{}…", words[..HEADING_WORDS].join(" "))
    }
}

impl ExportDoc {
    /// Gathers `work` on `lesson` by `student` for export.
    pub fn new(lesson: &Lesson, work: &Work, student: &str, options: &ExportOptions) -> Self {
        let progress = crate::work::lesson_progress(lesson, work);
        Self {
            title: lesson.title.clone(),
            version: lesson.version.clone(),
            language: lesson.language.clone(),
            sources: lesson
                .sources
                .iter()
                .map(attribution)
                .chain(documents_used(lesson, work).map(crate::wording::citation))
                .chain(quoted_sources_used(lesson, work))
                .collect(),
            student: student.to_owned(),
            date: options.date.clone(),
            progress: tr!(
                "export-progress",
                answered = progress.answered,
                total = progress.total,
                optional = progress.optional
            ),
            sections: lesson
                .sections
                .iter()
                .scan(0, |numbered, s| {
                    let first = *numbered + 1;
                    *numbered += s.prompts.len();
                    Some(export_section(lesson, s, work, options, first))
                })
                .collect(),
            notebook: one_kind_of_line_break(&work.notebook),
            removed: crate::work::removed_answers(lesson, work)
                .into_iter()
                .chain(crate::work::removed_highlights(lesson, work))
                .map(|(id, text)| (id, one_kind_of_line_break(&text)))
                .collect(),
            teacher_copy: options.teacher_copy,
            comment_space: options.comment_space,
            feedback: None,
        }
    }

    /// Adds the teacher's feedback on `work` (returned to the student):
    /// the overall comment and marks at the top, and each answer's comment
    /// and mark under it.
    pub fn with_feedback(mut self, lesson: &Lesson, feedback: &Feedback) -> Self {
        let mut top = Vec::new();
        let overall = feedback.overall();
        if !overall.is_empty() {
            top.push(one_kind_of_line_break(&overall));
        }
        if let Some(marks) = marks_summary(returned_total(lesson, feedback)) {
            top.push(tr!("export-marks-sentence", marks = marks));
        }
        for (id, comment) in feedback.removed_comments(lesson) {
            top.push(tr!(
                "export-removed-comment",
                prompt = id,
                comment = one_kind_of_line_break(&comment)
            ));
        }
        self.feedback = (!top.is_empty()).then(|| top.join("\n"));
        for (section, exported) in lesson.sections.iter().zip(&mut self.sections) {
            for (prompt, exported) in section.prompts.iter().zip(&mut exported.prompts) {
                let mut parts = Vec::new();
                let comment = feedback.comment(&prompt.id);
                if !comment.is_empty() {
                    parts.push(one_kind_of_line_break(&comment));
                }
                if let Some(m) = crate::feedback::returned_mark(prompt, feedback) {
                    parts.push(mark_words(m));
                }
                exported.feedback = (!parts.is_empty()).then(|| parts.join("\n"));
            }
        }
        self
    }
}

/// Where a highlight in the passage or paragraph `id` is, when it is in a
/// card: "“The survey”", and whose words those are when the card quotes
/// sources ("“The survey”, quoting …").
fn card_place(lesson: &Lesson, id: &str) -> Option<String> {
    let readable = lesson.readable(id)?;
    let title = readable.document()?.title.as_str();
    Some(
        match crate::wording::card_credit(lesson, readable.credit()) {
            Some(credit) => tr!(
                "export-card-place-credited",
                document = title,
                credit = credit
            ),
            None => tr!("export-card-place", document = title),
        },
    )
}

/// Whether the student highlighted in or cited the passage or paragraph `id`.
fn is_used(work: &Work, id: &str) -> bool {
    work.highlights.iter().any(|h| h.passage == id)
        || work
            .answers
            .values()
            .any(|a| a.cited.iter().any(|c| c == id))
}

/// The documents the student highlighted in or cited, in the lesson's
/// order: their citations join the sources, so a reader can check them.
fn documents_used<'a>(
    lesson: &'a Lesson,
    work: &'a Work,
) -> impl Iterator<Item = &'a crate::lesson::Document> {
    lesson
        .documents
        .iter()
        .filter(move |d| d.paragraphs.iter().any(|p| is_used(work, &p.id)))
}

/// Each source quoted in a paragraph the student highlighted in or cited,
/// once, in the lesson's order: the quoted words are credited to it.
fn quoted_sources_used(lesson: &Lesson, work: &Work) -> Vec<String> {
    let mut sources: Vec<String> = Vec::new();
    let quotes = lesson
        .documents
        .iter()
        .flat_map(|d| &d.paragraphs)
        .filter(|p| is_used(work, &p.id))
        .filter_map(|p| p.quote.as_ref());
    for quote in quotes {
        let source = crate::wording::quote_source(quote);
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    sources
}

fn attribution(source: &crate::lesson::Source) -> String {
    let mut parts = vec![tr!("export-source-title", title = source.title.as_str())];
    if !source.publisher.is_empty() {
        parts.push(source.publisher.clone());
    }
    if source.kind != SourceKind::Other {
        parts.push(crate::wording::source_kind_in_text(source.kind));
    }
    parts.push(match &source.date {
        Some(date) => tr!("export-source-published", date = date.as_str()),
        None => tr!("export-source-date-unknown"),
    });
    parts.push(match &source.address {
        Some(address) => address.clone(),
        None => tr!("export-source-address-unknown"),
    });
    let line = parts.join(", ");
    if source.obtained.is_empty() {
        line
    } else {
        tr!(
            "export-source-obtained",
            source = line,
            obtained = source.obtained.as_str()
        )
    }
}

fn speaker_name(lesson: &Lesson, id: &str) -> String {
    lesson
        .speaker(id)
        .map_or_else(|| id.to_owned(), |s| s.name.clone())
}

fn export_section(
    lesson: &Lesson,
    section: &crate::lesson::Section,
    work: &Work,
    options: &ExportOptions,
    first_number: usize,
) -> ExportSection {
    let excerpt = if options.include_excerpts {
        section
            .passages
            .iter()
            .map(|p| (speaker_name(lesson, &p.speaker), p.text.clone()))
            .collect()
    } else if section.passages.is_empty() {
        Vec::new()
    } else {
        vec![(
            String::new(),
            tr!("export-excerpt-left-out", count = section.passages.len()),
        )]
    };
    let prompts = section
        .prompts
        .iter()
        .enumerate()
        .map(|(i, prompt)| export_prompt(lesson, prompt, work, options, first_number + i))
        .collect();
    ExportSection {
        title: section.title.clone(),
        excerpt,
        prompts,
        highlights: highlight_groups(lesson, section, work),
        note: one_kind_of_line_break(work.section_note(&section.id)),
        teacher_note: section.teacher.clone().filter(|_| options.teacher_copy),
    }
}

/// One question with the student's answer, numbered through the lesson.
pub fn export_prompt(
    lesson: &Lesson,
    prompt: &crate::lesson::Prompt,
    work: &Work,
    options: &ExportOptions,
    number: usize,
) -> ExportPrompt {
    let answer = work.answer(&prompt.id);
    let answered = is_answered(prompt, &answer);
    let written = one_kind_of_line_break(&answer.text);
    let text_lines = |text: &str| -> Vec<String> {
        if text.trim().is_empty() {
            Vec::new()
        } else {
            text.lines().map(str::to_owned).collect()
        }
    };
    let (offered, mut lines) = match &prompt.kind {
        PromptKind::Open | PromptKind::Short | PromptKind::Evidence { .. } => {
            (Vec::new(), text_lines(&written))
        }
        PromptKind::Choice { options, .. } | PromptKind::Choices { options, .. } => (
            options
                .iter()
                .enumerate()
                .map(|(i, o)| (o.clone(), answer.chosen.contains(&i)))
                .collect(),
            Vec::new(),
        ),
        PromptKind::Rating {
            min,
            max,
            low,
            high,
        } => {
            let mut lines = Vec::new();
            if let Some(value) = answer.rating {
                lines.push(if low.is_empty() || high.is_empty() {
                    tr!("export-rating", value = value, min = *min, max = *max)
                } else {
                    tr!(
                        "export-rating-with-ends",
                        value = value,
                        min = *min,
                        max = *max,
                        low = low.as_str(),
                        high = high.as_str()
                    )
                });
            }
            let why = text_lines(&written);
            if !why.is_empty() {
                lines.push(tr!("export-rating-why"));
                lines.extend(why);
            }
            (Vec::new(), lines)
        }
    };
    if !answered && !lines.is_empty() {
        lines.push(tr!("export-unfinished"));
    }
    // The passages the prompt asks about, or those the student picked.
    let asked = prompt.kind.asked_passages();
    let cited_ids: Vec<&str> = match &prompt.kind {
        PromptKind::Evidence { .. } if asked.is_empty() => {
            answer.cited.iter().map(String::as_str).collect()
        }
        PromptKind::Evidence { .. }
        | PromptKind::Open
        | PromptKind::Short
        | PromptKind::Choice { .. }
        | PromptKind::Choices { .. }
        | PromptKind::Rating { .. } => asked,
    };
    let cited = cited_ids
        .into_iter()
        .filter_map(|id| lesson.readable(id))
        .map(|r| (r.attribution(lesson), r.text().to_owned()))
        .chain(
            answer
                .highlights
                .iter()
                .filter_map(|id| work.highlights.iter().find(|h| &h.id == id))
                .map(|h| {
                    let tag = lesson
                        .tag(&h.tag)
                        .map_or(h.tag.as_str(), |t| t.label.as_str());
                    let label = match card_place(lesson, &h.passage) {
                        Some(place) => tr!("export-cited-highlight-in", tag = tag, place = place),
                        None => tr!("export-cited-highlight", tag = tag),
                    };
                    (label, h.quote.clone())
                }),
        )
        .collect();
    ExportPrompt {
        heading: if prompt.optional {
            tr!(
                "export-question-heading-optional",
                number = number,
                kind = crate::wording::prompt_kind(&prompt.kind),
                words = first_words(&prompt.text)
            )
        } else {
            tr!(
                "export-question-heading",
                number = number,
                kind = crate::wording::prompt_kind(&prompt.kind),
                words = first_words(&prompt.text)
            )
        },
        text: prompt.text.clone(),
        options: offered,
        answer: lines,
        answered,
        cited,
        key: prompt.answer_key().filter(|_| options.teacher_copy),
        teacher_note: prompt.teacher.clone().filter(|_| options.teacher_copy),
        feedback: None,
    }
}

/// The section's highlights grouped by tag, in the lesson's tag order, each as
/// `“words”: comment`, marked when the teacher has since changed the text.
fn highlight_groups(
    lesson: &Lesson,
    section: &crate::lesson::Section,
    work: &Work,
) -> Vec<(String, Vec<String>)> {
    highlights_by_tag(lesson, section, work, HighlightScope::Owned)
        .iter()
        .map(|group| {
            let lines = group
                .highlights
                .iter()
                .map(|h| {
                    let mut line = tr!("export-highlight", quote = h.quote.as_str());
                    if let Some(place) = card_place(lesson, &h.passage) {
                        line = tr!("export-highlight-in", highlight = line, place = place);
                    }
                    if !matches!(anchor(lesson, h), Anchor::Found(_)) {
                        line = tr!("export-highlight-changed", highlight = line);
                    }
                    if !h.comment.trim().is_empty() {
                        line = tr!(
                            "export-highlight-comment",
                            highlight = line,
                            comment = h.comment.as_str()
                        );
                    }
                    line
                })
                .collect();
            (group.label().to_owned(), lines)
        })
        .collect()
}

/// Why an export could not be made or written.
#[derive(Debug)]
pub enum ExportError {
    /// The Word document could not be packed.
    Docx(String),
    /// Writing the file failed.
    Write {
        /// The file being written.
        path: PathBuf,
        /// Why, in plain words.
        why: String,
    },
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::Docx(why) => tr!("export-error-docx", why = why.as_str()),
            Self::Write { path, why } => tr!(
                "export-error-write",
                path = path.display().to_string(),
                why = why.as_str()
            ),
        })
    }
}

impl std::error::Error for ExportError {}

/// Renders `file`'s work on `lesson` in `format`: the one way every export is
/// made, in the window and on the command line. The `.ron` format is the
/// work file itself.
pub fn render(
    format: Format,
    lesson: &Lesson,
    file: &WorkFile,
    options: &ExportOptions,
    feedback: Option<&Feedback>,
) -> Result<Vec<u8>, ExportError> {
    if format == Format::Ron {
        return Ok(file.to_text().into_bytes());
    }
    let mut doc = ExportDoc::new(lesson, &file.work, &file.student, options);
    if let Some(feedback) = feedback {
        doc = doc.with_feedback(lesson, feedback);
    }
    render_doc(format, &doc, file)
}

/// Renders an already gathered `doc` (or, for `.ron`, `file`) in `format`.
pub fn render_doc(
    format: Format,
    doc: &ExportDoc,
    file: &WorkFile,
) -> Result<Vec<u8>, ExportError> {
    Ok(match format {
        Format::Md => markdown::render(doc).into_bytes(),
        Format::Html => html::render(doc).into_bytes(),
        Format::Txt => text::render(doc).into_bytes(),
        Format::Docx => docx::render(doc)?,
        Format::Ron => file.to_text().into_bytes(),
    })
}

/// Writes an export atomically (a full USB stick or a pulled plug never
/// leaves half a file), replacing `path` if it exists: callers choose the
/// name (see [`filename::unused_path`]).
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    use crate::work::disk::{FileMode, RealDisk, write_atomic};
    // Shared: a teacher's colleagues open exports saved to a shared folder.
    write_atomic(&RealDisk, path, bytes, FileMode::Shared).map_err(|e| ExportError::Write {
        path: path.to_path_buf(),
        why: crate::io_error::plain_words(&e),
    })
}

/// Today's date as `YYYY-MM-DD` (UTC).
pub fn today() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now())
        .to_string()
        .chars()
        .take(10)
        .collect()
}

//! Word (.docx) export with real heading styles, so the document outline,
//! navigation pane and table of contents work in Word, LibreOffice and Google
//! Docs. Headings and questions keep with what follows them (never stranded
//! at the foot of a page), answers have a style of their own, right-to-left
//! paragraphs are marked so, and the document's properties name the lesson
//! and the student. docx-rs escapes all text as XML data.

use docx_rs::{
    BreakType, Docx, LineSpacing, LineSpacingType, Paragraph, Run, RunFonts, Style, StyleType,
};

use super::{ExportDoc, ExportError, ExportPrompt, Labels};
use crate::tr;

/// Dark green for answers, dark red for what is missing: told apart by
/// their words too ("Answer", "not answered"), never by colour alone.
const ANSWER_COLOUR: &str = "1F5A36";
const MISSING_COLOUR: &str = "A12A00";

fn heading_style(level: usize, size_half_points: usize) -> Style {
    let mut style = Style::new(format!("Heading{level}"), StyleType::Paragraph)
        .name(format!("heading {level}"))
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .outline_lvl(level - 1)
        .size(size_half_points)
        .bold()
        // Single spacing measured from the font ("auto"): a title that wraps
        // to two lines never overlaps itself.
        .line_spacing(
            LineSpacing::new()
                .before(240)
                .after(80)
                .line(240)
                .line_rule(LineSpacingType::Auto),
        );
    style.paragraph_property = style.paragraph_property.keep_next(true).keep_lines(true);
    style
}

/// A paragraph style of this export's own (answers, the teacher's space).
fn own_style(id: &str, name: &str, colour: &str) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .color(colour)
        .indent(Some(284), None, None, None)
}

fn heading(level: usize, text: &str) -> Paragraph {
    with_direction(
        Paragraph::new()
            .add_run(Run::new().add_text(xml_safe(text)))
            .style(&format!("Heading{level}"))
            .keep_next(true),
        text,
    )
}

/// Drops the characters XML 1.0 cannot hold at all (most control
/// characters); Word refuses a document that has them.
fn xml_safe(text: &str) -> String {
    text.chars()
        .filter(|&c| !(c.is_control() && c != '\t') && c != '\u{fffe}' && c != '\u{ffff}')
        .collect()
}

/// Whether text reads right to left: its first letter is Hebrew, Arabic,
/// Syriac, Thaana or N'Ko (or their presentation forms).
fn is_right_to_left(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| {
            matches!(c, '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}')
        })
}

/// Marks a paragraph right-to-left when its text is.
fn with_direction(mut paragraph: Paragraph, text: &str) -> Paragraph {
    if is_right_to_left(text) {
        paragraph.property = paragraph.property.bidi(true);
    }
    paragraph
}

/// A paragraph whose lines are kept apart with line breaks.
fn paragraph(text: &str, bold: bool, italic: bool) -> Paragraph {
    let paragraph = line_runs(Paragraph::new(), text, |run| {
        let run = if bold { run.bold() } else { run };
        if italic { run.italic() } else { run }
    });
    with_direction(paragraph, text)
}

/// Adds `text` to `paragraph`, one run a line with a line break between
/// (a line break inside a run would be lost); `style` styles each run.
fn line_runs(mut paragraph: Paragraph, text: &str, style: impl Fn(Run) -> Run) -> Paragraph {
    for (i, line) in text.lines().enumerate() {
        let mut run = Run::new();
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        paragraph = paragraph.add_run(style(run.add_text(xml_safe(line))));
    }
    paragraph
}

/// A passage, quoted: "Narrator: “…”", after `prefix` ("Cited: ") when
/// there is one.
fn quote(speaker: &str, text: &str, prefix: Option<&str>) -> Paragraph {
    let quoted = tr!("export-quote", speaker = speaker, text = text);
    let line = match prefix {
        Some(prefix) => format!("{prefix} {quoted}"),
        None => quoted,
    };
    paragraph(&line, false, true).indent(Some(567), None, None, None)
}

/// A bold label and text on one line ("Answer key: Opinion").
fn labelled(label: &str, text: &str, colour: &str) -> Paragraph {
    let start = Paragraph::new().add_run(
        Run::new()
            .add_text(format!("{label} "))
            .bold()
            .color(colour),
    );
    with_direction(line_runs(start, text, |run| run.color(colour)), text)
}

/// One question: heading, text, options, citations, the answer and, in a
/// teacher's copy, the key and the note.
fn question(mut docx: Docx, labels: &Labels, prompt: &ExportPrompt, comment_space: bool) -> Docx {
    docx = docx.add_paragraph(heading(3, &prompt.heading));
    if !prompt.heading_has_whole_text() {
        docx = docx.add_paragraph(paragraph(&prompt.text, true, false).keep_next(true));
    }
    for (option, chosen) in &prompt.options {
        let mark = if *chosen { "☑ " } else { "☐ " };
        let mut run = Run::new().add_text(format!("{mark}{}", xml_safe(option)));
        if *chosen {
            run = run.bold();
        }
        docx = docx.add_paragraph(with_direction(
            Paragraph::new()
                .add_run(run)
                .indent(Some(284), None, None, None),
            option,
        ));
    }
    for (speaker, text) in &prompt.cited {
        docx = docx.add_paragraph(quote(speaker, text, Some(&labels.cited)));
    }
    if prompt.is_blank() {
        docx = docx.add_paragraph(
            Paragraph::new()
                .add_run(
                    Run::new()
                        .add_text(format!("{} {}", labels.answer_label, labels.unanswered))
                        .bold()
                        .color(MISSING_COLOUR),
                )
                .style("Unanswered"),
        );
    } else if !prompt.answer.is_empty() {
        docx = docx
            .add_paragraph(
                Paragraph::new()
                    .add_run(
                        Run::new()
                            .add_text(xml_safe(&labels.answer))
                            .bold()
                            .color(ANSWER_COLOUR),
                    )
                    .keep_next(true),
            )
            .add_paragraph(paragraph(&prompt.answer.join("\n"), false, false).style("Answer"));
    }
    if let Some(key) = &prompt.key {
        docx = docx.add_paragraph(labelled(&labels.answer_key, key, TEACHER_COLOUR));
    }
    if let Some(note) = &prompt.teacher_note {
        docx = docx.add_paragraph(labelled(&labels.teacher_note, note, TEACHER_COLOUR));
    }
    if let Some(feedback) = &prompt.feedback {
        docx = docx.add_paragraph(labelled(&labels.feedback, feedback, FEEDBACK_COLOUR));
    }
    if comment_space {
        docx = docx.add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text(xml_safe(&labels.comment)).bold())
                .add_run(Run::new().add_break(BreakType::TextWrapping))
                .add_run(Run::new().add_break(BreakType::TextWrapping))
                .style("TeacherComment"),
        );
    }
    docx
}

/// The document's properties: the lesson as its title, the student as its
/// author, the export's date as when it was made.
fn core_properties(doc: &ExportDoc) -> Vec<u8> {
    let escape = |text: &str| super::html::escape(&xml_safe(text));
    let when = format!("{}T00:00:00Z", doc.date);
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject><dc:creator>{student}</dc:creator>\
         <cp:lastModifiedBy>Close Reader</cp:lastModifiedBy><dc:language>{language}</dc:language>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified>\
         <cp:revision>1</cp:revision></cp:coreProperties>",
        title = escape(&doc.title),
        subject = escape(&tr!("export-subject", student = doc.student.as_str())),
        student = escape(&doc.student),
        language = escape(&doc.language),
    )
    .into_bytes()
}

/// The colour of the teacher's labels (answer keys, notes), a dark blue.
const TEACHER_COLOUR: &str = "2B2B8A";
/// The feedback label's colour (a dark green).
const FEEDBACK_COLOUR: &str = "1F6B3A";

/// Renders the export as a .docx file.
pub fn render(doc: &ExportDoc) -> Result<Vec<u8>, ExportError> {
    let labels = Labels::new();
    let font = RunFonts::new()
        .ascii("Calibri")
        .hi_ansi("Calibri")
        .east_asia("Noto Sans CJK SC")
        .cs("Arial");
    let mut docx = Docx::new()
        .default_fonts(font)
        .default_size(22)
        .default_line_spacing(
            LineSpacing::new()
                .after(120)
                .line(276)
                .line_rule(LineSpacingType::Auto),
        )
        .add_style(heading_style(1, 36))
        .add_style(heading_style(2, 30))
        .add_style(heading_style(3, 24))
        .add_style(own_style("Answer", &labels.answer, "1A1A1A"))
        .add_style(own_style(
            "Unanswered",
            &tr!("export-style-unanswered"),
            MISSING_COLOUR,
        ))
        .add_style(own_style(
            "TeacherComment",
            &tr!("export-style-teacher-comment"),
            "1A1A1A",
        ))
        .add_paragraph(heading(1, &doc.title))
        .add_paragraph(paragraph(
            &format!(
                "{} {}\n{} {}\n{} {}\n{}",
                labels.student,
                doc.student,
                labels.date,
                doc.date,
                labels.version,
                doc.version,
                doc.progress
            ),
            false,
            false,
        ));
    if let Some(feedback) = &doc.feedback {
        docx = docx.add_paragraph(labelled(&labels.feedback, feedback, FEEDBACK_COLOUR));
    }
    if doc.teacher_copy {
        docx = docx.add_paragraph(paragraph(&labels.teacher_copy, true, false));
    }
    for source in &doc.sources {
        docx = docx.add_paragraph(paragraph(
            &format!("{} {source}", labels.source),
            false,
            false,
        ));
    }
    for section in &doc.sections {
        docx = docx.add_paragraph(heading(2, &section.title));
        if let Some(note) = &section.teacher_note {
            docx = docx.add_paragraph(labelled(&labels.teacher_note, note, TEACHER_COLOUR));
        }
        for (speaker, text) in &section.excerpt {
            docx = docx.add_paragraph(if speaker.is_empty() {
                paragraph(text, false, true)
            } else {
                quote(speaker, text, None)
            });
        }
        for prompt in &section.prompts {
            docx = question(docx, &labels, prompt, doc.comment_space);
        }
        if !section.highlights.is_empty() {
            docx = docx.add_paragraph(heading(3, &labels.highlights));
            for (tag, lines) in &section.highlights {
                docx = docx.add_paragraph(paragraph(&format!("{tag}:"), true, false));
                docx = docx.add_paragraph(paragraph(&lines.join("\n"), false, false));
            }
        }
        if !section.note.trim().is_empty() {
            docx = docx
                .add_paragraph(heading(3, &labels.section_notes))
                .add_paragraph(paragraph(&section.note, false, false));
        }
    }
    docx = docx
        .add_paragraph(heading(2, &labels.notebook))
        .add_paragraph(if doc.notebook.trim().is_empty() {
            paragraph(&labels.empty, false, true)
        } else {
            paragraph(&doc.notebook, false, false)
        });
    if !doc.removed.is_empty() {
        docx = docx.add_paragraph(heading(2, &labels.removed));
        for (id, text) in &doc.removed {
            docx = docx.add_paragraph(paragraph(&format!("{id}: {text}"), false, false));
        }
    }
    let mut xml = docx.build();
    xml.doc_props.core = core_properties(doc);
    let mut bytes = std::io::Cursor::new(Vec::new());
    xml.pack(&mut bytes)
        .map_err(|e| ExportError::Docx(e.to_string()))?;
    Ok(bytes.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_is_told_by_the_first_letter() {
        assert!(is_right_to_left("שלום world"));
        assert!(is_right_to_left("«مرحبا»"));
        assert!(!is_right_to_left("Hello שלום"));
        assert!(!is_right_to_left("社会 123"));
    }
}

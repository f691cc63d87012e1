//! Word (.docx) export with real heading styles, so the document outline,
//! navigation pane and table of contents work in Word, LibreOffice and Google
//! Docs. docx-rs escapes all text as XML data.

use docx_rs::{BreakType, Docx, LineSpacing, Paragraph, Run, RunFonts, Style, StyleType};

use super::{ExportDoc, ExportError, UNANSWERED};

fn heading_style(level: usize, size_half_points: usize) -> Style {
    Style::new(format!("Heading{level}"), StyleType::Paragraph)
        .name(format!("heading {level}"))
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .outline_lvl(level - 1)
        .size(size_half_points)
        .bold()
        .line_spacing(LineSpacing::new().before(240).after(80))
}

fn heading(level: usize, text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(Run::new().add_text(xml_safe(text)))
        .style(&format!("Heading{level}"))
}

/// Drops the characters XML 1.0 cannot hold at all (most control
/// characters); Word refuses a document that has them.
fn xml_safe(text: &str) -> String {
    text.chars()
        .filter(|&c| !(c.is_control() && c != '\t') && c != '\u{fffe}' && c != '\u{ffff}')
        .collect()
}

/// A paragraph whose lines are kept apart with line breaks.
fn paragraph(text: &str, bold: bool, italic: bool) -> Paragraph {
    let mut paragraph = Paragraph::new();
    for (i, line) in text.lines().enumerate() {
        let mut run = Run::new();
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(xml_safe(line));
        if bold {
            run = run.bold();
        }
        if italic {
            run = run.italic();
        }
        paragraph = paragraph.add_run(run);
    }
    paragraph
}

fn quote(speaker: &str, text: &str, prefix: &str) -> Paragraph {
    paragraph(&format!("{prefix}{speaker}: “{text}”"), false, true).indent(
        Some(567),
        None,
        None,
        None,
    )
}

/// Renders the export as a .docx file.
pub fn render(doc: &ExportDoc) -> Result<Vec<u8>, ExportError> {
    let font = RunFonts::new()
        .ascii("Calibri")
        .hi_ansi("Calibri")
        .east_asia("Noto Sans CJK SC")
        .cs("Arial");
    let mut docx = Docx::new()
        .default_fonts(font)
        .default_size(22)
        .default_line_spacing(LineSpacing::new().after(120).line(276))
        .add_style(heading_style(1, 36))
        .add_style(heading_style(2, 30))
        .add_style(heading_style(3, 24))
        .add_paragraph(heading(1, &doc.title))
        .add_paragraph(paragraph(
            &format!(
                "Student: {}\nDate: {}\nLesson version: {}\n{}",
                doc.student, doc.date, doc.version, doc.progress
            ),
            false,
            false,
        ));
    for source in &doc.sources {
        docx = docx.add_paragraph(paragraph(&format!("Source: {source}"), false, false));
    }
    for section in &doc.sections {
        docx = docx.add_paragraph(heading(2, &section.title));
        for (speaker, text) in &section.excerpt {
            docx = docx.add_paragraph(if speaker.is_empty() {
                paragraph(text, false, true)
            } else {
                quote(speaker, text, "")
            });
        }
        for prompt in &section.prompts {
            docx = docx
                .add_paragraph(heading(3, &prompt.heading))
                .add_paragraph(paragraph(&prompt.text, true, false));
            for (speaker, text) in &prompt.cited {
                docx = docx.add_paragraph(quote(speaker, text, "Cited: "));
            }
            docx = docx.add_paragraph(if prompt.answer.is_empty() {
                paragraph(UNANSWERED, false, true)
            } else {
                paragraph(&prompt.answer.join("\n"), false, false)
            });
        }
        if !section.highlights.is_empty() {
            docx = docx.add_paragraph(heading(3, "Highlights"));
            for (tag, lines) in &section.highlights {
                docx = docx.add_paragraph(paragraph(&format!("{tag}:"), true, false));
                docx = docx.add_paragraph(paragraph(&lines.join("\n"), false, false));
            }
        }
        if !section.note.trim().is_empty() {
            docx = docx
                .add_paragraph(heading(3, "Notes on this section"))
                .add_paragraph(paragraph(&section.note, false, false));
        }
    }
    docx = docx.add_paragraph(heading(2, "Notebook")).add_paragraph(
        if doc.notebook.trim().is_empty() {
            paragraph("(empty)", false, true)
        } else {
            paragraph(&doc.notebook, false, false)
        },
    );
    if !doc.removed.is_empty() {
        docx = docx.add_paragraph(heading(2, "Answers to removed prompts"));
        for (id, text) in &doc.removed {
            docx = docx.add_paragraph(paragraph(&format!("{id}: {text}"), false, false));
        }
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build()
        .pack(&mut bytes)
        .map_err(|e| ExportError::Docx(e.to_string()))?;
    Ok(bytes.into_inner())
}

//! Markdown export. Every piece of lesson or student text is escaped, so
//! nothing typed can change the document's structure.

use super::{ExportDoc, UNANSWERED};

/// Escapes text for Markdown: every ASCII punctuation character gets a
/// backslash (CommonMark allows that for all of them), so `#`, `*`, `<script>`,
/// `1.` or `[link]()` stay literal; line breaks become hard breaks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.lines() {
        if !out.is_empty() {
            out.push_str("\\\n");
        }
        for c in line.chars() {
            if c.is_ascii_punctuation() {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Renders the export as Markdown.
pub fn render(doc: &ExportDoc) -> String {
    let mut md = String::new();
    let para = |md: &mut String, text: String| {
        md.push_str(&text);
        md.push_str("\n\n");
    };
    para(&mut md, format!("# {}", escape(&doc.title)));
    para(
        &mut md,
        format!(
            "**Student:** {}  \n**Date:** {}  \n**Lesson version:** {}  \n**Progress:** {}",
            escape(&doc.student),
            escape(&doc.date),
            escape(&doc.version),
            escape(&doc.progress)
        ),
    );
    for source in &doc.sources {
        para(&mut md, format!("**Source:** {}", escape(source)));
    }
    for section in &doc.sections {
        para(&mut md, format!("## {}", escape(&section.title)));
        for (speaker, text) in &section.excerpt {
            if speaker.is_empty() {
                para(&mut md, format!("*{}*", escape(text)));
            } else {
                para(
                    &mut md,
                    format!(
                        "> **{}:** {}",
                        escape(speaker),
                        escape(text).replace('\n', "\n> ")
                    ),
                );
            }
        }
        for prompt in &section.prompts {
            para(&mut md, format!("### {}", escape(&prompt.heading)));
            para(&mut md, format!("**{}**", escape(&prompt.text)));
            for (speaker, text) in &prompt.cited {
                para(
                    &mut md,
                    format!(
                        "> Cited: **{}:** {}",
                        escape(speaker),
                        escape(text).replace('\n', "\n> ")
                    ),
                );
            }
            if prompt.answer.is_empty() {
                para(&mut md, format!("*{}*", escape(UNANSWERED)));
            } else {
                para(
                    &mut md,
                    prompt
                        .answer
                        .iter()
                        .map(|l| escape(l))
                        .collect::<Vec<_>>()
                        .join("\\\n"),
                );
            }
        }
        if !section.note.trim().is_empty() {
            para(&mut md, "### Notes on this section".to_owned());
            para(&mut md, escape(&section.note));
        }
    }
    para(&mut md, "## Notebook".to_owned());
    para(
        &mut md,
        if doc.notebook.trim().is_empty() {
            format!("*{}*", escape("(empty)"))
        } else {
            escape(&doc.notebook)
        },
    );
    if !doc.removed.is_empty() {
        para(&mut md, "## Answers to removed prompts".to_owned());
        for (id, text) in &doc.removed {
            para(&mut md, format!("**{}:** {}", escape(id), escape(text)));
        }
    }
    md
}

//! Markdown export. Every piece of lesson or student text is escaped, so
//! nothing typed can change the document's structure.

use super::{ExportDoc, UNANSWERED};

/// Escapes text for Markdown so it stays literal text, whatever it holds,
/// while staying readable as plain text: characters that make inline markup
/// (`* _ ` [ ] < > & | ~ \ #`) get a backslash, and so does whatever would
/// start a block at the start of a line (`1.`, `-`, `+`, `=`, `>`). Leading
/// spaces are dropped (four would make a code block); line breaks become hard
/// breaks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    // A lone carriage return also ends a line in CommonMark.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push_str("\\\n");
        }
        let line = line.trim_start();
        let digits = line.chars().take_while(char::is_ascii_digit).count();
        for (at, c) in line.chars().enumerate() {
            let starts_block = match c {
                '-' | '+' | '=' => at == 0,
                '.' | ')' => digits > 0 && at == digits,
                _ => false,
            };
            if starts_block
                || matches!(
                    c,
                    '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '#'
                )
            {
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
        if !section.highlights.is_empty() {
            para(&mut md, "### Highlights".to_owned());
            for (tag, lines) in &section.highlights {
                para(&mut md, format!("**{}:**", escape(tag)));
                para(
                    &mut md,
                    lines
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_starts_and_lone_carriage_returns_stay_text() {
        assert_eq!(escape("Overall\r==="), "Overall\\\n\\===");
        assert_eq!(escape("x\r- y\r\n+ z"), "x\\\n\\- y\\\n\\+ z");
        assert_eq!(escape("    1) code?"), "1\\) code?");
        assert_eq!(
            escape("a_b & <c> | `d` ~e~ #f"),
            "a\\_b \\& \\<c\\> \\| \\`d\\` \\~e\\~ \\#f"
        );
    }
}

//! Markdown export. Every piece of lesson or student text is escaped, so
//! nothing typed can change the document's structure.

use super::{ExportDoc, UNANSWERED};

/// Escapes text for Markdown so it stays literal text, whatever it holds,
/// while reading naturally in a plain editor or an e-mail: only what would
/// change the structure gets a backslash. Inline markup (`\\ ` * _ [ ] | ~`),
/// `<` where it could open HTML or a link, `&` where it could start an
/// entity, and, at the start of a line, whatever would start a block (`#`,
/// `>`, `-`, `+`, `=`, `1.`). Leading spaces are dropped (four would make a
/// code block); line breaks become hard breaks. The first line is taken to
/// start a line of the document.
pub fn escape(text: &str) -> String {
    escape_from(text, true)
}

/// [`escape`] for text that follows something on the same line (a label):
/// its first line does not start a block.
pub fn escape_inline(text: &str) -> String {
    escape_from(text, false)
}

fn escape_from(text: &str, first_line_starts: bool) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    // A lone carriage return also ends a line in CommonMark.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push_str("\\\n");
        }
        let at_start = i > 0 || first_line_starts;
        let line = if at_start { line.trim_start() } else { line };
        let chars: Vec<char> = line.chars().collect();
        let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
        for (at, &c) in chars.iter().enumerate() {
            let next = chars.get(at + 1).copied();
            let block = at_start
                && match c {
                    '-' | '+' | '=' | '#' | '>' => at == 0,
                    '.' | ')' => digits > 0 && at == digits,
                    _ => false,
                };
            let inline = match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => true,
                '<' => {
                    next.is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?'))
                }
                '&' => next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#'),
                _ => false,
            };
            if block || inline {
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
            escape_inline(&doc.student),
            escape_inline(&doc.date),
            escape_inline(&doc.version),
            escape_inline(&doc.progress)
        ),
    );
    if doc.teacher_copy {
        para(
            &mut md,
            "*Teacher's copy: with answer keys and teacher notes.*".to_owned(),
        );
    }
    if let Some(feedback) = &doc.feedback {
        para(&mut md, feedback_quote(feedback));
    }
    for source in &doc.sources {
        para(&mut md, format!("**Source:** {}", escape_inline(source)));
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
        if let Some(note) = &section.teacher_note {
            para(
                &mut md,
                format!("> **Teacher note:** {}", escape_inline(note)),
            );
        }
        for prompt in &section.prompts {
            para(&mut md, format!("### {}", escape_inline(&prompt.heading)));
            if !prompt.heading_has_whole_text() {
                para(&mut md, format!("**{}**", escape(&prompt.text)));
            }
            if !prompt.options.is_empty() {
                let list: Vec<String> = prompt
                    .options
                    .iter()
                    .map(|(option, chosen)| {
                        let mark = if *chosen { "☑" } else { "☐" };
                        format!("- {mark} {}", escape_inline(option))
                    })
                    .collect();
                para(&mut md, list.join("\n"));
            }
            for (speaker, text) in &prompt.cited {
                para(
                    &mut md,
                    format!(
                        "> Cited: **{}:** {}",
                        escape_inline(speaker),
                        escape_inline(text).replace('\n', "\n> ")
                    ),
                );
            }
            if prompt.is_blank() {
                para(
                    &mut md,
                    format!("**Answer:** *{}*", escape_inline(UNANSWERED)),
                );
            } else if !prompt.answer.is_empty() {
                para(&mut md, "**Answer:**".to_owned());
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
            if let Some(key) = &prompt.key {
                para(&mut md, format!("> **Answer key:** {}", escape_inline(key)));
            }
            if let Some(feedback) = &prompt.feedback {
                para(&mut md, feedback_quote(feedback));
            }
            if let Some(note) = &prompt.teacher_note {
                para(
                    &mut md,
                    format!("> **Teacher note:** {}", escape_inline(note)),
                );
            }
        }
        if !section.highlights.is_empty() {
            para(&mut md, "### Highlights".to_owned());
            for (tag, lines) in &section.highlights {
                para(&mut md, format!("**{}:**", escape_inline(tag)));
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
            para(
                &mut md,
                format!("**{}:** {}", escape_inline(id), escape_inline(text)),
            );
        }
    }
    md
}

/// The teacher's feedback as a quoted paragraph, its lines kept.
fn feedback_quote(feedback: &str) -> String {
    let lines: Vec<String> = feedback.lines().map(escape_inline).collect();
    format!("> **Feedback from your teacher:** {}", lines.join("  \n> "))
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
            "a\\_b & \\<c> \\| \\`d\\` \\~e\\~ #f"
        );
        assert_eq!(escape("# x\n> y\n1. z"), "\\# x\\\n\\> y\\\n1\\. z");
        assert_eq!(escape_inline("1.0 &amp; <b>"), "1.0 \\&amp; \\<b>");
    }
}

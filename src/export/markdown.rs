//! Markdown export. Every piece of lesson or student text is escaped, so
//! nothing typed can change the document's structure.

use super::{ExportDoc, Labels};

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
    let labels = Labels::new();
    let mut md = String::new();
    let para = |md: &mut String, text: String| {
        md.push_str(&text);
        md.push_str("\n\n");
    };
    para(&mut md, format!("# {}", escape(&doc.title)));
    para(
        &mut md,
        format!(
            "**{}** {}  \n**{}** {}  \n**{}** {}  \n**{}** {}",
            escape_inline(&labels.student),
            escape_inline(&doc.student),
            escape_inline(&labels.date),
            escape_inline(&doc.date),
            escape_inline(&labels.version),
            escape_inline(&doc.version),
            escape_inline(&labels.progress),
            escape_inline(&doc.progress)
        ),
    );
    if doc.teacher_copy {
        para(
            &mut md,
            format!("*{}*", escape_inline(&labels.teacher_copy)),
        );
    }
    if let Some(feedback) = &doc.feedback {
        para(&mut md, feedback_quote(&labels, feedback));
    }
    for source in &doc.sources {
        para(&mut md, labelled(&labels.source, source));
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
            para(&mut md, quoted_label(&labels.teacher_note, note));
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
                        "> {} **{}:** {}",
                        escape_inline(&labels.cited),
                        escape_inline(speaker),
                        escape_inline(text).replace('\n', "\n> ")
                    ),
                );
            }
            if prompt.is_blank() {
                para(
                    &mut md,
                    format!(
                        "**{}** *{}*",
                        escape_inline(&labels.answer_label),
                        escape_inline(&labels.unanswered)
                    ),
                );
            } else if !prompt.answer.is_empty() {
                para(
                    &mut md,
                    format!("**{}**", escape_inline(&labels.answer_label)),
                );
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
                para(&mut md, quoted_label(&labels.answer_key, key));
            }
            if let Some(feedback) = &prompt.feedback {
                para(&mut md, feedback_quote(&labels, feedback));
            }
            if let Some(note) = &prompt.teacher_note {
                para(&mut md, quoted_label(&labels.teacher_note, note));
            }
        }
        if !section.highlights.is_empty() {
            para(&mut md, format!("### {}", escape(&labels.highlights)));
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
            para(&mut md, format!("### {}", escape(&labels.section_notes)));
            para(&mut md, escape(&section.note));
        }
    }
    para(&mut md, format!("## {}", escape(&labels.notebook)));
    para(
        &mut md,
        if doc.notebook.trim().is_empty() {
            format!("*{}*", escape(&labels.empty))
        } else {
            escape(&doc.notebook)
        },
    );
    if !doc.removed.is_empty() {
        para(&mut md, format!("## {}", escape(&labels.removed)));
        for (id, text) in &doc.removed {
            para(
                &mut md,
                format!("**{}:** {}", escape_inline(id), escape_inline(text)),
            );
        }
    }
    md
}

/// "**Label** text", both escaped.
fn labelled(label: &str, text: &str) -> String {
    format!("**{}** {}", escape_inline(label), escape_inline(text))
}

/// "> **Label** text": a labelled paragraph quoted (teachers' words).
fn quoted_label(label: &str, text: &str) -> String {
    format!("> {}", labelled(label, text))
}

/// The teacher's feedback as a quoted paragraph, its lines kept.
fn feedback_quote(labels: &Labels, feedback: &str) -> String {
    let lines: Vec<String> = feedback.lines().map(escape_inline).collect();
    format!(
        "> **{}** {}",
        escape_inline(&labels.feedback),
        lines.join("  \n> ")
    )
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

//! Plain-text export: readable in any editor, and printable.

use super::{ExportDoc, Labels};

/// Renders the export as plain text.
pub fn render(doc: &ExportDoc) -> String {
    let labels = Labels::new();
    let mut out = String::new();
    let line = |out: &mut String, text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    let underline = |text: &str, c: char| c.to_string().repeat(text.chars().count().clamp(3, 72));
    line(&mut out, &doc.title);
    line(&mut out, &underline(&doc.title, '='));
    line(&mut out, &format!("{} {}", labels.student, doc.student));
    line(&mut out, &format!("{} {}", labels.date, doc.date));
    line(&mut out, &format!("{} {}", labels.version, doc.version));
    line(&mut out, &format!("{} {}", labels.progress, doc.progress));
    if let Some(feedback) = &doc.feedback {
        line(&mut out, &labels.feedback);
        for text in feedback.lines() {
            line(&mut out, &format!("  {text}"));
        }
    }
    if doc.teacher_copy {
        line(&mut out, &labels.teacher_copy);
    }
    for source in &doc.sources {
        line(&mut out, &format!("{} {source}", labels.source));
    }
    for section in &doc.sections {
        line(&mut out, "");
        line(&mut out, &section.title);
        line(&mut out, &underline(&section.title, '-'));
        for (speaker, text) in &section.excerpt {
            if speaker.is_empty() {
                line(&mut out, text);
            } else {
                line(&mut out, &format!("{speaker}: {text}"));
            }
        }
        if let Some(note) = &section.teacher_note {
            line(&mut out, &format!("{} {note}", labels.teacher_note));
        }
        for prompt in &section.prompts {
            line(&mut out, "");
            line(&mut out, &prompt.heading);
            if !prompt.heading_has_whole_text() {
                for text in prompt.text.lines() {
                    line(&mut out, &format!("  {text}"));
                }
            }
            for (option, chosen) in &prompt.options {
                let mark = if *chosen { "[x]" } else { "[ ]" };
                line(&mut out, &format!("  {mark} {option}"));
            }
            for (speaker, text) in &prompt.cited {
                line(
                    &mut out,
                    &format!("  {} {speaker}: \"{text}\"", labels.cited),
                );
            }
            if prompt.is_blank() {
                line(
                    &mut out,
                    &format!("  {} {}", labels.answer_label, labels.unanswered),
                );
            } else if !prompt.answer.is_empty() {
                // Labelled and indented further, so a numbered answer never
                // runs into the question's own numbered lines.
                line(&mut out, &format!("  {}", labels.answer_label));
                for answer in &prompt.answer {
                    line(&mut out, &format!("    {answer}"));
                }
            }
            if let Some(key) = &prompt.key {
                line(&mut out, &format!("  {} {key}", labels.answer_key));
            }
            if let Some(note) = &prompt.teacher_note {
                line(&mut out, &format!("  {} {note}", labels.teacher_note));
            }
            if let Some(feedback) = &prompt.feedback {
                line(&mut out, &format!("  {}", labels.feedback));
                for text in feedback.lines() {
                    line(&mut out, &format!("    {text}"));
                }
            }
        }
        if !section.highlights.is_empty() {
            line(&mut out, "");
            line(&mut out, &labels.highlights_label);
            for (tag, lines) in &section.highlights {
                line(&mut out, &format!("  {tag}:"));
                for text in lines {
                    line(&mut out, &format!("    {text}"));
                }
            }
        }
        if !section.note.trim().is_empty() {
            line(&mut out, "");
            line(&mut out, &labels.section_notes_label);
            for note in section.note.lines() {
                line(&mut out, &format!("  {note}"));
            }
        }
    }
    line(&mut out, "");
    line(&mut out, &labels.notebook);
    line(&mut out, &underline(&labels.notebook, '-'));
    line(
        &mut out,
        if doc.notebook.trim().is_empty() {
            &labels.empty
        } else {
            &doc.notebook
        },
    );
    if !doc.removed.is_empty() {
        line(&mut out, "");
        line(&mut out, &labels.removed);
        line(&mut out, &underline(&labels.removed, '-'));
        for (id, text) in &doc.removed {
            line(&mut out, &format!("{id}: {text}"));
        }
    }
    out
}

//! HTML export: one self-contained page (no external files), readable on a
//! phone, with a print stylesheet so "Print to PDF" gives clean pages.
//! Every piece of text is escaped: a `<script>` in an answer stays text.

use super::{ExportDoc, Labels};

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Words from the word table for element content: `&`, `<` and `>`
/// escaped, and nothing else (an apostrophe stays one).
pub fn words(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Escaped text with line breaks kept as `<br>`.
fn lines(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("<br>\n")
}

const STYLE: &str = "
body { font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif;
       line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 46rem; padding: 1rem;
       overflow-wrap: anywhere; word-break: break-word; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; color: #444; }
.meta { color: #444; }
blockquote { margin: .5rem 0; padding: .25rem .75rem; border-left: 4px solid #8aa; background: #f5f7f7; }
.speaker { font-weight: bold; }
.prompt { font-weight: bold; }
.answer { padding: .5rem .75rem; border: 1px solid #7a9; border-left: 5px solid #2a7a4a; border-radius: 4px;
          background: #f3faf5; white-space: normal; max-width: 100%; }
.label { display: block; font-size: .85rem; font-weight: bold; color: #1f5a36; }
.unanswered { color: #a12a00; font-weight: bold; border-left: 5px solid #a12a00; padding-left: .5rem; }
.options { list-style: none; padding-left: .5rem; }
.options .chosen { font-weight: bold; }
.teacher { border: 1px dashed #66a; background: #f4f4fb; padding: .25rem .75rem; }
section.question { break-inside: avoid; page-break-inside: avoid; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  blockquote { background: none; }
  a { color: inherit; text-decoration: none; }
}
";

/// One question: its heading, text, options, citations and answer.
fn question(labels: &Labels, prompt: &super::ExportPrompt) -> String {
    let mut h = String::from("<section class=\"question\">\n");
    h.push_str(&format!(
        "<h3 dir=\"auto\">{}</h3>\n",
        escape(&prompt.heading)
    ));
    if !prompt.heading_has_whole_text() {
        h.push_str(&format!(
            "<p class=\"prompt\">{}</p>\n",
            lines(&prompt.text)
        ));
    }
    if !prompt.options.is_empty() {
        h.push_str("<ul class=\"options\">\n");
        for (option, chosen) in &prompt.options {
            let (mark, class) = if *chosen {
                ("☑", " class=\"chosen\"")
            } else {
                ("☐", "")
            };
            let state = escape(if *chosen {
                &labels.chosen
            } else {
                &labels.not_chosen
            });
            h.push_str(&format!(
                "<li{class} dir=\"auto\"><span aria-label=\"{state}\">{mark}</span> {}</li>\n",
                escape(option)
            ));
        }
        h.push_str("</ul>\n");
    }
    for (speaker, text) in &prompt.cited {
        h.push_str(&format!(
            "<blockquote dir=\"auto\">{} <span class=\"speaker\"><bdi>{}</bdi>:</span> {}</blockquote>\n",
            words(&labels.cited),
            escape(speaker),
            lines(text)
        ));
    }
    if prompt.is_blank() {
        h.push_str(&format!(
            "<p class=\"unanswered\">{} {}</p>\n",
            words(&labels.answer_label),
            escape(&labels.unanswered)
        ));
    } else if !prompt.answer.is_empty() {
        let answer = prompt
            .answer
            .iter()
            .map(|l| escape(l))
            .collect::<Vec<_>>()
            .join("<br>\n");
        h.push_str(&format!(
            // The answer's own element takes its direction from its own first
            // letter: on the whole box, "Answer" would make an Arabic answer
            // read left to right.
            "<div class=\"answer\"><span class=\"label\">{}</span><div dir=\"auto\">{answer}</div></div>\n",
            words(&labels.answer)
        ));
    }
    if let Some(key) = &prompt.key {
        h.push_str(&format!(
            "<p class=\"teacher\"><strong>{}</strong> {}</p>\n",
            words(&labels.answer_key),
            escape(key)
        ));
    }
    if let Some(note) = &prompt.teacher_note {
        h.push_str(&teacher_note_html(labels, note));
    }
    if let Some(feedback) = &prompt.feedback {
        h.push_str(&feedback_html(labels, feedback));
    }
    h.push_str("</section>\n");
    h
}

/// One web page: every page Close Reader writes (exports, the class
/// report, the highlights page) has this shell. `language`, `title` are
/// escaped here; `style` is CSS and `body` is HTML, both already safe.
pub fn page(language: &str, title: &str, style: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{style}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(language),
        escape(title),
    )
}

/// Renders the export as an HTML page.
pub fn render(doc: &ExportDoc) -> String {
    let labels = Labels::new();
    let mut h = String::new();
    h.push_str(&format!("<h1 dir=\"auto\">{}</h1>\n", escape(&doc.title)));
    h.push_str("<p class=\"meta\">");
    h.push_str(&format!(
        "{} <strong dir=\"auto\">{}</strong><br>\n",
        words(&labels.student),
        escape(&doc.student)
    ));
    h.push_str(&format!(
        "{} {}<br>\n{} {}<br>\n{}",
        words(&labels.date),
        escape(&doc.date),
        words(&labels.version),
        escape(&doc.version),
        escape(&doc.progress)
    ));
    h.push_str("</p>\n");
    if let Some(feedback) = &doc.feedback {
        h.push_str(&feedback_html(&labels, feedback));
    }
    if doc.teacher_copy {
        h.push_str(&format!(
            "<p class=\"teacher\">{}</p>\n",
            words(&labels.teacher_copy)
        ));
    }
    for source in &doc.sources {
        h.push_str(&format!(
            "<p class=\"meta\">{} {}</p>\n",
            words(&labels.source),
            escape(source)
        ));
    }
    for section in &doc.sections {
        h.push_str(&format!(
            "<h2 dir=\"auto\">{}</h2>\n",
            escape(&section.title)
        ));
        for (speaker, text) in &section.excerpt {
            if speaker.is_empty() {
                h.push_str(&format!("<p><em>{}</em></p>\n", escape(text)));
            } else {
                h.push_str(&format!(
                    "<blockquote dir=\"auto\"><span class=\"speaker\"><bdi>{}</bdi>:</span> {}</blockquote>\n",
                    escape(speaker),
                    lines(text)
                ));
            }
        }
        if let Some(note) = &section.teacher_note {
            h.push_str(&teacher_note_html(&labels, note));
        }
        for prompt in &section.prompts {
            h.push_str(&question(&labels, prompt));
        }
        if !section.highlights.is_empty() {
            h.push_str(&format!("<h3>{}</h3>\n", words(&labels.highlights)));
            for (tag, lines) in &section.highlights {
                h.push_str(&format!("<p><strong>{}:</strong></p>\n<ul>\n", escape(tag)));
                for line in lines {
                    h.push_str(&format!("<li dir=\"auto\">{}</li>\n", escape(line)));
                }
                h.push_str("</ul>\n");
            }
        }
        if !section.note.trim().is_empty() {
            h.push_str(&format!(
                "<h3>{}</h3>\n<div class=\"answer\" dir=\"auto\">{}</div>\n",
                words(&labels.section_notes),
                lines(&section.note)
            ));
        }
    }
    h.push_str(&format!("<h2>{}</h2>\n", words(&labels.notebook)));
    if doc.notebook.trim().is_empty() {
        h.push_str(&format!(
            "<p class=\"unanswered\">{}</p>\n",
            words(&labels.empty)
        ));
    } else {
        h.push_str(&format!(
            "<div class=\"answer\" dir=\"auto\">{}</div>\n",
            lines(&doc.notebook)
        ));
    }
    if !doc.removed.is_empty() {
        h.push_str(&format!("<h2>{}</h2>\n", words(&labels.removed)));
        for (id, text) in &doc.removed {
            h.push_str(&format!(
                "<p><strong>{}:</strong> <span dir=\"auto\">{}</span></p>\n",
                escape(id),
                lines(text)
            ));
        }
    }
    page(
        &doc.language,
        &format!("{} — {}", doc.title, doc.student),
        STYLE,
        &h,
    )
}

/// The teacher's feedback, set apart like the teacher's notes.
fn feedback_html(labels: &Labels, feedback: &str) -> String {
    format!(
        "<p class=\"teacher\" dir=\"auto\"><strong>{}</strong> {}</p>\n",
        words(&labels.feedback),
        lines(feedback)
    )
}

/// A teacher's note on a section or a question.
fn teacher_note_html(labels: &Labels, note: &str) -> String {
    format!(
        "<p class=\"teacher\"><strong>{}</strong> {}</p>\n",
        words(&labels.teacher_note),
        lines(note)
    )
}

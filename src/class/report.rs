//! The class report: one self-contained web page with, for every question,
//! how the class answered (a bar for each option, a histogram of ratings,
//! the key marked) and every student's answer beside their name.
//!
//! Every piece of text is escaped; answers carry `dir="auto"` so a
//! right-to-left answer, or a name with a direction override, never
//! reorders the page around it. Counts are written as numbers as well as
//! drawn as bars, so the charts read the same in print, in grey and to a
//! screen reader.

use crate::export::html::escape;
use crate::lesson::{Lesson, Prompt, PromptKind};
use crate::work::lesson_progress;

use super::StudentWork;

/// A student's name for the page: control and direction characters shown
/// as `\u{202E}` (a name is never allowed to reorder itself or the page),
/// then escaped for HTML.
fn name(student: &StudentWork) -> String {
    escape(&crate::lesson::text::escape_for_display(student.student()))
}

/// `2026-11-26T10:42:00Z` as `2026-11-26 10:42 UTC`.
fn saved_at(student: &StudentWork) -> String {
    let stamp = &student.newest.file.saved_at;
    match (stamp.get(..10), stamp.get(11..16)) {
        (Some(day), Some(time)) if stamp.ends_with('Z') => format!("{day} {time} UTC"),
        _ => escape(stamp),
    }
}

const STYLE: &str = "
body { font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif;
       line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 56rem; padding: 1rem; }
p, td { overflow-wrap: anywhere; }
th { white-space: nowrap; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid #555; }
h3 { margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { text-align: start; vertical-align: top; padding: 0.25rem 0.5rem; border-bottom: 1px solid #ccc; }
td.count { text-align: end; width: 5rem; font-variant-numeric: tabular-nums; }
table.answers { table-layout: fixed; } table.answers th:first-child { width: 30%; }
.bar { background: #1f5f99; height: 1rem; min-width: 2px; }
.key { font-weight: bold; }
.note { background: #f3f0e6; border-inline-start: 4px solid #8a6d1f; padding: 0.5rem; }
.missing { color: #8a1c1c; }
.nowrap { white-space: nowrap; }
@media (max-width: 40rem) { th, .nowrap { white-space: normal; } }
@media print { h2, h3 { break-after: avoid; } tr { break-inside: avoid; } }
";

/// The class's work on `lesson` as one HTML page, dated `date`.
pub fn class_report_html(lesson: &Lesson, students: &[StudentWork], date: &str) -> String {
    let mut page = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title} — class report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <h1>{title} — class report</h1>\n<p>{n} student{s} · {date} · lesson version {version}</p>\n",
        lang = escape(&lesson.language),
        title = escape(&lesson.title),
        n = students.len(),
        s = if students.len() == 1 { "" } else { "s" },
        date = escape(date),
        version = escape(&lesson.version),
    );
    roster(&mut page, lesson, students);
    let mut number = 0;
    for section in &lesson.sections {
        page.push_str(&format!("<h2>{}</h2>\n", escape(&section.title)));
        for prompt in &section.prompts {
            number += 1;
            question(&mut page, prompt, number, students);
        }
    }
    page.push_str("</body>\n</html>\n");
    page
}

/// Who there is, how far each got, and when each last saved.
fn roster(page: &mut String, lesson: &Lesson, students: &[StudentWork]) {
    page.push_str(
        "<h2>Students</h2>\n<table>\n<thead><tr><th>Student</th><th>Answered</th>\
         <th>Last saved</th><th>Other copies</th></tr></thead>\n<tbody>\n",
    );
    for student in students {
        let progress = lesson_progress(lesson, &student.newest.file.work);
        page.push_str(&format!(
            "<tr><td dir=\"auto\">{}</td><td class=\"nowrap\">{} of {}</td>\
             <td class=\"nowrap\">{}</td><td>{}</td></tr>\n",
            name(student),
            progress.answered,
            progress.total,
            saved_at(student),
            student.others.len()
        ));
    }
    page.push_str("</tbody>\n</table>\n");
}

/// One question: its text, the teacher's note, the class's answers.
fn question(page: &mut String, prompt: &Prompt, number: usize, students: &[StudentWork]) {
    page.push_str(&format!(
        "<h3>Question {number} ({}): {}</h3>\n",
        prompt.kind.label(),
        escape(&crate::export::first_words(&prompt.text))
    ));
    page.push_str(&format!("<p>{}</p>\n", escape(&prompt.text)));
    if let Some(key) = prompt.answer_key() {
        page.push_str(&format!("<p class=\"key\">Key: {}</p>\n", escape(&key)));
    }
    if let Some(note) = &prompt.teacher {
        page.push_str(&format!(
            "<p class=\"note\">Teacher's note: {}</p>\n",
            escape(note)
        ));
    }
    match &prompt.kind {
        PromptKind::Choice { options, answer } => {
            let keys: Vec<usize> = answer.iter().copied().collect();
            option_chart(page, prompt, options, &keys, students);
        }
        PromptKind::Choices { options, answers } => {
            option_chart(page, prompt, options, answers, students);
        }
        PromptKind::Rating { min, max, .. } => rating_chart(page, prompt, *min, *max, students),
        PromptKind::Open | PromptKind::Short | PromptKind::Evidence { .. } => {}
    }
    answers(page, prompt, students);
}

/// How many students chose each option, with the key (1-based in the
/// lesson file) marked in words.
fn option_chart(
    page: &mut String,
    prompt: &Prompt,
    options: &[String],
    keys: &[usize],
    students: &[StudentWork],
) {
    let counts: Vec<(String, usize)> = options
        .iter()
        .enumerate()
        .map(|(i, option)| {
            let chosen = students
                .iter()
                .filter(|s| s.newest.file.work.answer(&prompt.id).chosen.contains(&i))
                .count();
            let label = if keys.contains(&(i + 1)) {
                format!("{option} ✓ key")
            } else {
                option.clone()
            };
            (label, chosen)
        })
        .collect();
    bar_table(page, "Option", &counts, students.len());
}

/// How many students gave each value on the scale.
fn rating_chart(page: &mut String, prompt: &Prompt, min: i32, max: i32, students: &[StudentWork]) {
    let counts: Vec<(String, usize)> = (min..=max)
        .map(|value| {
            let n = students
                .iter()
                .filter(|s| s.newest.file.work.answer(&prompt.id).rating == Some(value))
                .count();
            (value.to_string(), n)
        })
        .collect();
    bar_table(page, "Rating", &counts, students.len());
}

/// A table of labels, counts and bars as long as each count's share.
fn bar_table(page: &mut String, what: &str, counts: &[(String, usize)], total: usize) {
    page.push_str(&format!(
        "<table>\n<thead><tr><th>{what}</th><th>Students</th><th>Share</th></tr></thead>\n<tbody>\n"
    ));
    for (label, count) in counts {
        let percent = (count * 100).checked_div(total).unwrap_or(0);
        page.push_str(&format!(
            "<tr><td dir=\"auto\">{}</td><td class=\"count\">{count}</td>\
             <td><div class=\"bar\" style=\"width: {percent}%\"></div></td></tr>\n",
            escape(label)
        ));
    }
    page.push_str("</tbody>\n</table>\n");
}

/// Every student's answer, and who has not answered.
fn answers(page: &mut String, prompt: &Prompt, students: &[StudentWork]) {
    let mut unanswered = Vec::new();
    let mut rows = String::new();
    for student in students {
        let answer = student.newest.file.work.answer(&prompt.id);
        let mut parts = Vec::new();
        let chosen = prompt.chosen_options(&answer.chosen);
        if !chosen.is_empty() {
            parts.push(escape(&chosen.join("; ")));
        }
        if let Some(rating) = answer.rating {
            parts.push(format!("Rating: {rating}"));
        }
        if !answer.text.trim().is_empty() {
            let text: Vec<String> = answer.text.lines().map(escape).collect();
            parts.push(text.join("<br>"));
        }
        if parts.is_empty() {
            unanswered.push(name(student));
            continue;
        }
        rows.push_str(&format!(
            "<tr><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td></tr>\n",
            name(student),
            parts.join("<br>")
        ));
    }
    if !rows.is_empty() {
        page.push_str(
            "<table class=\"answers\">\n<thead><tr><th>Student</th><th>Answer</th></tr></thead>\n\
             <tbody>\n",
        );
        page.push_str(&rows);
        page.push_str("</tbody>\n</table>\n");
    }
    if !unanswered.is_empty() {
        page.push_str(&format!(
            "<p class=\"missing\">Not answered ({}): {}</p>\n",
            unanswered.len(),
            unanswered
                .iter()
                .map(|name| format!("<bdi>{name}</bdi>"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
}

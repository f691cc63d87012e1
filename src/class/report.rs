//! The class report: one self-contained web page with, for every question,
//! how the class answered (a bar for each option, a histogram of ratings,
//! the key marked) and every student's answer beside their name.
//!
//! Every piece of text is escaped; answers carry `dir="auto"` so a
//! right-to-left answer, or a name with a direction override, never
//! reorders the page around it. Counts are written as numbers as well as
//! drawn as bars, so the charts read the same in print, in grey and to a
//! screen reader.

use crate::export::html::{escape, words};
use crate::lesson::{Lesson, Prompt};
use crate::tr;

use super::StudentWork;
use super::heat_page::heat_style;
use super::review::{display_name, tally};

/// A student's name for the page: control and direction characters shown
/// as `\u{202E}` (a name is never allowed to reorder itself or the page),
/// then escaped for HTML.
fn name(student: &StudentWork) -> String {
    escape(&display_name(student))
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
        "<h1>{title}</h1>\n<p>{about}</p>\n",
        title = tr!("classfile-report-title", title = escape(&lesson.title)),
        about = tr!(
            "classfile-report-about",
            count = students.len(),
            date = escape(date),
            version = escape(&lesson.version)
        ),
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
    page.push_str(&super::heat_page::heat_html(lesson, students));
    crate::export::html::page(
        &lesson.language,
        &tr!("classfile-report-title", title = lesson.title.as_str()),
        &format!("{STYLE}{}", heat_style()),
        &page,
    )
}

/// Who there is, how far each got, and when each last saved.
fn roster(page: &mut String, lesson: &Lesson, students: &[StudentWork]) {
    page.push_str(&format!(
        "<h2>{}</h2>\n<table>\n<thead><tr><th>{}</th><th>{}</th>\
         <th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        words(&tr!("classfile-students")),
        words(&tr!("classfile-student")),
        words(&tr!("classfile-answered")),
        words(&tr!("classfile-last-saved")),
        words(&tr!("classfile-handed-in")),
        words(&tr!("classfile-to-look-at")),
    ));
    let (yes, no) = (words(&tr!("classfile-yes")), words(&tr!("classfile-no")));
    for row in super::review::roster(lesson, students, &[]) {
        let flags: Vec<String> = row.flags.iter().map(|&f| crate::wording::flag(f)).collect();
        page.push_str(&format!(
            "<tr><td dir=\"auto\">{}</td><td class=\"nowrap\">{}</td>\
             <td class=\"nowrap\">{}</td><td>{}</td><td>{}</td></tr>\n",
            escape(&row.name),
            escape(&crate::wording::progress(row.progress)),
            escape(&row.last_saved),
            if row.handed_in { &yes } else { &no },
            escape(&flags.join(", "))
        ));
    }
    page.push_str("</tbody>\n</table>\n");
}

/// One question: its text, the teacher's note, the class's answers.
fn question(page: &mut String, prompt: &Prompt, number: usize, students: &[StudentWork]) {
    page.push_str(&format!(
        "<h3>{}</h3>\n",
        tr!(
            "classfile-question-heading",
            number = number,
            kind = crate::wording::prompt_kind(&prompt.kind),
            words = escape(&crate::export::first_words(&prompt.text))
        )
    ));
    page.push_str(&format!("<p>{}</p>\n", escape(&prompt.text)));
    if let Some(key) = prompt.answer_key() {
        page.push_str(&format!(
            "<p class=\"key\">{}</p>\n",
            tr!("classfile-key", key = escape(&key))
        ));
    }
    if let Some(note) = &prompt.teacher {
        page.push_str(&format!(
            "<p class=\"note\">{}</p>\n",
            tr!("classfile-teacher-note", note = escape(note))
        ));
    }
    let counts = tally(prompt, students);
    if !counts.is_empty() {
        let what = if prompt.is_rating() {
            tr!("classfile-rating")
        } else {
            tr!("classfile-option")
        };
        let rows: Vec<(String, usize)> = counts
            .into_iter()
            .map(|t| {
                let label = if t.key {
                    tr!("classfile-key-option", option = t.label)
                } else {
                    t.label
                };
                (label, t.count)
            })
            .collect();
        bar_table(page, &what, &rows, students.len());
    }
    answers(page, prompt, students);
}

/// A table of labels, counts and bars as long as each count's share.
fn bar_table(page: &mut String, what: &str, counts: &[(String, usize)], total: usize) {
    page.push_str(&format!(
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        words(what),
        words(&tr!("classfile-students")),
        words(&tr!("classfile-share")),
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
        let answer = student.shown.file.work.answer(&prompt.id);
        let mut parts = Vec::new();
        let chosen = prompt.chosen_options(&answer.chosen);
        if !chosen.is_empty() {
            parts.push(escape(&chosen.join("; ")));
        }
        if let Some(rating) = answer.rating {
            parts.push(words(&tr!("classfile-rating-value", rating = rating)));
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
        page.push_str(&format!(
            "<table class=\"answers\">\n<thead><tr><th>{}</th><th>{}</th></tr></thead>\n\
             <tbody>\n",
            words(&tr!("classfile-student")),
            words(&tr!("classfile-answer")),
        ));
        page.push_str(&rows);
        page.push_str("</tbody>\n</table>\n");
    }
    if !unanswered.is_empty() {
        page.push_str(&format!(
            "<p class=\"missing\">{}</p>\n",
            tr!(
                "classfile-not-answered",
                count = unanswered.len(),
                names = unanswered
                    .iter()
                    .map(|name| format!("<bdi>{name}</bdi>"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        ));
    }
}

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
use crate::feedback::{mark, mark_text, total_text};
use crate::lesson::Prompt;
use crate::tr;
use crate::work::removed_answers;

use super::heat_page::heat_style;
use super::review::{ClassRow, display_name, tally};
use super::{ClassData, StudentWork};

/// A student's name for the page: control and direction characters shown
/// as `\u{202E}` (a name is never allowed to reorder itself or the page),
/// then escaped for HTML.
fn name(student: &StudentWork) -> String {
    escape(&display_name(student))
}

const STYLE: &str = "
body { font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif;
       line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 64rem; padding: 1rem; }
/* Students' words (cells marked dir) may break inside a word, so a long name
   cannot widen its column; the app's own words wrap only at spaces. */
p, td[dir] { overflow-wrap: anywhere; }
td:first-child { min-width: 6rem; }
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

/// The class's work as one HTML page, dated `date`: the roster (every
/// listed student, with marks), then each question with the class's
/// answers, marks, rubric levels and comments, then answers to questions
/// no longer in the lesson, then the highlights.
pub fn class_report_html(class: &ClassData<'_>, date: &str) -> String {
    let (lesson, students) = (class.lesson, class.students);
    let rows = class.rows();
    let mut page = format!(
        "<h1>{title}</h1>\n<p>{about}</p>\n",
        title = tr!(
            "classfile-report-title",
            title = format!("<bdi>{}</bdi>", escape(&lesson.title))
        ),
        about = tr!(
            "classfile-report-about",
            count = students.len(),
            date = escape(date),
            version = escape(&lesson.version)
        ),
    );
    roster(&mut page, class, &rows);
    let mut number = 0;
    for section in &lesson.sections {
        page.push_str(&format!(
            "<h2 dir=\"auto\">{}</h2>\n",
            escape(&section.title)
        ));
        for prompt in &section.prompts {
            number += 1;
            question(&mut page, prompt, number, class);
        }
    }
    removed(&mut page, class);
    page.push_str(&super::heat_page::heat_html(lesson, students));
    crate::export::html::page(
        &lesson.language,
        &tr!("classfile-report-title", title = lesson.title.as_str()),
        &format!("{STYLE}{}", heat_style()),
        &page,
    )
}

/// Who there is (every listed student, with or without work), how far
/// each got, when each last saved, whether they handed in, and their
/// marks and overall comment.
fn roster(page: &mut String, class: &ClassData<'_>, rows: &[ClassRow]) {
    let missing = rows.iter().filter(|r| r.is_missing()).count();
    if missing > 0 {
        page.push_str(&format!(
            "<p class=\"missing\">{}</p>\n",
            words(&tr!("classfile-missing-count", count = missing))
        ));
    }
    page.push_str(&format!(
        "<h2>{}</h2>\n<table>\n<thead><tr><th>{}</th><th>{}</th>\
         <th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        words(&tr!("classfile-students")),
        words(&tr!("classfile-student")),
        words(&tr!("classfile-answered")),
        words(&tr!("classfile-last-saved")),
        words(&tr!("classfile-handed-in")),
        words(&tr!("classfile-total")),
        words(&tr!("classfile-comment-overall")),
        words(&tr!("classfile-to-look-at")),
    ));
    let (yes, no) = (words(&tr!("classfile-yes")), words(&tr!("classfile-no")));
    for row in rows {
        let Some((index, facts)) = &row.work else {
            page.push_str(&format!(
                "<tr class=\"missing\"><td dir=\"auto\">{}</td><td>{}</td><td></td>\
                 <td>{}</td><td></td><td></td><td></td></tr>\n",
                escape(&row.name),
                words(&tr!("classfile-no-work")),
                words(&tr!("classfile-not-handed-in")),
            ));
            continue;
        };
        let flags: Vec<String> = facts
            .flags
            .iter()
            .map(|&f| crate::wording::flag(f))
            .collect();
        let marks = if facts.marks.marked > 0 {
            escape(&total_text(facts.marks))
        } else {
            String::new()
        };
        let comment = class
            .feedback_of(*index)
            .map(|f| f.overall())
            .unwrap_or_default();
        page.push_str(&format!(
            "<tr><td dir=\"auto\">{}</td><td class=\"nowrap\">{}</td>\
             <td class=\"nowrap\">{}</td><td>{}</td><td class=\"nowrap\">{}</td>\
             <td dir=\"auto\">{}</td><td>{}</td></tr>\n",
            escape(&row.name),
            escape(&crate::wording::progress(facts.progress)),
            escape(&facts.last_saved),
            if facts.handed_in { &yes } else { &no },
            marks,
            lines(&comment),
            escape(&flags.join(", "))
        ));
    }
    page.push_str("</tbody>\n</table>\n");
}

/// Text of several lines, escaped, the lines kept.
fn lines(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("<br>")
}

/// Answers to questions the lesson no longer has, student by student.
fn removed(page: &mut String, class: &ClassData<'_>) {
    let found: Vec<(&StudentWork, Vec<(String, String)>)> = class
        .students
        .iter()
        .map(|s| (s, removed_answers(class.lesson, &s.shown.file.work)))
        .filter(|(_, answers)| !answers.is_empty())
        .collect();
    let count: usize = found.iter().map(|(_, a)| a.len()).sum();
    if count == 0 {
        return;
    }
    page.push_str(&format!(
        "<h2>{}</h2>\n<table class=\"answers\">\n<tbody>\n",
        words(&tr!("classfile-removed-heading", count = count))
    ));
    for (student, answers) in found {
        for (id, text) in answers {
            page.push_str(&format!(
                "<tr><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td></tr>\n",
                name(student),
                lines(&tr!("classfile-removed-answer", id = id, text = text))
            ));
        }
    }
    page.push_str("</tbody>\n</table>\n");
}

/// One question: its text, the teacher's note, the class's answers.
fn question(page: &mut String, prompt: &Prompt, number: usize, class: &ClassData<'_>) {
    let students = class.students;
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
    if let Some(points) = prompt.out_of() {
        page.push_str(&format!(
            "<p>{}</p>\n",
            words(&tr!("classfile-worth", points = points))
        ));
    }
    if !prompt.rubric.is_empty() {
        page.push_str("<ul>\n");
        for level in &prompt.rubric {
            page.push_str(&format!(
                "<li>{}</li>\n",
                escape(&tr!(
                    "classfile-rubric-level",
                    label = level.label.as_str(),
                    points = level.points,
                    description = level.description.as_str()
                ))
            ));
        }
        page.push_str("</ul>\n");
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
    answers(page, prompt, class);
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

/// Every student's answer with its mark (and rubric level) and the
/// teacher's comment, and who has not answered.
fn answers(page: &mut String, prompt: &Prompt, class: &ClassData<'_>) {
    let mut unanswered = Vec::new();
    let mut rows = String::new();
    for (index, student) in class.students.iter().enumerate() {
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
        let feedback = class.feedback_of(index);
        let mut marked = String::new();
        if let Some(m) = mark(prompt, &student.shown.file.work, feedback) {
            let level = prompt
                .rubric_level(m.value())
                .map(|l| tr!("classfile-mark-level", level = l.label.as_str()))
                .unwrap_or_default();
            marked = tr!(
                "classfile-mark-of",
                mark = mark_text(m.value()),
                points = prompt.out_of().map(|p| p.to_string()).unwrap_or_default(),
                level = level
            );
        }
        let comment = feedback.map(|f| f.comment(&prompt.id)).unwrap_or_default();
        rows.push_str(&format!(
            "<tr><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td><td>{}</td>\
             <td dir=\"auto\">{}</td></tr>\n",
            name(student),
            parts.join("<br>"),
            escape(&marked),
            lines(&comment)
        ));
    }
    if !rows.is_empty() {
        page.push_str(&format!(
            "<table class=\"answers\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th>\
             <th>{}</th></tr></thead>\n<tbody>\n",
            words(&tr!("classfile-student")),
            words(&tr!("classfile-answer")),
            words(&tr!("classfile-mark")),
            words(&tr!("classfile-comment")),
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

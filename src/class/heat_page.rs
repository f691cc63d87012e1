//! The class's highlights as HTML: every section's passages with each word
//! shaded by how many students tagged it (any tag), the phrases with their
//! counts under each tag, and a legend. Part of the class report, and a
//! page of its own to project or print ("Save highlights page").
//!
//! Counts are always written as numbers too, so the page reads the same in
//! grey, in print and aloud; shades print as shown.

use crate::export::html::{escape, words};
use crate::lesson::Lesson;
use crate::tr;

use super::StudentWork;
use super::heat::{passage_heat, shade_step, shade_steps};

/// The shades for steps 1–4 and their text colours (the light theme's).
const SHADES: [(&str, &str); 4] = [
    ("#ffd8a8", "#000"),
    ("#ffa94d", "#000"),
    ("#e67700", "#000"),
    ("#a63c06", "#fff"),
];

/// The styles the shaded words and the legend need.
pub fn heat_style() -> String {
    let mut style = String::from(
        "\n.heat { font-size: 1.15rem; line-height: 1.9; }\n\
         .heat mark, .legend mark { padding: 0.1em 0.05em; border-bottom: 2px solid currentColor; \
         -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n\
         .speaker { font-weight: bold; margin-bottom: 0; }\n",
    );
    for (step, (fill, text)) in SHADES.iter().enumerate() {
        style.push_str(&format!(
            ".h{} {{ background: {fill}; color: {text}; }}\n",
            step + 1
        ));
    }
    style
}

/// The heat map of every section with highlights, as an HTML fragment
/// (headings start at `h2`).
pub fn heat_html(lesson: &Lesson, students: &[StudentWork]) -> String {
    let n = students.len();
    let mut html = format!("<h2>{}</h2>\n", words(&tr!("classfile-highlights")));
    html.push_str(&legend(n));
    let mut any = false;
    for section in &lesson.sections {
        // A document several sections open is printed under the first.
        let owned: std::collections::HashSet<&str> = section.owned_ids(lesson).collect();
        let heats: Vec<_> = section
            .readables(lesson)
            .filter(|(id, _)| owned.contains(id))
            .map(|p| (p, passage_heat(lesson, p, students, None)))
            .collect();
        if heats.iter().all(|(_, h)| h.most() == 0) {
            continue;
        }
        any = true;
        html.push_str(&format!(
            "<h3 dir=\"auto\">{}</h3>\n",
            escape(&section.title)
        ));
        for (passage, heat) in heats {
            html.push_str(&format!(
                "<p class=\"speaker\">{}</p>\n<p class=\"heat\" dir=\"auto\">",
                escape(&heat.speaker)
            ));
            // Runs of words with the same count are one mark, spaces and all.
            let mut words = heat.words.iter().peekable();
            while let Some(first) = words.next() {
                let mut run = first.text.clone();
                while let Some(next) = words.next_if(|w| w.count == first.count) {
                    run.push_str(&next.text);
                }
                let step = shade_step(first.count, n);
                let core = run.trim_end();
                let space = &run[core.len()..];
                if step == 0 {
                    html.push_str(&escape(&run));
                } else {
                    html.push_str(&format!(
                        "<mark class=\"h{step}\" title=\"{}\">{}</mark>{}",
                        escape(&tr!(
                            "classfile-word-count",
                            count = first.count,
                            students = n
                        )),
                        escape(core),
                        escape(space)
                    ));
                }
            }
            html.push_str("</p>\n");
            // Each tag's phrases, with counts in words.
            let mut lines = Vec::new();
            for tag in lesson.annotation_tags() {
                let by_tag = passage_heat(lesson, passage, students, Some(&tag.id));
                let phrases: Vec<String> = by_tag
                    .phrases()
                    .iter()
                    .map(|(phrase, count)| {
                        tr!(
                            "classfile-phrase-count",
                            phrase = escape(phrase),
                            count = *count,
                            students = n
                        )
                    })
                    .collect();
                if !phrases.is_empty() {
                    lines.push(tr!(
                        "classfile-tag-phrases",
                        tag = escape(&tag.label),
                        phrases = phrases.join(" · ")
                    ));
                }
            }
            if !lines.is_empty() {
                html.push_str(&format!(
                    "<ul>\n<li>{}</li>\n</ul>\n",
                    lines.join("</li>\n<li>")
                ));
            }
        }
    }
    if !any {
        html.push_str(&format!(
            "<p>{}</p>\n",
            words(&tr!("classfile-no-highlights"))
        ));
    }
    html
}

/// What each shade stands for in a class of `students`.
fn legend(students: usize) -> String {
    let mut parts = Vec::new();
    let mut low = 1;
    for (i, share) in shade_steps().iter().enumerate() {
        let step = i + 1;
        let Some(high) = (low..=students)
            .take_while(|&n| shade_step(n, students) == step)
            .last()
        else {
            continue;
        };
        let range = if low == high {
            low.to_string()
        } else {
            format!("{low}–{high}")
        };
        parts.push(tr!(
            "classfile-legend-step",
            range = format!("<mark class=\"h{step}\">{range}</mark>"),
            share = words(share)
        ));
        low = high + 1;
    }
    format!(
        "<p class=\"legend\">{}</p>\n",
        tr!(
            "classfile-legend",
            count = students,
            steps = parts.join(", ")
        )
    )
}

/// The highlights page on its own: to project in class or print.
pub fn highlights_page_html(lesson: &Lesson, students: &[StudentWork], date: &str) -> String {
    let body = format!(
        "<h1>{title}</h1>\n<p>{about}</p>\n{heat}",
        title = tr!("classfile-highlights-title", title = escape(&lesson.title)),
        about = tr!(
            "classfile-highlights-about",
            count = students.len(),
            date = escape(date)
        ),
        heat = heat_html(lesson, students),
    );
    let style = format!(
        "\nbody {{ font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', sans-serif; \
         color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 60rem; padding: 1rem; }}\n\
         {}\n@media print {{ h3 {{ break-after: avoid; }} }}\n",
        heat_style()
    );
    crate::export::html::page(
        &lesson.language,
        &tr!("classfile-highlights-title", title = lesson.title.as_str()),
        &style,
        &body,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_shades_are_the_app_s_light_theme_shades() {
        use crate::ui::theme::ThemeChoice;
        for (step, (fill, text)) in SHADES.iter().enumerate() {
            let (app_fill, app_text) = ThemeChoice::Light.heat_shade(step + 1);
            let hex = |c: egui::Color32| format!("#{:02x}{:02x}{:02x}", c.r(), c.g(), c.b());
            assert_eq!(*fill, hex(app_fill));
            let white = app_text == egui::Color32::WHITE;
            assert_eq!(*text, if white { "#fff" } else { "#000" });
        }
    }
}

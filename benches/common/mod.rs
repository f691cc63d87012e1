//! The generated stress lesson and heavy work shared by the benchmarks.

#![allow(dead_code)]
// each benchmark uses part of this
// A benchmark that cannot set itself up has nothing to measure: it may panic.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use closereader::lesson::bundled::BUNDLED_LESSONS;
use closereader::lesson::check_lesson;
use closereader::work::file::WorkFile;
use closereader::work::{Answer, Work};

/// Sections in the stress lesson.
pub const SECTIONS: usize = 200;
/// Passages per section (2,000 in all).
pub const PASSAGES: usize = 10;
/// Prompts per section (1,000 in all).
pub const PROMPTS: usize = 5;

/// A lesson of 200 sections, 2,000 passages of about 2.4 KB and 1,000
/// prompts of every kind: about 5 MB of RON.
pub fn stress_lesson() -> String {
    let passage = "The narrator says the system “watches every single thing that you do”, and a clip calls it dystopian; the expert is more careful. ".repeat(18);
    let mut text = String::from(
        "Lesson(id: \"stress\", title: \"Stress lesson\", sources: [Source(id: \"s\", title: \"Generated\")],\n\
         speakers: [Speaker(id: \"n\", name: \"Narrator\", role: Narrator), Speaker(id: \"e\", name: \"Expert\", role: Expert)],\n\
         glossary: [Term(term: \"dystopian\", definition: \"A frightening imagined future.\")],\nsections: [\n",
    );
    for s in 0..SECTIONS {
        text.push_str(&format!(
            "(id: \"s{s}\", title: \"Section {s}\", intro: \"Read closely.\", passages: [\n"
        ));
        for p in 0..PASSAGES {
            let speaker = if p % 3 == 2 { "e" } else { "n" };
            text.push_str(&format!(
                "  (id: \"s{s}p{p}\", speaker: \"{speaker}\", text: \"{passage}\"),\n"
            ));
        }
        text.push_str("], prompts: [\n");
        text.push_str(&format!("  Open(id: \"s{s}q0\", text: \"What is the claim?\", hint: \"Look at the first passage.\"),\n"));
        text.push_str(&format!("  Choice(id: \"s{s}q1\", text: \"Fact or opinion?\", options: [\"Fact\", \"Opinion\"], answer: 2),\n"));
        text.push_str(&format!("  Choices(id: \"s{s}q2\", text: \"Which words are loaded?\", options: [\"watches\", \"dystopian\", \"careful\"]),\n"));
        text.push_str(&format!("  Rating(id: \"s{s}q3\", text: \"How fair is it?\", low: \"Unfair\", high: \"Fair\"),\n"));
        text.push_str(&format!(
            "  Evidence(id: \"s{s}q4\", text: \"Quote the evidence.\", passage: \"s{s}p0\"),\n"
        ));
        text.push_str("]),\n");
    }
    text.push_str("])\n");
    text
}

/// Every prompt of the stress lesson answered with about 1 KB: 1 MB of answers.
pub fn heavy_work() -> Work {
    let mut work = Work::default();
    let text = "I think the narrator “paints” the system as frightening; the evidence is one expert. 社会 ".repeat(11);
    for s in 0..SECTIONS {
        for q in 0..PROMPTS {
            let answer = match q {
                1 => Answer {
                    chosen: vec![1],
                    text: text.clone(),
                    ..Answer::default()
                },
                2 => Answer {
                    chosen: vec![0, 1],
                    text: text.clone(),
                    ..Answer::default()
                },
                3 => Answer {
                    rating: Some(2),
                    text: text.clone(),
                    ..Answer::default()
                },
                _ => Answer {
                    text: text.clone(),
                    ..Answer::default()
                },
            };
            work.set_answer(&format!("s{s}q{q}"), answer);
        }
        work.set_section_note(&format!("s{s}"), "A note on this section.".repeat(4));
    }
    work.notebook = "Notebook line.\n".repeat(200);
    work
}

/// The median and the 99th percentile of `samples`, in milliseconds.
pub fn median_p99(mut samples: Vec<std::time::Duration>) -> (f64, f64) {
    samples.sort();
    let at =
        |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1000.0;
    (at(0.5), at(0.99))
}

/// `count` students' work on the bundled lesson, every question answered
/// with a paragraph, in folders of 30 like a class's hand-in folders.
pub fn write_class(dir: &Path, count: usize) {
    let lesson = check_lesson(BUNDLED_LESSONS[0].text.as_bytes(), None)
        .lesson
        .expect("bundled lesson");
    let prompts: Vec<String> = lesson
        .sections
        .iter()
        .flat_map(|s| s.prompts.iter().map(|p| p.id.clone()))
        .collect();
    let paragraph = "The narrator calls the reports sensational, then uses the same \
                     ominous music and a single anecdote to make the point. "
        .repeat(3);
    for n in 0..count {
        let mut work = Work::default();
        for prompt in &prompts {
            work.set_answer(
                prompt,
                Answer {
                    text: paragraph.clone(),
                    // Choice questions get a choice, ratings a value, so
                    // the class view's charts have bars to draw.
                    chosen: vec![n % 2],
                    rating: Some(1 + (n % 5) as i32),
                    ..Answer::default()
                },
            );
        }
        // Highlights in the first section's passages, of varying length and
        // tag, so the class's heat map has something to count.
        let tags = ["loaded", "claim", "source", "opinion"];
        for (k, passage) in lesson.sections[0].passages.iter().enumerate() {
            let chars: Vec<char> = passage.text.chars().collect();
            let start = (n * 7 + k * 3) % chars.len().max(1);
            let end = (start + 5 + n % 20).min(chars.len());
            work.highlights.push(closereader::work::Highlight {
                id: format!("h{k}"),
                passage: passage.id.clone(),
                start,
                end,
                quote: chars[start..end].iter().collect(),
                tag: tags[(n + k) % tags.len()].to_owned(),
                comment: "Who says so?".to_owned(),
                section: String::new(),
            });
        }
        let file = WorkFile::new(&lesson.id, "h", &format!("Student {n}"), work);
        let folder = dir.join(format!("class-{}", n / 30));
        std::fs::create_dir_all(&folder).expect("folder");
        std::fs::write(folder.join(format!("student-{n}.ron")), file.to_text()).expect("write");
    }
}

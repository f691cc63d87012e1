//! The class's highlights as a heat map: for each word of a passage, how
//! many students tagged it (with one tag, or any), and who tagged what with
//! which comment. Words are counted per student: two overlapping
//! highlights by one student count once.

use std::collections::BTreeSet;

use crate::lesson::{Lesson, Readable, Section};
use crate::tr;
use crate::work::anchor::{Anchor, anchor_in};

use super::StudentWork;
use super::review::display_name;

/// One word of a passage and how many students tagged it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeatWord {
    /// The word as written, with the spaces after it.
    pub text: String,
    /// How many students tagged it.
    pub count: usize,
}

/// One student's highlight in a passage, for the list under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tagged {
    /// The student's name, safe to show.
    pub student: String,
    /// The tag's label.
    pub tag: String,
    /// The words.
    pub quote: String,
    /// The student's comment.
    pub comment: String,
}

/// A passage as the class read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassageHeat {
    /// The passage's id.
    pub id: String,
    /// Its speaker's name (for a document's paragraph, the document's
    /// title and the paragraph's number).
    pub speaker: String,
    /// Its words with their counts, in order.
    pub words: Vec<HeatWord>,
    /// Every highlight in it (with the chosen tag), by quote then student.
    pub tagged: Vec<Tagged>,
}

impl PassageHeat {
    /// The most students on any word.
    pub fn most(&self) -> usize {
        self.words.iter().map(|w| w.count).max().unwrap_or(0)
    }

    /// The phrases students tagged, each with how many students tagged it:
    /// runs of words with the same count, most first (then in order).
    pub fn phrases(&self) -> Vec<(String, usize)> {
        let mut phrases: Vec<(String, usize)> = Vec::new();
        let mut run = String::new();
        let mut count = 0;
        let end = HeatWord {
            text: String::new(),
            count: 0,
        };
        for word in self.words.iter().chain(std::iter::once(&end)) {
            if word.count != count {
                if count > 0 {
                    phrases.push((run.trim().to_owned(), count));
                }
                run.clear();
                count = word.count;
            }
            run.push_str(&word.text);
        }
        phrases.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
        phrases
    }

    /// What a screen reader says for the passage: "Narrator: “dystopian”
    /// 17 of 28 students; “scary” 12 of 28 students", or that nobody
    /// marked it.
    pub fn spoken(&self, tag: &str, students: usize) -> String {
        if self.most() == 0 {
            return tr!(
                "classfile-passage-unmarked",
                speaker = self.speaker.as_str(),
                tag = tag
            );
        }
        tr!(
            "classfile-passage-spoken",
            speaker = self.speaker.as_str(),
            tag = tag,
            phrases = self.spoken_phrases(students, usize::MAX)
        )
    }

    /// The first `most` phrases with their counts, as a screen reader says
    /// them: "“dystopian” 17 of 28 students; “scary” 12 of 28 students".
    pub fn spoken_phrases(&self, students: usize, most: usize) -> String {
        let parts: Vec<String> = self
            .phrases()
            .iter()
            .take(most)
            .map(|(phrase, n)| {
                tr!(
                    "classfile-phrase-spoken",
                    phrase = phrase.as_str(),
                    count = *n,
                    students = students
                )
            })
            .collect();
        parts.join("; ")
    }
}

/// The passage split into words, each with its character range; the spaces
/// after a word belong to it, so the words join back into the passage.
pub fn words(text: &str) -> Vec<(std::ops::Range<usize>, String)> {
    let mut words: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for (i, c) in text.chars().enumerate() {
        let starts = !c.is_whitespace()
            && words
                .last()
                .is_none_or(|(_, w)| w.chars().last().is_some_and(char::is_whitespace));
        if starts || words.is_empty() {
            words.push((i..i + 1, c.to_string()));
        } else if let Some((range, word)) = words.last_mut() {
            range.end = i + 1;
            word.push(c);
        }
    }
    words
}

/// Every passage of `section`, then every paragraph of the documents it
/// names, as the class read them; `tag` is a tag id, or `None` for all.
pub fn section_heat(
    lesson: &Lesson,
    section: &Section,
    students: &[StudentWork],
    tag: Option<&str>,
) -> Vec<PassageHeat> {
    section
        .readables(lesson)
        .map(|(id, readable)| passage_heat(lesson, (id, readable), students, tag))
        .collect()
}

/// A passage (or document paragraph) as the class read it; `tag` is a tag
/// id, or `None` for all.
pub fn passage_heat(
    lesson: &Lesson,
    (id, readable): (&str, Readable<'_>),
    students: &[StudentWork],
    tag: Option<&str>,
) -> PassageHeat {
    let text = readable.text();
    let words = words(text);
    let mut counts = vec![0; words.len()];
    let mut tagged = Vec::new();
    for student in students {
        let mut marked: BTreeSet<usize> = BTreeSet::new();
        for highlight in &student.shown.file.work.highlights {
            if highlight.passage != id || tag.is_some_and(|t| t != highlight.tag) {
                continue;
            }
            let Anchor::Found(range) = anchor_in(text, highlight) else {
                continue;
            };
            marked.extend(
                words
                    .iter()
                    .enumerate()
                    .filter(|(_, (w, _))| w.start < range.end && range.start < w.end)
                    .map(|(i, _)| i),
            );
            tagged.push(Tagged {
                student: display_name(student),
                tag: lesson
                    .tag(&highlight.tag)
                    .map_or_else(|| highlight.tag.clone(), |t| t.label.clone()),
                quote: highlight.quote.clone(),
                comment: highlight.comment.clone(),
            });
        }
        for i in marked {
            counts[i] += 1;
        }
    }
    tagged.sort_by(|a, b| {
        a.quote
            .cmp(&b.quote)
            .then_with(|| a.student.cmp(&b.student))
    });
    PassageHeat {
        id: id.to_owned(),
        speaker: readable.attribution(lesson),
        words: words
            .into_iter()
            .zip(counts)
            .map(|((_, text), count)| HeatWord { text, count })
            .collect(),
        tagged,
    }
}

/// Shading steps: a count's step (0 for none, then 1–4) for a class of
/// `students`, by share of the class, so the same shade means the same
/// share in every class.
pub fn shade_step(count: usize, students: usize) -> usize {
    if count == 0 || students == 0 {
        return 0;
    }
    let share = count as f32 / students as f32;
    match share {
        s if s <= 0.25 => 1,
        s if s <= 0.5 => 2,
        s if s <= 0.75 => 3,
        _ => 4,
    }
}

/// The legend's words for each step above 0.
pub fn shade_steps() -> [String; 4] {
    [
        tr!("classfile-shade-quarter"),
        tr!("classfile-shade-half"),
        tr!("classfile-shade-three-quarters"),
        tr!("classfile-shade-most"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_spaces_and_join_back_into_the_passage() {
        let text = "It  watches every\nsingle thing.";
        let split = words(text);
        let joined: String = split.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(joined, text);
        assert_eq!(split[0].1, "It  ");
        assert_eq!(split[1].0, 4..12);
        assert_eq!(split.len(), 5);
    }

    #[test]
    fn phrases_are_runs_of_words_with_the_same_count() {
        let heat = PassageHeat {
            id: "p".into(),
            speaker: "Narrator".into(),
            words: [
                ("a ", 0),
                ("scary ", 5),
                ("dystopian ", 5),
                ("surveillance ", 2),
                ("state", 0),
            ]
            .iter()
            .map(|(text, count)| HeatWord {
                text: (*text).into(),
                count: *count,
            })
            .collect(),
            tagged: Vec::new(),
        };
        assert_eq!(
            heat.phrases(),
            vec![
                ("scary dystopian".to_owned(), 5),
                ("surveillance".to_owned(), 2)
            ]
        );
        assert_eq!(
            heat.spoken("loaded language", 9),
            "Narrator: loaded language: “scary dystopian” 5 of 9 students; “surveillance” 2 of 9 students"
        );
    }

    #[test]
    fn shades_are_shares_of_the_class() {
        assert_eq!(shade_step(0, 28), 0);
        assert_eq!(shade_step(7, 28), 1);
        assert_eq!(shade_step(8, 28), 2);
        assert_eq!(shade_step(28, 28), 4);
        assert_eq!(shade_step(3, 0), 0);
    }
}

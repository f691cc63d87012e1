//! Putting together two saves of the same teacher's feedback (two class
//! views open on that teacher's key, or a save that raced another): a
//! three-way merge by paragraph whose result never holds a paragraph twice
//! and never grows with the number of saves.
//!
//! Different teachers never need this: each writes only their own part of
//! the file (see [`super::TeacherFeedback`]).

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::{AnswerFeedback, TeacherFeedback};

/// The paragraphs of a comment: runs of lines split at blank lines.
fn paragraphs(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                found.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        found.push(current.join("\n"));
    }
    found
}

/// Three-way merge of one comment. `base` is what this window last read
/// or wrote, `ours` what it has now, `theirs` what is in the file now.
/// What only one side changed is taken from that side. Where both
/// changed it, the result is our paragraphs, less those the other side
/// removed or replaced, then the other side's new paragraphs: every
/// paragraph either side wrote last is there once, and nothing the other
/// side has already replaced comes back.
pub fn merge_text(base: &str, ours: &str, theirs: &str) -> String {
    if ours == theirs || theirs == base {
        return ours.to_owned();
    }
    if ours == base {
        return theirs.to_owned();
    }
    let base = paragraphs(base);
    let theirs = paragraphs(theirs);
    let gone: HashSet<&String> = base.iter().filter(|p| !theirs.contains(p)).collect();
    let mut seen: HashSet<String> = HashSet::new();
    let mut merged: Vec<String> = Vec::new();
    let kept_ours = paragraphs(ours).into_iter().filter(|p| !gone.contains(p));
    let new_theirs = theirs.iter().filter(|p| !base.contains(p)).cloned();
    for paragraph in kept_ours.chain(new_theirs) {
        if seen.insert(paragraph.clone()) {
            merged.push(paragraph);
        }
    }
    merged.join("\n\n")
}

/// Three-way merge of one teacher's part. Comments merge by paragraph; a
/// mark is the one given last (each mark carries when it was given); an
/// automatic mark is ours when we have one; returned once either side
/// returned it.
pub fn merge_part(
    base: Option<&TeacherFeedback>,
    ours: &TeacherFeedback,
    theirs: &TeacherFeedback,
) -> TeacherFeedback {
    let empty = TeacherFeedback::default();
    let base = base.unwrap_or(&empty);
    let none = AnswerFeedback::default();
    let ids: BTreeSet<&String> = ours
        .answers
        .keys()
        .chain(theirs.answers.keys())
        .chain(base.answers.keys())
        .collect();
    let mut answers = BTreeMap::new();
    for id in ids {
        let b = base.answers.get(id).unwrap_or(&none);
        let o = ours.answers.get(id).unwrap_or(&none);
        let t = theirs.answers.get(id).unwrap_or(&none);
        let (mark, marked_at) = if t.marked_at > o.marked_at {
            (t.mark, t.marked_at.clone())
        } else {
            (o.mark, o.marked_at.clone())
        };
        let answer = AnswerFeedback {
            comment: merge_text(&b.comment, &o.comment, &t.comment),
            mark,
            marked_at,
            auto: o.auto.or(t.auto),
        };
        if !answer.is_empty() {
            answers.insert(id.clone(), answer);
        }
    }
    TeacherFeedback {
        overall: merge_text(&base.overall, &ours.overall, &theirs.overall),
        answers,
        returned: ours.returned || theirs.returned,
        // What was returned last.
        sent: match (&ours.sent, &theirs.sent) {
            (Some(o), Some(t)) if t.at > o.at => Some(t.clone()),
            (Some(o), _) => Some(o.clone()),
            (None, t) => t.clone(),
        },
        name: if ours.name.is_empty() {
            theirs.name.clone()
        } else {
            ours.name.clone()
        },
        ..ours.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_side_s_change_is_taken_whole() {
        assert_eq!(merge_text("a", "a b", "a"), "a b");
        assert_eq!(merge_text("a", "a", "a c"), "a c");
        assert_eq!(merge_text("a", "x", "x"), "x");
    }

    #[test]
    fn both_changing_one_paragraph_keeps_each_version_once() {
        assert_eq!(
            merge_text("Good", "Good work", "Good effort"),
            "Good work\n\nGood effort"
        );
    }

    #[test]
    fn a_paragraph_the_other_side_replaced_does_not_come_back() {
        // We had "P" and "Q"; they replaced Q with Q2; we edited P.
        assert_eq!(merge_text("P\n\nQ", "P2\n\nQ", "P\n\nQ2"), "P2\n\nQ2");
        // They removed Q; we kept it unchanged: it goes.
        assert_eq!(merge_text("P\n\nQ", "P2\n\nQ", "P"), "P2");
    }

    #[test]
    fn alternating_saves_do_not_snowball() {
        // The repro of issue 23: two windows on one comment, a word each in
        // turn, each saving over the other.
        let mut file = String::new();
        let (mut base_a, mut base_b) = (String::new(), String::new());
        let (mut a, mut b) = (String::new(), String::new());
        for round in 0..200 {
            a = format!("{a} a{round}").trim().to_owned();
            file = merge_text(&base_a, &a, &file);
            a.clone_from(&file);
            base_a.clone_from(&file);
            b = if b.is_empty() {
                file.clone()
            } else {
                b.clone()
            };
            b = format!("{b} b{round}");
            file = merge_text(&base_b, &b, &file);
            b.clone_from(&file);
            base_b.clone_from(&file);
        }
        assert!(file.len() < 4_000, "{} bytes", file.len());
        assert_eq!(file.matches("a199").count(), 1, "{file}");
        assert_eq!(file.matches("b199").count(), 1, "{file}");
    }
}

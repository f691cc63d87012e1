//! A section's highlights grouped by tag, the one grouping the highlights
//! panel and every export use. Highlights whose tag the teacher has since
//! removed from the lesson form their own group, so they are listed (and can
//! be re-tagged or removed), never only counted.

use std::collections::HashSet;

use crate::lesson::{Lesson, Section, Tag};

use super::{Highlight, Work};

/// The highlights of one tag in a section.
#[derive(Debug, Clone, PartialEq)]
pub struct TagGroup<'a> {
    /// The tag id the highlights carry.
    pub tag_id: &'a str,
    /// The lesson's tag, or `None` when the lesson no longer has it.
    pub tag: Option<&'a Tag>,
    /// The highlights, in the order they were made.
    pub highlights: Vec<&'a Highlight>,
}

impl TagGroup<'_> {
    /// The tag's label, or its id when the lesson no longer has it.
    pub fn label(&self) -> &str {
        self.tag.map_or(self.tag_id, |t| t.label.as_str())
    }
}

/// Which of a section's highlights to take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HighlightScope {
    /// Every highlight in what the section shows, its documents included
    /// (the student's panel, citations and the outline's count).
    Shown,
    /// Only those that belong to the section, so that a highlight in a
    /// document several sections open is counted and listed once (the
    /// outline's count, exports): under the section it was made in, or,
    /// when that is not known, the first that opens the document
    /// ([`Section::owned_ids`]).
    Owned,
}

impl Work {
    /// The highlights in `section` (by `scope`), in the order they were made.
    pub fn highlights_in<'a>(
        &'a self,
        lesson: &'a Lesson,
        section: &'a Section,
        scope: HighlightScope,
    ) -> impl Iterator<Item = &'a Highlight> {
        let shown: HashSet<&str> = section.readable_ids(lesson).collect();
        let owned: HashSet<&str> = section.owned_ids(lesson).collect();
        self.highlights.iter().filter(move |h| {
            let passage = h.passage.as_str();
            match scope {
                HighlightScope::Shown => shown.contains(passage),
                HighlightScope::Owned => {
                    shown.contains(passage)
                        && match made_in(lesson, h) {
                            Some(made) => std::ptr::eq(made, section),
                            None => owned.contains(passage),
                        }
                }
            }
        })
    }
}

/// The section `highlight` was made in, when it is known and still shows
/// the highlight's passage or paragraph.
fn made_in<'a>(lesson: &'a Lesson, highlight: &Highlight) -> Option<&'a Section> {
    lesson
        .sections
        .iter()
        .find(|s| s.id == highlight.section)
        .filter(|s| s.readable_ids(lesson).any(|id| id == highlight.passage))
}

/// `section`'s highlights (by `scope`) grouped by tag: the lesson's tags in
/// their order, then tags the lesson no longer has, in order of first use.
/// Tags with no highlights are left out.
pub fn highlights_by_tag<'a>(
    lesson: &'a Lesson,
    section: &'a Section,
    work: &'a Work,
    scope: HighlightScope,
) -> Vec<TagGroup<'a>> {
    let here: Vec<&Highlight> = work.highlights_in(lesson, section, scope).collect();
    let mut groups: Vec<TagGroup<'a>> = lesson
        .annotation_tags()
        .iter()
        .map(|tag| TagGroup {
            tag_id: tag.id.as_str(),
            tag: Some(tag),
            highlights: Vec::new(),
        })
        .collect();
    for highlight in here {
        match groups.iter_mut().find(|g| g.tag_id == highlight.tag) {
            Some(group) => group.highlights.push(highlight),
            None => groups.push(TagGroup {
                tag_id: highlight.tag.as_str(),
                tag: None,
                highlights: vec![highlight],
            }),
        }
    }
    groups.retain(|g| !g.highlights.is_empty());
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_whose_tag_was_removed_are_grouped_not_dropped() {
        let lesson = crate::lesson::bundled::template_lesson();
        let section = &lesson.sections[0];
        let passage = section.passages[0].id.clone();
        let tags = lesson.annotation_tags();
        let mut work = Work::default();
        for tag in [tags[1].id.as_str(), "gone", tags[0].id.as_str(), "gone"] {
            work.add_highlight(Highlight {
                passage: passage.clone(),
                tag: tag.into(),
                ..Highlight::default()
            });
        }
        work.add_highlight(Highlight {
            passage: "elsewhere".into(),
            tag: tags[0].id.clone(),
            ..Highlight::default()
        });
        let groups = highlights_by_tag(&lesson, section, &work, HighlightScope::Shown);
        let shape: Vec<(&str, usize)> = groups
            .iter()
            .map(|g| (g.label(), g.highlights.len()))
            .collect();
        assert_eq!(
            shape,
            [
                (tags[0].label.as_str(), 1),
                (tags[1].label.as_str(), 1),
                ("gone", 2)
            ]
        );
        assert!(groups[2].tag.is_none());
        assert_eq!(
            work.highlights_in(&lesson, section, HighlightScope::Shown)
                .count(),
            4
        );
    }

    #[test]
    fn a_card_highlight_is_counted_once_where_it_was_made() {
        let mut lesson = crate::lesson::bundled::template_lesson();
        let card = lesson.sections[0].documents[0].clone();
        let paragraph = lesson
            .document(&card)
            .expect("the template's card")
            .paragraphs[0]
            .id
            .clone();
        // A second section opens the same card.
        let mut second = lesson.sections[0].clone();
        second.id = "second".into();
        second.passages.clear();
        second.prompts.clear();
        lesson.sections.push(second);
        let mut work = Work::default();
        work.add_highlight(Highlight {
            passage: paragraph.clone(),
            tag: "claim".into(),
            section: "second".into(),
            ..Highlight::default()
        });
        let count = |work: &Work, index: usize, scope| {
            work.highlights_in(&lesson, &lesson.sections[index], scope)
                .count()
        };
        // Seen in both sections' panels, counted in the one it was made in.
        assert_eq!(count(&work, 0, HighlightScope::Shown), 1);
        assert_eq!(count(&work, 1, HighlightScope::Shown), 1);
        assert_eq!(count(&work, 0, HighlightScope::Owned), 0);
        assert_eq!(count(&work, 1, HighlightScope::Owned), 1);
        // Made before the section was kept: the first section that opens
        // the card has it, once.
        work.highlights[0].section.clear();
        assert_eq!(count(&work, 0, HighlightScope::Owned), 1);
        assert_eq!(count(&work, 1, HighlightScope::Owned), 0);
        // A section that no longer opens the card gives it back to the first.
        work.highlights[0].section = "gone".into();
        assert_eq!(count(&work, 0, HighlightScope::Owned), 1);
    }
}

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
    /// Only those the section owns ([`Section::owned_ids`]), so that a
    /// document several sections open is listed once (exports).
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
        let ids: HashSet<&str> = match scope {
            HighlightScope::Shown => section.readable_ids(lesson).collect(),
            HighlightScope::Owned => section.owned_ids(lesson).collect(),
        };
        self.highlights
            .iter()
            .filter(move |h| ids.contains(h.passage.as_str()))
    }
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
}

//! The guides as shipped: every page and picture that docs/teachers.md
//! links to exists, and the Debian package installs it beside the guide, so
//! the guide's links work on a laptop with no internet.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use crate::common;

/// The relative links in a Markdown file: `[text](target)` with no scheme
/// and no `#` anchor-only targets.
fn local_links(markdown: &str) -> Vec<String> {
    let mut links = Vec::new();
    for part in markdown.split("](").skip(1) {
        let Some(end) = part.find(')') else { continue };
        let target = part[..end].split('#').next().unwrap_or_default();
        if !target.is_empty() && !target.contains("://") {
            links.push(target.to_owned());
        }
    }
    links.sort();
    links.dedup();
    links
}

#[test]
fn every_page_the_teachers_guide_links_to_is_shipped_beside_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let guide = std::fs::read_to_string(root.join("docs/teachers.md")).expect("guide");
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).expect("manifest");
    let links = local_links(&guide);
    assert!(links.contains(&"class-roster.png".to_owned()), "{links:?}");
    for link in links {
        let source = format!("docs/{link}");
        assert!(
            root.join(&source).is_file(),
            "{source} is linked but missing"
        );
        let shipped = format!("[\"{source}\", \"usr/share/doc/closereader/{link}\", \"644\"]");
        assert!(
            manifest.contains(&shipped),
            "the .deb does not ship {source} beside teachers.md: add {shipped}"
        );
    }
}

/// The README and the teachers' guide give the bundled lesson the same time
/// as the lesson itself: its minutes, and the four 50-minute lessons its
/// first teacher note plans.
#[test]
fn the_readme_and_the_guide_give_the_bundled_lessons_own_times() {
    let text = std::fs::read_to_string(common::project_dir().join("lessons/social-credit.ron"))
        .expect("the bundled lesson");
    let lesson = closereader::lesson::check_lesson(text.as_bytes(), None)
        .lesson
        .expect("valid");
    let minutes = lesson.minutes.expect("the lesson says how long it takes");
    assert_eq!(lesson.estimated_minutes(), Some(minutes));
    let plan = lesson.sections[0].teacher.clone().expect("the plan");
    assert!(plan.contains("four 50-minute lessons"), "{plan}");
    for page in ["README.md", "docs/teachers.md"] {
        let words = std::fs::read_to_string(common::project_dir().join(page))
            .expect("read")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            words.contains(&format!("about {minutes} minutes")),
            "{page} gives the lesson's {minutes} minutes"
        );
        assert!(words.contains("four 50-minute lessons"), "{page}");
        assert!(
            words.contains("sections 1–3, 4–7, 8–11 and 12–14"),
            "{page}"
        );
    }
}

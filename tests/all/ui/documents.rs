//! Source cards read beside the transcript: opened from a section, side by
//! side on a wide window and as tabs on a narrow one, highlighted with the
//! keyboard, cited in an evidence answer, and carried into the export.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use closereader::ui::AppOptions;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness::*;

const CARD: &str = "Flight and train bans: reports from 2017 to 2019";
const OPEN_CARD: &str =
    "Open source beside the transcript: Flight and train bans: reports from 2017 to 2019";
/// The card's second paragraph, Reuters on the 2018 rules.
const PARAGRAPH: &str = "bans-2";

/// The bundled lesson at `size`, on section 3 (whose card is `CARD`),
/// exporting into `exports` without asking.
fn on_penalties_section(size: [f32; 2], exports: &std::path::Path) -> TestApp {
    let mut harness = harness_with(
        AppOptions {
            export_dir: Some(exports.to_path_buf()),
            ..AppOptions::default()
        },
        size,
    );
    start_bundled_as(&mut harness, "Noor");
    for _ in 0..2 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
        harness.run();
    }
    assert!(
        harness
            .query_by_label("Punishments, and a ‘Black Mirror’ reaction")
            .is_some()
    );
    harness
}

/// A mouse click at `pos`: press and release.
fn click_at(harness: &mut TestApp, pos: egui::Pos2) {
    harness.event(egui::Event::PointerMoved(pos));
    harness.run();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        harness.run();
    }
}

fn paragraph_text(harness: &TestApp) -> String {
    let lesson = harness.state().library()[0]
        .lesson
        .clone()
        .expect("bundled");
    lesson
        .readable(PARAGRAPH)
        .expect("the card's paragraph")
        .text()
        .to_owned()
}

#[test]
fn a_source_card_opens_beside_the_transcript_is_highlighted_cited_and_exported() {
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = on_penalties_section([1280.0, 2400.0], exports.path());
    let text = paragraph_text(&harness);

    // Opened from the section, with the keyboard: the card's title takes focus.
    tab_to(&mut harness, OPEN_CARD);
    harness.key_press(Key::Enter);
    harness.run();
    let title = harness.get_by_label(CARD);
    assert!(
        title.is_focused(),
        "the card's title has the keyboard focus"
    );
    let card_left = title.rect().left();
    // Side by side: the transcript is still there, to the left of the card.
    let passage = harness
        .query_all_by_label(
            "They compared the proposed system to that crazy episode of 'Black Mirror'",
        )
        .next()
        .expect("the transcript is still shown");
    assert!(
        passage.rect().right() < card_left,
        "transcript {:?} left of the card at x = {card_left}",
        passage.rect()
    );
    assert!(shows(
        &harness,
        "Article · Excerpts chosen by this lesson · Close Reader team · December 2026"
    ));
    assert!(
        texts(&harness)
            .iter()
            .any(|t| t.starts_with("From: “Court blacklist prevents millions")),
        "each quotation says where it comes from"
    );
    harness.get_by_label(&format!("Source open beside the transcript: {CARD}"));

    // Highlight words in the card's second paragraph, from the keyboard.
    tab_to(
        &mut harness,
        &format!("Highlight words in paragraph 2 of {CARD}"),
    );
    harness.key_press(Key::Enter);
    harness.run();
    for _ in 0..4 {
        harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
        harness.run();
    }
    harness.key_press(Key::Num2);
    harness.run();
    let highlight = harness.work().highlights[0].clone();
    assert_eq!(
        (
            highlight.passage.as_str(),
            highlight.quote.as_str(),
            highlight.tag.as_str()
        ),
        (PARAGRAPH, "China said it will begin", "evidence")
    );
    assert!(text.starts_with(&highlight.quote));
    // Drawn in the card with its tag's name.
    assert!(harness.query_all_by_label(" [Evidence] ").next().is_some());

    // Cite the card in the claim trace: the paragraph and the highlight.
    let lesson = harness.state().library()[0]
        .lesson
        .clone()
        .expect("bundled");
    let question = lesson
        .prompts()
        .find(|p| p.id == "penalties-trace")
        .expect("the claim trace")
        .text
        .clone();
    list_button(&harness, "Passage you cite").click();
    harness.run();
    // Clicked where a person would: on the words, at the left of the list
    // (the option's rect runs on past the list's edge).
    let option = harness
        .get_by_label(&format!(
            "{CARD}: {}",
            closereader::lesson::text::shorten(&text, 60)
        ))
        .rect();
    click_at(&mut harness, option.left_center() + egui::vec2(20.0, 0.0));
    let cite = format!("“China said it will begin” [Evidence] in “{CARD}”");
    harness
        .query_all_by_label(&cite)
        .next()
        .expect("the highlight offered")
        .click();
    harness.run();
    type_into(
        &mut harness,
        &question,
        "Reuters says the 2018 rules ban people for misdeeds.",
    );
    let answer = harness.work().answer("penalties-trace");
    assert_eq!(answer.cited, [PARAGRAPH]);
    assert_eq!(answer.highlights, std::slice::from_ref(&highlight.id));

    // The export names the card, quotes the cited paragraph and highlight.
    let file = export_as(&mut harness, "Markdown (.md)", exports.path());
    let md = std::fs::read_to_string(file).expect("read");
    assert!(
        md.contains(&format!(
            "**Source:** “{CARD}”. Article · Excerpts chosen by this lesson"
        )),
        "the card's citation is with the sources:\n{md}"
    );
    assert!(md.contains(&format!("{CARD}, paragraph 2")), "{md}");
    // Credited to Reuters, whose words they are, never to the card's compiler.
    assert!(
        md.contains(
            "quoting “China to bar people with bad 'social credit' from planes, trains”, Reuters"
        ),
        "{md}"
    );
    assert!(
        md.contains(&format!("Highlight, Evidence, in “{CARD}”")),
        "{md}"
    );
    assert!(md.contains("Reuters says the 2018 rules ban people for misdeeds."));
    // Among the section's highlights it says which card it is in; sections
    // 3 and 14 both open the card, and it is listed once.
    assert_eq!(
        md.matches(&format!("“China said it will begin” (in “{CARD}”"))
            .count(),
        1,
        "{md}"
    );
}

#[test]
fn on_a_narrow_window_the_card_is_a_tab_and_f6_and_close_keep_the_keyboard() {
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = on_penalties_section([1024.0, 600.0], exports.path());
    harness.get_by_label(OPEN_CARD).click();
    harness.run();
    // The card fills the column; the transcript waits behind its tab.
    assert!(harness.get_by_label(CARD).is_focused());
    let passage = "They compared the proposed system to that crazy episode of 'Black Mirror'";
    assert!(harness.query_by_label(passage).is_none());
    harness.get_by_label("Transcript and questions").click();
    harness.run();
    assert!(harness.query_all_by_label(passage).next().is_some());
    assert!(harness.query_by_label(CARD).is_none());

    // F6 moves through the landmarks, the card among them, switching tabs.
    let mut reached_card = false;
    for _ in 0..5 {
        harness.key_press(Key::F6);
        harness.run();
        if harness.query_by_label(CARD).is_some_and(|n| n.is_focused()) {
            reached_card = true;
            break;
        }
    }
    assert!(reached_card, "F6 reaches the card");

    // Ctrl+J from the card goes to the first unanswered question, showing
    // the transcript's tab.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::J);
    harness.run();
    assert!(harness.query_by_label(CARD).is_none(), "the questions' tab");
    assert!(
        harness
            .query_by(|n| n.is_focused())
            .is_some_and(|n| n.accesskit_node().role() == egui::accesskit::Role::RadioGroup),
        "the first question (a single choice) has the keyboard"
    );
    harness.get_by_label(&format!("Source: {CARD}")).click();
    harness.run();

    // Closing gives the keyboard back to the button that opened it.
    tab_to(&mut harness, &format!("Close source: {CARD}"));
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.query_by_label(CARD).is_none());
    assert!(harness.get_by_label(OPEN_CARD).is_focused());
}

#[test]
fn words_half_chosen_in_a_card_are_let_go_when_the_card_goes() {
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = on_penalties_section([1280.0, 1600.0], exports.path());
    harness.get_by_label(OPEN_CARD).click();
    harness.run();
    let highlight = &format!("Highlight words in paragraph 1 of {CARD}");
    harness.get_by_label(highlight).click();
    harness.run();
    assert!(
        harness.query_by_label(highlight).is_none(),
        "choosing words"
    );
    // To section 4, which does not open the card, and back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageUp);
    harness.run();
    harness.get_by_label(OPEN_CARD).click();
    harness.run();
    assert!(
        harness.query_by_label(highlight).is_some(),
        "the card offers Highlight… again, not the old choice"
    );
}

#[test]
fn a_card_closes_on_a_section_that_does_not_name_it_and_stays_on_one_that_does() {
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = on_penalties_section([1280.0, 1600.0], exports.path());
    harness.get_by_label(OPEN_CARD).click();
    harness.run();
    // On to section 14 from the outline, which names the same card: it
    // stays open.
    harness
        .get_by(|n| {
            n.label()
                .is_some_and(|l| l.starts_with("14. What do other sources say?"))
        })
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label("What do other sources say?")
            .is_some()
    );
    assert!(harness.query_by_label(CARD).is_some());
    // Section 13 names only another card: this one closes.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageUp);
    harness.run();
    assert!(harness.query_by_label(CARD).is_none());
    assert!(harness.query_by_label(OPEN_CARD).is_none());
}

#[test]
fn show_on_a_card_highlight_opens_the_card_at_its_words() {
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = on_penalties_section([1280.0, 1600.0], exports.path());
    harness.get_by_label(OPEN_CARD).click();
    harness.run();
    harness
        .get_by_label(&format!("Highlight words in paragraph 4 of {CARD}"))
        .click();
    harness.run();
    harness.key_press(Key::Num1);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    harness
        .get_by_label(&format!("Close source: {CARD}"))
        .click();
    harness.run();
    assert!(harness.query_by_label(CARD).is_none());
    // The notes panel lists it under the section's highlights, saying where.
    assert!(shows(&harness, &format!("In the source “{CARD}”")));
    harness
        .get_by_label(&format!("Show “Among” in the source “{CARD}”"))
        .click();
    harness.run();
    assert!(
        harness.query_by_label(CARD).is_some(),
        "the card opened again"
    );
    assert!(
        harness
            .get_by_label(&format!("Highlight words in paragraph 4 of {CARD}"))
            .is_focused(),
        "the keyboard is at the highlighted paragraph"
    );
}

#[test]
fn a_documents_picture_is_drawn_in_the_reader_with_its_description() {
    let dir = tempfile::tempdir().expect("temp dir");
    let alt = "A screenshot of the pollster's page";
    let template = std::fs::read_to_string(lessons_dir().join("template.ron")).expect("read");
    let with = template.replace(
        r#"// image: (path: "images/page.png", alt: "A screenshot of the page"), // (optional) PNG or JPEG"#,
        &format!(r#"image: (path: "images/page.png", alt: "{alt}"),"#),
    );
    assert_ne!(
        with, template,
        "the template's document picture line is where it was"
    );
    std::fs::write(dir.path().join("template.ron"), with).expect("write");
    std::fs::create_dir(dir.path().join("images")).expect("mkdir");
    std::fs::write(
        dir.path().join("images/page.png"),
        super::pictures::png(300, 100),
    )
    .expect("write");
    let mut harness = harness_with(
        AppOptions {
            lessons_dirs: vec![dir.path().to_path_buf()],
            ..AppOptions::default()
        },
        [1280.0, 1600.0],
    );
    open_template_as(&mut harness, "Ola");
    assert!(
        harness
            .query_by(|n| n.role() == egui::accesskit::Role::Image)
            .is_none()
    );
    harness
        .get_by_label("Open source beside the transcript: Who ran the survey?")
        .click();
    harness.run();
    let picture = harness
        .query_by(|n| n.role() == egui::accesskit::Role::Image)
        .expect("the document's picture is drawn");
    assert_eq!(picture.accesskit_node().label().as_deref(), Some(alt));
    let size = picture.rect().size();
    assert!(
        (size.x / size.y - 3.0).abs() < 0.05,
        "3:1 as the file is: {size:?}"
    );
}

/// A highlight made in a card that two sections open (section 3 and
/// section 14 both open the bans card) is counted once, in the outline of
/// the section it was made in, and exported there.
#[test]
fn a_card_highlight_in_two_sections_is_counted_once_where_it_was_made() {
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = on_penalties_section([1366.0, 2400.0], exports.path());
    for _ in 2..13 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
        harness.run();
    }
    harness.get_by_label(OPEN_CARD).click();
    harness.run();
    harness
        .get_by_label(&format!("Highlight words in paragraph 2 of {CARD}"))
        .click();
    harness.run();
    harness.key_press(Key::Num2);
    harness.run();
    assert_eq!(harness.work().highlights.len(), 1);
    let section = |number: &str| {
        harness
            .query_all_by(|n| {
                n.role() == egui::accesskit::Role::Button
                    && n.label().is_some_and(|l| l.starts_with(number))
            })
            .next()
            .and_then(|n| n.accesskit_node().label())
            .unwrap_or_else(|| panic!("no section {number}"))
    };
    let (third, fourteenth) = (section("3. "), section("14. "));
    assert!(!third.contains("mark"), "{third}");
    assert!(fourteenth.ends_with(", 1 mark"), "{fourteenth}");
    let lesson = harness.state().lesson().expect("open").clone();
    let counted: usize = lesson
        .sections
        .iter()
        .map(|s| {
            harness
                .work()
                .highlights_in(&lesson, s, closereader::work::HighlightScope::Owned)
                .count()
        })
        .sum();
    assert_eq!(counted, 1, "counted once over the whole lesson");
}

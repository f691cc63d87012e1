//! The class view, as a teacher uses it: open a folder of a class's work
//! from the start screen, read the roster, go through the questions and
//! the students with the keyboard, pick another copy, save the class files.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use closereader::ui::AppOptions;
use closereader::work::file::WorkFile;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness::*;
use crate::common::builders::{WorkBuilder, chosen, rated, write_hand_in, write_work, written};

/// A student's work on the template lesson: question 3 answered with
/// `choice` (if any), question 2 with `short` (if not empty), and a rating
/// of 4 without a reason.
fn work(student: &str, saved_at: &str, choice: Option<usize>, short: &str) -> WorkFile {
    WorkBuilder::new()
        .answer("q-choice", chosen(choice.as_slice()))
        .answer("q-short", written(short))
        .answer("q-rating", rated(4, ""))
        .saved_at(saved_at)
        .file("template", student)
}

/// A class folder: three students handed in, one with a sync conflict
/// copy, one name with a right-to-left override, and a damaged file.
fn class_folder(root: &Path) {
    write_hand_in(
        root,
        &work(
            "Amira K.",
            "2026-11-26T10:42:00Z",
            Some(1),
            "The city council",
        ),
    );
    write_work(
        &root.join("Ben (1).ron"),
        &work("Ben", "2026-11-26T09:00:00Z", Some(0), "Old answer"),
    );
    write_hand_in(
        root,
        &work("Ben", "2026-11-26T10:00:00Z", Some(0), "A charity"),
    );
    // Every script a class's names are written in renders (the harness
    // fails on a missing glyph): Vietnamese, Chinese.
    write_work(
        &root.join("an.ron"),
        &work("Nguyễn Văn An", "2026-11-26T10:20:00Z", Some(2), "Không"),
    );
    write_work(
        &root.join("ming.ron"),
        &work("陈小明", "2026-11-26T10:21:00Z", Some(2), "社会"),
    );
    let hostile = "Cleo\u{202e}evil";
    write_work(
        &root.join("laptop-7/cleo.ron"),
        &work(hostile, "2026-11-26T10:30:00Z", None, ""),
    );
    std::fs::write(root.join("damaged.ron"), "(format: 1, garb").expect("write");
}

fn harness_for_class(exports: &Path) -> TestApp {
    harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            export_dir: Some(exports.to_path_buf()),
            no_file_windows: true,
            ..AppOptions::default()
        },
        [1280.0, 2000.0],
    )
}

/// Opens the class folder from the start screen as a teacher would on a
/// laptop with no folder window: "Class work…", type the path, Enter.
fn open_class(harness: &mut TestApp, folder: &Path) {
    harness.get_by_label("Class work…").click();
    harness.run();
    type_into(harness, "Class folder path:", &folder.display().to_string());
    harness.key_press(Key::Enter);
    harness.run();
}

#[test]
fn a_teacher_opens_a_class_folder_and_reads_the_roster() {
    let class = tempfile::tempdir().expect("temp dir");
    class_folder(class.path());
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_for_class(exports.path());
    open_class(&mut harness, class.path());
    let all = texts(&harness);
    assert!(
        shows(
            &harness,
            "Lesson template: copy me: 5 students, 2 handed in"
        ),
        "{all:?}"
    );
    // The names, sorted; the override shown, never obeyed.
    harness.get_by_label("Amira K.");
    harness.get_by_label("Ben");
    harness.get_by_label("Cleo\\u{202E}evil");
    assert!(!all.iter().any(|t| t.contains('\u{202e}')), "{all:?}");
    // Flags: Ben's conflict copy; ratings without a reason.
    assert!(all.iter().any(|t| t.contains("1 other copy")), "{all:?}");
    assert!(
        all.iter().any(|t| t.contains("1 rating without a reason")),
        "{all:?}"
    );
    assert!(shows(&harness, "✓ Handed in"));
    assert!(shows(&harness, "Not handed in"));
    // The damaged file is listed with its reason, folded away.
    harness.get_by_label("1 file was not read").click();
    harness.run();
    assert!(
        texts(&harness)
            .iter()
            .any(|t| t.contains("damaged.ron") && t.contains("damaged"))
    );
}

#[test]
fn a_teacher_reviews_by_question_with_the_keyboard() {
    let class = tempfile::tempdir().expect("temp dir");
    class_folder(class.path());
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_for_class(exports.path());
    open_class(&mut harness, class.path());
    // The page choice is one radio group: → moves to "By question".
    focus_radio_group(&mut harness, "Show");
    harness.key_press(Key::ArrowRight);
    harness.run();
    assert!(shows(&harness, "Question 1 of 6"), "{:?}", texts(&harness));
    // Ctrl+Page Down: question 2 (short answer): every answer, by name.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
    harness.run();
    assert!(shows(&harness, "Question 2 of 6"));
    assert!(shows(&harness, "The city council"));
    assert!(shows(&harness, "A charity"));
    assert!(!shows(&harness, "Old answer"), "the newest copy is shown");
    assert!(
        shows(&harness, "Not answered (1): Cleo\\u{202E}evil"),
        "{:?}",
        texts(&harness)
    );
    // Question 3: the chart of choices, counts in words, the key marked.
    harness.get_by_label("Next question →").click();
    harness.run();
    let all = texts(&harness);
    assert!(shows(&harness, "An opinion ✓ key"), "{all:?}");
    assert!(shows(&harness, "1 of 5 (20%)"), "{all:?}");
    assert!(all.iter().any(|t| t.starts_with("Key: ")), "{all:?}");
    // Question 5: ratings as a histogram.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
    harness.run();
    assert!(shows(&harness, "Question 5 of 6"));
    assert!(shows(&harness, "5 of 5 (100%)"), "{:?}", texts(&harness));
    // Ctrl+Page Up goes back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageUp);
    harness.run();
    assert!(shows(&harness, "Question 4 of 6"));
}

#[test]
fn a_teacher_reviews_a_student_and_picks_another_copy() {
    let class = tempfile::tempdir().expect("temp dir");
    class_folder(class.path());
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_for_class(exports.path());
    open_class(&mut harness, class.path());
    harness.get_by_label("Ben").click();
    harness.run();
    // The keyboard lands on the student's name, announced as a heading.
    let heading = harness
        .query_by(|n| n.is_focused())
        .expect("focus on the page");
    assert_eq!(
        heading.accesskit_node().role(),
        egui::accesskit::Role::Heading
    );
    assert_eq!(heading.accesskit_node().label().as_deref(), Some("Ben"));
    assert!(shows(&harness, "Student 2 of 5"));
    assert!(shows(&harness, "A charity"));
    // The whole lesson as the export shows it, with keys and notes.
    let all = texts(&harness);
    assert!(all.iter().any(|t| t.starts_with("Key: ")), "{all:?}");
    assert!(shows(&harness, "✓ A fact (chosen)"), "{all:?}");
    assert!(shows(&harness, "– An opinion"), "{all:?}");
    // The conflict copy can be shown instead.
    let pick = harness
        .query_by(|n| {
            n.label()
                .is_some_and(|l| l.starts_with("Show the copy saved "))
        })
        .expect("the other copy offered");
    pick.click();
    harness.run();
    assert!(shows(&harness, "Old answer"));
    assert!(!shows(&harness, "A charity"));
    // Next student with Ctrl+Page Down.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
    harness.run();
    assert!(shows(&harness, "Student 3 of 5"));
}

#[test]
fn a_teacher_saves_the_class_spreadsheet_and_report_from_the_window() {
    let class = tempfile::tempdir().expect("temp dir");
    class_folder(class.path());
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_for_class(exports.path());
    open_class(&mut harness, class.path());
    harness.get_by_label("Save spreadsheet (.csv)…").click();
    harness.run();
    harness.get_by_label("Save class report (.html)…").click();
    harness.run();
    let mut files: Vec<PathBuf> = std::fs::read_dir(exports.path())
        .expect("list")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 2, "{files:?}");
    let csv = std::fs::read_to_string(&files[0]).expect("csv");
    assert!(csv.starts_with('\u{feff}'));
    assert!(
        csv.contains("Amira K.") && csv.contains("A charity"),
        "{csv}"
    );
    let html = std::fs::read_to_string(&files[1]).expect("html");
    assert!(html.contains("Cleo\\u{202E}evil") && !html.contains('\u{202e}'));
    assert!(html.contains("5 students"), "{html}");
    assert!(
        harness
            .state()
            .message()
            .expect("told")
            .starts_with("Saved")
    );
}

#[test]
fn an_empty_or_missing_folder_says_what_to_do() {
    let empty = tempfile::tempdir().expect("temp dir");
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_for_class(exports.path());
    open_class(&mut harness, empty.path());
    assert!(shows(&harness, "No student work was found in this folder."));
    harness.get_by_label("← Lessons").click();
    harness.run();
    open_class(&mut harness, &empty.path().join("not-plugged-in"));
    let all = texts(&harness);
    assert!(
        all.iter()
            .any(|t| t.starts_with("The folder ") && t.contains("could not be read")),
        "{all:?}"
    );
}

#[test]
fn a_folder_with_two_lessons_offers_both_and_names_a_lesson_it_does_not_have() {
    let class = tempfile::tempdir().expect("temp dir");
    class_folder(class.path());
    let mut other = work("Dana", "2026-11-26T11:00:00Z", None, "");
    other.lesson_id = "mystery-lesson".to_owned();
    write_work(&class.path().join("dana.ron"), &other);
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_for_class(exports.path());
    open_class(&mut harness, class.path());
    // The lesson with most students first.
    assert!(shows(
        &harness,
        "Lesson template: copy me: 5 students, 2 handed in"
    ));
    harness.get_by_label("mystery-lesson (1 student)").click();
    harness.run();
    assert!(
        shows(
            &harness,
            "This work is for the lesson \"mystery-lesson\", which is not in your lessons."
        ),
        "{:?}",
        texts(&harness)
    );
    harness.get_by_label("Add lesson file…");
    harness
        .get_by_label("Lesson template: copy me (5 students)")
        .click();
    harness.run();
    harness.get_by_label("Amira K.");
}

#[test]
fn a_long_class_is_listed_a_hundred_at_a_time() {
    let class = tempfile::tempdir().expect("temp dir");
    for n in 0..120 {
        let name = format!("Student {n:03}");
        write_work(
            &class.path().join(format!("{n}.ron")),
            &work(&name, "2026-11-26T10:00:00Z", Some(n % 3), "An answer"),
        );
    }
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_for_class(exports.path());
    open_class(&mut harness, class.path());
    assert!(shows(&harness, "Students 1–100 of 120"));
    assert!(harness.query_by_label("Student 100").is_none());
    harness.get_by_label("Next 100 →").click();
    harness.run();
    assert!(shows(&harness, "Students 101–120 of 120"));
    harness.get_by_label("Student 119").click();
    harness.run();
    assert!(
        shows(&harness, "Student 120 of 120"),
        "{:?}",
        texts(&harness)
    );
}

/// A highlight of `quote` in the template's passage first-2.
pub(super) fn highlight(
    id: &str,
    quote: &str,
    tag: &str,
    comment: &str,
) -> closereader::work::Highlight {
    let text = "It is a shocking collapse, and it is getting worse every year.";
    let start = text[..text.find(quote).expect("in the passage")]
        .chars()
        .count();
    closereader::work::Highlight {
        id: id.to_owned(),
        passage: "first-2".to_owned(),
        start,
        end: start + quote.chars().count(),
        quote: quote.to_owned(),
        tag: tag.to_owned(),
        comment: comment.to_owned(),
        section: String::new(),
    }
}

/// The name of the heat map's passage group that starts with `speaker`.
fn passage_named(harness: &TestApp, speaker: &str) -> String {
    harness
        .query_all_by(|n| n.role() == egui::accesskit::Role::Group)
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.starts_with(speaker))
        .unwrap_or_else(|| panic!("no passage group for {speaker}"))
}

#[test]
fn the_class_highlights_show_who_tagged_what_with_counts_in_words() {
    let class = tempfile::tempdir().expect("temp dir");
    let students = [
        (
            "Amira",
            vec![highlight("h1", "shocking collapse", "loaded", "")],
        ),
        (
            "Ben",
            vec![highlight(
                "h1",
                "shocking collapse",
                "loaded",
                "feels scary",
            )],
        ),
        (
            "Cleo",
            vec![
                highlight("h1", "shocking", "loaded", ""),
                // Overlapping highlights by one student count once.
                highlight("h2", "shocking collapse", "loaded", ""),
                highlight("h3", "every year", "claim", "no evidence"),
                // A highlight in the section's source card counts too.
                closereader::work::Highlight {
                    passage: "who-ran-it-1".to_owned(),
                    start: 0,
                    end: "Write the document's text".chars().count(),
                    quote: "Write the document's text".to_owned(),
                    ..highlight("h4", "every year", "evidence", "")
                },
            ],
        ),
    ];
    for (name, highlights) in students {
        let mut file = work(name, "2026-11-26T10:00:00Z", None, "");
        file.work.highlights = highlights;
        write_work(&class.path().join(format!("{name}.ron")), &file);
    }
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_for_class(exports.path());
    open_class(&mut harness, class.path());
    focus_radio_group(&mut harness, "Show");
    harness.key_press(Key::End);
    harness.run();
    // All tags: the counts are in the passage's name and written out.
    let spoken = passage_named(&harness, "Dr. Example");
    assert_eq!(
        spoken,
        "Dr. Example: any tag: “shocking collapse,” 3 of 3 students; “every year.” 1 of 3 students"
    );
    assert!(shows(
        &harness,
        "Marked: “shocking collapse,” 3 of 3 · “every year.” 1 of 3"
    ));
    assert!(
        texts(&harness)
            .iter()
            .any(|t| t.starts_with("Shading (3 students)"))
    );
    let first = passage_named(&harness, "Narrator");
    assert_eq!(first, "Narrator: nobody marked this passage as any tag");
    // The card read beside the section is on the map, named as the source,
    // and (the card quotes a source) as the lesson's own words.
    assert_eq!(
        passage_named(&harness, "Who ran the survey?"),
        "Who ran the survey?, paragraph 1, this lesson’s own words (“Lesson template: copy me”), \
         not a source’s: any tag: “Write the document's text,” 1 of 3 students"
    );
    // Who tagged what, with comments: focusing the passage opens it.
    assert!(!shows(
        &harness,
        "Ben: Loaded language, “shocking collapse” (comment: feels scary)"
    ));
    harness
        .query_by(|n| {
            n.role() == egui::accesskit::Role::Group
                && n.label().is_some_and(|l| l.starts_with("Dr. Example"))
        })
        .expect("the passage")
        .focus();
    harness.run();
    assert!(shows(
        &harness,
        "Ben: Loaded language, “shocking collapse” (comment: feels scary)"
    ));
    // The page to project or print: shaded words with their counts.
    harness
        .get_by_label("Save highlights page (.html)…")
        .click();
    harness.run();
    let saved: Vec<PathBuf> = std::fs::read_dir(exports.path())
        .expect("list")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(saved.len(), 1, "{saved:?}");
    assert!(saved[0].to_string_lossy().contains("template-highlights-"));
    let page = std::fs::read_to_string(&saved[0]).expect("read");
    assert!(
        page.contains("<mark class=\"h4\" title=\"3 of 3 students\">shocking collapse,</mark>"),
        "{page}"
    );
    assert!(
        page.contains("Loaded language: “shocking collapse,” 3 of 3"),
        "{page}"
    );
    assert!(page.contains("Claim: “every year.” 1 of 3"), "{page}");
    // One tag.
    harness.get_by_label("Claim").click();
    harness.run();
    assert_eq!(
        passage_named(&harness, "Dr. Example"),
        "Dr. Example: claim: “every year.” 1 of 3 students"
    );
}

/// Dropped on the window, the platform's zip opens in the class view, its
/// students on the roster.
#[test]
fn a_zip_dropped_on_the_window_opens_the_class_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let zip = dir.path().join("submissions.zip");
    crate::lms_zip::zip_of(
        &zip,
        &[
            (
                "okaforada_1_2_work.ron",
                crate::lms_zip::work("Ada Okafor", "x", "2026-11-26T10:00:00Z"),
            ),
            (
                "levinoa_3_4_work.ron",
                crate::lms_zip::work("Noa Levi", "y", "2026-11-26T10:00:00Z"),
            ),
        ],
    );
    let mut harness = harness_with(
        closereader::ui::AppOptions {
            lessons_dirs: vec![
                crate::common::base_lesson()
                    .parent()
                    .expect("tests")
                    .to_path_buf(),
            ],
            ..closereader::ui::AppOptions::default()
        },
        [1280.0, 900.0],
    );
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(zip.clone())));
    harness.run();
    harness.run_until("the class view", |h| {
        h.query_all_by_label_contains("Noa Levi").next().is_some()
    });
    assert!(
        harness
            .query_all_by_label_contains("Ada Okafor")
            .next()
            .is_some()
    );
}

/// A file dropped on the window, as the windowing system hands it over.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// The class view open on a folder with work from each of `names` (the
/// folders are removed when the first value is dropped).
fn class_of(names: &[&str]) -> ([tempfile::TempDir; 2], TestApp) {
    let class = tempfile::tempdir().expect("temp dir");
    for (i, name) in names.iter().enumerate() {
        write_work(
            &class.path().join(format!("student-{i}.ron")),
            &work(name, "2026-11-26T10:00:00Z", Some(0), "x"),
        );
    }
    let exports = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_for_class(exports.path());
    open_class(&mut harness, class.path());
    ([class, exports], harness)
}

/// Names in Hebrew, Arabic and with emoji show their own letters in the
/// roster (their fonts load when first needed), two names differing only
/// by an emoji stay different, and no code points are needed to tell them
/// apart.
#[test]
fn names_in_every_script_show_their_letters_in_the_roster() {
    let (_folders, harness) = class_of(&["נועה", "محمد", "Lee 😀", "Lee 😃"]);
    let all = texts(&harness);
    assert!(
        !all.iter().any(|t| t.contains("[U+") || t.contains('□')),
        "no boxes or code points: {all:?}"
    );
    for name in ["Lee 😀", "Lee 😃", "נועה", "محمد"] {
        let shown: Vec<String> = harness
            .query_all_by_label_contains(name)
            .filter_map(|n| n.accesskit_node().label())
            .collect();
        assert!(!shown.is_empty(), "{name} in the roster");
        assert!(
            shown.iter().all(|l| !l.contains("[U+") && !l.contains('□')),
            "{shown:?}"
        );
    }
}

/// Arabic and Hebrew names mixed with Latin are shown in display order in
/// the roster (and said as typed); two different names that would then
/// look the same are numbered, so no two names look alike.
#[test]
fn mixed_direction_names_are_shown_in_display_order_and_never_look_alike() {
    let (_folders, mut harness) =
        class_of(&["محمد Al-Farsi", "Al-Farsi محمد", "נועה Levi 2", "Amira"]);
    let shown = painted(&harness);
    let roster: Vec<&String> = shown
        .iter()
        .filter(|t| t.contains("محمد") || t.contains("נועה") || *t == "Amira")
        .collect();
    // Shown with the right-to-left words in display order …
    assert!(roster.iter().any(|t| *t == "Levi 2 נועה"), "{roster:?}");
    let farsi: Vec<&&String> = roster
        .iter()
        .filter(|t| t.starts_with("Al-Farsi محمد"))
        .collect();
    assert_eq!(farsi.len(), 2, "{roster:?}");
    // … and the two names that show alike told apart.
    assert_ne!(farsi[0], farsi[1], "{roster:?}");
    assert!(!roster.iter().any(|t| *t == "محمد Al-Farsi"), "{roster:?}");
    // Said as typed.
    for name in ["محمد Al-Farsi", "Al-Farsi محمد", "נועה Levi 2"] {
        harness.get_by_label(name);
    }
    // The student's page: the heading in display order, said as typed.
    harness.get_by_label("נועה Levi 2").click();
    harness.run();
    assert!(
        painted(&harness).iter().any(|t| t == "Levi 2 נועה"),
        "{:?}",
        painted(&harness)
    );
    assert!(
        harness
            .query_all_by_label("נועה Levi 2")
            .any(|n| n.accesskit_node().role() == egui::accesskit::Role::Heading)
    );
}

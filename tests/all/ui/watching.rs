//! "▶ Watch from 0:12" under a passage whose source names a video: reached
//! with the keyboard, named in words for screen readers, and pressing it
//! starts a player (a fake one here) at the passage's second without the
//! window waiting for it; passages without a time have no button.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use closereader::ui::AppOptions;
use egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness::*;
use crate::common::{fake_program, recorded_arguments};

const BUTTON: &str = "Watch the video from 0 minutes 12 seconds";

/// The template lesson in `dir`, its source naming `video/report.mp4`
/// (which is there), with players looked for in `dir/bin` (none unless
/// the test puts one there).
fn lesson_with_video(dir: &Path) -> TestApp {
    let template = std::fs::read_to_string(lessons_dir().join("template.ron")).expect("read");
    let with = template.replace(
        "// video: \"video/report.mp4\",",
        "video: \"video/report.mp4\",",
    );
    assert_ne!(with, template, "the template's video line is where it was");
    std::fs::write(dir.join("template.ron"), with).expect("write");
    std::fs::create_dir(dir.join("video")).expect("mkdir");
    std::fs::write(dir.join("video/report.mp4"), b"not really a video").expect("write");
    let mut harness = harness_with(
        AppOptions {
            lessons_dirs: vec![dir.to_path_buf()],
            player_search_path: Some(dir.join("bin").into_os_string()),
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    );
    open_template_as(&mut harness, "Ola");
    harness
}

#[cfg(unix)]
#[test]
fn watch_from_is_reached_by_keyboard_and_starts_the_player_at_the_second() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("bin")).expect("mkdir");
    let vlc = fake_program(&dir.path().join("bin"), "vlc");
    let mut harness = lesson_with_video(dir.path());
    // One passage of the template has a time: one button, showing it.
    let buttons: Vec<String> = harness
        .query_all_by(|n| {
            n.role() == egui::accesskit::Role::Button
                && n.label().is_some_and(|l| l.starts_with("Watch the video"))
        })
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(buttons, [BUTTON]);
    tab_to(&mut harness, BUTTON);
    harness.key_press(Key::Enter);
    harness.run();
    let file = std::path::absolute(dir.path().join("video/report.mp4")).unwrap();
    assert_eq!(
        recorded_arguments(&vlc),
        ["--start-time=12".to_owned(), file.display().to_string()]
    );
    harness.run_until("the message", |h| {
        shows(h, "Opening the video in VLC at 0:12.")
    });
    assert!(
        harness
            .query_by_label(BUTTON)
            .is_some_and(|n| n.is_focused()),
        "the keyboard stays on the button"
    );
}

#[test]
fn a_missing_video_is_said_in_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = lesson_with_video(dir.path());
    std::fs::remove_file(dir.path().join("video/report.mp4")).expect("remove");
    harness.get_by_label(BUTTON).click();
    harness.run_until("the message", |h| {
        shows(
            h,
            "The video video/report.mp4 is not in the lesson's folder, so it cannot be opened. Ask your teacher for a copy.",
        )
    });
}

#[test]
fn without_a_video_no_passage_has_a_watch_button() {
    let mut harness = harness_with_template();
    open_template_as(&mut harness, "Ola");
    assert!(harness.query_by_label(BUTTON).is_none());
}

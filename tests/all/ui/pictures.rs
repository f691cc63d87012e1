//! A lesson's picture: read in the background, shown at its shape with its
//! description as its name for screen readers, enlarged on a click, and a
//! picture that cannot be read said in words.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use closereader::ui::AppOptions;
use egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::harness::*;

const ALT: &str = "A bar chart: trust in the news, 2015 to 2025";

/// The template lesson in `dir`, its section showing `images/chart.png`.
fn lesson_with_picture(dir: &Path, picture: &[u8]) -> TestApp {
    let template = std::fs::read_to_string(lessons_dir().join("template.ron")).expect("read");
    let with = template.replace(
        r#"// image: (path: "images/chart.png", alt: "What the picture shows"), // (optional) PNG or JPEG"#,
        &format!(r#"image: (path: "images/chart.png", alt: "{ALT}"),"#),
    );
    assert_ne!(
        with, template,
        "the template's picture line is where it was"
    );
    std::fs::write(dir.join("template.ron"), with).expect("write");
    std::fs::create_dir(dir.join("images")).expect("mkdir");
    std::fs::write(dir.join("images/chart.png"), picture).expect("write");
    let mut harness = harness_with(
        AppOptions {
            lessons_dirs: vec![dir.to_path_buf()],
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    );
    open_template_as(&mut harness, "Ola");
    harness
}

/// A plain red PNG of this size.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_pixel(width, height, image::Rgb([200, 40, 40]));
    let mut bytes = std::io::Cursor::new(Vec::new());
    image
        .write_to(&mut bytes, image::ImageFormat::Png)
        .expect("encode");
    bytes.into_inner()
}

#[test]
fn a_picture_is_shown_at_its_shape_named_by_its_description_and_enlarges() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = lesson_with_picture(dir.path(), &png(400, 200));
    let picture = harness
        .query_by(|n| n.role() == egui::accesskit::Role::Image)
        .expect("the picture is drawn");
    assert_eq!(picture.accesskit_node().label().as_deref(), Some(ALT));
    let size = picture.rect().size();
    assert!(
        (size.x / size.y - 2.0).abs() < 0.05,
        "2:1 as the file is: {size:?}"
    );
    assert!(size.x >= 399.0, "at its own size when it fits: {size:?}");
    picture.click();
    harness.run();
    harness.get_by_label("Close");
    assert!(
        harness
            .query_all_by(|n| n.role() == egui::accesskit::Role::Image)
            .count()
            >= 2,
        "the enlarged picture is drawn too"
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Close").is_none());
    // By the keyboard: Enter enlarges it; Esc and Close each give the
    // keyboard back to the picture.
    for close in [Key::Escape, Key::Enter] {
        harness
            .query_by(|n| n.role() == egui::accesskit::Role::Image)
            .expect("the picture")
            .focus();
        harness.run();
        harness.key_press(Key::Enter);
        harness.run();
        harness.get_by_label("Close");
        if close == Key::Enter {
            tab_to(&mut harness, "Close");
        }
        harness.key_press(close);
        harness.run();
        assert!(harness.query_by_label("Close").is_none(), "{close:?}");
        let focused = harness
            .query_by(|n| n.is_focused())
            .expect("the keyboard is somewhere");
        assert_eq!(
            focused.accesskit_node().label().as_deref(),
            Some(ALT),
            "after {close:?}"
        );
    }
}

#[test]
fn a_picture_that_cannot_be_read_is_said_in_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut broken = png(40, 40);
    broken.truncate(broken.len() / 2);
    let harness = lesson_with_picture(dir.path(), &broken);
    assert!(
        harness
            .query_by(|n| n.role() == egui::accesskit::Role::Image)
            .is_none()
    );
    assert_shown(&harness, &format!("Picture: {ALT}"));
    let why = texts(&harness)
        .into_iter()
        .find(|v| v.starts_with("The picture could not be shown"))
        .expect("said");
    assert!(why.contains("could not be decoded"), "{why}");
}

//! The app under test: a kittest harness around the real app with its own
//! folder for saved work, and the steps a person takes (type a name, open a
//! lesson, type into a labelled field, export).

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use closereader::ui::{AppOptions, CloseReaderApp, Settings};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::common::FakeDisk;

pub fn lessons_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")
}

/// The app under test with its own folder for saved work.
pub struct TestApp {
    harness: Harness<'static, CloseReaderApp>,
    /// The folder for saved work.
    pub data: tempfile::TempDir,
    /// The app's clock: its timers (autosave, saving feedback) move only
    /// when a test moves it, so no test sleeps to wait for one.
    pub clock: closereader::clock::Clock,
}

/// Feedback is saved at most this long after the teacher's last change.
pub const FEEDBACK_SAVED_WITHIN: Duration = Duration::from_secs(1);

/// How long a test waits for the app's background work before failing.
const SETTLE_TIMEOUT: Duration = Duration::from_secs(20);

impl TestApp {
    /// Runs frames until the app has nothing left to do: no frame asked for,
    /// no background job running, no save it is waiting for. (Disk work runs
    /// on background threads, so a person would see it a moment later.)
    pub fn run(&mut self) {
        let deadline = std::time::Instant::now() + SETTLE_TIMEOUT;
        loop {
            // A spinner repaints while the app works (and a job may start
            // another): step until no frame is asked for and nothing runs.
            let settled = self.harness.run_ok().is_some();
            if settled && !self.harness.state().is_busy() {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the app was still busy after {SETTLE_TIMEOUT:?}"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Takes in what was pressed or typed, lets `time` pass on the app's
    /// clock, then runs frames (timers due by then fire, and the work they
    /// start is waited for).
    pub fn wait(&mut self, time: Duration) {
        self.run();
        self.clock.advance(time);
        self.run();
    }

    /// Runs frames until `done` holds (for work outside the app's clock:
    /// a file watcher, a speech engine), failing after a while.
    pub fn run_until(&mut self, what: &str, done: impl Fn(&Self) -> bool) {
        crate::common::eventually(what, SETTLE_TIMEOUT, || {
            self.run();
            done(self)
        });
    }

    /// The work on screen (a lesson must be open).
    pub fn work(&self) -> &closereader::work::Work {
        self.harness.state().open_work().expect("a lesson is open")
    }

    /// A store reading the same folder for saved work.
    pub fn store(&self) -> closereader::work::WorkStore {
        crate::common::builders::store_in(self.data.path())
    }
}

impl std::ops::Deref for TestApp {
    type Target = Harness<'static, CloseReaderApp>;
    fn deref(&self) -> &Self::Target {
        &self.harness
    }
}

impl std::ops::DerefMut for TestApp {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.harness
    }
}

pub fn harness_with(options: AppOptions, size: [f32; 2]) -> TestApp {
    harness_with_settings(options, Settings::default(), size)
}

/// The app with these remembered settings (text size, theme…).
pub fn harness_with_settings(options: AppOptions, settings: Settings, size: [f32; 2]) -> TestApp {
    let mut app = harness_unsettled(options, settings, size);
    app.run();
    app
}

/// The app before its first frame, not waited for: for a share that never
/// answers, whose jobs the window waits for until it gives up on them.
pub fn harness_unsettled(options: AppOptions, settings: Settings, size: [f32; 2]) -> TestApp {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = closereader::clock::Clock::manual();
    let options = AppOptions {
        data_dir: Some(data.path().to_path_buf()),
        clock: clock.clone(),
        ..options
    };
    let app = CloseReaderApp::new(settings, options);
    // Saving asks for a frame when the next save is due: allow a few steps.
    let harness = Harness::builder()
        .with_size(size)
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut CloseReaderApp| app.show(ui), app);
    TestApp {
        harness,
        data,
        clock,
    }
}

/// A student's app with the template listed, handing in to `folder` (where
/// their feedback comes back).
pub fn harness_handing_in_to(folder: &Path) -> TestApp {
    harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            hand_in_dir: Some(folder.to_path_buf()),
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    )
}

/// The app with the template lesson (every prompt kind in one section) listed.
pub fn harness_with_template() -> TestApp {
    harness_with(
        AppOptions {
            lessons_dirs: vec![lessons_dir()],
            open_lesson: None,
            ..AppOptions::default()
        },
        [1280.0, 2400.0],
    )
}

/// Every text on screen, as the accessibility tree has it (a label's text
/// is its value).
pub fn texts(harness: &TestApp) -> Vec<String> {
    harness
        .query_all_by(|n| n.role() == egui::accesskit::Role::Label)
        .filter_map(|n| n.accesskit_node().value())
        .collect()
}

/// Whether some text on screen is exactly `text`.
pub fn shows(harness: &TestApp, text: &str) -> bool {
    texts(harness).iter().any(|t| t == text)
}

/// Asserts that some widget has this exact label (the top bar and the outline
/// may both show the same count).
pub fn assert_shown(harness: &TestApp, label: &str) {
    assert!(
        harness.query_all_by_label(label).next().is_some(),
        "nothing is labelled {label:?}"
    );
}

/// Focuses the field labelled `label`, then types into it (as a person
/// would: the click or Tab comes a frame before the typing).
pub fn type_into(harness: &mut TestApp, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

pub fn type_name(harness: &mut TestApp, name: &str) {
    type_into(harness, "Who is working?", name);
}

/// The app with the template listed, saving exports into `dir` without asking.
pub fn harness_exporting_to(dir: &Path) -> TestApp {
    let options = AppOptions {
        lessons_dirs: vec![lessons_dir()],
        export_dir: Some(dir.to_path_buf()),
        ..AppOptions::default()
    };
    harness_with(options, [1280.0, 2400.0])
}

/// Exports with Ctrl+E in the format labelled `format`; returns the one file
/// that appears in `dir`.
pub fn export_as(harness: &mut TestApp, format: &str, dir: &Path) -> PathBuf {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.get_by_label(format).click();
    harness.run();
    harness.get_by_label("Save…").click();
    harness.run();
    let files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files.into_iter().next().expect("one file")
}

/// Types `name` and starts the template lesson (every prompt kind, one section).
pub fn open_template_as(harness: &mut TestApp, name: &str) {
    type_name(harness, name);
    harness
        .get_by_label("Start: Lesson template: copy me")
        .click();
    harness.run();
}

/// Types `name` and starts the bundled lesson.
pub fn start_bundled_as(harness: &mut TestApp, name: &str) {
    type_name(harness, name);
    harness
        .get_by_label("Start: Reading a Video Closely: China’s Social Credit System")
        .click();
    harness.run();
}

/// Types `name` and continues the template lesson, on which that student
/// has saved work ("Continue: …" on the start screen).
pub fn continue_template_as(harness: &mut TestApp, name: &str) {
    type_name(harness, name);
    continue_template(harness);
}

/// Leaves the open lesson for the start screen ("← Lessons"), then
/// continues the template lesson.
pub fn reopen_template(harness: &mut TestApp) {
    harness.get_by_label("← Lessons").click();
    harness.run();
    continue_template(harness);
}

fn continue_template(harness: &mut TestApp) {
    harness
        .get_by_label("Continue: Lesson template: copy me")
        .click();
    harness.run();
}

/// Focuses the radio group whose label starts with `label` (the whole
/// group is one Tab stop, as a keyboard reaches it).
pub fn focus_radio_group(harness: &mut TestApp, label: &str) {
    harness
        .query_by(|n| {
            n.role() == egui::accesskit::Role::RadioGroup
                && n.label().is_some_and(|l| l.starts_with(label))
        })
        .unwrap_or_else(|| panic!("no radio group {label:?}…"))
        .focus();
    harness.run();
}

/// The app with the template listed and a disk that is always full.
pub fn harness_with_full_disk() -> TestApp {
    let options = AppOptions {
        lessons_dirs: vec![lessons_dir()],
        disk: Some(std::sync::Arc::new(FakeDisk::failing(
            "write",
            std::io::ErrorKind::StorageFull,
        ))),
        ..AppOptions::default()
    };
    harness_with(options, [1280.0, 2400.0])
}

/// Presses Tab until the widget labelled `label` has the keyboard focus.
pub fn tab_to(harness: &mut TestApp, label: &str) {
    for _ in 0..80 {
        if harness
            .query_by_label(label)
            .is_some_and(|n| n.is_focused())
        {
            return;
        }
        harness.key_press(Key::Tab);
        harness.run();
    }
    panic!("Tab never reached {label:?}");
}

/// The app at `size` with the bundled lesson opened by `name`; returns the
/// app and the lesson.
pub fn open_bundled_as(
    size: [f32; 2],
    name: &str,
) -> (TestApp, std::sync::Arc<closereader::lesson::Lesson>) {
    let mut harness = harness_with(AppOptions::default(), size);
    start_bundled_as(&mut harness, name);
    let lesson = harness.state().library()[0]
        .lesson
        .clone()
        .expect("the bundled lesson");
    (harness, lesson)
}

/// The drop-down list named `list` (its button: a combo box with a value).
pub fn list_button<'a>(harness: &'a TestApp, list: &str) -> egui_kittest::Node<'a> {
    let name = list.to_owned();
    harness
        .query_by(move |n| {
            n.role() == egui::accesskit::Role::ComboBox
                && n.label().as_deref() == Some(name.as_str())
        })
        .unwrap_or_else(|| panic!("no drop-down list {list:?}"))
}

/// Opens the drop-down list named `list` and clicks its option `option`.
pub fn choose_in_list(harness: &mut TestApp, list: &str, option: &str) {
    list_button(harness, list).click();
    harness.run();
    harness
        .query_by(|n| {
            n.role() == egui::accesskit::Role::ListBoxOption && n.label().as_deref() == Some(option)
        })
        .unwrap_or_else(|| panic!("no option {option:?} in {list:?}"))
        .click();
    harness.run();
}

/// The focused widget: its name, the question group it is in (if any),
/// and where it is on screen.
pub fn focused(harness: &TestApp) -> Option<(String, Option<String>, egui::Rect)> {
    let node = harness.query_by(|n| n.is_focused())?;
    let rect = node.rect();
    let accesskit = node.accesskit_node();
    let label = accesskit.label().unwrap_or_default();
    let group = std::iter::successors(accesskit.parent(), |p| p.parent())
        .filter_map(|p| p.label())
        .find(|l| l.starts_with("Question "));
    Some((label, group, rect))
}

/// Presses Tab from the section's title to its notes, asserting that each
/// widget focused is inside `window`; returns the questions reached.
pub fn tab_through_section(
    harness: &mut TestApp,
    window: egui::Rect,
    section: usize,
) -> std::collections::BTreeSet<String> {
    let mut reached = std::collections::BTreeSet::new();
    for _ in 0..400 {
        harness.key_press(Key::Tab);
        harness.run();
        let (label, group, rect) = focused(harness).expect("Tab always lands somewhere");
        // A passage taller than the reading column (at the largest text on
        // a netbook) cannot be all on screen: it is scrolled to its start.
        let tall_and_started = rect.height() > window.height() / 2.0
            && window.contains(rect.left_top())
            && rect.top() < window.center().y;
        assert!(
            window.contains_rect(rect) || tall_and_started,
            "section {section}: {label:?} has focus at {rect:?}, off screen"
        );
        if let Some(group) = group {
            reached.insert(group);
        }
        if label.starts_with("Notes on ") {
            break;
        }
    }
    reached
}

/// Every text painted in the last frame (what a person sees, in the order
/// laid out: a name in display order, where the accessible name is as typed).
pub fn painted(harness: &TestApp) -> Vec<String> {
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Text(text) => Some(text.galley.text().to_owned()),
            _ => None,
        })
        .collect()
}

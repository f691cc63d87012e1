//! Every integration test, in one test binary: egui, winit and the Word
//! writer are linked once, not once a file (as ripgrep does).
//!
//! - `class_folder`, `export`, `export_quotes`, `lesson_check`, `new_lesson`: the command line;
//! - `work_store`: saving student work (kill tests, faulty disks);
//! - `fuzz_lesson_loader`: hostile lesson files;
//! - `docs`: the documentation's claims;
//! - `ui`: real flows through the app, driven headless by egui_kittest.

#![allow(clippy::expect_used, clippy::unwrap_used)]

mod common;

mod class_folder;
mod class_list;
mod docs;
mod export;
mod export_quotes;
mod fuzz_lesson_loader;
mod lesson_check;
mod line_endings;
mod lms_zip;
mod new_lesson;
mod translations;
mod ui;
mod watch;
mod work_store;

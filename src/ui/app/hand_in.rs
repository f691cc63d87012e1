//! "Hand in": where the class's hand-in folder is (the command line, or a
//! classroom settings file school IT rolled out), handing the work on
//! screen in to it in the background, and telling the student how it went.

use crate::tr;
use std::path::PathBuf;
use std::time::SystemTime;

use crate::class::hand_in::{HandInError, HandedIn};
use crate::classroom::{ClassroomError, FoundClassroom};
use crate::clock::clock_time;
use crate::work::WorkKey;

use super::CloseReaderApp;
use super::background::Job;
use super::banner::Banner;
use crate::ui::top_bar::HandInLine;

/// Where "Hand in" writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum HandInPlace {
    /// Still looking for a classroom settings file.
    Looking,
    /// No hand-in folder is set up on this laptop.
    NotSetUp,
    /// This folder (from the command line, or from the settings file `from`).
    Folder {
        /// The hand-in folder.
        dir: PathBuf,
    },
    /// The classroom settings file has a mistake: what it is.
    Broken(String),
}

/// The last hand-in of the open lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct HandInRecord {
    /// When.
    pub at: SystemTime,
    /// The work's edit count then (later edits are "changed since").
    pub edits: u64,
    /// The work had changed since the hand-in before the lesson was opened
    /// again.
    pub changed_before: bool,
}

impl CloseReaderApp {
    /// Takes in what the classroom settings file says (unless the command
    /// line already named a hand-in folder).
    pub(super) fn set_classroom(
        &mut self,
        classroom: Option<Result<FoundClassroom, ClassroomError>>,
    ) {
        let trust = match &classroom {
            Some(Ok(found)) => crate::feedback::Trust {
                teachers: found.teachers.clone(),
                broken: None,
            },
            Some(Err(e)) => crate::feedback::Trust {
                teachers: Vec::new(),
                broken: Some(e.to_string()),
            },
            None => crate::feedback::Trust::default(),
        };
        let list = match &classroom {
            Some(Ok(found)) => found.students.clone(),
            _ => Vec::new(),
        };
        if list != self.places.class_list {
            self.places.class_list = list.clone();
            // A class view open on no list of its own takes it.
            if let Some(view) = self.screen.class_mut()
                && view.list.names.is_empty()
            {
                view.list = crate::class::class_list::ClassList::of_names(list);
                view.rows = None;
            }
        }
        if trust != self.places.trusted {
            self.places.trusted = trust;
            // Feedback already looked for was checked against no keys; a
            // class already read counted only the teacher's own.
            self.find_feedback();
            if let Some(folder) = self
                .screen
                .class()
                .filter(|v| v.has_read())
                .map(|v| v.folder().to_path_buf())
            {
                self.open_class_folder(folder);
            }
        }
        if self.places.hand_in != HandInPlace::Looking {
            return;
        }
        self.places.hand_in = match classroom {
            Some(Ok(FoundClassroom {
                hand_in: Some(dir), ..
            })) => HandInPlace::Folder { dir },
            Some(Ok(_)) | None => HandInPlace::NotSetUp,
            Some(Err(e)) => HandInPlace::Broken(e.to_string()),
        };
    }

    /// Hands the work on screen in, in the background.
    pub(super) fn hand_in(&mut self) {
        let Some(open) = self.screen.lesson_mut() else {
            return;
        };
        if open.handing_in.is_some() {
            return;
        }
        let dir = match &self.places.hand_in {
            HandInPlace::Folder { dir } => dir.clone(),
            HandInPlace::Looking => {
                self.say(tr!("hand-in-looking"));
                return;
            }
            HandInPlace::NotSetUp => {
                self.banner
                    .show(Banner::with_copy(tr!("hand-in-not-set-up")));
                return;
            }
            HandInPlace::Broken(why) => {
                let text = tr!("hand-in-broken", why = why.as_str());
                self.banner.show(Banner::with_copy(text));
                return;
            }
        };
        let job = Job::HandIn {
            disk: self.places.disk.clone(),
            folder: dir,
            file: Box::new(open.work.to_file()),
            edits: open.work.edit_count(),
        };
        open.handing_in = Some(open.work.work().clone());
        self.start(job);
    }

    /// Takes in how a hand-in went.
    pub(super) fn handed_in(
        &mut self,
        key: &WorkKey,
        edits: u64,
        at: SystemTime,
        result: Result<HandedIn, HandInError>,
    ) {
        let Some(open) = self.screen.lesson_mut().filter(|o| o.work.key() == key) else {
            // The student left the lesson meanwhile: the top bar is gone,
            // but they should still hear how it went.
            match result {
                Ok(_) => self.say(tr!("hand-in-done-short", time = clock_time(at))),
                Err(e) => self.banner.show(Banner::new(not_handed_in(&e))),
            }
            return;
        };
        let handed_work = open.handing_in.take();
        match result {
            Ok(done) => {
                open.handed_in = Some(HandInRecord {
                    at,
                    edits,
                    changed_before: false,
                });
                if let Some(work) = handed_work {
                    self.hand_ins.insert(key.clone(), (at, work));
                }
                let folder = done.path.parent().map(std::path::Path::to_path_buf);
                let time = clock_time(at);
                let mut text = match &done.newer {
                    Some(newer) => match humantime::parse_rfc3339_weak(newer) {
                        Ok(then) => tr!(
                            "hand-in-newer-there.at",
                            time = time,
                            then = clock_time(then)
                        ),
                        Err(_) => tr!("hand-in-newer-there", time = time),
                    },
                    None => tr!("hand-in-done", time = time),
                };
                if let Some(note) = &done.note {
                    text = format!("{text} {note}");
                }
                // Handing in with questions left is allowed, and said.
                if let Some(open) = self.screen.lesson() {
                    let progress = crate::work::lesson_progress(&open.lesson, open.work.work());
                    if !progress.is_complete() && progress.total > 0 {
                        let left = tr!(
                            "hand-in-unanswered",
                            answered = progress.answered,
                            total = progress.total
                        );
                        text = format!("{text} {left}");
                    }
                }
                self.banner.show(Banner::with_folder(text, folder));
            }
            Err(e) => self.banner.show(Banner::with_copy(not_handed_in(&e))),
        }
    }

    /// The hand-in folder, if one is set up.
    pub(super) fn hand_in_dir(&self) -> Option<PathBuf> {
        match &self.places.hand_in {
            HandInPlace::Folder { dir } => Some(dir.clone()),
            _ => None,
        }
    }

    /// Looks for the teacher's feedback on the open work, in the hand-in
    /// folder and beside the work.
    pub(super) fn find_feedback(&mut self) {
        let (Some(open), Some(store)) = (self.screen.lesson(), &self.places.store) else {
            return;
        };
        if self.preview.is_some() {
            return;
        }
        let key = open.work.key().clone();
        let folders = crate::feedback::feedback_folders(store, self.hand_in_dir().as_deref(), &key);
        let job = Job::FindFeedback {
            disk: self.places.disk.clone(),
            folders: folders.clone(),
            key: key.clone(),
            trusted: self.places.trusted.clone(),
        };
        self.start(job);
        self.find_class_reading(folders, key);
    }

    /// Takes in the feedback found for `key`'s work.
    pub(super) fn feedback_found(
        &mut self,
        key: &WorkKey,
        found: Option<Result<crate::feedback::StudentFeedback, String>>,
    ) {
        let Some(open) = self.screen.lesson_mut().filter(|o| o.work.key() == key) else {
            return;
        };
        match found {
            Some(Ok(feedback)) if !feedback.is_empty() => {
                let returned = feedback.feedback.returned();
                // Never "comments under your answers" when there are none.
                let message = if feedback.feedback.has_comments() {
                    tr!("feedback-returned-message")
                } else {
                    tr!("feedback-returned-marks-message")
                };
                open.feedback = Some(feedback);
                if returned {
                    self.say(message);
                }
            }
            Some(Err(why)) => self.say(tr!("feedback-unreadable", why = why)),
            _ => {}
        }
    }

    /// What the top bar says, or `None` where there is nothing to hand in
    /// (a teacher's preview).
    pub(super) fn hand_in_line(&self) -> Option<HandInLine> {
        let open = self.screen.lesson()?;
        if self.preview.is_some() {
            return None;
        }
        let handed_in = open.handed_in.map(|record| {
            let at = clock_time(record.at);
            if record.changed_before || open.work.edit_count() > record.edits {
                tr!("hand-in-line-changed", time = at)
            } else {
                tr!("hand-in-line", time = at)
            }
        });
        Some(HandInLine {
            handed_in,
            busy: open.handing_in.is_some(),
        })
    }
}

/// "Not handed in: the hand-in folder … cannot be reached: …".
fn not_handed_in(error: &HandInError) -> String {
    let text = error.to_string();
    let mut chars = text.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
    let why = format!("{}{}", first.unwrap_or_default(), chars.as_str());
    tr!("hand-in-failed", why = why)
}

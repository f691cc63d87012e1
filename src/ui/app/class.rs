//! The class view's state and what its commands do: choosing a folder of a
//! class's work, reading it in the background (with a progress bar),
//! choosing the lesson, the page and the question or student shown,
//! picking another copy of a student's work, and saving the class files.

use super::state::Screen;
use crate::tr;
use std::path::PathBuf;
use std::sync::Arc;

use crate::class::class_list::{ClassList, Joins};
use crate::class::heat::{PassageHeat, section_heat};
use crate::class::read_cache::ReadCache;
use crate::class::review::questions;
use crate::class::review::{ClassRow, RosterSort, sort_rows};
use crate::class::{ClassFile, Collection, StudentWork};
use crate::feedback::signing::TrustedTeacher;
use crate::feedback::{TeacherFeedback, record_auto_marks};
use crate::lesson::Lesson;

use super::CloseReaderApp;
use super::background::{Job, ReadCounter, class_folder_window, save_class_file_window};
use super::class_feedback::{edit_feedback, feedback_of, feedback_status};
use crate::ui::class::{ClassLessonChoice, ClassPage, ClassScreen, ClassShown};
use crate::ui::command::ClassCommand;

/// A class's work open in the class view.
pub(super) struct ClassView {
    /// The folder it was read from.
    folder: PathBuf,
    /// How far reading has got, while it is being read.
    reading: Option<Arc<ReadCounter>>,
    /// What the folder holds, once read.
    collection: Option<Collection>,
    /// Why the folder could not be read.
    problem: Option<String>,
    /// The lesson shown (its id).
    lesson: Option<String>,
    /// The page shown.
    page: ClassPage,
    /// Move the keyboard to the page's first control on the next frame.
    focus_page: bool,
    /// Move the keyboard to the view's title on the next frame (it opened).
    focus_title: bool,
    /// The heat map's tag (its id), or all tags.
    heat_tag: Option<String>,
    /// The heat map as last worked out, and for what.
    heat: Option<(HeatKey, Vec<PassageHeat>)>,
    /// Feedback being written, by (lesson id, student).
    pub(super) feedback: super::class_feedback::FeedbackEdits,
    /// The teacher's public key: their part of each feedback file (made
    /// as the class view opens; "" until then, or if it cannot be kept).
    pub(super) my_key: String,
    /// Closing, once the feedback is saved: what then.
    pub(super) closing: Option<AfterClassClose>,
    /// The first student listed on the roster and under a question (long
    /// lists are shown a part at a time).
    list_from: usize,
    /// The class list (from classroom.ron, or typed or pasted here).
    pub(super) list: ClassList,
    /// The teacher's joins of work to names on the list.
    pub(super) joins: Joins,
    /// The class list box's text while the teacher edits it (`None`: closed).
    pub(super) list_text: Option<String>,
    /// How the roster is sorted.
    pub(super) sort: RosterSort,
    /// Show the page from its top on the next frame (it has just opened).
    scroll_top: bool,
    /// Asking the teacher to confirm returning feedback to the class.
    confirm_return: bool,
    /// Returning to the class also shares the class's reading (the
    /// teacher's choice, remembered for the folder).
    pub(super) share_reading: bool,
    /// The roster's rows, sorted, as last worked out (`None`: to be worked
    /// out again: the class, its feedback, the list or the order changed).
    /// Not every frame: 3,000 students' totals.
    pub(super) rows: Option<Vec<ClassRow>>,
    /// What each file held when the folder was last read (taken by the
    /// read running now): reading again reads only changed files.
    cache: Box<ReadCache>,
}

/// What to do once the class view has closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AfterClassClose {
    /// Show the start screen.
    StartScreen,
    /// Close the window.
    Quit,
}

/// What a heat map was worked out for: the section, and the tag (or all).
type HeatKey = (usize, Option<String>);

impl ClassView {
    /// Changes the feedback of student `index` on the lesson shown.
    /// Also records the automatic marks of `lesson_shown`'s keyed
    /// questions as they are now, so the student sees the marks the teacher
    /// saw even after changing an answer.
    fn change_feedback(
        &mut self,
        index: usize,
        lesson_shown: Option<&Lesson>,
        now: std::time::Instant,
        change: impl FnOnce(&mut TeacherFeedback),
    ) {
        let (Some(collection), Some(lesson)) = (&self.collection, &self.lesson) else {
            return;
        };
        if let Some(student) = collection.students(lesson).get(index) {
            let key = &self.my_key;
            edit_feedback(&mut self.feedback, collection, lesson, student, now, |f| {
                let mine = f.own_part_mut(key);
                // The automatic marks first: returning sends them as they are.
                if let Some(shown) = lesson_shown {
                    record_auto_marks(mine, shown, &student.shown.file.work);
                }
                change(mine);
            });
        }
    }

    /// Whether the folder has been read (or failed to be).
    pub(super) fn has_read(&self) -> bool {
        self.reading.is_none()
    }

    /// The folder the class's work is read from.
    pub(super) fn folder(&self) -> &std::path::Path {
        &self.folder
    }

    /// The class's work on the lesson shown.
    pub(super) fn students(&self) -> &[StudentWork] {
        match (&self.collection, &self.lesson) {
            (Some(collection), Some(lesson)) => collection.students(lesson),
            _ => &[],
        }
    }
}

/// The keys whose feedback the class view shows and counts: the teacher's
/// own, and those the classroom settings on this laptop name.
pub(super) fn trusted_keys(my_key: &str, classroom: &[TrustedTeacher]) -> Vec<TrustedTeacher> {
    std::iter::once(TrustedTeacher {
        name: String::new(),
        key: my_key.to_owned(),
    })
    .filter(|t| !t.key.is_empty())
    .chain(classroom.iter().cloned())
    .collect()
}

impl CloseReaderApp {
    /// Asks which folder holds the class's work (or, where no file window
    /// can be shown, offers a field to type it).
    pub(super) fn choose_class_folder(&mut self) {
        let start = self.hand_in_dir();
        let window = (!self.places.no_file_windows).then(|| class_folder_window(start.as_deref()));
        self.start(Job::PickClassFolder(window));
    }

    /// Opens the class folder typed in the path field.
    pub(super) fn open_class_path(&mut self) {
        let typed = self
            .start_screen
            .class_path
            .as_deref()
            .map(str::trim)
            .unwrap_or_default();
        if typed.is_empty() {
            self.say(tr!("class-path-first"));
            return;
        }
        self.open_class_folder(PathBuf::from(typed));
    }

    /// Opens the class view on `folder` and reads it in the background.
    pub(super) fn open_class_folder(&mut self, folder: PathBuf) {
        let lesson = self
            .screen
            .class()
            .and_then(|c| c.lesson.clone())
            .or_else(|| self.requests.class_lesson.take());
        // Reading the same folder again keeps the feedback being written
        // (and its saves in flight); it is shown over what is read.
        let old = self.screen.take_class();
        let my_key = old.as_ref().map(|o| o.my_key.clone()).unwrap_or_default();
        // The class list typed here, and the joins, stay with the view;
        // a new view starts from the classroom settings' list.
        let (list, joins) = old.as_ref().map_or_else(
            || {
                (
                    ClassList::of_names(self.places.class_list.clone()),
                    Joins::new(),
                )
            },
            |old| (old.list.clone(), old.joins.clone()),
        );
        let (feedback, cache) = old
            .filter(|old| old.folder == folder)
            .map(|old| (old.feedback, old.cache))
            .unwrap_or_default();
        let counter = Arc::new(ReadCounter::default());
        // A lesson file being previewed does not take over the class view.
        self.preview = None;
        self.screen = Screen::Class(Box::new(ClassView {
            folder: folder.clone(),
            reading: Some(counter.clone()),
            collection: None,
            problem: None,
            lesson,
            page: ClassPage::Roster,
            focus_page: false,
            focus_title: true,
            heat_tag: None,
            heat: None,
            feedback,
            my_key,
            list_from: 0,
            closing: None,
            list,
            joins,
            list_text: None,
            sort: RosterSort::default(),
            scroll_top: false,
            confirm_return: false,
            share_reading: super::class_reading::shares_reading(
                &self.settings.share_reading,
                &folder,
            ),
            rows: None,
            cache: Box::default(),
        }));
        self.start_screen.class_path = None;
        let key_dir = self.places.store.as_ref().map(|s| s.root().to_path_buf());
        self.start(Job::CollectClass {
            folder,
            counter,
            key_dir,
            fs: self.places.class_fs.clone(),
            cache,
        });
    }

    /// Takes in a folder that has been read.
    pub(super) fn class_collected(
        &mut self,
        folder: &PathBuf,
        result: Result<Box<Collection>, String>,
        my_key: String,
        cache: Box<ReadCache>,
    ) {
        let Some(view) = self.screen.class_mut().filter(|v| &v.folder == folder) else {
            return;
        };
        view.reading = None;
        view.cache = cache;
        if view.my_key.is_empty() {
            view.my_key = my_key;
        }
        let trusted = trusted_keys(&view.my_key, &self.places.trusted.teachers);
        match result {
            Ok(mut collection) => {
                collection.keep_trusted_feedback(&trusted);
                // The lesson asked for, if the folder has it; else the one
                // with the most students.
                let keep = view
                    .lesson
                    .as_ref()
                    .is_some_and(|id| collection.lessons.contains_key(id));
                if !keep {
                    view.lesson = collection
                        .lessons
                        .iter()
                        .max_by_key(|(_, students)| students.len())
                        .map(|(id, _)| id.clone());
                }
                view.collection = Some(*collection);
                view.problem = None;
            }
            Err(why) => {
                view.problem = Some(tr!(
                    "class-folder-unreadable",
                    folder = folder.display().to_string(),
                    why = why
                ));
            }
        }
    }

    /// Carries out a class view command.
    pub(super) fn apply_class(&mut self, command: ClassCommand) {
        if let ClassCommand::ShareReading(on) = command {
            self.choose_share_reading(on);
            return;
        }
        let lesson = self.screen.class().and_then(|v| self.class_lesson_of(v));
        let now = self.clock.now();
        let Some(view) = self.screen.class_mut() else {
            return;
        };
        // Returning to the class may share the class's reading too.
        let mut share = false;
        // Anything but moving about may change the roster's rows.
        if !matches!(
            command,
            ClassCommand::Page(_)
                | ClassCommand::Show(_)
                | ClassCommand::ListFrom(_)
                | ClassCommand::HeatTag(_)
                | ClassCommand::EditList(_)
                | ClassCommand::AskReturn(_)
                | ClassCommand::Save(_)
        ) {
            view.rows = None;
        }
        match command {
            ClassCommand::Close => self.close_class(AfterClassClose::StartScreen),
            ClassCommand::ReadAgain => {
                let folder = view.folder.clone();
                self.open_class_folder(folder);
            }
            ClassCommand::Lesson(id) => {
                view.lesson = Some(id);
                view.page = ClassPage::Roster;
                view.list_from = 0;
                view.heat = None;
                // Another lesson may not have the tag.
                view.heat_tag = None;
            }
            ClassCommand::Page(page) => {
                // Every page opens at its top (the keyboard stays on the
                // page buttons it was chosen with).
                view.scroll_top = page != view.page;
                view.page = page;
            }
            ClassCommand::Show(page) => {
                view.page = page;
                view.focus_page = true;
                view.scroll_top = true;
            }
            ClassCommand::ListFrom(from) => view.list_from = from,
            ClassCommand::HeatTag(tag) => view.heat_tag = tag,
            ClassCommand::Comment {
                student,
                prompt,
                text,
            } => view.change_feedback(student, lesson.as_deref(), now, |mine| match prompt {
                Some(prompt) => mine.answers.entry(prompt).or_default().comment = text,
                None => mine.overall = text,
            }),
            ClassCommand::Mark {
                student,
                prompt,
                mark,
            } => view.change_feedback(student, lesson.as_deref(), now, |mine| {
                let answer = mine.answers.entry(prompt).or_default();
                answer.mark = mark;
                answer.marked_at =
                    humantime::format_rfc3339_millis(std::time::SystemTime::now()).to_string();
            }),
            ClassCommand::Return(student) => {
                share = student.is_none();
                let all = 0..view.students().len();
                let which: Vec<usize> = match student {
                    Some(i) => vec![i],
                    None => all.collect(),
                };
                view.confirm_return = false;
                let at = humantime::format_rfc3339_millis(std::time::SystemTime::now()).to_string();
                for i in which {
                    view.change_feedback(i, lesson.as_deref(), now, |mine| {
                        // Unchanged since returned: nothing new to send.
                        if !mine.returned || mine.changed_since_returned() || mine.sent.is_none() {
                            mine.return_now(&at);
                        }
                    });
                }
            }
            ClassCommand::AskReturn(ask) => view.confirm_return = ask,
            ClassCommand::ShareReading(_) => {}
            ClassCommand::PickCopy { student, copy } => {
                if let (Some(collection), Some(lesson)) = (&mut view.collection, &view.lesson)
                    && let Some(work) = collection
                        .lessons
                        .get_mut(lesson)
                        .and_then(|students| students.get_mut(student))
                {
                    work.pick(copy);
                    view.heat = None;
                }
            }
            ClassCommand::Save(kind) => self.save_class_file(kind),
            ClassCommand::Sort(sort) => {
                view.sort = sort;
                view.list_from = 0;
            }
            ClassCommand::EditList(text) => view.list_text = text,
            ClassCommand::SetList(text) => {
                view.list = crate::class::class_list::read_class_list(&text, false);
                view.list_text = None;
                view.list_from = 0;
            }
            ClassCommand::Join { typed, listed } => {
                view.joins
                    .insert(crate::class::names::fold_name(&typed), listed);
            }
        }
        if share {
            self.share_class_reading();
        }
    }

    /// Ctrl+Page Down/Up on the class view: the next (or previous)
    /// question, student or section of the page shown.
    pub(super) fn class_step(&mut self, back: bool) {
        let Some(view) = self.screen.class() else {
            return;
        };
        let lesson = self.class_lesson_of(view);
        let questions = lesson.as_ref().map_or(0, |l| questions(l).len());
        let sections = lesson.as_ref().map_or(0, |l| l.sections.len());
        let students = view.students().len();
        let Some(view) = self.screen.class_mut() else {
            return;
        };
        let step = |at: usize, count: usize| {
            let to = if back {
                at.checked_sub(1)
            } else {
                Some(at + 1)
            };
            to.filter(|&to| to < count).unwrap_or(at)
        };
        view.page = match view.page {
            ClassPage::Roster => ClassPage::Roster,
            ClassPage::Question(i) => ClassPage::Question(step(i, questions)),
            ClassPage::Student(i) => ClassPage::Student(step(i, students)),
            ClassPage::Highlights(i) => ClassPage::Highlights(step(i, sections)),
        };
    }

    pub(super) fn class_lesson_of(&self, view: &ClassView) -> Option<Arc<Lesson>> {
        let id = view.lesson.as_ref()?;
        self.library
            .iter()
            .filter_map(|entry| entry.lesson.as_ref())
            .find(|lesson| &lesson.id == id)
            .cloned()
    }

    fn save_class_file(&mut self, kind: ClassFile) {
        let Some(view) = self.screen.class() else {
            return;
        };
        let Some(lesson) = self.class_lesson_of(view) else {
            return;
        };
        let what = match kind {
            ClassFile::Csv | ClassFile::Html => "class".to_owned(),
            ClassFile::Highlights => "highlights".to_owned(),
            ClassFile::Grades(layout) => format!("marks-{}", layout.word()),
        };
        let name = format!(
            "{}-{what}-{}.{}",
            crate::filename::safe_stem(&lesson.id),
            crate::export::today(),
            kind.extension()
        );
        let destination = self.destination(|| save_class_file_window(&name, kind));
        let feedback = match (&view.collection, &view.lesson) {
            (Some(collection), Some(id)) => view
                .students()
                .iter()
                .map(|s| feedback_of(&view.feedback, collection, id, s).cloned())
                .collect(),
            _ => Vec::new(),
        };
        let job = Job::ClassExport {
            lesson,
            students: view.students().to_vec(),
            feedback,
            list: Box::new((view.list.clone(), view.joins.clone())),
            kind,
            name,
            destination,
        };
        self.start(job);
    }

    /// What the class view shows this frame.
    pub(super) fn class_screen(&mut self) -> Option<ClassScreen<'_>> {
        self.work_out_heat();
        self.work_out_rows();
        let view = self.screen.class()?;
        let lesson = self.class_lesson_of(view);
        let focus_page = view.focus_page;
        let focus_title = view.focus_title;
        let lessons = view
            .collection
            .as_ref()
            .map(|collection| {
                collection
                    .lessons
                    .iter()
                    .map(|(id, students)| ClassLessonChoice {
                        id: id.clone(),
                        title: self
                            .library
                            .iter()
                            .filter_map(|e| e.lesson.as_ref())
                            .find(|l| &l.id == id)
                            .map(|l| l.title.clone()),
                        students: students.len(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let screen = ClassScreen {
            folder: &view.folder,
            reading: view.reading.as_ref().map(|c| c.get()),
            problem: view.problem.as_deref(),
            lessons,
            chosen: view.lesson.as_deref(),
            shown: lesson.map(|lesson| ClassShown {
                lesson,
                students: view.students(),
                page: view.page,
                list_from: view.list_from,
                heat_tag: view.heat_tag.as_deref(),
                feedback: match (&view.collection, &view.lesson) {
                    (Some(collection), Some(id)) => view
                        .students()
                        .iter()
                        .map(|s| feedback_of(&view.feedback, collection, id, s))
                        .collect(),
                    _ => Vec::new(),
                },
                heat: view.heat.as_ref().map_or(&[], |(_, heat)| heat.as_slice()),
                my_key: &view.my_key,
                list: &view.list,
                joins: &view.joins,
                list_text: view.list_text.as_deref(),
                sort: view.sort,
                confirm_return: view.confirm_return,
                share_reading: view.share_reading,
                rows: view.rows.as_deref().unwrap_or_default(),
            }),
            skipped: view
                .collection
                .as_ref()
                .map_or(&[], |c| c.skipped.as_slice()),
            theme: self.settings.theme,
            focus_page,
            focus_title,
            scroll_top: view.scroll_top,
            feedback_status: feedback_status(&view.feedback),
        };
        Some(screen)
    }

    /// Works out the heat map of the section on screen when the section,
    /// the tag or the class changed (not every frame: 300 students' highlights).
    fn work_out_heat(&mut self) {
        let Some(view) = self.screen.class() else {
            return;
        };
        let ClassPage::Highlights(section) = view.page else {
            return;
        };
        let key = (section, view.heat_tag.clone());
        if view.heat.as_ref().is_some_and(|(k, _)| *k == key) {
            return;
        }
        let Some(lesson) = self.class_lesson_of(view) else {
            return;
        };
        let students = view.students();
        let heat = lesson
            .sections
            .get(section)
            .map(|s| section_heat(&lesson, s, students, key.1.as_deref()))
            .unwrap_or_default();
        if let Some(view) = self.screen.class_mut() {
            view.heat = Some((key, heat));
        }
    }

    /// Works out the roster's rows (every listed student and every one
    /// with work, their totals, sorted) when they are out of date.
    fn work_out_rows(&mut self) {
        let Some(view) = self.screen.class() else {
            return;
        };
        if view.rows.is_some() {
            return;
        }
        let Some(lesson) = self.class_lesson_of(view) else {
            return;
        };
        let (Some(collection), Some(id)) = (&view.collection, &view.lesson) else {
            return;
        };
        let feedback: Vec<_> = view
            .students()
            .iter()
            .map(|s| feedback_of(&view.feedback, collection, id, s))
            .collect();
        let class = crate::class::ClassData {
            lesson: &lesson,
            students: view.students(),
            feedback: &feedback,
            list: &view.list,
            joins: &view.joins,
        };
        let mut rows = class.rows();
        sort_rows(&mut rows, view.sort);
        if let Some(view) = self.screen.class_mut() {
            view.rows = Some(rows);
        }
    }

    /// The focus request has been carried out.
    pub(super) fn class_focus_done(&mut self) {
        if let Some(view) = self.screen.class_mut() {
            view.focus_page = false;
            view.focus_title = false;
            view.scroll_top = false;
        }
    }
}

//! What the screens ask the app to do. Screens only read state and return
//! these; [`super::app::CloseReaderApp::apply`] carries them out in one place.

use crate::work::Answer;

use super::theme::ThemeChoice;

/// One request from the UI.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// The name in "Who is working?" changed.
    SetStudentName(String),
    /// Open the library entry with this index.
    OpenLesson(usize),
    /// Show the "Open lesson file…" dialog.
    ChooseLessonFile,
    /// Choose a lesson file to preview as it is written (teachers).
    PreviewLessonFile,
    /// Leave the preview.
    StopPreview,
    /// The text in the lesson file path field (where no file window can be shown).
    SetLessonPath(String),
    /// Open the lesson file whose path was typed.
    OpenLessonPath,
    /// Back to the start screen.
    CloseLesson,
    /// Show the section with this index.
    GoToSection(usize),
    /// The next section (or the previous one); in the class view, the next
    /// question, student or section of the page shown.
    Step {
        /// Backwards.
        back: bool,
    },
    /// Replace the answer to a prompt.
    SetAnswer {
        /// Prompt id.
        prompt: String,
        /// The new answer.
        answer: Answer,
    },
    /// Replace a section's note.
    SetSectionNote {
        /// Section id.
        section: String,
        /// The new note.
        text: String,
    },
    /// Replace the notebook text.
    SetNotebook(String),
    /// Show or hide a prompt's hint.
    ToggleHint(String),
    /// Open the reading settings window.
    ShowReadingSettings,
    /// Close the reading settings window.
    CloseReadingSettings,
    /// Change the reading settings.
    SetReading(super::reading_settings::ReadingSettings),
    /// Change the colour theme.
    SetTheme(ThemeChoice),
    /// Show the interface in this language (its code) from now on, and
    /// remember it on this laptop.
    ChooseLanguage(String),
    /// Make text bigger, smaller, or the default size.
    ChangeTextSize(TextSizeStep),
    /// Save now.
    SaveNow,
    /// Open the export window.
    Export,
    /// Close the export window.
    CloseExport,
    /// Pick the export format.
    SetExportFormat(crate::export::Format),
    /// Quote the excerpts in the export, or only name them.
    SetIncludeExcerpts(bool),
    /// Make a teacher's copy (teacher's view only).
    SetTeacherCopy(bool),
    /// Leave space for comments in Word (teacher's view only).
    SetCommentSpace(bool),
    /// Write the export (asks where, with the system's save window).
    ExportNow,
    /// Open a folder in the system's file manager.
    OpenFolder(std::path::PathBuf),
    /// Start choosing words to highlight in this passage.
    StartMarking(String),
    /// Stop choosing words.
    StopMarking,
    /// The chosen words: from word `anchor` to word `cursor` (either order).
    SetMarkSelection {
        /// Where the selection started.
        anchor: usize,
        /// Where it ends now.
        cursor: usize,
    },
    /// Highlight the chosen words with this tag.
    AddHighlight(String),
    /// Give a highlight another tag.
    RetagHighlight {
        /// The highlight.
        id: String,
        /// The new tag's id.
        tag: String,
    },
    /// Replace a highlight's comment.
    CommentHighlight {
        /// The highlight.
        id: String,
        /// The comment.
        text: String,
    },
    /// Remove a highlight.
    RemoveHighlight(String),
    /// Undo the last removal.
    Undo,
    /// Open the document with this id beside the transcript.
    OpenDocument(String),
    /// Close the document reader.
    CloseDocument,
    /// Compare the student's highlights with the class's reading (`true`),
    /// or stop comparing.
    CompareClassReading(bool),
    /// On a narrow window: show the transcript or the document.
    ShowReaderTab(super::document::ReaderTab),
    /// Scroll the reading column to this passage.
    ShowPassage(String),
    /// Move the keyboard focus to the next landmark (or the previous one).
    NextLandmark {
        /// Backwards (Shift+F6).
        back: bool,
    },
    /// Move the keyboard focus to the notes pane.
    GoToNotes,
    /// Move the keyboard focus to the section's first unanswered question.
    FirstUnanswered,
    /// Read a passage aloud; with `to_end`, the rest of the section after it.
    ReadPassage {
        /// The passage's id.
        id: String,
        /// Go on to the end of the section.
        to_end: bool,
    },
    /// Open a passage's moment of its source's video outside the app.
    Watch(crate::lesson::video::Moment),
    /// Read a question aloud.
    ReadPrompt(String),
    /// Read a context note, a hint or a tip aloud: `id` marks what is being
    /// read, `text` is what is said.
    ReadText {
        /// What is being read ("note:first-1", "hint:q-open").
        id: String,
        /// The words.
        text: String,
    },
    /// Stop reading aloud.
    StopReading,
    /// Close the message banner.
    DismissMessage,
    /// Show the earlier copies (snapshots) of this work.
    ShowHistory,
    /// Close the earlier-copies window.
    CloseHistory,
    /// Bring back the earlier copy with this index in the list.
    RestoreSnapshot(usize),
    /// Save a copy of the work file wherever the student chooses (when saving fails).
    ExportCopy,
    /// Hand the work in to the class's hand-in folder.
    HandIn,
    /// Show this picture of the lesson (a section's or a document's) enlarged.
    EnlargePicture(crate::lesson::Image),
    /// Close the enlarged picture.
    CloseDialogPicture,
    /// Ask for the folder of a class's work (teachers).
    ChooseClassFolder,
    /// The text in the class folder path field (where no file window can be shown).
    SetClassPath(String),
    /// Open the class folder whose path was typed.
    OpenClassPath,
    /// Add a lesson file to the lessons (to review a class's work on it).
    AddLessonFile,
    /// Something on the class view.
    Class(ClassCommand),
}

/// A request from the class view.
#[derive(Debug, Clone, PartialEq)]
pub enum ClassCommand {
    /// Back to the start screen.
    Close,
    /// Read the folder again (more work has been handed in).
    ReadAgain,
    /// Show the class's work on this lesson (its id).
    Lesson(String),
    /// Show this page.
    Page(super::class::ClassPage),
    /// Show this page and put the keyboard on it (a student's name or a
    /// question picked from a list).
    Show(super::class::ClassPage),
    /// Show another copy of a student's work.
    PickCopy {
        /// The student, by position in the class.
        student: usize,
        /// The copy, by position in their other copies.
        copy: usize,
    },
    /// Save the class's spreadsheet or report.
    Save(crate::class::ClassFile),
    /// List students from this one on (a long class is listed a part at a time).
    ListFrom(usize),
    /// Shade the heat map by this tag (its id), or by all tags.
    HeatTag(Option<String>),
    /// Replace the teacher's comment on a student's answer, or (with no
    /// prompt) their overall comment.
    Comment {
        /// The student, by position in the class.
        student: usize,
        /// The prompt's id; `None` for the overall comment.
        prompt: Option<String>,
        /// The comment.
        text: String,
    },
    /// Return the feedback to one student (by position in the class), or to
    /// every student in the class: they see it from then on.
    Return(Option<usize>),
    /// Ask before returning feedback to the class (`true`), or stop asking.
    AskReturn(bool),
    /// Let the students see the class's reading when the feedback is
    /// returned to the class (remembered for the class folder), or not.
    ShareReading(bool),
    /// Sort the roster.
    Sort(crate::class::review::RosterSort),
    /// Open the class list box with this text, or close it (`None`).
    EditList(Option<String>),
    /// Take this text as the class list (names a line, or pasted cells).
    SetList(String),
    /// Join the work of the student who typed `typed` to the listed name.
    Join {
        /// The name as the student typed it.
        typed: String,
        /// The name on the class list.
        listed: String,
    },
    /// Set or clear the teacher's mark on a student's answer.
    Mark {
        /// The student, by position in the class.
        student: usize,
        /// The prompt's id.
        prompt: String,
        /// The mark; `None` goes back to the automatic mark, or none.
        mark: Option<f32>,
    },
}

impl Command {
    /// Whether this changes the student's work.
    pub fn is_edit(&self) -> bool {
        matches!(
            self,
            Self::SetAnswer { .. }
                | Self::SetSectionNote { .. }
                | Self::SetNotebook(_)
                | Self::AddHighlight(_)
                | Self::RetagHighlight { .. }
                | Self::CommentHighlight { .. }
                | Self::RemoveHighlight(_)
                | Self::Undo
                | Self::RestoreSnapshot(_)
        )
    }
}

/// A step of the text size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextSizeStep {
    /// One step bigger.
    Bigger,
    /// One step smaller.
    Smaller,
    /// The default size.
    Reset,
}

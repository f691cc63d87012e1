//! Which screen shows, which window is over it, and where leaving stands:
//! each an enum, so combinations that cannot happen cannot be written.

use super::OpenLesson;
use super::background::HistoryRow;
use super::class::ClassView;
use super::saving::AfterSave;
use crate::ui::export_dialog::ExportChoice;

/// The screen under the bars and messages.
#[derive(Default)]
pub(super) enum Screen {
    /// Choosing a name and a lesson (or a class folder).
    #[default]
    Start,
    /// A lesson, open for a student or previewed by a teacher.
    Lesson(Box<OpenLesson>),
    /// A class's work, open for a teacher.
    Class(Box<ClassView>),
}

impl Screen {
    /// The open lesson, when the lesson screen shows.
    pub(super) fn lesson(&self) -> Option<&OpenLesson> {
        match self {
            Self::Lesson(open) => Some(open),
            Self::Start | Self::Class(_) => None,
        }
    }

    /// The open lesson, to change, when the lesson screen shows.
    pub(super) fn lesson_mut(&mut self) -> Option<&mut OpenLesson> {
        match self {
            Self::Lesson(open) => Some(open),
            Self::Start | Self::Class(_) => None,
        }
    }

    /// The class view, when it shows.
    pub(super) fn class(&self) -> Option<&ClassView> {
        match self {
            Self::Class(view) => Some(view),
            Self::Start | Self::Lesson(_) => None,
        }
    }

    /// The class view, to change, when it shows.
    pub(super) fn class_mut(&mut self) -> Option<&mut ClassView> {
        match self {
            Self::Class(view) => Some(view),
            Self::Start | Self::Lesson(_) => None,
        }
    }

    /// Takes the class view away, leaving the start screen (and any other
    /// screen as it is).
    pub(super) fn take_class(&mut self) -> Option<Box<ClassView>> {
        match std::mem::take(self) {
            Self::Class(view) => Some(view),
            other => {
                *self = other;
                None
            }
        }
    }
}

/// The window open over the screen (one at a time).
pub(super) enum Dialog {
    /// Reading settings: spacing, font, read aloud.
    ReadingSettings,
    /// Exporting the open lesson's work.
    Export(ExportChoice),
    /// The earlier copies of the open lesson's work.
    History(Vec<HistoryRow>),
    /// A lesson picture, enlarged.
    Picture(crate::lesson::Image),
}

/// Where leaving the lesson or closing the window stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) enum Closing {
    /// Nothing asked for.
    #[default]
    Idle,
    /// Waiting for the open lesson's work to be saved, then doing this.
    Saving(AfterSave),
    /// The student was told the work is not saved: leaving again goes
    /// ahead without saving.
    LeaveWarned,
    /// The window may close: the student was told the work is not saved,
    /// or the teacher's feedback is saved.
    QuitConfirmed,
}

impl Closing {
    /// Whether a warning was given (new work means warning again).
    pub(super) fn warned(self) -> bool {
        matches!(self, Self::LeaveWarned | Self::QuitConfirmed)
    }
}

//! What a student's app shows of a feedback file: only parts their teacher
//! returned, whose marks are marks, and whose signature checks against a
//! key the laptop's classroom settings name. Everything else is said, in
//! words, and not shown.

use super::signing::{TrustedTeacher, verify};
use super::{Feedback, TeacherFeedback};
use crate::tr;

/// Whose feedback a student's laptop shows as their teacher's: the
/// teachers its classroom settings name, or why the settings could not be
/// read (then no feedback can be checked, and none is shown).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Trust {
    /// The teachers named.
    pub teachers: Vec<TrustedTeacher>,
    /// The classroom settings have a mistake: what it is.
    pub broken: Option<String>,
}

impl Trust {
    /// The teachers' keys.
    pub fn keys(&self) -> Vec<String> {
        self.teachers.iter().map(|t| t.key.clone()).collect()
    }
}

/// Feedback as a student's app shows it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StudentFeedback {
    /// The parts that are shown (returned, marks in order, signature
    /// checked where a key is set up), each named as the classroom
    /// settings name its key.
    pub feedback: Feedback,
    /// Every part shown is signed by a teacher the classroom settings
    /// name. `false` when this laptop names no teacher key, so nothing
    /// can be checked (the student is told).
    pub verified: bool,
    /// Why parts were not shown, in words for the student.
    pub withheld: Vec<String>,
}

impl StudentFeedback {
    /// Whether there is anything to show or say.
    pub fn is_empty(&self) -> bool {
        self.feedback.teachers.is_empty() && self.withheld.is_empty()
    }

    /// What to say above the feedback when it could not be checked.
    pub fn unverified_note(&self) -> Option<String> {
        (!self.verified && !self.feedback.teachers.is_empty())
            .then(|| tr!("export-feedback-not-verified"))
    }
}

/// Keeps, for a teacher's eyes and totals, only the parts of `feedback`
/// signed by one of the `trusted` teachers (the teacher's own key, and those
/// the teacher's classroom settings name), each named as the settings name
/// it; returns how many it let go. A student who writes a feedback file,
/// signed or not, never changes a teacher's view or totals.
pub fn keep_trusted(feedback: &mut Feedback, trusted: &[TrustedTeacher]) -> usize {
    let before = feedback.teachers.len();
    let (lesson, student) = (feedback.lesson_id.clone(), feedback.student.clone());
    feedback.teachers.retain_mut(|part| {
        let Some(teacher) = trusted.iter().find(|t| t.key == part.key) else {
            return false;
        };
        if !verify(&lesson, &student, part) {
            return false;
        }
        if !teacher.name.trim().is_empty() {
            part.name.clone_from(&teacher.name);
        }
        true
    });
    before - feedback.teachers.len()
}

/// What of `feedback` a student sees, given whom this laptop's classroom
/// settings `trust` (no teachers named: nothing can be checked, and only
/// forged signatures are refused; settings with a mistake: nothing shown).
pub fn for_student(feedback: &Feedback, trust: &Trust) -> StudentFeedback {
    let trusted = trust.teachers.as_slice();
    let mut shown = Feedback {
        teachers: Vec::new(),
        ..feedback.clone()
    };
    let mut withheld = Vec::new();
    if let Some(why) = &trust.broken {
        if feedback.returned() {
            withheld.push(tr!("export-feedback-settings-broken", why = why.as_str()));
        }
        return StudentFeedback {
            feedback: shown,
            verified: false,
            withheld,
        };
    }
    for part in feedback.teachers.iter().filter(|t| t.returned) {
        match check(feedback, part, trusted) {
            // Checked as signed; shown as returned (a later draft is the
            // teacher's until returned again).
            Ok(name) => shown.teachers.push(TeacherFeedback {
                name,
                ..part.as_returned()
            }),
            Err(why) => withheld.push(why),
        }
    }
    StudentFeedback {
        feedback: shown,
        verified: !trusted.is_empty(),
        withheld,
    }
}

/// The name to show on `part`, or why it is not shown.
fn check(
    feedback: &Feedback,
    part: &TeacherFeedback,
    trusted: &[TrustedTeacher],
) -> Result<String, String> {
    let signed = verify(&feedback.lesson_id, &feedback.student, part);
    if !part.key.is_empty() && !signed {
        return Err(tr!("export-feedback-forged"));
    }
    if let Some(why) = part.mark_problem() {
        return Err(tr!("export-feedback-mark-refused", why = why));
    }
    if trusted.is_empty() {
        return Ok(part.name.clone());
    }
    match trusted.iter().find(|t| signed && t.key == part.key) {
        Some(teacher) if !teacher.name.trim().is_empty() => Ok(teacher.name.clone()),
        Some(_) => Ok(part.name.clone()),
        None => Err(tr!("export-feedback-not-trusted")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::AnswerFeedback;
    use crate::feedback::signing::TeacherKey;

    fn returned(key: &TeacherKey, overall: &str, mark: Option<f32>) -> TeacherFeedback {
        let mut part = TeacherFeedback {
            returned: true,
            overall: overall.into(),
            name: "Self-named".into(),
            ..TeacherFeedback::default()
        };
        part.answers.insert(
            "q1".into(),
            AnswerFeedback {
                mark,
                marked_at: "2026-12-02T10:00:00Z".into(),
                ..AnswerFeedback::default()
            },
        );
        key.sign("l", "Amira", &mut part);
        part
    }

    #[test]
    fn only_parts_signed_by_a_named_teacher_are_shown_as_theirs() {
        let teacher = TeacherKey::from_secret([1; 32]);
        let classmate = TeacherKey::from_secret([2; 32]);
        let trusted = [TrustedTeacher {
            name: "Ms Rivera".into(),
            key: teacher.public(),
        }];
        let mut f = Feedback::new("l", "Amira");
        f.teachers
            .push(returned(&teacher, "Careful reading.", Some(1.0)));
        f.teachers
            .push(returned(&classmate, "You fail.", Some(0.0)));
        let shown = for_student(
            &f,
            &Trust {
                teachers: trusted.to_vec(),
                broken: None,
            },
        );
        assert!(shown.verified);
        assert_eq!(shown.feedback.teachers.len(), 1);
        assert_eq!(shown.feedback.teachers[0].name, "Ms Rivera");
        assert_eq!(shown.feedback.overall(), "Careful reading.");
        assert_eq!(shown.withheld.len(), 1);
        assert!(shown.withheld[0].contains("not signed by a teacher"));
    }

    #[test]
    fn a_forged_signature_or_a_mark_that_is_not_a_mark_is_never_shown() {
        let teacher = TeacherKey::from_secret([1; 32]);
        // The teacher's key, but words the teacher never signed.
        let mut forged = returned(&teacher, "Careful reading.", Some(1.0));
        forged.overall = "You fail.".into();
        let mut f = Feedback::new("l", "Amira");
        f.teachers.push(forged);
        for trusted in [
            vec![],
            vec![TrustedTeacher {
                name: "Ms Rivera".into(),
                key: teacher.public(),
            }],
        ] {
            let shown = for_student(
                &f,
                &Trust {
                    teachers: trusted.to_vec(),
                    broken: None,
                },
            );
            assert!(shown.feedback.teachers.is_empty());
            assert!(shown.withheld[0].contains("does not check"));
        }
        // Properly signed, but NaN marks: refused with a message.
        let mut f = Feedback::new("l", "Amira");
        f.teachers.push(returned(&teacher, "Hi", Some(f32::NAN)));
        let shown = for_student(&f, &Trust::default());
        assert!(shown.feedback.teachers.is_empty());
        assert!(shown.withheld[0].contains("NaN"), "{:?}", shown.withheld);
    }

    #[test]
    fn a_teacher_counts_only_parts_signed_by_keys_they_trust() {
        let teacher = TeacherKey::from_secret([1; 32]);
        let colleague = TeacherKey::from_secret([3; 32]);
        let student = TeacherKey::from_secret([2; 32]);
        let mut f = Feedback::new("l", "Amira");
        for key in [&teacher, &colleague, &student] {
            f.teachers.push(returned(key, "words", Some(1.0)));
        }
        let mut forged = returned(&student, "forged", Some(1000.0));
        forged.key = teacher.public();
        f.teachers.push(forged);
        f.teachers.push(TeacherFeedback {
            overall: "from an earlier version".into(),
            ..TeacherFeedback::default()
        });
        let trusted = [
            TrustedTeacher {
                name: String::new(),
                key: teacher.public(),
            },
            TrustedTeacher {
                name: "Mr Okafor".into(),
                key: colleague.public(),
            },
        ];
        let dropped = keep_trusted(&mut f, &trusted);
        assert_eq!(
            dropped, 3,
            "the student's own key, the forgery, the unsigned part"
        );
        assert_eq!(f.teachers.len(), 2);
        assert_eq!(f.teachers[1].label(), "Mr Okafor");
    }

    #[test]
    fn classroom_settings_with_a_mistake_show_no_feedback_and_say_why() {
        let teacher = TeacherKey::from_secret([1; 32]);
        let mut f = Feedback::new("l", "Amira");
        f.teachers.push(returned(&teacher, "Careful.", Some(1.0)));
        let trust = Trust {
            teachers: Vec::new(),
            broken: Some("classroom.ron:3:5 has a mistake".into()),
        };
        let shown = for_student(&f, &trust);
        assert!(shown.feedback.teachers.is_empty());
        assert!(
            shown.withheld[0].contains("classroom.ron:3:5"),
            "{:?}",
            shown.withheld
        );
    }

    #[test]
    fn without_keys_set_up_feedback_is_shown_and_said_to_be_unchecked() {
        let teacher = TeacherKey::from_secret([1; 32]);
        let mut f = Feedback::new("l", "Amira");
        f.teachers.push(returned(&teacher, "Careful.", Some(1.0)));
        let mut draft = returned(&teacher, "Half-written", None);
        draft.returned = false;
        f.teachers.push(draft);
        let shown = for_student(&f, &Trust::default());
        assert!(!shown.verified);
        assert_eq!(shown.feedback.overall(), "Careful.");
        assert!(shown.unverified_note().is_some());
    }
}

//! Saving a teacher's feedback beside a student's work, and finding it
//! again from the student's side.

use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::merge::merge_part;
use super::signing::{TeacherKey, verify};
use super::{Feedback, FeedbackError, MAX_BYTES, MAX_TEACHERS, TeacherFeedback};
use crate::io_error::plain_words;
use crate::work::disk::{Disk, FileMode, write_atomic};

/// What saving feedback did.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedFeedback {
    /// The feedback as written (with every other teacher's part as found).
    pub feedback: Feedback,
    /// This teacher's part had been changed elsewhere too (another window
    /// on the same key) and both changed a comment: both are kept, once.
    pub merged: bool,
    /// A file in the way that was not this student's feedback (damaged,
    /// or someone else's) was kept aside under this name.
    pub kept_aside: Option<PathBuf>,
}

/// Writes this teacher's part of `ours` (signed with `key`) to `path`
/// atomically. Every other teacher's part in the file is kept as it is
/// there; this teacher's part, if another window changed it since `base`
/// was read, is merged by paragraph. A file from a newer version is never
/// replaced; a damaged file, or one holding someone else's feedback, is
/// kept aside first.
pub fn save_feedback(
    disk: &dyn Disk,
    path: &Path,
    base: Option<&Feedback>,
    ours: &Feedback,
    key: &TeacherKey,
    now: SystemTime,
) -> Result<SavedFeedback, String> {
    save_feedback_as(disk, path, base, ours, &key.public(), key, now)
}

/// [`save_feedback`] where the window made its changes in the part of
/// `ours` that `edited_as` names (the key it knew of then: "" before the
/// teacher had one), which is signed with `key` now.
pub fn save_feedback_as(
    disk: &dyn Disk,
    path: &Path,
    base: Option<&Feedback>,
    ours: &Feedback,
    edited_as: &str,
    key: &TeacherKey,
    now: SystemTime,
) -> Result<SavedFeedback, String> {
    let me = key.public();
    let mut kept_aside = None;
    let on_disk = match disk.read(path) {
        Ok(bytes) => match Feedback::parse(&bytes) {
            Ok(f) if f.lesson_id == ours.lesson_id && f.student == ours.student => Some(f),
            Err(FeedbackError::Newer(n)) => {
                return Err(format!(
                    "{} was written by a newer version of Close Reader (format {n}); it was \
                     left as it is. Update Close Reader to write this student's feedback",
                    path.display()
                ));
            }
            // Damaged, or someone else's under this student's name: never
            // replaced, but never in the way either.
            _ => {
                kept_aside = Some(keep_aside(disk, path, now)?);
                None
            }
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(plain_words(&e)),
    };
    let mine_now = ours.own_part(edited_as).cloned().unwrap_or_default();
    let mine_base = base.and_then(|b| b.own_part(edited_as));
    let theirs = on_disk.unwrap_or_else(|| Feedback::new(&ours.lesson_id, &ours.student));
    // The part in the file that is this teacher's: signed with this key
    // (a part claiming the key without its signature is a forgery, and
    // is replaced), or else one written before feedback was signed.
    let mine_there = theirs
        .teachers
        .iter()
        .position(|t| t.key == me && verify(&theirs.lesson_id, &theirs.student, t))
        .or_else(|| theirs.teachers.iter().position(|t| t.key.is_empty()));
    let there = mine_there.and_then(|i| theirs.teachers.get(i));
    let changed_elsewhere = there.is_some_and(|t| Some(t) != mine_base);
    let mut mine = match there {
        Some(there) if changed_elsewhere => merge_part(mine_base, &mine_now, there),
        _ => mine_now.clone(),
    };
    let merged = changed_elsewhere && clashed(mine_base, &mine_now, there);
    mine.written_at = humantime::format_rfc3339_seconds(now).to_string();
    key.sign(&ours.lesson_id, &ours.student, &mut mine);
    // Every other teacher's part as it is in the file; this teacher's in
    // the place of the one it replaces (every part under this key goes: a
    // forgery among them).
    let mut feedback = theirs;
    let parts = std::mem::take(&mut feedback.teachers);
    let mut mine = Some(mine);
    for (i, part) in parts.into_iter().enumerate() {
        if Some(i) == mine_there {
            feedback.teachers.extend(mine.take());
        } else if part.key != me {
            feedback.teachers.push(part);
        }
    }
    feedback.teachers.extend(mine);
    if feedback.teachers.len() > MAX_TEACHERS {
        return Err(format!(
            "{} already holds {MAX_TEACHERS} teachers' feedback; there is no room for yours",
            path.display()
        ));
    }
    feedback.format = super::FEEDBACK_FORMAT;
    feedback.written_at = humantime::format_rfc3339_seconds(now).to_string();
    let text = feedback.to_text();
    if text.len() > MAX_BYTES {
        return Err(format!(
            "the feedback is {} KB, more than a feedback file holds ({} KB); shorten a comment",
            text.len() / 1024,
            MAX_BYTES / 1024
        ));
    }
    write_atomic(disk, path, text.as_bytes(), FileMode::Shared).map_err(|e| plain_words(&e))?;
    Ok(SavedFeedback {
        feedback,
        merged,
        kept_aside,
    })
}

/// Whether this window and another both changed the same comment since
/// `base`.
fn clashed(
    base: Option<&TeacherFeedback>,
    ours: &TeacherFeedback,
    theirs: Option<&TeacherFeedback>,
) -> bool {
    let Some(theirs) = theirs else { return false };
    let empty = TeacherFeedback::default();
    let base = base.unwrap_or(&empty);
    let both = |b: &str, o: &str, t: &str| o != b && t != b && o != t;
    if both(&base.overall, &ours.overall, &theirs.overall) {
        return true;
    }
    let comment = |p: &TeacherFeedback, id: &str| {
        p.answers
            .get(id)
            .map(|a| a.comment.clone())
            .unwrap_or_default()
    };
    ours.answers
        .keys()
        .chain(theirs.answers.keys())
        .any(|id| both(&comment(base, id), &comment(ours, id), &comment(theirs, id)))
}

/// Moves what is at `path` aside (beside it, under a name the class view
/// does not read as feedback), so feedback can be saved in its place.
fn keep_aside(disk: &dyn Disk, path: &Path, now: SystemTime) -> Result<PathBuf, String> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let folder = path.parent().unwrap_or(Path::new("."));
    let aside = crate::export::filename::unused_path(
        folder,
        &format!("{}.set-aside-{}", name, crate::work::history::stamp(now)),
    );
    disk.rename_new(path, &aside).map_err(|e| {
        format!(
            "{} is in the way and could not be moved aside: {}",
            path.display(),
            plain_words(&e)
        )
    })?;
    Ok(aside)
}

/// Looks for `student`'s feedback on `lesson_id` in each folder; the one
/// written last wins. `Err` when the only one found cannot be read.
pub fn find_feedback(
    disk: &dyn Disk,
    folders: &[PathBuf],
    lesson_id: &str,
    student: &str,
) -> Option<Result<Feedback, String>> {
    let names = [
        super::feedback_file_name(lesson_id, student),
        super::legacy_feedback_file_name(lesson_id, student),
    ];
    let mut found: Option<Result<Feedback, String>> = None;
    for path in folders
        .iter()
        .flat_map(|folder| names.iter().map(move |name| folder.join(name)))
    {
        let bytes = match disk.read(&path) {
            Ok(bytes) => bytes,
            Err(_) => continue,
        };
        let read = Feedback::parse(&bytes)
            .map_err(|e| {
                format!(
                    "your teacher's feedback ({}) could not be read: {e}",
                    path.display()
                )
            })
            .and_then(|f| {
                if f.lesson_id == lesson_id && f.student == student {
                    Ok(f)
                } else {
                    Err(format!("{} is feedback for someone else", path.display()))
                }
            });
        found = match (found, read) {
            (Some(Ok(a)), Ok(b)) => Some(Ok(if b.written_at > a.written_at { b } else { a })),
            (Some(Ok(a)), Err(_)) => Some(Ok(a)),
            (_, read) => Some(read),
        };
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::feedback::signing::TeacherKey;
    use crate::class::feedback::{AnswerFeedback, feedback_file_name};
    use crate::work::disk::RealDisk;
    use crate::work::mem_disk::MemDisk;
    use proptest::prelude::*;
    use std::time::{Duration, SystemTime};

    fn at(seconds: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_000_000 + seconds)
    }

    fn key(n: u8) -> TeacherKey {
        TeacherKey::from_secret([n; 32])
    }

    fn comment(f: &mut Feedback, key: &str, prompt: &str, text: &str) {
        f.own_part_mut(key).answers.insert(
            prompt.to_owned(),
            AnswerFeedback {
                comment: text.to_owned(),
                ..AnswerFeedback::default()
            },
        );
    }

    #[test]
    fn two_teachers_at_once_each_keep_their_part() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir
            .path()
            .join(feedback_file_name("social-credit", "Amira K."));
        let (a, b) = (key(1), key(2));
        let mut first = Feedback::new("social-credit", "Amira K.");
        comment(&mut first, &a.public(), "q1", "Name the feeling.");
        let saved = save_feedback(&RealDisk, &path, None, &first, &a, at(1)).expect("saved");
        assert!(!saved.merged);
        // The second teacher started before that save.
        let mut second = Feedback::new("social-credit", "Amira K.");
        comment(&mut second, &b.public(), "q1", "Quote the words.");
        let saved = save_feedback(&RealDisk, &path, None, &second, &b, at(2)).expect("saved");
        assert!(!saved.merged, "different teachers never clash");
        let on_disk = Feedback::parse(&std::fs::read(&path).expect("read")).expect("parse");
        assert_eq!(on_disk, saved.feedback);
        assert_eq!(on_disk.teachers.len(), 2);
        let q1 = on_disk.comment("q1");
        assert_eq!(
            q1,
            "A teacher: Name the feeling.\n\nA teacher: Quote the words."
        );
        // Each part is signed by its own teacher.
        for part in &on_disk.teachers {
            assert!(crate::class::feedback::signing::verify(
                "social-credit",
                "Amira K.",
                part
            ));
        }
    }

    #[test]
    fn a_damaged_file_or_another_student_s_is_kept_aside_never_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("x.feedback.ron");
        let mut ours = Feedback::new("social-credit", "Amira K.");
        comment(&mut ours, &key(1).public(), "q1", "Hi");
        for in_the_way in [
            Feedback::new("social-credit", "Ben").to_text(),
            "(format: 2, garb".to_owned(),
        ] {
            std::fs::write(&path, &in_the_way).expect("write");
            let saved =
                save_feedback(&RealDisk, &path, None, &ours, &key(1), at(1)).expect("saved");
            let aside = saved.kept_aside.expect("kept aside");
            assert_eq!(std::fs::read_to_string(&aside).expect("read"), in_the_way);
            assert!(!crate::class::feedback::is_feedback_file(&aside));
            std::fs::remove_file(&aside).expect("tidy");
        }
        // A newer version's file is left alone, and saying so.
        std::fs::write(&path, "(format: 9, lesson_id: \"social-credit\")").expect("write");
        let error =
            save_feedback(&RealDisk, &path, None, &ours, &key(1), at(1)).expect_err("newer");
        assert!(error.contains("newer version"), "{error}");
    }

    #[test]
    fn a_part_forged_in_this_teacher_s_name_is_replaced_by_theirs() {
        let disk = MemDisk::default();
        let path = Path::new("/share/f.feedback.ron");
        let teacher = key(1);
        let mut forged = Feedback::new("l", "Amira");
        let part = forged.own_part_mut(&teacher.public());
        part.overall = "You fail.".into();
        part.returned = true;
        part.signature = "00".repeat(64);
        disk.files_insert(path, forged.to_text());
        let mut ours = Feedback::new("l", "Amira");
        ours.own_part_mut(&teacher.public()).overall = "Careful reading.".into();
        let saved = save_feedback(&disk, path, None, &ours, &teacher, at(1)).expect("saved");
        assert_eq!(saved.feedback.overall(), "Careful reading.");
        assert_eq!(saved.feedback.teachers.len(), 1);
    }

    #[test]
    fn the_newest_feedback_is_found_and_a_hostile_name_is_a_safe_file_name() {
        let name = feedback_file_name("social-credit", "../../evil\u{202e}gpj");
        assert!(!name.contains('/') && !name.contains('\u{202e}'), "{name}");
        assert!(crate::class::feedback::is_feedback_file(Path::new(&name)));
        let a = tempfile::tempdir().expect("temp dir");
        let b = tempfile::tempdir().expect("temp dir");
        let student = "../../evil\u{202e}gpj";
        let mut old = Feedback::new("social-credit", student);
        old.own_part_mut(&key(1).public()).overall = "old".into();
        let mut new = old.clone();
        new.own_part_mut(&key(1).public()).overall = "new".into();
        save_feedback(&RealDisk, &a.path().join(&name), None, &old, &key(1), at(1)).expect("saved");
        save_feedback(&RealDisk, &b.path().join(&name), None, &new, &key(1), at(5)).expect("saved");
        let folders = [a.path().to_path_buf(), b.path().to_path_buf()];
        let found = find_feedback(&RealDisk, &folders, "social-credit", student);
        assert_eq!(found.expect("found").expect("read").overall(), "new");
        std::fs::write(
            b.path().join(&name),
            "(format: 7, lesson_id: \"social-credit\")",
        )
        .expect("write");
        let found = find_feedback(&RealDisk, &folders, "social-credit", student);
        assert_eq!(
            found.expect("found").expect("the readable one").overall(),
            "old"
        );
        assert!(find_feedback(&RealDisk, &folders, "social-credit", "Nobody").is_none());
    }

    #[test]
    fn two_windows_alternating_a_hundred_saves_stay_small() {
        // The repro of issue 23, at its worst: both windows on the same
        // teacher's key (so one part, merged by paragraph), each typing a
        // word into the same overall comment and saving in turn.
        let disk = MemDisk::default();
        let path = Path::new("/share/f.feedback.ron");
        let teacher = key(1);
        let me = teacher.public();
        let mut windows: Vec<(Feedback, Option<Feedback>)> =
            vec![(Feedback::new("l", "Amira"), None); 2];
        for round in 0..100 {
            let (current, base) = &mut windows[round % 2];
            let part = current.own_part_mut(&me);
            part.overall = format!("{} w{round}x", part.overall).trim().to_owned();
            let saved = save_feedback(
                &disk,
                path,
                base.as_ref(),
                current,
                &teacher,
                at(round as u64),
            )
            .expect("saved");
            *current = saved.feedback.clone();
            *base = Some(saved.feedback);
        }
        let bytes = disk.file(path).expect("written");
        eprintln!("after 100 alternating saves: {} bytes", bytes.len());
        assert!(bytes.len() < 20 * 1024, "{} bytes", bytes.len());
        let text = Feedback::parse(&bytes).expect("reads").overall();
        for last in ["w98x", "w99x"] {
            assert_eq!(text.matches(last).count(), 1, "{text}");
        }
    }

    /// One step of a writer: type a word into its own paragraph, or save.
    #[derive(Debug, Clone)]
    enum Step {
        Type(usize),
        Save(usize),
    }

    fn steps(writers: usize) -> impl Strategy<Value = Vec<Step>> {
        prop::collection::vec(
            prop_oneof![
                (0..writers).prop_map(Step::Type),
                (0..writers).prop_map(Step::Save),
            ],
            1..24,
        )
    }

    /// Writer `w`'s own paragraph in `text`, if there is one.
    fn paragraph_of(text: &str, w: usize) -> Vec<&str> {
        text.split("\n\n")
            .filter(|p| p.split(' ').next() == Some(&format!("W{w}")))
            .collect()
    }

    /// Runs `steps` with writers whose keys are `keys[w]` (writers sharing
    /// a key are two windows of one teacher); after every save, checks the
    /// file: its size is bounded by what the writers have typed, and every
    /// writer's paragraph is there once, as they last saved it.
    fn interleave(keys: &[u8], steps: &[Step]) -> Result<(), TestCaseError> {
        let disk = MemDisk::default();
        let path = Path::new("/share/f.feedback.ron");
        let teachers: Vec<TeacherKey> = keys.iter().map(|&k| key(k)).collect();
        let mut current = vec![Feedback::new("l", "Amira"); keys.len()];
        let mut base: Vec<Option<Feedback>> = vec![None; keys.len()];
        let mut typed = vec![0_usize; keys.len()];
        let mut last_saved: Vec<Option<String>> = vec![None; keys.len()];
        for (n, step) in steps.iter().enumerate() {
            match *step {
                Step::Type(w) => {
                    typed[w] += 1;
                    let part = current[w].own_part_mut(&teachers[w].public());
                    let mut paragraphs: Vec<String> = part
                        .overall
                        .split("\n\n")
                        .filter(|p| !p.is_empty())
                        .map(str::to_owned)
                        .collect();
                    match paragraphs
                        .iter_mut()
                        .find(|p| p.split(' ').next() == Some(&format!("W{w}")))
                    {
                        Some(p) => p.push_str(&format!(" t{n}")),
                        None => paragraphs.push(format!("W{w} t{n}")),
                    }
                    part.overall = paragraphs.join("\n\n");
                }
                Step::Save(w) => {
                    let saved = save_feedback(
                        &disk,
                        path,
                        base[w].as_ref(),
                        &current[w],
                        &teachers[w],
                        at(n as u64),
                    )
                    .map_err(TestCaseError::fail)?;
                    let mine = current[w]
                        .own_part(&teachers[w].public())
                        .map(|p| p.overall.clone())
                        .unwrap_or_default();
                    last_saved[w] = paragraph_of(&mine, w).first().map(|p| (*p).to_owned());
                    current[w] = saved.feedback.clone();
                    base[w] = Some(saved.feedback);
                    let bytes = disk.file(path).expect("written");
                    // Every word typed is at most ~6 bytes; each part's
                    // signature, key and fields under 1 KB.
                    let bound = 1024 * keys.len() + 8 * typed.iter().sum::<usize>();
                    prop_assert!(bytes.len() <= bound, "{} > {bound}", bytes.len());
                    let on_disk =
                        Feedback::parse(&bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    let all: String = on_disk
                        .teachers
                        .iter()
                        .map(|t| t.overall.as_str())
                        .collect::<Vec<_>>()
                        .join("\n\n");
                    for (v, last) in last_saved.iter().enumerate() {
                        if let Some(last) = last {
                            let found = paragraph_of(&all, v);
                            prop_assert_eq!(found.len(), 1, "writer {} in {:?}", v, all);
                            // Another window of the same teacher may have
                            // saved it since; never an older version.
                            prop_assert!(
                                found[0].starts_with(last.as_str()),
                                "{} lost {:?}",
                                v,
                                last
                            );
                        }
                    }
                }
            }
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_500))]

        #[test]
        fn two_teachers_interleaved(steps in steps(2)) {
            interleave(&[1, 2], &steps)?;
        }

        #[test]
        fn three_teachers_interleaved(steps in steps(3)) {
            interleave(&[1, 2, 3], &steps)?;
        }

        #[test]
        fn one_teacher_in_two_windows_interleaved(steps in steps(2)) {
            interleave(&[1, 1], &steps)?;
        }

        #[test]
        fn two_teachers_one_of_them_in_two_windows_interleaved(steps in steps(3)) {
            interleave(&[1, 1, 2], &steps)?;
        }
    }
}

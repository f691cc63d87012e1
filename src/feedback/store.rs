//! Saving a teacher's feedback beside a student's work, and finding it
//! again. Each teacher's feedback on a student is a file of its own, named
//! with their key (`<lesson>--<student>.<key>.feedback.ron`), so a teacher
//! only ever writes their own file: two teachers saving at the same moment
//! can never write over each other. A reader puts the files together.

use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::merge::merge_part;
use super::signing::{TeacherKey, verify};
use super::{
    FEEDBACK_SUFFIX, Feedback, FeedbackError, MAX_BYTES, TeacherFeedback, keyed_feedback_file_name,
    legacy_feedback_file_name,
};
use crate::filename::safe_stem;
use crate::io_error::plain_words;
use crate::tr;
use crate::work::disk::{Disk, FileMode, write_atomic};
use crate::work::store::student_file_stem;

/// What saving feedback did.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedFeedback {
    /// The feedback with this teacher's part as written, and every other
    /// teacher's as their files in the folder have it now.
    pub feedback: Feedback,
    /// The file written.
    pub path: PathBuf,
    /// This teacher's part had been changed elsewhere too (another window
    /// on the same key) and both changed a comment: both are kept, once.
    pub merged: bool,
    /// A file in the way that was not this teacher's feedback on this
    /// student (damaged, or someone else's) was kept aside under this name.
    pub kept_aside: Option<PathBuf>,
}

/// The feedback file at `path`, read no further than one byte past
/// [`MAX_BYTES`]: a huge file on a share is refused without being read whole.
fn read_feedback(disk: &dyn Disk, path: &Path) -> io::Result<Result<Feedback, FeedbackError>> {
    Ok(match disk.read_at_most(path, MAX_BYTES as u64)? {
        Some(bytes) => Feedback::parse(&bytes),
        None => Err(FeedbackError::Damaged(tr!("export-feedback-too-large"))),
    })
}

/// Writes this teacher's part of `ours`, signed with `key`, to their own
/// feedback file in `folder` (see [`save_feedback_as`]).
pub fn save_feedback(
    disk: &dyn Disk,
    folder: &Path,
    base: Option<&Feedback>,
    ours: &Feedback,
    key: &TeacherKey,
    now: SystemTime,
) -> Result<SavedFeedback, String> {
    save_feedback_as(disk, folder, base, ours, &key.public(), key, now)
}

/// Writes the part of `ours` that `edited_as` names (the key the window knew
/// when the teacher typed: "" before it had one), signed with `key`, to the
/// teacher's own feedback file in `folder`, atomically. If another window on
/// the same key changed that file since `base` was read, the two are merged
/// by paragraph; a file there older than `base` (a copy put back) is not
/// taken for a change. A file from a newer version is never replaced; a
/// damaged one, or one holding someone else's feedback, is kept aside.
pub fn save_feedback_as(
    disk: &dyn Disk,
    folder: &Path,
    base: Option<&Feedback>,
    ours: &Feedback,
    edited_as: &str,
    key: &TeacherKey,
    now: SystemTime,
) -> Result<SavedFeedback, String> {
    let me = key.public();
    let path = folder.join(keyed_feedback_file_name(
        &ours.lesson_id,
        &ours.student,
        &me,
    ));
    let mut kept_aside = None;
    let there: Option<TeacherFeedback> = match read_feedback(disk, &path) {
        Ok(parsed) => match parsed {
            Ok(f) if f.lesson_id == ours.lesson_id && f.student == ours.student => {
                let (lesson, student) = (f.lesson_id.clone(), f.student.clone());
                // A part under this key without its signature is a forgery:
                // replaced.
                f.teachers
                    .into_iter()
                    .find(|t| t.key == me && verify(&lesson, &student, t))
            }
            Err(FeedbackError::Newer(n)) => {
                return Err(tr!(
                    "export-feedback-file-newer",
                    path = path.display().to_string(),
                    format = n
                ));
            }
            // Damaged, or someone else's under this name: never replaced,
            // but never in the way either.
            Ok(_) | Err(FeedbackError::Damaged(_)) => {
                kept_aside = Some(keep_aside(disk, &path, now)?);
                None
            }
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(plain_words(&e)),
    };
    let mine_now = ours.own_part(edited_as).cloned().unwrap_or_default();
    let mine_base = base.and_then(|b| b.own_part(edited_as));
    // Changed elsewhere: different from what this window last saw, and not
    // older than it.
    let changed_elsewhere = there.as_ref().filter(|t| {
        Some(*t) != mine_base && mine_base.is_none_or(|b| t.written_at >= b.written_at)
    });
    let mut mine = match changed_elsewhere {
        Some(there) => merge_part(mine_base, &mine_now, there),
        None => mine_now.clone(),
    };
    let merged = clashed(mine_base, &mine_now, changed_elsewhere);
    mine.written_at = humantime::format_rfc3339_millis(now).to_string();
    key.sign(&ours.lesson_id, &ours.student, &mut mine);
    let file = Feedback {
        format: super::FEEDBACK_FORMAT,
        lesson_id: ours.lesson_id.clone(),
        student: ours.student.clone(),
        written_at: mine.written_at.clone(),
        teachers: vec![mine.clone()],
        ..Feedback::default()
    };
    let text = file.to_text();
    if text.len() > MAX_BYTES {
        return Err(tr!(
            "export-feedback-too-big",
            size = text.len() / 1024,
            most = MAX_BYTES / 1024
        ));
    }
    write_atomic(disk, &path, text.as_bytes(), FileMode::Shared).map_err(|e| plain_words(&e))?;
    // The feedback as the window now has it: this teacher's part as
    // written, and every other teacher's part as it is in their own file
    // now (or as the window had it, where it was found elsewhere).
    let mut feedback = ours.clone();
    match ours.own_index(edited_as) {
        Some(i) => feedback.teachers[i] = mine,
        None => feedback.teachers.push(mine),
    }
    feedback.written_at = file.written_at;
    if let Some(Ok(others)) = find_feedback(
        disk,
        &[folder.to_path_buf()],
        &ours.lesson_id,
        &ours.student,
        &[],
    ) {
        feedback.take_in(others);
    }
    Ok(SavedFeedback {
        feedback,
        path,
        merged,
        kept_aside,
    })
}

/// Saves a teacher's feedback (see [`save_feedback_as`]) signed with their
/// key, kept in `key_dir` (made there if it is not there yet); returns what
/// was written and the key's public half.
pub fn save_signed(
    disk: &dyn Disk,
    key_dir: Option<&Path>,
    folder: &Path,
    base: Option<&Feedback>,
    (feedback, edited_as): (&Feedback, &str),
) -> Result<(SavedFeedback, String), String> {
    let key_dir = key_dir.ok_or_else(|| tr!("export-feedback-no-key-folder"))?;
    let key = TeacherKey::load_or_create(disk, key_dir)?;
    save_feedback_as(
        disk,
        folder,
        base,
        feedback,
        edited_as,
        &key,
        SystemTime::now(),
    )
    .map(|saved| (saved, key.public()))
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
    let aside = crate::filename::unused_path(
        folder,
        &format!("{}.set-aside-{}", name, crate::work::history::stamp(now)),
    );
    disk.rename_new(path, &aside).map_err(|e| {
        tr!(
            "export-feedback-in-the-way",
            path = path.display().to_string(),
            why = plain_words(&e)
        )
    })?;
    Ok(aside)
}

/// Whether the file `name` is feedback on `student`'s work on `lesson_id`:
/// a teacher's own file, or one from before feedback was signed.
pub fn is_feedback_for(name: &str, lesson_id: &str, student: &str) -> bool {
    let lesson = safe_stem(lesson_id);
    [
        student_file_stem(student),
        crate::work::store::legacy_student_file_stem(student),
    ]
    .iter()
    .any(|stem| {
        name.strip_prefix(&format!("{lesson}--{stem}."))
            .is_some_and(|rest| rest.ends_with(FEEDBACK_SUFFIX.trim_start_matches('.')))
    })
}

/// Looks for `student`'s feedback on `lesson_id` in each folder and puts
/// every teacher's file together (where a teacher's part is in several,
/// the one written last counts). Files are found by name: the names for
/// each of `keys` (which can be opened in a folder students may not list),
/// the names from before feedback was signed, and whatever a listing of the
/// folder shows. `Err` when some feedback is there and none can be read.
pub fn find_feedback(
    disk: &dyn Disk,
    folders: &[PathBuf],
    lesson_id: &str,
    student: &str,
    keys: &[String],
) -> Option<Result<Feedback, String>> {
    let names: Vec<String> = keys
        .iter()
        .map(|k| keyed_feedback_file_name(lesson_id, student, k))
        .chain([
            super::feedback_file_name(lesson_id, student),
            legacy_feedback_file_name(lesson_id, student),
        ])
        .collect();
    let mut found: Option<Feedback> = None;
    let mut problem: Option<String> = None;
    for folder in folders {
        let listed = disk.list(folder).unwrap_or_default();
        let mut paths: Vec<PathBuf> = names.iter().map(|n| folder.join(n)).collect();
        paths.extend(listed.into_iter().filter(|p| {
            p.file_name().is_some_and(|n| {
                let n = n.to_string_lossy();
                is_feedback_for(&n, lesson_id, student) && !names.iter().any(|m| *m == n)
            })
        }));
        paths.sort();
        paths.dedup();
        for path in paths {
            let Ok(parsed) = read_feedback(disk, &path) else {
                continue;
            };
            match parsed {
                Ok(f) if f.lesson_id == lesson_id && f.student == student => match &mut found {
                    Some(all) => all.take_in(f),
                    None => found = Some(f),
                },
                Ok(_) => {
                    problem.get_or_insert_with(|| {
                        tr!(
                            "export-feedback-someone-else",
                            path = path.display().to_string()
                        )
                    });
                }
                Err(e) => {
                    problem.get_or_insert_with(|| {
                        tr!(
                            "export-feedback-unreadable",
                            path = path.display().to_string(),
                            why = e.to_string()
                        )
                    });
                }
            }
        }
    }
    match (found, problem) {
        (Some(f), _) => Some(Ok(f)),
        (None, Some(why)) => Some(Err(why)),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::signing::TeacherKey;
    use crate::feedback::{AnswerFeedback, feedback_file_name};
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

    /// Every teacher's file on the student in `folder`, put together.
    fn read_all(disk: &dyn Disk, folder: &Path) -> Feedback {
        find_feedback(disk, &[folder.to_path_buf()], "l", "Amira", &[])
            .expect("found")
            .expect("read")
    }

    #[test]
    fn a_huge_feedback_file_is_refused_without_being_read_whole() {
        let dir = tempfile::tempdir().expect("temp dir");
        // A teacher's file for the student, 16 MB long (sparse: nothing
        // written), as a broken sync tool might leave.
        let name = keyed_feedback_file_name("l", "Amira", "ed25519:c0c0");
        assert!(is_feedback_for(&name, "l", "Amira"));
        let huge = dir.path().join(&name);
        std::fs::File::create(&huge)
            .and_then(|f| f.set_len(16 << 20))
            .expect("a sparse file");
        let disk = crate::work::disk::Counting::default();
        let found = find_feedback(&disk, &[dir.path().to_path_buf()], "l", "Amira", &[]);
        let Some(Err(problem)) = found else {
            panic!("the huge file is said: {found:?}");
        };
        assert!(problem.contains(&name), "{problem}");
        assert!(
            disk.handed() <= 2 * (MAX_BYTES as u64 + 1),
            "read {} bytes",
            disk.handed()
        );
    }

    #[test]
    fn two_teachers_at_once_each_write_their_own_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (a, b) = (key(1), key(2));
        let mut first = Feedback::new("l", "Amira");
        comment(&mut first, &a.public(), "q1", "Name the feeling.");
        // The second teacher started before that save.
        let mut second = Feedback::new("l", "Amira");
        comment(&mut second, &b.public(), "q1", "Quote the words.");
        let one = save_feedback(&RealDisk, dir.path(), None, &first, &a, at(1)).expect("saved");
        let two = save_feedback(&RealDisk, dir.path(), None, &second, &b, at(1)).expect("saved");
        assert!(!one.merged && !two.merged, "different teachers never clash");
        assert_ne!(one.path, two.path);
        let all = read_all(&RealDisk, dir.path());
        assert_eq!(all.teachers.len(), 2);
        let q1 = all.comment("q1");
        assert_eq!(
            q1.matches("A teacher: Name the feeling.").count(),
            1,
            "{q1}"
        );
        assert_eq!(q1.matches("A teacher: Quote the words.").count(), 1, "{q1}");
        for part in &all.teachers {
            assert!(verify("l", "Amira", part));
        }
    }

    #[test]
    fn a_damaged_file_or_another_student_s_is_kept_aside_never_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let teacher = key(1);
        let path = dir
            .path()
            .join(keyed_feedback_file_name("l", "Amira", &teacher.public()));
        let mut ours = Feedback::new("l", "Amira");
        comment(&mut ours, &teacher.public(), "q1", "Hi");
        for in_the_way in [
            Feedback::new("l", "Ben").to_text(),
            "(format: 2, garb".to_owned(),
        ] {
            std::fs::write(&path, &in_the_way).expect("write");
            let saved =
                save_feedback(&RealDisk, dir.path(), None, &ours, &teacher, at(1)).expect("saved");
            let aside = saved.kept_aside.expect("kept aside");
            assert_eq!(std::fs::read_to_string(&aside).expect("read"), in_the_way);
            assert!(!crate::feedback::is_feedback_file(&aside));
            std::fs::remove_file(&aside).expect("tidy");
        }
        // A newer version's file is left alone, and saying so.
        std::fs::write(&path, "(format: 9, lesson_id: \"l\")").expect("write");
        let error =
            save_feedback(&RealDisk, dir.path(), None, &ours, &teacher, at(1)).expect_err("newer");
        assert!(error.contains("newer version"), "{error}");
    }

    #[test]
    fn a_part_forged_in_this_teacher_s_name_is_replaced_by_theirs() {
        let disk = MemDisk::default();
        let folder = Path::new("/share");
        let teacher = key(1);
        let mut forged = Feedback::new("l", "Amira");
        let part = forged.own_part_mut(&teacher.public());
        part.overall = "You fail.".into();
        part.returned = true;
        part.signature = "00".repeat(64);
        let name = keyed_feedback_file_name("l", "Amira", &teacher.public());
        disk.files_insert(&folder.join(name), forged.to_text());
        let mut ours = Feedback::new("l", "Amira");
        ours.own_part_mut(&teacher.public()).overall = "Careful reading.".into();
        let saved = save_feedback(&disk, folder, None, &ours, &teacher, at(1)).expect("saved");
        assert_eq!(saved.feedback.overall(), "Careful reading.");
        assert_eq!(read_all(&disk, folder).overall(), "Careful reading.");
    }

    #[test]
    fn an_older_copy_put_back_is_not_taken_for_a_change() {
        // A sync client (or another teacher's old copy) puts back the file
        // as it was at the first save; the window goes on from its second.
        let disk = MemDisk::default();
        let folder = Path::new("/share");
        let teacher = key(1);
        let me = teacher.public();
        let mut window = Feedback::new("l", "Amira");
        window.own_part_mut(&me).overall = "P1".into();
        let first = save_feedback(&disk, folder, None, &window, &teacher, at(1)).expect("saved");
        let old_copy = disk.file(&first.path).expect("written");
        window = first.feedback.clone();
        window.own_part_mut(&me).overall = "P1\n\nP2".into();
        let second = save_feedback(
            &disk,
            folder,
            Some(&first.feedback),
            &window,
            &teacher,
            at(2),
        )
        .expect("saved");
        disk.files_insert(&second.path, String::from_utf8(old_copy).expect("utf-8"));
        let mut window = second.feedback.clone();
        window.own_part_mut(&me).overall = "P1\n\nP2\n\nP3".into();
        let third = save_feedback(
            &disk,
            folder,
            Some(&second.feedback),
            &window,
            &teacher,
            at(3),
        )
        .expect("saved");
        assert!(!third.merged);
        assert_eq!(read_all(&disk, folder).overall(), "P1\n\nP2\n\nP3");
    }

    #[test]
    fn every_teacher_s_newest_file_is_found_and_names_are_safe() {
        let name = feedback_file_name("social-credit", "../../evil\u{202e}gpj");
        assert!(!name.contains('/') && !name.contains('\u{202e}'), "{name}");
        assert!(crate::feedback::is_feedback_file(Path::new(&name)));
        let a = tempfile::tempdir().expect("temp dir");
        let b = tempfile::tempdir().expect("temp dir");
        let student = "../../evil\u{202e}gpj";
        let mut old = Feedback::new("social-credit", student);
        old.own_part_mut(&key(1).public()).overall = "old".into();
        let mut new = old.clone();
        new.own_part_mut(&key(1).public()).overall = "new".into();
        save_feedback(&RealDisk, a.path(), None, &old, &key(1), at(1)).expect("saved");
        let saved = save_feedback(&RealDisk, b.path(), None, &new, &key(1), at(5)).expect("saved");
        let folders = [a.path().to_path_buf(), b.path().to_path_buf()];
        let find = || find_feedback(&RealDisk, &folders, "social-credit", student, &[]);
        assert_eq!(find().expect("found").expect("read").overall(), "new");
        std::fs::write(&saved.path, "(format: 7, lesson_id: \"social-credit\")").expect("write");
        assert_eq!(
            find().expect("found").expect("the readable one").overall(),
            "old"
        );
        assert!(find_feedback(&RealDisk, &folders, "social-credit", "Nobody", &[]).is_none());
    }

    #[test]
    fn a_teacher_s_file_is_found_by_its_key_where_the_folder_cannot_be_listed() {
        // A drop-box folder: students open files by name, never list.
        struct NoListing(RealDisk);
        impl Disk for NoListing {
            fn write_temp(&self, d: &Path, b: &[u8], m: FileMode) -> io::Result<PathBuf> {
                self.0.write_temp(d, b, m)
            }
            fn sync_file(&self, p: &Path) -> io::Result<()> {
                self.0.sync_file(p)
            }
            fn rename(&self, f: &Path, t: &Path) -> io::Result<()> {
                self.0.rename(f, t)
            }
            fn rename_new(&self, f: &Path, t: &Path) -> io::Result<()> {
                self.0.rename_new(f, t)
            }
            fn entry_kind(&self, p: &Path) -> io::Result<crate::work::disk::EntryKind> {
                self.0.entry_kind(p)
            }
            fn sync_dir(&self, d: &Path) -> io::Result<()> {
                self.0.sync_dir(d)
            }
            fn remove_file(&self, p: &Path) -> io::Result<()> {
                self.0.remove_file(p)
            }
            fn read(&self, p: &Path) -> io::Result<Vec<u8>> {
                self.0.read(p)
            }
            fn create_dir_all(&self, p: &Path) -> io::Result<()> {
                self.0.create_dir_all(p)
            }
            fn list(&self, _: &Path) -> io::Result<Vec<PathBuf>> {
                Err(io::ErrorKind::PermissionDenied.into())
            }
            fn lock(&self, p: &Path) -> crate::work::disk::Lock {
                self.0.lock(p)
            }
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let teacher = key(1);
        let mut ours = Feedback::new("l", "Amira");
        ours.own_part_mut(&teacher.public()).overall = "Found.".into();
        save_feedback(&RealDisk, dir.path(), None, &ours, &teacher, at(1)).expect("saved");
        let folders = [dir.path().to_path_buf()];
        let disk = NoListing(RealDisk);
        assert!(find_feedback(&disk, &folders, "l", "Amira", &[]).is_none());
        let found = find_feedback(&disk, &folders, "l", "Amira", &[teacher.public()]);
        assert_eq!(found.expect("found").expect("read").overall(), "Found.");
    }

    #[test]
    fn two_windows_alternating_a_hundred_saves_stay_small() {
        // The repro of issue 23, at its worst: both windows on the same
        // teacher's key (so one file, merged by paragraph), each typing a
        // word into the same overall comment and saving in turn.
        let disk = MemDisk::default();
        let folder = Path::new("/share");
        let teacher = key(1);
        let me = teacher.public();
        let mut windows: Vec<(Feedback, Option<Feedback>)> =
            vec![(Feedback::new("l", "Amira"), None); 2];
        let mut path = PathBuf::new();
        for round in 0..100 {
            let (current, base) = &mut windows[round % 2];
            let part = current.own_part_mut(&me);
            part.overall = format!("{} w{round}x", part.overall).trim().to_owned();
            let saved = save_feedback(
                &disk,
                folder,
                base.as_ref(),
                current,
                &teacher,
                at(round as u64),
            )
            .expect("saved");
            path.clone_from(&saved.path);
            *current = saved.feedback.clone();
            *base = Some(saved.feedback);
        }
        let bytes = disk.file(&path).expect("written");
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
    /// files: their size is bounded by what the writers have typed, and
    /// every writer's paragraph is there once, as they last saved it.
    fn interleave(keys: &[u8], steps: &[Step]) -> Result<(), TestCaseError> {
        let disk = MemDisk::default();
        let folder = Path::new("/share");
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
                    let own = format!("W{w}");
                    match paragraphs
                        .iter_mut()
                        .find(|p| p.split(' ').next() == Some(own.as_str()))
                    {
                        Some(p) => p.push_str(&format!(" t{n}")),
                        None => paragraphs.push(format!("{own} t{n}")),
                    }
                    part.overall = paragraphs.join("\n\n");
                }
                Step::Save(w) => {
                    let saved = save_feedback(
                        &disk,
                        folder,
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
                    // Every word typed is at most ~6 bytes; each file's
                    // signature, key and fields under 1 KB.
                    let bytes: usize = disk
                        .paths()
                        .iter()
                        .filter_map(|p| disk.file(p))
                        .map(|f| f.len())
                        .sum();
                    let bound = 1024 * keys.len() + 8 * typed.iter().sum::<usize>();
                    prop_assert!(bytes <= bound, "{} > {bound}", bytes);
                    let all: String = read_all(&disk, folder)
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

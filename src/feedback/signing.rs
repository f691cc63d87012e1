//! Feedback a student can trust: each teacher's part of a feedback file is
//! signed with that teacher's own key (ed25519), made the first time they
//! open the class view and kept in their data folder. The public half goes into
//! the classroom settings file school IT rolls out (`teachers: [...]`); a
//! student's app shows a part as their teacher's only when its signature
//! checks against one of those keys. Anyone who can write to the hand-in
//! folder can still delete or replace a file, but cannot write words or
//! marks that a student's app shows as the teacher's.

use std::path::{Path, PathBuf};

use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

use super::TeacherFeedback;
use crate::tr;
use crate::work::disk::{Disk, FileMode};

/// How a public key is written: `ed25519:` and 64 hexadecimal digits.
const KEY_PREFIX: &str = "ed25519:";

/// The key file's name in the teacher's data folder.
pub const KEY_FILE: &str = "teacher-key.ron";

/// What is signed starts with this, so a signature made for anything else
/// never checks as feedback.
const DOMAIN: &[u8] = b"closereader feedback part v2\n";

/// A teacher's signing key.
#[derive(Clone)]
pub struct TeacherKey {
    key: SigningKey,
}

impl std::fmt::Debug for TeacherKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret half.
        write!(f, "TeacherKey({})", self.public())
    }
}

/// The key file: the secret half, in hexadecimal.
#[derive(Serialize, Deserialize)]
#[serde(rename = "TeacherKey")]
struct KeyFile {
    /// Never share this: whoever has it can sign feedback as you.
    secret: String,
}

/// A teacher named in the classroom settings: whose key it is.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename = "Teacher")]
pub struct TrustedTeacher {
    /// The name students see on this teacher's feedback.
    #[serde(default)]
    pub name: String,
    /// The public key (`ed25519:…`).
    pub key: String,
}

impl TeacherKey {
    /// The key kept in `data_dir`, or `None` when there is none yet.
    pub fn load(disk: &dyn Disk, data_dir: &Path) -> Result<Option<Self>, String> {
        let path = key_path(data_dir);
        let bytes = match disk.read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(crate::io_error::plain_words(&e)),
        };
        let damaged = || tr!("export-key-damaged", path = path.display().to_string());
        let text = std::str::from_utf8(&bytes).map_err(|_| damaged())?;
        let file: KeyFile = ron::from_str(text).map_err(|_| damaged())?;
        let secret = decode::<32>(&file.secret).ok_or_else(damaged)?;
        Ok(Some(Self {
            key: SigningKey::from_bytes(&secret),
        }))
    }

    /// The key kept in `data_dir`, made there first when there is none.
    /// Two saves making it at the same moment end with the same key: the
    /// file is only ever created, never replaced.
    pub fn load_or_create(disk: &dyn Disk, data_dir: &Path) -> Result<Self, String> {
        if let Some(key) = Self::load(disk, data_dir)? {
            return Ok(key);
        }
        let mut secret = [0_u8; 32];
        getrandom::fill(&mut secret)
            .map_err(|e| tr!("export-key-no-random", why = e.to_string()))?;
        let text = ron::ser::to_string_pretty(
            &KeyFile {
                secret: hex::encode(secret),
            },
            ron::ser::PrettyConfig::new(),
        )
        .map_err(|e| e.to_string())?;
        disk.create_dir_all(data_dir)
            .map_err(|e| crate::io_error::plain_words(&e))?;
        // The note at the top, each of its lines a comment.
        let note: String = tr!("export-key-file-note")
            .lines()
            .map(|line| format!("// {line}\n"))
            .collect();
        let text = format!("{note}{text}\n");
        match crate::work::disk::create_new(
            disk,
            &key_path(data_dir),
            text.as_bytes(),
            FileMode::Private,
        ) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(crate::io_error::plain_words(&e)),
        }
        Self::load(disk, data_dir)?.ok_or_else(|| tr!("export-key-not-kept"))
    }

    /// A key from its secret bytes (tests).
    pub fn from_secret(secret: [u8; 32]) -> Self {
        Self {
            key: SigningKey::from_bytes(&secret),
        }
    }

    /// The public half, as written in classroom settings: `ed25519:…`.
    pub fn public(&self) -> String {
        format!(
            "{KEY_PREFIX}{}",
            hex::encode(self.key.verifying_key().to_bytes())
        )
    }

    /// Signs `part` of the feedback on `student`'s work on `lesson_id`
    /// (setting its key and signature).
    pub fn sign(&self, lesson_id: &str, student: &str, part: &mut TeacherFeedback) {
        part.key = self.public();
        let signature = self.key.sign(&signed_bytes(lesson_id, student, part));
        part.signature = hex::encode(signature.to_bytes());
    }
}

/// Where the key is kept.
pub fn key_path(data_dir: &Path) -> PathBuf {
    data_dir.join(KEY_FILE)
}

/// Whether `part` is signed by the key it names, for the feedback on
/// `student`'s work on `lesson_id`.
pub fn verify(lesson_id: &str, student: &str, part: &TeacherFeedback) -> bool {
    let Some(key) = part
        .key
        .strip_prefix(KEY_PREFIX)
        .and_then(decode::<32>)
        .and_then(|bytes| VerifyingKey::from_bytes(&bytes).ok())
    else {
        return false;
    };
    let Some(signature) = decode::<64>(&part.signature).map(|b| Signature::from_bytes(&b)) else {
        return false;
    };
    key.verify_strict(&signed_bytes(lesson_id, student, part), &signature)
        .is_ok()
}

/// Whether `text` is written as a public key is.
pub fn is_public_key(text: &str) -> bool {
    canonical_key(text).is_some()
}

/// A public key as this program writes it (`ed25519:` and 64 lower-case
/// hexadecimal digits), from one pasted with spaces around it or in
/// capitals; `None` when it is not a key.
pub fn canonical_key(text: &str) -> Option<String> {
    let text = text.trim();
    let (prefix, hex_digits) = text.split_at_checked(KEY_PREFIX.len())?;
    if !prefix.eq_ignore_ascii_case(KEY_PREFIX) {
        return None;
    }
    let bytes = decode::<32>(hex_digits)?;
    VerifyingKey::from_bytes(&bytes).ok()?;
    Some(format!("{KEY_PREFIX}{}", hex::encode(bytes)))
}

/// `N` bytes written as hexadecimal, or `None`.
fn decode<const N: usize>(text: &str) -> Option<[u8; N]> {
    let mut bytes = [0_u8; N];
    hex::decode_to_slice(text.trim(), &mut bytes).ok()?;
    Some(bytes)
}

/// What a signature covers: the lesson, the student and every field of
/// the part but the signature, each with its length first (so no two
/// different parts give the same bytes), marks as their exact bits.
fn signed_bytes(lesson_id: &str, student: &str, part: &TeacherFeedback) -> Vec<u8> {
    fn text(out: &mut Vec<u8>, s: &str) {
        out.extend_from_slice(&(s.len() as u64).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
    }
    fn number(out: &mut Vec<u8>, n: Option<f32>) {
        match n {
            Some(n) => {
                out.push(1);
                out.extend_from_slice(&n.to_bits().to_le_bytes());
            }
            None => out.push(0),
        }
    }
    let mut out = DOMAIN.to_vec();
    for field in [lesson_id, student, &part.name, &part.key, &part.written_at] {
        text(&mut out, field);
    }
    out.push(u8::from(part.returned));
    text(&mut out, &part.overall);
    let answers =
        |out: &mut Vec<u8>,
         answers: &std::collections::BTreeMap<String, crate::feedback::AnswerFeedback>| {
            out.extend_from_slice(&(answers.len() as u64).to_le_bytes());
            for (id, answer) in answers {
                text(out, id);
                text(out, &answer.comment);
                number(out, answer.mark);
                text(out, &answer.marked_at);
                number(out, answer.auto);
            }
        };
    answers(&mut out, &part.answers);
    // What was returned, when it is kept apart (parts signed before it was
    // are signed without it, and still check).
    if let Some(sent) = &part.sent {
        out.push(2);
        text(&mut out, &sent.at);
        text(&mut out, &sent.overall);
        answers(&mut out, &sent.answers);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::AnswerFeedback;
    use crate::work::disk::RealDisk;

    fn signed_part(key: &TeacherKey) -> TeacherFeedback {
        let mut part = TeacherFeedback {
            name: "Ms Rivera".into(),
            overall: "Careful reading.".into(),
            returned: true,
            ..TeacherFeedback::default()
        };
        part.answers.insert(
            "q1".into(),
            AnswerFeedback {
                comment: "Quote it.".into(),
                mark: Some(1.0),
                ..AnswerFeedback::default()
            },
        );
        key.sign("social-credit", "Amira", &mut part);
        part
    }

    #[test]
    fn a_signed_part_verifies_and_any_change_breaks_it() {
        let key = TeacherKey::from_secret([7; 32]);
        let part = signed_part(&key);
        assert!(verify("social-credit", "Amira", &part));
        assert!(is_public_key(&part.key));
        // Pasted in capitals, with spaces: the same key.
        let pasted = format!("  {}  ", part.key.to_uppercase());
        assert_eq!(canonical_key(&pasted), Some(part.key.clone()));
        // Another student, another lesson, or any changed field: refused.
        assert!(!verify("social-credit", "Ben", &part));
        assert!(!verify("other-lesson", "Amira", &part));
        let mut changed = part.clone();
        changed.answers.get_mut("q1").expect("q1").mark = Some(f32::NAN);
        assert!(!verify("social-credit", "Amira", &changed));
        let mut changed = part.clone();
        changed.overall.push('!');
        assert!(!verify("social-credit", "Amira", &changed));
        // Signed by another key but claiming this one: refused.
        let forger = TeacherKey::from_secret([9; 32]);
        let mut forged = signed_part(&forger);
        forged.key = key.public();
        assert!(!verify("social-credit", "Amira", &forged));
        // Unsigned.
        let mut unsigned = part.clone();
        unsigned.signature.clear();
        assert!(!verify("social-credit", "Amira", &unsigned));
    }

    #[test]
    fn a_key_is_made_once_and_read_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert!(
            TeacherKey::load(&RealDisk, dir.path())
                .expect("read")
                .is_none()
        );
        let made = TeacherKey::load_or_create(&RealDisk, dir.path()).expect("made");
        let again = TeacherKey::load_or_create(&RealDisk, dir.path()).expect("read");
        assert_eq!(made.public(), again.public());
        assert!(!format!("{made:?}").contains(&hex::encode(made.key.to_bytes())));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(key_path(dir.path()))
                .expect("key file")
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "only the teacher can read the key");
        }
    }
}

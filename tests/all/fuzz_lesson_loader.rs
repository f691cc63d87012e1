//! The loader never panics, whatever the bytes: arbitrary bytes, RON-shaped
//! noise, and the bundled lesson mutated at random.
//!
//! Run longer with: `PROPTEST_CASES=100000 cargo test --release --test fuzz_lesson_loader`

// Test helpers may panic: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use closereader::lesson::bundled::BUNDLED_LESSONS;
use closereader::lesson::check_lesson;
use closereader::lesson::locate::Locator;
use proptest::prelude::*;

/// One random edit of a byte string.
#[derive(Debug, Clone)]
enum Mutation {
    Flip { at: usize, bit: u8 },
    Delete { at: usize, len: usize },
    Insert { at: usize, bytes: Vec<u8> },
    Duplicate { at: usize, len: usize },
    Truncate { at: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0u8..8).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
        (any::<usize>(), 1usize..64).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), proptest::collection::vec(ron_byte(), 1..16))
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (any::<usize>(), 1usize..256).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

/// Bytes that matter to RON, plus any byte at all.
fn ron_byte() -> impl Strategy<Value = u8> {
    prop_oneof![
        proptest::sample::select(b"()[]{},:\"'\\#/*r_-0123456789 \nSome".to_vec()),
        any::<u8>(),
    ]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    if bytes.is_empty() {
        return;
    }
    let len = bytes.len();
    match mutation {
        Mutation::Flip { at, bit } => bytes[at % len] ^= 1 << bit,
        Mutation::Delete { at, len: n } => {
            let start = at % len;
            bytes.drain(start..(start + n).min(len));
        }
        Mutation::Insert { at, bytes: new } => {
            let at = at % len;
            bytes.splice(at..at, new.iter().copied());
        }
        Mutation::Duplicate { at, len: n } => {
            let start = at % len;
            let copy = bytes[start..(start + n).min(len)].to_vec();
            bytes.splice(start..start, copy);
        }
        Mutation::Truncate { at } => bytes.truncate(at % len),
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = check_lesson(&bytes, None);
    }

    #[test]
    fn ron_shaped_noise_never_panics(bytes in proptest::collection::vec(ron_byte(), 0..2048)) {
        let _ = check_lesson(&bytes, None);
        let _ = Locator::new(&String::from_utf8_lossy(&bytes)).position("sections[0].prompts[1].id");
    }

    #[test]
    fn mutated_lessons_never_panic(mutations in proptest::collection::vec(mutation(), 1..6)) {
        for bundled in BUNDLED_LESSONS {
            let mut bytes = bundled.text.as_bytes().to_vec();
            for m in &mutations {
                apply(&mut bytes, m);
            }
            let report = check_lesson(&bytes, None);
            // A lesson comes back exactly when there is no error.
            prop_assert_eq!(report.lesson.is_some(), !report.has_errors());
        }
    }
}

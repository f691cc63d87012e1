//! Where a drafted lesson's sections start (`closereader new --from`): at
//! the topic shifts a transcript marks, aiming at sections a class reads
//! in one go.
//!
//! The rule:
//! - A chapter (`0:00 Intro` lines, WebVTT `Chapter …` cues) always starts
//!   a section, and so does a gap of [`GAP_SECONDS`] or more between
//!   captions (the transcript skips part of the video).
//! - Otherwise a section runs to at least [`MIN_WORDS`] words and at most
//!   [`MAX_WORDS`] (about 200, [`TARGET_WORDS`]); within that window it
//!   ends at the strongest shift: a pause of [`PAUSE_SECONDS`] or more,
//!   then a change of speaker, then a new turn; with none, at about
//!   [`TARGET_WORDS`]. The last few words (under half of [`MIN_WORDS`])
//!   stay with the section before them.
//! - A section never has more passages than a lesson allows, and a long
//!   transcript gets longer sections so the lesson stays within its
//!   number of sections.

use std::ops::Range;

use super::draft::DraftPassage;
use super::limits::{MAX_PASSAGES_PER_SECTION, MAX_SECTIONS};

/// A section has at least this many words before it ends at a shift.
pub const MIN_WORDS: usize = 150;
/// Sections aim at this many words.
pub const TARGET_WORDS: usize = 200;
/// A section ends at the next passage once it has this many words.
pub const MAX_WORDS: usize = 250;
/// A pause this long between captions is a strong shift.
pub const PAUSE_SECONDS: f64 = 4.0;
/// A gap this long between captions always starts a section.
pub const GAP_SECONDS: f64 = 30.0;

/// How strongly the transcript marks a shift before a passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Shift {
    /// Nothing marked: the same voice goes on.
    None,
    /// A new turn of the same label (`>>`, `- `).
    Turn,
    /// Someone else speaks.
    Speaker,
    /// A pause in the captions.
    Pause,
    /// A chapter, or a gap in the captions: always a new section.
    Always,
}

/// The shift before passage `i` (`i >= 1`).
fn shift(passages: &[DraftPassage], i: usize) -> Shift {
    let (before, here) = (&passages[i - 1], &passages[i]);
    let pause = match (before.end.or(before.seconds), here.seconds) {
        (Some(end), Some(start)) => start - end,
        _ => 0.0,
    };
    if here.chapter.is_some() || pause >= GAP_SECONDS {
        Shift::Always
    } else if pause >= PAUSE_SECONDS {
        Shift::Pause
    } else if before.speaker != here.speaker {
        Shift::Speaker
    } else if here.speaker.is_some() {
        // Passages of the same label are cut at turns or sentence ends;
        // only a labelled one can be a new turn.
        Shift::Turn
    } else {
        Shift::None
    }
}

/// The passages' sections, as ranges of passage indexes in order.
pub fn section_ranges(passages: &[DraftPassage]) -> Vec<Range<usize>> {
    let words: Vec<usize> = passages
        .iter()
        .map(|p| p.text.split_whitespace().count())
        .collect();
    let total: usize = words.iter().sum();
    // A long transcript: longer sections, half the most a lesson may have.
    let scale = total.div_ceil(TARGET_WORDS * (MAX_SECTIONS / 2)).max(1);
    let (min, target, max) = (MIN_WORDS * scale, TARGET_WORDS * scale, MAX_WORDS * scale);
    let shifts: Vec<Shift> = (0..passages.len())
        .map(|i| {
            if i == 0 {
                Shift::None
            } else {
                shift(passages, i)
            }
        })
        .collect();
    let mut starts = vec![0];
    let mut start = 0;
    let mut so_far = 0;
    let mut left = total;
    for i in 1..passages.len() {
        so_far += words[i - 1];
        left -= words[i - 1];
        let cut = if shifts[i] == Shift::Always || i - start >= MAX_PASSAGES_PER_SECTION {
            true
        } else if so_far < min || left < min / 2 {
            // Too short yet, or what is left is too short to stand alone.
            false
        } else if so_far >= max {
            true
        } else {
            // The strongest shift before the section would pass `max`.
            let mut ahead = so_far;
            let mut best = Shift::None;
            for j in i..passages.len() {
                if ahead > max {
                    break;
                }
                best = best.max(shifts[j]);
                ahead += words[j];
            }
            if best == Shift::None {
                so_far >= target
            } else {
                shifts[i] == best
            }
        };
        if cut {
            starts.push(i);
            start = i;
            so_far = 0;
        }
    }
    if passages.is_empty() {
        return Vec::new();
    }
    if starts.len() > MAX_SECTIONS {
        // Chapters or gaps everywhere: every so many passages instead.
        let per = passages.len().div_ceil(MAX_SECTIONS).max(1);
        starts = (0..passages.len()).step_by(per).collect();
    }
    starts
        .iter()
        .zip(starts.iter().skip(1).chain([&passages.len()]))
        .map(|(&from, &to)| from..to)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A passage of `words` words by `speaker`, from `start` to `end` seconds.
    fn passage(speaker: Option<&str>, words: usize, times: Option<(f64, f64)>) -> DraftPassage {
        DraftPassage {
            speaker: speaker.map(str::to_owned),
            time: None,
            seconds: times.map(|t| t.0),
            text: vec!["word"; words].join(" "),
            sounds: Vec::new(),
            note: None,
            end: times.map(|t| t.1),
            chapter: None,
        }
    }

    /// Moves `passages` later by `seconds`.
    fn delay(passages: &mut [DraftPassage], seconds: f64) {
        for p in passages {
            p.seconds = p.seconds.map(|s| s + seconds);
            p.end = p.end.map(|s| s + seconds);
        }
    }

    fn starts(passages: &[DraftPassage]) -> Vec<usize> {
        section_ranges(passages).iter().map(|r| r.start).collect()
    }

    #[test]
    fn a_section_ends_at_the_strongest_shift_within_its_length() {
        // 60 words a passage: 180 words after three, 240 after four.
        let mut passages: Vec<DraftPassage> = (0..8)
            .map(|i| passage(Some(if i < 4 { "A" } else { "B" }), 60, None))
            .collect();
        // A speaker change before passage 4 (240 words in): cut there,
        // not at the first passage past 150 words.
        assert_eq!(starts(&passages), [0, 4]);
        // Without any shift: at about 200 words.
        for p in &mut passages {
            p.speaker = None;
        }
        assert_eq!(starts(&passages), [0, 4]);
        let short: Vec<DraftPassage> = (0..8).map(|_| passage(None, 45, None)).collect();
        assert_eq!(starts(&short), [0, 5]);
    }

    #[test]
    fn a_pause_beats_a_speaker_change_and_chapters_and_gaps_always_cut() {
        let mut passages: Vec<DraftPassage> = (0..6)
            .map(|i| {
                let at = f64::from(i) * 20.0;
                passage(
                    Some(if i % 2 == 0 { "A" } else { "B" }),
                    50,
                    Some((at, at + 19.0)),
                )
            })
            .collect();
        // Every passage a new speaker; a 5 s pause before passage 4.
        delay(&mut passages[4..], 5.0);
        assert_eq!(starts(&passages), [0, 4]);
        // A chapter at passage 1: a short section before it.
        passages[1].chapter = Some("The claim".into());
        assert_eq!(starts(&passages), [0, 1, 4]);
        // A gap of a minute before passage 5: the section runs to it (250
        // words), past the pause.
        passages[1].chapter = None;
        delay(&mut passages[5..], 60.0);
        assert_eq!(starts(&passages), [0, 5]);
        // A gap starts a section however short the one before.
        delay(&mut passages[2..], 60.0);
        assert_eq!(starts(&passages), [0, 2, 5]);
    }
}

//! Passages and a source card's paragraphs as reading stops: each is one
//! place Tab reaches, named with its speaker, time and words, where a
//! screen reader hears the text whole, with each highlight said where it
//! starts and ends ("[Highlight starts: Loaded language] scary dystopian
//! [highlight ends]"), never in pieces. Buttons name a passage by its
//! speaker and first words.

use egui::{Response, Sense, Ui, UiBuilder};

use crate::lesson::{Lesson, Passage, SpeakerRole};
use crate::tr;

use super::excerpt::Mark;

/// The class a reading stop's `Ui` carries, so the pieces drawn inside it
/// know to stay out of the screen reader's way.
const CLASS: &str = "reading-stop";

/// How many words of a passage name it on a button.
const FIRST_WORDS: usize = 5;

/// Draws `add_contents` as one reading stop named `name`: focusable (Tab
/// stops on it, the focus ring goes round it), a paragraph to a screen
/// reader. Returns what `add_contents` returned and the stop's response.
pub fn reading_stop_ui<R>(
    ui: &mut Ui,
    name: &str,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> (R, Response) {
    let builder = egui::class::HasClasses::with_class(
        UiBuilder::new()
            .sense(Sense::focusable_noninteractive())
            .accessibility_role(egui::accesskit::Role::Paragraph)
            .accessibility_label(name),
        CLASS,
    );
    let inner = ui.scope_builder(builder, add_contents);
    super::focus::give_node_bounds(ui, &inner.response);
    (inner.inner, inner.response)
}

/// Hides a piece of a stop's words (a run of text, a tag's label) from
/// screen readers, which hear the stop's name instead; outside a stop
/// (a section's intro) nothing changes.
pub fn hide_piece(ui: &Ui, piece: &Response) {
    if ui.stack().has_class(CLASS) {
        ui.ctx()
            .accesskit_node_builder(piece.id, |node| node.set_hidden());
    }
}

/// `text` with each highlight said where it starts and where it ends, in
/// the order of the words (overlapping highlights nest as they fall).
pub fn marked_words(text: &str, marks: &[Mark]) -> String {
    let mut said = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for at in 0..=chars.len() {
        for mark in marks
            .iter()
            .filter(|m| m.range.end == at && !m.range.is_empty())
        {
            said.push_str(&tr!("stop-highlight-ends", tag = mark.label.as_str()));
        }
        for mark in marks
            .iter()
            .filter(|m| m.range.start == at && !m.range.is_empty())
        {
            said.push_str(&tr!("stop-highlight-starts", tag = mark.label.as_str()));
        }
        if let Some(c) = chars.get(at) {
            said.push(*c);
        }
    }
    said
}

/// The passage's speaker's name, and their role in words when the name
/// does not already say what the voice is ("Narrator (NowThis World)",
/// "Ohlberg (interviewee)" get none).
pub fn speaker_and_role(lesson: &Lesson, passage: &Passage) -> (String, Option<String>) {
    let speaker = lesson.speaker(&passage.speaker);
    let role = speaker.map_or(SpeakerRole::Other, |s| s.role);
    let name = speaker.map_or(passage.speaker.as_str(), |s| s.name.as_str());
    let word = crate::wording::speaker_role(role);
    let shown = !name.contains('(') && !name.to_lowercase().contains(&word);
    (name.to_owned(), shown.then_some(word))
}

/// What a screen reader hears on a passage's stop: its speaker (and role),
/// its time, and its words with its highlights.
pub fn passage_stop_name(lesson: &Lesson, passage: &Passage, marks: &[Mark]) -> String {
    let (name, role) = speaker_and_role(lesson, passage);
    let speaker = match role {
        Some(role) => format!("{name} {}", tr!("role-shown", role = role)),
        None => name,
    };
    let text = marked_words(&passage.text, marks);
    match &passage.time {
        Some(time) => tr!(
            "stop-passage-timed",
            speaker = speaker,
            time = time.as_str(),
            text = text
        ),
        None => tr!("stop-passage", speaker = speaker, text = text),
    }
}

/// A passage as buttons name it: its speaker and first words
/// ("Narrator: “Chances are you might…”").
pub fn passage_short_name(lesson: &Lesson, passage: &Passage) -> String {
    let (name, _) = speaker_and_role(lesson, passage);
    let words: Vec<&str> = passage.text.split_whitespace().collect();
    let mut first = words
        .iter()
        .take(FIRST_WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if words.len() > FIRST_WORDS {
        first.push('…');
    }
    tr!("stop-passage-short", speaker = name, words = first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(range: std::ops::Range<usize>, label: &str) -> Mark {
        Mark {
            range,
            label: label.into(),
            colour: egui::Color32::RED,
            label_colour: egui::Color32::BLACK,
        }
    }

    #[test]
    fn highlights_are_said_where_they_start_and_end() {
        let text = "a scary dystopian program";
        let said = marked_words(text, &[mark(2..17, "Loaded language")]);
        assert_eq!(
            said,
            "a [Highlight starts: Loaded language] scary dystopian [highlight ends: Loaded language] program"
        );
        // Two highlights ending and starting at one place, and one at the end.
        let said = marked_words("ab cd", &[mark(0..2, "Claim"), mark(2..5, "Evidence")]);
        assert_eq!(
            said,
            "[Highlight starts: Claim] ab [highlight ends: Claim][Highlight starts: Evidence]  cd [highlight ends: Evidence]"
        );
        assert_eq!(marked_words("plain", &[]), "plain");
    }

    #[test]
    fn buttons_name_a_passage_by_speaker_and_first_words() {
        let lesson = crate::lesson::bundled::template_lesson();
        let passage = &lesson.sections[0].passages[0];
        let name = passage_short_name(&lesson, passage);
        let (speaker, _) = speaker_and_role(&lesson, passage);
        assert!(name.starts_with(&format!("{speaker}: “")), "{name}");
        let first: Vec<&str> = passage.text.split_whitespace().take(2).collect();
        assert!(name.contains(&first.join(" ")), "{name}");
        assert!(!name.contains("passage 1"));
    }
}

//! SubStation Alpha subtitles (`.ass`, `.ssa`): the `Dialogue:` lines of
//! the `[Events]` section, read by the section's `Format:` line (the
//! Name/Actor field is the speaker), override tags (`{\i1}`) dropped and
//! `\N` line breaks kept. Script info, styles and `Comment:` lines are not
//! speech.

use super::Cue;
use super::captions::{Caption, cues_from, parse_time};

/// The fields of a Dialogue line when the file gives no `Format:` line
/// (the same places in `.ass` and `.ssa`).
const DEFAULT_FORMAT: &str =
    "Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text";

/// Reads SubStation Alpha subtitles into cues, in order of time.
pub fn cues_from_ass(text: &str) -> Vec<Cue> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut in_events = false;
    let mut format: Vec<String> = fields(DEFAULT_FORMAT);
    let mut captions: Vec<Caption> = Vec::new();
    for line in text.lines() {
        let line = line.trim_start();
        if line.starts_with('[') {
            in_events = line.trim_end().eq_ignore_ascii_case("[events]");
            continue;
        }
        if !in_events {
            continue;
        }
        if let Some(names) = line.strip_prefix("Format:") {
            format = fields(names);
        } else if let Some(values) = line.strip_prefix("Dialogue:") {
            captions.extend(dialogue(&format, values));
        }
    }
    // Lines may be written out of order (by layer or style); read by time.
    captions.sort_by(|a, b| a.start.total_cmp(&b.start));
    cues_from(&captions)
}

/// The field names of a `Format:` line, lower-case.
fn fields(names: &str) -> Vec<String> {
    names.split(',').map(|n| n.trim().to_lowercase()).collect()
}

/// The caption a Dialogue line holds. Text is the last field and may hold
/// commas, so the line is split into as many fields as the format names.
fn dialogue(format: &[String], values: &str) -> Option<Caption> {
    let values: Vec<&str> = values.splitn(format.len().max(1), ',').collect();
    let field = |name: &str| {
        format
            .iter()
            .position(|f| f == name)
            .and_then(|i| values.get(i))
            .map(|v| v.trim())
    };
    let start = parse_time(field("start")?)?;
    let end = field("end").and_then(parse_time);
    let speaker = field("name")
        .or_else(|| field("actor"))
        .filter(|n| !n.is_empty())
        .map(str::to_owned);
    let text = format
        .iter()
        .position(|f| f == "text")
        .and_then(|i| values.get(i))?;
    let text = text.replace("\\h", " ").replace("\\n", "\\N");
    Some(Caption {
        start,
        end,
        speaker,
        lines: text.split("\\N").map(str::to_owned).collect(),
        chapter: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dialogue_lines_are_read_by_the_format_line() {
        let ssa = "[Script Info]\nTitle: x\n\n[V4 Styles]\nFormat: Name, Fontname\nStyle: Default,Arial\n\n\
                   [Events]\nFormat: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n\
                   Dialogue: Marked=0,0:00:05.00,0:00:07.00,Default,Anna,0000,0000,0000,,Yes, {\\i1}really{\\i0}.\n\
                   Comment: Marked=0,0:00:02.00,0:00:03.00,Default,,0,0,0,,not said\n\
                   Dialogue: Marked=0,0:00:01.00,0:00:03.00,Default,,0000,0000,0000,,Hello,\\Nthere\n";
        let cues = cues_from_ass(ssa);
        let said: Vec<(Option<&str>, &str, Option<&str>)> = cues
            .iter()
            .map(|c| (c.speaker.as_deref(), c.text.as_str(), c.time.as_deref()))
            .collect();
        assert_eq!(
            said,
            [
                (None, "Hello,", Some("0:01")),
                (None, "there", Some("0:01")),
                (Some("Anna"), "Yes, really.", Some("0:05")),
            ]
        );
    }
}

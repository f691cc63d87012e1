//! Word transcripts (`.docx`), read with docx-rs (already used to write
//! exports): each paragraph of the document's body is a paragraph of text,
//! read as a plain-text transcript. Tables, headers and footnotes are not
//! read.

use docx_rs::{DocumentChild, read_docx};

use super::{Cue, TranscriptError, cues_from_text};

/// The cues of a Word document's bytes.
pub fn cues_from_docx(bytes: &[u8]) -> Result<Vec<Cue>, TranscriptError> {
    Ok(cues_from_text(&docx_text(bytes)?))
}

/// The text of a Word document's paragraphs, a blank line between each.
pub fn docx_text(bytes: &[u8]) -> Result<String, TranscriptError> {
    // The reader is third-party code given a file from anywhere: a panic in
    // it becomes a refusal, never a crash.
    let read = std::panic::catch_unwind(|| read_docx(bytes))
        .map_err(|_| TranscriptError::NotDocx(crate::tr!("sys-transcript-docx-damaged")))?;
    let docx = read.map_err(|e| TranscriptError::NotDocx(e.to_string()))?;
    let paragraphs: Vec<String> = docx
        .document
        .children
        .iter()
        .filter_map(|child| match child {
            DocumentChild::Paragraph(p) => Some(p.raw_text()),
            _ => None,
        })
        .filter(|text| !text.trim().is_empty())
        .collect();
    Ok(paragraphs.join("\n\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_that_are_not_a_word_file_are_refused() {
        assert!(matches!(
            cues_from_docx(b"not a zip"),
            Err(TranscriptError::NotDocx(_))
        ));
    }
}

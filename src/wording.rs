//! The model's data in words: progress counts, kinds of question, source
//! and document, and the flags on a student's work. The model returns
//! counts and kinds; the screens, exports and the class view word them
//! here, from the word table (`assets/words/en.ftl`).

use crate::class::review::Flag;
use crate::lesson::{Document, DocumentKind, PromptKind, SourceKind};
use crate::tr;
use crate::work::Progress;

/// "12 of 29 answered", "12 of 29 answered · 2 optional".
pub fn progress(progress: Progress) -> String {
    tr!(
        "progress",
        answered = progress.answered,
        total = progress.total,
        optional = progress.optional
    )
}

/// "12 of 29" (a column headed "Answered").
pub fn progress_short(progress: Progress) -> String {
    tr!(
        "progress-short",
        answered = progress.answered,
        total = progress.total
    )
}

/// "Open response", "Single choice", …
pub fn prompt_kind(kind: &PromptKind) -> String {
    match kind {
        PromptKind::Open => tr!("kind-open"),
        PromptKind::Short => tr!("kind-short"),
        PromptKind::Choice { .. } => tr!("kind-choice"),
        PromptKind::Choices { .. } => tr!("kind-choices"),
        PromptKind::Rating { .. } => tr!("kind-rating"),
        PromptKind::Evidence { .. } => tr!("kind-evidence"),
    }
}

/// A source's kind as the word table names it.
fn source_kind_id(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Video => "video",
        SourceKind::Audio => "audio",
        SourceKind::Article => "article",
        SourceKind::Speech => "speech",
        SourceKind::Interview => "interview",
        SourceKind::WebPage => "web-page",
        SourceKind::SocialMedia => "social-media",
        SourceKind::Other => "other",
    }
}

/// "Video", "Web page", … (a source's kind, on its own).
pub fn source_kind(kind: SourceKind) -> String {
    tr!("source-kind", kind = source_kind_id(kind))
}

/// "video", "web page", … (a source's kind, inside a sentence).
pub fn source_kind_in_text(kind: SourceKind) -> String {
    tr!("source-kind.in-text", kind = source_kind_id(kind))
}

/// "Article", "Official document", … (a document's kind).
pub fn document_kind(kind: DocumentKind) -> String {
    match kind {
        DocumentKind::Article => tr!("document-article"),
        DocumentKind::Report => tr!("document-report"),
        DocumentKind::Profile => tr!("document-profile"),
        DocumentKind::OfficialDocument => tr!("document-official"),
        DocumentKind::Data => tr!("document-data"),
        DocumentKind::WebPage => tr!("document-web-page"),
    }
}

/// "Profile · This lesson · 2026-11": a document's kind, publisher, author
/// and date where known, for the reader's header and exports.
pub fn byline(document: &Document) -> String {
    let mut parts = vec![document_kind(document.kind)];
    for part in [&document.publisher, &document.author] {
        if !part.trim().is_empty() {
            parts.push(part.clone());
        }
    }
    match &document.date {
        Some(date) if !date.trim().is_empty() => parts.push(date.clone()),
        _ => parts.push(tr!("document-no-date")),
    }
    parts.join(" · ")
}

/// A document's whole citation in one line: title, byline and where it
/// came from.
pub fn citation(document: &Document) -> String {
    let byline = byline(document);
    if document.from.trim().is_empty() {
        tr!(
            "document-citation",
            title = document.title.as_str(),
            byline = byline
        )
    } else {
        tr!(
            "document-citation-from",
            title = document.title.as_str(),
            byline = byline,
            from = document.from.as_str()
        )
    }
}

/// "3 unanswered", "1 rating without a reason", "2 other copies".
pub fn flag(flag: Flag) -> String {
    match flag {
        Flag::Unanswered(count) => tr!("flag-unanswered", count = count),
        Flag::RatingWithoutReason(count) => tr!("flag-rating-without-reason", count = count),
        Flag::OtherCopies(count) => tr!("flag-other-copies", count = count),
        Flag::RemovedAnswers(count) => tr!("flag-removed-answers", count = count),
        Flag::NotOnList => tr!("flag-not-on-list"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_worded_with_plurals() {
        let some = Progress {
            answered: 12,
            total: 29,
            optional: 0,
        };
        assert_eq!(progress(some), "12 of 29 answered");
        let with_optional = Progress {
            optional: 2,
            ..some
        };
        assert_eq!(progress(with_optional), "12 of 29 answered · 2 optional");
        assert_eq!(progress_short(some), "12 of 29");
        assert_eq!(flag(Flag::OtherCopies(1)), "1 other copy");
        assert_eq!(flag(Flag::OtherCopies(2)), "2 other copies");
        assert_eq!(
            flag(Flag::RatingWithoutReason(1)),
            "1 rating without a reason"
        );
        assert_eq!(flag(Flag::Unanswered(3)), "3 unanswered");
    }
}

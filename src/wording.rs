//! The model's data in words: progress counts, kinds of question, source
//! and document, and the flags on a student's work. The model returns
//! counts and kinds; the screens, exports and the class view word them
//! here, from the word table (`assets/words/en.ftl`).

use crate::class::review::Flag;
use crate::lesson::{Credit, Document, DocumentKind, Lesson, PromptKind, Quote, SourceKind};
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

/// A quotation's source in one line: "State Council, “Planning Outline…”,
/// China Law Translate, 14 June 2014. https://…", leaving out an author or
/// a reading date the lesson does not give.
pub fn quote_source(quote: &Quote) -> String {
    let (title, publisher, date, address) = (
        quote.title.as_str(),
        quote.publisher.as_str(),
        quote.date.as_str(),
        quote.address.as_str(),
    );
    let source = if quote.author.trim().is_empty() {
        tr!(
            "quote-source",
            title = title,
            publisher = publisher,
            date = date,
            address = address
        )
    } else {
        tr!(
            "quote-source-author",
            author = quote.author.as_str(),
            title = title,
            publisher = publisher,
            date = date,
            address = address
        )
    };
    if quote.read.trim().is_empty() {
        source
    } else {
        tr!(
            "quote-source-read",
            source = source,
            read = quote.read.as_str()
        )
    }
}

/// What a card paragraph's citation adds when its card quotes sources:
/// "quoting {source}", or "this lesson’s own words (“{lesson}”)…". `None`
/// for a transcript passage and for a card that quotes nothing.
pub fn card_credit(lesson: &Lesson, credit: Credit<'_>) -> Option<String> {
    match credit {
        Credit::Speaker(_) | Credit::Document(_) => None,
        Credit::Quote(quote) => Some(tr!("credit-quoting", source = quote_source(quote))),
        Credit::Lesson => Some(tr!("credit-lesson-words", lesson = lesson.title.as_str())),
    }
}

/// A card paragraph as read aloud: a quotation followed by where it is
/// quoted from (without its web address, which reads badly), the lesson's
/// own words announced as such, other paragraphs as written.
pub fn spoken_paragraph(document: &Document, paragraph: &crate::lesson::Paragraph) -> String {
    let text = paragraph.text.as_str();
    match document.credit(paragraph) {
        Credit::Speaker(_) | Credit::Document(_) => text.to_owned(),
        Credit::Lesson => tr!("read-lesson-words", text = text),
        Credit::Quote(quote) if quote.author.trim().is_empty() => tr!(
            "read-quoted",
            text = text,
            title = quote.title.as_str(),
            publisher = quote.publisher.as_str(),
            date = quote.date.as_str()
        ),
        Credit::Quote(quote) => tr!(
            "read-quoted-author",
            text = text,
            author = quote.author.as_str(),
            title = quote.title.as_str(),
            publisher = quote.publisher.as_str(),
            date = quote.date.as_str()
        ),
    }
}

/// A voice's role in words ("news clip"), so colour is never the only sign.
pub fn speaker_role(role: crate::lesson::SpeakerRole) -> String {
    use crate::lesson::SpeakerRole;
    match role {
        SpeakerRole::Narrator => tr!("role-narrator"),
        SpeakerRole::Clip => tr!("role-clip"),
        SpeakerRole::Expert => tr!("role-expert"),
        SpeakerRole::Official => tr!("role-official"),
        SpeakerRole::Public => tr!("role-public"),
        SpeakerRole::Other => tr!("role-other"),
        SpeakerRole::OnScreen => tr!("role-on-screen"),
    }
}

/// A question as read aloud: its words, then a choice question's options
/// in order and a rating's scale with what its ends mean, so a student who
/// listens hears all a reader sees.
pub fn spoken_prompt(prompt: &crate::lesson::Prompt) -> String {
    let text = prompt.text.as_str();
    match &prompt.kind {
        PromptKind::Choice { options, .. } | PromptKind::Choices { options, .. } => {
            let options: Vec<String> = options
                .iter()
                .enumerate()
                .map(|(index, option)| {
                    tr!(
                        "read-prompt-option",
                        number = index + 1,
                        option = option.as_str()
                    )
                })
                .collect();
            tr!(
                "read-prompt-options",
                text = text,
                options = options.join(" ")
            )
        }
        PromptKind::Rating {
            min,
            max,
            low,
            high,
        } => tr!(
            "read-prompt-scale",
            text = text,
            min = *min,
            max = *max,
            low = low.as_str(),
            high = high.as_str()
        ),
        _ => text.to_owned(),
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

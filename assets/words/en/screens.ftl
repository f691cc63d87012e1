# Close Reader's words in English: the screens and messages: the template for every other language.
#
# Each message has an id (left of "="); its text may use arguments such as
# { $count } or { $name }. Attributes (".tooltip", ".name") belong to the
# message above them. Keep sentences short and plain: the readers are
# 11 to 16 years old, some still learning English.
# How to write Fluent: https://projectfluent.org/fluent/guide/

## Counts used in many places.

n-students = { $count ->
    [one] { $count } student
   *[other] { $count } students
}

## The message strip at the top of the window.

earlier-messages = Earlier messages ({ $count })
message-ok = OK
message-open-folder = Open folder
highlight-removed = Highlight “{ $quote }” removed.

## The model's data in words (src/wording.rs).

progress = { $optional ->
    [0] { $answered } of { $total } answered
   *[other] { $answered } of { $total } answered · { $optional } optional
}
progress-short = { $answered } of { $total }
kind-open = Open response
kind-short = Short answer
kind-choice = Single choice
kind-choices = Multiple choice
kind-rating = Rating
kind-evidence = Evidence
source-kind = { $kind ->
    [video] Video
    [audio] Audio
    [article] Article
    [speech] Speech
    [interview] Interview
    [web-page] Web page
    [social-media] Social media
   *[other] Other
}
    .in-text = { $kind ->
        [video] video
        [audio] audio
        [article] article
        [speech] speech
        [interview] interview
        [web-page] web page
        [social-media] social media
       *[other] other
    }
document-no-date = no date given
document-citation = “{ $title }”. { $byline }
document-citation-from = “{ $title }”. { $byline }. From: { $from }
document-article = Article
document-report = Report
document-profile = Profile
document-official = Official document
document-data = Data
document-web-page = Web page
flag-unanswered = { $count } unanswered
flag-rating-without-reason = { $count ->
    [one] { $count } rating without a reason
   *[other] { $count } ratings without a reason
}
flag-other-copies = { $count ->
    [one] { $count } other copy
   *[other] { $count } other copies
}

## The lesson screen.

top-bar-student = Who is working on this lesson
notes-below = Your notes are at the end of this section ({ $keys }).
go-to-notes = Go to your notes ↓
theme = Theme

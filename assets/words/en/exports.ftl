# Close Reader's words in English: exports of a student's work (text, Markdown, web page, Word) and feedback: the template for every other language.
#
# Each message has an id (left of "="); its text may use arguments such as
# { $count } or { $name }. Attributes (".tooltip", ".name") belong to the
# message above them. Keep sentences short and plain: the readers are
# 11 to 16 years old, some still learning English.
# How to write Fluent: https://projectfluent.org/fluent/guide/

## The formats work can be exported to, as the export menu names them.

export-format-md = Markdown (.md)
export-format-html = Web page (.html), prints cleanly
export-format-txt = Plain text (.txt)
export-format-docx = Word document (.docx)
export-format-ron = Close Reader work file (.ron), for collecting a class

## The labels around the work, the same in every format (text, Markdown,
## web page, Word). Web pages take these words as written: do not use
## "<" or "&" in them.

export-label-student = Student:
export-label-date = Date:
export-label-version = Lesson version:
export-label-progress = Progress:
export-label-feedback = Feedback from your teacher:
export-teacher-copy = Teacher's copy: with answer keys and teacher notes.
export-label-source = Source:
export-label-teacher-note = Teacher note:
# Before a passage the answer quotes: "Cited: Narrator: …".
export-label-cited = Cited:
export-answer = Answer
export-label-answer = { export-answer }:
export-label-answer-key = Answer key:
export-highlights = Highlights
export-label-highlights = { export-highlights }:
export-section-notes = Notes on this section
export-label-section-notes = { export-section-notes }:
export-notebook = Notebook
# An empty notebook.
export-empty = (empty)
export-removed-answers = No longer in the lesson
export-unanswered = (not answered)
# What a screen reader says for a ticked or empty box beside an option.
export-option-chosen = chosen
export-option-not-chosen = not chosen
# Word only: a passage, quoted (after "Cited:" when an answer cites it).
export-quote = { $speaker }: “{ $text }”
# Word only: the space left under each answer for the teacher to write in.
export-label-comment = Comment:
# Word only: the names of the document's own paragraph styles.
export-style-unanswered = Unanswered
export-style-teacher-comment = Teacher's comment
# Word only: the document's subject, in its properties.
export-subject = { $student }'s work

## What an export says about the work.

export-progress = { $optional ->
    [0] { $answered } of { $total } questions answered
   *[other] { $answered } of { $total } questions answered, and { $optional } optional
}
# A section's passages when the export leaves them out.
export-excerpt-left-out = { $count ->
    [one] Excerpt: { $count } passage in the lesson (not included in this export).
   *[other] Excerpt: { $count } passages in the lesson (not included in this export).
}
# A source's line: its title, publisher, kind, date and address, joined
# with commas; then how it was obtained.
export-source-title = “{ $title }”
export-source-published = published { $date }
export-source-date-unknown = publication date unknown
export-source-address-unknown = address unknown
export-source-obtained = { $source }. { $obtained }
# A question's heading: its number through the lesson, its kind and its
# first words.
export-question-heading = Question { $number } ({ $kind }): { $words }
export-question-heading-optional = Question { $number } ({ $kind }, optional): { $words }
export-rating = Rating: { $value } on a scale of { $min } to { $max }
# With what the lowest and the highest value mean.
export-rating-with-ends = Rating: { $value } on a scale of { $min } to { $max } ({ $min } = { $low }, { $max } = { $high })
# Before the reason given for a rating.
export-rating-why = Why:
# After an answer that does not yet count as answered.
export-unfinished = (unfinished)
# The card a highlight is in; in a card that quotes sources, whose words they are (credit-quoting, credit-lesson-words).
export-card-place = “{ $document }”
export-card-place-credited = “{ $document }”, { $credit }
# A highlight an answer cites: its tag, and the card it is in (export-card-place).
export-cited-highlight = Highlight, { $tag }
export-cited-highlight-in = Highlight, { $tag }, in { $place }
# A section's highlights, one line each: the words, where they are,
# whether the lesson has changed there, and the student's comment.
export-highlight = “{ $quote }”
export-highlight-in = { $highlight } (in { $place })
export-highlight-changed = { $highlight } (the lesson's text has changed here)
export-highlight-comment = { $highlight }: { $comment }

## Why an export could not be made or written.

export-error-docx = the Word document could not be made ({ $why })
export-error-write = could not write { $path }: { $why }

## A teacher's feedback, in exports and on the student's screen.

# The marks at the top of a returned export: "Marks: 7 from 9 marked questions."
export-marks-sentence = { $marks }.
export-removed-comment = On a question no longer in the lesson ({ $prompt }): { $comment }
export-marks-summary = { $marked ->
    [one] Marks: { $total } ({ $marked } question marked)
   *[other] Marks: { $total } ({ $marked } questions marked)
}
# A total out of the lesson's points: "14 / 20".
export-total = { $sum } / { $out_of }
export-mark = Mark: { $mark }
export-mark-auto = Mark: { $mark } (marked automatically against the key)
# Feedback from a teacher who signed with no name.
export-a-teacher = A teacher
# One teacher's comment, where several teachers wrote.
export-feedback-by = { $teacher }: { $text }

## Why a feedback file could not be used (after "it is a teacher's
## feedback, and …" or "could not be read: …").

export-feedback-damaged = it is damaged ({ $why })
export-feedback-newer = a newer version of Close Reader wrote it (format { $format }); update Close Reader to read it
export-feedback-too-large = it is too large
export-feedback-not-text = not UTF-8 text
export-feedback-stops-making-sense = it stops making sense at line { $line }, column { $column }
export-feedback-no-lesson = it has no lesson or format
export-feedback-too-many-teachers = it has { $count } teachers' parts; at most { $most } are read
export-feedback-bad-mark = its mark on { $prompt } is { $mark }, and a mark is a number from 0 to { $most }

## Feedback a student's app does not show, and why.

export-feedback-settings-broken = There is feedback on this lesson, but it cannot be checked because { $why }. Tell your teacher.
export-feedback-forged = Some feedback in the hand-in folder has a signature that does not check, so someone other than your teacher may have written it. It is not shown; tell your teacher.
export-feedback-mark-refused = Some feedback was not shown because { $why }. Tell your teacher.
export-feedback-not-trusted = Some feedback in the hand-in folder is not signed by a teacher this laptop's classroom settings name, so it is not shown. If your teacher wrote it, ask them to add their feedback key to the classroom settings.
export-feedback-not-verified = Not verified: this laptop's classroom settings name no teacher key, so Close Reader cannot check that your teacher wrote this.

## Saving and finding a teacher's feedback, and the teacher's key.

export-feedback-file-newer = { $path } was written by a newer version of Close Reader (format { $format }); it was left as it is. Update Close Reader to write this student's feedback
export-feedback-too-big = the feedback is { $size } KB, more than a feedback file holds ({ $most } KB); shorten a comment
export-feedback-no-key-folder = there is no folder on this computer to keep your teacher key in (start Close Reader with --data-dir)
export-feedback-in-the-way = { $path } is in the way and could not be moved aside: { $why }
export-feedback-someone-else = { $path } is feedback for someone else
export-feedback-unreadable = your teacher's feedback ({ $path }) could not be read: { $why }
export-key-damaged = the teacher key { $path } is damaged
export-key-no-random = no random numbers for a teacher key: { $why }
export-key-not-kept = the teacher key was not kept
# The note at the top of the teacher's key file (each line becomes a
# comment in the file).
export-key-file-note =
    Your Close Reader teacher key: whoever has this file can sign feedback as you.
    Keep it private; copy it only to your own other computers.

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

## The start screen.

app-name = Close Reader
start-tagline = Read closely. Ask who is speaking, what the evidence is, and what is left out.
start-who = Who is working?
start-name-shown-as = Shown as “{ $name }”
start-name-hint = Type your name
start-name-too-long = Names can be at most { $max } characters; the rest was not kept.
start-recent = Recent:
start-work-as = Work as { $name }
    .tooltip = Work as this student
start-lesson-to-open = Lesson to open: { $title }
start-start-lesson = Start the lesson
start-lessons = Lessons
start-open-file = Open lesson file…
start-preview-file = Preview a lesson file…
    .tooltip = For teachers writing a lesson: see it as students will, with the answer keys and notes, updated each time you save the file
start-class-work = Class work…
    .tooltip = For teachers: open a folder of your class's work (a hand-in folder, a USB stick, a download from your learning platform) to review it and save a spreadsheet or a class report
start-drop-hint = You can also drop a .ron lesson file on this window.
start-lesson-path = Lesson file path:
    .button = Open
start-class-path = Class folder path:
    .button = Open the class's work
start-opening = Opening the lesson…
start-continue = Continue: { $title }
start-begin = Start: { $title }
start-name-first = Type your name above first.
start-returned = Returned with feedback
start-not-started = Not started
start-minutes = about { $minutes } minutes
start-size = { $sections ->
    [one] { $sections } section
   *[other] { $sections } sections
}, { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
}
start-broken-lesson = This lesson could not be opened: { $file }
    .advice = Show this to your teacher. The other lessons still work.

## A question and its answer.

# $optional is "yes" or "no".
prompt-name = { $optional ->
    [yes] Question { $number } (optional): { $text }
   *[no] Question { $number }: { $text }
}
prompt-heading = { $optional ->
    [yes] Question { $number } · { $kind } · Optional
   *[no] Question { $number } · { $kind }
}
prompt-answered = ✓ Answered
prompt-read-aloud = ▶ Read
    .name = Read question { $number } aloud
    .tooltip = Read this question aloud
prompt-words-explained = Words explained:
prompt-your-answer = Your answer
prompt-teacher-view = Teacher's view · id: { $id }
prompt-answer-key = Answer key: { $key }
prompt-hint-for-students = Hint for students: { $hint }
prompt-teacher-note = Teacher note: { $note }
prompt-show-hint = Show hint
    .name = Show hint for question { $number }
prompt-hide-hint = Hide hint
    .name = Hide hint for question { $number }
prompt-hint = Hint: { $hint }
prompt-scale = { $min } = { $low }   ·   { $max } = { $high }
prompt-scale-value = { $value } on a scale of { $min } to { $max }
prompt-why-rating = Why did you choose this number? (needed for question { $number })
    .hint = Explain your rating, using the text
    .missing = Write why you chose this number to finish this question.
prompt-look-for = Look for: { $tag }. { $description }
prompt-asked-passage = The passage this asks about ({ $by }):
prompt-evidence-hint = Your answer: quote the words you mean
prompt-choose-passage = Choose a passage…
prompt-passage-you-cite = Passage you cite
prompt-cite-highlights = Cite your highlights:
prompt-highlight-in = { " " }in “{ $title }”

## The student's highlights beside the passages.

highlights-heading = Your highlights ({ $count })
highlights-none = None yet: use “Highlight…” under a passage.
highlights-tag = ■ { $tag } ({ $count })
highlights-tag-gone = ■ “{ $tag }”, a tag this lesson no longer has ({ $count }): choose another tag or remove
highlights-in-source = In the source “{ $card }”
highlights-quote = “{ $quote }”
highlights-quote-changed = “{ $quote }” (text changed)
highlights-quote-removed = “{ $quote }” (passage removed)
highlights-comment = Comment
    .hint = Why this tag?
    .name = Comment on “{ $quote }”
highlights-tag-menu = Tag
    .name = Tag of “{ $quote }”
highlights-show = Show
    .tooltip = Scroll to these words
    .name = Show “{ $quote }” in the passage
    .in-source = Show “{ $quote }” in the source “{ $card }”
highlights-remove = Remove
    .name = Remove highlight “{ $quote }”

## Source cards and other documents beside the transcript.

document-others = Other sources to read beside the transcript:
document-open-beside = Open beside: { $title } ({ $kind })
    .name = Source open beside the transcript: { $title }
document-read-beside = Read beside: { $title } ({ $kind })
    .name = Open source beside the transcript: { $title }
document-tab-transcript = Transcript and questions
document-tab-source = Source: { $title }
document-other-source = Other source
document-close = Close source
    .name = Close source: { $title }
document-from = Where this comes from: { $from }
document-paragraph-source = Source: { $cite }
# Under a paragraph quoted from a source: where the words come from (quote-source).
document-quote-credit = From: { $source }
# Above a paragraph in a card that quotes sources, where the lesson speaks for itself.
document-lesson-words = This lesson’s words, not a source’s
# A quotation's source in one line, with and without an author; then with when it was read, as the lesson writes it.
quote-source = “{ $title }”, { $publisher }, { $date }. { $address }
quote-source-author = { $author }, “{ $title }”, { $publisher }, { $date }. { $address }
quote-source-read = { $source }. { $read }
# Whose words a card paragraph is, in citations, highlights and exports.
credit-quoting = quoting { $source }
credit-lesson-words = this lesson’s own words (“{ $lesson }”), not a source’s
document-paragraph-id = id: { $id }
document-highlight =
    .name = Highlight words in paragraph { $number } of { $title }
    .tooltip = Mark words in this paragraph with a tag

## Reading aloud.

read-button = ▶ Read
read-from-here = ▶▶ From here
read-passage =
    .name = Read { $passage } aloud
    .tooltip = Read this passage aloud
    .from-here-name = Read the section aloud from { $passage }
    .from-here-tooltip = Read the section aloud from this passage on
read-paragraph =
    .name = Read paragraph { $number } of { $title } aloud
    .tooltip = Read this paragraph aloud
    .from-here-name = Read the source aloud from paragraph { $number } of { $title }
    .from-here-tooltip = Read the source aloud from this paragraph on
read-being-read = ▶ Being read aloud (Esc stops)
# What read aloud says for a card paragraph quoted from a source (no web address: it reads badly), and for the lesson's own words.
read-quoted = { $text } … Quoted from “{ $title }”, { $publisher }, { $date }.
read-quoted-author = { $text } … Quoted from { $author }, “{ $title }”, { $publisher }, { $date }.
read-lesson-words = This lesson’s words: { $text }

## The section outline.

outline-progress =
    .name = Progress: { $answered } of { $total } questions answered
outline-optional = optional
    .name = optional questions
outline-complete = ✓ { $answered }/{ $total }
outline-count = { $answered }/{ $total }
outline-section = { $marks ->
    [0] { $number }. { $title }  ·  { $count }
    [one] { $number }. { $title }  ·  { $marks } mark · { $count }
   *[other] { $number }. { $title }  ·  { $marks } marks · { $count }
}
    .name = { $marks ->
        [0] { $number }. { $title }: { $answered }
        [one] { $number }. { $title }: { $answered }, { $marks } mark
       *[other] { $number }. { $title }: { $answered }, { $marks } marks
    }

## Reading settings.

spacing-normal = Normal
spacing-one-and-a-half = 1.5 lines
spacing-double = Double
width-narrow = Narrow
width-normal = Normal
width-wide = Wide
speed-slow = Slow
speed-normal = Normal
speed-fast = Fast

theme-light = Light
theme-dark = Dark
theme-high-contrast = High contrast

## The lesson screen's reading column.

lesson-id = id: { $id }
lesson-id-minutes = id: { $id } · about { $minutes } minutes
lesson-highlight = Highlight…
    .name = Highlight words in { $passage }
    .tooltip = Mark words in this passage with a tag
lesson-section-of = Section { $number } of { $count }

## Dialogs.

dialog-save = Save…
dialog-cancel = Cancel
dialog-close = Close
export-dialog-title = Export your work
export-dialog-intro = Your answers and notes go into one file for your teacher.
export-dialog-format = Format
export-dialog-excerpts = Include the transcript excerpts
export-dialog-teacher-copy = Teacher's copy (answer keys and teacher notes)
export-dialog-comment-space = Space for comments under each answer (Word)

## Passages.

passage-at = at { $time }
passage-context = Context: { $note }
role-narrator = narrator
role-clip = news clip
role-expert = expert
role-official = official
role-public = member of the public
role-other = other voice
role-on-screen = on screen
role-shown = ({ $role })
term-definition = { $term }: { $definition }
term-definition-said = { $term } ({ $say }): { $definition }

## The notes pane.

notes-heading = Your notes
notes-section = Notes on “{ $title }”
    .hint = Anything you notice in this section
notes-notebook = Notebook (whole lesson)
    .hint = Ideas, questions, things to look up
notes-removed-answers = No longer in the lesson
    .explained = Your teacher changed this lesson. These answers and highlights are kept and go into your exports.
notes-removed-answer = { $id }: { $text }

reading-dialog-title = Reading settings
reading-line-spacing = Line spacing
reading-width = Width of the text
reading-speed = Reading-aloud speed
reading-legible-font = Highly legible font (Atkinson Hyperlegible, made for readers with low vision)

## Pictures.

picture-title = Picture
picture-enlarge = Enlarge the picture
picture-alt = Picture: { $alt }
picture-loading = Loading the picture: { $alt }
picture-failed = The picture could not be shown: { $why }.

## Earlier copies.

history-title = Earlier copies
history-intro = Close Reader keeps a copy of your work every few minutes while you write.
    .safe = Bringing one back keeps what is on screen now as another copy first, so nothing is lost.
history-none = There are no earlier copies yet.
history-bring-back = Bring back the copy from { $when }

## The teacher's feedback, as the student sees it.

feedback-returned-verified = Feedback from your teacher · Returned
feedback-returned = Feedback · Returned
feedback-under-answers = Comments on your answers are under each answer. You can still change your work.
feedback-removed-question = On a question no longer in the lesson ({ $id }): { $comment }
feedback-from-teacher = Feedback from your teacher

## Choosing words to highlight.

marking-heading = Choose words to highlight
marking-keys = Click a word, Shift+click another. Keys: ← → move, Shift+← → extend, S sentence, 1–9 tag, Esc stop.
marking-words =
    .name = Words to highlight. Chosen: { $chosen }
marking-chosen = Chosen: “{ $chosen }”
marking-done = Done

long-text-more = Show more ({ $count } more characters)
    .tooltip = The whole text is in the student's export and the class files.

radio-nothing-chosen = nothing chosen yet
radio-group =
    .name = { $name } ({ $value })

## Messages on the strip at the top of the window.

highlight-back = The highlight is back.
name-first = Type your name first, then open the lesson.
no-data-folder = This computer has no folder for saved work, so work cannot be saved. Ask your teacher.
    .reason = this computer has no folder for saved work

speech-looking = Looking for the computer's speech engine…

## The live preview of a lesson file.

preview-nothing-saved = this is a preview: nothing is saved
preview-bar = Preview of { $file } — it reloads each time you save the file. Answer keys, teacher notes, hints and ids are shown; nothing is saved.
preview-mistakes = The file has mistakes, so the last good version is still shown. `closereader check` says:
preview-stop = Stop previewing

## Saving, in the top bar.

status-saved = Saved
status-saving = Saving…
status-saving-first = Saving before closing…
status-not-saved = Not saved: { $why }
    .detail = Your work is safe while this window stays open. Saving is tried again every few seconds.
status-copy = Saved as a separate copy
    .detail = Another Close Reader window or computer changed this work while you were working, so nothing was overwritten: your work is saved as { $file }, beside the other version. Close one of the windows, and tell your teacher which version to keep.
status-read-only = Read-only

saved-as-copy = This work was changed in another Close Reader window or on another computer while you were working. Nothing was overwritten: your work is saved as "{ $name }" beside the other version. Close one of the windows and tell your teacher.
not-saved-quit = Your work is not saved. Use "Export a copy…" to keep it; closing the window again quits without saving.
not-saved-leave = Your work is not saved yet, so the lesson stays open. Use "Export a copy…" to keep it, or ask your teacher; leaving again leaves without saving.

## Saved files, and the system's file windows.

saved-exported = Exported to { $path }
saved-copy = A copy of your work is saved as { $path }
saved-file = Saved { $path }
saved-in-documents = No save window could be shown, so your work was saved as { $path }
saved-no-documents = No save window could be shown and there is no Documents folder: nothing was saved.
saved-failed = The file could not be saved: { $why }
file-window-lesson-filter = Lesson
file-window-open-lesson = Open lesson file
file-window-open-class = Open the folder with your class's work
file-window-save-work = Save your work
file-window-save-class = Save the class's work

no-folder-window = No folder window could be shown on this computer. Type the path of the folder with your class's work under "Lessons" and press Open.
no-file-window = No file window could be shown on this computer. Type the lesson file's path under "Lessons" and press Open.
    .or-copy = No file window could be shown on this computer. Type the lesson file's path under "Lessons" and press Open, or copy the file into the lessons folder, { $folder }.
restore-changed = The earlier copy was not brought back, because the work changed meanwhile. Try again.
restore-done = The earlier copy is back. What was on screen before is kept as an earlier copy too.
restore-failed = The earlier copy was not brought back: what is on screen could not be kept first ({ $why }).
not-a-lesson-file = { $file } is not a lesson file (.ron).
lesson-file-broken = { $file } could not be opened; its problems are listed with the lessons.
lesson-file-listed = { $file } is added to the lessons; close the class view to open it.
lesson-path-first = Type the path of a lesson file (.ron) first.

## Handing in.

hand-in-looking = Close Reader is still looking for the class's hand-in folder. Try again in a moment.
hand-in-not-set-up = No hand-in folder is set up on this laptop. Your work is saved here; to give it to your teacher, export a copy (for example to a USB stick or a shared folder), or ask your teacher.
hand-in-broken = Your work could not be handed in: { $why }. Tell your teacher. Your work is safe on this laptop; you can export a copy.
hand-in-done-short = Handed in at { $time }.
hand-in-done = Handed in at { $time }. You can keep working and hand in again: your teacher gets the newest version.
hand-in-newer-there = Handed in at { $time }, but a newer version of your work was already there (handed in from another computer): that is the one your teacher sees. This one is kept too.
    .at = Handed in at { $time }, but a newer version of your work was already there (handed in from another computer at { $then }): that is the one your teacher sees. This one is kept too.
hand-in-line = Handed in at { $time }
hand-in-line-changed = Handed in at { $time } · changed since
hand-in-failed = Not handed in. { $why }.
feedback-returned-message = Your teacher has returned this lesson with feedback: it is at the top of each section and under your answers.
feedback-unreadable = { $why }. Your own work is not affected.

## Background work.

job-panicked = Something went wrong reading or writing a file. Your work on screen is safe; try again.
job-not-started = Close Reader could not start work in the background ({ $why }). Try again.
folder-not-opened = The folder could not be opened ({ $why }). It is { $folder }.
history-unreadable = cannot be read

preview-student = Preview

## The top bar's menu, drop-down lists and the message line (every screen, every size).

top-bar-menu = Menu
    .name = Menu: text size, theme, reading settings, saving, earlier copies, export
top-bar-working-as = Working as { $name }
message-strip =
    .name = Message
window =
    .name = { $lesson } – Close Reader
highlight-added = “{ $quote }” highlighted as { $tag }.
hand-in-unanswered = { $answered } of { $total } questions are answered so far: you can hand in again when you have done more.
start-optional = { $count } optional
outline-optional-answered = optional, { $answered } answered
    .name = optional questions, { $answered } answered

## Choosing the interface's language (each language is named in itself).
language-choice = Language
lesson-language-offer = This lesson is in { $language }: show the app in { $language } too
lesson-language-missing = This lesson is written in “{ $code }”. The app has no words in that language yet, so its buttons stay in the language you chose.

## Preview messages (src/ui/app/preview.rs, issue 28).

# Under the first few messages of a preview; shows them all (the list scrolls).
preview-more = { $count ->
        [one] and { $count } more message: show it
       *[other] and { $count } more messages: show them
    }
# Why a hand-in, a feedback save or a look for feedback on a network share was given up on.
share-timeout = the folder did not answer for { $seconds } seconds, so a network share may be down
# A lessons folder or the hand-in folder on a network share did not answer.
share-timeout-folder = A folder on the network did not answer for { $seconds } seconds, so a network share may be down. Close Reader carries on; what it was reading appears once the folder answers.

## Comparing with the class's reading (the teacher sent it back).

reading-compare = Compare with the class's reading
    .tooltip = Shade each passage by how many of the { $students } students in your class highlighted its words. No names.
reading-compare-about = Under each passage: how many of the { $students } students in your class highlighted each word. Your own highlights are in the passage above it. Nobody's name is shown.
# .name: what a screen reader says for a passage's class reading: the summary, then the phrases.
reading-passage-title = The class's reading
    .name = The class's reading: { $summary } { $phrases }
reading-passage-nobody = Nobody in your class highlighted words here ({ $students } students).
reading-passage-marked = { $marked } of { $students } in your class highlighted words here; { $you ->
    [yes] you did too.
   *[no] you did not.
}

## Watch this moment (src/ui/watch.rs, src/player.rs, issue 28).

# $time is where the passage starts, like "0:42".
watch-from = ▶ Watch from { $time }
    .tooltip = Opens the video outside Close Reader, in a video player or your browser, at this moment
# $spoken is the time in words, like "0 minutes 42 seconds".
watch-from-name = Watch the video from { $spoken }
time-spoken = { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    }
time-spoken-hours = { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    } { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    }
# $player is "VLC" or "mpv".
watch-opened-player = Opening the video in { $player } at { $time }.
watch-opened-browser = Opening the video in your browser at { $time }.
watch-opened-from-start = The video opens at the start: skip to { $time }.
watch-file-missing = The video { $video } is not in the lesson's folder, so it cannot be opened. Ask your teacher for a copy.
watch-no-folder = The video { $video } is a file, but this lesson is not in a folder it could be in. Ask your teacher for a copy.
watch-not-opened = The video could not be opened ({ $why }).
watch-no-player = No program on this computer could open the video { $video }. With VLC or mpv installed, it opens at { $time }; ask your teacher.
watch-no-browser = No browser could be opened. The video is at { $address } (watch from { $time }).
## Passages and a card's paragraphs as reading stops: what a screen reader hears on one, and how buttons name a passage.
stop-passage = { $speaker }: { $text }
stop-passage-timed = { $speaker }, at { $time }: { $text }
stop-paragraph = Paragraph { $number } of { $title }: { $text }
stop-highlight-starts = [Highlight starts: { $tag }]{" "}
stop-highlight-ends = {" "}[highlight ends: { $tag }]
stop-passage-short = { $speaker }: “{ $words }”

## Reading aloud: a question's options and scale; Read buttons for context notes, hints and tips.
read-prompt-option = { $number }: { $option }.
read-prompt-options = { $text } … The options: { $options }
read-prompt-scale = { $text } … Answer on a scale from { $min }, { $low }, to { $max }, { $high }.
read-note = ▶ Note
    .name = Read the context note on { $passage } aloud
    .tooltip = Read this context note aloud
read-hint = ▶ Read
    .name = Read the hint for question { $number } aloud
    .tooltip = Read the hint aloud
read-tip = ▶ Read
    .name = Read the tip for question { $number } aloud
    .tooltip = Read the tip aloud

# The window was started with --lang naming a language it has no words for (after the translation files were read).
translation-unknown-language = There is no language "{ $code }", so Close Reader stays in the language it had. The languages are: { $languages }.

# The start screen could not ask the hand-in folder whether the teacher has returned the student's lessons ($why: share-timeout).
returned-not-checked = Could not check whether your teacher has returned your lessons: { $why }. Your work is safe on this laptop.

# Close Reader's words in English: the command line, file and disk errors,
# the lesson model's defaults and work-file notices: the template for every
# other language.
#
# Each message has an id (left of "="); its text may use arguments such as
# { $count } or { $path }. Attributes (".description") belong to the
# message above them. Keep sentences short and plain: the readers are
# students, teachers and the scripts school IT writes (the command line's
# "error:" and "note:" lines are read by scripts: keep those two words).
# How to write Fluent: https://projectfluent.org/fluent/guide/

## What went wrong with a file or folder (src/io_error.rs). Each fits
## after "could not save …: ", so it starts lower-case and has no full stop.

sys-io-not-found = there is no such file or folder
sys-io-permission-denied = permission denied (this account may not use it)
sys-io-storage-full = the disk is full
sys-io-quota-exceeded = the disk space allowed for this account is used up
sys-io-read-only = the disk is read-only
sys-io-is-a-folder = it is a folder, not a file
sys-io-not-a-folder = part of the path is a file, not a folder
sys-io-folder-not-empty = the folder is not empty
sys-io-already-exists = a file with that name already exists
sys-io-file-too-large = the file is too large for this disk
sys-io-invalid-name = the name is not allowed on this disk
sys-io-timed-out = the disk or network did not answer in time
sys-io-network-folder-gone = the network folder went away
sys-io-network-unreachable = the network folder cannot be reached
sys-io-busy = another program is using it; try again in a moment
sys-io-crosses-disks = it cannot be moved to another disk in one step
sys-io-not-text = it is not readable text
sys-io-ended-early = it ended too early
# When the system gave no description at all.
sys-io-unknown = an unknown error
# A path that is a named pipe or a device (src/work/disk.rs).
sys-io-not-a-regular-file = it is not a regular file (a pipe or a device)

## The command line (src/main.rs, src/cli/). $command is the program and
## its command ("closereader export"). Scripts look for "error:", "note:"
## and ": ok (" in these lines: a translation keeps them as they are.

sys-cli-error = { $command }: error: { $message }
sys-cli-note = { $command }: note: { $message }
sys-cli-could-not-write-report = could not write the report
sys-cli-could-not-open-window = could not open the window: { $why }
sys-cli-not-seconds = { $text } is not a number of seconds from 0 to { $max }
# $option is the option as typed ("--frame-log").
sys-cli-window-only = { $option } is for a window, and this command opens none
sys-cli-hand-in-window-only = --hand-in is for the students' window; the class view and the preview hand nothing in
sys-cli-teacher-view-lesson-only = --teacher-view is for a lesson; the class view and the preview always show the keys

## closereader check

sys-cli-check-ok = { $file }: ok ({ $sections ->
        [one] { $sections } section
       *[other] { $sections } sections
    }, { $prompts ->
        [one] { $prompts } prompt
       *[other] { $prompts } prompts
    })

## closereader export and closereader class

sys-cli-unknown-lesson = unknown lesson "{ $lesson }"; lessons: { $lessons }
# $problems: the lesson's errors, one or more lines as closereader check prints them.
sys-cli-broken-lesson =
    the lesson file { $file } has errors:
    { $problems }
# $known: the names that do have work, or sys-cli-no-students.
sys-cli-unknown-student = no saved work for "{ $student }" on lesson "{ $lesson }"; students with saved work: { $known }{ $unreadable ->
        [0] {""}
        [one] {" "}({ $unreadable } file could not be read; export --all lists it)
       *[other] {" "}({ $unreadable } files could not be read; export --all lists them)
    }
sys-cli-no-students = none
# $holds: what the folder does hold, in words.
sys-cli-no-work = no saved work on lesson "{ $lesson }" in { $folder }; it holds { $holds }
sys-cli-no-such-folder = the folder { $folder } does not exist; give the folder the work files were copied to with --data-dir
sys-cli-read-folder = could not read the folder { $folder }: { $why }
sys-cli-no-data-dir = there is no folder for saved work on this computer; give --data-dir
sys-cli-export-exists = { $path } already exists; choose another name with -o, or add --overwrite
sys-cli-could-not-write = could not write { $path }: { $why }
sys-cli-not-exported = { $file } was not exported: { $why }
sys-cli-not-read = { $file } was not read: { $why }
# $newest: the copy exported; $others: the other copies' files.
sys-cli-other-copies = "{ $student }" has { $count ->
        [one] { $count } other copy
       *[other] { $count } other copies
    } of this work; exported the newest, { $newest } (others: { $others })
sys-cli-class-students = { $command }: { $count ->
        [one] { $count } student
       *[other] { $count } students
    } in the class's files

## closereader new

sys-cli-new-exists = { $path } already exists; choose another name (nothing was changed)
sys-cli-read-transcript = could not read the transcript { $path }: { $why }
sys-cli-transcript-not-text = the transcript { $path } is not UTF-8 text; save it as UTF-8 and try again
sys-cli-transcript-empty = the transcript { $path } has no text to make passages from
sys-cli-transcript-too-large = { $path }: { $why } (nothing was written)
sys-cli-transcript-huge = the transcript { $path } is { $size } MB; a transcript file can be at most { $max } MB (nothing was written)
# $quoted is the file as typed in a terminal (in quotes when it has spaces).
sys-cli-new-from-template = { $file }: written (a copy of the template); check it with: closereader check { $quoted }
sys-cli-new-from-transcript = { $file }: written ({ $count ->
        [one] { $count } passage
       *[other] { $count } passages
    } from { $transcript }); check it with: closereader check { $quoted }
# The title of a new lesson whose file name gives none.
sys-cli-new-lesson-title = New lesson

## The classroom settings file, classroom.ron (src/classroom.rs).
## hand_in, Classroom(…), Teacher and ed25519: are written in the file as
## they are here.

# $place: ":LINE:COL" when the mistake has a place in the file, else nothing.
sys-classroom-error = the classroom settings file { $file }{ $place }: { $why }
sys-classroom-too-large = it is { $size } bytes; a settings file is a few lines
sys-classroom-not-text = it is not UTF-8 text
sys-classroom-empty-hand-in = hand_in is empty; write the hand-in folder's path, or leave hand_in out
sys-classroom-bad-key = the key of teacher "{ $teacher }" is not a feedback key; copy it whole from the class view (it starts with ed25519: and has 64 letters and digits after that)
# $problem: what the file reader found (in English, from the RON library).
sys-classroom-mistake = { $problem }; it should look like Classroom(hand_in: "//server/share/hand-in")

## Why a lesson's picture cannot be shown (src/picture/). Each fits after
## "the picture … cannot be shown: ", so it starts lower-case.

sys-picture-file-too-large = it is { $size } MB; pictures in lessons can be at most { $max } MB
sys-picture-not-png-or-jpeg = it is not a PNG or JPEG picture
sys-picture-rows-do-not-add-up = it could not be decoded (its rows do not add up)
sys-picture-no-pixels = it has no pixels
sys-picture-too-many-pixels = it is { $width }×{ $height } pixels; pictures in lessons can be at most { $max }×{ $max }
# $why: what the decoder said (in English, from the decoding library).
sys-picture-damaged = it could not be decoded ({ $why })
sys-picture-too-large = it is too large
sys-picture-unreadable = it could not be read

## Reading aloud (src/speech.rs).

sys-speech-no-engine = Reading aloud needs the computer's speech engine, and none was found: on Linux install espeak-ng (or speech-dispatcher); macOS and Windows have one built in.

## The tags students highlight with when a lesson names none
## (src/lesson/model.rs): the label on the highlight, and ".description":
## what counts as this tag.

sys-tag-claim = Claim
    .description = Something stated as true.
sys-tag-evidence = Evidence
    .description = Facts, data or examples offered as support.
sys-tag-loaded = Loaded language
    .description = Words chosen to make you feel something.
sys-tag-source = Named source
    .description = A person or organisation who is named.
sys-tag-opinion = Opinion
    .description = What someone thinks or feels, not a fact.

## A lesson drafted from a transcript (closereader new --from,
## src/lesson/draft.rs): the teacher's starting point. The comments are
## written into the lesson file after "// "; the rest are the lesson's
## first words, which the teacher then changes.

sys-draft-header =
    Drafted by `closereader new` from { $file }. Check it with `closereader check`,
    then name the sections, write the questions, and fill in the source.
    Every field is explained in docs/lesson-format.md.
# Beside the source's address and date, which are commented out.
sys-draft-leave-out = leave out if unknown
# The source's publisher, commented out.
sys-draft-publisher = Who published it
sys-draft-obtained = From the transcript file { $file }; how it was made is not recorded here.
# The speakers: the main voice, and the voice ">>" starts in captions.
sys-draft-narrator = Narrator
sys-draft-unmarked-voice = Unmarked voice
# A section's title.
sys-draft-part = Part { $number }
# The one question each section starts with.
sys-draft-first-question = What is the main claim in this part? What makes you say that?
# Commented-out examples of every kind of question; the attributes are
# the examples' options (a rating's words for its lowest and highest value).
sys-draft-examples = Examples of every kind: remove the // to use one, and give each a new id.
sys-draft-example-short = Who is speaking here?
sys-draft-example-choice = Is this a fact or an opinion?
    .fact = A fact
    .opinion = An opinion
sys-draft-example-choices = Which words are loaded?
    .first = first
    .second = second
    .third = third
sys-draft-example-rating = How fair is this? (1 = not at all, 5 = very)
    .low = not at all
    .high = very
sys-draft-example-evidence = Quote the words that show the claim.
sys-draft-too-many-voices = the transcript has { $count } different speaker labels, and a lesson can name at most { $max }; is something other than names written as NAME: at the start of lines or [Name] in brackets?
sys-draft-too-large = the lesson would be { $size } MB, and a lesson file can be at most { $max } MB; split the transcript into { $parts } or more parts and make a lesson of each

## Lesson text (src/lesson/).

# Who says a paragraph of a document, in citations: the document's title and the paragraph's number.
sys-lesson-paragraph = { $document }, paragraph { $number }
# The same, in a card that quotes sources: whose words they are (credit-quoting, credit-lesson-words).
sys-lesson-paragraph-credited = { $document }, paragraph { $number }, { $credit }
# A character that has no place in lesson text: its code ("U+202E") and name.
sys-lesson-hidden-character = { $code } ({ $name ->
        [nul] NUL
        [escape] escape
        [delete] delete
        [lre] left-to-right embedding
        [rle] right-to-left embedding
        [pdf] pop directional formatting
        [lro] left-to-right override
        [rlo] right-to-left override
        [lri] left-to-right isolate
        [rli] right-to-left isolate
        [fsi] first strong isolate
        [pdi] pop directional isolate
       *[control] control character
    })

## Students' work files (src/work/).

# An answer kept for a question the lesson no longer has: the options
# chosen, by number ("2, 3"), and the rating.
sys-work-removed-choice = Chose { $count ->
        [one] option { $options }
       *[other] options { $options }
    } (the question was removed, so the options' words are not known).
sys-work-removed-rating = Rating { $rating }.
# A highlight on a passage or card paragraph the lesson no longer has, listed with the answers to removed prompts.
sys-work-removed-highlight = Highlight ({ $tag }) on text no longer in the lesson ({ $id })
sys-work-removed-highlight-words = “{ $quote }”
sys-work-removed-highlight-comment = “{ $quote }”: { $comment }
# Why a work file cannot be used; each fits after "… was not read: ".
sys-work-file-newer = it was saved by a newer version of Close Reader (work-file format { $format })
sys-work-file-damaged = it is damaged ({ $why })
sys-work-file-not-text = not UTF-8 text
sys-work-file-empty = the file is empty
sys-work-file-stops-making-sense = it stops making sense at line { $line }, column { $column }
sys-work-saver-stopped = the saving thread stopped; restart Close Reader
# What a student is told when their work opens. $time is when the copy
# was kept (2026-11-26T10:00:00Z); $kept is the damaged file's new name.
sys-work-unreadable = Your saved work could not be read: { $why }.
sys-work-newer = This work was saved by a newer version of Close Reader (format { $format }). It is shown read-only and will not be changed.
sys-work-damaged-not-set-aside = Your saved work is damaged and could not be set aside ({ $why }). Nothing will be saved over it: ask your teacher.
sys-work-damaged-restored = Your saved work was damaged, so the copy from { $time } was brought back. The damaged file was kept as { $kept }.
sys-work-damaged-empty = Your saved work was damaged and there was no earlier copy, so this lesson starts empty. The damaged file was kept as { $kept }.
sys-work-missing-restored = Your saved work was missing, so the copy from { $time } was brought back.
sys-work-open-elsewhere = { $student }'s work on this lesson is open in another Close Reader window. It is shown here read-only; make changes in the other window.

## Translations a teacher adds (<code>.ftl in a lessons folder or the data folder).
translation-unreadable = { $file } could not be read: { $reason }
translation-too-big = { $file } is larger than { $max } KB, so it was not read: is it really a translation?
translation-not-utf8 = { $file } is not UTF-8 text: save it as UTF-8 and start the app again
translation-problem = { $file }: { $problem }
sys-cli-translation-name = { $file }: error: a translation's file name is its language code and .ftl (es.ftl, zh-Hans.ftl, fr.ftl)
sys-cli-translation-unreadable = { $file }: error: could not be read: { $reason }
sys-cli-translation-not-utf8 = it is not UTF-8 text; save it as UTF-8
sys-cli-translation-syntax = { $file }:{ $line }:{ $column }: error: { $message }
    .hint = the message starting here is left out until it is fixed; compare it with the English file
sys-cli-translation-argument = { $file }:{ $line }: error: { $id } uses {"{"} ${ $argument } {"}"}, which the English message does not give: it would show as it is written
sys-cli-translation-unknown = { $file }:{ $line }: warning: { $id } is not a message the app has (a typo, or a message it no longer uses)
sys-cli-translation-missing = { $file }: missing: { $id } (shown in English)
sys-cli-translation-summary = { $file }: { $translated } of { $total } messages translated, { $missing } missing, { $unknown } unknown
sys-cli-unknown-language = there is no language "{ $code }": the languages are { $languages }
translation-problems = { $count ->
    [one] A translation file has a mistake, so some words are in English: { $first }
   *[other] Translation files have { $count } mistakes, so some words are in English. The first: { $first }
}

## Transcripts read by closereader new --from (src/lesson/transcript/,
## src/cli/new.rs; issue 28).

sys-transcript-not-text = the transcript is not UTF-8 text; save it as UTF-8 and try again
sys-transcript-not-docx = it could not be read as a Word document ({ $why })
# Why a Word document could not be read, when the reader gives no reason.
sys-transcript-docx-damaged = the file is damaged
sys-cli-transcript-unknown-format = { $path } is not a transcript format closereader reads; it reads { $formats } (save the transcript as one of those, or as plain text in a .txt file; nothing was written)
sys-cli-transcript-not-docx = the transcript { $path } could not be read as a Word document ({ $why }); open it in Word or LibreOffice and save it again as .docx, or as plain text in a .txt file (nothing was written)
# A passage's context note listing the sounds and music described where it is said ("Music; laughter").
sys-draft-sounds = Sounds: { $sounds }

## Watch this moment in a draft (src/lesson/draft.rs, issue 28).

sys-draft-video = (optional) a video file beside the lesson, or an https:// address: passages with a time get "Watch from"

# `closereader class --timeout` given something that is not a number of seconds above 0.
sys-cli-not-timeout = { $text } is not a number of seconds above 0, up to { $max }
# `closereader class` gave up on a class folder that said nothing for $seconds seconds (a network share that stopped answering).
sys-cli-folder-timeout = the folder { $folder } did not answer for { $seconds } seconds, so a network share may be down; copy the work to this computer, or try again later or with a longer --timeout (nothing was written)

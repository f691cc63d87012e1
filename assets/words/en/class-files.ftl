# Close Reader's words in English: the class's files (the spreadsheet, the
# class report, the highlights page), reading a class's folder, and
# handing work in: the template for every other language.
#
# Each message has an id (left of "="); its text may use arguments such as
# { $count } or { $name }. Attributes (".tooltip", ".name") belong to the
# message above them. Keep sentences short and plain: the readers are
# 11 to 16 years old, some still learning English.
# The web pages take these words as written: do not use "<" or "&" in them.
# How to write Fluent: https://projectfluent.org/fluent/guide/

## The class files a teacher can save.

classfile-kind-csv = Spreadsheet (.csv)
classfile-kind-html = Class report (.html)
classfile-kind-highlights = Highlights page (.html)

## Column and table headings (the spreadsheet and the class report).

classfile-student = Student
classfile-students = Students
classfile-answered = Answered
classfile-questions = Questions
classfile-last-saved = Last saved
classfile-other-copies = Other copies
classfile-handed-in = Handed in
classfile-to-look-at = To look at
classfile-answer = Answer
classfile-rating = Rating
classfile-option = Option
classfile-share = Share
# A question's column: its number and first words.
classfile-question-column = Q{ $number }: { $words }
classfile-question-rating = { $question } (rating)
classfile-question-reason = { $question } (reason)
classfile-tag-highlights = Highlights: { $tag }

## The class report.

classfile-report-title = { $title } — class report
classfile-report-about = { $count ->
    [one] { $count } student · { $date } · lesson version { $version }
   *[other] { $count } students · { $date } · lesson version { $version }
}
classfile-yes = yes
classfile-no = no
classfile-question-heading = Question { $number } ({ $kind }): { $words }
classfile-key = Key: { $key }
classfile-teacher-note = Teacher's note: { $note }
# An option that is (part of) the answer key.
classfile-key-option = { $option } ✓ key
classfile-rating-value = Rating: { $rating }
classfile-not-answered = Not answered ({ $count }): { $names }

## The class's highlights (in the report, and a page of their own).

classfile-highlights = Highlights
classfile-highlights-title = { $title } — the class's highlights
classfile-highlights-about = { $count ->
    [one] { $count } student · { $date }
   *[other] { $count } students · { $date }
}
classfile-no-highlights = No student has highlighted anything yet.
# Shown when pointing at a shaded word.
classfile-word-count = { $count } of { $students } students
classfile-phrase-count = “{ $phrase }” { $count } of { $students }
classfile-tag-phrases = { $tag }: { $phrases }
# One shade of the legend: how many students, and what share of the class.
classfile-legend-step = { $range } students ({ $share })
classfile-legend = { $count ->
    [one] Each word is shaded by how many of the { $count } student tagged it (with any tag): { $steps }. Under each passage, each tag's phrases with counts.
   *[other] Each word is shaded by how many of the { $count } students tagged it (with any tag): { $steps }. Under each passage, each tag's phrases with counts.
}
classfile-shade-quarter = up to a quarter of the class
classfile-shade-half = up to half
classfile-shade-three-quarters = up to three quarters
classfile-shade-most = more than three quarters
# What a screen reader says for a passage in the class view.
classfile-passage-unmarked = { $speaker }: nobody marked this passage as { $tag }
classfile-passage-spoken = { $speaker }: { $tag }: { $phrases }
classfile-phrase-spoken = “{ $phrase }” { $count } of { $students } students

## What a class's folder holds, and the files in it that were not used
## (each said after the file's name).

classfile-lesson-students = { $count ->
    [one] { $lesson } ({ $count } student)
   *[other] { $lesson } ({ $count } students)
}
classfile-no-work-files = no work files
classfile-folder-holds = { $unreadable ->
    [0] { $lessons }
    [one] { $lessons }, and { $unreadable } file that could not be read
   *[other] { $lessons }, and { $unreadable } files that could not be read
}
classfile-lesson-file = it is a lesson file, not a student's work
classfile-folder-unreadable = the folder could not be read: { $why }
classfile-too-deep = it is more than { $depth } folders deep
classfile-too-many-files = only the first { $count } files in a folder are read
classfile-file-unreadable = it could not be read: { $why }
classfile-file-too-large = it is too large to be a student's work ({ $size } MB)
classfile-feedback-damaged = it is a teacher's feedback, and { $why }
classfile-feedback-misnamed = it is named as feedback, but feedback for the student it names starts { $name }
classfile-feedback-not-trusted = { $count ->
    [one] { $count } part of this feedback is not signed by you or by a teacher your classroom.ron names (or from before feedback was signed), so it is not shown or counted (add a colleague's key to classroom.ron to count theirs)
   *[other] { $count } parts of this feedback are not signed by you or by a teacher your classroom.ron names (or from before feedback was signed), so they are not shown or counted (add a colleague's key to classroom.ron to count theirs)
}

## Handing work in.

classfile-hand-in-unreachable = the hand-in folder { $folder } cannot be reached: { $why }. Your work is safe on this laptop; try again, or export a copy
classfile-hand-in-failed = your work could not be handed in to { $folder }: { $why }. Your work is safe on this laptop; try again, or export a copy
classfile-hand-in-not-a-folder = it is a file, not a folder
classfile-hand-in-not-tidied = Earlier hand-ins could not be moved into the history folder ({ $why }); they stay beside the new one, and your teacher sees the newest.
classfile-hand-in-history-elsewhere = Something named { $names } in the hand-in folder is not a folder Close Reader made, so it was left alone and earlier hand-ins were kept in { $folder }. Tell your teacher.

## A learning platform's download (.zip) read as a class.
classfile-zip-too-large = the zip is { $size } MB, too large to be a class's work
classfile-zip-unreadable = it could not be read as a zip file ({ $why }): download it again from the learning platform
classfile-zip-entry-unreadable = this file in the zip is damaged ({ $why })

## The class's reading, shared with students when feedback is returned.

reading-too-few = only { $count } students have work on this lesson: it is shared from { $least } students, so that no one can work out a classmate's highlights
reading-damaged = it is damaged ({ $why })
reading-newer = a newer Close Reader wrote it (format { $format }): update Close Reader to see it
reading-other-lesson = it is about another lesson ({ $id })
reading-changed = the lesson's words have changed since it was made (passage { $id })
reading-too-large = it is larger than { $most } MB
reading-not-text = it is not text
reading-stops-making-sense = it stops making sense at line { $line }, column { $column }
reading-no-lesson = it names no lesson
reading-bad-class-size = its class size ({ $count }) cannot be right
reading-too-many = it has { $count } passages, more than any lesson
reading-bad-counts = its counts for passage { $id } cannot be right
reading-not-written = the class's reading could not be written in { $folder }: { $why }

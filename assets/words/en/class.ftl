# Close Reader's words in English: the class view and the class's files (CSV, report, highlights page): the template for every other language.
#
# Each message has an id (left of "="); its text may use arguments such as
# { $count } or { $name }. Attributes (".tooltip", ".name") belong to the
# message above them. Keep sentences short and plain: the readers are
# 11 to 16 years old, some still learning English.
# How to write Fluent: https://projectfluent.org/fluent/guide/

## The class view (its screens; the class's files are in class-files.ftl).

class-path-first = Type the path of the folder with your class's work first.
class-folder-unreadable = The folder { $folder } could not be read: { $why }.

class-feedback-not-saved = Feedback not saved: { $why }. Trying again…
class-feedback-saving = Saving feedback…
class-feedback-saved = Feedback saved
class-feedback-close-failed = Feedback could not be saved ({ $why }). The class view stays open so nothing you wrote is lost; it is tried again every few seconds.
class-feedback-kept-aside = A file in the way of { $student }'s feedback was not feedback Close Reader could read; it was kept as { $file } and your feedback was saved.
class-feedback-merged = { $student }'s feedback was also changed in another window with your key: where both changed a comment, each version is kept once.

## The class view's top bar: back, the folder, returning feedback, saving, the lesson and the page.

class-back = ← Lessons
    .tooltip = Back to the start screen
class-title = Class work
class-read-again = Read the folder again
    .tooltip = Read the folder again, with work handed in since
class-return-all = Return to the class…
    .tooltip = Asks first, with how many students get comments and how many only marks. Students see what you return the next time they open the lesson; until then, and after it for what you change, what you write is a draft that stays yours.
class-returned-count = { $returned } of { $total } returned
class-copy-key = Copy your feedback key
    .tooltip = Students' laptops show your feedback as yours only when their classroom settings (classroom.ron) name this key. This copies the line to paste into its teachers list.
# The line copied for the teachers list in classroom.ron: keep the RON
# (Teacher, name:, key:, the quotes, brackets and comma); translate only
# the sentence inside the first quotes.
class-teacher-line = Teacher(name: "Your name as students see it", key: "{ $key }"),
class-save-csv = Save spreadsheet (.csv)…
class-save-html = Save class report (.html)…
class-save-highlights = Save highlights page (.html)…
    .tooltip = Every section's highlights on one page, to project in class or print
# A lesson to choose: its title and how many students have work on it.
class-lesson-choice = { $lesson } ({ $students ->
        [one] { $students } student
       *[other] { $students } students
    })
class-lesson-label = Lesson:
# The name of the group of lessons to choose from, for screen readers.
class-lesson-group = Lesson
# The pages of the class view, and the name of their group.
class-page-group = Show
class-page-roster = Roster
class-page-question = By question
class-page-student = By student
class-page-highlights = Highlights

## Reading the folder, and what it holds.

class-reading-looking = Looking for work files…
class-reading-progress = Reading work files: { $read } of { $total }
class-folder-check = Check that the folder is there (a USB stick plugged in, a network folder connected), then read it again.
class-no-work = No student work was found in this folder.
class-no-work-help = Choose the folder your students handed their work in to, a USB stick with their work files (.ron), or a folder of work downloaded from your learning platform and unpacked. Close Reader reads every folder below the one you choose.
class-unknown-lesson = This work is for the lesson "{ $lesson }", which is not in your lessons.
class-unknown-lesson-help = Add its lesson file to review the work.
class-add-lesson-file = Add lesson file…
class-skipped = { $count ->
        [one] { $count } file was not read
       *[other] { $count } files were not read
    }
# A file that was not read, and why.
class-skipped-file = { $path }: { $why }
# Both step buttons' tooltip: their keys.
class-step-keys = { $previous } / { $next }
# A long class is listed a part at a time.
class-list-previous = ← Previous { $count }
class-list-next = Next { $count } →
class-list-part = Students { $from }–{ $to } of { $total }

## What the roster and a student's page say about a student.

class-fact-last-saved = last saved { $when }
class-fact-handed-in = handed in
class-fact-not-handed-in = not handed in
class-fact-marks = marks { $marks }

## The roster.

class-roster-summary = { $lesson }: { $students ->
        [one] { $students } student
       *[other] { $students } students
    }, { $handed_in } handed in
class-roster-hint = Choose a name to see that student's whole lesson.
class-roster-heading-student = Student
class-roster-heading-answered = Answered
class-roster-heading-last-saved = Last saved
class-roster-heading-handed-in = Handed in
class-roster-heading-marks = Marks
class-roster-heading-to-look-at = To look at
class-roster-handed-in = ✓ Handed in
class-roster-not-handed-in = Not handed in
class-roster-show-student = Show { $name }'s whole lesson
# A student's marks: their sum, and how many answers are marked.
class-roster-marks = { $sum } ({ $marked } marked)

## One question across the class.

class-question-none = This lesson has no questions.
class-question-previous = ← Previous question
class-question-next = Next question →
class-question-position = Question { $number } of { $count }
class-question-section = Section: { $section }
# A question's number and kind ("short answer").
class-question-heading = Question { $number } · { $kind }
class-key = Key: { $key }
class-teacher-note = Teacher's note: { $note }
class-question-answers = Answers ({ $answered } of { $total })
# The options a student chose, joined by "; ".
class-question-chose = Chose: { $options }
class-question-not-answered = Not answered ({ $count }): { $names }
# An option of the chart that is the answer key.
class-question-key-option = { $option } ✓ key
class-question-option-count = { $count } of { $total } ({ $percent }%)

## One student's whole lesson.

class-student-previous = ← Previous student
class-student-next = Next student →
class-student-position = Student { $number } of { $count }
class-student-shown = Shown: { $path }
class-student-other-copies = Other copies of this work (the newest is shown first):
class-student-copy = Saved { $saved }: { $path }
class-student-show-copy = Show the copy saved { $saved }
class-student-returned = Returned: { $name } sees this feedback when they open the lesson.
class-student-not-returned = Not returned yet: { $name } does not see this feedback.
class-student-return = Return to { $name }
class-student-option-chosen = ✓ { $option } (chosen)
class-student-option = – { $option }
class-student-not-answered = Answer: (not answered)
class-student-highlights = Highlights: { $tag }
class-student-notes = Notes
class-student-notebook = Notebook
class-student-answer = Answer
class-student-cites = Cites { $speaker }: “{ $text }”

## A teacher's feedback under an answer and on a student's page.

class-feedback-mark-for-student = Mark for { $name }:
class-feedback-mark-for-question = Mark for question { $number }:
class-feedback-for-student = Feedback for { $name }:
class-feedback-for-question = Feedback for question { $number }:
# The hint in an empty mark box: the automatic mark.
class-feedback-auto-hint = auto: { $mark }
class-feedback-mark-not-number = Type a number, such as 1 or 0.5
class-feedback-replaces-auto = (yours replaces the automatic { $mark }; clear it to go back)
class-feedback-auto-matches = Automatic: { $mark } (matches the key)
class-feedback-auto-does-not-match = Automatic: { $mark } (does not match the key)
# What another teacher wrote.
class-feedback-other-wrote = { $teacher } wrote: { $text }
class-feedback-overall-for = Overall feedback for { $name }:

## The class's highlights (the heat map).

class-heat-previous = ← Previous section
class-heat-next = Next section →
class-heat-position = Section { $number } of { $count }
class-heat-all-tags = All tags
# Said of a passage nobody marked when all tags are shown.
class-heat-any-tag = any tag
class-heat-tags-label = Highlights tagged:
# The name of the group of tags to choose from, for screen readers.
class-heat-tags-group = Highlights tagged
class-heat-no-passages = This section has no passages.
class-heat-shading = Shading ({ $students } students):
# After a range of counts in the legend: what share of the class it is.
class-heat-shade-students = students ({ $share })
class-heat-word-count = “{ $word }”: { $count } of { $students } students
class-heat-nobody = Nobody marked this passage ({ $tag }).
class-heat-phrase = “{ $phrase }” { $count } of { $students }
# The phrases marked, joined by " · ".
class-heat-marked = Marked: { $phrases }
class-heat-who-tagged = Who tagged what ({ $count })
class-heat-tagged = { $student }: { $tag }, “{ $quote }”
class-heat-tagged-comment = { $student }: { $tag }, “{ $quote }” (comment: { $comment })
# Why a class folder on a network share was given up on (after "could not be read:").
class-folder-timeout = it did not answer for { $seconds } seconds, so a network share may be down. Try again, or copy the work to this computer
# Two different names that look the same on screen, numbered in the order listed.
class-name-twin = { $name } ({ $number } of { $count })

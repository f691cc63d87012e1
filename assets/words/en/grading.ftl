# Close Reader's words in English: the class list, points and rubrics,
# marking, returning feedback and gradebook files: the template for every
# other language.
#
# Each message has an id (left of "="); its text may use arguments such as
# { $count } or { $name }. Attributes (".tooltip", ".name") belong to the
# message above them. Keep sentences short and plain.
# How to write Fluent: https://projectfluent.org/fluent/guide/

## What the roster says of a student (with the flags in screens.ftl).

flag-removed-answers = { $count ->
    [one] { $count } answer to a question no longer in the lesson
   *[other] { $count } answers to questions no longer in the lesson
}
flag-not-on-list = not on the class list

## The class's spreadsheet and gradebook files.

classfile-on-list = On the class list
classfile-total = Total
classfile-out-of = Out of
classfile-question-points = Q{ $number } points
classfile-question-points-of = Q{ $number } points (of { $points })
classfile-comment-overall = Comment
classfile-question-comment = Q{ $number } comment
classfile-removed-answers = Answers to questions no longer in the lesson
# One answer to a removed question: its id, then the answer.
classfile-removed-answer = { $id }: { $text }
# The handed-in cell of a listed student with no work found.
classfile-not-handed-in = not handed in
# The progress cell of a listed student with no work found.
classfile-no-work = no work found
# A points cell of a question the student did not answer (never 0).
classfile-not-answered-cell = not answered
grades-kind-canvas = Marks for Canvas (.csv)
grades-kind-moodle = Marks for Moodle (.csv)
grades-kind-plain = Marks only (.csv)
classfile-missing-count = { $count ->
    [one] { $count } student on the class list has no work here (not handed in).
   *[other] { $count } students on the class list have no work here (not handed in).
}
classfile-removed-heading = Answers to questions no longer in the lesson ({ $count })
classfile-worth = { $points ->
    [one] Worth { $points } point.
   *[other] Worth { $points } points.
}
# A rubric level: its label, points and description.
classfile-rubric-level = { $label } ({ $points }): { $description }
classfile-mark = Mark
classfile-comment = Comment
# A mark out of the question's points, with the rubric level when there is one ("2 / 3 · Cites the text").
classfile-mark-of = { $mark } / { $points }{ $level }
classfile-mark-level = {" · "}{ $level }

## The command line: `closereader class --roster`, `--grades`, `--join`.

sys-cli-class-list = the class list { $path } cannot be used: { $why }
sys-cli-class-list-empty = it has no names
sys-cli-grade-layout = --grades takes a layout, then a file: "{ $layout }" is not a layout; write canvas, moodle or plain
sys-cli-join = --join "{ $join }" is not a join: write the name as the student typed it, "=", and the name on the class list ("Ali=Alistair Brown")
sys-cli-class-missing = { $command }: { $count ->
    [one] { $count } student on the class list has no work in the folder (not handed in)
   *[other] { $count } students on the class list have no work in the folder (not handed in)
}

## The class list on the roster.

class-roster-list-counts = { $missing } not handed in (no work found) · { $unlisted } not on the class list
class-roster-no-work = No work found
class-roster-no-work-line = no work found · not handed in
class-list-none = No class list: only students whose work is in the folder are listed.
class-list-count = { $count ->
    [one] Class list: { $count } name
   *[other] Class list: { $count } names
}
class-list-add = Add the class list…
    .tooltip = Type or paste your students' names, so the roster lists everyone, also those who have not handed in
class-list-edit = Edit the class list…
class-list-box = Class list
class-list-box-help = One name a line, or paste the cells of a spreadsheet (the column headed Name or Student is used). Names match work whatever the capitals, spaces and accents.
class-list-use = { $count ->
    [one] Use these names ({ $count })
   *[other] Use these names ({ $count })
}
class-list-cancel = Cancel
class-join-heading = Join { $name }'s work to a name on the list…
class-join-to = This is { $name }
class-sort-label = Sort by:
class-sort-group = Sort the roster by
class-sort-name = Name
class-sort-answered = Fewest answered
class-sort-total = Highest total
class-sort-last-saved = Last saved
class-save-grades = Save { $layout }…

## One question across the class: points, rubric, averages, the picker, removed questions.

class-question-worth = { $points ->
    [one] Worth { $points } point
   *[other] Worth { $points } points
}
# A rubric level as the teacher reads it.
class-rubric-level = { $label } ({ $points }): { $description }
class-question-out-of = {" / "}{ $points }
# The average over those who answered and are marked.
class-question-average = Average { $average }{ $out_of } from { $students ->
        [one] { $students } student who answered
       *[other] { $students } students who answered
    }
class-question-share-answered = { $answered } of { $total } answered ({ $percent }%)
class-question-no-work = { $count ->
        [one] No work found ({ $count }): { $names }
       *[other] No work found ({ $count }): { $names }
    }
class-question-picker = Go to a question…
# A question in the picker: its number and first words.
class-question-pick = { $number }. { $words }
class-removed-heading = Answers to questions no longer in the lesson ({ $count })
class-removed-help = The lesson has changed since these were written. They are kept, never dropped; each is shown with the id of its question.

## Marking by rubric, and a mark out of a question's points.

class-rubric-for-student = Rubric level for { $name }
class-rubric-for-question = Rubric level for question { $number }
# A rubric level to choose: its label and points.
class-rubric-choice = { $label } ({ $points })
    .name = { $label }, { $points ->
        [one] { $points } point
       *[other] { $points } points
    }: { $description }
class-feedback-out-of = {"/ "}{ $points }

## What students see of points and rubrics as they answer.

prompt-worth = { $points ->
    [one] Worth { $points } point
   *[other] Worth { $points } points
}
prompt-rubric = How question { $number } is marked
# A rubric level as a student reads it.
prompt-rubric-level = { $label } ({ $points ->
        [one] { $points } point
       *[other] { $points } points
    }): { $description }

## Returning feedback on purpose.

class-return-confirm = { $count ->
    [0] Everything you wrote has been returned.
    [one] Return feedback to { $count } student?
   *[other] Return feedback to { $count } students?
}
class-return-confirm-counts = { $comments } with comments from you · { $marks_only } with no comments (they get only their marks)
class-return-confirm-again = { $count ->
    [one] { $count } of them was returned before: they get the version you changed since.
   *[other] { $count } of them were returned before: they get the version you changed since.
}
class-return-confirm-help = Students see it the next time they open the lesson. What you write after returning stays a draft until you return again.
class-return-confirm-yes = { $count ->
    [one] Return to { $count } student
   *[other] Return to { $count } students
}
class-return-confirm-no = Cancel
class-student-changed = Changed since you returned it: { $name } still sees the version you returned. Your changes are a draft.
class-student-return-again = Return again to { $name }
feedback-returned-marks-message = Your teacher has returned this lesson with your marks. There are no comments.
feedback-marks-only = Your teacher returned your marks. There are no comments.
feedback-no-answer-comments = There are no comments on single answers.

## Sharing the class's reading with the students when returning.

class-share-reading = Let students see the class's reading (how many highlighted each passage's words — no names)
class-share-reading-help = Each student can shade the transcript by how many in the class highlighted each word, beside their own highlights. They never see who, nor anyone's answers, comments or notes.
class-share-reading-too-few = Not for this class: only { $count } students have work on this lesson. The class's reading is shared from { $least } students, so that no one can work out a classmate's highlights.
reading-shared = The class's reading went back with the feedback: { $students } students' highlights, as counts, with no names.
reading-shared-nowhere = The class's reading was not shared: none of the class's folders could be written to.
reading-not-shared = The class's reading was not shared: { $why }
reading-unusable = The class's reading that came back with your work cannot be shown: { $why }. Nothing was changed.

# Close Reader's words in English: commands: the template for every other language.
#
# Each message has an id (left of "="); its text may use arguments such as
# { $count } or { $name }. Attributes (".tooltip", ".name") belong to the
# message above them. Keep sentences short and plain: the readers are
# 11 to 16 years old, some still learning English.
# How to write Fluent: https://projectfluent.org/fluent/guide/

## Commands. The text is the button's; ".name" is what a screen reader
## says when the button shows a symbol; ".tooltip" says what it does (the
## key, when there is one, is added after it in brackets).

cmd-next-section = Next section →
    .tooltip = Next section
cmd-previous-section = ← Previous section
    .tooltip = Previous section
cmd-save-now = Save now
    .tooltip = Save now
cmd-export = Export…
    .tooltip = Export your work
cmd-export-copy = Export a copy…
    .tooltip = Save your work file somewhere you choose, to give your teacher
cmd-bigger-text = A+
    .name = Bigger text
    .tooltip = Bigger text
cmd-smaller-text = A−
    .name = Smaller text
    .tooltip = Smaller text
cmd-reset-text = Default text size
    .tooltip = Default text size
cmd-next-landmark = Next part of the screen
    .tooltip = Next part of the screen
cmd-previous-landmark = Previous part of the screen
    .tooltip = Previous part of the screen
cmd-first-unanswered = First unanswered question
    .tooltip = First unanswered question
cmd-hand-in = Hand in
    .again = Hand in again
    .busy = Handing in…
    .tooltip = Hand your work in to your teacher
cmd-undo = Undo
    .tooltip = Bring it back (when no text box is being typed in)
cmd-stop-reading = ■ Stop reading
    .tooltip = Stop reading aloud
cmd-lessons = ← Lessons
    .tooltip = Back to the list of lessons
cmd-earlier-copies = Earlier copies…
    .tooltip = Bring back your work as it was earlier
cmd-reading-settings = Reading…
    .tooltip = Line spacing, width of the text, a highly legible font, reading-aloud speed

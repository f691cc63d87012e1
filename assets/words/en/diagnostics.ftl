# Close Reader's words in English: lesson checking, the command line, and file errors: the template for every other language.
#
# Each message has an id (left of "="); its text may use arguments such as
# { $count } or { $name }. Attributes (".tooltip", ".name") belong to the
# message above them. Keep sentences short and plain: the readers are
# teachers (and students reading over their shoulder).
# How to write Fluent: https://projectfluent.org/fluent/guide/


## Lesson checking (`closereader check` and the live preview): how each
## problem is printed. A problem is printed as FILE:LINE:COL: LABEL: MESSAGE,
## with its hint on the next line.

check-severity-error = error
check-severity-warning = warning
check-hint = hint: { $hint }
# After the last problem of a kind shown, when there are more of that kind.
check-more-errors = { $count ->
    [one] and { $count } more error like the one above (not listed)
   *[other] and { $count } more errors like the one above (not listed)
}
check-more-warnings = { $count ->
    [one] and { $count } more warning like the one above (not listed)
   *[other] and { $count } more warnings like the one above (not listed)
}
check-more-hint = { $max ->
    [one] `check` lists { $max } problem of each kind
   *[other] `check` lists { $max } problems of each kind
}

## Lesson files that cannot be read at all ($why says why, in plain words).

check-read-folder = this is a folder, not a lesson file
check-read-not-a-file = this is a pipe or a device, not a lesson file
check-read-cannot-open = cannot open this file: { $why }
check-read-cannot-read = cannot read this file: { $why }

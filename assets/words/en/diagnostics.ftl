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

## Lesson files that cannot be read as a lesson: the size, the encoding,
## hidden characters, and RON syntax errors. Code in `backticks` and the
## names of parts (Lesson, Section…) and fields stay as they are: they are
## what the teacher writes in the file.

check-file-too-large = this file is larger than { $mb } MB, the most a lesson file may be
    .hint = split the lesson into several files, or check that this is a lesson file
check-not-utf8 = this file is not UTF-8 text
    .hint = save the file as "UTF-8" in your text editor
# $character is a character's code and name, like "U+202E (right-to-left override)".
check-invisible-character = invisible character { $character } in the file
    .hint = delete it; it can hide or reorder text on screen
check-invisible-character-and-more = { $count ->
    [one] invisible character { $character } in the file (and { $count } more invisible character not listed)
   *[other] invisible character { $character } in the file (and { $count } more invisible characters not listed)
}
check-wrong-quote = this is a curly or single quote { $quote }, not a straight double quote "
    .hint = text goes between straight double quotes "like this"; word processors change them, so edit lessons in a plain text editor
# $part is the part left open (Section), $next the part after it.
check-part-not-closed = `{ $part }(` before here is not closed: a `)` is missing
    .hint = end each `{ $part }( … )` with `)` and a comma before the next `{ $next }(`
# $bracket is how the bracket was opened: `Lesson(`, `sections: [` or `[`.
check-file-ends-unclosed = the file ends too early: `{ $bracket }` on line { $line } is never closed
    .hint = add `{ $closing }` where `{ $bracket }` should end
check-file-ends-early = the file ends too early
    .hint = a closing bracket or quote is probably missing; check that every ( [ " is closed
# $rest is the rest of the hint, such as check-part-can-have.
check-did-you-mean-code-then = did you mean `{ $near }`? { $rest }
check-unknown-field = unknown field `{ $field }` in `{ $part }`
check-unknown-field-in-prompt = unknown field `{ $field }` in this prompt
# $fields is the list of field names, separated by commas.
check-part-can-have = `{ $part }` can have: { $fields }
check-prompt-can-have = this prompt can have: { $fields }
check-missing-field = `{ $part }` is missing the field `{ $field }`
check-missing-field-in-prompt = this prompt is missing the field `{ $field }`
check-missing-field-hint = add `{ $field }: …,` before the closing `)`
check-duplicate-field = the field `{ $field }` is written twice in `{ $part }`
check-duplicate-field-in-prompt = the field `{ $field }` is written twice in this prompt
check-duplicate-field-hint = keep one of them
check-unknown-prompt-kind = unknown prompt kind `{ $found }`
check-unknown-value = unknown value `{ $found }`
# $values is the list of allowed values, separated by commas.
check-write-one-of = write one of: { $values }
# $found is what the file has, in the RON library's words (English), like: a string "5".
check-expected-text-found = expected text in double quotes but found { $found }
check-expected-number-found = expected a whole number but found { $found }
check-expected-list-found = expected a list in square brackets `[ … ]` but found { $found }
# $expected is what the file should have, in the RON library's words (English).
check-expected-other-found = expected { $expected } but found { $found }
check-write-text-hint = write text like "this"
check-write-number-hint = write a number like 5, without quotes
check-write-list-hint = write a list like ["one", "two"]
check-write-other-hint = write { $expected } here
check-expected-text = expected text in double quotes
check-text-not-closed = this text has no closing double quote
    .hint = end the text with "; to put a double quote inside text, write \"
check-expected-comma = expected a comma
    .hint = put a comma after every field and list item; if the text before here is cut short, an earlier " is missing
check-expected-list = expected a list in square brackets `[ … ]`
    .hint = lists are written ["first", "second"]
check-expected-list-end = expected `]` to close the list
check-bracket-missing-hint = a comma or a closing bracket is missing just before here
check-expected-open-bracket = expected `(`
    .hint = write the part as Name( field: value, … )
check-expected-close-bracket = expected `)`
check-wrong-part-name = expected `{ $expected }(` but found `{ $found }(`
    .hint = write `{ $expected }(` here, or leave the name out and write only `(`
check-expected-colon = expected `:` after the field name
    .hint = fields are written name: value
check-expected-number = expected a whole number
check-expected-true-or-false = expected true or false
    .hint = write true or false, without quotes
check-text-after-lesson = there is more text after the end of the lesson
    .hint = the whole lesson is one Lesson( … ); remove what comes after its closing )
check-nested-too-deep = brackets are nested more than { $max } deep
    .hint = a lesson needs only a few levels; check for brackets that are opened but never closed
# $what is the RON library's description of the mistake (English).
check-invalid-escape = invalid escape in text: { $what }
    .hint = to write a backslash in text, write \\
check-comment-not-closed = this comment is never closed
    .hint = end a /* comment with */
check-unexpected-character = unexpected character { $character }
    .hint = text must be inside double quotes
check-expected-name = expected a name
    .hint = field names and kinds are written without quotes
check-unknown-extension = unknown RON extension `{ $name }`
    .hint = remove the #![enable(...)] line; lessons need none
check-unreadable = the file could not be read as a lesson

## Lesson checks after reading: empty texts, ids, lists and their limits.
## Ids, field names and what the teacher wrote stay as they are.

check-empty-lesson-title = lesson title is empty
    .hint = write the lesson title between the quotes
check-empty-source-title = source title is empty
    .hint = write the source title between the quotes
check-empty-speaker-name = speaker name is empty
    .hint = write the speaker name between the quotes
check-empty-tag-label = tag label is empty
    .hint = write the tag label between the quotes
check-empty-glossary-term = glossary term is empty
    .hint = write the glossary term between the quotes
check-empty-definition = definition is empty
    .hint = write the definition between the quotes
check-empty-document-title = document title is empty
    .hint = write the document title between the quotes
check-empty-paragraph-text = paragraph text is empty
    .hint = write the paragraph text between the quotes
check-empty-section-title = section title is empty
    .hint = write the section title between the quotes
check-empty-image-alt = image description (alt) is empty
    .hint = write the image description (alt) between the quotes
check-empty-passage-text = passage text is empty
    .hint = write the passage text between the quotes
check-empty-prompt-text = prompt text is empty
    .hint = write the prompt text between the quotes
check-empty-option = option is empty
    .hint = write the option between the quotes
check-id-empty = this id is empty
    .hint = ids are short names like "opening" or "q1"
check-id-too-long = { $max ->
    [one] this id is longer than { $max } character
   *[other] this id is longer than { $max } characters
}
# $code is a character's code, like U+00E9.
check-id-has-space = the id "{ $id }" contains a space
check-id-has-line-break = the id "{ $id }" contains a line break
check-id-has-tab = the id "{ $id }" contains a tab
check-id-has-space-character = the id "{ $id }" contains a space character ({ $code })
# $character is the character's code and name, like "U+202E (right-to-left override)".
check-id-has-hidden-character = the id "{ $id }" contains { $character }
check-id-has-character = the id "{ $id }" contains "{ $character }" ({ $code })
check-id-characters-hint = ids may use only letters (a–z, A–Z), digits, - and _
check-no-sections = the lesson has no sections
    .hint = add at least one Section( … ) to `sections`
check-no-sources = the lesson names no source
    .hint = add a Source( … ) so students can see where the excerpts come from
check-not-a-colour = "{ $colour }" is not a colour
    .hint = write colours as "#rrggbb", for example "#1f6fb4"
check-too-many-sections = { $count ->
    [one] the lesson has { $count } section; the limit is { $max }
   *[other] the lesson has { $count } sections; the limit is { $max }
}
# $list is the list's name in the file (sources, speakers, tags, glossary, authors, documents).
check-too-many-entries = { $count ->
    [one] `{ $list }` has { $count } entry; the limit is { $max }
   *[other] `{ $list }` has { $count } entries; the limit is { $max }
}
# $line is the line where the id is first used.
check-duplicate-section-id = duplicate section id "{ $id }"
    .hint = it is already used at line { $line }; every section needs its own id
check-duplicate-source-id = duplicate source id "{ $id }"
    .hint = it is already used at line { $line }; every source needs its own id
check-duplicate-speaker-id = duplicate speaker id "{ $id }"
    .hint = it is already used at line { $line }; every speaker needs its own id
check-duplicate-tag-id = duplicate tag id "{ $id }"
    .hint = it is already used at line { $line }; every tag needs its own id
check-duplicate-document-id = duplicate document id "{ $id }"
    .hint = it is already used at line { $line }; every document needs its own id
check-duplicate-passage-id = duplicate passage id "{ $id }"
    .hint = it is already used at line { $line }; every passage needs its own id
    .hint-with-paragraphs = it is already used at line { $line }; every passage and paragraph needs its own id
check-duplicate-paragraph-id = duplicate paragraph id "{ $id }"
    .hint = it is already used at line { $line }; every passage and paragraph needs its own id
check-duplicate-prompt-id = duplicate prompt id "{ $id }"
    .hint = it is already used at line { $line }; every prompt needs its own id
# $near is the nearest id the lesson has; in a hint of its own, or before the rest of one.
check-did-you-mean = did you mean "{ $near }"?
check-split-section-hint = split it into several sections

## Lesson checks: sections, passages, prompts and pictures.

check-too-many-passages = { $count ->
    [one] this section has { $count } passage; the limit is { $max }
   *[other] this section has { $count } passages; the limit is { $max }
}
check-too-many-prompts = { $count ->
    [one] this section has { $count } prompt; the limit is { $max }
   *[other] this section has { $count } prompts; the limit is { $max }
}
check-section-no-prompts = section "{ $id }" has no prompts
    .hint = students will read it without being asked anything; add prompts: [ … ] if that is not intended
check-section-nothing-to-read = section "{ $id }" has nothing to read
    .hint = add passages: [ … ] or an intro
check-section-no-minutes = section "{ $id }" has no minutes, but other sections do
    .hint = give every section its minutes so they add up to the lesson's; by the usual count this one needs about { $realistic }
check-section-too-short = section "{ $id }" is given { $given } minutes, but its reading and questions need about { $realistic }
    .hint = count about 2.5 minutes per choice or one-line question, 5 per written answer or rating, 8 per question in numbered steps or with a source card, and 120 words of reading a minute; give the section more time, or mark questions optional: true and say so in the teacher note
check-minutes-do-not-add-up = the lesson says { $lesson } minutes, but its sections add up to { $sections }
    .hint = set minutes: { $sections } at the top of the lesson, or change the sections' minutes
check-image-path-empty = the image path "{ $path }" is empty
check-image-path-web-address = the image path "{ $path }" is a web address; the app works offline, so pictures must be files
check-image-path-absolute = the image path "{ $path }" is absolute
check-image-path-drive-letter = the image path "{ $path }" is absolute (it starts with a drive letter)
check-image-path-backslash = the image path "{ $path }" uses \; write / between folders
check-image-path-leaves-folder = the image path "{ $path }" contains .. and could leave the lesson's folder
check-image-path-hint = write a path inside the lesson's folder, like "images/chart.png"
check-picture-not-png-or-jpeg = the picture "{ $path }" is not a PNG or JPEG file
    .hint = save it as .png (charts, screenshots) or .jpg (photos): only these are shown
check-picture-missing = the picture "{ $path }" is not in the lesson's folder
    .hint = copy the picture along with the lesson, or correct the path
# In .hint-list (here and below), $ids is a list of ids, separated by commas.
check-unknown-speaker = unknown speaker "{ $id }"
    .hint-no-speakers = declare the voices first: speakers: [Speaker(id: "narrator", name: "Narrator")]
    .hint-list = speakers in this lesson: { $ids }
check-unknown-source = unknown source "{ $id }"
check-scale-backwards = the scale runs from { $min } to { $max }; `max` must be larger than `min`
    .hint = for example min: 1, max: 5
check-scale-too-long = { $points ->
    [one] the scale from { $min } to { $max } has { $points } point; at most { $limit } fit on screen
   *[other] the scale from { $min } to { $max } has { $points } points; at most { $limit } fit on screen
}
    .hint = use a shorter scale, for example min: 1, max: 5
check-unknown-tag = unknown annotation tag "{ $id }"
    .hint-list = tags in this lesson: { $ids }
check-paragraph-document-not-named = paragraph "{ $id }" is in document "{ $document }", which this section does not name
    .hint = add documents: ["{ $document }"] to this section so students can read it beside the excerpt
# In .hint-list, $ids is the list of this section's passage ids, each in quotes.
check-unknown-passage = unknown passage "{ $id }"
    .hint-list = this section's passages are { $ids }
check-passage-in-other-section = passage "{ $id }" is in another section
    .hint = students see it quoted under the prompt, away from the passages around it
check-too-few-options = a choice prompt needs at least two options; this one has { $count }
    .hint = write options: ["first", "second"]
check-too-many-options = { $count ->
    [one] this prompt has { $count } option; the limit is { $max }
   *[other] this prompt has { $count } options; the limit is { $max }
}
    .hint = split it into two prompts
check-option-twice = the option "{ $option }" appears twice
# $count is how many options there are.
check-answer-not-an-option = answer { $answer } is not one of the options (there are { $count })
    .hint = answers count from 1: write a number from 1 to { $count }
check-points-zero = a question worth 0 points is not marked
    .hint = leave `points` out, or write a number from 1 to { $max }
check-points-too-many = { $points } points is more than a question can be worth ({ $max })
    .hint = write a number from 1 to { $max }
check-rubric-one-level = a rubric needs at least two levels to choose from
    .hint = add a level, or leave `rubric` out and write `points: N`
check-rubric-too-many-levels = this rubric has { $count } levels; the limit is { $max }
    .hint = join levels that a student could not tell apart
check-rubric-empty-label = a rubric level needs a label
    .hint = write a short name for it, e.g. `label: "Cites the text"`
check-rubric-level-over = the level "{ $label }" gives { $level } points, more than the question's { $points }
    .hint = give the question `points: { $level }`, or the level at most { $points }
check-rubric-same-points = the levels "{ $first }" and "{ $second }" both give { $points ->
        [one] { $points } point
       *[other] { $points } points
    }: a mark of { $points } is shown as "{ $first }"
    .hint = give each level its own number of points

## Lesson checks: documents.

check-document-no-from = document "{ $id }" does not say where it came from
    .hint = add from: "…" with the address or citation and when it was read, so students can check it
check-quote-empty = the quotation in paragraph "{ $id }" has an empty { $field }
    .hint = a quotation needs its publisher, title, date and address so students can trace it
check-quote-and-cite = paragraph "{ $id }" quotes a source and also has a cite
    .hint = the quotation's source is its citation: remove cite, or put the lesson's comment in a paragraph of its own
check-document-no-paragraphs = document "{ $id }" has no paragraphs
    .hint = write its text as paragraphs: [(id: "…", text: "…")]
check-too-many-paragraphs = { $count ->
    [one] this document has { $count } paragraph; the limit is { $max }
   *[other] this document has { $count } paragraphs; the limit is { $max }
}
    .hint = split it into several documents
check-document-not-named = no section names document "{ $id }"
    .hint = students can open a document only from a section: add documents: ["{ $id }"] to the sections it belongs to
check-too-many-section-documents = { $count ->
    [one] this section names { $count } document; the limit is { $max }
   *[other] this section names { $count } documents; the limit is { $max }
}
    .hint = students read one beside the transcript at a time: name the few that matter here
check-document-named-twice = document "{ $id }" is named twice in this section
    .hint = name each document once
check-unknown-document = unknown document "{ $id }"
    .hint-no-documents = declare it in the lesson's documents: [Document(id: …, title: …, paragraphs: […])]
    .hint-list = documents in this lesson: { $ids }

## Lesson checks: the text as a whole.

check-glossary-term-unused = the glossary term "{ $term }" does not appear in any passage, intro, question or document
    .hint = write it as it appears in the text, or list other forms in `also: [ … ]`
check-text-too-long = { $count ->
    [one] this text has { $count } character; the limit is { $max }
   *[other] this text has { $count } characters; the limit is { $max }
}
    .hint = split it into several passages
# $character is the character's code and name, like "U+202E (right-to-left override)".
check-text-hidden-character = this text contains the invisible character { $character }
    .hint = remove the \u{"{"}…{"}"} escape; it can hide or reorder text on screen

## Syntax mistakes explained (src/lesson/parse/mistakes.rs, issue 28).

check-double-comma = two commas in a row
    .hint = remove one of them: items and fields are separated by one comma
# $list is how the list was opened (`passages: [`), $line where, $next the field after it.
check-list-not-closed = the list `{ $list }` opened on line { $line } is not closed before `{ $next }:`
    .hint = end the list with `],` on the line before `{ $next }:`
check-wrong-quote-closing =
    .hint = the text that starts on line { $line } ends here with { $quote }; write a straight double quote " instead, or everything up to the next " is read as text
# A tag that the lesson's own `tags` list replaced (the defaults apply only to a lesson with no `tags`).
check-unknown-tag-replaced = unknown annotation tag "{ $id }": this lesson has its own `tags`, which replace the default set that has "{ $id }"
    .hint = to keep it, add Tag(id: "{ $id }", label: "{ $label }", colour: "{ $colour }") to `tags`; or leave `tags` out to use the whole default set

## Watch this moment: a source's video and passages' times (src/lesson/validate/video.rs, issue 28).

check-video-not-https = the video "{ $video }" is an address that does not start with https://; only https addresses are opened
check-video-bad-address = the video address "{ $video }" has a space or a line break in it, or no site after https://
check-video-control-character = the video path "{ $video }" has a line break, a tab or another control character in it
check-video-empty = the video is empty
check-video-absolute = the video path "{ $video }" is absolute; the video must be a file beside the lesson
check-video-leaves-folder = the video path "{ $video }" contains .. and could leave the lesson's folder
check-video =
    .hint = write a file beside the lesson, like "video/explainer.mp4", or an address that starts with https://
check-video-missing = the video "{ $video }" is not in the lesson's folder
    .hint = copy the video along with the lesson, or correct the path; until then, "Watch from" tells students it is missing
check-time-malformed = the time "{ $time }" is not minutes and seconds
    .hint = write minutes and seconds, like "1:05", or hours, minutes and seconds, like "1:02:03"
check-time-out-of-range = the time "{ $time }" has more than 59 minutes or seconds after a colon
    .hint = after a colon, minutes and seconds go from 00 to 59: write "1:15" for 75 seconds
check-time-goes-back = passage "{ $id }" starts at { $time }, before passage "{ $previous }" above it ({ $previous_time })
    .hint = times run forward within a section; check the time, or the order of the passages

# Close Reader's words in English: lesson checking, the command line, and file errors: the template for every other language.
#
# Each message has an id (left of "="); its text may use arguments such as
# { $count } or { $name }. Attributes (".tooltip", ".name") belong to the
# message above them. Keep sentences short and plain: the readers are
# teachers (and students reading over their shoulder).
# How to write Fluent: https://projectfluent.org/fluent/guide/


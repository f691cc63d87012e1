# Close Reader's words in English: the class view and the class's files (CSV, report, highlights page): the template for every other language.
#
# Each message has an id (left of "="); its text may use arguments such as
# { $count } or { $name }. Attributes (".tooltip", ".name") belong to the
# message above them. Keep sentences short and plain: the readers are
# 11 to 16 years old, some still learning English.
# How to write Fluent: https://projectfluent.org/fluent/guide/


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

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

# Close Reader 的简体中文词表：班级名单、分值和评分标准、批改、发回反馈
# 和成绩文件。译自英文模板 en/grading.ftl。
#
# 每条消息有一个 id（“=”左边）；文字中可以有 { $count }、{ $name } 这样的参数，
# 参数名保持英文，不翻译。属性（“.tooltip”“.name”）属于它上面的那条消息。
# 句子要短而浅白。
# Fluent 写法：https://projectfluent.org/fluent/guide/

## What the roster says of a student (with the flags in screens.ftl).

flag-removed-answers = { $count ->
   *[other] { $count } 个回答属于已不在课程中的题
}
flag-not-on-list = 不在班级名单上

## The class's spreadsheet and gradebook files.

classfile-on-list = 在班级名单上
classfile-total = 总分
classfile-out-of = 满分
classfile-question-points = 第 { $number } 题得分
classfile-question-points-of = 第 { $number } 题得分（满分 { $points }）
classfile-comment-overall = 评语
classfile-question-comment = 第 { $number } 题评语
classfile-removed-answers = 已不在课程中的题的回答
# One answer to a removed question: its id, then the answer.
classfile-removed-answer = { $id }：{ $text }
# The handed-in cell of a listed student with no work found.
classfile-not-handed-in = 未提交
# The progress cell of a listed student with no work found.
classfile-no-work = 没有找到作业
# A points cell of a question the student did not answer (never 0).
classfile-not-answered-cell = 未回答
grades-kind-canvas = Canvas 分数表（.csv）
grades-kind-moodle = Moodle 分数表（.csv）
grades-kind-plain = 只有分数的表格（.csv）
classfile-missing-count = { $count ->
   *[other] 班级名单上有 { $count } 名学生在这里没有作业（未提交）。
}
classfile-removed-heading = 已不在课程中的题的回答（{ $count }）
classfile-worth = { $points ->
   *[other] 本题 { $points } 分。
}
# A rubric level: its label, points and description.
classfile-rubric-level = { $label }（{ $points } 分）：{ $description }
classfile-mark = 分数
classfile-comment = 评语
# A mark out of the question's points, with the rubric level when there is one ("2 / 3 · Cites the text").
classfile-mark-of = { $mark } / { $points }{ $level }
classfile-mark-level = {" · "}{ $level }

## The command line: `closereader class --roster`, `--grades`, `--join`.

sys-cli-class-list = 无法使用班级名单 { $path }：{ $why }
sys-cli-class-list-empty = 里面没有名字
sys-cli-grade-layout = --grades 后面先写格式，再写文件："{ $layout }" 不是一种格式；请写 canvas、moodle 或 plain
sys-cli-join = --join "{ $join }" 写法不对：先写学生自己输入的名字，然后写 "="，再写班级名单上的名字（"Ali=Alistair Brown"）
sys-cli-class-missing = { $command }: { $count ->
   *[other] 班级名单上有 { $count } 名学生在文件夹里没有作业（未提交）
}

## The class list on the roster.

class-roster-list-counts = { $missing } 人未提交（没有找到作业）· { $unlisted } 人不在班级名单上
class-roster-no-work = 没有找到作业
class-roster-no-work-line = 没有找到作业 · 未提交
class-list-none = 没有班级名单：只列出文件夹里有作业的学生。
class-list-count = { $count ->
   *[other] 班级名单：{ $count } 个名字
}
class-list-add = 添加班级名单…
    .tooltip = 输入或粘贴学生的名字，这样名单会列出每一个人，包括还没有提交的学生
class-list-edit = 编辑班级名单…
class-list-box = 班级名单
class-list-box-help = 每行写一个名字，或者粘贴电子表格里的单元格（会用标题为 Name 或 Student 的那一列）。名字和作业对应时，不看大小写、空格和重音符号。
class-list-use = { $count ->
   *[other] 使用这些名字（{ $count }）
}
class-list-cancel = 取消
class-join-heading = 把 { $name } 的作业对应到名单上的一个名字…
class-join-to = 这是 { $name }
class-sort-label = 排序：
class-sort-group = 名单的排序方式
class-sort-name = 名字
class-sort-answered = 已答最少
class-sort-total = 总分最高
class-sort-last-saved = 最后保存
class-save-grades = 保存{ $layout }…

## One question across the class: points, rubric, averages, the picker, removed questions.

class-question-worth = { $points ->
   *[other] 本题 { $points } 分
}
# A rubric level as the teacher reads it.
class-rubric-level = { $label }（{ $points } 分）：{ $description }
class-question-out-of = {" / "}{ $points }
# The average over those who answered and are marked.
class-question-average = 平均分 { $average }{ $out_of }（{ $students ->
       *[other] { $students } 名已作答的学生
    }）
class-question-share-answered = 已答 { $answered } / { $total }（{ $percent }%）
class-question-no-work = { $count ->
       *[other] 没有找到作业（{ $count }）：{ $names }
    }
class-question-picker = 跳到某一题…
# A question in the picker: its number and first words.
class-question-pick = { $number }. { $words }
class-removed-heading = 已不在课程中的题的回答（{ $count }）
class-removed-help = 这些回答写好之后，课程改过了。它们会一直保留，不会被删掉；每个回答都标出它原来那道题的 id。

## Marking by rubric, and a mark out of a question's points.

class-rubric-for-student = 给 { $name } 的评分标准等级
class-rubric-for-question = 第 { $number } 题的评分标准等级
# A rubric level to choose: its label and points.
class-rubric-choice = { $label }（{ $points }）
    .name = { $label }，{ $points ->
       *[other] { $points } 分
    }：{ $description }
class-feedback-out-of = {"/ "}{ $points }

## What students see of points and rubrics as they answer.

prompt-worth = { $points ->
   *[other] 本题 { $points } 分
}
prompt-rubric = 第 { $number } 题怎样给分
# A rubric level as a student reads it.
prompt-rubric-level = { $label }（{ $points ->
       *[other] { $points } 分
    }）：{ $description }

## Returning feedback on purpose.

class-return-confirm = { $count ->
    [0] 你写的内容都已经发回了。
   *[other] 把反馈发回给 { $count } 名学生吗？
}
class-return-confirm-counts = { $comments } 人有你的评语 · { $marks_only } 人没有评语（只会收到分数）
class-return-confirm-again = { $count ->
   *[other] 其中 { $count } 人以前发回过：他们会收到你之后改过的版本。
}
class-return-confirm-help = 学生下次打开这节课时就会看到。发回之后你再写的内容都是草稿，要再次发回学生才看得到。
class-return-confirm-yes = { $count ->
   *[other] 发回给 { $count } 名学生
}
class-return-confirm-no = 取消
class-student-changed = 发回之后你又改过：{ $name } 看到的还是你发回的版本。你的修改是草稿。
class-student-return-again = 再次发回给 { $name }
feedback-returned-marks-message = 老师已经把这节课连同你的分数发回给你了。没有评语。
feedback-marks-only = 老师发回了你的分数。没有评语。
feedback-no-answer-comments = 单个回答下面没有评语。

## Sharing the class's reading with the students when returning.

class-share-reading = 让学生看到全班的阅读（每段文字各有多少人划出——不显示姓名）
class-share-reading-help = 每个学生都可以按全班有多少人划出每个词来给文稿着色，与自己的划线并排对照。他们永远看不到是谁，也看不到任何人的回答、评语或笔记。
class-share-reading-too-few = 这个班不行：这节课只有 { $count } 名学生交了作业。至少 { $least } 名学生才会分享全班的阅读，以免有人推算出同学划了哪些内容。
reading-shared = 全班的阅读已随反馈一起发回：{ $students } 名学生的划线，只有人数，没有姓名。
reading-shared-nowhere = 全班的阅读没有分享：班级的文件夹都无法写入。
reading-not-shared = 全班的阅读没有分享：{ $why }
reading-unusable = 随作业发回的全班阅读无法显示：{ $why }。没有任何改动。

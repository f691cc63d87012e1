# Close Reader 的简体中文词表：班级视图（班级文件见 class-files.ftl）。译自英文模板 en/class.ftl。
#
# 每条消息有一个 id（“=”左边）；文字中可以有 { $count }、{ $name } 这样的参数，
# 参数名保持英文，不翻译。属性（“.tooltip”“.name”）属于它上面的那条消息。
# 读者是老师；句子仍要短而浅白。
# Fluent 写法：https://projectfluent.org/fluent/guide/

## The class view (its screens; the class's files are in class-files.ftl).

class-path-first = 请先输入存放全班作业的文件夹路径。
class-folder-unreadable = 无法读取文件夹 { $folder }：{ $why }。

class-feedback-not-saved = 反馈未保存：{ $why }。正在重试…
class-feedback-saving = 正在保存反馈…
class-feedback-saved = 反馈已保存
class-feedback-close-failed = 反馈无法保存（{ $why }）。班级视图会保持打开，你写的内容不会丢失；每隔几秒会再试一次。
class-feedback-kept-aside = { $student } 的反馈文件所在的位置有一个文件，但它不是 Close Reader 能读取的反馈；这个文件已另存为 { $file }，你的反馈已保存。
class-feedback-merged = { $student } 的反馈也在另一个窗口中用你的密钥改过：两边改了同一条评语的地方，两个版本各保留一份。

## The class view's top bar: back, the folder, returning feedback, saving, the lesson and the page.

class-back = ← 课程
    .tooltip = 回到开始界面
class-title = 班级作业
class-read-again = 重新读取文件夹
    .tooltip = 重新读取文件夹，包括之后新提交的作业
class-return-all = 发回给全班…
    .tooltip = 发回前会先问你，并告诉你多少名学生会收到评语、多少名只收到分数。学生下次打开这节课时会看到你发回的内容；在那之前，以及发回之后你再改的部分，你写的都是草稿，只有你自己看得到。
class-returned-count = 已发回 { $returned } / { $total }
class-copy-key = 复制你的反馈密钥
    .tooltip = 只有当学生电脑上的教室设置（classroom.ron）写明了这个密钥，学生电脑才会把这些反馈显示为你写的。这个按钮会复制一行文字，用来粘贴到设置里的教师列表（teachers）中。
# The line copied for the teachers list in classroom.ron: keep the RON
# (Teacher, name:, key:, the quotes, brackets and comma); translate only
# the sentence inside the first quotes.
class-teacher-line = Teacher(name: "学生看到的你的名字", key: "{ $key }"),
class-save-csv = 保存电子表格（.csv）…
class-save-html = 保存班级报告（.html）…
class-save-highlights = 保存标注页（.html）…
    .tooltip = 把每个小节的标注放在同一页上，可以在课堂上投影或打印出来
# A lesson to choose: its title and how many students have work on it.
class-lesson-choice = { $lesson }（{ $students ->
       *[other] { $students } 名学生
    }）
class-lesson-label = 课程：
# The name of the group of lessons to choose from, for screen readers.
class-lesson-group = 课程
# The pages of the class view, and the name of their group.
class-page-group = 显示
class-page-roster = 名单
class-page-question = 按题目
class-page-student = 按学生
class-page-highlights = 标注

## Reading the folder, and what it holds.

class-reading-looking = 正在查找作业文件…
class-reading-progress = 正在读取作业文件：{ $read } / { $total }
class-folder-check = 请检查文件夹是否还在（U 盘已插好、网络文件夹已连接），然后重新读取。
class-no-work = 这个文件夹里没有找到学生作业。
class-no-work-help = 请选择学生提交作业的文件夹、存有学生作业文件（.ron）的 U 盘，或者从学习平台下载并解压好的作业文件夹。Close Reader 会读取你所选文件夹下面的所有文件夹。
class-unknown-lesson = 这份作业属于课程“{ $lesson }”，但你的课程里没有这节课。
class-unknown-lesson-help = 添加它的课程文件，就能查看这些作业。
class-add-lesson-file = 添加课程文件…
class-skipped = { $count ->
       *[other] 有 { $count } 个文件没有读取
    }
# A file that was not read, and why.
class-skipped-file = { $path }：{ $why }
# Both step buttons' tooltip: their keys.
class-step-keys = { $previous } / { $next }
# A long class is listed a part at a time.
class-list-previous = ← 前 { $count } 名
class-list-next = 后 { $count } 名 →
class-list-part = 第 { $from }–{ $to } 名学生，共 { $total } 名

## What the roster and a student's page say about a student.

class-fact-last-saved = 最后保存于 { $when }
class-fact-handed-in = 已提交
class-fact-not-handed-in = 未提交
class-fact-marks = 分数 { $marks }

## The roster.

class-roster-summary = { $lesson }：{ $students ->
       *[other] { $students } 名学生
    }，{ $handed_in } 人已提交
class-roster-hint = 点一个名字，查看这位学生的整节课。
class-roster-heading-student = 学生
class-roster-heading-answered = 已答
class-roster-heading-last-saved = 最后保存
class-roster-heading-handed-in = 已提交
class-roster-heading-marks = 分数
class-roster-heading-to-look-at = 需要留意
class-roster-handed-in = ✓ 已提交
class-roster-not-handed-in = 未提交
class-roster-show-student = 查看 { $name } 的整节课
# A student's marks: their sum, and how many answers are marked.
class-roster-marks = { $sum }（已批改 { $marked } 题）

## One question across the class.

class-question-none = 这节课没有题目。
class-question-previous = ← 上一题
class-question-next = 下一题 →
class-question-position = 第 { $number } 题，共 { $count } 题
class-question-section = 小节：{ $section }
# A question's number and kind ("short answer").
class-question-heading = 第 { $number } 题 · { $kind }
class-key = 参考答案：{ $key }
class-teacher-note = 教师备注：{ $note }
class-question-answers = 回答（{ $answered } / { $total }）
# The options a student chose, joined by "; ".
class-question-chose = 选了：{ $options }
class-question-not-answered = 未回答（{ $count }）：{ $names }
# An option of the chart that is the answer key.
class-question-key-option = { $option } ✓ 答案
class-question-option-count = { $count } / { $total }（{ $percent }%）

## One student's whole lesson.

class-student-previous = ← 上一名学生
class-student-next = 下一名学生 →
class-student-position = 第 { $number } 名学生，共 { $count } 名
class-student-shown = 显示的是：{ $path }
class-student-other-copies = 这份作业的其他副本（最新的排在最前面）：
class-student-copy = 保存于 { $saved }：{ $path }
class-student-show-copy = 查看 { $saved } 保存的副本
class-student-returned = 已发回：{ $name } 打开这节课时会看到这些反馈。
class-student-not-returned = 还没发回：{ $name } 看不到这些反馈。
class-student-return = 发回给 { $name }
class-student-option-chosen = ✓ { $option }（已选）
class-student-option = – { $option }
class-student-not-answered = 回答：（未回答）
class-student-highlights = 标注：{ $tag }
class-student-notes = 笔记
class-student-notebook = 笔记本
class-student-answer = 回答
class-student-cites = 引用了 { $speaker } 的话：“{ $text }”

## A teacher's feedback under an answer and on a student's page.

class-feedback-mark-for-student = 给 { $name } 的分数：
class-feedback-mark-for-question = 第 { $number } 题的分数：
class-feedback-for-student = 给 { $name } 的反馈：
class-feedback-for-question = 第 { $number } 题的反馈：
# The hint in an empty mark box: the automatic mark.
class-feedback-auto-hint = 自动：{ $mark }
class-feedback-mark-not-number = 请输入一个数字，比如 1 或 0.5
class-feedback-replaces-auto = （你给的分数会代替自动给的 { $mark } 分；清空就恢复自动给分）
class-feedback-auto-matches = 自动给分：{ $mark }（与参考答案一致）
class-feedback-auto-does-not-match = 自动给分：{ $mark }（与参考答案不一致）
# What another teacher wrote.
class-feedback-other-wrote = { $teacher } 写道：{ $text }
class-feedback-overall-for = 给 { $name } 的总体反馈：

## The class's highlights (the heat map).

class-heat-previous = ← 上一小节
class-heat-next = 下一小节 →
class-heat-position = 第 { $number } 小节，共 { $count } 小节
class-heat-all-tags = 所有标签
# Said of a passage nobody marked when all tags are shown.
class-heat-any-tag = 任何标签
class-heat-tags-label = 按标签显示标注：
# The name of the group of tags to choose from, for screen readers.
class-heat-tags-group = 按标签显示标注
class-heat-no-passages = 这一小节没有片段。
class-heat-shading = 颜色深浅（{ $students } 名学生）：
# After a range of counts in the legend: what share of the class it is.
class-heat-shade-students = 名学生（{ $share }）
class-heat-word-count = “{ $word }”：{ $students } 名学生中有 { $count } 名标注
class-heat-nobody = 没有人标注这个片段（{ $tag }）。
class-heat-phrase = “{ $phrase }” { $count } / { $students }
# The phrases marked, joined by " · ".
class-heat-marked = 标注了：{ $phrases }
class-heat-who-tagged = 谁标注了什么（{ $count }）
class-heat-tagged = { $student }：{ $tag }，“{ $quote }”
class-heat-tagged-comment = { $student }：{ $tag }，“{ $quote }”（批注：{ $comment }）
class-folder-timeout = 它在 { $seconds } 秒内没有响应，网络共享文件夹可能无法访问。请重试，或把作业复制到这台电脑上
class-name-twin = { $name }（第 { $number } 个，共 { $count } 个）

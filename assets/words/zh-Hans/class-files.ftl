# Close Reader 的简体中文词表：班级文件（电子表格、班级报告、标注页）、
# 读取班级文件夹和提交作业。译自英文模板 en/class-files.ftl。
#
# 每条消息有一个 id（“=”左边）；文字中可以有 { $count }、{ $name } 这样的参数，
# 参数名保持英文，不翻译。属性（“.tooltip”“.name”）属于它上面的那条消息。
# 句子要短而浅白。
# 网页会原样使用这些文字：不要在里面写 "<" 或 "&"。
# Fluent 写法：https://projectfluent.org/fluent/guide/

## The class files a teacher can save.

classfile-kind-csv = 电子表格（.csv）
classfile-kind-html = 班级报告（.html）
classfile-kind-highlights = 标注页（.html）

## Column and table headings (the spreadsheet and the class report).

classfile-student = 学生
classfile-students = 学生
classfile-answered = 已答
classfile-questions = 题目
classfile-last-saved = 最后保存
classfile-other-copies = 其他副本
classfile-handed-in = 已提交
classfile-to-look-at = 需要留意
classfile-answer = 回答
classfile-rating = 评分
classfile-option = 选项
classfile-share = 占比
# A question's column: its number and first words.
classfile-question-column = 第 { $number } 题：{ $words }
classfile-question-rating = { $question }（评分）
classfile-question-reason = { $question }（理由）
classfile-tag-highlights = 标注：{ $tag }

## The class report.

classfile-report-title = { $title }——班级报告
classfile-report-about = { $count ->
   *[other] { $count } 名学生 · { $date } · 课程版本 { $version }
}
classfile-yes = 是
classfile-no = 否
classfile-question-heading = 第 { $number } 题（{ $kind }）：{ $words }
classfile-key = 参考答案：{ $key }
classfile-teacher-note = 教师备注：{ $note }
# An option that is (part of) the answer key.
classfile-key-option = { $option } ✓ 答案
classfile-rating-value = 评分：{ $rating }
classfile-not-answered = 未回答（{ $count }）：{ $names }

## The class's highlights (in the report, and a page of their own).

classfile-highlights = 标注
classfile-highlights-title = { $title }——全班的标注
classfile-highlights-about = { $count ->
   *[other] { $count } 名学生 · { $date }
}
classfile-no-highlights = 还没有学生标注任何内容。
# Shown when pointing at a shaded word.
classfile-word-count = { $students } 名学生中有 { $count } 名
classfile-phrase-count = “{ $phrase }” { $count } / { $students }
classfile-tag-phrases = { $tag }：{ $phrases }
# One shade of the legend: how many students, and what share of the class.
classfile-legend-step = { $range } 名学生（{ $share }）
classfile-legend = { $count ->
   *[other] 每个词的颜色深浅，表示 { $count } 名学生中有多少人标注了它（用任何标签都算）：{ $steps }。每个片段下面列出各个标签标注的词句和人数。
}
classfile-shade-quarter = 不超过全班的四分之一
classfile-shade-half = 不超过一半
classfile-shade-three-quarters = 不超过四分之三
classfile-shade-most = 超过四分之三
# What a screen reader says for a passage in the class view.
classfile-passage-unmarked = { $speaker }：没有人用 { $tag } 标注这个片段
classfile-passage-spoken = { $speaker }：{ $tag }：{ $phrases }
classfile-phrase-spoken = “{ $phrase }”，{ $students } 名学生中有 { $count } 名

## What a class's folder holds, and the files in it that were not used
## (each said after the file's name).

classfile-lesson-students = { $count ->
   *[other] { $lesson }（{ $count } 名学生）
}
classfile-no-work-files = 没有作业文件
classfile-folder-holds = { $unreadable ->
    [0] { $lessons }
   *[other] { $lessons }，另有 { $unreadable } 个文件无法读取
}
classfile-lesson-file = 这是课程文件，不是学生作业
classfile-folder-unreadable = 无法读取这个文件夹：{ $why }
classfile-too-deep = 它嵌套在超过 { $depth } 层的文件夹里
classfile-too-many-files = 每个文件夹只读取前 { $count } 个文件
classfile-file-unreadable = 无法读取：{ $why }
classfile-file-too-large = 它太大了，不可能是学生作业（{ $size } MB）
classfile-feedback-damaged = 这是老师的反馈，但{ $why }
classfile-feedback-misnamed = 文件名表明它是反馈，但它所写那位学生的反馈文件名应以 { $name } 开头
classfile-feedback-not-trusted = { $count ->
   *[other] 这份反馈中有 { $count } 个部分没有你的签名，也没有你的 classroom.ron 中列出的老师的签名（或者写于反馈开始签名之前），所以不显示，也不计分（把同事的密钥加到 classroom.ron 中，就能计入同事写的反馈）
}

## Handing work in.

classfile-hand-in-unreachable = 无法访问提交文件夹 { $folder }：{ $why }。你的作业在这台电脑上是安全的；请再试一次，或者导出一份副本
classfile-hand-in-failed = 你的作业没能提交到 { $folder }：{ $why }。你的作业在这台电脑上是安全的；请再试一次，或者导出一份副本
classfile-hand-in-not-a-folder = 它是一个文件，不是文件夹
classfile-hand-in-not-tidied = 早先提交的作业没能移到历史文件夹中（{ $why }）；它们留在新提交的作业旁边，老师看到的是最新的那份。
classfile-hand-in-history-elsewhere = 提交文件夹里名为 { $names } 的东西不是 Close Reader 建的文件夹，所以没有动它，早先提交的作业保存在 { $folder } 中。请告诉老师。

## A learning platform's download (.zip) read as a class.
classfile-zip-too-large = 这个 zip 有 { $size } MB，太大了，不像是一个班的作业
classfile-zip-unreadable = 无法作为 zip 文件读取（{ $why }）：请从学习平台重新下载
classfile-zip-entry-unreadable = zip 中的这个文件已损坏（{ $why }）

## The class's reading, shared with students when feedback is returned.

reading-too-few = 这节课只有 { $count } 名学生交了作业：至少 { $least } 名学生才会分享，以免有人推算出同学划了哪些内容
reading-damaged = 文件已损坏（{ $why }）
reading-newer = 它由更新版本的 Close Reader 写成（格式 { $format }）：请更新 Close Reader 后查看
reading-other-lesson = 它属于另一节课（{ $id }）
reading-changed = 制作之后，课文已经改动（段落 { $id }）
reading-too-large = 它超过 { $most } MB
reading-not-text = 它不是文本
reading-stops-making-sense = 在第 { $line } 行第 { $column } 列开始无法理解
reading-no-lesson = 它没有写明是哪节课
reading-bad-class-size = 它的班级人数（{ $count }）不可能正确
reading-too-many = 它有 { $count } 个段落，比任何一节课都多
reading-bad-counts = 它对段落 { $id } 的计数不可能正确
reading-not-written = 无法在 { $folder } 中写入全班的阅读：{ $why }

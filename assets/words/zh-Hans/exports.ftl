# Close Reader 的简体中文词表：学生作业的导出（文本、Markdown、网页、Word）和反馈。译自英文模板 en/exports.ftl。
#
# 每条消息有一个 id（“=”左边）；文字中可以有 { $count }、{ $name } 这样的参数，
# 参数名保持英文，不翻译。属性（“.tooltip”“.name”）属于它上面的那条消息。
# 句子要短而浅白：读者是 11 到 16 岁的学生。
# Fluent 写法：https://projectfluent.org/fluent/guide/

## The formats work can be exported to, as the export menu names them.

export-format-md = Markdown（.md）
export-format-html = 网页（.html），打印效果清晰
export-format-txt = 纯文本（.txt）
export-format-docx = Word 文档（.docx）
export-format-ron = Close Reader 作业文件（.ron），用于收集全班作业

## The labels around the work, the same in every format (text, Markdown,
## web page, Word). Web pages take these words as written: do not use
## "<" or "&" in them.

export-label-student = 学生：
export-label-date = 日期：
export-label-version = 课程版本：
export-label-progress = 进度：
export-label-feedback = 老师的反馈：
export-teacher-copy = 教师版：含参考答案和教师备注。
export-label-source = 来源：
export-label-teacher-note = 教师备注：
# Before a passage the answer quotes: "Cited: Narrator: …".
export-label-cited = 引用：
export-answer = 回答
export-label-answer = { export-answer }：
export-label-answer-key = 参考答案：
export-highlights = 标注
export-label-highlights = { export-highlights }：
export-section-notes = 本小节的笔记
export-label-section-notes = { export-section-notes }：
export-notebook = 笔记本
# An empty notebook.
export-empty = （空）
export-removed-answers = 已不在课程中
export-unanswered = （未回答）
# What a screen reader says for a ticked or empty box beside an option.
export-option-chosen = 已选
export-option-not-chosen = 未选
# Word only: a passage, quoted (after "Cited:" when an answer cites it).
export-quote = { $speaker }：“{ $text }”
# Word only: the space left under each answer for the teacher to write in.
export-label-comment = 评语：
# Word only: the names of the document's own paragraph styles.
export-style-unanswered = 未回答
export-style-teacher-comment = 老师的评语
# Word only: the document's subject, in its properties.
export-subject = { $student } 的作业

## What an export says about the work.

export-progress = { $optional ->
    [0] 已回答 { $answered } / { $total } 题
   *[other] 已回答 { $answered } / { $total } 题，另有 { $optional } 道选做题
}
# A section's passages when the export leaves them out.
export-excerpt-left-out = { $count ->
   *[other] 节选：本课中有 { $count } 个片段（这次导出没有包含它们）。
}
# A source's line: its title, publisher, kind, date and address, joined
# with commas; then how it was obtained.
export-source-title = “{ $title }”
export-source-published = 发布于 { $date }
export-source-date-unknown = 发布日期不详
export-source-address-unknown = 网址不详
export-source-obtained = { $source }。{ $obtained }
# A question's heading: its number through the lesson, its kind and its
# first words.
export-question-heading = 第 { $number } 题（{ $kind }）：{ $words }
export-question-heading-optional = 第 { $number } 题（{ $kind }，选做）：{ $words }
export-rating = 评分：{ $value }（范围 { $min } 到 { $max }）
# With what the lowest and the highest value mean.
export-rating-with-ends = 评分：{ $value }（范围 { $min } 到 { $max }；{ $min } = { $low }，{ $max } = { $high }）
# Before the reason given for a rating.
export-rating-why = 理由：
# After an answer that does not yet count as answered.
export-unfinished = （未完成）
# The card a highlight is in; in a card that quotes sources, whose words they are (credit-quoting, credit-lesson-words).
export-card-place = “{ $document }”
export-card-place-credited = “{ $document }”，{ $credit }
# A highlight an answer cites: its tag, and the card it is in (export-card-place).
export-cited-highlight = 标注，{ $tag }
export-cited-highlight-in = 标注，{ $tag }，位置：{ $place }
# A section's highlights, one line each: the words, where they are,
# whether the lesson has changed there, and the student's comment.
export-highlight = “{ $quote }”
export-highlight-in = { $highlight }（位置：{ $place }）
export-highlight-changed = { $highlight }（课程的文字在这里有改动）
export-highlight-comment = { $highlight }：{ $comment }

## Why an export could not be made or written.

export-error-docx = 无法生成 Word 文档（{ $why }）
export-error-write = 无法写入 { $path }：{ $why }

## A teacher's feedback, in exports and on the student's screen.

# The marks at the top of a returned export: "Marks: 7 from 9 marked questions."
export-marks-sentence = { $marks }。
export-removed-comment = 关于一道已不在课程中的题（{ $prompt }）：{ $comment }
export-marks-summary = { $marked ->
   *[other] 分数：{ $total }（已批改 { $marked } 题）
}
# A total out of the lesson's points: "14 / 20".
export-total = { $sum } / { $out_of }
export-mark = 分数：{ $mark }
export-mark-auto = 分数：{ $mark }（按参考答案自动给分）
# Feedback from a teacher who signed with no name.
export-a-teacher = 一位老师
# One teacher's comment, where several teachers wrote.
export-feedback-by = { $teacher }：{ $text }

## Why a feedback file could not be used (after "it is a teacher's
## feedback, and …" or "could not be read: …").

export-feedback-damaged = 它已损坏（{ $why }）
export-feedback-newer = 它是由更新版本的 Close Reader 写的（格式 { $format }）；请更新 Close Reader 后再读取
export-feedback-too-large = 它太大了
export-feedback-not-text = 不是 UTF-8 文本
export-feedback-stops-making-sense = 从第 { $line } 行第 { $column } 列开始内容读不通
export-feedback-no-lesson = 它没有写明课程或格式
export-feedback-too-many-teachers = 它包含 { $count } 位老师写的部分；最多只读取 { $most } 位
export-feedback-bad-mark = 它给 { $prompt } 的分数是 { $mark }，但分数应该是 0 到 { $most } 之间的数字

## Feedback a student's app does not show, and why.

export-feedback-settings-broken = 这节课有反馈，但无法核实，因为{ $why }。请告诉老师。
export-feedback-forged = 提交文件夹里有些反馈的签名对不上，所以可能不是你的老师写的。这些反馈不会显示；请告诉老师。
export-feedback-mark-refused = 有些反馈没有显示，因为{ $why }。请告诉老师。
export-feedback-not-trusted = 提交文件夹里有些反馈，不是由这台电脑教室设置中列出的老师签名的，所以不会显示。如果这是你的老师写的，请老师把他们的反馈密钥加到教室设置里。
export-feedback-not-verified = 未核实：这台电脑的教室设置里没有写明老师的密钥，所以 Close Reader 无法确认这是你的老师写的。

## Saving and finding a teacher's feedback, and the teacher's key.

export-feedback-file-newer = { $path } 是由更新版本的 Close Reader 写的（格式 { $format }），所以没有改动它。请更新 Close Reader，才能写入这位学生的反馈
export-feedback-too-big = 反馈有 { $size } KB，超过了一个反馈文件能存的大小（{ $most } KB）；请缩短某条评语
export-feedback-no-key-folder = 这台电脑上没有可以存放教师密钥的文件夹（请用 --data-dir 启动 Close Reader）
export-feedback-in-the-way = { $path } 占着位置，而且无法移开：{ $why }
export-feedback-someone-else = { $path } 是给另一个人的反馈
export-feedback-unreadable = 无法读取老师的反馈（{ $path }）：{ $why }
export-key-damaged = 教师密钥 { $path } 已损坏
export-key-no-random = 无法为教师密钥生成随机数：{ $why }
export-key-not-kept = 教师密钥没有保存下来
# The note at the top of the teacher's key file (each line becomes a
# comment in the file).
export-key-file-note =
    这是你的 Close Reader 教师密钥：拿到这个文件的人都能以你的名义给反馈签名。
    请妥善保管；只复制到你自己的其他电脑上。

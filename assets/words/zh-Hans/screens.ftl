# Close Reader 的简体中文词表：各个界面和消息。译自英文模板 en/screens.ftl。
#
# 每条消息有一个 id（“=”左边）；文字中可以有 { $count }、{ $name } 这样的参数，
# 参数名保持英文，不翻译。属性（“.tooltip”“.name”）属于它上面的那条消息。
# 句子要短而浅白：读者是 11 到 16 岁的学生。
# Fluent 写法：https://projectfluent.org/fluent/guide/

## Counts used in many places.

n-students = { $count ->
   *[other] { $count } 名学生
}

## The message strip at the top of the window.

earlier-messages = 之前的消息（{ $count }）
message-ok = 知道了
message-open-folder = 打开文件夹
highlight-removed = 已删除标注“{ $quote }”。

## The model's data in words (src/wording.rs).

progress = { $optional ->
    [0] 已答 { $answered } / { $total } 题
   *[other] 已答 { $answered } / { $total } 题 · { $optional } 道选做题
}
progress-short = { $answered } / { $total }
kind-open = 开放题
kind-short = 简答题
kind-choice = 单选题
kind-choices = 多选题
kind-rating = 评分题
kind-evidence = 证据题
source-kind = { $kind ->
    [video] 视频
    [audio] 音频
    [article] 文章
    [speech] 演讲
    [interview] 访谈
    [web-page] 网页
    [social-media] 社交媒体
   *[other] 其他
}
    .in-text = { $kind ->
        [video] 视频
        [audio] 音频
        [article] 文章
        [speech] 演讲
        [interview] 访谈
        [web-page] 网页
        [social-media] 社交媒体
       *[other] 其他
    }
document-no-date = 未注明日期
document-citation = “{ $title }”。{ $byline }
document-citation-from = “{ $title }”。{ $byline }。出处：{ $from }
document-article = 文章
document-report = 报告
document-profile = 人物简介
document-official = 官方文件
document-data = 数据
document-web-page = 网页
flag-unanswered = { $count } 题未答
flag-rating-without-reason = { $count ->
   *[other] { $count } 个评分没写理由
}
flag-other-copies = { $count ->
   *[other] 另有 { $count } 个副本
}

## The lesson screen.

top-bar-student = 谁在学这节课
notes-below = 你的笔记在这一小节的最后（{ $keys }）。
go-to-notes = 去写笔记 ↓
theme = 主题

## The start screen.

app-name = Close Reader
start-tagline = 仔细读。问一问：是谁在说话？证据是什么？有什么没说出来？
start-who = 谁在学习？
start-name-shown-as = 显示为“{ $name }”
start-name-hint = 输入你的名字
start-name-too-long = 名字最多 { $max } 个字符，多出来的部分没有保留。
start-recent = 最近：
start-work-as = 以 { $name } 的身份学习
    .tooltip = 以这位同学的身份学习
start-lesson-to-open = 要打开的课程：{ $title }
start-start-lesson = 开始这节课
start-lessons = 课程
start-open-file = 打开课程文件…
start-preview-file = 预览课程文件…
    .tooltip = 供编写课程的老师使用：以学生看到的样子查看课程，并显示参考答案和备注；每次保存文件都会更新
start-class-work = 班级作业…
    .tooltip = 供老师使用：打开存放全班作业的文件夹（提交文件夹、U 盘，或从学习平台下载的文件夹），查看作业，并保存为电子表格或班级报告
start-drop-hint = 你也可以把 .ron 课程文件拖到这个窗口里。
start-lesson-path = 课程文件路径：
    .button = 打开
start-class-path = 班级文件夹路径：
    .button = 打开全班作业
start-opening = 正在打开课程…
start-continue = 继续：{ $title }
start-begin = 开始：{ $title }
start-name-first = 请先在上面输入你的名字。
start-returned = 已发回，有老师的反馈
start-not-started = 还没开始
start-minutes = 约 { $minutes } 分钟
start-size = { $sections ->
   *[other] { $sections } 个小节
}，{ $questions ->
   *[other] { $questions } 道题
}
start-broken-lesson = 这节课打不开：{ $file }
    .advice = 请把这条消息给老师看。其他课程仍然可以正常使用。

## A question and its answer.

# $optional is "yes" or "no".
prompt-name = { $optional ->
    [yes] 第 { $number } 题（选做）：{ $text }
   *[no] 第 { $number } 题：{ $text }
}
prompt-heading = { $optional ->
    [yes] 第 { $number } 题 · { $kind } · 选做
   *[no] 第 { $number } 题 · { $kind }
}
prompt-answered = ✓ 已回答
prompt-read-aloud = ▶ 朗读
    .name = 朗读第 { $number } 题
    .tooltip = 朗读这道题
prompt-words-explained = 词语解释：
prompt-your-answer = 你的回答
prompt-teacher-view = 教师视图 · id：{ $id }
prompt-answer-key = 参考答案：{ $key }
prompt-hint-for-students = 给学生的提示：{ $hint }
prompt-teacher-note = 教师备注：{ $note }
prompt-show-hint = 显示提示
    .name = 显示第 { $number } 题的提示
prompt-hide-hint = 隐藏提示
    .name = 隐藏第 { $number } 题的提示
prompt-hint = 提示：{ $hint }
prompt-scale = { $min } = { $low }   ·   { $max } = { $high }
prompt-scale-value = { $value }（范围 { $min } 到 { $max }）
prompt-why-rating = 你为什么选这个数字？（第 { $number } 题必须写）
    .hint = 用文中的内容说明你的评分
    .missing = 写出你选这个数字的理由，这道题才算完成。
prompt-look-for = 找一找：{ $tag }。{ $description }
prompt-asked-passage = 这道题问的片段（{ $by }）：
prompt-evidence-hint = 你的回答：引用你指的原话
prompt-choose-passage = 选择一个片段…
prompt-passage-you-cite = 你引用的片段
prompt-cite-highlights = 引用你的标注：
prompt-highlight-in = { " " }在“{ $title }”中

## The student's highlights beside the passages.

highlights-heading = 你的标注（{ $count }）
highlights-none = 还没有标注：点片段下面的“标注…”。
highlights-tag = ■ { $tag }（{ $count }）
highlights-tag-gone = ■ “{ $tag }”：这节课已经没有这个标签了（{ $count }）：请换一个标签，或者删除
highlights-in-source = 在资料“{ $card }”中
highlights-quote = “{ $quote }”
highlights-quote-changed = “{ $quote }”（文字已改动）
highlights-quote-removed = “{ $quote }”（片段已删除）
highlights-comment = 批注
    .hint = 为什么用这个标签？
    .name = 对“{ $quote }”的批注
highlights-tag-menu = 标签
    .name = “{ $quote }”的标签
highlights-show = 显示
    .tooltip = 滚动到这些文字
    .name = 在片段中显示“{ $quote }”
    .in-source = 在资料“{ $card }”中显示“{ $quote }”
highlights-remove = 删除
    .name = 删除标注“{ $quote }”

## Source cards and other documents beside the transcript.

document-others = 可以对照文字稿阅读的其他资料：
document-open-beside = 已在旁边打开：{ $title }（{ $kind }）
    .name = 在文字稿旁边打开的资料：{ $title }
document-read-beside = 在旁边阅读：{ $title }（{ $kind }）
    .name = 在文字稿旁边打开资料：{ $title }
document-tab-transcript = 文字稿和问题
document-tab-source = 资料：{ $title }
document-other-source = 其他资料
document-close = 关闭资料
    .name = 关闭资料：{ $title }
document-from = 出处：{ $from }
document-paragraph-source = 来源：{ $cite }
# Under a paragraph quoted from a source: where the words come from (quote-source).
document-quote-credit = 引自：{ $source }
# Above a paragraph in a card that quotes sources, where the lesson speaks for itself.
document-lesson-words = 这是本课自己的话，不是引自资料
# A quotation's source in one line, with and without an author; then with when it was read, as the lesson writes it.
quote-source = “{ $title }”，{ $publisher }，{ $date }。{ $address }
quote-source-author = { $author }，“{ $title }”，{ $publisher }，{ $date }。{ $address }
quote-source-read = { $source }。{ $read }
# Whose words a card paragraph is, in citations, highlights and exports.
credit-quoting = 引自 { $source }
credit-lesson-words = 本课（“{ $lesson }”）自己的话，不是引自资料
document-paragraph-id = id：{ $id }
document-highlight =
    .name = 在“{ $title }”的第 { $number } 段中标注文字
    .tooltip = 用标签标出这一段里的文字

## Reading aloud.

read-button = ▶ 朗读
read-from-here = ▶▶ 从这里读
read-passage =
    .name = 朗读片段 { $passage }
    .tooltip = 朗读这个片段
    .from-here-name = 从片段 { $passage } 开始朗读这一小节
    .from-here-tooltip = 从这个片段开始，朗读这一小节
read-paragraph =
    .name = 朗读“{ $title }”的第 { $number } 段
    .tooltip = 朗读这一段
    .from-here-name = 从“{ $title }”的第 { $number } 段开始朗读这份资料
    .from-here-tooltip = 从这一段开始，朗读这份资料
read-being-read = ▶ 正在朗读（按 Esc 停止）
# What read aloud says for a card paragraph quoted from a source (no web address: it reads badly), and for the lesson's own words.
read-quoted = { $text } …… 引自“{ $title }”，{ $publisher }，{ $date }。
read-quoted-author = { $text } …… 引自 { $author }，“{ $title }”，{ $publisher }，{ $date }。
read-lesson-words = 本课自己的话：{ $text }

## The section outline.

outline-progress =
    .name = 进度：已回答 { $answered } / { $total } 题
outline-optional = 选做
    .name = 选做题
outline-complete = ✓ { $answered }/{ $total }
outline-count = { $answered }/{ $total }
outline-section = { $marks ->
    [0] { $number }. { $title }  ·  { $count }
   *[other] { $number }. { $title }  ·  得 { $marks } 分 · { $count }
}
    .name = { $marks ->
        [0] { $number }. { $title }：{ $answered }
       *[other] { $number }. { $title }：{ $answered }，得 { $marks } 分
    }

## Reading settings.

spacing-normal = 正常
spacing-one-and-a-half = 1.5 倍行距
spacing-double = 双倍行距
width-narrow = 窄
width-normal = 正常
width-wide = 宽
speed-slow = 慢
speed-normal = 正常
speed-fast = 快

theme-light = 浅色
theme-dark = 深色
theme-high-contrast = 高对比度

## The lesson screen's reading column.

lesson-id = id：{ $id }
lesson-id-minutes = id：{ $id } · 约 { $minutes } 分钟
lesson-highlight = 标注…
    .name = 在片段 { $passage } 中标注文字
    .tooltip = 用标签标出这个片段里的文字
lesson-section-of = 第 { $number } 小节，共 { $count } 小节

## Dialogs.

dialog-save = 保存…
dialog-cancel = 取消
dialog-close = 关闭
export-dialog-title = 导出你的作业
export-dialog-intro = 你的回答和笔记会放进同一个文件里，交给老师。
export-dialog-format = 格式
export-dialog-excerpts = 包括文字稿节选
export-dialog-teacher-copy = 教师版（含参考答案和教师备注）
export-dialog-comment-space = 每个回答下面留出写评语的地方（Word）

## Passages.

passage-at = 时间 { $time }
passage-context = 背景：{ $note }
role-narrator = 旁白
role-clip = 新闻剪辑
role-expert = 专家
role-official = 官员
role-public = 普通民众
role-other = 其他声音
role-on-screen = 屏幕文字
role-shown = （{ $role }）
term-definition = { $term }：{ $definition }
term-definition-said = { $term }（{ $say }）：{ $definition }

## The notes pane.

notes-heading = 你的笔记
notes-section = 关于“{ $title }”的笔记
    .hint = 你在这一小节里注意到的任何东西
notes-notebook = 笔记本（整节课）
    .hint = 想法、问题、要查的东西
notes-removed-answers = 已不在课程中
    .explained = 老师修改了这节课。这些回答和标注都还保留着，也会放进你导出的文件里。
notes-removed-answer = { $id }：{ $text }

reading-dialog-title = 阅读设置
reading-line-spacing = 行距
reading-width = 文字宽度
reading-speed = 朗读速度
reading-legible-font = 易读字体（Atkinson Hyperlegible，为视力不好的读者设计）

## Pictures.

picture-title = 图片
picture-enlarge = 放大图片
picture-alt = 图片：{ $alt }
picture-loading = 正在加载图片：{ $alt }
picture-failed = 图片无法显示：{ $why }。

## Earlier copies.

history-title = 早先的副本
history-intro = 你写作业的时候，Close Reader 每隔几分钟就会保存一份副本。
    .safe = 恢复一份副本之前，会先把屏幕上现在的内容另存为一份副本，所以什么都不会丢。
history-none = 还没有早先的副本。
history-bring-back = 恢复 { $when } 的副本

## The teacher's feedback, as the student sees it.

feedback-returned-verified = 老师的反馈 · 已发回
feedback-returned = 反馈 · 已发回
feedback-under-answers = 老师对你回答的评语在每个回答下面。你仍然可以修改作业。
feedback-removed-question = 关于一道已不在课程中的题（{ $id }）：{ $comment }
feedback-from-teacher = 老师的反馈

## Choosing words to highlight.

marking-heading = 选择要标注的文字
marking-keys = 点击一个词，再按住 Shift 点击另一个词。按键：← → 移动，Shift+← → 扩大选择，S 选整句，1–9 选标签，Esc 停止。
marking-words =
    .name = 要标注的文字。已选：{ $chosen }
marking-chosen = 已选：“{ $chosen }”
marking-done = 完成

long-text-more = 显示更多（还有 { $count } 个字符）
    .tooltip = 学生导出的文件和班级文件里有全文。

radio-nothing-chosen = 还没有选
radio-group =
    .name = { $name }（{ $value }）

## Messages on the strip at the top of the window.

highlight-back = 标注已恢复。
name-first = 请先输入你的名字，再打开课程。
no-data-folder = 这台电脑没有保存作业的文件夹，所以作业无法保存。请问问老师。
    .reason = 这台电脑没有保存作业的文件夹

speech-looking = 正在寻找电脑的语音引擎…

## The live preview of a lesson file.

preview-nothing-saved = 这是预览：不会保存任何内容
preview-bar = 正在预览 { $file }——每次保存这个文件都会重新加载。会显示参考答案、教师备注、提示和 id；不会保存任何内容。
preview-mistakes = 文件有错误，所以仍然显示上一个没有错误的版本。`closereader check` 的结果：
preview-stop = 停止预览

## Saving, in the top bar.

status-saved = 已保存
status-saving = 正在保存…
status-saving-first = 关闭前正在保存…
status-not-saved = 未保存：{ $why }
    .detail = 只要这个窗口开着，你的作业就是安全的。每隔几秒会再试着保存一次。
status-copy = 已另存为一份副本
    .detail = 你做作业的时候，另一个 Close Reader 窗口或另一台电脑改动了这份作业，所以没有覆盖任何内容：你的作业已保存为 { $file }，放在另一个版本旁边。请关掉其中一个窗口，并告诉老师要保留哪个版本。
status-read-only = 只读

saved-as-copy = 你做作业的时候，这份作业在另一个 Close Reader 窗口或另一台电脑上被改动了。没有覆盖任何内容：你的作业已保存为“{ $name }”，放在另一个版本旁边。请关掉其中一个窗口，并告诉老师。
not-saved-quit = 你的作业还没有保存。请用“导出副本…”把它保存下来；再关一次窗口，就会不保存直接退出。
not-saved-leave = 你的作业还没有保存，所以这节课先不关闭。请用“导出副本…”把它保存下来，或者问问老师；再离开一次，就会不保存直接离开。

## Saved files, and the system's file windows.

saved-exported = 已导出到 { $path }
saved-copy = 你的作业已另存一份副本：{ $path }
saved-file = 已保存 { $path }
saved-in-documents = 无法显示保存窗口，所以你的作业已保存为 { $path }
saved-no-documents = 无法显示保存窗口，也没有“文档”文件夹：什么都没有保存。
saved-failed = 文件无法保存：{ $why }
file-window-lesson-filter = 课程
file-window-open-lesson = 打开课程文件
file-window-open-class = 打开存放全班作业的文件夹
file-window-save-work = 保存你的作业
file-window-save-class = 保存全班作业

no-folder-window = 这台电脑无法显示选择文件夹的窗口。请在“课程”下面输入存放全班作业的文件夹路径，然后点“打开全班作业”。
no-file-window = 这台电脑无法显示选择文件的窗口。请在“课程”下面输入课程文件的路径，然后点“打开”。
    .or-copy = 这台电脑无法显示选择文件的窗口。请在“课程”下面输入课程文件的路径，然后点“打开”；或者把文件复制到课程文件夹 { $folder } 里。
restore-changed = 早先的副本没有恢复，因为这期间作业有了改动。请再试一次。
restore-done = 早先的副本已恢复。之前屏幕上的内容也另存为一份早先的副本。
restore-failed = 早先的副本没有恢复：没能先保留屏幕上的内容（{ $why }）。
not-a-lesson-file = { $file } 不是课程文件（.ron）。
lesson-file-broken = { $file } 打不开；它的问题列在课程列表里。
lesson-file-listed = { $file } 已加入课程列表；关闭班级视图就能打开它。
lesson-path-first = 请先输入课程文件（.ron）的路径。

## Handing in.

hand-in-looking = Close Reader 还在寻找班级的提交文件夹。请稍后再试。
hand-in-not-set-up = 这台电脑没有设置提交文件夹。你的作业保存在这台电脑上；要交给老师，请导出一份副本（比如存到 U 盘或共享文件夹），或者问问老师。
hand-in-broken = 你的作业没能提交：{ $why }。请告诉老师。你的作业在这台电脑上是安全的；你可以导出一份副本。
hand-in-done-short = 已于 { $time } 提交。
hand-in-done = 已于 { $time } 提交。你可以继续做，然后再次提交：老师收到的是最新的版本。
hand-in-newer-there = 已于 { $time } 提交，但那里已经有一份更新的作业（是从另一台电脑提交的）：老师看到的是那一份。这一份也会保留。
    .at = 已于 { $time } 提交，但那里已经有一份更新的作业（是 { $then } 从另一台电脑提交的）：老师看到的是那一份。这一份也会保留。
hand-in-line = 已于 { $time } 提交
hand-in-line-changed = 已于 { $time } 提交 · 之后有改动
hand-in-failed = 没有提交。{ $why }。
feedback-returned-message = 老师已经把这节课连同反馈发回给你了：反馈在每个小节的开头，以及你的回答下面。
feedback-unreadable = { $why }。你自己的作业不受影响。

## Background work.

job-panicked = 读写文件时出了问题。屏幕上的作业是安全的；请再试一次。
job-not-started = Close Reader 无法在后台开始工作（{ $why }）。请再试一次。
folder-not-opened = 无法打开这个文件夹（{ $why }）。它在 { $folder }。
history-unreadable = 无法读取

preview-student = 预览

## Added after the first translation (top bar menu, messages, counts, language).
top-bar-menu = 菜单
    .name = 菜单：文字大小、主题、阅读设置、保存、早先的副本、导出
top-bar-working-as = 当前用户：{ $name }
message-strip =
    .name = 消息
window =
    .name = { $lesson } – Close Reader
highlight-added = “{ $quote }”已标注为“{ $tag }”。
hand-in-unanswered = 目前已回答 { $total } 题中的 { $answered } 题：做完更多后可以再次提交。
start-optional = { $count } 题选做
outline-optional-answered = 选做，已回答 { $answered } 题
    .name = 选做题，已回答 { $answered } 题
language-choice = 语言（Language）
lesson-language-offer = 这节课使用{ $language }：把应用也切换为{ $language }
lesson-language-missing = 这节课使用的语言是“{ $code }”。应用还没有这种语言的文字，所以按钮仍然使用你选择的语言。
preview-more = { $count ->
       *[other] 还有 { $count } 条消息：显示
    }

## A network share that does not answer.
share-timeout = 这个文件夹在 { $seconds } 秒内没有响应，网络共享文件夹可能无法访问
share-timeout-folder = 网络上的一个文件夹在 { $seconds } 秒内没有响应，可能无法访问。Close Reader 会继续运行；文件夹响应后，正在读取的内容会显示出来。

## Comparing with the class's reading (the teacher sent it back).

reading-compare = 与全班的阅读对照
    .tooltip = 按你们班 { $students } 名学生中有多少人划出每个词，给每段文字着色。不显示姓名。
reading-compare-about = 每段文字下方：你们班 { $students } 名学生中有多少人划出了每个词。你自己的划线在上方的段落里。不显示任何人的姓名。
# .name: what a screen reader says for a passage's class reading: the summary, then the phrases.
reading-passage-title = 全班的阅读
    .name = 全班的阅读：{ $summary } { $phrases }
reading-passage-nobody = 你们班没有人在这里划线（共 { $students } 名学生）。
reading-passage-marked = 你们班 { $students } 人中有 { $marked } 人在这里划了线；{ $you ->
    [yes] 你也划了。
   *[no] 你没有划。
}

## Watch this moment (src/ui/watch.rs, src/player.rs, issue 28).

watch-from = ▶ 从 { $time } 开始观看
    .tooltip = 在 Close Reader 之外，用视频播放器或浏览器从这一刻打开视频
watch-from-name = 从 { $spoken } 开始观看视频
time-spoken = { $minutes } 分 { $seconds } 秒
time-spoken-hours = { $hours } 小时 { $minutes } 分 { $seconds } 秒
watch-opened-player = 正在用 { $player } 从 { $time } 打开视频。
watch-opened-browser = 正在用浏览器从 { $time } 打开视频。
watch-opened-from-start = 视频会从头开始播放：请跳到 { $time }。
watch-file-missing = 视频 { $video } 不在课程所在的文件夹中，无法打开。请向老师要一份副本。
watch-no-folder = 视频 { $video } 是一个文件，但这节课不在能放它的文件夹中。请向老师要一份副本。
watch-not-opened = 无法打开视频（{ $why }）。
watch-no-player = 这台电脑上没有程序能打开视频 { $video }。安装 VLC 或 mpv 后，它会从 { $time } 开始播放；请问问老师。
watch-no-browser = 无法打开浏览器。视频地址是 { $address }（从 { $time } 开始观看）。
## Passages and a card's paragraphs as reading stops: what a screen reader hears on one, and how buttons name a passage.
stop-passage = { $speaker }：{ $text }
stop-passage-timed = { $speaker }，{ $time }：{ $text }
stop-paragraph = { $title } 第 { $number } 段：{ $text }
stop-highlight-starts = [标注开始：{ $tag }]{" "}
stop-highlight-ends = {" "}[标注结束：{ $tag }]
stop-passage-short = { $speaker }：“{ $words }”

## Reading aloud: a question's options and scale; Read buttons for context notes, hints and tips.
read-prompt-option = { $number }：{ $option }。
read-prompt-options = { $text } … 选项：{ $options }
read-prompt-scale = { $text } … 请在 { $min }（{ $low }）到 { $max }（{ $high }）之间打分。
read-note = ▶ 注释
    .name = 朗读片段 { $passage } 的背景注释
    .tooltip = 朗读这条背景注释
read-hint = ▶ 朗读
    .name = 朗读第 { $number } 题的提示
    .tooltip = 朗读提示
read-tip = ▶ 朗读
    .name = 朗读第 { $number } 题的建议
    .tooltip = 朗读建议

translation-unknown-language = 没有“{ $code }”这种语言，所以 Close Reader 仍使用原来的语言。可用的语言有：{ $languages }。

returned-not-checked = 无法检查老师是否已退回你的课程：{ $why }。你的作业安全地保存在这台笔记本电脑上。

# Close Reader 的简体中文词表：命令行、文件和磁盘错误、课程模型的默认内容
# 和作业文件提示。译自英文模板 en/system.ftl。
#
# 每条消息有一个 id（“=”左边）；文字中可以有 { $count }、{ $path } 这样的参数，
# 参数名保持英文，不翻译。属性（“.description”）属于它上面的那条消息。
# 句子要短而浅白：读者是学生、老师，以及学校 IT 写的脚本
# （命令行的 "error:" 和 "note:" 行会被脚本读取：这两个词保持英文）。
# Fluent 写法：https://projectfluent.org/fluent/guide/

## What went wrong with a file or folder (src/io_error.rs). Each fits
## after "could not save …: ", so it starts lower-case and has no full stop.

sys-io-not-found = 没有这个文件或文件夹
sys-io-permission-denied = 没有权限（这个账户不能使用它）
sys-io-storage-full = 磁盘已满
sys-io-quota-exceeded = 这个账户可用的磁盘空间已经用完
sys-io-read-only = 磁盘是只读的
sys-io-is-a-folder = 这是文件夹，不是文件
sys-io-not-a-folder = 路径中有一部分是文件，不是文件夹
sys-io-folder-not-empty = 文件夹不是空的
sys-io-already-exists = 已经有一个同名的文件
sys-io-file-too-large = 文件太大，这个磁盘放不下
sys-io-invalid-name = 这个磁盘不允许用这个名称
sys-io-timed-out = 磁盘或网络没有及时响应
sys-io-network-folder-gone = 网络文件夹断开了
sys-io-network-unreachable = 无法访问网络文件夹
sys-io-busy = 另一个程序正在使用它；请稍后再试
sys-io-crosses-disks = 无法一步把它移到另一个磁盘
sys-io-not-text = 它不是可读的文本
sys-io-ended-early = 它提前结束了
# When the system gave no description at all.
sys-io-unknown = 未知错误
# A path that is a named pipe or a device (src/work/disk.rs).
sys-io-not-a-regular-file = 它不是普通文件（而是管道或设备）

## The command line (src/main.rs, src/cli/). $command is the program and
## its command ("closereader export"). Scripts look for "error:", "note:"
## and ": ok (" in these lines: a translation keeps them as they are.

sys-cli-error = { $command }: error: { $message }
sys-cli-note = { $command }: note: { $message }
sys-cli-could-not-write-report = 无法写出报告
sys-cli-could-not-open-window = 无法打开窗口：{ $why }
sys-cli-not-seconds = { $text } 不是 0 到 { $max } 之间的秒数
# $option is the option as typed ("--frame-log").
sys-cli-window-only = { $option } 用于窗口，而这个命令不会打开窗口
sys-cli-hand-in-window-only = --hand-in 用于学生的窗口；班级视图和预览不会提交任何东西
sys-cli-teacher-view-lesson-only = --teacher-view 用于课程；班级视图和预览总是显示参考答案

## closereader check

sys-cli-check-ok = { $file }: ok ({ $sections ->
       *[other] { $sections } 个小节
    }，{ $prompts ->
       *[other] { $prompts } 道题目
    })

## closereader export and closereader class

sys-cli-unknown-lesson = 未知的课程 "{ $lesson }"；现有的课程：{ $lessons }
# $problems: the lesson's errors, one or more lines as closereader check prints them.
sys-cli-broken-lesson =
    课程文件 { $file } 有错误：
    { $problems }
# $known: the names that do have work, or sys-cli-no-students.
sys-cli-unknown-student = 课程 "{ $lesson }" 中没有 "{ $student }" 保存的作业；有保存作业的学生：{ $known }{ $unreadable ->
        [0] {""}
       *[other] （另有 { $unreadable } 个文件无法读取；export --all 会列出它们）
    }
sys-cli-no-students = 没有
# $holds: what the folder does hold, in words.
sys-cli-no-work = { $folder } 中没有课程 "{ $lesson }" 的已保存作业；那里有：{ $holds }
sys-cli-no-such-folder = 文件夹 { $folder } 不存在；请用 --data-dir 指定作业文件复制到的文件夹
sys-cli-read-folder = 无法读取文件夹 { $folder }：{ $why }
sys-cli-no-data-dir = 这台电脑上没有保存作业的文件夹；请用 --data-dir 指定
sys-cli-export-exists = { $path } 已经存在；请用 -o 换一个名字，或者加上 --overwrite
sys-cli-could-not-write = 无法写入 { $path }：{ $why }
sys-cli-not-exported = { $file } 没有导出：{ $why }
sys-cli-not-read = { $file } 没有读取：{ $why }
# $newest: the copy exported; $others: the other copies' files.
sys-cli-other-copies = "{ $student }" 的这份作业还有 { $count ->
       *[other] { $count } 个其他副本
    }；已导出最新的一份：{ $newest }（其他副本：{ $others }）
sys-cli-class-students = { $command }: 班级文件中有 { $count ->
       *[other] { $count } 名学生
    }

## closereader new

sys-cli-new-exists = { $path } 已经存在；请换一个名字（没有做任何修改）
sys-cli-read-transcript = 无法读取文字稿 { $path }：{ $why }
sys-cli-transcript-not-text = 文字稿 { $path } 不是 UTF-8 文本；请把它另存为 UTF-8 后再试
sys-cli-transcript-empty = 文字稿 { $path } 里没有可以做成片段的文字
sys-cli-transcript-too-large = { $path }: { $why }（没有写入任何内容）
sys-cli-transcript-huge = 文字稿 { $path } 有 { $size } MB；文字稿文件最大只能是 { $max } MB（没有写入任何内容）
sys-cli-new-from-template = { $file }: 已写好（模板的副本）；用这个命令检查：closereader check { $file }
sys-cli-new-from-transcript = { $file }: 已写好（{ $count ->
       *[other] { $count } 个片段
    }，来自 { $transcript }）；用这个命令检查：closereader check { $file }
# The title of a new lesson whose file name gives none.
sys-cli-new-lesson-title = 新课程

## The classroom settings file, classroom.ron (src/classroom.rs).
## hand_in, Classroom(…), Teacher and ed25519: are written in the file as
## they are here.

# $place: ":LINE:COL" when the mistake has a place in the file, else nothing.
sys-classroom-error = 教室设置文件 { $file }{ $place }：{ $why }
sys-classroom-too-large = 它有 { $size } 字节；设置文件应该只有几行
sys-classroom-not-text = 它不是 UTF-8 文本
sys-classroom-empty-hand-in = hand_in 是空的；请写上提交文件夹的路径，或者不写 hand_in
sys-classroom-bad-key = 老师 "{ $teacher }" 的密钥不是反馈密钥；请从班级视图中完整复制（它以 ed25519: 开头，后面有 64 个字母和数字）
# $problem: what the file reader found (in English, from the RON library).
sys-classroom-mistake = { $problem }；它应该像这样：Classroom(hand_in: "//server/share/hand-in")

## Why a lesson's picture cannot be shown (src/picture/). Each fits after
## "the picture … cannot be shown: ", so it starts lower-case.

sys-picture-file-too-large = 它有 { $size } MB；课程中的图片最大只能是 { $max } MB
sys-picture-not-png-or-jpeg = 它不是 PNG 或 JPEG 图片
sys-picture-rows-do-not-add-up = 无法解码（它的像素行对不上）
sys-picture-no-pixels = 它没有像素
sys-picture-too-many-pixels = 它有 { $width }×{ $height } 像素；课程中的图片最大只能是 { $max }×{ $max }
# $why: what the decoder said (in English, from the decoding library).
sys-picture-damaged = 无法解码（{ $why }）
sys-picture-too-large = 它太大了
sys-picture-unreadable = 无法读取

## Reading aloud (src/speech.rs).

sys-speech-no-engine = 朗读需要电脑的语音引擎，但没有找到：Linux 上请安装 espeak-ng（或 speech-dispatcher）；macOS 和 Windows 自带语音引擎。

## The tags students highlight with when a lesson names none
## (src/lesson/model.rs): the label on the highlight, and ".description":
## what counts as this tag.

sys-tag-claim = 主张
    .description = 被当作事实说出来的话。
sys-tag-evidence = 证据
    .description = 用来支持说法的事实、数据或例子。
sys-tag-loaded = 情绪化用语
    .description = 特意挑选、想让你产生某种感受的词语。
sys-tag-source = 具名来源
    .description = 被点出名字的人或机构。
sys-tag-opinion = 观点
    .description = 某人的想法或感受，而不是事实。

## A lesson drafted from a transcript (closereader new --from,
## src/lesson/draft.rs): the teacher's starting point. The comments are
## written into the lesson file after "// "; the rest are the lesson's
## first words, which the teacher then changes.

sys-draft-header =
    这是 `closereader new` 根据 { $file } 生成的草稿。请用 `closereader check` 检查，
    然后给各小节命名、写题目，并填好来源信息。
    每个字段的说明见 docs/lesson-format.md。
# Beside the source's address and date, which are commented out.
sys-draft-leave-out = 不知道就不用写
# The source's publisher, commented out.
sys-draft-publisher = 发布者是谁
sys-draft-obtained = 来自文字稿文件 { $file }；这里没有记录它是怎样制作的。
# The speakers: the main voice, and the voice ">>" starts in captions.
sys-draft-narrator = 旁白
sys-draft-unmarked-voice = 未标明的说话人
# A section's title.
sys-draft-part = 第 { $number } 部分
# The one question each section starts with.
sys-draft-first-question = 这一部分的主要主张是什么？你为什么这样认为？
# Commented-out examples of every kind of question; the attributes are
# the examples' options (a rating's words for its lowest and highest value).
sys-draft-examples = 各种题型的例子：删掉 // 就能使用，并给每道题一个新的 id。
sys-draft-example-short = 这里是谁在说话？
sys-draft-example-choice = 这是事实还是观点？
    .fact = 事实
    .opinion = 观点
sys-draft-example-choices = 哪些词是情绪化用语？
    .first = 第一个
    .second = 第二个
    .third = 第三个
sys-draft-example-rating = 这有多公平？（1 = 一点也不公平，5 = 非常公平）
    .low = 一点也不公平
    .high = 非常公平
sys-draft-example-evidence = 引用能说明这个主张的原话。
sys-draft-too-many-voices = 文字稿中有 { $count } 个不同的说话人标签，而一个课程最多只能有 { $max } 个；是不是有些不是人名的内容，被写成了行首的 NAME: 或方括号里的 [Name]？
sys-draft-too-large = 课程会有 { $size } MB，而课程文件最大只能是 { $max } MB；请把文字稿拆成 { $parts } 个或更多部分，每部分做成一个课程

## Lesson text (src/lesson/).

# Who says a paragraph of a document, in citations: the document's title and the paragraph's number.
sys-lesson-paragraph = { $document }，第 { $number } 段
# The same, in a card that quotes sources: whose words they are (credit-quoting, credit-lesson-words).
sys-lesson-paragraph-credited = { $document }，第 { $number } 段，{ $credit }
# A character that has no place in lesson text: its code ("U+202E") and name.
sys-lesson-hidden-character = { $code }（{ $name ->
        [nul] NUL 空字符
        [escape] 转义符
        [delete] 删除符
        [lre] 从左到右嵌入
        [rle] 从右到左嵌入
        [pdf] 弹出方向格式
        [lro] 从左到右强制
        [rlo] 从右到左强制
        [lri] 从左到右隔离
        [rli] 从右到左隔离
        [fsi] 首个强字符隔离
        [pdi] 弹出方向隔离
       *[control] 控制字符
    }）

## Students' work files (src/work/).

# An answer kept for a question the lesson no longer has: the options
# chosen, by number ("2, 3"), and the rating.
sys-work-removed-choice = 选了{ $count ->
       *[other] 选项 { $options }
    }（这道题已被删除，所以不知道选项的内容）。
sys-work-removed-rating = 评分 { $rating }。
# A highlight on a passage or card paragraph the lesson no longer has, listed with the answers to removed prompts.
sys-work-removed-highlight = 标注（{ $tag }），所在的文字已不在课程中（{ $id }）
sys-work-removed-highlight-words = “{ $quote }”
sys-work-removed-highlight-comment = “{ $quote }”：{ $comment }
# Why a work file cannot be used; each fits after "… was not read: ".
sys-work-file-newer = 它是由更新版本的 Close Reader 保存的（作业文件格式 { $format }）
sys-work-file-damaged = 它已损坏（{ $why }）
sys-work-file-not-text = 不是 UTF-8 文本
sys-work-file-empty = 文件是空的
sys-work-file-stops-making-sense = 从第 { $line } 行第 { $column } 列开始内容读不通
sys-work-saver-stopped = 负责保存的线程停止了；请重新启动 Close Reader
# What a student is told when their work opens. $time is when the copy
# was kept (2026-11-26T10:00:00Z); $kept is the damaged file's new name.
sys-work-unreadable = 无法读取你保存的作业：{ $why }。
sys-work-newer = 这份作业是由更新版本的 Close Reader 保存的（格式 { $format }）。它以只读方式显示，不会被修改。
sys-work-damaged-not-set-aside = 你保存的作业已损坏，而且没能把它移到一边（{ $why }）。不会有任何内容覆盖它：请问问老师。
sys-work-damaged-restored = 你保存的作业已损坏，所以恢复了 { $time } 的副本。损坏的文件已另存为 { $kept }。
sys-work-damaged-empty = 你保存的作业已损坏，而且没有早先的副本，所以这节课从空白开始。损坏的文件已另存为 { $kept }。
sys-work-missing-restored = 你保存的作业不见了，所以恢复了 { $time } 的副本。
sys-work-open-elsewhere = { $student } 在这节课上的作业已经在另一个 Close Reader 窗口中打开。这里以只读方式显示；请在另一个窗口中修改。

## Translations a teacher adds (<code>.ftl in a lessons folder or the data folder).
translation-unreadable = 无法读取 { $file }：{ $reason }
translation-too-big = { $file } 超过了 { $max } KB，所以没有读取：它真的是翻译文件吗？
translation-not-utf8 = { $file } 不是 UTF-8 文本：请把它另存为 UTF-8，然后重新启动应用
translation-problem = { $file }：{ $problem }
sys-cli-translation-name = { $file }: error: 翻译文件的文件名是它的语言代码加上 .ftl（es.ftl、zh-Hans.ftl、fr.ftl）
sys-cli-translation-unreadable = { $file }: error: 无法读取：{ $reason }
sys-cli-translation-not-utf8 = 它不是 UTF-8 文本；请另存为 UTF-8
sys-cli-translation-syntax = { $file }:{ $line }:{ $column }: error: { $message }
    .hint = 从这里开始的这条消息在改正之前不会使用；请和英文文件对照
sys-cli-translation-argument = { $file }:{ $line }: error: { $id } 用了 {"{"} ${ $argument } {"}"}，但英文消息没有提供这个参数：它会原样显示出来
sys-cli-translation-unknown = { $file }:{ $line }: warning: { $id } 不是应用中的消息（可能是拼写错误，或者应用已经不再使用这条消息）
sys-cli-translation-missing = { $file }: missing: { $id }（显示为英文）
sys-cli-translation-summary = { $file }: 已翻译 { $translated } / { $total } 条消息，缺少 { $missing } 条，未知 { $unknown } 条
sys-cli-unknown-language = 没有 "{ $code }" 这种语言：可用的语言有 { $languages }
translation-problems = { $count ->
   *[other] 翻译文件中有 { $count } 处错误，所以有些文字显示为英文。第一处：{ $first }
}

## Added with the captions import (issue 28).
sys-transcript-not-text = 文字稿不是 UTF-8 文本；请另存为 UTF-8 后再试
sys-transcript-not-docx = 无法作为 Word 文档读取（{ $why }）
sys-transcript-docx-damaged = 文件已损坏
sys-cli-transcript-unknown-format = { $path } 不是 closereader 能读取的文字稿格式；它能读取 { $formats }（请把文字稿另存为其中一种格式，或在 .txt 文件中另存为纯文本；没有写入任何文件）
sys-cli-transcript-not-docx = 文字稿 { $path } 无法作为 Word 文档读取（{ $why }）；请用 Word 或 LibreOffice 打开，再另存为 .docx，或在 .txt 文件中另存为纯文本（没有写入任何文件）
sys-draft-sounds = 声音：{ $sounds }

## Watch this moment in a draft (src/lesson/draft.rs, issue 28).

sys-draft-video = （可选）放在课程旁边的视频文件，或一个 https:// 地址：有时间的段落会有“观看”按钮

sys-cli-not-timeout = { $text } 不是大于 0、不超过 { $max } 的秒数
sys-cli-folder-timeout = 文件夹 { $folder } 在 { $seconds } 秒内没有响应，网络共享文件夹可能无法访问；请把作业复制到这台电脑上，或稍后再试，或用更长的 --timeout 再试（没有写入任何文件）

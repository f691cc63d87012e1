# Close Reader 的简体中文词表：检查课程文件、命令行和文件错误。译自英文模板 en/diagnostics.ftl。
#
# 每条消息有一个 id（“=”左边）；文字中可以有 { $count }、{ $name } 这样的参数，
# 参数名保持英文，不翻译。属性（“.hint”）属于它上面的那条消息。
# 句子要短而浅白：读者是老师（也有在旁边看的学生）。
# 反引号 `…` 里的代码、部件名（Lesson、Section…）和字段名保持原样：这是老师在文件里写的内容。
# Fluent 写法：https://projectfluent.org/fluent/guide/

## Lesson checking (`closereader check` and the live preview): how each
## problem is printed. A problem is printed as FILE:LINE:COL: LABEL: MESSAGE,
## with its hint on the next line.

# 这两个标签保持英文：`closereader check` 的输出格式 FILE:LINE:COL: error: MESSAGE
# 是脚本和测试依赖的约定。
check-severity-error = error
check-severity-warning = warning
check-hint = 提示：{ $hint }
# After the last problem of a kind shown, when there are more of that kind.
check-more-errors = { $count ->
   *[other] 还有 { $count } 个与上面类似的错误（未列出）
}
check-more-warnings = { $count ->
   *[other] 还有 { $count } 个与上面类似的警告（未列出）
}
check-more-hint = { $max ->
   *[other] `check` 对每类问题最多列出 { $max } 个
}

## Lesson files that cannot be read at all ($why says why, in plain words).

check-read-folder = 这是一个文件夹，不是课程文件
check-read-not-a-file = 这是管道或设备，不是课程文件
check-read-cannot-open = 无法打开这个文件：{ $why }
check-read-cannot-read = 无法读取这个文件：{ $why }

## Lesson files that cannot be read as a lesson: the size, the encoding,
## hidden characters, and RON syntax errors. Code in `backticks` and the
## names of parts (Lesson, Section…) and fields stay as they are: they are
## what the teacher writes in the file.

check-file-too-large = 这个文件超过了 { $mb } MB，这是课程文件大小的上限
    .hint = 把课程拆成几个文件，或者检查这是不是课程文件
check-not-utf8 = 这个文件不是 UTF-8 文本
    .hint = 在文本编辑器里把文件另存为“UTF-8”编码
# $character is a character's code and name, like "U+202E (right-to-left override)".
check-invisible-character = 文件中有不可见字符 { $character }
    .hint = 把它删掉；它可能会在屏幕上隐藏文字或打乱文字顺序
check-invisible-character-and-more = { $count ->
   *[other] 文件中有不可见字符 { $character }（另有 { $count } 个不可见字符未列出）
}
check-wrong-quote = 这是弯引号或单引号 { $quote }，不是直双引号 "
    .hint = 文字要写在直双引号之间，"像这样"；文字处理软件和中文输入法会把它换成弯引号，所以请用纯文本编辑器、在英文输入状态下编辑课程
# $part is the part left open (Section), $next the part after it.
check-part-not-closed = 这里之前的 `{ $part }(` 没有闭合：缺少一个 `)`
    .hint = 每个 `{ $part }( … )` 都要以 `)` 结束，并在下一个 `{ $next }(` 之前加一个逗号
# $bracket is how the bracket was opened: `Lesson(`, `sections: [` or `[`.
check-file-ends-unclosed = 文件提前结束了：第 { $line } 行的 `{ $bracket }` 一直没有闭合
    .hint = 在 `{ $bracket }` 应该结束的地方加上 `{ $closing }`
check-file-ends-early = 文件提前结束了
    .hint = 可能缺少一个右括号或引号；检查每个 ( [ " 是否都已闭合
# $rest is the rest of the hint, such as check-part-can-have.
check-did-you-mean-code-then = 你是不是想写 `{ $near }`？{ $rest }
check-unknown-field = `{ $part }` 中有未知字段 `{ $field }`
check-unknown-field-in-prompt = 这道题目中有未知字段 `{ $field }`
# $fields is the list of field names, separated by commas.
check-part-can-have = `{ $part }` 可以有这些字段：{ $fields }
check-prompt-can-have = 这道题目可以有这些字段：{ $fields }
check-missing-field = `{ $part }` 缺少字段 `{ $field }`
check-missing-field-in-prompt = 这道题目缺少字段 `{ $field }`
check-missing-field-hint = 在右括号 `)` 之前加上 `{ $field }: …,`
check-duplicate-field = 字段 `{ $field }` 在 `{ $part }` 中写了两次
check-duplicate-field-in-prompt = 字段 `{ $field }` 在这道题目中写了两次
check-duplicate-field-hint = 只保留其中一个
check-unknown-prompt-kind = 未知的题目类型 `{ $found }`
check-unknown-value = 未知的值 `{ $found }`
# $values is the list of allowed values, separated by commas.
check-write-one-of = 请写其中之一：{ $values }
# $found is what the file has, in the RON library's words (English), like: a string "5".
check-expected-text-found = 这里应该是双引号里的文字，但写的是 { $found }
check-expected-number-found = 这里应该是整数，但写的是 { $found }
check-expected-list-found = 这里应该是方括号 `[ … ]` 里的列表，但写的是 { $found }
# $expected is what the file should have, in the RON library's words (English).
check-expected-other-found = 这里应该是 { $expected }，但写的是 { $found }
check-write-text-hint = 文字要这样写："像这样"
check-write-number-hint = 写一个数字，比如 5，不加引号
check-write-list-hint = 列表要这样写：["第一", "第二"]
check-write-other-hint = 在这里写 { $expected }
check-expected-text = 这里应该是双引号里的文字
check-text-not-closed = 这段文字缺少结尾的双引号
    .hint = 用 " 结束文字；要在文字里写双引号，请写 \"
check-expected-comma = 这里应该有一个逗号
    .hint = 每个字段和列表项后面都要加英文逗号 ,；如果这里之前的文字被截断了，说明前面少了一个 "
check-expected-list = 这里应该是方括号 `[ … ]` 里的列表
    .hint = 列表要写成 ["第一", "第二"]
check-expected-list-end = 这里应该用 `]` 结束列表
check-bracket-missing-hint = 就在这里之前，少了一个逗号或右括号
check-expected-open-bracket = 这里应该是 `(`
    .hint = 这一部分要写成 Name( field: value, … )
check-expected-close-bracket = 这里应该是 `)`
check-wrong-part-name = 这里应该是 `{ $expected }(`，但写的是 `{ $found }(`
    .hint = 在这里写 `{ $expected }(`，或者不写名称，只写 `(`
check-expected-colon = 字段名后面应该有 `:`
    .hint = 字段要写成 name: value
check-expected-number = 这里应该是整数
check-expected-true-or-false = 这里应该是 true 或 false
    .hint = 写 true 或 false，不加引号
check-text-after-lesson = 课程结束之后还有文字
    .hint = 整个课程就是一个 Lesson( … )；删掉它的右括号 ) 后面的内容
check-nested-too-deep = 括号嵌套超过了 { $max } 层
    .hint = 一个课程只需要几层括号；检查有没有打开后没有闭合的括号
# $what is the RON library's description of the mistake (English).
check-invalid-escape = 文字中有无效的转义：{ $what }
    .hint = 要在文字中写反斜杠，请写 \\
check-comment-not-closed = 这个注释没有结束
    .hint = 用 */ 结束 /* 注释
check-unexpected-character = 这里不应该出现字符 { $character }
    .hint = 文字必须写在双引号里
check-expected-name = 这里应该是一个名称
    .hint = 字段名和类型名不加引号
check-unknown-extension = 未知的 RON 扩展 `{ $name }`
    .hint = 删掉 #![enable(...)] 这一行；课程不需要任何扩展
check-unreadable = 无法把这个文件读取为课程

## Lesson checks after reading: empty texts, ids, lists and their limits.
## Ids, field names and what the teacher wrote stay as they are.

check-empty-lesson-title = 课程标题是空的
    .hint = 在引号之间写上课程标题
check-empty-source-title = 来源标题是空的
    .hint = 在引号之间写上来源标题
check-empty-speaker-name = 说话人名字是空的
    .hint = 在引号之间写上说话人名字
check-empty-tag-label = 标签名称是空的
    .hint = 在引号之间写上标签名称
check-empty-glossary-term = 词汇表词条是空的
    .hint = 在引号之间写上词汇表词条
check-empty-definition = 释义是空的
    .hint = 在引号之间写上释义
check-empty-document-title = 资料标题是空的
    .hint = 在引号之间写上资料标题
check-empty-paragraph-text = 段落文字是空的
    .hint = 在引号之间写上段落文字
check-empty-section-title = 小节标题是空的
    .hint = 在引号之间写上小节标题
check-empty-image-alt = 图片描述（alt）是空的
    .hint = 在引号之间写上图片描述（alt）
check-empty-passage-text = 片段文字是空的
    .hint = 在引号之间写上片段文字
check-empty-prompt-text = 题目文字是空的
    .hint = 在引号之间写上题目文字
check-empty-option = 选项是空的
    .hint = 在引号之间写上选项
check-id-empty = 这个 id 是空的
    .hint = id 是简短的名称，比如 "opening" 或 "q1"
check-id-too-long = { $max ->
   *[other] 这个 id 超过了 { $max } 个字符
}
# $code is a character's code, like U+00E9.
check-id-has-space = id "{ $id }" 中有空格
check-id-has-line-break = id "{ $id }" 中有换行
check-id-has-tab = id "{ $id }" 中有制表符
check-id-has-space-character = id "{ $id }" 中有空白字符（{ $code }）
# $character is the character's code and name, like "U+202E (right-to-left override)".
check-id-has-hidden-character = id "{ $id }" 中有 { $character }
check-id-has-character = id "{ $id }" 中有 "{ $character }"（{ $code }）
check-id-characters-hint = id 只能用字母（a–z、A–Z）、数字、- 和 _
check-no-sections = 这个课程没有小节
    .hint = 在 `sections` 中至少加一个 Section( … )
check-no-sources = 这个课程没有写明来源
    .hint = 加一个 Source( … )，让学生能看到节选来自哪里
check-not-a-colour = "{ $colour }" 不是颜色
    .hint = 颜色要写成 "#rrggbb"，比如 "#1f6fb4"
check-too-many-sections = { $count ->
   *[other] 这个课程有 { $count } 个小节；上限是 { $max } 个
}
# $list is the list's name in the file (sources, speakers, tags, glossary, authors, documents).
check-too-many-entries = { $count ->
   *[other] `{ $list }` 有 { $count } 项；上限是 { $max } 项
}
# $line is the line where the id is first used.
check-duplicate-section-id = 小节 id "{ $id }" 重复了
    .hint = 它在第 { $line } 行已经用过；每个小节都需要自己的 id
check-duplicate-source-id = 来源 id "{ $id }" 重复了
    .hint = 它在第 { $line } 行已经用过；每个来源都需要自己的 id
check-duplicate-speaker-id = 说话人 id "{ $id }" 重复了
    .hint = 它在第 { $line } 行已经用过；每个说话人都需要自己的 id
check-duplicate-tag-id = 标签 id "{ $id }" 重复了
    .hint = 它在第 { $line } 行已经用过；每个标签都需要自己的 id
check-duplicate-document-id = 资料 id "{ $id }" 重复了
    .hint = 它在第 { $line } 行已经用过；每份资料都需要自己的 id
check-duplicate-passage-id = 片段 id "{ $id }" 重复了
    .hint = 它在第 { $line } 行已经用过；每个片段都需要自己的 id
    .hint-with-paragraphs = 它在第 { $line } 行已经用过；每个片段和段落都需要自己的 id
check-duplicate-paragraph-id = 段落 id "{ $id }" 重复了
    .hint = 它在第 { $line } 行已经用过；每个片段和段落都需要自己的 id
check-duplicate-prompt-id = 题目 id "{ $id }" 重复了
    .hint = 它在第 { $line } 行已经用过；每道题目都需要自己的 id
# $near is the nearest id the lesson has; in a hint of its own, or before the rest of one.
check-did-you-mean = 你是不是想写 "{ $near }"？
check-split-section-hint = 把它拆成几个小节

## Lesson checks: sections, passages, prompts and pictures.

check-too-many-passages = { $count ->
   *[other] 这个小节有 { $count } 个片段；上限是 { $max } 个
}
check-too-many-prompts = { $count ->
   *[other] 这个小节有 { $count } 道题目；上限是 { $max } 道
}
check-section-no-prompts = 小节 "{ $id }" 没有题目
    .hint = 学生读完它不会被问任何问题；如果不是有意这样，请加上 prompts: [ … ]
check-section-nothing-to-read = 小节 "{ $id }" 没有可读的内容
    .hint = 加上 passages: [ … ] 或 intro
check-section-no-minutes = 小节 "{ $id }" 没有写 minutes，但其他小节写了
    .hint = 给每个小节都写上 minutes，让它们加起来等于整个课程的时间；按通常的算法，这个小节大约需要 { $realistic } 分钟
check-section-too-short = 小节 "{ $id }" 只给了 { $given } 分钟，但它的阅读和题目大约需要 { $realistic } 分钟
    .hint = 大致这样算：每道选择题或一行就能答完的题约 2.5 分钟，每道要写回答的题或评分题约 5 分钟，每道分步骤的题或带资料卡的题约 8 分钟，阅读每分钟约 120 个词；给这个小节多一些时间，或者用 optional: true 把题目设为选做，并在教师备注中说明
check-minutes-do-not-add-up = 课程写的是 { $lesson } 分钟，但各小节加起来是 { $sections } 分钟
    .hint = 在课程开头写 minutes: { $sections }，或者修改各小节的 minutes
check-image-path-empty = 图片路径 "{ $path }" 是空的
check-image-path-web-address = 图片路径 "{ $path }" 是一个网址；这个应用离线使用，所以图片必须是文件
check-image-path-absolute = 图片路径 "{ $path }" 是绝对路径
check-image-path-drive-letter = 图片路径 "{ $path }" 是绝对路径（以盘符开头）
check-image-path-backslash = 图片路径 "{ $path }" 用了 \；文件夹之间请用 /
check-image-path-leaves-folder = 图片路径 "{ $path }" 包含 ..，可能会指向课程文件夹外面
check-image-path-hint = 写一个课程文件夹里面的路径，比如 "images/chart.png"
check-picture-not-png-or-jpeg = 图片 "{ $path }" 不是 PNG 或 JPEG 文件
    .hint = 把它另存为 .png（图表、截图）或 .jpg（照片）：只有这两种能显示
check-picture-missing = 图片 "{ $path }" 不在课程文件夹里
    .hint = 把图片和课程一起复制过去，或者改正路径
# In .hint-list (here and below), $ids is a list of ids, separated by commas.
check-unknown-speaker = 未知的说话人 "{ $id }"
    .hint-no-speakers = 先声明说话人：speakers: [Speaker(id: "narrator", name: "旁白")]
    .hint-list = 这个课程中的说话人：{ $ids }
check-unknown-source = 未知的来源 "{ $id }"
check-scale-backwards = 评分范围是从 { $min } 到 { $max }；`max` 必须大于 `min`
    .hint = 例如 min: 1, max: 5
check-scale-too-long = { $points ->
   *[other] 从 { $min } 到 { $max } 的评分范围有 { $points } 个分值；屏幕上最多放得下 { $limit } 个
}
    .hint = 用小一点的评分范围，例如 min: 1, max: 5
check-unknown-tag = 未知的标注标签 "{ $id }"
    .hint-list = 这个课程中的标签：{ $ids }
check-paragraph-document-not-named = 段落 "{ $id }" 在资料 "{ $document }" 中，但这个小节没有列出这份资料
    .hint = 在这个小节中加上 documents: ["{ $document }"]，让学生可以在节选旁边阅读它
# In .hint-list, $ids is the list of this section's passage ids, each in quotes.
check-unknown-passage = 未知的片段 "{ $id }"
    .hint-list = 这个小节的片段有：{ $ids }
check-passage-in-other-section = 片段 "{ $id }" 在另一个小节里
    .hint = 学生会在题目下面看到它的引文，但看不到它前后的片段
check-too-few-options = 选择题至少需要两个选项；这道题只有 { $count } 个
    .hint = 写成 options: ["第一个", "第二个"]
check-too-many-options = { $count ->
   *[other] 这道题目有 { $count } 个选项；上限是 { $max } 个
}
    .hint = 把它拆成两道题目
check-option-twice = 选项 "{ $option }" 出现了两次
# $count is how many options there are.
check-answer-not-an-option = 答案 { $answer } 不在选项之中（共有 { $count } 个选项）
    .hint = 答案从 1 开始数：请写 1 到 { $count } 之间的数字
check-points-zero = 0 分的题不会被批改
    .hint = 去掉 `points`，或者写 1 到 { $max } 之间的数字
check-points-too-many = { $points } 分超过了一道题最多能有的分值（{ $max }）
    .hint = 请写 1 到 { $max } 之间的数字
check-rubric-one-level = 评分标准至少要有两个等级可以选
    .hint = 再加一个等级，或者去掉 `rubric`，改写 `points: N`
check-rubric-too-many-levels = 这个评分标准有 { $count } 个等级；上限是 { $max } 个
    .hint = 把学生分不清的等级合并起来
check-rubric-empty-label = 评分标准的等级需要一个名称（label）
    .hint = 给它写一个简短的名称，例如 `label: "Cites the text"`
check-rubric-level-over = 等级 "{ $label }" 给 { $level } 分，超过了这道题的 { $points } 分
    .hint = 给这道题写 `points: { $level }`，或者让这个等级最多给 { $points } 分
check-rubric-same-points = 等级 "{ $first }" 和 "{ $second }" 都给 { $points ->
       *[other] { $points } 分
    }：{ $points } 分会显示为 "{ $first }"
    .hint = 让每个等级的分数各不相同

## Lesson checks: documents.

check-document-no-from = 资料 "{ $id }" 没有写明出处
    .hint = 加上 from: "…"，写明网址或引用信息，以及阅读的时间，让学生可以核查
check-quote-empty = 段落 "{ $id }" 中引文的 { $field } 是空的
    .hint = 引文需要写明出版方、标题、日期和网址，让学生可以追溯出处
check-quote-and-cite = 段落 "{ $id }" 引用了来源，同时还有 cite
    .hint = 引文的来源就是它的出处：删掉 cite，或者把课程自己的说明放到单独的段落里
check-document-no-paragraphs = 资料 "{ $id }" 没有段落
    .hint = 把它的文字写成段落：paragraphs: [(id: "…", text: "…")]
check-too-many-paragraphs = { $count ->
   *[other] 这份资料有 { $count } 个段落；上限是 { $max } 个
}
    .hint = 把它拆成几份资料
check-document-not-named = 没有任何小节列出资料 "{ $id }"
    .hint = 学生只能从小节中打开资料：在它所属的小节中加上 documents: ["{ $id }"]
check-too-many-section-documents = { $count ->
   *[other] 这个小节列出了 { $count } 份资料；上限是 { $max } 份
}
    .hint = 学生一次只能在文字稿旁边读一份资料：只列出这里最重要的几份
check-document-named-twice = 资料 "{ $id }" 在这个小节中列出了两次
    .hint = 每份资料只列一次
check-unknown-document = 未知的资料 "{ $id }"
    .hint-no-documents = 在课程的 documents: [Document(id: …, title: …, paragraphs: […])] 中声明它
    .hint-list = 这个课程中的资料：{ $ids }

## Lesson checks: the text as a whole.

check-glossary-term-unused = 词汇表词条 "{ $term }" 没有出现在任何片段、引言、题目或资料中
    .hint = 按它在文中的写法来写，或者在 `also: [ … ]` 中列出其他写法
check-text-too-long = { $count ->
   *[other] 这段文字有 { $count } 个字符；上限是 { $max } 个
}
    .hint = 把它拆成几个片段
# $character is the character's code and name, like "U+202E (right-to-left override)".
check-text-hidden-character = 这段文字包含不可见字符 { $character }
    .hint = 删掉 \u{"{"}…{"}"} 这个转义；它可能会在屏幕上隐藏文字或打乱文字顺序

## Added with the captions import (issue 28).
check-double-comma = 连续两个逗号
    .hint = 删掉一个：各项和各字段之间只用一个英文逗号分隔
check-list-not-closed = 第 { $line } 行开始的列表 `{ $list }` 在 `{ $next }:` 之前没有结束
    .hint = 在 `{ $next }:` 的上一行用 `],` 结束这个列表
check-wrong-quote-closing =
    .hint = 从第 { $line } 行开始的文字在这里以 { $quote } 结束；请改用英文直引号 "，否则直到下一个 " 之前的内容都会被当作文字
check-unknown-tag-replaced = 未知的标注标签 "{ $id }"：这节课有自己的 `tags`，它替换了包含 "{ $id }" 的默认标签
    .hint = 如果要保留它，请在 `tags` 中加入 Tag(id: "{ $id }", label: "{ $label }", colour: "{ $colour }")；或者删掉 `tags`，使用全部默认标签

## Watch this moment: a source's video and passages' times (src/lesson/validate/video.rs, issue 28).

check-video-not-https = 视频“{ $video }”是一个不以 https:// 开头的地址；只会打开 https 地址
check-video-bad-address = 视频地址“{ $video }”中有空格或换行，或者 https:// 后面没有网站
check-video-control-character = 视频路径“{ $video }”中有换行、制表符或其他控制字符
check-video-empty = 视频是空的
check-video-absolute = 视频路径“{ $video }”是绝对路径；视频必须是放在课程旁边的文件
check-video-leaves-folder = 视频路径“{ $video }”包含 ..，可能会离开课程所在的文件夹
check-video =
    .hint = 写一个放在课程旁边的文件，例如 "video/explainer.mp4"，或者一个以 https:// 开头的地址
check-video-missing = 视频“{ $video }”不在课程所在的文件夹中
    .hint = 把视频和课程一起复制过来，或者改正路径；在此之前，“观看”按钮会告诉学生视频缺失
check-time-malformed = 时间“{ $time }”不是“分:秒”格式
    .hint = 写分和秒，例如 "1:05"，或者时、分、秒，例如 "1:02:03"
check-time-out-of-range = 时间“{ $time }”冒号后面的分钟或秒数超过 59
    .hint = 冒号后面的分钟和秒数从 00 到 59：75 秒应写成 "1:15"
check-time-goes-back = 段落“{ $id }”从 { $time } 开始，早于上面的段落“{ $previous }”（{ $previous_time }）
    .hint = 同一部分中的时间应该向前推进；请检查时间或段落的顺序

# Close Reader 的简体中文词表：命令（按钮）。译自英文模板 en/commands.ftl。
#
# 每条消息有一个 id（“=”左边）；文字中可以有 { $count }、{ $name } 这样的参数，
# 参数名保持英文，不翻译。属性（“.tooltip”“.name”）属于它上面的那条消息。
# 句子要短而浅白：读者是 11 到 16 岁的学生。
# Fluent 写法：https://projectfluent.org/fluent/guide/

## Commands. The text is the button's; ".name" is what a screen reader
## says when the button shows a symbol; ".tooltip" says what it does (the
## key, when there is one, is added after it in brackets).

cmd-next-section = 下一小节 →
    .tooltip = 下一小节
cmd-previous-section = ← 上一小节
    .tooltip = 上一小节
cmd-save-now = 立即保存
    .tooltip = 立即保存
cmd-export = 导出…
    .tooltip = 导出你的作业
cmd-export-copy = 导出副本…
    .tooltip = 把作业文件保存到你选的地方，交给老师
cmd-bigger-text = A+
    .name = 放大文字
    .tooltip = 放大文字
cmd-smaller-text = A−
    .name = 缩小文字
    .tooltip = 缩小文字
cmd-reset-text = 默认文字大小
    .tooltip = 恢复默认文字大小
cmd-next-landmark = 屏幕的下一个区域
    .tooltip = 跳到屏幕的下一个区域
cmd-previous-landmark = 屏幕的上一个区域
    .tooltip = 跳到屏幕的上一个区域
cmd-first-unanswered = 第一道没答的题
    .tooltip = 跳到第一道还没回答的题
cmd-hand-in = 提交
    .again = 再次提交
    .busy = 正在提交…
    .tooltip = 把作业提交给老师
cmd-undo = 撤销
    .tooltip = 恢复刚才删掉的内容（不在文本框里打字时可用）
cmd-stop-reading = ■ 停止朗读
    .tooltip = 停止朗读
cmd-lessons = ← 课程
    .tooltip = 回到课程列表
cmd-earlier-copies = 早先的副本…
    .tooltip = 把作业恢复成早些时候的样子
cmd-reading-settings = 阅读设置…
    .tooltip = 行距、文字宽度、易读字体、朗读速度

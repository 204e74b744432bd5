# Consultations on the child site (see locales/en/consult.ftl).

consult-list-title = 想问你的问题
consult-list-intro = 为你的生活做决定的人，想知道你是怎么想的。参不参加，由你自己决定。
consult-list-none = 现在还没有想问你的问题。
# Headings of the first screen.
consult-start-audience = 谁在提问，谁会收到结果
consult-start-why = 这是为了什么
consult-start-voluntary = 参不参加，由你自己选。你随时都可以停下来，每个问题你都可以选“我不想回答”。
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = 没有人能看到你一个人的回答，就连提问的人也看不到。Heard 只记下每个答案有多少个孩子选，而且绝不会显示少于 { $k } 个孩子的一组。
consult-start-place = 你住在哪里？你可以不说。
consult-start-age = 你几岁了？你可以不说。
consult-place-none = 我不想说
consult-age-up_to_11 = 11 岁或更小
consult-age-12_to_14 = 12 到 14 岁
consult-age-15_to_17 = 15 到 17 岁
consult-age-not_said = 我不想说
consult-start-button = 开始
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = 第 { $n } 题，共 { $total } 题
consult-next = 下一步
consult-skip = 我不想回答
consult-multiple-hint = 你可以选不止一个。
consult-rank-hint = 请给这些答案排顺序：1 是对你最重要的。
consult-choose-one = 请选一个答案，或者按“我不想回答”。
consult-rank-each = 请给每个答案一个不同的数字，或者按“我不想回答”。
consult-thanks-title = 谢谢你
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = 你的回答已经算进去了。结果会在 { $day } 之后公布。
consult-thanks-back = 回到问题列表
consult-done-before = 你已经在这台设备上回答过这些问题了。谢谢你。
consult-closed = 这些问题现在已经关闭了。
consult-results-intro = 孩子们说了什么。结果会交给：
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
   *[other] 有 { $count } 个孩子回答了。
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = 回答这个问题的孩子少于 { $k } 个，所以不显示答案。
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = 已隐藏（为了保护少于 { $k } 个孩子的小组）
consult-results-option = 答案
consult-results-count = 孩子人数
consult-results-group = 分组
consult-results-by-place = 按地点
consult-results-by-region = 按地区
consult-results-by-language = 按语言
consult-results-by-age_band = 按年龄
consult-results-none-said = 没有说
consult-list-closed = 以前的问题，后来怎么样了
consult-results-title = 孩子们说了什么
consult-actions-title = 你们说了，我们做了
consult-actions-none = 决定了什么，会在这里显示。
consult-action-planned = 计划要做：
consult-action-in_progress = 正在做：
consult-action-done = 已经做了：
consult-action-not_done = 没有做：
consult-action-why = 为什么：
consult-action-answers = 关于这个问题：
# A free-text question.
consult-written-label = 在这里写下你的回答，用什么语言都可以。
consult-written-who-reads = 你写的内容在保存之前就会被锁上。只有负责这些问题的人才能打开它。只有当他们中的一个人读过并选中了你的话，别人才会看到，而且不会写你的名字。如果你遇到了不好的事，也可以在首页告诉我们。
consult-written-unavailable = 现在没办法写回答。请按“我不想回答”继续。
consult-written-empty = 请写点什么，或者按“我不想回答”。
consult-written-long = 太长了。请写短一点。
consult-results-written = 写了回答
consult-results-quotes = 孩子们写的一些话，由一个人挑选并检查过：
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
   *[other] { $count } 个决定
}，已经做了 { $done } 个
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = 你回答过的问题
consult-back-follow = 记住我今天回答的问题
consult-back-follow-hint = 这样，以后每次你用你的图片回来，都能在这里看到这些问题后来怎么样了。只有拿着你的图片的人才能看到这个列表。你的回答不会和这个列表保存在一起。
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = 你有发送信息时得到的秘密图片吗？用它们回来时，你可以让它们记住这些问题，并在那里看到这些问题后来怎么样了。
consult-thanks-follow-link = 用我的图片回来

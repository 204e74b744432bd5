# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = 告诉我们
intake-heading = 把你心里在想的事告诉我们
intake-locked = 你写的内容在离开这台设备之前就会被锁上。只有被选来读信息的人才能打开它。
intake-nojs = 你的浏览器没有运行脚本。你的信息一到我们的服务器，就会在保存之前被锁上。
intake-label = 你的信息
intake-hint = 想写多少就写多少，用什么语言都可以。
intake-send = 发送
intake-sending = 正在发送……
intake-retry = 再试一次

page-title-sent = 你的信息已经收到了
intake-sent-heading = 你的信息已经收到了
intake-sent-body = 它已经保存好，也锁好了。谢谢你告诉我们。
intake-write-another = 再写一条信息
intake-kept-heading = 已保存在这台设备上
intake-kept-body = 现在网络不能用。你的信息已经锁上，保存在这台设备上。这里没有人能读它。等网络恢复以后，它会自己发出去。在那之后，你的秘密图片就能用了。

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = 你的信息还没有送到。你写的字还在这里。请再试一次。
error-empty = 还没有可以发送的内容。请先选一选或者写点什么。
# $max (number) — the largest number of characters a message may have.
error-too-long = 你的信息太长了。请写短一点：最多 { $max } 个字。
error-not-sealed = 收到的不是锁好的信息，所以什么都没有保存。
error-too-large = 收到的内容太大了，所以什么都没有保存。
error-bad-id = 这条信息对不上，所以什么都没有保存。请重新打开页面，再发送一次。
error-cross-site = 这来自另一个网站，所以什么都没有保存。
error-unavailable = 我们这边出了问题，所以什么都没有保存。请过一会儿再试。
error-bad-form = 表格没有填完整，所以什么都没有保存。请重新打开页面。
error-recipients-changed = 在你写的时候，我们这边有些变化，所以还没有保存任何内容。请再按一次“发送”。

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = 这是关于哪个地方的？（可以跳过。）
intake-place-hint = 如果你选了一个地方，在那里工作的人都不能读你的信息。
intake-place-unsaid = 我不想说
intake-place-elsewhere = 别的地方
error-unknown-place = 我们不知道那个地方，所以什么都没有保存。请选另一个，或者选“我不想说”。
error-proof-needed = 你的信息没办法检查，所以还没有保存。请再按一次“发送”。
error-too-many = 这台设备在很短的时间里发送了很多信息，所以这一条没有保存。请等一会儿再试。
error-busy = 现在有非常多的信息同时送来，所以你的信息还没有保存。请过几分钟再试。如果你现在不安全，请选择“我不安全”：我们会先收下这样的信息。
error-form-expired = 这个页面打开太久了，或者已经用过了，所以什么都没有保存。请重新打开页面，再发送你的信息。

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = 快速离开
# The button that reads a screen aloud with the device's own voice.
read-aloud = 朗读

# The first screen: what the child wants to share.
share-heading = 你想分享什么？
kind-legend = 你想分享什么？（可以跳过。）
kind-idea = 一个想法或我的看法
kind-idea-hint = 可以变得更好的事，或者你对某件事的看法。
kind-worry = 一件担心的事
kind-worry-hint = 让你难过、害怕或担心的事。
kind-complaint = 投诉
kind-complaint-hint = 不对或者不公平的事。
kind-unsafe = 我不安全
kind-unsafe-hint = 现在就寻求帮助。
kind-story = 讲我的故事
kind-story-hint = 由你决定谁可以看。

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = 第 { $n } 步，共 { $total } 步
step-back = 返回
step-next = 下一步

# The honest screen before the first question.
before-heading = 开始之前
before-who-heading = 谁会读
before-who = 几位受过培训、被选来读信息的人。在你说出的那个地方工作的人，都不能读它。
before-next-heading = 接下来会怎样
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
   *[other] { $days } 天之内会有人读你的信息。
}
before-cannot-heading = 有些事我们保护不了你
before-cannot = 看得到你屏幕的人，或者拿走这台设备的人，可以看到你写的内容。如果有人有危险，我们可能必须告诉能保护这个人安全的人。
before-exit = 如果有人过来，请按“快速离开”，或者连按三次 Esc 键。页面会马上消失。
before-start = 我明白了，开始

# "I am not safe": help contacts first.
help-heading = 你现在就可以得到帮助
help-call-now = 如果你现在有危险，请打下面其中一个电话：
help-no-contacts = 如果你现在有危险，请打这个国家的紧急求助电话。
help-tell-us = 你也可以告诉我们发生了什么。我们会先读它。

# The questions.
feelings-heading = 你感觉怎么样？
feelings-hint = 你可以选不止一个，也可以跳过。
feeling-happy = 开心
feeling-okay = 还好
feeling-sad = 难过
feeling-scared = 害怕
feeling-angry = 生气
feeling-worried = 担心
words-label-idea = 你的想法是什么？
words-label-worry = 什么事让你担心？
words-label-complaint = 发生了什么事？
words-label-unsafe = 发生了什么？你在哪里？（如果你可以说的话。）
words-label-story = 讲讲你的故事。你可以写下来，也可以说出来。
wish-heading = 你希望发生什么？
wish-hint = 你可以选不止一个，也可以跳过。
wish-talk = 我想找人谈一谈
wish-change = 我想让一些事情改变
wish-just_know = 我只是想让你们知道
wish-not_sure = 我不确定

# The review before sending.
review-heading = 发送前检查一下
review-kind = 你分享的内容
review-feelings = 你的感受
review-words = 你写的话
review-place = 地方
review-wishes = 你的希望
review-skipped = 你跳过了这一项。
review-change = 修改
review-urgent = 我们会把这当作紧急的事来处理。

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = 你还在吗？
kiosk-warning-body = 如果没有人碰屏幕，上面的所有内容很快就会被清除，这样下一个人就看不到了。
kiosk-stay = 我还在

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = 狗
picture-cat = 猫
picture-fish = 鱼
picture-bird = 鸟
picture-horse = 马
picture-cow = 奶牛
picture-rabbit = 兔子
picture-turtle = 乌龟
picture-butterfly = 蝴蝶
picture-bee = 蜜蜂
picture-elephant = 大象
picture-lion = 狮子
picture-frog = 青蛙
picture-monkey = 猴子
picture-duck = 鸭子
picture-owl = 猫头鹰
picture-apple = 苹果
picture-banana = 香蕉
picture-grapes = 葡萄
picture-lemon = 柠檬
picture-carrot = 胡萝卜
picture-corn = 玉米
picture-bread = 面包
picture-cheese = 奶酪
picture-egg = 鸡蛋
picture-cake = 蛋糕
picture-watermelon = 西瓜
picture-cherries = 樱桃
picture-strawberry = 草莓
picture-pineapple = 菠萝
picture-mushroom = 蘑菇
picture-pepper = 辣椒
picture-sun = 太阳
picture-moon = 月亮
picture-star = 星星
picture-cloud = 云
picture-rainbow = 彩虹
picture-flower = 花
picture-tree = 树
picture-leaf = 叶子
picture-mountain = 山
picture-shell = 贝壳
picture-glasses = 眼镜
picture-snowflake = 雪花
picture-umbrella = 雨伞
picture-house = 房子
picture-car = 汽车
picture-bicycle = 自行车
picture-teddy = 玩具熊
picture-rocket = 火箭
picture-train = 火车
picture-ball = 球
picture-guitar = 吉他
picture-drum = 鼓
picture-book = 书
picture-pencil = 铅笔
picture-key = 钥匙
picture-clock = 钟
picture-bell = 铃铛
picture-gift = 礼物
picture-balloon = 气球
picture-crown = 王冠
picture-shoe = 鞋子
picture-heart = 爱心

# After sending: the child's code.
code-heading = 你的秘密图片
code-body = 有了这些图片，你可以回来读我们的回复、补充内容，或者收回你的信息。请按这个顺序记住它们，或者把它们写下来，放在安全的地方。不要给任何人看。
code-print = 打印我的图片
code-come-back = 用我的图片回来

# Coming back with the code.
page-title-back = 回来
back-heading = 用你的秘密图片回来
back-hint = 按同样的顺序选出你的八张图片。
back-chosen = 你已经选的图片
back-remove = 去掉最后一张图片
back-open = 打开
back-opening = 正在打开……
back-not-found = 我们找不到和这些图片对应的信息。请检查一下，再试一次。
back-too-many = 你已经试了很多次。请等一会儿再试。
back-incomplete = 请选出全部八张图片。
back-status-heading = 你的信息现在怎么样了
back-status-new = 你的信息已经收到了。还没有人读过。
back-status-acknowledged = 已经有人读了你的信息。
back-status-in_progress = 有人正在处理你的信息。
back-status-waiting_for_child = 我们在等你。请读一下我们的回复。
back-status-referred = 我们已经请其他能帮忙的人来帮忙。
back-status-closed = 我们已经处理完你的信息了。
back-replies-heading = 我们的回复
back-no-replies = 还没有回复。
back-reply-from-us = 我们的回复
back-reply-from-you = 你补充的内容
back-add-label = 给你的信息补充一些内容
back-add = 发送
back-added = 已经收到了。谢谢你。
back-withdraw-heading = 收回你的信息
back-withdraw-body = 如果你收回它，我们会删除你写的内容和我们的回复。删除以后就不能恢复了。
back-withdraw = 收回我的信息
back-withdraw-confirm = 是的，收回
back-withdrawn = 你的信息已经收回，也删除了。
back-withdraw-body-urgent = 你说过你不安全。如果你收回这条信息，一位负责保护孩子的人到 { $day } 为止还可以读它，好确认你是安全的。之后我们会删除它和我们的回复。删除以后就不能恢复了。
back-withdrawn-urgent = 你已经收回了你的信息。一位负责保护孩子的人到 { $day } 为止还可以读它，好确认你是安全的。之后它会被删除。
back-close = 关闭
back-needs-js = 回来需要一个能运行脚本的浏览器，因为你的秘密图片要在这台设备上变成你的钥匙。
back-cannot-open = 这条信息打不开。

# Recording instead of writing.
voice-hint = 你也可以不写，直接说出来。录音在离开这台设备之前，也会像你写的字一样被锁上。
voice-record = 录下我的声音
voice-stop = 停止录音
voice-recording = 正在录音……说完以后请按“停止录音”。
voice-recorded = 这是你的录音。发送之前你可以先听一听。
voice-delete = 删除录音
voice-refused = 我们没办法录音。你可以改成写下来。
review-voice = 你的录音
review-voice-yes = 你录了一条信息。

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = 一个小小的故事编辑团队会读你的故事。你的故事只会用在你接下来说“可以”的地方。
story-before-help = 如果你现在不安全，请返回，选择“我不安全”。这样我们就能马上帮助你。
story-before-next = 接下来，你会一项一项地决定你的故事可以用在哪里。在你说“可以”之前，每一项都是“不可以”。有了你的秘密图片，改过的版本在使用之前，你都可以先读一读，说“可以”或“不可以”，也可以随时改变主意。
story-sent-body = 你的故事已经收到了。请保管好你的秘密图片：有了它们，你可以读你故事的各个版本，说“可以”或“不可以”，也可以随时改变主意。
story-purpose-learning = 只在我们机构内部
story-purpose-learning-body = 我们的团队可以读你的故事，学习怎样更好地帮助孩子。它只留在我们机构内部。
story-purpose-advocacy = 给做决定的人看
story-purpose-advocacy-body = 我们可以把你的故事分享给为孩子制定规则、做决定的人，请他们做出改变。它不会公开。
story-purpose-public = 公开：我们的网站和报告
story-purpose-public-body = 你的故事可能会放在我们的网站上或报告里，任何人都能读到。只会使用你读过、每个字都同意的版本。
story-purpose-media = 记者和媒体
story-purpose-media-body = 我们可以把你的故事交给记者，用在报纸、广播或电视上。只会使用你读过、每个字都同意的版本。
story-consent-question = 我们可以把你的故事用在这里吗？
story-consent-no = 不可以
story-consent-yes = 可以
story-consent-change = 你可以随时用你的秘密图片改变你的回答。
story-consent-copies = 如果你收回一个“可以”，我们会马上停止使用你的故事。但已经交出去的副本，比如给了报社的，我们没办法收回。
story-consent-never = 我们绝不会公开任何人的脸、地点、你家人的名字，或者你住的地方的名字。
story-naming = 你的名字
story-naming-question = 你想用什么名字？
story-naming-none = 完全不用名字
story-naming-made_up = 一个编出来的名字
story-naming-first_name = 只用我的名字，不用姓
story-name-label = 要用的名字（只在你选了用名字的时候填）
story-name-hint = 如果你选了“完全不用名字”，这里就空着。
story-age = 你的年龄
story-age-why = 你可以不说。如果是年纪比较小的孩子，在使用故事之前，我们可能还会问一位孩子信任的大人。
story-age-label = 你几岁了？
story-age-unsaid = 我不想说

# Coming back to a story.
story-back-heading = 你的故事
story-back-intro = 在这里，你可以读你故事的各个版本，并决定它可以用在哪里。
story-versions-heading = 给你读的版本
story-no-versions = 还没有给你读的版本。
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = 用在：{ $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = 显示的名字：{ $name }
story-version-awaiting = 在等你的回答
story-version-approved = 你对这一版的每个字都说了“可以”
story-version-declined = 你对这个版本说了“不可以”
story-version-approve = 可以，就用这些话，一个字都不改
story-version-decline = 不可以，不要这样
story-version-saved-yes = 谢谢你。只能用这些话，一个字都不能改。
story-version-saved-no = 谢谢你。这个版本不会被使用。
story-consents-heading = 你的故事可以用在哪里
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = 你说了“可以”，到 { $day } 为止。
story-consent-said-no = 你说了“不可以”。
story-consent-withdraw = 收回我的“可以”
story-consent-renew = 再说一次“可以”
story-consent-give = 说“可以”
story-consent-saved-yes = 已保存。你说了“可以”。
story-consent-saved-no = 已保存。你的故事不会再用在这里了。

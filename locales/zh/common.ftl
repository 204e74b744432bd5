# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = 语言
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = 听一听：{ $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = 找不到这个页面
error-not-found = 这个页面不存在。
error-go-back = 回到开始
# Title of a page that reports a problem.
page-title-error = 出了点问题

# Stories: refusals, and the public story page.
story-error-not-consented = 孩子没有对这件事说“可以”。什么都没有改变。
story-error-needs-js = 讲故事需要一个能运行脚本的浏览器，这样你才能拿到你的秘密图片。什么都没有发送。
story-error-not-approved = 这些话和孩子同意的版本不完全一样。什么都没有发布。
story-error-named = 孩子选择了不用名字。什么都没有发布。
story-error-names-facility = 这些话里提到了孩子们住的地方。什么都没有发布。
public-stories-title = 孩子们的故事
public-stories-intro = 这里的每个故事，用的都是作者自己读过并同意的文字。作者随时可以把它收回。
public-stories-none = 这里还没有故事。

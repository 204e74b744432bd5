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

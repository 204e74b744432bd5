# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = Ngôn ngữ
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = Nghe: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = Không tìm thấy trang
error-not-found = Trang này không tồn tại.
error-go-back = Quay lại trang đầu
# Title of a page that reports a problem.
page-title-error = Đã có lỗi xảy ra

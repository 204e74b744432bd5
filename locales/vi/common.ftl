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

# Stories: refusals, and the public story page.
story-error-not-consented = Trẻ chưa nói “có” với việc này. Không có gì bị thay đổi.
story-error-needs-js = Để kể câu chuyện, em cần một trình duyệt có chạy mã script, để em nhận được các hình bí mật của mình. Chưa có gì được gửi.
story-error-not-approved = Đây không phải đúng những lời mà trẻ đã đồng ý. Không có gì được đăng.
story-error-named = Trẻ đã chọn không dùng tên. Không có gì được đăng.
story-error-names-facility = Những lời này nêu tên một nơi trẻ em đang sống. Không có gì được đăng.
public-stories-title = Câu chuyện của trẻ em
public-stories-intro = Mỗi câu chuyện ở đây được viết bằng đúng những lời mà người kể đã đọc và đồng ý. Người kể có thể rút lại câu chuyện bất cứ lúc nào.
public-stories-none = Chưa có câu chuyện nào ở đây.

# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = Kể cho chúng tôi
intake-heading = Hãy kể cho chúng tôi điều em đang nghĩ trong lòng
intake-locked = Những gì em viết sẽ được khóa lại trước khi rời khỏi thiết bị này. Chỉ những người được chọn để đọc tin nhắn mới mở khóa được.
intake-nojs = Trình duyệt của em không chạy mã script. Máy chủ của chúng tôi sẽ khóa tin nhắn của em ngay khi nó đến, trước khi lưu lại.
intake-label = Tin nhắn của em
intake-hint = Em viết nhiều hay ít tùy ý, bằng ngôn ngữ nào cũng được.
intake-send = Gửi
intake-sending = Đang gửi…
intake-retry = Thử lại

page-title-sent = Tin nhắn của em đã đến
intake-sent-heading = Tin nhắn của em đã đến
intake-sent-body = Tin nhắn đã được lưu và khóa lại. Cảm ơn em đã kể cho chúng tôi.
intake-write-another = Viết một tin nhắn khác
intake-kept-heading = Đã lưu trên thiết bị này
intake-kept-body = Hiện giờ internet không hoạt động. Tin nhắn của em đã được khóa lại và lưu trên thiết bị này. Không ai ở đây đọc được tin nhắn này. Tin nhắn sẽ tự gửi đi khi internet hoạt động lại. Các hình bí mật của em sẽ dùng được sau đó.

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = Tin nhắn của em chưa đến. Những gì em viết vẫn còn ở đây. Em hãy thử lại nhé.
error-empty = Chưa có gì để gửi. Em hãy chọn hoặc viết gì đó trước nhé.
# $max (number) — the largest number of characters a message may have.
error-too-long = Tin nhắn của em quá dài. Em hãy viết ngắn lại: tối đa { $max } ký tự.
error-not-sealed = Thứ được gửi đến không phải là một tin nhắn đã khóa, nên không có gì được lưu.
error-too-large = Thứ được gửi đến quá lớn, nên không có gì được lưu.
error-bad-id = Không nhận ra được tin nhắn này, nên không có gì được lưu. Em hãy mở lại trang và gửi lại nhé.
error-cross-site = Cái này đến từ một trang web khác, nên không có gì được lưu.
error-unavailable = Phía chúng tôi có lỗi, nên không có gì được lưu. Em hãy thử lại sau nhé.
error-bad-form = Biểu mẫu chưa đầy đủ, nên không có gì được lưu. Em hãy mở lại trang nhé.
error-recipients-changed = Trong lúc em viết, phía chúng tôi có thay đổi, nên chưa có gì được lưu. Em hãy bấm “Gửi” lại nhé.

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = Chuyện này liên quan đến nơi nào? (Em có thể bỏ qua.)
intake-place-hint = Nếu em chọn một nơi, không ai làm việc cho nơi đó có thể đọc tin nhắn của em.
intake-place-unsaid = Em không muốn nói
intake-place-elsewhere = Một nơi khác
error-unknown-place = Chúng tôi không biết nơi đó, nên không có gì được lưu. Em hãy chọn nơi khác, hoặc chọn “Em không muốn nói”.
error-proof-needed = Không kiểm tra được tin nhắn của em, nên chưa có gì được lưu. Em hãy bấm “Gửi” lại nhé.
error-too-many = Em đã gửi nhiều tin nhắn từ thiết bị này trong thời gian ngắn, nên tin nhắn này không được lưu. Em hãy đợi một lúc rồi thử lại nhé.
error-busy = Bây giờ có rất nhiều tin nhắn đang gửi đến, nên tin nhắn của em chưa được lưu. Em hãy thử lại sau vài phút nhé. Nếu bây giờ em không an toàn, hãy chọn “Em không an toàn”: những tin nhắn đó sẽ được nhận trước.
error-form-expired = Trang này đã mở quá lâu hoặc đã được dùng rồi, nên không có gì được lưu. Em hãy mở lại trang và gửi tin nhắn của em nhé.

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = Thoát nhanh
# The button that reads a screen aloud with the device's own voice.
read-aloud = Đọc to

# The first screen: what the child wants to share.
share-heading = Em muốn chia sẻ điều gì?
kind-legend = Em muốn chia sẻ điều gì? (Em có thể bỏ qua.)
kind-idea = Một ý tưởng hoặc suy nghĩ của em
kind-idea-hint = Điều gì đó có thể tốt hơn, hoặc em nghĩ gì về một việc nào đó.
kind-worry = Một nỗi lo
kind-worry-hint = Điều làm em buồn, sợ hoặc lo lắng.
kind-complaint = Một lời phàn nàn
kind-complaint-hint = Điều gì đó sai hoặc không công bằng.
kind-unsafe = Em không an toàn
kind-unsafe-hint = Nhận trợ giúp ngay.
kind-story = Kể câu chuyện của em
kind-story-hint = Em quyết định ai được xem.

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = Bước { $n } trên { $total }
step-back = Quay lại
step-next = Tiếp theo

# The honest screen before the first question.
before-heading = Trước khi bắt đầu
before-who-heading = Ai sẽ đọc
before-who = Một vài người đã được đào tạo và được chọn để đọc tin nhắn. Không ai làm việc ở nơi em nêu tên có thể đọc được.
before-next-heading = Điều gì sẽ xảy ra tiếp theo
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
   *[other] Sẽ có người đọc tin nhắn của em trong vòng { $days } ngày.
}
before-cannot-heading = Những điều chúng tôi không thể bảo vệ em
before-cannot = Người nhìn thấy màn hình của em, hoặc người lấy thiết bị này, có thể thấy những gì em viết. Nếu có ai đó đang gặp nguy hiểm, chúng tôi có thể phải báo cho những người có thể giữ an toàn cho người đó.
before-exit = Nếu có ai đến, hãy bấm “Thoát nhanh” hoặc bấm phím Esc ba lần. Trang sẽ biến mất ngay lập tức.
before-start = Em hiểu rồi, bắt đầu

# "I am not safe": help contacts first.
help-heading = Em có thể nhận trợ giúp ngay bây giờ
help-call-now = Nếu em đang gặp nguy hiểm, hãy gọi một trong những số này:
help-no-contacts = Nếu em đang gặp nguy hiểm, hãy gọi số khẩn cấp của quốc gia này.
help-tell-us = Em cũng có thể kể cho chúng tôi điều đang xảy ra. Chúng tôi sẽ đọc tin này trước tiên.

# The questions.
feelings-heading = Em cảm thấy thế nào?
feelings-hint = Em có thể chọn nhiều hơn một, hoặc bỏ qua.
feeling-happy = Vui
feeling-okay = Bình thường
feeling-sad = Buồn
feeling-scared = Sợ
feeling-angry = Tức giận
feeling-worried = Lo lắng
words-label-idea = Ý tưởng của em là gì?
words-label-worry = Điều gì đang làm em lo lắng?
words-label-complaint = Chuyện gì đã xảy ra?
words-label-unsafe = Chuyện gì đang xảy ra? Em đang ở đâu? (Chỉ khi em có thể.)
words-label-story = Hãy kể câu chuyện của em. Em có thể viết ra hoặc nói thành lời.
wish-heading = Em mong điều gì sẽ xảy ra?
wish-hint = Em có thể chọn nhiều hơn một, hoặc bỏ qua.
wish-talk = Em muốn nói chuyện với ai đó
wish-change = Em muốn có điều gì đó thay đổi
wish-just_know = Em chỉ muốn mọi người ở đây biết thôi
wish-not_sure = Em không chắc

# The review before sending.
review-heading = Kiểm tra trước khi gửi
review-kind = Điều em chia sẻ
review-feelings = Em cảm thấy thế nào
review-words = Lời của em
review-place = Nơi
review-wishes = Điều em mong muốn
review-skipped = Em đã bỏ qua phần này.
review-change = Sửa
review-urgent = Chúng tôi sẽ xem đây là việc khẩn cấp.

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = Em vẫn còn ở đây chứ?
kiosk-warning-body = Nếu không ai chạm vào màn hình, mọi thứ trên đó sẽ sớm bị xóa, để người tiếp theo không thể nhìn thấy.
kiosk-stay = Em vẫn ở đây

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = chó
picture-cat = mèo
picture-fish = cá
picture-bird = chim
picture-horse = ngựa
picture-cow = bò
picture-rabbit = thỏ
picture-turtle = rùa
picture-butterfly = bướm
picture-bee = ong
picture-elephant = voi
picture-lion = sư tử
picture-frog = ếch
picture-monkey = khỉ
picture-duck = vịt
picture-owl = cú
picture-apple = táo
picture-banana = chuối
picture-grapes = nho
picture-lemon = chanh
picture-carrot = cà rốt
picture-corn = ngô
picture-bread = bánh mì
picture-cheese = phô mai
picture-egg = trứng
picture-cake = bánh kem
picture-watermelon = dưa hấu
picture-cherries = anh đào
picture-strawberry = dâu tây
picture-pineapple = dứa
picture-mushroom = nấm
picture-pepper = ớt
picture-sun = mặt trời
picture-moon = mặt trăng
picture-star = ngôi sao
picture-cloud = đám mây
picture-rainbow = cầu vồng
picture-flower = bông hoa
picture-tree = cái cây
picture-leaf = chiếc lá
picture-mountain = ngọn núi
picture-shell = vỏ sò
picture-glasses = kính
picture-snowflake = bông tuyết
picture-umbrella = cái ô
picture-house = ngôi nhà
picture-car = ô tô
picture-bicycle = xe đạp
picture-teddy = gấu bông
picture-rocket = tên lửa
picture-train = tàu hỏa
picture-ball = quả bóng
picture-guitar = đàn ghi-ta
picture-drum = cái trống
picture-book = quyển sách
picture-pencil = bút chì
picture-key = chìa khóa
picture-clock = đồng hồ
picture-bell = cái chuông
picture-gift = món quà
picture-balloon = bóng bay
picture-crown = vương miện
picture-shoe = chiếc giày
picture-heart = trái tim

# After sending: the child's code.
code-heading = Những hình bí mật của em
code-body = Với những hình này, em có thể quay lại, đọc câu trả lời của chúng tôi, viết thêm, hoặc rút lại tin nhắn của em. Hãy nhớ chúng theo đúng thứ tự này, hoặc viết ra và cất giữ cẩn thận. Đừng cho ai xem.
code-print = In các hình của em
code-come-back = Quay lại bằng các hình của em

# Coming back with the code.
page-title-back = Quay lại
back-heading = Quay lại bằng các hình bí mật của em
back-hint = Hãy chọn tám hình của em theo đúng thứ tự như lúc đầu.
back-chosen = Các hình em đã chọn
back-remove = Bỏ hình cuối cùng
back-open = Mở
back-opening = Đang mở…
back-not-found = Chúng tôi không tìm thấy tin nhắn nào với những hình này. Em hãy kiểm tra lại và thử lại nhé.
back-too-many = Em đã thử nhiều lần rồi. Em hãy đợi một lúc rồi hãy thử lại nhé.
back-incomplete = Em hãy chọn đủ tám hình nhé.
back-status-heading = Tin nhắn của em đang thế nào
back-status-new = Tin nhắn của em đã đến. Chưa có ai đọc.
back-status-acknowledged = Đã có người đọc tin nhắn của em.
back-status-in_progress = Có người đang xử lý tin nhắn của em.
back-status-waiting_for_child = Chúng tôi đang đợi em. Em hãy đọc câu trả lời của chúng tôi nhé.
back-status-referred = Chúng tôi đã nhờ những người khác có thể giúp đỡ.
back-status-closed = Chúng tôi đã xử lý xong tin nhắn của em.
back-replies-heading = Câu trả lời của chúng tôi
back-no-replies = Chưa có câu trả lời.
back-reply-from-us = Câu trả lời của chúng tôi
back-reply-from-you = Điều em viết thêm
back-add-label = Viết thêm vào tin nhắn của em
back-add = Gửi
back-added = Đã đến rồi. Cảm ơn em.
back-withdraw-heading = Rút lại tin nhắn của em
back-withdraw-body = Nếu em rút lại, chúng tôi sẽ xóa những gì em viết và các câu trả lời của chúng tôi. Việc này không thể hoàn tác.
back-withdraw = Rút lại tin nhắn của em
back-withdraw-confirm = Có, rút lại
back-withdrawn = Tin nhắn của em đã được rút lại và xóa.
back-withdraw-body-urgent = Em đã nói là em không an toàn. Nếu em rút lại tin nhắn này, một người có nhiệm vụ bảo vệ trẻ em vẫn có thể đọc tin nhắn đến hết ngày { $day }, để chắc chắn rằng em an toàn. Sau đó chúng tôi sẽ xóa tin nhắn, cùng với các câu trả lời của chúng tôi. Việc này không thể hoàn tác.
back-withdrawn-urgent = Em đã rút lại tin nhắn của em. Một người có nhiệm vụ bảo vệ trẻ em vẫn có thể đọc tin nhắn đến hết ngày { $day }, để chắc chắn rằng em an toàn. Sau đó tin nhắn sẽ bị xóa.
back-close = Đóng
back-needs-js = Để quay lại, em cần một trình duyệt có chạy mã script, vì các hình bí mật của em được biến thành chìa khóa của em ngay trên thiết bị này.
back-cannot-open = Không thể mở tin nhắn này.

# Recording instead of writing.
voice-hint = Em cũng có thể nói ra thay vì viết. Bản ghi âm cũng được khóa lại giống như lời em viết, trước khi rời khỏi thiết bị này.
voice-record = Ghi âm giọng nói của em
voice-stop = Dừng ghi âm
voice-recording = Đang ghi âm… Bấm “Dừng ghi âm” khi em nói xong.
voice-recorded = Bản ghi âm của em. Em có thể nghe lại trước khi gửi.
voice-delete = Xóa bản ghi âm
voice-refused = Chúng tôi không ghi âm được. Em có thể viết thay vào đó.
review-voice = Bản ghi âm của em
review-voice-yes = Em đã ghi âm một tin nhắn.

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = Một nhóm nhỏ người biên tập câu chuyện sẽ đọc câu chuyện của em. Câu chuyện chỉ được dùng theo những cách mà em nói “có” ở bước tiếp theo.
story-before-help = Nếu bây giờ em không an toàn, hãy quay lại và chọn “Em không an toàn”. Khi đó chúng tôi có thể giúp em ngay.
story-before-next = Tiếp theo, em sẽ quyết định từng nơi một xem câu chuyện của em có được dùng ở đó không. Mọi thứ đều là “không” cho đến khi em nói “có”. Với các hình bí mật của em, em có thể đọc mọi bản đã sửa trước khi bản đó được dùng, nói “có” hoặc “không”, và đổi ý bất cứ lúc nào.
story-sent-body = Câu chuyện của em đã đến. Hãy giữ kỹ các hình bí mật của em: với những hình này, em có thể đọc các bản của câu chuyện, nói “có” hoặc “không”, và đổi ý bất cứ lúc nào.
story-purpose-learning = Chỉ trong tổ chức của chúng tôi
story-purpose-learning-body = Nhóm của chúng tôi có thể đọc câu chuyện của em để học cách giúp trẻ em tốt hơn. Câu chuyện chỉ ở trong tổ chức của chúng tôi.
story-purpose-advocacy = Với những người ra quyết định
story-purpose-advocacy-body = Chúng tôi có thể chia sẻ câu chuyện của em với những người đặt ra quy định và quyết định về trẻ em, để đề nghị thay đổi. Câu chuyện không được công khai.
story-purpose-public = Công khai: trang web và báo cáo của chúng tôi
story-purpose-public-body = Câu chuyện của em có thể được đăng trên trang web hoặc trong báo cáo của chúng tôi, nơi ai cũng đọc được. Chỉ bản mà em đã đồng ý từng chữ mới được dùng.
story-purpose-media = Nhà báo và báo đài
story-purpose-media-body = Chúng tôi có thể đưa câu chuyện của em cho nhà báo, để đăng báo, phát trên radio hoặc TV. Chỉ bản mà em đã đồng ý từng chữ mới được dùng.
story-consent-question = Chúng tôi có được dùng câu chuyện của em cho việc này không?
story-consent-no = Không
story-consent-yes = Có
story-consent-change = Em có thể đổi câu trả lời bất cứ lúc nào bằng các hình bí mật của em.
story-consent-copies = Nếu em rút lại chữ “có”, chúng tôi sẽ ngừng dùng câu chuyện của em ngay. Chúng tôi không thể lấy lại những bản sao đã được trao đi, ví dụ cho một tờ báo.
story-consent-never = Chúng tôi không bao giờ đăng khuôn mặt, địa điểm, tên người trong gia đình em hay tên nơi em sống.
story-naming = Tên của em
story-naming-question = Em muốn dùng tên như thế nào?
story-naming-none = Không dùng tên nào cả
story-naming-made_up = Một tên tự nghĩ ra
story-naming-first_name = Chỉ tên của em, không có họ
story-name-label = Tên sẽ dùng (chỉ khi em đã chọn dùng tên)
story-name-hint = Nếu em chọn “Không dùng tên nào cả”, hãy để trống ô này.
story-age = Tuổi của em
story-age-why = Em không bắt buộc phải nói. Với các em nhỏ tuổi hơn, chúng tôi có thể hỏi thêm một người lớn đáng tin cậy trước khi dùng câu chuyện.
story-age-label = Em bao nhiêu tuổi?
story-age-unsaid = Em không muốn nói

# Coming back to a story.
story-back-heading = Câu chuyện của em
story-back-intro = Ở đây em có thể đọc các bản của câu chuyện và quyết định câu chuyện được dùng ở đâu.
story-versions-heading = Các bản để em đọc
story-no-versions = Chưa có bản nào để em đọc.
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = Bản dành cho: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = Tên hiển thị: { $name }
story-version-awaiting = Đang đợi câu trả lời của em
story-version-approved = Em đã nói “có” với đúng những lời này
story-version-declined = Em đã nói “không” với bản này
story-version-approve = Có, hãy dùng đúng những lời này
story-version-decline = Không, đừng như thế này
story-version-saved-yes = Cảm ơn em. Chỉ đúng những lời này mới được dùng.
story-version-saved-no = Cảm ơn em. Bản này sẽ không được dùng.
story-consents-heading = Câu chuyện của em có thể được dùng ở đâu
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = Em đã nói “có”, đến hết ngày { $day }.
story-consent-said-no = Em đã nói “không”.
story-consent-withdraw = Rút lại chữ “có” của em
story-consent-renew = Nói “có” lại
story-consent-give = Nói “có”
story-consent-saved-yes = Đã lưu. Em đã nói “có”.
story-consent-saved-no = Đã lưu. Câu chuyện của em sẽ không được dùng cho việc này nữa.

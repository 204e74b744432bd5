# Consultations on the child site (see locales/en/consult.ftl).

consult-list-title = Câu hỏi dành cho em
consult-list-intro = Những người ra quyết định về cuộc sống của em muốn biết em nghĩ gì. Tham gia hay không là do em chọn.
consult-list-none = Bây giờ chưa có câu hỏi nào dành cho em.
# Headings of the first screen.
consult-start-audience = Ai đang hỏi, và ai sẽ nhận kết quả
consult-start-why = Việc này để làm gì
consult-start-voluntary = Em tự chọn có tham gia hay không. Em có thể dừng lại bất cứ lúc nào, và ở mỗi câu hỏi em đều có thể chọn “Em không muốn trả lời”.
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = Không ai xem được từng câu trả lời riêng của em, kể cả những người đã đặt câu hỏi. Heard chỉ giữ lại số trẻ em đã chọn mỗi câu trả lời, và không bao giờ hiển thị một nhóm có ít hơn { $k } trẻ em.
consult-start-place = Em đang sống ở đâu? Em không bắt buộc phải nói.
consult-start-age = Em bao nhiêu tuổi? Em không bắt buộc phải nói.
consult-place-none = Em không muốn nói
consult-age-up_to_11 = 11 tuổi trở xuống
consult-age-12_to_14 = Từ 12 đến 14 tuổi
consult-age-15_to_17 = Từ 15 đến 17 tuổi
consult-age-not_said = Em không muốn nói
consult-start-button = Bắt đầu
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = Câu hỏi { $n } trên { $total }
consult-next = Tiếp theo
consult-skip = Em không muốn trả lời
consult-multiple-hint = Em có thể chọn nhiều hơn một.
consult-rank-hint = Em hãy xếp các câu trả lời theo thứ tự: số 1 là điều quan trọng nhất với em.
consult-choose-one = Em hãy chọn một câu trả lời, hoặc bấm “Em không muốn trả lời”.
consult-rank-each = Em hãy cho mỗi câu trả lời một số khác nhau, hoặc bấm “Em không muốn trả lời”.
consult-thanks-title = Cảm ơn em
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = Câu trả lời của em đã được tính. Kết quả sẽ được hiển thị sau ngày { $day }.
consult-thanks-back = Quay lại các câu hỏi
consult-done-before = Em đã trả lời những câu hỏi này trên thiết bị này rồi. Cảm ơn em.
consult-closed = Những câu hỏi này đã đóng rồi.
consult-results-intro = Trẻ em đã nói gì. Kết quả được gửi đến:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
   *[other] { $count } trẻ em đã trả lời.
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = Có ít hơn { $k } trẻ em trả lời câu hỏi này, nên các câu trả lời không được hiển thị.
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = đã ẩn (để bảo vệ các nhóm có ít hơn { $k } trẻ em)
consult-results-option = Câu trả lời
consult-results-count = Số trẻ em
consult-results-group = Nhóm
consult-results-by-place = Theo nơi sống
consult-results-by-region = Theo vùng
consult-results-by-language = Theo ngôn ngữ
consult-results-by-age_band = Theo độ tuổi
consult-results-none-said = Không nói
consult-list-closed = Kết quả của những câu hỏi trước
consult-results-title = Trẻ em đã nói gì
consult-actions-title = Các em đã nói, chúng tôi đã làm
consult-actions-none = Những gì đã được quyết định sẽ được hiển thị ở đây.
consult-action-planned = Đã lên kế hoạch:
consult-action-in_progress = Đang làm:
consult-action-done = Đã làm xong:
consult-action-not_done = Không làm:
consult-action-why = Vì sao:
consult-action-answers = Về câu hỏi:
# A free-text question.
consult-written-label = Em hãy viết câu trả lời ở đây, bằng ngôn ngữ nào cũng được.
consult-written-who-reads = Những gì em viết sẽ được khóa lại trước khi được lưu. Chỉ những người phụ trách các câu hỏi này mới mở khóa được. Lời của em chỉ được cho người khác xem nếu một trong những người đó đã đọc và chọn, và không kèm tên em. Nếu em đã gặp chuyện không hay, em cũng có thể kể cho chúng tôi ở trang đầu.
consult-written-unavailable = Bây giờ chưa viết câu trả lời được. Em hãy bấm “Em không muốn trả lời” để đi tiếp.
consult-written-empty = Em hãy viết gì đó, hoặc bấm “Em không muốn trả lời”.
consult-written-long = Phần này dài quá. Em hãy viết ngắn lại nhé.
consult-results-written = Đã viết câu trả lời
consult-results-quotes = Một vài điều trẻ em đã viết, do một người chọn và kiểm tra:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
   *[other] { $count } quyết định
}, đã làm xong { $done }
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = Những câu hỏi em đã trả lời
consult-back-follow = Ghi nhớ những câu hỏi em đã trả lời hôm nay
consult-back-follow-hint = Sau đó, mỗi lần em quay lại bằng các hình của em, em sẽ thấy ở đây kết quả của những câu hỏi đó. Chỉ người có các hình của em mới xem được danh sách này. Câu trả lời của em không được lưu cùng danh sách này.
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = Em có các hình bí mật từ một tin nhắn em đã gửi không? Khi quay lại bằng các hình đó, em có thể nhờ chúng ghi nhớ những câu hỏi này, và xem ở đó kết quả của những câu hỏi này.
consult-thanks-follow-link = Quay lại bằng các hình của em

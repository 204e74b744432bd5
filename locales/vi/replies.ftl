# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = Cảm ơn em đã kể cho chúng tôi. Chúng tôi đã đọc tin nhắn của em và rất coi trọng điều em nói.
template-not-your-fault = Chuyện đã xảy ra không phải lỗi của em. Em đã làm đúng khi kể cho chúng tôi.
template-tell-more = Chúng tôi muốn hiểu rõ hơn. Chỉ khi em muốn thôi: em có thể kể thêm một chút về chuyện đã xảy ra không?
template-working = Chúng tôi đang giải quyết những gì em đã kể. Chúng tôi sẽ viết lại cho em ở đây.
template-done = Chúng tôi đã làm những gì có thể cho tin nhắn của em. Nếu còn điều gì khác làm em lo lắng, em luôn có thể viết lại cho chúng tôi.

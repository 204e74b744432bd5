# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = 谢谢你告诉我们。我们已经读了你的信息，我们会认真对待。
template-not-your-fault = 发生的事不是你的错。你告诉我们，是做了对的事。
template-tell-more = 我们想更好地了解情况。只在你愿意的情况下：你能再多告诉我们一点发生了什么吗？
template-working = 我们正在处理你告诉我们的事。我们会在这里再给你回信。
template-done = 关于你的信息，我们已经尽力做了能做的事。如果还有别的事让你担心，你随时可以再给我们写信。

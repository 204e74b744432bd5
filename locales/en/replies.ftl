# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = Thank you for telling us. We have read your message, and we take it seriously.
template-not-your-fault = What happened is not your fault. You did the right thing by telling us.
template-tell-more = We would like to understand better. Only if you want to: can you tell us a little more about what happened?
template-working = We are working on what you told us. We will write to you again here.
template-done = We have done what we could about your message. If anything else worries you, you can always write to us again.

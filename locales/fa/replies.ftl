# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = ممنون که به ما گفتی. پیامت را خواندیم و آن را جدی می‌گیریم.
template-not-your-fault = اتفاقی که افتاد تقصیر تو نیست. کار درستی کردی که به ما گفتی.
template-tell-more = دوست داریم بهتر بفهمیم. فقط اگر خودت بخواهی: می‌توانی کمی بیشتر به ما بگویی چه اتفاقی افتاد؟
template-working = داریم روی چیزی که به ما گفتی کار می‌کنیم. دوباره همین‌جا برایت می‌نویسیم.
template-done = هر کاری که می‌توانستیم برای پیامت کردیم. اگر چیز دیگری نگرانت کرد، همیشه می‌توانی دوباره برایمان بنویسی.

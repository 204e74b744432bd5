# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = تشکر که به ما گفتی. ما پیامت را خواندیم و آن را جدی می‌گیریم.
template-not-your-fault = چیزی که اتفاق افتاد، تقصیر تو نیست. کار درستی کردی که به ما گفتی.
template-tell-more = ما می‌خواهیم بهتر بفهمیم. فقط اگر خودت بخواهی: آیا می‌توانی کمی بیشتر در بارهٔ چیزی که اتفاق افتاد، به ما بگویی؟
template-working = ما روی چیزی که به ما گفتی کار می‌کنیم. ما دوباره همین‌جا برایت می‌نویسیم.
template-done = ما هر کاری که از دست ما می‌آمد، در بارهٔ پیامت انجام دادیم. اگر چیز دیگری تو را پریشان ساخت، همیشه می‌توانی دوباره به ما بنویسی.

# Consultations on the child site: questions adults ask children about decisions that affect
# them. Rendered on the server only (never in the child's bundle). Warm, plain, short.

consult-list-title = سؤال‌هایی برای تو
consult-list-intro = کسانی که دربارهٔ زندگی‌ات تصمیم می‌گیرند، می‌خواهند بدانند تو چه فکر می‌کنی. شرکت کردن یا نکردن انتخاب خودت است.
consult-list-none = الان هیچ سؤالی برای تو نیست.
# Headings of the first screen.
consult-start-audience = چه کسی می‌پرسد، و نتیجه‌ها به دست چه کسی می‌رسد
consult-start-why = برای چه کاری است
consult-start-voluntary = خودت انتخاب می‌کنی که شرکت کنی یا نه. هر وقت خواستی می‌توانی دست بکشی، و برای هر سؤال می‌توانی بگویی «نمی‌خواهم جواب بدهم».
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = هیچ‌کس جواب‌هایت را یکی‌یکی نمی‌بیند، حتی کسانی که سؤال‌ها را پرسیده‌اند. Heard فقط نگه می‌دارد که چند بچه هر جواب را انتخاب کرده‌اند، و هیچ‌وقت گروهی را که کمتر از { $k } بچه دارد نشان نمی‌دهد.
consult-start-place = کجا زندگی می‌کنی؟ لازم نیست بگویی.
consult-start-age = چند سالت است؟ لازم نیست بگویی.
consult-place-none = ترجیح می‌دهم نگویم
consult-age-up_to_11 = 11 سال یا کمتر
consult-age-12_to_14 = 12 تا 14 سال
consult-age-15_to_17 = 15 تا 17 سال
consult-age-not_said = ترجیح می‌دهم نگویم
consult-start-button = شروع کنیم
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = سؤال { $n } از { $total }
consult-next = بعدی
consult-skip = نمی‌خواهم جواب بدهم
consult-multiple-hint = می‌توانی بیشتر از یکی انتخاب کنی.
consult-rank-hint = جواب‌ها را به ترتیب شماره بگذار: 1 یعنی چیزی که برای تو از همه مهم‌تر است.
consult-choose-one = یک جواب انتخاب کن، یا «نمی‌خواهم جواب بدهم» را بزن.
consult-rank-each = به هر جواب یک شمارهٔ جدا بده، یا «نمی‌خواهم جواب بدهم» را بزن.
consult-thanks-title = ممنون
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = جواب‌هایت شمرده شدند. نتیجه‌ها بعد از { $day } نشان داده می‌شوند.
consult-thanks-back = برگشت به سؤال‌ها
consult-done-before = تو قبلاً روی این دستگاه به این سؤال‌ها جواب داده‌ای. ممنون.
consult-closed = این سؤال‌ها دیگر بسته شده‌اند.
consult-results-intro = چیزی که بچه‌ها گفتند. نتیجه‌ها به دست این‌ها می‌رسد:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] یک بچه جواب داد.
   *[other] { $count } بچه جواب دادند.
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = کمتر از { $k } بچه به این سؤال جواب دادند، برای همین جواب‌ها نشان داده نمی‌شوند.
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = پنهان (برای محافظت از گروه‌های کمتر از { $k } نفر)
consult-results-option = جواب
consult-results-count = بچه‌ها
consult-results-group = گروه
consult-results-by-place = بر اساس جا
consult-results-by-region = بر اساس منطقه
consult-results-by-language = بر اساس زبان
consult-results-by-age_band = بر اساس سن
consult-results-none-said = گفته نشده
consult-list-closed = سؤال‌های قبلی به چه نتیجه‌ای رسید
consult-results-title = چیزی که بچه‌ها گفتند
consult-actions-title = شما گفتید، ما انجام دادیم
consult-actions-none = هر تصمیمی که گرفته شود، این‌جا نشان داده می‌شود.
consult-action-planned = قرار است انجام شود:
consult-action-in_progress = الان در حال انجام است:
consult-action-done = انجام شد:
consult-action-not_done = انجام نشد:
consult-action-why = چرا:
consult-action-answers = دربارهٔ سؤال:
# A free-text question.
consult-written-label = جوابت را این‌جا بنویس، به هر زبانی که دوست داری.
consult-written-who-reads = چیزی که می‌نویسی، پیش از آنکه ذخیره شود، قفل می‌شود. فقط کسانی که مسئول این سؤال‌ها هستند می‌توانند قفلش را باز کنند. نوشته‌هایت فقط وقتی به دیگران نشان داده می‌شود که یکی از همین آدم‌ها آن را خوانده و انتخاب کرده باشد، بدون اسم تو. اگر اتفاق بدی برایت افتاده، می‌توانی در صفحهٔ اول هم به ما بگویی.
consult-written-unavailable = الان نمی‌شود جواب نوشت. برای ادامه «نمی‌خواهم جواب بدهم» را بزن.
consult-written-empty = چیزی بنویس، یا «نمی‌خواهم جواب بدهم» را بزن.
consult-written-long = این خیلی طولانی است. لطفاً کوتاه‌ترش کن.
consult-results-written = جواب نوشتند
consult-results-quotes = بخشی از چیزهایی که بچه‌ها نوشتند، که یک نفر آن‌ها را انتخاب و بررسی کرده است:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] یک تصمیم
   *[other] { $count } تصمیم
}، انجام شد: { $done }
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = سؤال‌هایی که جواب داده‌ای
consult-back-follow = سؤال‌هایی را که امروز جواب دادم به خاطر بسپار
consult-back-follow-hint = بعد از این، هر بار که با عکس‌هایت برگردی، این‌جا می‌بینی آن سؤال‌ها به چه نتیجه‌ای رسید. فقط کسی که عکس‌هایت را دارد می‌تواند این فهرست را ببیند. جواب‌هایت همراه این فهرست نگه داشته نمی‌شوند.
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = از پیامی که فرستاده‌ای عکس‌های مخفی داری؟ وقتی با آن‌ها برگردی، می‌توانی از آن‌ها بخواهی این سؤال‌ها را به خاطر بسپارند، و همان‌جا ببینی این سؤال‌ها به چه نتیجه‌ای رسید.
consult-thanks-follow-link = برگشتن با عکس‌هایم

# Consultations on the child site: questions adults ask children about decisions that affect
# them. Rendered on the server only (never in the child's bundle). Warm, plain, short.

consult-list-title = سوال‌هایی برای تو
consult-list-intro = کسانی که در بارهٔ زندگی تو فیصله می‌کنند، می‌خواهند بدانند که تو چه فکر می‌کنی. اینکه سهم بگیری یا نه، انتخاب خودت است.
consult-list-none = فعلاً هیچ سوالی برای تو نیست.
# Headings of the first screen.
consult-start-audience = کی سوال می‌کند، و نتیجه‌ها به کی داده می‌شود
consult-start-why = این برای چه است
consult-start-voluntary = خودت انتخاب می‌کنی که سهم بگیری یا نه. هر وقتی که بخواهی می‌توانی بس کنی، و در هر سوال می‌توانی بگویی «نمی‌خواهم جواب بدهم».
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = هیچ کسی جواب‌های تو را یکی‌یکی نمی‌بیند، حتی کسانی که سوال کرده‌اند. Heard فقط این را نگه می‌کند که چند طفل هر جواب را انتخاب کرده‌اند، و هیچ وقت گروهی را که کمتر از { $k } طفل داشته باشد، نشان نمی‌دهد.
consult-start-place = در کجا زندگی می‌کنی؟ لازم نیست بگویی.
consult-start-age = چند سال داری؟ لازم نیست بگویی.
consult-place-none = نمی‌خواهم بگویم
consult-age-up_to_11 = 11 سال یا کمتر
consult-age-12_to_14 = 12 تا 14 سال
consult-age-15_to_17 = 15 تا 17 سال
consult-age-not_said = نمی‌خواهم بگویم
consult-start-button = شروع کنیم
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = سوال { $n } از { $total }
consult-next = بعدی
consult-skip = نمی‌خواهم جواب بدهم
consult-multiple-hint = می‌توانی بیشتر از یکی را انتخاب کنی.
consult-rank-hint = جواب‌ها را به ترتیب شماره بده: 1 یعنی چیزی که برای تو از همه مهم‌تر است.
consult-choose-one = یک جواب را انتخاب کن، یا «نمی‌خواهم جواب بدهم» را فشار بده.
consult-rank-each = به هر جواب یک شمارهٔ جداگانه بده، یا «نمی‌خواهم جواب بدهم» را فشار بده.
consult-thanks-title = تشکر
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = جواب‌هایت شمرده شد. نتیجه‌ها بعد از { $day } نشان داده می‌شوند.
consult-thanks-back = پس به سوال‌ها
consult-done-before = تو قبلاً در این دستگاه به این سوال‌ها جواب داده‌ای. تشکر.
consult-closed = این سوال‌ها حالا بسته شده‌اند.
consult-results-intro = چیزی که اطفال گفتند. نتیجه‌ها به این‌ها داده می‌شود:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] یک طفل جواب داد.
   *[other] { $count } طفل جواب دادند.
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = کمتر از { $k } طفل به این سوال جواب دادند، به همین دلیل جواب‌ها نشان داده نمی‌شوند.
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = پنهان (برای محافظت از گروه‌های کمتر از { $k } نفر)
consult-results-option = جواب
consult-results-count = اطفال
consult-results-group = گروه
consult-results-by-place = بر اساس جای
consult-results-by-region = بر اساس منطقه
consult-results-by-language = بر اساس زبان
consult-results-by-age_band = بر اساس سن
consult-results-none-said = گفته نشده
consult-list-closed = سوال‌های قبلی به چه نتیجه‌ای رسید
consult-results-title = چیزی که اطفال گفتند
consult-actions-title = شما گفتید، ما انجام دادیم
consult-actions-none = هر چیزی که فیصله شود، این‌جا نشان داده می‌شود.
consult-action-planned = قرار است انجام شود:
consult-action-in_progress = حالا در حال انجام است:
consult-action-done = انجام شد:
consult-action-not_done = انجام نشد:
consult-action-why = چرا:
consult-action-answers = در بارهٔ سوال:
# A free-text question.
consult-written-label = جوابت را این‌جا بنویس، به هر زبانی که می‌خواهی.
consult-written-who-reads = چیزی که می‌نویسی، پیش از اینکه ذخیره شود، قفل می‌شود. فقط کسانی که مسئول این سوال‌ها هستند، می‌توانند قفل آن را باز کنند. نوشته‌هایت فقط وقتی به دیگران نشان داده می‌شود که یکی از همین کسان آن را خوانده و انتخاب کرده باشد، بدون نام تو. اگر برایت کدام اتفاق بد افتاده، می‌توانی در صفحهٔ اول هم به ما بگویی.
consult-written-unavailable = فعلاً نوشتن جواب ممکن نیست. برای ادامه «نمی‌خواهم جواب بدهم» را فشار بده.
consult-written-empty = چیزی بنویس، یا «نمی‌خواهم جواب بدهم» را فشار بده.
consult-written-long = این بسیار دراز است. لطفاً آن را کوتاه‌تر کن.
consult-results-written = جواب نوشتند
consult-results-quotes = قسمتی از چیزهایی که اطفال نوشتند، که یک نفر آن‌ها را انتخاب و بررسی کرده است:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] یک فیصله
   *[other] { $count } فیصله
}، انجام شد: { $done }
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = سوال‌هایی که جواب داده‌ای
consult-back-follow = سوال‌هایی را که امروز جواب دادم به یاد داشته باش
consult-back-follow-hint = بعد از این، هر باری که با عکس‌هایت پس بیایی، این‌جا می‌بینی که آن سوال‌ها به چه نتیجه‌ای رسید. فقط کسی که عکس‌هایت را دارد می‌تواند این فهرست را ببیند. جواب‌هایت همراه این فهرست نگه‌داری نمی‌شوند.
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = از پیامی که فرستاده‌ای عکس‌های پنهانی داری؟ وقتی با آن‌ها پس بیایی، می‌توانی از آن‌ها بخواهی که این سوال‌ها را به یاد داشته باشند، و همان‌جا ببینی که این سوال‌ها به چه نتیجه‌ای رسید.
consult-thanks-follow-link = پس آمدن با عکس‌هایم

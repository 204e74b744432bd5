# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = به ما بگو
intake-heading = هر چه در دلت هست به ما بگو
intake-locked = چیزی که می‌نویسی، پیش از آنکه از این دستگاه بیرون برود، قفل می‌شود. فقط کسانی که برای خواندن پیام‌ها انتخاب شده‌اند می‌توانند قفلش را باز کنند.
intake-nojs = مرورگرت اسکریپت‌ها را اجرا نمی‌کند. سرور ما پیامت را همان لحظه‌ای که برسد، پیش از ذخیره کردن، قفل می‌کند.
intake-label = پیام تو
intake-hint = هر قدر که دوست داری بنویس، کم یا زیاد، به هر زبانی.
intake-send = بفرست
intake-sending = در حال فرستادن…
intake-retry = دوباره امتحان کن

page-title-sent = پیامت رسید
intake-sent-heading = پیامت رسید
intake-sent-body = پیامت ذخیره و قفل شد. ممنون که به ما گفتی.
intake-write-another = یک پیام دیگر بنویس
intake-kept-heading = روی این دستگاه ذخیره شد
intake-kept-body = اینترنت الان کار نمی‌کند. پیامت قفل شد و روی این دستگاه ذخیره شد. هیچ‌کس اینجا نمی‌تواند آن را بخواند. وقتی اینترنت دوباره کار کند، خودش فرستاده می‌شود. عکس‌های مخفی‌ات بعد از آن کار می‌کنند.

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = پیامت هنوز نرسیده است. حرف‌هایت هنوز اینجا هستند. لطفاً دوباره امتحان کن.
error-empty = هنوز چیزی برای فرستادن نیست. لطفاً اول چیزی انتخاب کن یا بنویس.
# $max (number) — the largest number of characters a message may have.
error-too-long = پیامت خیلی طولانی است. لطفاً کوتاه‌ترش کن: حداکثر { $max } حرف.
error-not-sealed = چیزی که رسید پیام قفل‌شده نبود، برای همین چیزی ذخیره نشد.
error-too-large = چیزی که رسید خیلی بزرگ بود، برای همین چیزی ذخیره نشد.
error-bad-id = این پیام شناخته نشد، برای همین چیزی ذخیره نشد. لطفاً صفحه را دوباره باز کن و پیام را دوباره بفرست.
error-cross-site = این از یک وب‌سایت دیگر آمده بود، برای همین چیزی ذخیره نشد.
error-unavailable = از طرف ما مشکلی پیش آمد، برای همین چیزی ذخیره نشد. لطفاً بعداً دوباره امتحان کن.
error-bad-form = فرم کامل نبود، برای همین چیزی ذخیره نشد. لطفاً صفحه را دوباره باز کن.
error-recipients-changed = وقتی داشتی می‌نوشتی، چیزی از طرف ما تغییر کرد، برای همین هنوز چیزی ذخیره نشده است. لطفاً دوباره «بفرست» را بزن.

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = این دربارهٔ کدام جاست؟ (می‌توانی از این بگذری.)
intake-place-hint = اگر جایی را انتخاب کنی، هیچ‌کس که برای آنجا کار می‌کند نمی‌تواند پیامت را بخواند.
intake-place-unsaid = ترجیح می‌دهم نگویم
intake-place-elsewhere = یک جای دیگر
error-unknown-place = ما آن جا را نمی‌شناسیم، برای همین چیزی ذخیره نشد. لطفاً جای دیگری را انتخاب کن، یا «ترجیح می‌دهم نگویم» را.
error-proof-needed = نتوانستیم پیامت را بررسی کنیم، برای همین هنوز چیزی ذخیره نشده است. لطفاً دوباره «بفرست» را بزن.
error-too-many = در مدت کوتاهی پیام‌های زیادی از این دستگاه فرستادی، برای همین این یکی ذخیره نشد. لطفاً کمی صبر کن و دوباره امتحان کن.
error-busy = الان پیام‌های خیلی زیادی دارند می‌رسند، برای همین پیامت هنوز ذخیره نشده است. لطفاً چند دقیقه بعد دوباره امتحان کن. اگر الان در امان نیستی، «من در امان نیستم» را انتخاب کن: آن پیام‌ها اول پذیرفته می‌شوند.
error-form-expired = این صفحه مدت زیادی باز مانده بود یا قبلاً استفاده شده بود، برای همین چیزی ذخیره نشد. لطفاً صفحه را دوباره باز کن و پیامت را بفرست.

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = خروج سریع
# The button that reads a screen aloud with the device's own voice.
read-aloud = بلند بخوان

# The first screen: what the child wants to share.
share-heading = دوست داری چه چیزی را با ما در میان بگذاری؟
kind-legend = دوست داری چه چیزی را با ما در میان بگذاری؟ (می‌توانی از این بگذری.)
kind-idea = یک فکر یا نظرم
kind-idea-hint = چیزی که می‌تواند بهتر شود، یا نظرت دربارهٔ چیزی.
kind-worry = یک نگرانی
kind-worry-hint = چیزی که تو را غمگین، ترسان یا نگران می‌کند.
kind-complaint = یک شکایت
kind-complaint-hint = چیزی که اشتباه یا ناعادلانه بود.
kind-unsafe = من در امان نیستم
kind-unsafe-hint = همین حالا کمک بگیر.
kind-story = داستانم را تعریف می‌کنم
kind-story-hint = خودت تصمیم می‌گیری چه کسی آن را ببیند.

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = مرحلهٔ { $n } از { $total }
step-back = برگشت
step-next = بعدی

# The honest screen before the first question.
before-heading = پیش از شروع
before-who-heading = چه کسی آن را می‌خواند
before-who = چند نفر آموزش‌دیده که برای خواندن پیام‌ها انتخاب شده‌اند. هیچ‌کس که در جایی که نام می‌بری کار می‌کند نمی‌تواند آن را بخواند.
before-next-heading = بعد چه می‌شود
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] یک نفر ظرف یک روز آن را می‌خواند.
   *[other] یک نفر ظرف { $days } روز آن را می‌خواند.
}
before-cannot-heading = از چه چیزهایی نمی‌توانیم از تو محافظت کنیم
before-cannot = کسی که صفحه‌ات را ببیند، یا این دستگاه را بردارد، می‌تواند ببیند چه می‌نویسی. اگر کسی در خطر باشد، شاید مجبور شویم به کسانی خبر بدهیم که می‌توانند از او محافظت کنند.
before-exit = اگر کسی آمد، «خروج سریع» را بزن یا سه بار کلید Esc را بزن. صفحه فوراً ناپدید می‌شود.
before-start = فهمیدم، شروع کنیم

# "I am not safe": help contacts first.
help-heading = همین حالا می‌توانی کمک بگیری
help-call-now = اگر همین حالا در خطری، به یکی از این شماره‌ها زنگ بزن:
help-no-contacts = اگر همین حالا در خطری، به شمارهٔ اورژانس این کشور زنگ بزن.
help-tell-us = می‌توانی به ما هم بگویی چه اتفاقی دارد می‌افتد. ما اول آن را می‌خوانیم.

# The questions.
feelings-heading = چه حسی داری؟
feelings-hint = می‌توانی بیشتر از یکی انتخاب کنی، یا از این بگذری.
feeling-happy = خوشحال
feeling-okay = خوب
feeling-sad = غمگین
feeling-scared = ترسیده
feeling-angry = عصبانی
feeling-worried = نگران
words-label-idea = فکرت چیست؟
words-label-worry = چه چیزی نگرانت کرده است؟
words-label-complaint = چه اتفاقی افتاد؟
words-label-unsafe = چه اتفاقی دارد می‌افتد؟ کجا هستی؟ (فقط اگر می‌توانی.)
words-label-story = داستانت را تعریف کن. می‌توانی آن را بنویسی یا بلند بگویی.
wish-heading = دوست داری چه اتفاقی بیفتد؟
wish-hint = می‌توانی بیشتر از یکی انتخاب کنی، یا از این بگذری.
wish-talk = می‌خواهم با کسی حرف بزنم
wish-change = می‌خواهم چیزی تغییر کند
wish-just_know = فقط می‌خواهم شما بدانید
wish-not_sure = مطمئن نیستم

# The review before sending.
review-heading = پیش از فرستادن نگاه کن
review-kind = چیزی که در میان می‌گذاری
review-feelings = حس تو
review-words = حرف‌های تو
review-place = جا
review-wishes = چیزی که دوست داری
review-skipped = از این گذشتی.
review-change = تغییر بده
review-urgent = ما این را یک موضوع فوری به حساب می‌آوریم.

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = هنوز اینجایی؟
kiosk-warning-body = اگر کسی به صفحه دست نزند، همه‌چیز روی آن به‌زودی پاک می‌شود تا نفر بعدی نتواند آن را ببیند.
kiosk-stay = هنوز اینجا هستم

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = سگ
picture-cat = گربه
picture-fish = ماهی
picture-bird = پرنده
picture-horse = اسب
picture-cow = گاو
picture-rabbit = خرگوش
picture-turtle = لاک‌پشت
picture-butterfly = پروانه
picture-bee = زنبور
picture-elephant = فیل
picture-lion = شیر
picture-frog = قورباغه
picture-monkey = میمون
picture-duck = اردک
picture-owl = جغد
picture-apple = سیب
picture-banana = موز
picture-grapes = انگور
picture-lemon = لیمو
picture-carrot = هویج
picture-corn = ذرت
picture-bread = نان
picture-cheese = پنیر
picture-egg = تخم‌مرغ
picture-cake = کیک
picture-watermelon = هندوانه
picture-cherries = گیلاس
picture-strawberry = توت‌فرنگی
picture-pineapple = آناناس
picture-mushroom = قارچ
picture-pepper = فلفل
picture-sun = خورشید
picture-moon = ماه
picture-star = ستاره
picture-cloud = ابر
picture-rainbow = رنگین‌کمان
picture-flower = گل
picture-tree = درخت
picture-leaf = برگ
picture-mountain = کوه
picture-shell = صدف
picture-glasses = عینک
picture-snowflake = دانهٔ برف
picture-umbrella = چتر
picture-house = خانه
picture-car = ماشین
picture-bicycle = دوچرخه
picture-teddy = خرس عروسکی
picture-rocket = موشک
picture-train = قطار
picture-ball = توپ
picture-guitar = گیتار
picture-drum = طبل
picture-book = کتاب
picture-pencil = مداد
picture-key = کلید
picture-clock = ساعت
picture-bell = زنگ
picture-gift = هدیه
picture-balloon = بادکنک
picture-crown = تاج
picture-shoe = کفش
picture-heart = قلب

# After sending: the child's code.
code-heading = عکس‌های مخفی تو
code-body = با این عکس‌ها می‌توانی برگردی، جواب ما را بخوانی، چیزی اضافه کنی، یا پیامت را پس بگیری. آن‌ها را به همین ترتیب به خاطر بسپار، یا یادداشتشان کن و جای امنی نگه دار. آن‌ها را به هیچ‌کس نشان نده.
code-print = عکس‌هایم را چاپ کن
code-come-back = برگشتن با عکس‌هایم

# Coming back with the code.
page-title-back = برگشتن
back-heading = با عکس‌های مخفی‌ات برگرد
back-hint = هشت عکست را به همان ترتیب انتخاب کن.
back-chosen = عکس‌هایی که تا حالا انتخاب کرده‌ای
back-remove = آخرین عکس را بردار
back-open = باز کن
back-opening = در حال باز کردن…
back-not-found = پیامی با این عکس‌ها پیدا نکردیم. لطفاً آن‌ها را دوباره نگاه کن و باز امتحان کن.
back-too-many = چند بار امتحان کرده‌ای. لطفاً پیش از اینکه دوباره امتحان کنی، کمی صبر کن.
back-incomplete = لطفاً هر هشت عکس را انتخاب کن.
back-status-heading = پیامت در چه حالی است
back-status-new = پیامت رسید. هنوز کسی آن را نخوانده است.
back-status-acknowledged = کسی پیامت را خوانده است.
back-status-in_progress = کسی دارد روی پیامت کار می‌کند.
back-status-waiting_for_child = منتظر تو هستیم. لطفاً جواب ما را بخوان.
back-status-referred = از افراد دیگری که می‌توانند کمک کنند، کمک خواستیم.
back-status-closed = کار ما با پیامت تمام شد.
back-replies-heading = جواب‌های ما
back-no-replies = هنوز جوابی نیامده است.
back-reply-from-us = جواب ما
back-reply-from-you = چیزی که تو اضافه کردی
back-add-label = چیزی به پیامت اضافه کن
back-add = بفرست
back-added = رسید. ممنون.
back-withdraw-heading = پیامت را پس بگیر
back-withdraw-body = اگر آن را پس بگیری، ما نوشته‌هایت و جواب‌های خودمان را پاک می‌کنیم. دیگر نمی‌شود آن را برگرداند.
back-withdraw = پیامم را پس بگیر
back-withdraw-confirm = بله، پسش بگیر
back-withdrawn = پیامت پس گرفته و پاک شد.
back-withdraw-body-urgent = گفتی که در امان نیستی. اگر این پیام را پس بگیری، کسی که کارش محافظت از بچه‌هاست، هنوز تا { $day } می‌تواند آن را بخواند، برای اینکه مطمئن شود در امان هستی. بعد از آن، آن را همراه با جواب‌هایمان پاک می‌کنیم. دیگر نمی‌شود آن را برگرداند.
back-withdrawn-urgent = پیامت را پس گرفتی. کسی که کارش محافظت از بچه‌هاست، هنوز تا { $day } می‌تواند آن را بخواند، برای اینکه مطمئن شود در امان هستی. بعد از آن، پاک می‌شود.
back-close = بستن
back-needs-js = برای برگشتن، مرورگری لازم است که اسکریپت‌ها را اجرا کند، چون عکس‌های مخفی‌ات روی همین دستگاه به کلید تو تبدیل می‌شوند.
back-cannot-open = این پیام باز نمی‌شود.

# Recording instead of writing.
voice-hint = به جای نوشتن، می‌توانی آن را بلند هم بگویی. صدایت هم مثل نوشته‌هایت، پیش از آنکه از این دستگاه بیرون برود، قفل می‌شود.
voice-record = صدایم را ضبط کن
voice-stop = توقف ضبط
voice-recording = در حال ضبط… وقتی تمام شد، «توقف ضبط» را بزن.
voice-recorded = صدای ضبط‌شده‌ات. می‌توانی پیش از فرستادن به آن گوش بدهی.
voice-delete = ضبط را پاک کن
voice-refused = نتوانستیم ضبط کنیم. می‌توانی به جایش بنویسی.
review-voice = صدای ضبط‌شده‌ات
review-voice-yes = یک پیام صوتی ضبط کردی.

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = یک گروه کوچک که روی داستان‌ها کار می‌کنند، داستانت را می‌خوانند. از داستانت فقط به شکل‌هایی استفاده می‌شود که در مرحله‌های بعد به آن‌ها «بله» بگویی.
story-before-help = اگر الان در امان نیستی، برگرد و «من در امان نیستم» را انتخاب کن. آن‌وقت می‌توانیم فوراً کمکت کنیم.
story-before-next = در مرحله‌های بعد، یکی‌یکی تصمیم می‌گیری داستانت کجا می‌تواند استفاده شود. همه‌چیز «نه» است تا وقتی که خودت «بله» بگویی. با عکس‌های مخفی‌ات می‌توانی هر نسخهٔ تغییرکرده را پیش از استفاده بخوانی، به آن «بله» یا «نه» بگویی، و هر وقت خواستی نظرت را عوض کنی.
story-sent-body = داستانت رسید. عکس‌های مخفی‌ات را نگه دار: با آن‌ها می‌توانی نسخه‌های داستانت را بخوانی، «بله» یا «نه» بگویی، و هر وقت خواستی نظرت را عوض کنی.
story-purpose-learning = فقط داخل سازمان ما
story-purpose-learning-body = شاید گروه ما داستانت را بخواند تا یاد بگیرد چطور به بچه‌ها بهتر کمک کند. داستانت داخل سازمان ما می‌ماند.
story-purpose-advocacy = با کسانی که تصمیم می‌گیرند
story-purpose-advocacy-body = شاید داستانت را به کسانی نشان بدهیم که دربارهٔ بچه‌ها قانون می‌گذارند و تصمیم می‌گیرند، تا از آن‌ها بخواهیم چیزها را تغییر بدهند. داستانت برای همه منتشر نمی‌شود.
story-purpose-public = برای همه: وب‌سایت و گزارش‌های ما
story-purpose-public-body = شاید داستانت در وب‌سایت یا گزارش‌های ما بیاید، جایی که هر کسی می‌تواند آن را بخواند. فقط نسخه‌ای استفاده می‌شود که تو تک‌تک کلمه‌هایش را قبول کرده باشی.
story-purpose-media = خبرنگاران و رسانه‌ها
story-purpose-media-body = شاید داستانت را به خبرنگاران بدهیم، برای روزنامه، رادیو یا تلویزیون. فقط نسخه‌ای استفاده می‌شود که تو تک‌تک کلمه‌هایش را قبول کرده باشی.
story-consent-question = می‌توانیم از داستانت برای این کار استفاده کنیم؟
story-consent-no = نه
story-consent-yes = بله
story-consent-change = هر وقت خواستی، با عکس‌های مخفی‌ات می‌توانی جوابت را عوض کنی.
story-consent-copies = اگر «بله»‌ات را پس بگیری، فوراً دیگر از داستانت استفاده نمی‌کنیم. ولی نسخه‌هایی را که قبلاً به کسی داده شده، مثلاً به یک روزنامه، نمی‌توانیم پس بگیریم.
story-consent-never = ما هیچ‌وقت چهره‌ها، جاها، اسم اعضای خانواده‌ات یا اسم جایی را که زندگی می‌کنی منتشر نمی‌کنیم.
story-naming = اسم تو
story-naming-question = دوست داری کنار داستانت چه اسمی بیاید؟
story-naming-none = بدون هیچ اسمی
story-naming-made_up = یک اسم ساختگی (نه اسم واقعی‌ام)
story-naming-first_name = فقط اسم کوچکم
story-name-label = اسمی که استفاده شود (فقط اگر اسمی را انتخاب کردی)
story-name-hint = اگر «بدون هیچ اسمی» را انتخاب کردی، این را خالی بگذار.
story-age = سن تو
story-age-why = لازم نیست آن را بگویی. برای بچه‌های کوچک‌تر، شاید پیش از استفاده از داستانت، از یک بزرگ‌تر مورد اعتماد هم پرسیده شود.
story-age-label = چند سالت است؟
story-age-unsaid = ترجیح می‌دهم نگویم

# Coming back to a story.
story-back-heading = داستان تو
story-back-intro = اینجا می‌توانی نسخه‌های داستانت را بخوانی و تصمیم بگیری کجا می‌تواند استفاده شود.
story-versions-heading = نسخه‌هایی برای خواندن تو
story-no-versions = هنوز نسخه‌ای برای خواندن تو نیست.
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = نسخه برای: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = اسمی که نشان داده می‌شود: { $name }
story-version-awaiting = منتظر جواب تو
story-version-approved = به همین کلمه‌ها «بله» گفتی
story-version-declined = به این نسخه «نه» گفتی
story-version-approve = بله، همین کلمه‌ها را استفاده کنید
story-version-decline = نه، این‌طوری نه
story-version-saved-yes = ممنون. فقط همین کلمه‌ها می‌توانند استفاده شوند.
story-version-saved-no = ممنون. از این نسخه استفاده نمی‌شود.
story-consents-heading = داستانت کجا می‌تواند استفاده شود
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = «بله» گفتی، تا { $day }.
story-consent-said-no = «نه» گفتی.
story-consent-withdraw = «بله» را پس می‌گیرم
story-consent-renew = دوباره «بله» می‌گویم
story-consent-give = «بله» می‌گویم
story-consent-saved-yes = ذخیره شد. «بله» گفتی.
story-consent-saved-no = ذخیره شد. دیگر از داستانت برای این کار استفاده نمی‌شود.

# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = به ما بگو
intake-heading = هر چه در دلت است، به ما بگو
intake-locked = چیزی که می‌نویسی، پیش از اینکه از این دستگاه بیرون شود، قفل می‌شود. فقط کسانی که برای خواندن پیام‌ها انتخاب شده‌اند، می‌توانند قفل آن را باز کنند.
intake-nojs = براوزر تو سکریپت‌ها را اجرا نمی‌کند. سرور ما پیامت را همان لحظه‌ای که برسد، پیش از ذخیره کردن، قفل می‌کند.
intake-label = پیام تو
intake-hint = هر قدر که می‌خواهی، کم یا زیاد، به هر زبانی که می‌خواهی بنویس.
intake-send = بفرست
intake-sending = در حال فرستادن…
intake-retry = دوباره کوشش کن

page-title-sent = پیامت رسید
intake-sent-heading = پیامت رسید
intake-sent-body = پیامت ذخیره و قفل شد. تشکر که به ما گفتی.
intake-write-another = یک پیام دیگر بنویس
intake-kept-heading = روی این دستگاه ذخیره شد
intake-kept-body = انترنت فعلاً کار نمی‌کند. پیامت قفل شد و روی این دستگاه ذخیره شد. هیچ کس در اینجا آن را خوانده نمی‌تواند. وقتی انترنت دوباره کار کند، خودش فرستاده می‌شود. عکس‌های پنهانی‌ات بعد از آن کار می‌کنند.

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = پیامت هنوز نرسیده است. نوشته‌هایت هنوز اینجا هستند. لطفاً دوباره کوشش کن.
error-empty = هنوز چیزی برای فرستادن نیست. لطفاً اول چیزی را انتخاب کن یا بنویس.
# $max (number) — the largest number of characters a message may have.
error-too-long = پیامت بسیار دراز است. لطفاً آن را کوتاه‌تر کن: بیشتر از { $max } حرف نباشد.
error-not-sealed = چیزی که رسید، پیام قفل‌شده نبود، به همین دلیل هیچ چیزی ذخیره نشد.
error-too-large = چیزی که رسید، بسیار کلان بود، به همین دلیل هیچ چیزی ذخیره نشد.
error-bad-id = این پیام شناخته نشد، به همین دلیل هیچ چیزی ذخیره نشد. لطفاً صفحه را دوباره باز کن و پیام را دوباره بفرست.
error-cross-site = این از یک ویب‌سایت دیگر آمده بود، به همین دلیل هیچ چیزی ذخیره نشد.
error-unavailable = از طرف ما یک مشکل پیش آمد، به همین دلیل هیچ چیزی ذخیره نشد. لطفاً بعداً دوباره کوشش کن.
error-bad-form = فورم پوره نبود، به همین دلیل هیچ چیزی ذخیره نشد. لطفاً صفحه را دوباره باز کن.
error-recipients-changed = وقتی که می‌نوشتی، از طرف ما چیزی تغییر کرد، به همین دلیل هنوز هیچ چیزی ذخیره نشده است. لطفاً دوباره «بفرست» را فشار بده.

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = این در بارهٔ کدام جای است؟ (می‌توانی از این تیر شوی.)
intake-place-hint = اگر یک جای را انتخاب کنی، هیچ کسی که در آنجا کار می‌کند، پیامت را خوانده نمی‌تواند.
intake-place-unsaid = نمی‌خواهم بگویم
intake-place-elsewhere = یک جای دیگر
error-unknown-place = ما آن جای را نمی‌شناسیم، به همین دلیل هیچ چیزی ذخیره نشد. لطفاً یک جای دیگر را انتخاب کن، یا «نمی‌خواهم بگویم» را.
error-proof-needed = ما پیامت را بررسی کرده نتوانستیم، به همین دلیل هنوز هیچ چیزی ذخیره نشده است. لطفاً دوباره «بفرست» را فشار بده.
error-too-many = تو در یک وقت کم، پیام‌های زیادی از این دستگاه فرستادی، به همین دلیل این پیام ذخیره نشد. لطفاً کمی صبر کن و دوباره کوشش کن.
error-busy = همین حالا پیام‌های بسیار زیادی می‌رسند، به همین دلیل پیامت هنوز ذخیره نشده است. لطفاً چند دقیقه بعد دوباره کوشش کن. اگر حالا در امان نیستی، «من در امان نیستم» را انتخاب کن: آن پیام‌ها پیش از همه پذیرفته می‌شوند.
error-form-expired = این صفحه وقت زیادی باز مانده بود یا قبلاً استفاده شده بود، به همین دلیل هیچ چیزی ذخیره نشد. لطفاً صفحه را دوباره باز کن و پیامت را بفرست.

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = خروج سریع
# The button that reads a screen aloud with the device's own voice.
read-aloud = بلند بخوان

# The first screen: what the child wants to share.
share-heading = چه چیزی را می‌خواهی با ما شریک بسازی؟
kind-legend = چه چیزی را می‌خواهی با ما شریک بسازی؟ (می‌توانی از این تیر شوی.)
kind-idea = یک فکر یا نظر من
kind-idea-hint = چیزی که می‌تواند بهتر شود، یا نظر تو در بارهٔ چیزی.
kind-worry = یک تشویش
kind-worry-hint = چیزی که تو را غمگین، ترسان یا پریشان می‌سازد.
kind-complaint = یک شکایت
kind-complaint-hint = چیزی که نادرست یا ناعادلانه بود.
kind-unsafe = من در امان نیستم
kind-unsafe-hint = همین حالا کمک بگیر.
kind-story = قصهٔ خود را می‌گویم
kind-story-hint = خودت فیصله می‌کنی که کی آن را دیده می‌تواند.

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = قدم { $n } از { $total }
step-back = پس
step-next = بعدی

# The honest screen before the first question.
before-heading = پیش از شروع
before-who-heading = کی آن را می‌خواند
before-who = چند نفر آموزش‌دیده که برای خواندن پیام‌ها انتخاب شده‌اند. هیچ کسی که در جایی که تو نام می‌بری کار می‌کند، آن را خوانده نمی‌تواند.
before-next-heading = بعد از آن چه می‌شود
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] یک نفر در ظرف یک روز آن را می‌خواند.
   *[other] یک نفر در ظرف { $days } روز آن را می‌خواند.
}
before-cannot-heading = از چه چیزهایی تو را محافظت کرده نمی‌توانیم
before-cannot = کسی که صفحهٔ تو را ببیند، یا این دستگاه را بگیرد، می‌تواند ببیند که چه می‌نویسی. اگر کسی در خطر باشد، شاید مجبور شویم به کسانی خبر بدهیم که می‌توانند او را در امان نگه دارند.
before-exit = اگر کسی آمد، «خروج سریع» را فشار بده یا سه بار Esc را فشار بده. صفحه فوراً ناپدید می‌شود.
before-start = فهمیدم، شروع کنیم

# "I am not safe": help contacts first.
help-heading = همین حالا می‌توانی کمک بگیری
help-call-now = اگر همین حالا در خطر هستی، به یکی از این شماره‌ها زنگ بزن:
help-no-contacts = اگر همین حالا در خطر هستی، به شمارهٔ عاجل این کشور زنگ بزن.
help-tell-us = تو همچنان می‌توانی به ما بگویی که چه می‌گذرد. ما آن را اول می‌خوانیم.

# The questions.
feelings-heading = چه احساس داری؟
feelings-hint = می‌توانی بیشتر از یکی را انتخاب کنی، یا از این تیر شوی.
feeling-happy = خوشحال
feeling-okay = خوب
feeling-sad = غمگین
feeling-scared = ترسیده
feeling-angry = قهر
feeling-worried = پریشان
words-label-idea = فکر تو چیست؟
words-label-worry = چه چیزی تو را پریشان ساخته است؟
words-label-complaint = چه اتفاق افتاد؟
words-label-unsafe = چه می‌گذرد؟ تو کجا هستی؟ (فقط اگر می‌توانی.)
words-label-story = قصهٔ خود را بگو. می‌توانی آن را بنویسی یا با آواز بلند بگویی.
wish-heading = می‌خواهی چه شود؟
wish-hint = می‌توانی بیشتر از یکی را انتخاب کنی، یا از این تیر شوی.
wish-talk = می‌خواهم با کسی گپ بزنم
wish-change = می‌خواهم چیزی تغییر کند
wish-just_know = فقط می‌خواهم شما بدانید
wish-not_sure = مطمئن نیستم

# The review before sending.
review-heading = پیش از فرستادن، آن را ببین
review-kind = چیزی که شریک می‌سازی
review-feelings = احساس تو
review-words = نوشته‌های تو
review-place = جای
review-wishes = چیزی که می‌خواهی
review-skipped = تو از این تیر شدی.
review-change = تغییر بده
review-urgent = ما این را یک کار عاجل حساب می‌کنیم.

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = هنوز اینجا هستی؟
kiosk-warning-body = اگر کسی به صفحه دست نزند، به زودی همه چیز روی آن پاک می‌شود، تا نفر بعدی آن را دیده نتواند.
kiosk-stay = هنوز اینجا هستم

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = سگ
picture-cat = پشک
picture-fish = ماهی
picture-bird = پرنده
picture-horse = اسپ
picture-cow = گاو
picture-rabbit = خرگوش
picture-turtle = سنگ‌پشت
picture-butterfly = پروانه
picture-bee = زنبور
picture-elephant = فیل
picture-lion = شیر
picture-frog = بقه
picture-monkey = شادی
picture-duck = مرغابی
picture-owl = بوم
picture-apple = سیب
picture-banana = کیله
picture-grapes = انگور
picture-lemon = لیمو
picture-carrot = زردک
picture-corn = جواری
picture-bread = نان
picture-cheese = پنیر
picture-egg = تخم مرغ
picture-cake = کیک
picture-watermelon = تربوز
picture-cherries = گیلاس
picture-strawberry = توت زمینی
picture-pineapple = آناناس
picture-mushroom = سماروغ
picture-pepper = مرچ
picture-sun = آفتاب
picture-moon = مهتاب
picture-star = ستاره
picture-cloud = ابر
picture-rainbow = کمان رستم
picture-flower = گل
picture-tree = درخت
picture-leaf = برگ
picture-mountain = کوه
picture-shell = صدف
picture-glasses = عینک
picture-snowflake = دانهٔ برف
picture-umbrella = چتری
picture-house = خانه
picture-car = موتر
picture-bicycle = بایسکل
picture-teddy = خرس عروسکی
picture-rocket = راکت
picture-train = ریل
picture-ball = توپ
picture-guitar = گیتار
picture-drum = دهل
picture-book = کتاب
picture-pencil = پنسل
picture-key = کلید
picture-clock = ساعت
picture-bell = زنگ
picture-gift = تحفه
picture-balloon = پوقانه
picture-crown = تاج
picture-shoe = بوت
picture-heart = قلب

# After sending: the child's code.
code-heading = عکس‌های پنهانی تو
code-body = با این عکس‌ها می‌توانی دوباره بیایی، جواب ما را بخوانی، چیزی اضافه کنی، یا پیامت را پس بگیری. آن‌ها را به همین ترتیب به یاد داشته باش، یا آن‌ها را بنویس و در یک جای امن نگه کن. آن‌ها را به هیچ کس نشان نده.
code-print = عکس‌هایم را چاپ کن
code-come-back = پس آمدن با عکس‌هایم

# Coming back with the code.
page-title-back = پس آمدن
back-heading = با عکس‌های پنهانی‌ات پس بیا
back-hint = هشت عکس خود را به همان ترتیب انتخاب کن.
back-chosen = عکس‌هایی که تا حالا انتخاب کرده‌ای
back-remove = عکس آخری را بردار
back-open = باز کن
back-opening = در حال باز شدن…
back-not-found = ما پیامی با این عکس‌ها پیدا کرده نتوانستیم. لطفاً آن‌ها را دوباره ببین و باز کوشش کن.
back-too-many = تو چندین بار کوشش کرده‌ای. لطفاً پیش از اینکه دوباره کوشش کنی، کمی صبر کن.
back-incomplete = لطفاً هر هشت عکس را انتخاب کن.
back-status-heading = پیامت در چه حال است
back-status-new = پیامت رسید. هنوز کسی آن را نخوانده است.
back-status-acknowledged = کسی پیامت را خوانده است.
back-status-in_progress = کسی روی پیامت کار می‌کند.
back-status-waiting_for_child = ما منتظر تو هستیم. لطفاً جواب ما را بخوان.
back-status-referred = ما از کسان دیگری که می‌توانند کمک کنند، کمک خواستیم.
back-status-closed = کار ما با پیامت تمام شد.
back-replies-heading = جواب‌های ما
back-no-replies = هنوز جوابی نیست.
back-reply-from-us = جواب ما
back-reply-from-you = چیزی که تو اضافه کردی
back-add-label = چیزی به پیامت اضافه کن
back-add = بفرست
back-added = رسید. تشکر.
back-withdraw-heading = پیامت را پس بگیر
back-withdraw-body = اگر آن را پس بگیری، ما نوشته‌های تو و جواب‌های خود را پاک می‌کنیم. این کار دوباره برگشتانده نمی‌شود.
back-withdraw = پیامم را پس بگیر
back-withdraw-confirm = بلی، پس بگیر
back-withdrawn = پیامت پس گرفته و پاک شد.
back-withdraw-body-urgent = تو گفتی که در امان نیستی. اگر این پیام را پس بگیری، کسی که کارش حفاظت از اطفال است، هنوز تا { $day } آن را خوانده می‌تواند، برای اینکه مطمئن شود تو در امان هستی. بعد از آن، ما آن را همراه با جواب‌های خود پاک می‌کنیم. این کار دوباره برگشتانده نمی‌شود.
back-withdrawn-urgent = تو پیامت را پس گرفتی. کسی که کارش حفاظت از اطفال است، هنوز تا { $day } آن را خوانده می‌تواند، برای اینکه مطمئن شود تو در امان هستی. بعد از آن، پاک می‌شود.
back-close = بستن
back-needs-js = برای پس آمدن، براوزری لازم است که سکریپت‌ها را اجرا کند، چون عکس‌های پنهانی‌ات روی همین دستگاه به کلید تو تبدیل می‌شوند.
back-cannot-open = این پیام باز شده نمی‌تواند.

# Recording instead of writing.
voice-hint = به جای نوشتن، می‌توانی آن را با آواز بلند هم بگویی. آواز تو هم مثل نوشته‌هایت، پیش از اینکه از این دستگاه بیرون شود، قفل می‌شود.
voice-record = آوازم را ثبت کن
voice-stop = ختم ثبت
voice-recording = در حال ثبت… وقتی تمام شد، «ختم ثبت» را فشار بده.
voice-recorded = آواز ثبت‌شدهٔ تو. پیش از فرستادن، می‌توانی به آن گوش کنی.
voice-delete = آواز ثبت‌شده را پاک کن
voice-refused = ما ثبت کرده نتوانستیم. می‌توانی به جایش بنویسی.
review-voice = آواز ثبت‌شدهٔ تو
review-voice-yes = تو یک پیام را ثبت کردی.

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = یک گروه کوچک که روی قصه‌ها کار می‌کنند، قصهٔ تو را می‌خوانند. قصه‌ات فقط به شکل‌هایی استفاده می‌شود که تو در قدم‌های بعدی به آن‌ها «بلی» بگویی.
story-before-help = اگر حالا در امان نیستی، به عقب برگرد و «من در امان نیستم» را انتخاب کن. آن وقت ما می‌توانیم فوراً به تو کمک کنیم.
story-before-next = در قدم‌های بعدی، تو یکی‌یکی فیصله می‌کنی که قصه‌ات در کجا استفاده شده می‌تواند. همه چیز «نه» است تا وقتی که تو «بلی» بگویی. با عکس‌های پنهانی‌ات می‌توانی هر نسخهٔ تغییرکرده را پیش از استفاده بخوانی، به آن «بلی» یا «نه» بگویی، و هر وقتی که خواستی نظرت را تغییر بدهی.
story-sent-body = قصه‌ات رسید. عکس‌های پنهانی‌ات را نگه کن: با آن‌ها می‌توانی نسخه‌های قصه‌ات را بخوانی، «بلی» یا «نه» بگویی، و هر وقتی که خواستی نظرت را تغییر بدهی.
story-purpose-learning = فقط در داخل مؤسسهٔ ما
story-purpose-learning-body = شاید گروه ما قصه‌ات را بخواند تا یاد بگیرد که چطور به اطفال بهتر کمک کند. قصه‌ات در داخل مؤسسهٔ ما می‌ماند.
story-purpose-advocacy = با کسانی که فیصله می‌کنند
story-purpose-advocacy-body = شاید قصه‌ات را با کسانی شریک بسازیم که در بارهٔ اطفال قانون می‌سازند و فیصله می‌کنند، تا از آن‌ها بخواهیم که چیزها را تغییر بدهند. قصه‌ات برای همه نشر نمی‌شود.
story-purpose-public = برای همه: ویب‌سایت و گزارش‌های ما
story-purpose-public-body = شاید قصه‌ات در ویب‌سایت یا گزارش‌های ما بیاید، جایی که هر کس می‌تواند آن را بخواند. فقط نسخه‌ای استفاده می‌شود که تو هر کلمهٔ آن را قبول کرده باشی.
story-purpose-media = خبرنگاران و رسانه‌ها
story-purpose-media-body = شاید قصه‌ات را به خبرنگاران بدهیم، برای روزنامه، رادیو یا تلویزیون. فقط نسخه‌ای استفاده می‌شود که تو هر کلمهٔ آن را قبول کرده باشی.
story-consent-question = آیا می‌توانیم از قصه‌ات برای این کار استفاده کنیم؟
story-consent-no = نه
story-consent-yes = بلی
story-consent-change = با عکس‌های پنهانی‌ات هر وقتی که خواستی می‌توانی جوابت را تغییر بدهی.
story-consent-copies = اگر «بلی» خود را پس بگیری، ما فوراً دیگر از قصه‌ات استفاده نمی‌کنیم. ولی نسخه‌هایی را که قبلاً به کسی داده شده‌اند، مثلاً به یک روزنامه، نمی‌توانیم پس بگیریم.
story-consent-never = ما هیچ وقت چهره‌ها، جاها، نام اعضای خانواده‌ات یا نام جایی را که در آن زندگی می‌کنی نشر نمی‌کنیم.
story-naming = نام تو
story-naming-question = می‌خواهی کدام نام همراه قصه‌ات بیاید؟
story-naming-none = بدون هیچ نام
story-naming-made_up = یک نام ساختگی (نه نام اصلی‌ام)
story-naming-first_name = فقط نام خودم، بدون تخلص
story-name-label = نامی که استفاده شود (فقط اگر یک نام را انتخاب کردی)
story-name-hint = اگر «بدون هیچ نام» را انتخاب کردی، این را خالی بگذار.
story-age = سن تو
story-age-why = لازم نیست آن را بگویی. برای اطفال خوردتر، شاید پیش از استفاده از قصه‌ات، از یک بزرگ‌سال قابل اعتماد هم پرسیده شود.
story-age-label = چند سال داری؟
story-age-unsaid = نمی‌خواهم بگویم

# Coming back to a story.
story-back-heading = قصهٔ تو
story-back-intro = اینجا می‌توانی نسخه‌های قصه‌ات را بخوانی و فیصله کنی که در کجا استفاده شده می‌تواند.
story-versions-heading = نسخه‌ها برای خواندن تو
story-no-versions = هنوز هیچ نسخه‌ای برای خواندن تو نیست.
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = نسخه برای: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = نامی که نشان داده می‌شود: { $name }
story-version-awaiting = منتظر جواب تو
story-version-approved = تو به همین کلمه‌ها «بلی» گفتی
story-version-declined = تو به این نسخه «نه» گفتی
story-version-approve = بلی، همین کلمه‌ها را استفاده کنید
story-version-decline = نه، این طور نه
story-version-saved-yes = تشکر. فقط همین کلمه‌ها استفاده شده می‌توانند.
story-version-saved-no = تشکر. این نسخه استفاده نمی‌شود.
story-consents-heading = قصه‌ات در کجا استفاده شده می‌تواند
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = تو «بلی» گفتی، تا { $day }.
story-consent-said-no = تو «نه» گفتی.
story-consent-withdraw = «بلی» خود را پس می‌گیرم
story-consent-renew = دوباره «بلی» می‌گویم
story-consent-give = «بلی» می‌گویم
story-consent-saved-yes = ذخیره شد. تو «بلی» گفتی.
story-consent-saved-no = ذخیره شد. قصه‌ات دیگر برای این کار استفاده نمی‌شود.

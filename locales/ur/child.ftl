# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = ہمیں بتاؤ
intake-heading = تمہارے دل میں جو ہے، ہمیں بتاؤ
intake-locked = تمہاری لکھی ہوئی بات پر اس ڈیوائس سے نکلنے سے پہلے ہی تالا لگ جاتا ہے۔ اسے صرف وہی لوگ کھول سکتے ہیں جنہیں پیغام پڑھنے کے لیے چُنا گیا ہے۔
intake-nojs = تمہارا براؤزر اسکرپٹس نہیں چلا رہا۔ جیسے ہی تمہارا پیغام پہنچے گا، محفوظ کیے جانے سے پہلے ہمارا سرور اس پر تالا لگا دے گا۔
intake-label = تمہارا پیغام
intake-hint = جتنا چاہو لکھو، کم یا زیادہ، کسی بھی زبان میں۔
intake-send = بھیجو
intake-sending = بھیجا جا رہا ہے…
intake-retry = دوبارہ کوشش کرو

page-title-sent = تمہارا پیغام پہنچ گیا
intake-sent-heading = تمہارا پیغام پہنچ گیا
intake-sent-body = یہ محفوظ کر لیا گیا ہے اور اس پر تالا لگا ہوا ہے۔ ہمیں بتانے کا شکریہ۔
intake-write-another = ایک اور پیغام لکھو
intake-kept-heading = اس ڈیوائس پر محفوظ ہے
intake-kept-body = ابھی انٹرنیٹ کام نہیں کر رہا۔ تمہارے پیغام پر تالا لگا ہوا ہے اور یہ اس ڈیوائس پر محفوظ ہے۔ یہاں کوئی بھی اسے نہیں پڑھ سکتا۔ جب انٹرنیٹ دوبارہ کام کرے گا تو یہ خود ہی بھیج دیا جائے گا۔ اس کے بعد تمہاری خفیہ تصویریں کام کریں گی۔

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = تمہارا پیغام ابھی نہیں پہنچا۔ تمہارے الفاظ ابھی یہیں ہیں۔ براہِ مہربانی دوبارہ کوشش کرو۔
error-empty = ابھی بھیجنے کے لیے کچھ نہیں ہے۔ براہِ مہربانی پہلے کچھ چُنو یا لکھو۔
# $max (number) — the largest number of characters a message may have.
error-too-long = تمہارا پیغام بہت لمبا ہے۔ براہِ مہربانی اسے چھوٹا کرو: زیادہ سے زیادہ { $max } حروف۔
error-not-sealed = جو پہنچا وہ تالا لگا ہوا پیغام نہیں تھا، اس لیے کچھ بھی محفوظ نہیں کیا گیا۔
error-too-large = جو پہنچا وہ بہت بڑا تھا، اس لیے کچھ بھی محفوظ نہیں کیا گیا۔
error-bad-id = اس پیغام کو پہچانا نہیں جا سکا، اس لیے کچھ بھی محفوظ نہیں کیا گیا۔ براہِ مہربانی صفحہ دوبارہ کھولو اور اسے پھر سے بھیجو۔
error-cross-site = یہ کسی دوسری ویب سائٹ سے آیا تھا، اس لیے کچھ بھی محفوظ نہیں کیا گیا۔
error-unavailable = ہماری طرف کچھ غلط ہو گیا، اس لیے کچھ بھی محفوظ نہیں کیا گیا۔ براہِ مہربانی تھوڑی دیر بعد دوبارہ کوشش کرو۔
error-bad-form = فارم پورا نہیں تھا، اس لیے کچھ بھی محفوظ نہیں کیا گیا۔ براہِ مہربانی صفحہ دوبارہ کھولو۔
error-recipients-changed = تمہارے لکھنے کے دوران ہماری طرف کچھ بدل گیا، اس لیے ابھی کچھ بھی محفوظ نہیں کیا گیا۔ براہِ مہربانی “بھیجو” دوبارہ دباؤ۔

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = یہ بات کس جگہ کے بارے میں ہے؟ (یہ ضروری نہیں ہے۔)
intake-place-hint = اگر تم کوئی جگہ چُنو، تو اس جگہ کے لیے کام کرنے والا کوئی بھی شخص تمہارا پیغام نہیں پڑھ سکے گا۔
intake-place-unsaid = مجھے نہیں بتانا
intake-place-elsewhere = کوئی اور جگہ
error-unknown-place = ہم اس جگہ کو نہیں جانتے، اس لیے کچھ بھی محفوظ نہیں کیا گیا۔ براہِ مہربانی کوئی اور جگہ چُنو، یا “مجھے نہیں بتانا”۔
error-proof-needed = تمہارے پیغام کی جانچ نہیں ہو سکی، اس لیے ابھی کچھ بھی محفوظ نہیں کیا گیا۔ براہِ مہربانی “بھیجو” دوبارہ دباؤ۔
error-too-many = تم نے تھوڑے سے وقت میں اس ڈیوائس سے بہت سے پیغام بھیجے ہیں، اس لیے یہ والا محفوظ نہیں کیا گیا۔ براہِ مہربانی تھوڑی دیر انتظار کرو اور پھر کوشش کرو۔
error-busy = اس وقت بہت زیادہ پیغام آ رہے ہیں، اس لیے تمہارا پیغام ابھی محفوظ نہیں کیا گیا۔ براہِ مہربانی چند منٹ بعد دوبارہ کوشش کرو۔ اگر تم ابھی محفوظ نہیں ہو، تو “میں محفوظ نہیں ہوں” چُنو: ایسے پیغام سب سے پہلے لیے جاتے ہیں۔
error-form-expired = یہ صفحہ بہت دیر سے کھلا تھا یا پہلے ہی استعمال ہو چکا تھا، اس لیے کچھ بھی محفوظ نہیں کیا گیا۔ براہِ مہربانی صفحہ دوبارہ کھولو اور اپنا پیغام بھیجو۔

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = فوراً باہر نکلو
# The button that reads a screen aloud with the device's own voice.
read-aloud = پڑھ کر سناؤ

# The first screen: what the child wants to share.
share-heading = ہمیں کس بارے میں بتانا ہے؟
kind-legend = ہمیں کس بارے میں بتانا ہے؟ (یہ ضروری نہیں ہے۔)
kind-idea = کوئی خیال یا میری رائے
kind-idea-hint = کوئی چیز جو بہتر ہو سکتی ہے، یا کسی بات کے بارے میں تمہاری رائے۔
kind-worry = کوئی پریشانی
kind-worry-hint = کوئی بات جو تمہیں اداس کرتی ہے، ڈراتی ہے یا پریشان کرتی ہے۔
kind-complaint = کوئی شکایت
kind-complaint-hint = کوئی بات جو غلط تھی یا جس میں ناانصافی ہوئی۔
kind-unsafe = میں محفوظ نہیں ہوں
kind-unsafe-hint = ابھی مدد لو۔
kind-story = مجھے اپنی کہانی سنانی ہے
kind-story-hint = کون اسے دیکھ سکتا ہے، یہ فیصلہ تمہارا ہے۔

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = { $total } میں سے قدم { $n }
step-back = پیچھے
step-next = آگے

# The honest screen before the first question.
before-heading = شروع کرنے سے پہلے
before-who-heading = اسے کون پڑھتا ہے
before-who = چند تربیت یافتہ لوگ، جنہیں پیغام پڑھنے کے لیے چُنا گیا ہے۔ جس جگہ کا تم نام لو، وہاں کام کرنے والا کوئی بھی شخص اسے نہیں پڑھ سکتا۔
before-next-heading = آگے کیا ہوگا
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] ایک دن کے اندر کوئی انسان اسے پڑھے گا۔
   *[other] { $days } دن کے اندر کوئی انسان اسے پڑھے گا۔
}
before-cannot-heading = ہم تمہیں کن باتوں سے نہیں بچا سکتے
before-cannot = جو کوئی تمہاری اسکرین دیکھے، یا یہ ڈیوائس لے لے، وہ تمہاری لکھی ہوئی بات دیکھ سکتا ہے۔ اگر کسی کو خطرہ ہو، تو شاید ہمیں ان لوگوں کو بتانا پڑے جو اسے محفوظ رکھ سکتے ہیں۔
before-exit = اگر کوئی آ جائے، تو “فوراً باہر نکلو” دباؤ یا Esc تین بار دباؤ۔ صفحہ فوراً غائب ہو جاتا ہے۔
before-start = مجھے سمجھ آ گئی، شروع کریں

# "I am not safe": help contacts first.
help-heading = تمہیں ابھی مدد مل سکتی ہے
help-call-now = اگر تم ابھی خطرے میں ہو، تو ان میں سے کسی ایک نمبر پر فون کرو:
help-no-contacts = اگر تم ابھی خطرے میں ہو، تو اس ملک کے ایمرجنسی نمبر پر فون کرو۔
help-tell-us = چاہو تو ہمیں یہ بھی بتاؤ کہ کیا ہو رہا ہے۔ ہم اسے سب سے پہلے پڑھیں گے۔

# The questions.
feelings-heading = تمہیں کیسا لگ رہا ہے؟
feelings-hint = چاہو تو ایک سے زیادہ چُنو، یا اسے چھوڑ دو۔
feeling-happy = خوش
feeling-okay = ٹھیک
feeling-sad = اداس
feeling-scared = خوفزدہ
feeling-angry = غصے میں
feeling-worried = پریشان
words-label-idea = تمہارا خیال کیا ہے؟
words-label-worry = تمہیں کون سی بات پریشان کر رہی ہے؟
words-label-complaint = کیا ہوا؟
words-label-unsafe = کیا ہو رہا ہے؟ تم کہاں ہو؟ (صرف اگر بتا سکو۔)
words-label-story = اپنی کہانی سناؤ۔ چاہو تو لکھو، چاہو تو بول کر بتاؤ۔
wish-heading = اب کیا ہو، تمہاری کیا خواہش ہے؟
wish-hint = چاہو تو ایک سے زیادہ چُنو، یا اسے چھوڑ دو۔
wish-talk = مجھے کسی سے بات کرنی ہے
wish-change = کچھ بدلنا چاہیے
wish-just_know = مجھے بس آپ کو بتانا تھا
wish-not_sure = مجھے ٹھیک سے نہیں پتا

# The review before sending.
review-heading = بھیجنے سے پہلے دیکھ لو
review-kind = تمہاری بات کس بارے میں ہے
review-feelings = تمہیں کیسا لگ رہا ہے
review-words = تمہارے الفاظ
review-place = جگہ
review-wishes = تمہاری خواہش
review-skipped = تم نے یہ چھوڑ دیا۔
review-change = بدلو
review-urgent = ہم اسے فوری معاملہ سمجھیں گے۔

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = کیا تم ابھی یہیں ہو؟
kiosk-warning-body = اگر کوئی اسکرین کو نہ چھوئے، تو اس پر موجود سب کچھ جلد ہی مٹا دیا جائے گا، تاکہ اگلا شخص اسے نہ دیکھ سکے۔
kiosk-stay = میں ابھی یہیں ہوں

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = کتا
picture-cat = بلی
picture-fish = مچھلی
picture-bird = پرندہ
picture-horse = گھوڑا
picture-cow = گائے
picture-rabbit = خرگوش
picture-turtle = کچھوا
picture-butterfly = تتلی
picture-bee = شہد کی مکھی
picture-elephant = ہاتھی
picture-lion = شیر
picture-frog = مینڈک
picture-monkey = بندر
picture-duck = بطخ
picture-owl = اُلو
picture-apple = سیب
picture-banana = کیلا
picture-grapes = انگور
picture-lemon = لیموں
picture-carrot = گاجر
picture-corn = مکئی
picture-bread = ڈبل روٹی
picture-cheese = پنیر
picture-egg = انڈا
picture-cake = کیک
picture-watermelon = تربوز
picture-cherries = چیری
picture-strawberry = اسٹرابیری
picture-pineapple = انناس
picture-mushroom = کھمبی
picture-pepper = مرچ
picture-sun = سورج
picture-moon = چاند
picture-star = ستارہ
picture-cloud = بادل
picture-rainbow = قوسِ قزح
picture-flower = پھول
picture-tree = درخت
picture-leaf = پتّا
picture-mountain = پہاڑ
picture-shell = سیپی
picture-glasses = عینک
picture-snowflake = برف کا گالا
picture-umbrella = چھتری
picture-house = گھر
picture-car = گاڑی
picture-bicycle = سائیکل
picture-teddy = ٹیڈی بیئر
picture-rocket = راکٹ
picture-train = ریل گاڑی
picture-ball = گیند
picture-guitar = گٹار
picture-drum = ڈھول
picture-book = کتاب
picture-pencil = پنسل
picture-key = چابی
picture-clock = گھڑی
picture-bell = گھنٹی
picture-gift = تحفہ
picture-balloon = غبارہ
picture-crown = تاج
picture-shoe = جوتا
picture-heart = دل

# After sending: the child's code.
code-heading = تمہاری خفیہ تصویریں
code-body = یہ تصویریں تمہیں واپس آنے، ہمارا جواب پڑھنے، کچھ اور لکھنے، یا اپنا پیغام واپس لینے میں مدد دیں گی۔ انہیں اسی ترتیب میں یاد رکھو، یا لکھ کر کسی محفوظ جگہ رکھ لو۔ انہیں کسی کو مت دکھانا۔
code-print = میری تصویریں پرنٹ کرو
code-come-back = اپنی تصویروں کے ساتھ واپس آؤ

# Coming back with the code.
page-title-back = واپس آؤ
back-heading = اپنی خفیہ تصویروں کے ساتھ واپس آؤ
back-hint = اپنی آٹھ تصویریں اسی ترتیب میں چُنو۔
back-chosen = اب تک چُنی ہوئی تمہاری تصویریں
back-remove = آخری تصویر ہٹاؤ
back-open = کھولو
back-opening = کھولا جا رہا ہے…
back-not-found = ہمیں ان تصویروں والا کوئی پیغام نہیں ملا۔ براہِ مہربانی انہیں دیکھ لو اور دوبارہ کوشش کرو۔
back-too-many = تم نے بہت بار کوشش کی ہے۔ براہِ مہربانی دوبارہ کوشش کرنے سے پہلے تھوڑی دیر انتظار کرو۔
back-incomplete = براہِ مہربانی آٹھوں تصویریں چُنو۔
back-status-heading = تمہارے پیغام کے ساتھ کیا ہو رہا ہے
back-status-new = تمہارا پیغام پہنچ گیا ہے۔ ابھی کسی نے اسے نہیں پڑھا۔
back-status-acknowledged = کسی نے تمہارا پیغام پڑھ لیا ہے۔
back-status-in_progress = کوئی تمہارے پیغام پر کام کر رہا ہے۔
back-status-waiting_for_child = ہم تمہارا انتظار کر رہے ہیں۔ براہِ مہربانی ہمارا جواب پڑھو۔
back-status-referred = ہم نے ایسے دوسرے لوگوں سے مدد مانگی ہے جو مدد کر سکتے ہیں۔
back-status-closed = ہم نے تمہارے پیغام پر اپنا کام مکمل کر لیا ہے۔
back-replies-heading = ہمارے جواب
back-no-replies = ابھی کوئی جواب نہیں ہے۔
back-reply-from-us = ہمارا جواب
back-reply-from-you = جو تم نے شامل کیا
back-add-label = اپنے پیغام میں کچھ اور لکھو
back-add = بھیجو
back-added = پہنچ گیا۔ شکریہ۔
back-withdraw-heading = اپنا پیغام واپس لو
back-withdraw-body = اگر تم اسے واپس لو، تو ہم تمہاری لکھی ہوئی بات اور اپنے جواب مٹا دیں گے۔ اس کے بعد انہیں واپس نہیں لایا جا سکتا۔
back-withdraw = میرا پیغام واپس لے لو
back-withdraw-confirm = ہاں، واپس لے لو
back-withdrawn = تمہارا پیغام واپس لے لیا گیا اور مٹا دیا گیا۔
back-withdraw-body-urgent = تم نے کہا تھا کہ تم محفوظ نہیں ہو۔ اگر تم یہ پیغام واپس لو، تو ایک شخص جس کا کام بچوں کی حفاظت ہے، اسے { $day } تک پھر بھی پڑھ سکتا ہے، تاکہ وہ تسلی کر سکے کہ تم محفوظ ہو۔ پھر ہم اسے اپنے جوابوں سمیت مٹا دیں گے۔ اس کے بعد انہیں واپس نہیں لایا جا سکتا۔
back-withdrawn-urgent = تم نے اپنا پیغام واپس لے لیا۔ ایک شخص جس کا کام بچوں کی حفاظت ہے، اسے { $day } تک پھر بھی پڑھ سکتا ہے، تاکہ وہ تسلی کر سکے کہ تم محفوظ ہو۔ پھر اسے مٹا دیا جائے گا۔
back-close = بند کرو
back-needs-js = واپس آنے کے لیے ایسا براؤزر چاہیے جو اسکرپٹس چلاتا ہو، کیونکہ تمہاری خفیہ تصویریں اسی ڈیوائس پر تمہاری چابی میں بدلی جاتی ہیں۔
back-cannot-open = یہ پیغام نہیں کھولا جا سکتا۔

# Recording instead of writing.
voice-hint = چاہو تو لکھنے کے بجائے بول کر بتاؤ۔ تمہارے الفاظ کی طرح، اس ڈیوائس سے نکلنے سے پہلے اس پر بھی تالا لگ جاتا ہے۔
voice-record = اپنی آواز ریکارڈ کرو
voice-stop = ریکارڈنگ بند کرو
voice-recording = ریکارڈنگ ہو رہی ہے… جب ختم کر لو تو “ریکارڈنگ بند کرو” دباؤ۔
voice-recorded = تمہاری ریکارڈنگ۔ بھیجنے سے پہلے چاہو تو اسے سن لو۔
voice-delete = ریکارڈنگ مٹاؤ
voice-refused = ہم ریکارڈ نہیں کر سکے۔ اس کے بجائے لکھ کر بتاؤ۔
review-voice = تمہاری ریکارڈنگ
review-voice-yes = تم نے ایک پیغام ریکارڈ کیا۔

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = کہانیوں پر کام کرنے والی ایک چھوٹی سی ٹیم تمہاری کہانی پڑھتی ہے۔ اسے صرف انہی طریقوں سے استعمال کیا جاتا ہے جن کے لیے تم آگے “ہاں” کہو۔
story-before-help = اگر تم ابھی محفوظ نہیں ہو، تو پیچھے جاؤ اور “میں محفوظ نہیں ہوں” چُنو۔ پھر ہم فوراً تمہاری مدد کر سکتے ہیں۔
story-before-next = آگے، ایک ایک کر کے، تمہیں یہ فیصلہ کرنا ہے کہ تمہاری کہانی کہاں استعمال ہو سکتی ہے۔ جب تک تم “ہاں” نہ کہو، ہر چیز “نہیں” ہے۔ اپنی خفیہ تصویروں سے تمہیں ہر بدلا ہوا نسخہ استعمال سے پہلے پڑھنے، اسے “ہاں” یا “نہیں” کہنے، اور کسی بھی وقت اپنا فیصلہ بدلنے کا موقع ملے گا۔
story-sent-body = تمہاری کہانی پہنچ گئی۔ اپنی خفیہ تصویریں سنبھال کر رکھو: ان سے تمہیں اپنی کہانی کے نسخے پڑھنے، “ہاں” یا “نہیں” کہنے، اور کسی بھی وقت اپنا فیصلہ بدلنے کا موقع ملے گا۔
story-purpose-learning = صرف ہمارے ادارے کے اندر
story-purpose-learning-body = ہماری ٹیم تمہاری کہانی پڑھ سکتی ہے تاکہ سیکھ سکے کہ بچوں کی بہتر مدد کیسے کی جائے۔ یہ ہمارے ادارے کے اندر ہی رہتی ہے۔
story-purpose-advocacy = فیصلے کرنے والے لوگوں کے ساتھ
story-purpose-advocacy-body = ہم تمہاری کہانی ان لوگوں کو دکھا سکتے ہیں جو بچوں کے بارے میں قانون بناتے اور فیصلے کرتے ہیں، تاکہ ہم ان سے کہیں کہ چیزیں بدلیں۔ اسے سب کے سامنے نہیں لایا جاتا۔
story-purpose-public = سب کے لیے: ہماری ویب سائٹ اور رپورٹیں
story-purpose-public-body = تمہاری کہانی ہماری ویب سائٹ پر یا ہماری رپورٹوں میں آ سکتی ہے، جہاں کوئی بھی اسے پڑھ سکتا ہے۔ صرف وہی نسخہ استعمال ہوتا ہے جس کے ایک ایک لفظ کو تم نے منظور کیا ہو۔
story-purpose-media = صحافی اور میڈیا
story-purpose-media-body = ہم تمہاری کہانی صحافیوں کو دے سکتے ہیں، اخبار، ریڈیو یا ٹی وی کے لیے۔ صرف وہی نسخہ استعمال ہوتا ہے جس کے ایک ایک لفظ کو تم نے منظور کیا ہو۔
story-consent-question = کیا ہم تمہاری کہانی اس کام کے لیے استعمال کر سکتے ہیں؟
story-consent-no = نہیں
story-consent-yes = ہاں
story-consent-change = جب چاہو، اپنی خفیہ تصویروں سے اپنا جواب بدل لو۔
story-consent-copies = اگر تم اپنی “ہاں” واپس لو، تو ہم فوراً تمہاری کہانی استعمال کرنا بند کر دیں گے۔ لیکن جو نقلیں پہلے ہی کسی کو دی جا چکی ہوں، مثلاً کسی اخبار کو، وہ ہم واپس نہیں لے سکتے۔
story-consent-never = ہم کبھی بھی چہرے، جگہیں، تمہارے گھر والوں کے نام، یا تمہارے رہنے کی جگہ کا نام شائع نہیں کرتے۔
story-naming = تمہارا نام
story-naming-question = تمہاری کہانی کے ساتھ کون سا نام لکھا جائے؟
story-naming-none = کوئی نام نہیں
story-naming-made_up = بنایا ہوا نام (میرا اصلی نام نہیں)
story-naming-first_name = صرف میرا پہلا نام
story-name-label = جو نام لکھنا ہے (صرف اگر تم نے کوئی نام چُنا ہو)
story-name-hint = اگر تم نے “کوئی نام نہیں” چُنا ہے، تو اسے خالی چھوڑ دو۔
story-age = تمہاری عمر
story-age-why = بتانا ضروری نہیں ہے۔ چھوٹے بچوں کے لیے، تمہاری کہانی استعمال کرنے سے پہلے کسی بھروسے والے بڑے سے بھی پوچھا جا سکتا ہے۔
story-age-label = تمہاری عمر کتنی ہے؟
story-age-unsaid = مجھے نہیں بتانا

# Coming back to a story.
story-back-heading = تمہاری کہانی
story-back-intro = یہاں اپنی کہانی کے نسخے پڑھو اور طے کرو کہ اسے کہاں استعمال کیا جا سکتا ہے۔
story-versions-heading = تمہارے پڑھنے کے لیے نسخے
story-no-versions = ابھی تمہارے پڑھنے کے لیے کوئی نسخہ نہیں ہے۔
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = یہ نسخہ اس کے لیے ہے: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = دکھایا جانے والا نام: { $name }
story-version-awaiting = تمہارے جواب کا انتظار ہے
story-version-approved = تم نے بالکل انہی الفاظ کو “ہاں” کہا
story-version-declined = تم نے اس نسخے کو “نہیں” کہا
story-version-approve = ہاں، بالکل یہی الفاظ استعمال کریں
story-version-decline = نہیں، ایسے نہیں
story-version-saved-yes = شکریہ۔ صرف بالکل یہی الفاظ استعمال کیے جا سکتے ہیں۔
story-version-saved-no = شکریہ۔ یہ نسخہ استعمال نہیں کیا جائے گا۔
story-consents-heading = تمہاری کہانی کہاں استعمال ہو سکتی ہے
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = تم نے “ہاں” کہا، { $day } تک۔
story-consent-said-no = تم نے “نہیں” کہا۔
story-consent-withdraw = اپنی “ہاں” واپس لو
story-consent-renew = دوبارہ “ہاں” کہو
story-consent-give = “ہاں” کہو
story-consent-saved-yes = محفوظ ہو گیا۔ تم نے “ہاں” کہا۔
story-consent-saved-no = محفوظ ہو گیا۔ اب تمہاری کہانی اس کام کے لیے استعمال نہیں ہوگی۔

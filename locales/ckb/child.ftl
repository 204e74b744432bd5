# The child's intake page. Plain words: many readers are young or read Sorani as a new language.
# Address the child with "تۆ". Sorani has no grammatical gender.

page-title-intake = پێمان بڵێ
intake-heading = ئەوەی لە دڵتدایە پێمان بڵێ
intake-locked = ئەوەی دەینووسیت، پێش ئەوەی ئەم ئامێرە جێبهێڵێت، قوفڵ دەکرێت. تەنها ئەو کەسانەی بۆ خوێندنەوەی نامەکان هەڵبژێردراون دەتوانن بیکەنەوە.
intake-nojs = وێبگەڕەکەت سکریپت کار پێ ناکات. ڕاژەکارەکەمان هەر کە نامەکەت گەیشت، پێش پاشەکەوتکردنی، قوفڵی دەکات.
intake-label = نامەکەت
intake-hint = چەندت دەوێت بنووسە، کەم یان زۆر، بە هەر زمانێک بێت.
intake-send = بنێرە
intake-sending = دەنێردرێت…
intake-retry = دووبارە هەوڵ بدەرەوە

page-title-sent = نامەکەت گەیشت
intake-sent-heading = نامەکەت گەیشت
intake-sent-body = پاشەکەوت و قوفڵ کرا. سوپاس کە پێت گوتین.
intake-write-another = نامەیەکی تر بنووسە
intake-kept-heading = لەسەر ئەم ئامێرە پاشەکەوت کرا
intake-kept-body = ئێستا ئینتەرنێت کار ناکات. نامەکەت قوفڵ کراوە و لەسەر ئەم ئامێرە پاشەکەوت کراوە. کەس لێرە ناتوانێت بیخوێنێتەوە. کاتێک ئینتەرنێت دووبارە کار بکات، خۆبەخۆ دەنێردرێت. دوای ئەوە وێنە نهێنییەکانت کار دەکەن.

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = نامەکەت هێشتا نەگەیشتووە. وشەکانت هێشتا لێرەن. تکایە دووبارە هەوڵ بدەرەوە.
error-empty = هێشتا هیچ شتێک نییە بۆ ناردن. تکایە سەرەتا شتێک هەڵبژێرە یان بنووسە.
# $max (number) — the largest number of characters a message may have.
error-too-long = نامەکەت زۆر درێژە. تکایە کورتتری بکەرەوە: لە { $max } پیت زیاتر نەبێت.
error-not-sealed = ئەوەی گەیشت نامەیەکی قوفڵکراو نەبوو، بۆیە هیچ شتێک پاشەکەوت نەکرا.
error-too-large = ئەوەی گەیشت زۆر گەورە بوو، بۆیە هیچ شتێک پاشەکەوت نەکرا.
error-bad-id = نەمانتوانی ئەم نامەیە بناسینەوە، بۆیە هیچ شتێک پاشەکەوت نەکرا. تکایە پەڕەکە دووبارە بکەرەوە و نامەکە دووبارە بنێرەوە.
error-cross-site = ئەمە لە ماڵپەڕێکی ترەوە هات، بۆیە هیچ شتێک پاشەکەوت نەکرا.
error-unavailable = کێشەیەک لە لای ئێمە ڕوویدا، بۆیە هیچ شتێک پاشەکەوت نەکرا. تکایە دواتر دووبارە هەوڵ بدەرەوە.
error-bad-form = فۆڕمەکە تەواو نەبوو، بۆیە هیچ شتێک پاشەکەوت نەکرا. تکایە پەڕەکە دووبارە بکەرەوە.
error-recipients-changed = کاتێک دەتنووسی، شتێک لە لای ئێمە گۆڕا، بۆیە هێشتا هیچ شتێک پاشەکەوت نەکراوە. تکایە دووبارە «بنێرە» دابگرە.

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = ئەمە دەربارەی کام شوێنە؟ (دەتوانیت ئەمە تێپەڕێنیت.)
intake-place-hint = ئەگەر شوێنێک هەڵبژێریت، هیچ کەسێک کە بۆ ئەو شوێنە کار دەکات ناتوانێت نامەکەت بخوێنێتەوە.
intake-place-unsaid = پێم باشترە نەیڵێم
intake-place-elsewhere = شوێنێکی تر
error-unknown-place = ئێمە ئەو شوێنە ناناسین، بۆیە هیچ شتێک پاشەکەوت نەکرا. تکایە شوێنێکی تر هەڵبژێرە، یان «پێم باشترە نەیڵێم».
error-proof-needed = نەمانتوانی نامەکەت بپشکنین، بۆیە هێشتا هیچ شتێک پاشەکەوت نەکراوە. تکایە دووبارە «بنێرە» دابگرە.
error-too-many = لە ماوەیەکی کورتدا نامەی زۆرت لەم ئامێرەوە ناردووە، بۆیە ئەم نامەیە پاشەکەوت نەکرا. تکایە کەمێک چاوەڕێ بکە و دووبارە هەوڵ بدەرەوە.
error-busy = ئێستا ژمارەیەکی زۆر نامە دەگات، بۆیە نامەکەت هێشتا پاشەکەوت نەکراوە. تکایە دوای چەند خولەکێک دووبارە هەوڵ بدەرەوە. ئەگەر ئێستا سەلامەت نیت، «من سەلامەت نیم» هەڵبژێرە: ئەو نامانە پێش هەموویان وەردەگیرێن.
error-form-expired = ئەم پەڕەیە ماوەیەکی زۆر کراوە بوو یان پێشتر بەکارهاتبوو، بۆیە هیچ شتێک پاشەکەوت نەکرا. تکایە پەڕەکە دووبارە بکەرەوە و نامەکەت بنێرە.

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = دەرچوونی خێرا
# The button that reads a screen aloud with the device's own voice.
read-aloud = بە دەنگی بەرز بیخوێنەوە

# The first screen: what the child wants to share.
share-heading = حەز دەکەیت چیمان پێ بڵێیت؟
kind-legend = حەز دەکەیت چیمان پێ بڵێیت؟ (دەتوانیت ئەمە تێپەڕێنیت.)
kind-idea = بیرۆکەیەک یان بۆچوونی من
kind-idea-hint = شتێک کە دەکرێت باشتر بێت، یان بۆچوونی تۆ دەربارەی شتێک.
kind-worry = نیگەرانییەک
kind-worry-hint = شتێک کە خەمبارت دەکات، دەتترسێنێت یان نیگەرانت دەکات.
kind-complaint = سکاڵایەک
kind-complaint-hint = شتێک کە هەڵە یان نادادپەروەرانە بوو.
kind-unsafe = من سەلامەت نیم
kind-unsafe-hint = ئێستا یارمەتی وەربگرە.
kind-story = چیرۆکەکەم دەگێڕمەوە
kind-story-hint = خۆت بڕیار دەدەیت کێ دەتوانێت بیبینێت.

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = هەنگاوی { $n } لە { $total }
step-back = بگەڕێوە
step-next = دواتر

# The honest screen before the first question.
before-heading = پێش ئەوەی دەست پێ بکەیت
before-who-heading = کێ دەیخوێنێتەوە
before-who = چەند کەسێکی ڕاهێنراو کە بۆ خوێندنەوەی نامەکان هەڵبژێردراون. هیچ کەسێک کە لەو شوێنەدا کار دەکات کە ناوی دەهێنیت، ناتوانێت بیخوێنێتەوە.
before-next-heading = دواتر چی ڕوودەدات
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] کەسێک لە ماوەی یەک ڕۆژدا دەیخوێنێتەوە.
   *[other] کەسێک لە ماوەی { $days } ڕۆژدا دەیخوێنێتەوە.
}
before-cannot-heading = لە چی ناتوانین بتپارێزین
before-cannot = کەسێک کە شاشەکەت دەبینێت، یان ئەم ئامێرە دەبات، دەتوانێت ئەوەی دەینووسیت ببینێت. ئەگەر کەسێک لە مەترسیدا بێت، لەوانەیە ناچار بین بە کەسانێک بڵێین کە دەتوانن بیپارێزن.
before-exit = ئەگەر کەسێک هات، «دەرچوونی خێرا» دابگرە یان سێ جار Esc دابگرە. پەڕەکە یەکسەر ون دەبێت.
before-start = تێگەیشتم، دەست پێ بکە

# "I am not safe": help contacts first.
help-heading = دەتوانیت ئێستا یارمەتی وەربگریت
help-call-now = ئەگەر ئێستا لە مەترسیدایت، پەیوەندی بە یەکێک لەم ژمارانەوە بکە:
help-no-contacts = ئەگەر ئێستا لە مەترسیدایت، پەیوەندی بە ژمارەی فریاکەوتنی ئەم وڵاتەوە بکە.
help-tell-us = هەروەها دەتوانیت پێمان بڵێیت چی ڕوودەدات. پێش هەموو شتێک ئەوە دەخوێنینەوە.

# The questions.
feelings-heading = هەستت چۆنە؟
feelings-hint = دەتوانیت زیاتر لە یەک دانە هەڵبژێریت، یان ئەمە تێپەڕێنیت.
feeling-happy = دڵخۆش
feeling-okay = باش
feeling-sad = خەمبار
feeling-scared = ترساو
feeling-angry = تووڕە
feeling-worried = نیگەران
words-label-idea = بیرۆکەکەت چییە؟
words-label-worry = چی نیگەرانت دەکات؟
words-label-complaint = چی ڕوویدا؟
words-label-unsafe = چی ڕوودەدات؟ لە کوێیت؟ (تەنها ئەگەر دەتوانیت.)
words-label-story = چیرۆکەکەت بگێڕەوە. دەتوانیت بینووسیت یان بە دەنگ بیڵێیت.
wish-heading = حەز دەکەیت چی ڕووبدات؟
wish-hint = دەتوانیت زیاتر لە یەک دانە هەڵبژێریت، یان ئەمە تێپەڕێنیت.
wish-talk = دەمەوێت لەگەڵ کەسێک قسە بکەم
wish-change = دەمەوێت شتێک بگۆڕێت
wish-just_know = تەنها دەمەوێت ئێوە بزانن
wish-not_sure = دڵنیا نیم

# The review before sending.
review-heading = پێش ناردن بیپشکنە
review-kind = ئەوەی دەیڵێیت
review-feelings = هەستت چۆنە
review-words = وشەکانت
review-place = شوێنەکە
review-wishes = ئەوەی حەزت لێیە
review-skipped = ئەمەت تێپەڕاند.
review-change = بیگۆڕە
review-urgent = ئەمە وەک شتێکی بەپەلە سەیر دەکەین.

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = هێشتا لێرەیت؟
kiosk-warning-body = ئەگەر کەس دەست لە شاشەکە نەدات، بەم زووانە هەموو ئەوەی لەسەریەتی دەسڕدرێتەوە، بۆ ئەوەی کەسی دواتر نەتوانێت بیبینێت.
kiosk-stay = هێشتا لێرەم

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = سەگ
picture-cat = پشیلە
picture-fish = ماسی
picture-bird = باڵندە
picture-horse = ئەسپ
picture-cow = مانگا
picture-rabbit = کەروێشک
picture-turtle = کیسەڵ
picture-butterfly = پەپوولە
picture-bee = هەنگ
picture-elephant = فیل
picture-lion = شێر
picture-frog = بۆق
picture-monkey = مەیموون
picture-duck = مراوی
picture-owl = کوندەبەبوو
picture-apple = سێو
picture-banana = مۆز
picture-grapes = ترێ
picture-lemon = لیمۆ
picture-carrot = گێزەر
picture-corn = گەنمەشامی
picture-bread = نان
picture-cheese = پەنیر
picture-egg = هێلکە
picture-cake = کێک
picture-watermelon = شووتی
picture-cherries = گێلاس
picture-strawberry = توو فەرەنگی
picture-pineapple = ئەناناس
picture-mushroom = کارگ
picture-pepper = بیبەر
picture-sun = خۆر
picture-moon = مانگ
picture-star = ئەستێرە
picture-cloud = هەور
picture-rainbow = پەلکەزێڕینە
picture-flower = گوڵ
picture-tree = دار
picture-leaf = گەڵا
picture-mountain = چیا
picture-shell = سەدەف
picture-glasses = چاویلکە
picture-snowflake = پەڕەی بەفر
picture-umbrella = چەتر
picture-house = خانوو
picture-car = ئۆتۆمبێل
picture-bicycle = پاسکیل
picture-teddy = ورچی یاری
picture-rocket = ڕۆکێت
picture-train = شەمەندەفەر
picture-ball = تۆپ
picture-guitar = گیتار
picture-drum = دەهۆڵ
picture-book = کتێب
picture-pencil = قەڵەم
picture-key = کلیل
picture-clock = کاتژمێر
picture-bell = زەنگ
picture-gift = دیاری
picture-balloon = بالۆن
picture-crown = تاج
picture-shoe = پێڵاو
picture-heart = دڵ

# After sending: the child's code.
code-heading = وێنە نهێنییەکانت
code-body = بەم وێنانە دەتوانیت بگەڕێیتەوە، وەڵامەکەمان بخوێنیتەوە، شتێک زیاد بکەیت، یان نامەکەت بکشێنیتەوە. بەم ڕیزبەندییە لە بیریان بگرە، یان بیاننووسە و لە شوێنێکی پارێزراودا هەڵیانبگرە. نیشانی هیچ کەسێکیان مەدە.
code-print = وێنەکانم چاپ بکە
code-come-back = گەڕانەوە بە وێنەکانم

# Coming back with the code.
page-title-back = گەڕانەوە
back-heading = بە وێنە نهێنییەکانتەوە بگەڕێوە
back-hint = هەشت وێنەکەت بە هەمان ڕیزبەندی هەڵبژێرە.
back-chosen = وێنەکانت تا ئێستا
back-remove = دوایین وێنە لاببە
back-open = بیکەرەوە
back-opening = دەکرێتەوە…
back-not-found = نەمانتوانی نامەیەک بەم وێنانە بدۆزینەوە. تکایە بیانپشکنە و دووبارە هەوڵ بدەرەوە.
back-too-many = زۆر جار هەوڵت داوە. تکایە کەمێک چاوەڕێ بکە پێش ئەوەی دووبارە هەوڵ بدەیتەوە.
back-incomplete = تکایە هەر هەشت وێنەکە هەڵبژێرە.
back-status-heading = چی بەسەر نامەکەتدا دێت
back-status-new = نامەکەت گەیشت. هێشتا کەس نەیخوێندووەتەوە.
back-status-acknowledged = کەسێک نامەکەتی خوێندووەتەوە.
back-status-in_progress = کەسێک کار لەسەر نامەکەت دەکات.
back-status-waiting_for_child = چاوەڕێی تۆین. تکایە وەڵامەکەمان بخوێنەوە.
back-status-referred = داوامان لە کەسانی تر کرد کە دەتوانن یارمەتی بدەن.
back-status-closed = کارمان لەسەر نامەکەت تەواو کرد.
back-replies-heading = وەڵامەکانمان
back-no-replies = هێشتا هیچ وەڵامێک نییە.
back-reply-from-us = وەڵامی ئێمە
back-reply-from-you = ئەوەی تۆ زیادت کرد
back-add-label = شتێک بۆ نامەکەت زیاد بکە
back-add = بنێرە
back-added = گەیشت. سوپاس.
back-withdraw-heading = نامەکەت بکشێنەوە
back-withdraw-body = ئەگەر بیکشێنیتەوە، ئەوەی نووسیوتە و وەڵامەکانی خۆمان دەسڕینەوە. ئەمە ناگەڕێندرێتەوە.
back-withdraw = نامەکەم بکشێنەوە
back-withdraw-confirm = بەڵێ، بیکشێنەوە
back-withdrawn = نامەکەت کشێندرایەوە و سڕایەوە.
back-withdraw-body-urgent = گوتت سەلامەت نیت. ئەگەر ئەم نامەیە بکشێنیتەوە، کەسێک کە کاری پاراستنی منداڵانە هێشتا دەتوانێت تا { $day } بیخوێنێتەوە، بۆ ئەوەی دڵنیا بێت کە تۆ سەلامەتیت. دواتر لەگەڵ وەڵامەکانی خۆمان دەیسڕینەوە. ئەمە ناگەڕێندرێتەوە.
back-withdrawn-urgent = نامەکەت کشاندەوە. کەسێک کە کاری پاراستنی منداڵانە هێشتا دەتوانێت تا { $day } بیخوێنێتەوە، بۆ ئەوەی دڵنیا بێت کە تۆ سەلامەتیت. دواتر دەسڕدرێتەوە.
back-close = دایبخە
back-needs-js = بۆ گەڕانەوە پێویستت بە وێبگەڕێکە کە سکریپت کار پێ بکات، چونکە وێنە نهێنییەکانت لەسەر ئەم ئامێرە دەبنە کلیلەکەت.
back-cannot-open = ئەم نامەیە ناکرێتەوە.

# Recording instead of writing.
voice-hint = دەتوانیت لە جیاتی نووسین بە دەنگ بیڵێیت. ئەویش وەک وشەکانت، پێش ئەوەی ئەم ئامێرە جێبهێڵێت، قوفڵ دەکرێت.
voice-record = دەنگم تۆمار بکە
voice-stop = تۆمارکردن ڕابگرە
voice-recording = تۆمار دەکرێت… کاتێک تەواو بوویت، «تۆمارکردن ڕابگرە» دابگرە.
voice-recorded = تۆمارەکەت. دەتوانیت پێش ناردن گوێی لێ بگریت.
voice-delete = تۆمارەکە بسڕەوە
voice-refused = نەمانتوانی تۆمار بکەین. دەتوانیت لە جیاتی ئەوە بنووسیت.
review-voice = تۆمارەکەت
review-voice-yes = نامەیەکت تۆمار کرد.

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = تیمێکی بچووک کە کار لەسەر چیرۆکەکان دەکەن، چیرۆکەکەت دەخوێننەوە. چیرۆکەکەت تەنها بەو شێوانە بەکاردێت کە تۆ لە هەنگاوەکانی دواتردا «بەڵێ»یان پێ دەڵێیت.
story-before-help = ئەگەر ئێستا سەلامەت نیت، بگەڕێوە و «من سەلامەت نیم» هەڵبژێرە. ئینجا دەتوانین یەکسەر یارمەتیت بدەین.
story-before-next = لە هەنگاوەکانی دواتردا، یەک بە یەک بڕیار دەدەیت چیرۆکەکەت لە کوێ بەکاربهێنرێت. هەموو شتێک «نەخێر»ە تا ئەو کاتەی تۆ «بەڵێ» دەڵێیت. بە وێنە نهێنییەکانت دەتوانیت هەر وەشانێکی گۆڕاو پێش بەکارهێنانی بخوێنیتەوە، «بەڵێ» یان «نەخێر»ی پێ بڵێیت، و هەر کاتێک ویستت بڕیارەکەت بگۆڕیت.
story-sent-body = چیرۆکەکەت گەیشت. وێنە نهێنییەکانت بپارێزە: بەوانە دەتوانیت وەشانەکانی چیرۆکەکەت بخوێنیتەوە، «بەڵێ» یان «نەخێر» بڵێیت، و هەر کاتێک ویستت بڕیارەکەت بگۆڕیت.
story-purpose-learning = تەنها لەناو ڕێکخراوەکەماندا
story-purpose-learning-body = لەوانەیە تیمەکەمان چیرۆکەکەت بخوێنێتەوە بۆ ئەوەی فێر بێت چۆن باشتر یارمەتی منداڵان بدات. چیرۆکەکەت لەناو ڕێکخراوەکەماندا دەمێنێتەوە.
story-purpose-advocacy = لەگەڵ ئەو کەسانەی بڕیار دەدەن
story-purpose-advocacy-body = لەوانەیە چیرۆکەکەت نیشانی ئەو کەسانە بدەین کە یاسا دادەنێن و بڕیار دەدەن دەربارەی منداڵان، بۆ ئەوەی داوای گۆڕانکارییان لێ بکەین. بۆ هەمووان بڵاو ناکرێتەوە.
story-purpose-public = بۆ هەمووان: ماڵپەڕ و ڕاپۆرتەکانمان
story-purpose-public-body = لەوانەیە چیرۆکەکەت لە ماڵپەڕەکەمان یان لە ڕاپۆرتەکانماندا بێت، کە هەر کەسێک دەتوانێت بیخوێنێتەوە. تەنها ئەو وەشانە بەکاردێت کە تۆ وشە بە وشە پەسەندت کردبێت.
story-purpose-media = ڕۆژنامەنووسان و میدیا
story-purpose-media-body = لەوانەیە چیرۆکەکەت بدەینە ڕۆژنامەنووسان، بۆ ڕۆژنامە، ڕادیۆ یان تەلەفزیۆن. تەنها ئەو وەشانە بەکاردێت کە تۆ وشە بە وشە پەسەندت کردبێت.
story-consent-question = دەتوانین چیرۆکەکەت بۆ ئەمە بەکاربهێنین؟
story-consent-no = نەخێر
story-consent-yes = بەڵێ
story-consent-change = هەر کاتێک بتەوێت، دەتوانیت بە وێنە نهێنییەکانت وەڵامەکەت بگۆڕیت.
story-consent-copies = ئەگەر «بەڵێ»یەکەت بکشێنیتەوە، یەکسەر واز لە بەکارهێنانی چیرۆکەکەت دەهێنین. بەڵام ناتوانین ئەو کۆپییانە بگەڕێنینەوە کە پێشتر دراون، بۆ نموونە بە ڕۆژنامەیەک.
story-consent-never = ئێمە هەرگیز ڕوخسار، شوێن، ناوی ئەندامانی خێزانەکەت، یان ناوی ئەو شوێنەی تێیدا دەژیت بڵاو ناکەینەوە.
story-naming = ناوەکەت
story-naming-question = حەز دەکەیت چ ناوێک لەگەڵ چیرۆکەکەتدا بێت؟
story-naming-none = بێ هیچ ناوێک
story-naming-made_up = ناوێکی دروستکراو (نەک ناوی ڕاستەقینەم)
story-naming-first_name = تەنها ناوی یەکەمم
story-name-label = ئەو ناوەی بەکاردێت (تەنها ئەگەر ناوێکت هەڵبژاردبێت)
story-name-hint = ئەگەر «بێ هیچ ناوێک»ت هەڵبژاردووە، ئەمە بە بەتاڵی جێبهێڵە.
story-age = تەمەنت
story-age-why = پێویست نییە بیڵێیت. بۆ منداڵانی بچووکتر، لەوانەیە پێش بەکارهێنانی چیرۆکەکەت، پرسیار لە کەسێکی گەورەی جێی متمانەش بکرێت.
story-age-label = تەمەنت چەندە؟
story-age-unsaid = پێم باشترە نەیڵێم

# Coming back to a story.
story-back-heading = چیرۆکەکەت
story-back-intro = لێرە دەتوانیت وەشانەکانی چیرۆکەکەت بخوێنیتەوە و بڕیار بدەیت لە کوێ بەکاربهێنرێت.
story-versions-heading = وەشانەکان بۆ ئەوەی بیانخوێنیتەوە
story-no-versions = هێشتا هیچ وەشانێک نییە بۆ ئەوەی بیخوێنیتەوە.
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = وەشان بۆ: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = ئەو ناوەی پیشان دەدرێت: { $name }
story-version-awaiting = چاوەڕێی وەڵامی تۆین
story-version-approved = بە هەمان ئەم وشانە «بەڵێ»ت گوت
story-version-declined = بەم وەشانە «نەخێر»ت گوت
story-version-approve = بەڵێ، هەمان ئەم وشانە بەکاربهێنن
story-version-decline = نەخێر، بەم شێوەیە نا
story-version-saved-yes = سوپاس. تەنها هەمان ئەم وشانە دەتوانرێت بەکاربهێنرێن.
story-version-saved-no = سوپاس. ئەم وەشانە بەکارناهێنرێت.
story-consents-heading = چیرۆکەکەت لە کوێ دەتوانرێت بەکاربهێنرێت
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = «بەڵێ»ت گوت، تا { $day }.
story-consent-said-no = «نەخێر»ت گوت.
story-consent-withdraw = «بەڵێ»یەکەم بکشێنەوە
story-consent-renew = دووبارە «بەڵێ» بڵێ
story-consent-give = «بەڵێ» بڵێ
story-consent-saved-yes = پاشەکەوت کرا. «بەڵێ»ت گوت.
story-consent-saved-no = پاشەکەوت کرا. چیرۆکەکەت چیتر بۆ ئەمە بەکارناهێنرێت.

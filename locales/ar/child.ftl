# The child's intake page. Plain words: many readers are young or read Arabic as a new language.
# Where Arabic would mark the reader's gender, prefer forms that do not (verbal nouns, the suffix ـك, past tense).

page-title-intake = أخبرنا
intake-heading = أخبرنا بما يدور في بالك
intake-locked = كلماتك تُقفَل قبل أن تخرج من هذا الجهاز. فقط الأشخاص الذين اختيروا لقراءة الرسائل يستطيعون فتحها.
intake-nojs = متصفحك لا يشغّل البرامج النصية. سيقفل خادمنا رسالتك لحظة وصولها، قبل حفظها.
intake-label = رسالتك
intake-hint = يمكنك أن تكتب كثيرًا أو قليلًا، بأي لغة.
intake-send = إرسال
intake-sending = جارٍ الإرسال…
intake-retry = المحاولة مرة أخرى

page-title-sent = وصلت رسالتك
intake-sent-heading = وصلت رسالتك
intake-sent-body = رسالتك محفوظة ومقفلة. شكرًا لأنك أخبرتنا.
intake-write-another = كتابة رسالة أخرى
intake-kept-heading = محفوظة على هذا الجهاز
intake-kept-body = الإنترنت لا يعمل الآن. رسالتك مقفلة ومحفوظة على هذا الجهاز. لا أحد هنا يستطيع قراءتها. ستُرسَل تلقائيًا عندما يعمل الإنترنت من جديد. ستعمل صورك السرية بعد ذلك.

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = رسالتك لم تصل بعد. كلماتك ما زالت هنا. من فضلك حاول مرة أخرى.
error-empty = لا يوجد شيء للإرسال بعد. من فضلك اختر شيئًا أو اكتب شيئًا أولًا.
# $max (number) — the largest number of characters a message may have.
error-too-long = رسالتك طويلة جدًا. من فضلك اجعلها أقصر: عدد الحروف لا يزيد على { $max }.
error-not-sealed = ما وصل لم يكن رسالة مقفلة، لذلك لم نحفظ أي شيء.
error-too-large = ما وصل كان كبيرًا جدًا، لذلك لم نحفظ أي شيء.
error-bad-id = لم نستطع التعرّف على هذه الرسالة، لذلك لم نحفظ أي شيء. من فضلك افتح الصفحة مرة أخرى وأرسلها من جديد.
error-cross-site = هذا جاء من موقع آخر، لذلك لم نحفظ أي شيء.
error-unavailable = حدثت مشكلة عندنا، لذلك لم نحفظ أي شيء. من فضلك حاول مرة أخرى لاحقًا.
error-bad-form = النموذج لم يكن كاملًا، لذلك لم نحفظ أي شيء. من فضلك افتح الصفحة مرة أخرى.
error-recipients-changed = تغيّر شيء عندنا وأنت تكتب، لذلك لم نحفظ أي شيء بعد. من فضلك اضغط «إرسال» مرة أخرى.

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = عن أي مكان هذه الرسالة؟ (يمكنك تخطّي هذا.)
intake-place-hint = إذا اخترت مكانًا، فلا أحد يعمل لهذا المكان يستطيع قراءة رسالتك.
intake-place-unsaid = أفضّل ألّا أقول
intake-place-elsewhere = مكان آخر
error-unknown-place = لا نعرف هذا المكان، لذلك لم نحفظ أي شيء. من فضلك اختر مكانًا آخر، أو «أفضّل ألّا أقول».
error-proof-needed = لم نستطع فحص رسالتك، لذلك لم نحفظ أي شيء بعد. من فضلك اضغط «إرسال» مرة أخرى.
error-too-many = أرسلت رسائل كثيرة من هذا الجهاز في وقت قصير، لذلك لم نحفظ هذه الرسالة. من فضلك انتظر قليلًا ثم حاول مرة أخرى.
error-busy = تصل الآن رسائل كثيرة جدًا، لذلك لم نحفظ رسالتك بعد. من فضلك حاول مرة أخرى بعد بضع دقائق. إذا كنت الآن لست في أمان، فاختر «أنا لست في أمان»: نستقبل هذه الرسائل قبل غيرها.
error-form-expired = بقيت هذه الصفحة مفتوحة وقتًا طويلًا أو استُخدمت من قبل، لذلك لم نحفظ أي شيء. من فضلك افتح الصفحة مرة أخرى وأرسل رسالتك.

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = خروج سريع
# The button that reads a screen aloud with the device's own voice.
read-aloud = القراءة بصوت عالٍ

# The first screen: what the child wants to share.
share-heading = ماذا تريد أن تشاركنا؟
kind-legend = ماذا تريد أن تشاركنا؟ (يمكنك تخطّي هذا.)
kind-idea = فكرة أو رأيي
kind-idea-hint = شيء يمكن أن يكون أفضل، أو رأيك في شيء ما.
kind-worry = شيء يقلقني
kind-worry-hint = شيء يُحزنك أو يُخيفك أو يُقلقك.
kind-complaint = شكوى
kind-complaint-hint = شيء كان خطأً أو غير عادل.
kind-unsafe = أنا لست في أمان
kind-unsafe-hint = للحصول على مساعدة الآن.
kind-story = أحكي قصتي
kind-story-hint = القرار لك: من يستطيع أن يراها.

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = الخطوة { $n } من { $total }
step-back = رجوع
step-next = التالي

# The honest screen before the first question.
before-heading = قبل أن نبدأ
before-who-heading = من يقرأ رسالتك
before-who = عدد قليل من الأشخاص المدرَّبين الذين اختيروا لقراءة الرسائل. لا أحد يعمل في المكان الذي اخترته يستطيع قراءتها.
before-next-heading = ماذا يحدث بعد ذلك
# $days (number) — within how many days a person reads a new message.
# Arabic plural categories: one (1), two (2), few (3–10), many (11–99), other (100 and more).
before-next = { $days ->
    [one] سيقرؤها شخص خلال يوم واحد.
    [two] سيقرؤها شخص خلال يومين.
    [few] سيقرؤها شخص خلال { $days } أيام.
    [many] سيقرؤها شخص خلال { $days } يومًا.
   *[other] سيقرؤها شخص خلال { $days } يوم.
}
before-cannot-heading = ما لا نستطيع حمايتك منه
before-cannot = من يرى شاشتك، أو يأخذ هذا الجهاز، يستطيع أن يرى كلماتك. إذا كان أحد في خطر، فقد نحتاج أن نخبر أشخاصًا يستطيعون حمايته.
before-exit = إذا جاء أحد، اضغط «خروج سريع» أو اضغط Esc ثلاث مرات. تختفي الصفحة فورًا.
before-start = فهمت، لنبدأ

# "I am not safe": help contacts first.
help-heading = يمكنك الحصول على مساعدة الآن
help-call-now = إذا كنت في خطر الآن، اتصل بأحد هذه الأرقام:
help-no-contacts = إذا كنت في خطر الآن، اتصل برقم الطوارئ في هذا البلد.
help-tell-us = يمكنك أيضًا أن تخبرنا بما يحدث. سنقرأ رسالتك قبل غيرها.

# The questions.
feelings-heading = ما شعورك؟
feelings-hint = يمكنك اختيار أكثر من واحد، أو تخطّي هذا.
feeling-happy = فرح
feeling-okay = بخير
feeling-sad = حزن
feeling-scared = خوف
feeling-angry = غضب
feeling-worried = قلق
words-label-idea = ما فكرتك؟
words-label-worry = ما الذي يقلقك؟
words-label-complaint = ماذا حدث؟
words-label-unsafe = ماذا يحدث؟ أين أنت؟ (فقط إذا استطعت.)
words-label-story = يمكنك أن تحكي قصتك، بالكتابة أو بصوتك.
wish-heading = ماذا تريد أن يحدث؟
wish-hint = يمكنك اختيار أكثر من واحد، أو تخطّي هذا.
wish-talk = أريد أن أتكلم مع أحد
wish-change = أريد أن يتغيّر شيء
wish-just_know = أريد فقط أن تعرفوا
wish-not_sure = لا أعرف

# The review before sending.
review-heading = المراجعة قبل الإرسال
review-kind = نوع رسالتك
review-feelings = شعورك
review-words = كلماتك
review-place = المكان
review-wishes = أمنياتك
review-skipped = تخطّيت هذا.
review-change = تغيير
review-urgent = سنتعامل مع هذا كأمر عاجل.

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = هل ما زلت هنا؟
kiosk-warning-body = إذا لم يلمس أحد الشاشة، سيُمسح كل ما عليها قريبًا، حتى لا يراه الشخص التالي.
kiosk-stay = ما زلت هنا

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = كلب
picture-cat = قطة
picture-fish = سمكة
picture-bird = عصفور
picture-horse = حصان
picture-cow = بقرة
picture-rabbit = أرنب
picture-turtle = سلحفاة
picture-butterfly = فراشة
picture-bee = نحلة
picture-elephant = فيل
picture-lion = أسد
picture-frog = ضفدع
picture-monkey = قرد
picture-duck = بطة
picture-owl = بومة
picture-apple = تفاحة
picture-banana = موزة
picture-grapes = عنب
picture-lemon = ليمونة
picture-carrot = جزرة
picture-corn = ذرة
picture-bread = خبز
picture-cheese = جبنة
picture-egg = بيضة
picture-cake = كعكة
picture-watermelon = بطيخة
picture-cherries = كرز
picture-strawberry = فراولة
picture-pineapple = أناناس
picture-mushroom = فطر
picture-pepper = فلفل حار
picture-sun = شمس
picture-moon = قمر
picture-star = نجمة
picture-cloud = غيمة
picture-rainbow = قوس قزح
picture-flower = زهرة
picture-tree = شجرة
picture-leaf = ورقة شجر
picture-mountain = جبل
picture-shell = صدفة
picture-glasses = نظارة
picture-snowflake = ثلج
picture-umbrella = مظلة
picture-house = بيت
picture-car = سيارة
picture-bicycle = دراجة
picture-teddy = دبدوب
picture-rocket = صاروخ
picture-train = قطار
picture-ball = كرة
picture-guitar = غيتار
picture-drum = طبل
picture-book = كتاب
picture-pencil = قلم رصاص
picture-key = مفتاح
picture-clock = ساعة
picture-bell = جرس
picture-gift = هدية
picture-balloon = بالون
picture-crown = تاج
picture-shoe = حذاء
picture-heart = قلب

# After sending: the child's code.
code-heading = صورك السرية
code-body = بهذه الصور يمكنك الرجوع، وقراءة ردّنا، وإضافة شيء، أو سحب رسالتك. من المهم تذكّرها بهذا الترتيب، أو كتابتها وحفظها في مكان آمن. يجب ألّا يراها أحد غيرك.
code-print = طباعة صوري
code-come-back = الرجوع بصوري

# Coming back with the code.
page-title-back = الرجوع
back-heading = الرجوع بصورك السرية
back-hint = اختر صورك الثماني بالترتيب نفسه.
back-chosen = صورك حتى الآن
back-remove = إزالة آخر صورة
back-open = فتح
back-opening = جارٍ الفتح…
back-not-found = لم نجد رسالة بهذه الصور. من فضلك راجعها ثم حاول مرة أخرى.
back-too-many = حاولت مرات كثيرة. من فضلك انتظر قليلًا ثم حاول مرة أخرى.
back-incomplete = من فضلك اختر الصور الثماني كلها.
back-status-heading = ماذا يحدث لرسالتك
back-status-new = وصلت رسالتك. لم يقرأها أحد بعد.
back-status-acknowledged = قرأ أحدنا رسالتك.
back-status-in_progress = يعمل أحدنا على رسالتك.
back-status-waiting_for_child = نحن ننتظرك. من فضلك اقرأ ردّنا.
back-status-referred = طلبنا المساعدة من أشخاص آخرين يستطيعون أن يساعدوا.
back-status-closed = انتهينا من العمل على رسالتك.
back-replies-heading = ردودنا
back-no-replies = لا يوجد ردّ بعد.
back-reply-from-us = ردّنا
back-reply-from-you = ما أضفته
back-add-label = إضافة شيء إلى رسالتك
back-add = إرسال
back-added = وصل. شكرًا لك.
back-withdraw-heading = سحب رسالتك
back-withdraw-body = إذا سحبتها، سنحذف ما كتبته وردودنا. لا يمكن التراجع عن هذا.
back-withdraw = سحب رسالتي
back-withdraw-confirm = نعم، أريد سحبها
back-withdrawn = تم سحب رسالتك وحذفها.
back-withdraw-body-urgent = قلت إنك لست في أمان. إذا سحبت هذه الرسالة، يبقى بإمكان شخص مسؤول عن حماية الأطفال أن يقرأها حتى { $day }، ليتأكد أنك في أمان. بعد ذلك نحذفها مع ردودنا. لا يمكن التراجع عن هذا.
back-withdrawn-urgent = سحبت رسالتك. يبقى بإمكان شخص مسؤول عن حماية الأطفال أن يقرأها حتى { $day }، ليتأكد أنك في أمان. بعد ذلك تُحذف.
back-close = إغلاق
back-needs-js = للعودة تحتاج إلى متصفح يشغّل البرامج النصية، لأن صورك السرية تتحول إلى مفتاحك على هذا الجهاز.
back-cannot-open = لا يمكن فتح هذه الرسالة.

# Recording instead of writing.
voice-hint = يمكنك أيضًا أن تقولها بصوتك بدل الكتابة. يُقفَل التسجيل مثل كلماتك قبل أن يخرج من هذا الجهاز.
voice-record = سجّل صوتي
voice-stop = أوقف التسجيل
voice-recording = جارٍ التسجيل… اضغط «أوقف التسجيل» عندما تنتهي.
voice-recorded = هذا تسجيلك. يمكنك أن تسمعه قبل إرساله.
voice-delete = احذف التسجيل
voice-refused = لم نستطع التسجيل. يمكنك الكتابة بدلًا من ذلك.
review-voice = تسجيلك
review-voice-yes = لقد سجّلت رسالة.

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = فريق صغير من محرّري القصص يقرأ قصتك. ولا تُستخدم قصتك إلا بالطرق التي يكون جوابك عنها «نعم» في الخطوات التالية.
story-before-help = إذا كنت الآن لست في أمان، فمن المهم الرجوع واختيار «أنا لست في أمان». عندها يمكننا مساعدتك فورًا.
story-before-next = في الخطوات التالية يكون القرار لك، واحدًا بعد واحد: أين يمكن استخدام قصتك. كل شيء «لا» إلى أن يكون جوابك «نعم». بصورك السرية يمكنك قراءة أي نسخة معدّلة قبل استخدامها، وقول «نعم» أو «لا» لها، وتغيير رأيك في أي وقت.
story-sent-body = وصلت قصتك. من المهم الاحتفاظ بصورك السرية: بها يمكنك قراءة نُسَخ قصتك، وقول «نعم» أو «لا»، وتغيير رأيك في أي وقت.
story-purpose-learning = داخل منظمتنا فقط
story-purpose-learning-body = قد يقرأ فريقنا قصتك ليتعلّم كيف يساعد الأطفال بشكل أفضل. تبقى قصتك داخل منظمتنا.
story-purpose-advocacy = مع أشخاص يتخذون القرارات
story-purpose-advocacy-body = قد نشارك قصتك مع أشخاص يضعون القوانين ويتخذون القرارات عن الأطفال، لنطلب منهم التغيير. لا تُنشَر للجميع.
story-purpose-public = للجميع: موقعنا على الإنترنت وتقاريرنا
story-purpose-public-body = قد تظهر قصتك على موقعنا على الإنترنت أو في تقاريرنا، حيث يستطيع أي شخص أن يقرأها. لا نستخدم إلا نسخة وافقت أنت على كل كلمة فيها.
story-purpose-media = الصحفيون ووسائل الإعلام
story-purpose-media-body = قد نعطي قصتك للصحفيين، للجرائد أو الراديو أو التلفزيون. لا نستخدم إلا نسخة وافقت أنت على كل كلمة فيها.
story-consent-question = هل يمكننا استخدام قصتك لهذا؟
story-consent-no = لا
story-consent-yes = نعم
story-consent-change = يمكنك تغيير جوابك في أي وقت بصورك السرية.
story-consent-copies = إذا تراجعت عن «نعم»، نتوقف فورًا عن استخدام قصتك. لكن لا يمكننا استرجاع النسخ التي أُعطيت من قبل، مثلًا لجريدة.
story-consent-never = لا ننشر أبدًا الوجوه أو الأماكن أو أسماء أفراد عائلتك أو اسم مكان سكنك.
story-naming = اسمك
story-naming-question = أي اسم يظهر مع قصتك؟
story-naming-none = بدون أي اسم
story-naming-made_up = اسم مستعار (ليس اسمي الحقيقي)
story-naming-first_name = اسمي الأول فقط
story-name-label = الاسم الذي نستخدمه (فقط إذا اخترت اسمًا)
story-name-hint = إذا اخترت «بدون أي اسم»، فلا حاجة لكتابة شيء هنا.
story-age = عمرك
story-age-why = ليس من الضروري ذكره. للأطفال الأصغر سنًّا، قد نسأل أيضًا شخصًا كبيرًا موثوقًا قبل استخدام قصتك.
story-age-label = كم عمرك؟
story-age-unsaid = أفضّل ألّا أقول

# Coming back to a story.
story-back-heading = قصتك
story-back-intro = هنا يمكنك قراءة نُسَخ قصتك، والقرار لك أين يمكن استخدامها.
story-versions-heading = نُسَخ للقراءة
story-no-versions = لا توجد نسخة للقراءة بعد.
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = نسخة من أجل: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = الاسم الظاهر: { $name }
story-version-awaiting = بانتظار جوابك
story-version-approved = قلت «نعم» لهذه الكلمات بالضبط
story-version-declined = قلت «لا» لهذه النسخة
story-version-approve = نعم، استخدموا هذه الكلمات بالضبط
story-version-decline = لا، ليس هكذا
story-version-saved-yes = شكرًا لك. لا يمكن استخدام إلا هذه الكلمات بالضبط.
story-version-saved-no = شكرًا لك. لن تُستخدم هذه النسخة.
story-consents-heading = أين يمكن أن تُستخدم قصتك
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = قلت «نعم»، حتى { $day }.
story-consent-said-no = قلت «لا».
story-consent-withdraw = أتراجع عن «نعم»
story-consent-renew = أقول «نعم» مرة أخرى
story-consent-give = أقول «نعم»
story-consent-saved-yes = تم الحفظ. قلت «نعم».
story-consent-saved-no = تم الحفظ. لن تُستخدم قصتك لهذا بعد الآن.

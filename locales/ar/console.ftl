# The reviewer console.

console-title = وحدة تحكم Heard
console-heading = وحدة تحكم المراجِعين
console-nav-inbox = فتح صندوق الوارد
console-nav-audit = فتح سجل التدقيق

# Enrolment: an invited staff member sets a password and an authenticator app.
enrol-title = إعداد حسابك
# $handle (string) — the login name the admin chose for this person.
enrol-heading = مرحبًا، { $handle }
enrol-intro = اختر كلمة مرور واربط تطبيق مصادقة. ستحتاج إلى الاثنين لتسجيل الدخول.
enrol-password = كلمة المرور
enrol-password-hint = 12 حرفًا على الأقل. يُفضَّل استخدام جملة من أربع كلمات أو أكثر.
enrol-password-confirm = كلمة المرور مرة أخرى
enrol-totp-heading = تطبيق المصادقة
enrol-totp-instructions = امسح الرمز بتطبيق المصادقة، أو أدخل فيه المفتاح المعروض أدناه. ثم أدخل الرمز المكوّن من ستة أرقام الذي يظهره التطبيق.
enrol-totp-key = المفتاح
enrol-code = الرمز المكوّن من ستة أرقام
enrol-submit = إنهاء الإعداد
enrol-done-title = حسابك جاهز
enrol-done-body = يمكنك تسجيل الدخول باسم المستخدم وكلمة المرور ورمز من تطبيق المصادقة.
error-link-invalid = هذا الرابط غير صالح. ربما استُخدم من قبل أو انتهت صلاحيته. اطلب رابطًا جديدًا من أحد المسؤولين.
# $min (number) — the smallest number of characters a password may have.
error-password-short = كلمة المرور قصيرة جدًا: يجب ألّا يقل عدد أحرفها عن { $min }.
error-password-long = كلمة المرور طويلة جدًا.
error-password-mismatch = كلمتا المرور غير متطابقتين.
error-code-wrong = هذا الرمز غير مطابق. تحقّق من الوقت على هاتفك وجرّب أحدث رمز.

# Sign-in and sign-out.
login-title = تسجيل الدخول
login-handle = اسم المستخدم
login-password = كلمة المرور
login-code = الرمز المكوّن من ستة أرقام من تطبيق المصادقة
login-submit = تسجيل الدخول
login-failed = اسم المستخدم أو كلمة المرور أو الرمز غير صحيح. لم يتغيّر أي شيء.
# $handle (string) — the signed-in person's login name. $role (string) — their role, already translated.
console-signed-in-as = تم تسجيل الدخول باسم { $handle } ({ $role }).
console-sign-in = تسجيل الدخول
console-sign-out = تسجيل الخروج
role-reviewer = مراجِع
role-safeguarding_lead = مسؤول الحماية
role-auditor = مدقِّق
role-admin = مسؤول النظام
role-story_editor = محرّر القصص
error-csrf = هذا النموذج قديم. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.

# The auditor's view of the audit log (never any content).
audit-title = سجل التدقيق
# $entries (number) — how many entries were checked. $head (string) — the newest entry's hash.
audit-intact = السلسلة سليمة: عدد الإدخالات التي فُحصت { $entries }. أحدث تجزئة: { $head }
# $seq (number) — the first entry that does not match the chain.
audit-broken = السلسلة مكسورة عند الإدخال رقم { $seq }. ربما غُيِّرت الإدخالات من هذا الموضع فصاعدًا أو حُذفت أو أُعيد ترتيبها.
audit-caption = الإدخالات الأحدث أولًا
audit-col-seq = الرقم
audit-col-day = اليوم
audit-col-actor = مَن
audit-col-action = ماذا
audit-col-subject = بخصوص
error-forbidden = دورك لا يسمح بهذه الصفحة. تم تسجيل المحاولة.

# Registering a reviewer's key (sent by the console's own script).
error-signin-needed = يُرجى تسجيل الدخول أولًا.
error-key-invalid = هذا ليس مفتاح age محميًا بعبارة مرور وله مفتاح عام صالح، لذلك لم يُحفَظ أي شيء.
error-key-exists = لهذا الحساب مفتاح بالفعل، لذلك لم يتغيّر أي شيء.

# The inbox: cases sealed to the signed-in reviewer's key. Metadata only; reading happens in the browser.
inbox-title = صندوق الوارد
inbox-no-key = ليس لحسابك مفتاح بعد، لذلك لا يمكن ختم أي حالة لك.
inbox-empty = لا توجد حالات هنا.
inbox-col-ref = المرجع
inbox-col-day = تاريخ الوصول
inbox-col-status = الوضع
inbox-col-sealed = القفل
inbox-filter-status = الوضع
inbox-filter-all = الكل
inbox-filter-apply = عرض
inbox-next = حالات أقدم
status-new = جديدة
status-acknowledged = تم الإقرار بالاستلام
status-in_progress = قيد المعالجة
status-waiting_for_child = بانتظار الطفل
status-referred = مُحالة
status-closed = مغلقة
sealed-browser = على جهاز الطفل
sealed-server = عند الوصول (بدون JavaScript)
inbox-filter-queue = قائمة العمل
inbox-newer = حالات أحدث
inbox-needs-script = تتطلب قراءة الحالات البرنامج النصي لوحدة التحكم: فهو يفتح قفل مفتاحك ويفك التشفير في هذا المتصفح. بدونه لا ترى إلا هذه القائمة، دون محتوى.
queue-all = كل حالاتي
queue-overdue = متأخرة (لم يُقَرّ باستلامها في الوقت المحدد)
queue-escalated = قائمة العمل العاجلة (مُصعَّدة)
queue-mine = المُسندة إليّ
queue-possible_flood = إغراق محتمل: «لست في أمان» فوق المعدل المعتاد للموقع (صعِّد الحقيقية منها)
category-idea = فكرة أو رأي
category-worry = قلق
category-complaint = شكوى
category-safety = سلامة
category-health = صحة
category-legal = قانوني
category-other = أخرى
urgency-normal = استعجال عادي
urgency-high = استعجال مرتفع
urgency-urgent = عاجل

# Console API refusals.
error-filter = عامل التصفية هذا غير معروف لصندوق الوارد. لم يتغيّر أي شيء.
error-change = لا يمكن إجراء هذا التغيير على حالة. لم يتغيّر أي شيء.
error-assignee = لا يمكن إسناد الحالة إلا إلى شخص يستطيع قراءتها. لم يتغيّر أي شيء.
error-note = لم تصل الملاحظة مختومة لقرّاء الحالة، لذلك لم تُحفَظ.

# The workbench: the reviewer's key, and the cases decrypted in this browser.
key-make-heading = إنشاء مفتاحك
key-make-intro = ينشئ متصفحك الآن المفتاح الذي تُختم به الحالات، ويقفله بعبارة مرور للمفتاح لا يعرفها أحد غيرك. يحتفظ الخادم بالمفتاح المقفل؛ ولا يستطيع أحد، ولا نحن، إعادة تعيين عبارة المرور.
key-make-hint = يجب ألّا يقل عدد الأحرف عن { $min }. استخدم عبارة مرور مختلفة عن كلمة مرور تسجيل الدخول.
key-passphrase = عبارة مرور المفتاح
key-passphrase-confirm = عبارة مرور المفتاح مرة أخرى
key-make-submit = إنشاء مفتاحي وقفله
key-working = جارٍ العمل… يستغرق هذا بضع ثوانٍ.
key-passphrase-too-short = يجب ألّا يقل عدد أحرف عبارة مرور المفتاح عن { $min }.
key-passphrase-mismatch = عبارتا المرور غير متطابقتين.
key-unlock-heading = فتح قفل مفتاحك
key-unlock-intro = يبقى مفتاحك في ذاكرة هذه الصفحة فقط، إلى أن تقفله أو تسجّل الخروج أو تغادر الصفحة.
key-unlock-submit = فتح القفل
key-wrong-passphrase = عبارة المرور هذه لا تفتح قفل مفتاحك.
key-not-this-key = هذا المفتاح ليس المفتاح المسجَّل لحسابك. راجع أحد المسؤولين.
workbench-unlocked = قفل مفتاحك مفتوح في هذه الصفحة.
workbench-lock = قفل
workbench-cases = الحالات
case-heading = الحالة { $ref }، وصلت في { $day }
case-cannot-open = لا يمكن فتح هذه الحالة بمفتاحك.
case-assigned-to = مُسندة إلى { $handle }
case-escalated = مُصعَّدة
case-possible-flood = إغراق محتمل: تحقّق مما إذا كان هذا طفلًا حقيقيًا
case-withdrawal-due = سحب الطفل هذه الحالة: ستُحذف في { $day }
case-overdue = متأخرة منذ { $day }
case-ack-due = يجب الإقرار بالاستلام قبل { $day }
case-category = الفئة
case-choose = اختر…
case-urgency = درجة الاستعجال
case-assignee = مُسندة إلى
case-unassigned = لا أحد
case-escalate = التصعيد إلى مسؤول الحماية
case-saved = تم الحفظ.
notes-heading = ملاحظات داخلية
note-label = ملاحظة داخلية جديدة
note-hint = تُختم في هذا المتصفح لقرّاء الحالة. لا تُعرض على الطفل أبدًا.
note-add = إضافة ملاحظة
note-added = تمت إضافة الملاحظة.
note-invalid = يجب أن تحتوي الملاحظة على بعض الكلمات، وألّا تتجاوز 5000 حرف.
note-by = { $handle }، { $day }
error-share = لا يمكن مشاركة الحالة إلا مع شخص يحق له قراءتها: وليس مع أي شخص مرتبط بالمكان الذي تتعلق به. لم يتغيّر أي شيء.
error-not-resealed = لم تصل الحالة مختومة، لذلك لم يتغيّر أي شيء.
shield-heading = تضارب المصالح والمشاركة
share-label = مشاركة هذه الحالة مع
share-hint = لا يظهر هنا إلا من يحق لهم قراءتها: لا أحد مرتبط بالمكان الذي تتعلق به. تُختم الحالة من جديد في هذا المتصفح، لقرّائها وللشخص الذي تختاره.
share-submit = مشاركة
share-done = تمت المشاركة.
recuse-hint = إذا كانت لك صلة بهذا الطفل أو بهذا المكان أو بالأشخاص المعنيين، فتنحَّ عن الحالة: لن ترى هذه الحالة بعد ذلك.
recuse-submit = لديّ تضارب مصالح: التنحّي عن هذه الحالة

# The auditors' per-facility proof that the shield held.
proof-title = المرافق: هل صمد الدرع؟
proof-intro = لكل مرفق: الحالات التي تذكره، والموظفون المرتبطون به، وما إذا كان أيٌّ منهم قد تلقّى في أي وقت حالة كهذه (المستلمون المسجَّلون لها) أو جلبها أو عرضها أو غيّرها (سجل التدقيق). الحالات المحذوفة لم تعد مرتبطة بأي مرفق.
proof-chain-intact = سلسلة التدقيق سليمة، لذا فإن عمليات القراءة المدرجة هنا كاملة.
proof-chain-broken = سلسلة التدقيق مكسورة: لا يمكن الوثوق بهذا الإثبات. راجع سجل التدقيق.
proof-no-facilities = لا توجد مرافق بعد.
proof-col-facility = المرفق
proof-col-cases = الحالات التي تذكره
proof-col-affiliated = الموظفون المرتبطون به
proof-col-verdict = النتيجة
proof-col-unaccounted = مفاتيح بلا حساب تلقّت حالة منها
proof-unaccounted-none = لا شيء
proof-held = صمد: لم يتلقَّ أي شخص مرتبط به حالة تذكره، ولم يقرأها.
proof-breached = خرق. استلمها: { $received }. قرأها: { $read }.
console-nav-proof = فتح إثبات المرافق

# Declaring affiliations (the shield).
console-nav-affiliations = الإفصاح عن أماكن عملك أو تطوّعك
affiliation-title = صِلاتك
affiliation-intro = أفصِح عن كل مرفق تعمل فيه أو تتطوّع له، أو عن الجهة التي تديره. منذ لحظة الإفصاح، لا تُختم لك أي حالة تذكر ذلك المكان ولا تُعرض عليك. يؤكد أحد المسؤولين ذلك لاحقًا.
affiliation-label = لديّ صلة بـ
affiliation-submit = إفصاح
affiliation-operator = كل الأماكن التي تديرها الجهة { $operator }
affiliation-declared = تم الإفصاح. الحالات التي تذكره لم تعد تُعرض عليك.
affiliation-invalid = هذا ليس مرفقًا أو جهة موجودة هنا. لم يتغيّر أي شيء.
affiliation-confirmed = تم التأكيد في { $day }
affiliation-unconfirmed = لم يُؤكَّد بعد
case-place = بخصوص المكان: { $place }
case-place-elsewhere = بخصوص مكان غير موجود في القائمة
case-place-unsaid = لم يذكر الطفل أي مكان
case-shared-by = نسخة شاركها معك { $handle }، أُعيد تشفيرها في متصفحه. تبقى النسخة الأصلية التي أرسلها الطفل دون تغيير.
# What the child chose in a guided flow (the choices themselves are shown in the child's words).
case-chose-kind = اختار الطفل:
case-chose-feelings = المشاعر:
case-chose-wishes = ما يتمنّاه:

# Messages between the child and the reviewers (sealed; the child reads them with their secret pictures).
messages-heading = الرسائل مع الطفل
message-from-child = من الطفل، { $day }
# $handle (string) — who wrote the reply; $day (string) — the day, YYYY-MM-DD.
message-to-child = ردّ من { $handle }، { $day }
message-cannot-open = لا يمكن فتح هذه الرسالة بمفتاحك.
reply-label = الردّ على الطفل
reply-hint = يقرأ الطفل الردّ بصوره السرية. يُرجى الكتابة بأسلوب بسيط وبلغة الطفل.
reply-no-code = ليست لدى الطفل صور سرية لهذه الحالة، لذلك لا يمكن أن يصل إليه أي ردّ.
reply-template = البدء من نموذج (بلغة الطفل)
reply-template-none = بدون نموذج
reply-send = إرسال الردّ
reply-sent = تم إرسال الردّ.
# A voice message sealed with the case, played after decryption in this browser.
case-voice = سجّل الطفل رسالة صوتية:

# صفحة اللغات (للمشرفين): كل لغة يمكن للأطفال اختيارها ومدى الثقة بها.
console-nav-languages = اللغات والترجمات
languages-title = اللغات
languages-intro = كل لغة يمكن للأطفال اختيارها: من ترجمها، وهل راجعها متحدث أصلي، وكم منها مترجم. عندما تنقص رسالة، يراها الأطفال باللغة المختارة لها أدناه، وليس فارغة أبدًا.
languages-step-up = لتغيير لغة بديلة، اكتب في صفّها رمزًا جديدًا من تطبيق المصادقة الخاص بك.
languages-name = اللغة
languages-code = الرمز
languages-translator = ترجمها
languages-machine = مسودة آلية
languages-reviewed = راجعها متحدث أصلي
languages-reviewed-yes = نعم
languages-reviewed-no = ليس بعد
languages-coverage = المترجم
# $done (number) — messages translated; $total (number) — messages in English; $percent (number) — 0 to 100.
languages-coverage-value = { $done } من { $total } ({ $percent } ٪)
languages-fallback = تظهر الرسائل الناقصة باللغة
languages-save = حفظ
languages-saved = تم الحفظ. سيرى الأطفال التغيير في صفحتهم التالية.
error-bad-fallback = لا يمكن لهذه اللغة أن تحل محل هذه اللغة. لم يتغير شيء.

# The story editors' page.
console-nav-stories = القصص
stories-title = القصص
stories-intro = قصص رواها الأطفال، للأغراض التي قالوا لها «نعم». أعِدّ نسخة، ثم يقرؤها الطفل ويقرّر. لا يمكن استخدام إلا الكلمات نفسها بالضبط التي وافق عليها الطفل.
stories-loading = جارٍ فتح القصص…
stories-empty = لا توجد قصة لك الآن.
stories-open = افتح هذه القصة
stories-older = قصص أقدم
stories-newer = قصص أحدث
stories-yes = نعم
stories-no = لا
stories-not-asked = لم يُسأل بعد
stories-co-not-needed = غير مطلوب
# $day is the day the story arrived, as YYYY-MM-DD.
stories-story = قصة وصلت في { $day }
stories-naming = طريقة ذكر الاسم:
stories-col-purpose = الغرض
stories-col-child = موافقة الطفل
stories-col-co = الوصيّ أو المناصر
stories-col-usable = يمكن استخدامها
stories-versions = النسخ
stories-published = نُشرت في صفحة القصص العامة.
stories-publish = النشر في صفحة القصص العامة
stories-prepare = إعداد نسخة
stories-prepare-hint = احذف أسماء أفراد العائلة والأماكن والمرافق، وأي شيء قد يكشف هوية الطفل. سيقرأ الطفل هذا النص كما هو بالضبط.
stories-language = اللغة
stories-byline = الاسم الظاهر (فقط إذا اختار الطفل اسمًا)
stories-version-text = نص هذه النسخة
stories-send-version = الإرسال إلى الطفل ليقرأها
stories-co-heading = جواب الوصيّ أو المناصر
stories-co-by = مَن أجاب
stories-co-guardian = الوصيّ
stories-co-advocate = المناصر
stories-co-yes = كان الجواب «نعم»
stories-co-no = كان الجواب «لا»

# Accounts: offboarding (admins).
console-nav-accounts = الحسابات (إنهاء الخدمة)
accounts-title = الحسابات
accounts-intro = تعطيل الحساب ينهي جلساته فورًا ويمنعه من تسجيل الدخول، ولا يتلقى مفتاحه أي حالة جديدة. الحالات المشفرة له من قبل تبقى كذلك: اطلب من زملائه متابعتها. كل تغيير يُسجَّل في سجل التدقيق.
accounts-handle = اسم المستخدم
accounts-role = الدور
accounts-status = الحالة
accounts-change = التغيير
accounts-status-invited = مدعو، لم يسجل بعد
accounts-status-active = نشط
accounts-status-disabled = معطَّل
accounts-disable = تعطيل
accounts-enable = تفعيل
step-up-code = رمز جديد من تطبيق المصادقة الخاص بك
accounts-disabled = تم تعطيل { $handle }: انتهت جلساته ولا يتلقى مفتاحه أي حالة جديدة.
accounts-enabled = يمكن لـ { $handle } تسجيل الدخول مرة أخرى.
step-up-bad-code = هذا الرمز غير صحيح أو سبق استخدامه، ولم يتم تأكيد أي مفتاح مرور. لم يتغير شيء.
accounts-not-yourself = لا يمكنك تعطيل حسابك هنا. لم يتغير شيء.
accounts-unknown = لا يوجد حساب مسجل بهذا الاسم. لم يتغير شيء.

# Publishing a story: separation of duties for a second consent.
story-error-same-person = يجب أن يتحقق شخص ثانٍ من الموافقة الثانية: من سجّلها لا يمكنه النشر أيضًا. اطلب ذلك من محرر قصص آخر. لم يُنشر شيء.

# Passkeys (WebAuthn) as a second factor, beside the authenticator app.
console-nav-passkeys = مفاتيح المرور الخاصة بك
login-passkey = تسجيل الدخول بمفتاح مرور بدلًا من رمز
login-passkey-hint = اكتب اسم المستخدم وكلمة المرور أولًا. بعد ذلك يطلب جهازك بصمتك أو وجهك أو رقمك السري أو مفتاح الأمان.
passkey-working = في انتظار مفتاح المرور…
passkey-failed = لم يتم تأكيد مفتاح المرور. لم يتغير شيء. يمكنك المحاولة مرة أخرى أو استخدام رمز.
passkey-unsupported = لا يستطيع هذا المتصفح استخدام مفتاح مرور هنا. استخدم رمزًا من تطبيق المصادقة الخاص بك.
passkey-unavailable = لا يمكن استخدام مفاتيح المرور على عنوان هذه اللوحة. اطلب من المسؤول أن يعطي اللوحة اسم نطاق.
passkey-none-yet = ليس لديك مفتاح مرور بعد. أضف مفتاحًا في صفحة «مفاتيح المرور الخاصة بك»، أو استخدم رمزًا.
passkey-confirm = استخدم مفتاح المرور بدلًا من ذلك
passkey-confirmed = تم تأكيد مفتاح المرور.
passkeys-title = مفاتيح المرور الخاصة بك
passkeys-intro = يمكن لمفتاح المرور (بصمتك أو وجهك أو رقمك السري على هذا الجهاز، أو مفتاح أمان) أن يحل محل رمز من تطبيق المصادقة: لتسجيل الدخول ولتأكيد الإجراءات الحساسة. يبقى تطبيق المصادقة يعمل إلى جانبه.
passkeys-none = ليس لديك مفاتيح مرور بعد.
passkeys-label = الاسم
passkeys-label-hint = لتميّز بين مفاتيح المرور، مثلًا «حاسوب العمل»: من 1 إلى 40 حرفًا.
passkeys-added = أضيف في
passkeys-last-used = آخر استخدام
passkeys-never-used = أبدًا
passkeys-change = إزالة
passkeys-remove = إزالة
passkeys-add-heading = إضافة مفتاح مرور
passkeys-add = إضافة مفتاح مرور
passkeys-added-notice = تمت إضافة مفتاح المرور.
passkeys-removed = تمت إزالة مفتاح المرور.
passkeys-not-found = ليس لديك مفتاح مرور بهذا الرقم. لم يتغير شيء.
passkeys-bad-label = أعطِ مفتاح المرور اسمًا من 1 إلى 40 حرفًا. لم يتغير شيء.
passkeys-duplicate = مفتاح المرور هذا مسجّل من قبل. لم يتغير شيء.

# Consultations (consultation leads).
role-consultation_lead = مسؤول الاستشارات
console-nav-consultations = الاستشارات
consultations-title = الاستشارات
consultations-intro = الاستشارات التي تُطرح على الأطفال. يمكن قراءة النتائج ابتداءً من اليوم التالي لإغلاق الاستشارة، لا قبل ذلك أبدًا، ومع إخفاء المجموعات الصغيرة دائمًا.
consultations-none = لا توجد استشارات بعد. أضف استشارة باستخدام «استشارة جديدة» أعلاه، أو باستخدام `heard consultations add`.
# $opens (text): the day it opens; $closes (text): the day it closes (YYYY-MM-DD).
consultations-days = من { $opens } إلى { $closes }
consultations-name = الاستشارة
consultations-when = مفتوحة
consultations-results = النتائج
consultations-export = تصدير (CSV)
consultations-embargo = محجوبة حتى الإغلاق
consultations-chain = من سأل، ومن شارك، وما الذي تقرّر
consultations-asked-by = سأل، وتصله النتائج:
# $count (number): the most children who answered any one question.
consultations-took-part = شارك: { $count }
# $k (number): the smallest group whose answers are shown.
consultations-took-part-few = شارك: أقل من { $k }
# $count (number): decisions recorded; $done (number): of them, done.
consultations-decided = القرارات: { $count } (المنفّذ منها: { $done })

# A consultation's written answers (free-text questions), opened in the lead's browser.
consultations-written = الإجابات المكتوبة
written-intro = ما كتبه الأطفال، يُفتح هنا بمفتاحك ولا يُفتح في أي مكان آخر. لا يراه أحد غيرك إلا إذا اعتمدتَ اقتباسًا، ولا تُنشر الاقتباسات إلا مع النتائج. إذا تحدثت إجابة عن أذى أو خطر، فحوّلها إلى حالة سرية: تذهب إلى المراجِعين (ولا تذهب أبدًا إلى أي شخص مرتبط بالمكان)، وتخرج من هذه القائمة.
written-none = لا توجد إجابات مكتوبة بعد.
written-quote-label = اقتباس للنشر (اختصره واحذف منه كل ما قد يكشف هوية طفل)
written-quote-submit = اعتماد هذا الاقتباس
written-quote-saved = تم اعتماد الاقتباس. سيُعرض مع النتائج.
written-quote-bad = يجب أن يتكوّن الاقتباس من 1 إلى 600 حرف. لم يُحفَظ أي شيء.
written-case-submit = تحويلها إلى حالة سرية
written-case-hint = لإجابة تتحدث عن أذى أو خطر أو إساءة. تُختم من جديد هنا، في متصفحك، للمراجِعين فقط؛ ولن تتمكن من قراءة الحالة.
written-case-made = أُرسلت إلى المراجِعين بوصفها حالة سرية. لم تعد ضمن هذه الاستشارة.
written-recipients-changed = تغيّر المراجِعون أثناء الختم. يُرجى المحاولة مرة أخرى.

# The leads' builder: a consultation from its definition, and managing one.
consultations-manage = إدارة
consultations-more = المزيد
builder-title = استشارة جديدة
builder-intro = اكتب تعريف الاستشارة أدناه (يوضّح المثال التنسيق، ويشرح docs/CONSULTATIONS.md كل حقل). يُفحص التعريف كاملًا قبل حفظ أي شيء، ويُعرض السبب إذا رُفض.
builder-rule-texts = يجب تقديم كل نص يراه الطفل بكل لغة تُعرض بها الاستشارة، إلا إذا اختيرت لغة بديلة يتوفر فيها هذا النص.
builder-rule-pictures = يحتاج كل سؤال وكل إجابة إلى صورة (إيموجي أو رمز).
builder-rule-k = لا تعرض النتائج أبدًا مجموعة فيها أقل من k من الأطفال (min_group، وقيمته 10 ما لم تُحدَّد؛ ولا تقل أبدًا عن 5).
builder-definition = التعريف (TOML)
builder-submit = فحص وإضافة
# $detail (text): the parser's own words, in English.
builder-not-toml = هذا ليس تعريفًا بالتنسيق المتوقع: { $detail }
# $id (text)
builder-bad-id = يجب أن يتكوّن المعرّف «{ $id }» من 3 إلى 40 من الأحرف اللاتينية الصغيرة أو الأرقام أو الشرطات.
# $day (text)
builder-bad-day = «{ $day }» ليس تاريخًا (YYYY-MM-DD).
builder-closes-before = تاريخ الإغلاق يسبق تاريخ الفتح.
# $k (number)
builder-k-low = قيمة k (min_group) هي { $k }؛ ولا يجوز أبدًا أن تقل عن 5.
# $locale (text)
builder-unknown-locale = «{ $locale }» ليست من لغات موقع الأطفال.
builder-no-locale = لا تُعرض الاستشارة بأي لغة.
# $max (number)
builder-question-count = يجب أن تطرح الاستشارة من 1 إلى { $max } من الأسئلة.
# $key (text)
builder-bad-key = «{ $key }» ليس مفتاحًا صالحًا (من 1 إلى 30 من الأحرف اللاتينية الصغيرة أو الأرقام أو _)، أو أنه مستخدم مرتين.
# $question (text); $min, $max (numbers): how many answers it may have.
builder-option-count = يحتاج السؤال «{ $question }» إلى ما بين { $min } و{ $max } إجابات.
# $question (text)
builder-free-text-options = السؤال «{ $question }» يطلب نصًا حرًا، لذلك لا توجد له إجابات للاختيار منها.
# $what (text)
builder-bad-icon = «{ $what }» يحتاج إلى صورة: إيموجي أو رمز لا يزيد على 16 حرفًا.
# $locale (text); $text (text): the text's id.
builder-missing-text = النص «{ $text }» ناقص في { $locale }، ولا توجد لغة بديلة فيها هذا النص.
# $locale (text); $text (text): the text's id.
builder-bad-text = النص «{ $text }» في { $locale } فارغ أو يزيد على 600 حرف.
# $locale (text); $text (text): the text's id.
builder-unknown-text = النص «{ $text }» في { $locale } ليس من النصوص التي تستخدمها هذه الاستشارة.
# $id (text)
builder-exists = توجد استشارة «{ $id }» بالفعل. لم يتغيّر أي شيء.
# $place (text)
builder-unknown-place = «{ $place }» ليس مكانًا نشطًا هنا.
builder-actions-count = حدِّد من 1 إلى 20 إجراءً.
# $n (number): the action's number; $question (text)
builder-actions-question = الإجراء رقم { $n } يجيب عن «{ $question }»، وهو ليس سؤالًا في هذه الاستشارة.
# $n (number); $locale (text)
builder-actions-missing = ليس للإجراء رقم { $n } نص في { $locale }، ولا توجد لغة بديلة فيها هذا النص.
# $n (number); $locale (text)
builder-actions-why = لم يُنفَّذ الإجراء رقم { $n }: اذكر السبب في { $locale }.
# $n (number); $locale (text)
builder-actions-text = الإجراء رقم { $n }: أحد النصوص في { $locale } فارغ أو يزيد على 600 حرف.
manage-actions-title = أنتم قلتم، ونحن فعلنا
manage-actions-hint = ما تقرّر بعد هذه الاستشارة وما آل إليه: كل إجراء مع وضعه (planned أو in_progress أو done أو not_done — ومعه ذكر السبب)، بكل لغة عُرضت بها الاستشارة. يحلّ هذا محلّ الإجراءات المحدَّدة من قبل. يوضّح docs/examples/actions.toml التنسيق.
manage-actions-label = الإجراءات (TOML)
manage-actions-submit = فحص وحفظ
# $count (number)
# Arabic plural categories: one (1), two (2), few (3–10), many (11–99), other (100 and more).
manage-actions-set = { $count ->
    [one] تم حفظ إجراء واحد.
    [two] تم حفظ إجراءين.
    [few] تم حفظ { $count } إجراءات.
    [many] تم حفظ { $count } إجراءً.
   *[other] تم حفظ { $count } إجراء.
}
manage-close-title = الإغلاق الآن
manage-close-hint = لن تُقبل أي إجابات أخرى، ويمكن قراءة النتائج ابتداءً من اليوم. لا يمكن التراجع عن ذلك.
manage-close-submit = إغلاق هذه الاستشارة
manage-closed = أُغلقت الاستشارة. يمكن قراءة نتائجها الآن.
manage-not-open = هذه الاستشارة ليست مفتوحة.
manage-delete-title = حذف
manage-delete-hint = يحذف الاستشارة بالكامل: أسئلتها، والأعداد، والإجابات المكتوبة، والاقتباسات المعتمدة، وما تقرّر. لا يمكن التراجع عن ذلك.
manage-delete-submit = حذف هذه الاستشارة

## The workbench's list: search, filters, sorting, keys
triage-col-kind = النوع
triage-col-deadline = الموعد النهائي
triage-col-place = المكان
triage-col-words = الكلمات الأولى
triage-place-elsewhere = مكان آخر
triage-count = عرض { $shown } من { $held } حالة
triage-opening = جارٍ فتح الحالات في هذا المتصفح: { $count } حتى الآن…
triage-search = البحث في الحالات
triage-search-hint = يجري البحث في هذا المتصفح فقط: ما تكتبه لا يُرسل أبدًا.
triage-feeling = يشعر بـ
triage-wish = يرغب في
triage-lang = اللغة
triage-reload = جلب الحالات من جديد
keys-button = اختصارات لوحة المفاتيح
keys-heading = اختصارات لوحة المفاتيح
keys-next = الحالة التالية
keys-previous = الحالة السابقة
keys-open = الانتقال إلى الحالة المفتوحة
keys-acknowledge = الإقرار باستلام الحالة المفتوحة
keys-assign-me = إسناد الحالة المفتوحة إليّ
keys-escalate = تصعيد الحالة المفتوحة إلى مسؤول الحماية
keys-note = كتابة ملاحظة على الحالة المفتوحة
keys-search = البحث في الحالات
keys-lock = قفل
keys-sheet = إظهار هذه القائمة أو إخفاؤها
keys-no-case = افتح حالة أولًا.
keys-mark = تحديد الحالة المفتوحة لإجراء جماعي أو إلغاء تحديدها
triage-mark = تحديد الحالة { $ref }
triage-mark-all = تحديد كل الحالات المعروضة
bulk-heading = الحالات المحددة
bulk-selected = الحالات المحددة: { $count }
bulk-acknowledge = إقرار بالاستلام
bulk-assign-me = إسنادها إليّ
bulk-close = إغلاق
bulk-clear = مسح التحديد
bulk-confirm-acknowledge = الإقرار باستلام عدد { $count } من الحالات؟
bulk-confirm-assign-me = إسناد عدد { $count } من الحالات إليك؟
bulk-confirm-close = إغلاق عدد { $count } من الحالات؟
bulk-yes = نعم، نفّذ
bulk-cancel = إلغاء
bulk-done = عدد الحالات التي تغيّرت: { $count }.
bulk-refused = لم تتغيّر: { $refs }.
queues-heading = قوائم الفريق
queues-hint = تُحسب في هذا المتصفح على الحالات التي لديك: الحالة المحجوبة عنك لا تدخل في أي عدد.
queues-open = مفتوحة
queues-new = جديدة
queues-overdue = متأخرة
queues-escalated = مصعّدة
error-view = لا يمكن حفظ هذا العرض: أعطه اسمًا لا يتجاوز 60 حرفًا، ومرشحات مساحة العمل فقط.
error-views-full = لديك أقصى عدد مسموح من العروض المحفوظة (20): احذف واحدًا أولًا.
views-label = العروض المحفوظة
views-none = اختر عرضًا محفوظًا…
views-name = اسم هذا العرض
views-save = حفظ هذه المرشحات كعرض
views-delete = حذف هذا العرض
views-hint = يحفظ العرض المرشحات والترتيب، ولا يحفظ بحثك أبدًا. يُحفظ اسمه كما تكتبه: سمِّه بما يعرضه، ولا تذكر فيه طفلًا أو أي شخص آخر.
views-saved = حُفظ العرض «{ $name }».
keys-not-new = يُقرّ باستلام الحالة الجديدة فقط: هذه الحالة رُدّ عليها من قبل.
keys-on = اختصارات الحرف الواحد مفعّلة (أوقفها إذا كنت تُملي الأوامر أو النص بالصوت)
triage-capped = هنا أحدث { $most } حالة فقط: البحث والمرشحات يشملانها وحدها.

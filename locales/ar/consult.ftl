# Consultations on the child site: questions adults ask children about decisions that affect
# them. Rendered on the server only (never in the child's bundle). Warm, plain, short.
# Where Arabic would mark the reader's gender, prefer forms that do not (verbal nouns, the suffix ـك, past tense).

consult-list-title = أسئلة لك
consult-list-intro = أشخاص يتخذون قرارات عن حياتك يريدون أن يعرفوا رأيك. المشاركة اختيارك.
consult-list-none = لا توجد أسئلة لك الآن.
# Headings of the first screen.
consult-start-audience = من يسأل، ومن ستصله النتائج
consult-start-why = ما الهدف من هذه الأسئلة
consult-start-voluntary = المشاركة اختيارك. يمكنك التوقف في أي وقت، وفي كل سؤال يمكنك اختيار «لا أريد أن أجيب».
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = لا أحد يرى إجاباتك أنت، ولا حتى الأشخاص الذين طرحوا الأسئلة. يحتفظ Heard فقط بعدد الأطفال الذين اختاروا كل إجابة، ولا يعرض أبدًا مجموعة فيها أقل من { $k } من الأطفال.
consult-start-place = ما مكان سكنك؟ ليس من الضروري ذكره.
consult-start-age = كم عمرك؟ ليس من الضروري ذكره.
consult-place-none = أفضّل ألّا أقول
consult-age-up_to_11 = 11 سنة أو أقل
consult-age-12_to_14 = من 12 إلى 14 سنة
consult-age-15_to_17 = من 15 إلى 17 سنة
consult-age-not_said = أفضّل ألّا أقول
consult-start-button = لنبدأ
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = السؤال { $n } من { $total }
consult-next = التالي
consult-skip = لا أريد أن أجيب
consult-multiple-hint = يمكنك اختيار أكثر من إجابة.
consult-rank-hint = من فضلك رتّب الإجابات: رقم 1 هو الأهم عندك.
consult-choose-one = من فضلك اختر إجابة، أو اضغط «لا أريد أن أجيب».
consult-rank-each = من فضلك أعطِ كل إجابة رقمًا خاصًا بها، أو اضغط «لا أريد أن أجيب».
consult-thanks-title = شكرًا لك
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = تم عدّ إجاباتك. ستظهر النتائج بعد { $day }.
consult-thanks-back = الرجوع إلى الأسئلة
consult-done-before = لقد أجبت عن هذه الأسئلة من قبل على هذا الجهاز. شكرًا لك.
consult-closed = هذه الأسئلة مغلقة الآن.
consult-results-intro = هذا ما قاله الأطفال. تذهب النتائج إلى:
# $count (number): how many children answered the question.
# Arabic plural categories: one (1), two (2), few (3–10), many (11–99), other (100 and more).
consult-results-answered = { $count ->
    [one] أجاب طفل واحد.
    [two] أجاب طفلان.
    [few] أجاب { $count } أطفال.
    [many] أجاب { $count } طفلًا.
   *[other] أجاب { $count } طفل.
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = أجاب عن هذا السؤال أقل من { $k } من الأطفال، لذلك لا نعرض الإجابات.
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = مخفي (لحماية المجموعات التي فيها أقل من { $k })
consult-results-option = الإجابة
consult-results-count = عدد الأطفال
consult-results-group = المجموعة
consult-results-by-place = حسب المكان
consult-results-by-region = حسب المنطقة
consult-results-by-language = حسب اللغة
consult-results-by-age_band = حسب العمر
consult-results-none-said = لم يذكروا
consult-list-closed = ماذا حدث بعد الأسئلة السابقة
consult-results-title = ما قاله الأطفال
consult-actions-title = أنتم قلتم، ونحن فعلنا
consult-actions-none = سيظهر هنا ما تقرّر.
consult-action-planned = في الخطة:
consult-action-in_progress = نعمل عليه الآن:
consult-action-done = تمّ:
consult-action-not_done = لم يتمّ:
consult-action-why = لماذا:
consult-action-answers = عن السؤال:
# A free-text question.
consult-written-label = يمكنك كتابة إجابتك هنا، بأي لغة.
consult-written-who-reads = كلماتك تُقفَل قبل أن تُحفَظ. فقط الأشخاص المسؤولون عن هذه الأسئلة يستطيعون فتحها. لا تُعرض كلماتك على الآخرين إلا إذا قرأها أحد هؤلاء الأشخاص واختارها، ودون اسمك. إذا حدث لك شيء سيئ، يمكنك أيضًا إخبارنا في الصفحة الرئيسية.
consult-written-unavailable = لا يمكن كتابة إجابة الآن. للمتابعة، يمكنك الضغط على «لا أريد أن أجيب».
consult-written-empty = يمكنك كتابة شيء ما، أو الضغط على «لا أريد أن أجيب».
consult-written-long = هذا طويل جدًا. يُرجى تقصيره.
consult-results-written = كتبوا إجابة
consult-results-quotes = بعض ما كتبه الأطفال، اختاره شخص وتحقّق منه:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
# Arabic plural categories: one (1), two (2), few (3–10), many (11–99), other (100 and more).
consult-news-decided = { $count ->
    [one] قرار واحد
    [two] قراران
    [few] { $count } قرارات
    [many] { $count } قرارًا
   *[other] { $count } قرار
}، تمّ منها: { $done }
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = الأسئلة التي أجبت عنها
consult-back-follow = حفظ الأسئلة التي أجبتُ عنها اليوم
consult-back-follow-hint = بعد ذلك، عند كل رجوع بصورك، يظهر لك هنا ما حدث بعد هذه الأسئلة. لا يستطيع أحد رؤية هذه القائمة إلا من معه صورك. لا تُحفظ إجاباتك معها.
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = هل عندك صور سرية من رسالة أرسلتها؟ عند الرجوع بها، يمكنك طلب حفظ هذه الأسئلة، ثم رؤية ما حدث بعدها هناك.
consult-thanks-follow-link = الرجوع بصوري

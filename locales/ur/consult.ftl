# Consultations on the child site (see locales/en/consult.ftl).

consult-list-title = تمہارے لیے سوال
consult-list-intro = جو لوگ تمہاری زندگی کے بارے میں فیصلے کرتے ہیں، وہ تمہاری رائے جاننا چاہتے ہیں۔ حصہ لینا یا نہ لینا تمہاری اپنی مرضی ہے۔
consult-list-none = ابھی تمہارے لیے کوئی سوال نہیں ہے۔
# Headings of the first screen.
consult-start-audience = کون پوچھ رہا ہے، اور نتیجے کس کو ملیں گے
consult-start-why = یہ کس لیے ہے
consult-start-voluntary = حصہ لینا ہے یا نہیں، یہ تمہاری مرضی ہے۔ جب چاہو رک جاؤ۔ ہر سوال پر یہ کہنا بھی ٹھیک ہے: “مجھے جواب نہیں دینا”۔
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = کوئی بھی تمہارے جواب الگ الگ نہیں دیکھتا، وہ لوگ بھی نہیں جنہوں نے سوال پوچھے ہیں۔ Heard صرف یہ گنتی رکھتا ہے کہ کتنے بچوں نے کون سا جواب چُنا، اور { $k } سے کم بچوں کا کوئی گروپ کبھی نہیں دکھاتا۔
consult-start-place = تمہارے رہنے کی جگہ کون سی ہے؟ بتانا ضروری نہیں ہے۔
consult-start-age = تمہاری عمر کتنی ہے؟ بتانا ضروری نہیں ہے۔
consult-place-none = مجھے نہیں بتانا
consult-age-up_to_11 = 11 سال یا اس سے کم
consult-age-12_to_14 = 12 سے 14 سال
consult-age-15_to_17 = 15 سے 17 سال
consult-age-not_said = مجھے نہیں بتانا
consult-start-button = شروع کرو
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = { $total } میں سے سوال { $n }
consult-next = آگے
consult-skip = مجھے جواب نہیں دینا
consult-multiple-hint = چاہو تو ایک سے زیادہ چُنو۔
consult-rank-hint = جوابوں کو ترتیب میں رکھو: 1 وہ ہے جو تمہارے لیے سب سے اہم ہے۔
consult-choose-one = کوئی ایک جواب چُنو، یا “مجھے جواب نہیں دینا” دباؤ۔
consult-rank-each = ہر جواب کو اس کا اپنا الگ نمبر دو، یا “مجھے جواب نہیں دینا” دباؤ۔
consult-thanks-title = شکریہ
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = تمہارے جواب گن لیے گئے ہیں۔ نتیجے { $day } کے بعد دکھائے جائیں گے۔
consult-thanks-back = سوالوں پر واپس جاؤ
consult-done-before = اس ڈیوائس سے ان سوالوں کے جواب پہلے ہی دیے جا چکے ہیں۔ شکریہ۔
consult-closed = یہ سوال اب بند ہو چکے ہیں۔
consult-results-intro = بچوں نے کیا کہا۔ یہ نتیجے ان کو بھیجے جاتے ہیں:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] ایک بچے نے جواب دیا۔
   *[other] { $count } بچوں نے جواب دیا۔
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = اس سوال کا جواب { $k } سے کم بچوں نے دیا، اس لیے جواب نہیں دکھائے گئے۔
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = چھپایا گیا ({ $k } سے کم بچوں کے گروپوں کی حفاظت کے لیے)
consult-results-option = جواب
consult-results-count = بچے
consult-results-group = گروپ
consult-results-by-place = جگہ کے لحاظ سے
consult-results-by-region = علاقے کے لحاظ سے
consult-results-by-language = زبان کے لحاظ سے
consult-results-by-age_band = عمر کے لحاظ سے
consult-results-none-said = نہیں بتایا
consult-list-closed = پچھلے سوالوں کا کیا ہوا
consult-results-title = بچوں نے کیا کہا
consult-actions-title = تم نے کہا، ہم نے کیا
consult-actions-none = جو فیصلہ ہوا، وہ یہاں دکھایا جائے گا۔
consult-action-planned = منصوبے میں ہے:
consult-action-in_progress = ابھی ہو رہا ہے:
consult-action-done = ہو گیا:
consult-action-not_done = نہیں ہوا:
consult-action-why = کیوں:
consult-action-answers = سوال کے بارے میں:
# A free-text question.
consult-written-label = اپنا جواب یہاں لکھو، جس زبان میں چاہو۔
consult-written-who-reads = تمہاری لکھی ہوئی بات پر محفوظ ہونے سے پہلے ہی تالا لگ جاتا ہے۔ اسے صرف وہی لوگ کھول سکتے ہیں جو ان سوالوں کے ذمہ دار ہیں۔ تمہارے الفاظ دوسروں کو صرف تب دکھائے جاتے ہیں جب انہی لوگوں میں سے کسی نے انہیں پڑھ کر چُنا ہو، اور تمہارے نام کے بغیر۔ اگر تمہارے ساتھ کچھ برا ہوا ہے، تو چاہو تو پہلے صفحے پر بھی ہمیں بتاؤ۔
consult-written-unavailable = ابھی جواب لکھنا ممکن نہیں ہے۔ آگے بڑھنے کے لیے “مجھے جواب نہیں دینا” دباؤ۔
consult-written-empty = کچھ لکھو، یا “مجھے جواب نہیں دینا” دباؤ۔
consult-written-long = یہ بہت لمبا ہے۔ براہِ مہربانی اسے چھوٹا کرو۔
consult-results-written = جواب لکھا
consult-results-quotes = بچوں کی لکھی ہوئی کچھ باتیں، جنہیں ایک شخص نے چُنا اور جانچا ہے:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] ایک فیصلہ
   *[other] { $count } فیصلے
}، جن میں سے { $done } پر عمل ہو گیا
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = وہ سوال جن کے جواب تم نے دیے
consult-back-follow = آج جن سوالوں کے جواب میں نے دیے، انہیں یاد رکھو
consult-back-follow-hint = پھر جب بھی اپنی تصویروں کے ساتھ واپس آؤ، یہاں تمہیں نظر آئے گا کہ ان سوالوں کا کیا ہوا۔ یہ فہرست صرف تمہاری تصویروں کے ذریعے ہی دیکھی جا سکتی ہے۔ تمہارے جواب اس فہرست کے ساتھ نہیں رکھے جاتے۔
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = کیا تمہارے پاس اپنے بھیجے ہوئے کسی پیغام کی خفیہ تصویریں ہیں؟ ان کے ساتھ واپس آ کر، چاہو تو کہو کہ وہ یہ سوال یاد رکھیں، اور وہیں دیکھو کہ ان سوالوں کا کیا ہوا۔
consult-thanks-follow-link = اپنی تصویروں کے ساتھ واپس آؤ

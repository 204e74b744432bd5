# Consultations on the child site (see locales/en/consult.ftl).

consult-list-title = پرسیار بۆ تۆ
consult-list-intro = ئەو کەسانەی دەربارەی ژیانت بڕیار دەدەن، دەیانەوێت بزانن تۆ چی بیر دەکەیتەوە. بەشداریکردن هەڵبژاردنی خۆتە.
consult-list-none = ئێستا هیچ پرسیارێک بۆ تۆ نییە.
# Headings of the first screen.
consult-start-audience = کێ دەپرسێت، و کێ ئەنجامەکان وەردەگرێت
consult-start-why = ئەمە بۆ چییە
consult-start-voluntary = خۆت بڕیار دەدەیت بەشداری بکەیت یان نا. هەر کاتێک بتەوێت دەتوانیت ڕابوەستیت، و لە هەموو پرسیارێکدا دەتوانیت بڵێیت «نامەوێت وەڵام بدەمەوە».
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = هیچ کەسێک وەڵامەکانت یەک بە یەک نابینێت، تەنانەت ئەو کەسانەش کە پرسیارەکانیان کردووە. Heard تەنها ئەوە هەڵدەگرێت کە چەند منداڵ هەر وەڵامێکیان هەڵبژاردووە، و هەرگیز گرووپێکی کەمتر لە { $k } منداڵ پیشان نادات.
consult-start-place = لە کوێ دەژیت؟ پێویست نییە بیڵێیت.
consult-start-age = تەمەنت چەندە؟ پێویست نییە بیڵێیت.
consult-place-none = پێم باشترە نەیڵێم
consult-age-up_to_11 = 11 ساڵ یان کەمتر
consult-age-12_to_14 = 12 تا 14 ساڵ
consult-age-15_to_17 = 15 تا 17 ساڵ
consult-age-not_said = پێم باشترە نەیڵێم
consult-start-button = دەست پێ بکە
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = پرسیاری { $n } لە { $total }
consult-next = دواتر
consult-skip = نامەوێت وەڵام بدەمەوە
consult-multiple-hint = دەتوانیت زیاتر لە یەک دانە هەڵبژێریت.
consult-rank-hint = وەڵامەکان بە ڕیز دابنێ: 1 ئەوەیە کە بۆ تۆ لە هەمووی گرنگترە.
consult-choose-one = وەڵامێک هەڵبژێرە، یان «نامەوێت وەڵام بدەمەوە» دابگرە.
consult-rank-each = بە هەر وەڵامێک ژمارەیەکی جیاواز بدە، یان «نامەوێت وەڵام بدەمەوە» دابگرە.
consult-thanks-title = سوپاس
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = وەڵامەکانت ژمێردران. ئەنجامەکان دوای { $day } پیشان دەدرێن.
consult-thanks-back = گەڕانەوە بۆ پرسیارەکان
consult-done-before = پێشتر لەسەر ئەم ئامێرە وەڵامی ئەم پرسیارانەت داوەتەوە. سوپاس.
consult-closed = ئەم پرسیارانە ئێستا داخراون.
consult-results-intro = ئەوەی منداڵان گوتیان. ئەنجامەکان دەنێردرێن بۆ:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] یەک منداڵ وەڵامی دایەوە.
   *[other] { $count } منداڵ وەڵامیان دایەوە.
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = کەمتر لە { $k } منداڵ وەڵامی ئەم پرسیارەیان داوەتەوە، بۆیە وەڵامەکان پیشان نادرێن.
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = شاراوە (بۆ پاراستنی ئەو گرووپانەی کەمتر لە { $k } منداڵن)
consult-results-option = وەڵام
consult-results-count = ژمارەی منداڵان
consult-results-group = گرووپ
consult-results-by-place = بەپێی شوێن
consult-results-by-region = بەپێی ناوچە
consult-results-by-language = بەپێی زمان
consult-results-by-age_band = بەپێی تەمەن
consult-results-none-said = نەگوتراوە
consult-list-closed = چی بەسەر پرسیارە پێشووەکان هات
consult-results-title = ئەوەی منداڵان گوتیان
consult-actions-title = ئێوە گوتتان، ئێمە کردمان
consult-actions-none = ئەوەی بڕیاری لەسەر درا لێرە پیشان دەدرێت.
consult-action-planned = لە پلاندایە:
consult-action-in_progress = ئێستا کاری لەسەر دەکرێت:
consult-action-done = کرا:
consult-action-not_done = نەکرا:
consult-action-why = بۆچی:
consult-action-answers = دەربارەی پرسیارەکە:
# A free-text question.
consult-written-label = وەڵامەکەت لێرە بنووسە، بە هەر زمانێک کە حەز دەکەیت.
consult-written-who-reads = ئەوەی دەینووسیت، پێش ئەوەی هەڵبگیرێت، قوفڵ دەکرێت. تەنها ئەو کەسانەی بەرپرسی ئەم پرسیارانەن دەتوانن بیکەنەوە. نووسینەکەت تەنها ئەو کاتە بە کەسانی تر پیشان دەدرێت کە یەکێک لەو کەسانە خوێندبێتیەوە و هەڵیبژاردبێت، بەبێ ناوی تۆ. ئەگەر شتێکی خراپ بەسەرت هاتووە، دەتوانیت لە پەڕەی سەرەکیش پێمان بڵێیت.
consult-written-unavailable = ئێستا نووسینی وەڵام ناکرێت. بۆ بەردەوامبوون «نامەوێت وەڵام بدەمەوە» دابگرە.
consult-written-empty = شتێک بنووسە، یان «نامەوێت وەڵام بدەمەوە» دابگرە.
consult-written-long = ئەمە زۆر درێژە. تکایە کورتتری بکەرەوە.
consult-results-written = وەڵامیان نووسی
consult-results-quotes = هەندێک لەوەی منداڵان نووسیویانە، کەسێک هەڵیبژاردووە و پشکنیویەتی:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] یەک بڕیار
   *[other] { $count } بڕیار
}، کرا: { $done }
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = ئەو پرسیارانەی وەڵامت داونەتەوە
consult-back-follow = ئەو پرسیارانەی ئەمڕۆ وەڵامم داونەتەوە لە بیر بگرە
consult-back-follow-hint = دواتر، هەر جارێک بە وێنەکانتەوە بگەڕێیتەوە، لێرە دەبینیت چی بەسەر ئەو پرسیارانە هات. تەنها کەسێک کە وێنەکانتی لایە دەتوانێت ئەم لیستە ببینێت. وەڵامەکانت لەگەڵ ئەم لیستەدا هەڵناگیرێن.
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = وێنەی نهێنیت هەیە لە نامەیەک کە ناردووتە؟ کاتێک بەوانەوە دەگەڕێیتەوە، دەتوانیت داوایان لێ بکەیت ئەم پرسیارانە لە بیر بگرن، و لەوێ ببینیت چی بەسەر ئەم پرسیارانە هات.
consult-thanks-follow-link = گەڕانەوە بە وێنەکانم

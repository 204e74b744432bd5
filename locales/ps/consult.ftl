# Consultations on the child site (see locales/en/consult.ftl).

consult-list-title = ستا لپاره پوښتنې
consult-list-intro = هغه کسان چې ستا د ژوند په اړه پرېکړې کوي، غواړي پوه شي چې ته څه فکر کوې. ګډون کول ستا خپله خوښه ده.
consult-list-none = همدا اوس ستا لپاره کومه پوښتنه نشته.
# Headings of the first screen.
consult-start-audience = څوک پوښتنه کوي، او پایلې به چا ته ورسېږي
consult-start-why = دا د څه لپاره دی
consult-start-voluntary = ته پرېکړه کوې چې ګډون وکړې که نه. هر وخت چې وغواړې، ودرېدلای شې، او په هره پوښتنه کې ویلای شې: «نه غواړم ځواب ورکړم».
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = هېڅوک ستا ځوابونه یو په یو نه ویني، حتی هغه کسان هم نه چې پوښتنې یې کړې دي. Heard یوازې دا ساتي چې څو ماشومانو هر ځواب ټاکلی دی، او هېڅکله داسې ډله نه ښيي چې له { $k } ماشومانو کمه وي.
consult-start-place = ته چېرته اوسېږې؟ اړینه نه ده چې ویې وایې.
consult-start-age = ته څو کلن یې؟ اړینه نه ده چې ویې وایې.
consult-place-none = نه غواړم ووایم
consult-age-up_to_11 = 11 کلن یا کشر
consult-age-12_to_14 = 12 تر 14 کلن
consult-age-15_to_17 = 15 تر 17 کلن
consult-age-not_said = نه غواړم ووایم
consult-start-button = پیل کړه
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = پوښتنه { $n } له { $total } څخه
consult-next = بل
consult-skip = نه غواړم ځواب ورکړم
consult-multiple-hint = له یوه څخه زیات ټاکلای شې.
consult-rank-hint = ځوابونه په ترتیب کېږده: 1 هغه دی چې ستا لپاره تر ټولو مهم دی.
consult-choose-one = یو ځواب وټاکه، یا «نه غواړم ځواب ورکړم» کېکاږه.
consult-rank-each = هر ځواب ته خپله جلا شمېره ورکړه، یا «نه غواړم ځواب ورکړم» کېکاږه.
consult-thanks-title = مننه
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = ستا ځوابونه وشمېرل شول. پایلې به له { $day } وروسته وښودل شي.
consult-thanks-back = بېرته پوښتنو ته
consult-done-before = تا مخکې په دې وسیله دې پوښتنو ته ځواب ورکړی دی. مننه.
consult-closed = دا پوښتنې اوس بندې دي.
consult-results-intro = ماشومانو څه وویل. پایلې دې کسانو ته ورکول کېږي:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] یوه ماشوم ځواب ورکړ.
   *[other] { $count } ماشومانو ځواب ورکړ.
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = دې پوښتنې ته له { $k } څخه لږو ماشومانو ځواب ورکړی دی، نو ځوابونه نه ښودل کېږي.
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = پټ (د هغو ډلو د ساتنې لپاره چې له { $k } څخه کمې دي)
consult-results-option = ځواب
consult-results-count = ماشومان
consult-results-group = ډله
consult-results-by-place = د ځای له مخې
consult-results-by-region = د سیمې له مخې
consult-results-by-language = د ژبې له مخې
consult-results-by-age_band = د عمر له مخې
consult-results-none-said = نه دی ویل شوی
consult-list-closed = د پخوانیو پوښتنو پایلې
consult-results-title = ماشومانو څه وویل
consult-actions-title = تاسو وویل، موږ وکړل
consult-actions-none = هغه څه چې پرېکړه پرې شوې، دلته به وښودل شي.
consult-action-planned = په پلان کې دی:
consult-action-in_progress = اوس روان دی:
consult-action-done = ترسره شو:
consult-action-not_done = ترسره نه شو:
consult-action-why = ولې:
consult-action-answers = د پوښتنې په اړه:
# A free-text question.
consult-written-label = خپل ځواب دلته ولیکه، په هره ژبه چې غواړې.
consult-written-who-reads = څه چې لیکې، مخکې له دې چې خوندي شي، قلف کېږي. یوازې هغه کسان یې خلاصولای شي چې د دې پوښتنو مسؤل دي. ستا لیکنه یوازې هغه وخت نورو ته ښودل کېږي چې له همدې کسانو څخه یوه لوستې او ټاکلې وي، ستا له نوم پرته. که تا ته کوم بد څه پېښ شوي وي، په لومړۍ پاڼه کې هم موږ ته ویلای شې.
consult-written-unavailable = همدا اوس ځواب لیکل نه شي کېدای. د مخته تللو لپاره «نه غواړم ځواب ورکړم» کېکاږه.
consult-written-empty = یو څه ولیکه، یا «نه غواړم ځواب ورکړم» کېکاږه.
consult-written-long = دا ډېر اوږد دی. مهرباني وکړه لنډ یې کړه.
consult-results-written = ځواب یې ولیکه
consult-results-quotes = ځینې هغه څه چې ماشومانو لیکلي، یوه کس ټاکلي او کتلي دي:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] یوه پرېکړه
   *[other] { $count } پرېکړې
}، ترسره شو: { $done }
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = هغه پوښتنې چې تا ځواب کړې دي
consult-back-follow = هغه پوښتنې په یاد وساته چې ما نن ځواب کړې دي
consult-back-follow-hint = بیا، هر ځل چې له خپلو انځورونو سره بېرته راشې، دلته به وګورې چې د دې پوښتنو پایله څه شوه. دا لېست یوازې هغه څوک لیدلای شي چې ستا انځورونه ورسره وي. ستا ځوابونه له دې لېست سره نه ساتل کېږي.
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = ایا له هغه پیغام څخه چې تا لېږلی، پټ انځورونه لرې؟ کله چې له هغو سره بېرته راشې، کولای شې له هغو وغواړې چې دا پوښتنې په یاد وساتي، او هلته وګورې چې د دې پوښتنو پایله څه شوه.
consult-thanks-follow-link = له خپلو انځورونو سره بېرته راتلل

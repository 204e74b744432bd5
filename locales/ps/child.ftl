# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = موږ ته ووایه
intake-heading = څه چې دې په زړه کې دي، موږ ته یې ووایه
intake-locked = څه چې لیکې، مخکې له دې چې له دې وسیلې ووځي، قلف کېږي. یوازې هغه کسان یې خلاصولای شي چې د پیغامونو لوستلو ته ټاکل شوي دي.
intake-nojs = ستا براوزر سکریپټونه نه چلوي. زموږ سرور به ستا پیغام همغه شېبه چې راورسېږي، مخکې له دې چې وساتل شي، قلف کړي.
intake-label = ستا پیغام
intake-hint = هر څومره چې غواړې، لږ یا ډېر، په هره ژبه چې غواړې، ولیکه.
intake-send = ولېږه
intake-sending = لېږل کېږي…
intake-retry = بیا هڅه وکړه

page-title-sent = ستا پیغام ورسېد
intake-sent-heading = ستا پیغام ورسېد
intake-sent-body = ستا پیغام وساتل شو او قلف شو. مننه چې موږ ته دې وویل.
intake-write-another = بل پیغام ولیکه
intake-kept-heading = په دې وسیله وساتل شو
intake-kept-body = انټرنېټ اوس کار نه کوي. ستا پیغام قلف شوی او په دې وسیله ساتل شوی دی. دلته هېڅوک یې نه شي لوستلای. کله چې انټرنېټ بیا کار وکړي، پخپله به ولېږل شي. ستا پټ انځورونه به له هغه وروسته کار وکړي.

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = ستا پیغام لا نه دی رسېدلی. ستا خبرې لا دلته دي. مهرباني وکړه بیا هڅه وکړه.
error-empty = لا د لېږلو لپاره هېڅ نشته. مهرباني وکړه لومړی یو څه وټاکه یا ولیکه.
# $max (number) — the largest number of characters a message may have.
error-too-long = ستا پیغام ډېر اوږد دی. مهرباني وکړه لنډ یې کړه: تر { $max } تورو زیات نه وي.
error-not-sealed = کوم څه چې راورسېدل، قلف شوی پیغام نه و، نو هېڅ شی ونه ساتل شو.
error-too-large = کوم څه چې راورسېدل، ډېر لوی و، نو هېڅ شی ونه ساتل شو.
error-bad-id = دا پیغام ونه پېژندل شو، نو هېڅ شی ونه ساتل شو. مهرباني وکړه پاڼه بیا پرانیزه او پیغام بیا ولېږه.
error-cross-site = دا له بلې وېبپاڼې راغلی و، نو هېڅ شی ونه ساتل شو.
error-unavailable = زموږ له خوا یوه ستونزه پېښه شوه، نو هېڅ شی ونه ساتل شو. مهرباني وکړه وروسته بیا هڅه وکړه.
error-bad-form = فورمه بشپړه نه وه، نو هېڅ شی ونه ساتل شو. مهرباني وکړه پاڼه بیا پرانیزه.
error-recipients-changed = کله چې تا لیکل، زموږ له خوا یو څه بدل شول، نو لا هېڅ شی نه دی ساتل شوی. مهرباني وکړه بیا «ولېږه» کېکاږه.

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = دا د کوم ځای په اړه دی؟ (دا پرېښودلای شې.)
intake-place-hint = که یو ځای وټاکې، هېڅوک چې هلته کار کوي ستا پیغام نه شي لوستلای.
intake-place-unsaid = نه غواړم ووایم
intake-place-elsewhere = بل ځای
error-unknown-place = موږ هغه ځای نه پېژنو، نو هېڅ شی ونه ساتل شو. مهرباني وکړه بل ځای وټاکه، یا «نه غواړم ووایم».
error-proof-needed = موږ ستا پیغام ونه شو کتلای، نو لا هېڅ شی نه دی ساتل شوی. مهرباني وکړه بیا «ولېږه» کېکاږه.
error-too-many = تا له دې وسیلې په لږ وخت کې ډېر پیغامونه لېږلي دي، نو دا یو ونه ساتل شو. مهرباني وکړه یو څه انتظار وکړه او بیا هڅه وکړه.
error-busy = همدا اوس ډېر زیات پیغامونه راځي، نو ستا پیغام لا نه دی ساتل شوی. مهرباني وکړه څو دقیقې وروسته بیا هڅه وکړه. که ته اوس خوندي نه یې، «زه خوندي نه یم» وټاکه: هغه پیغامونه لومړی منل کېږي.
error-form-expired = دا پاڼه ډېر وخت پرانیستې وه یا مخکې کارول شوې وه، نو هېڅ شی ونه ساتل شو. مهرباني وکړه پاڼه بیا پرانیزه او خپل پیغام ولېږه.

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = چټک وتل
# The button that reads a screen aloud with the device's own voice.
read-aloud = په لوړ غږ یې ولوله

# The first screen: what the child wants to share.
share-heading = څه غواړې چې له موږ سره یې شریک کړې؟
kind-legend = څه غواړې چې له موږ سره یې شریک کړې؟ (دا پرېښودلای شې.)
kind-idea = یو فکر یا زما نظر
kind-idea-hint = یو څه چې ښه کېدای شي، یا د یو شي په اړه ستا نظر.
kind-worry = یوه اندېښنه
kind-worry-hint = یو څه چې تا خپه کوي، ډاروي یا اندېښمن کوي.
kind-complaint = یو شکایت
kind-complaint-hint = یو څه چې غلط یا ناانصافه و.
kind-unsafe = زه خوندي نه یم
kind-unsafe-hint = همدا اوس مرسته ترلاسه کړه.
kind-story = خپله کیسه وایم
kind-story-hint = ته پرېکړه کوې چې څوک یې لیدلای شي.

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = ګام { $n } له { $total } څخه
step-back = شاته
step-next = بل

# The honest screen before the first question.
before-heading = مخکې له دې چې پیل وکړې
before-who-heading = څوک یې لولي
before-who = یو څو روزل شوي کسان چې د پیغامونو لوستلو ته ټاکل شوي دي. هېڅوک چې په هغه ځای کې کار کوي چې ته یې نوم اخلې، نه شي کولای چې ویې لولي.
before-next-heading = وروسته څه کېږي
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] یو کس به یې د یوې ورځې په ترڅ کې ولولي.
   *[other] یو کس به یې د { $days } ورځو په ترڅ کې ولولي.
}
before-cannot-heading = موږ دې له څه نه شو ساتلای
before-cannot = هر څوک چې ستا سکرین ووینې، یا دا وسیله واخلي، لیدلای شي چې ته څه لیکې. که څوک په خطر کې وي، کېدای شي مجبور شو چې هغو کسانو ته خبر ورکړو چې هغه خوندي ساتلای شي.
before-exit = که څوک راشي، «چټک وتل» کېکاږه یا درې ځله Esc کېکاږه. پاڼه سمدستي ورکېږي.
before-start = پوهېږم، پیل یې کړه

# "I am not safe": help contacts first.
help-heading = همدا اوس مرسته ترلاسه کولای شې
help-call-now = که همدا اوس په خطر کې یې، یوې له دې شمېرو ته زنګ ووهه:
help-no-contacts = که همدا اوس په خطر کې یې، د دې هېواد بېړنۍ شمېرې ته زنګ ووهه.
help-tell-us = ته موږ ته دا هم ویلای شې چې څه پېښېږي. موږ به یې لومړی ولولو.

# The questions.
feelings-heading = څنګه احساس کوې؟
feelings-hint = له یوه څخه زیات ټاکلای شې، یا دا پرېښودلای شې.
feeling-happy = خوشحاله
feeling-okay = ښه
feeling-sad = خپه
feeling-scared = ډار
feeling-angry = غوسه
feeling-worried = اندېښنه
words-label-idea = ستا فکر څه دی؟
words-label-worry = څه شی تا اندېښمن کوي؟
words-label-complaint = څه وشول؟
words-label-unsafe = څه پېښېږي؟ ته چېرته یې؟ (یوازې که کولای شې.)
words-label-story = خپله کیسه ووایه. ته یې لیکلای شې، یا یې په غږ ویلای شې.
wish-heading = څه غواړې چې وشي؟
wish-hint = له یوه څخه زیات ټاکلای شې، یا دا پرېښودلای شې.
wish-talk = غواړم له چا سره خبرې وکړم
wish-change = غواړم یو څه بدل شي
wish-just_know = یوازې غواړم چې تاسې خبر اوسئ
wish-not_sure = ډاډه نه یم

# The review before sending.
review-heading = مخکې له لېږلو یې وګوره
review-kind = څه چې شریکوې
review-feelings = ستا احساس
review-words = ستا خبرې
review-place = ځای
review-wishes = څه چې غواړې
review-skipped = تا دا پرېښود.
review-change = بدل یې کړه
review-urgent = موږ به دا یو بېړنی کار وګڼو.

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = ته لا دلته یې؟
kiosk-warning-body = که څوک سکرین ته لاس ور نه وړي، هر څه به پرې ژر پاک شي، ترڅو بل کس یې ونه شي لیدلای.
kiosk-stay = زه لا دلته یم

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = سپی
picture-cat = پیشو
picture-fish = کب
picture-bird = مرغه
picture-horse = آس
picture-cow = غوا
picture-rabbit = سوی
picture-turtle = کیشپ
picture-butterfly = پتنګ
picture-bee = مچۍ
picture-elephant = فیل
picture-lion = زمری
picture-frog = چونګښه
picture-monkey = بیزو
picture-duck = هیلۍ
picture-owl = ګونګ
picture-apple = مڼه
picture-banana = کېله
picture-grapes = انګور
picture-lemon = لیمو
picture-carrot = ګازره
picture-corn = جوار
picture-bread = ډوډۍ
picture-cheese = پنیر
picture-egg = هګۍ
picture-cake = کېک
picture-watermelon = هندوانه
picture-cherries = ګیلاس
picture-strawberry = مځکنۍ توت
picture-pineapple = اناناس
picture-mushroom = سماروغ
picture-pepper = مرچ
picture-sun = لمر
picture-moon = سپوږمۍ
picture-star = ستوری
picture-cloud = ورېځ
picture-rainbow = شنه زرغونه
picture-flower = ګل
picture-tree = ونه
picture-leaf = پاڼه
picture-mountain = غر
picture-shell = صدف
picture-glasses = عینکې
picture-snowflake = د واورې دانه
picture-umbrella = چترۍ
picture-house = کور
picture-car = موټر
picture-bicycle = بایسکل
picture-teddy = د لوبو ایږ
picture-rocket = راکټ
picture-train = اورګاډی
picture-ball = توپ
picture-guitar = ګیتار
picture-drum = ډول
picture-book = کتاب
picture-pencil = پنسل
picture-key = کیلي
picture-clock = ساعت
picture-bell = زنګ
picture-gift = ډالۍ
picture-balloon = پوکڼۍ
picture-crown = تاج
picture-shoe = بوټ
picture-heart = زړه

# After sending: the child's code.
code-heading = ستا پټ انځورونه
code-body = له دې انځورونو سره بېرته راتلای شې، زموږ ځواب لوستلای شې، یو څه ورزیاتولای شې، یا خپل پیغام بېرته اخیستلای شې. په همدې ترتیب یې په یاد وساته، یا یې ولیکه او په خوندي ځای کې یې وساته. هېچا ته یې مه ښیه.
code-print = زما انځورونه چاپ کړه
code-come-back = له خپلو انځورونو سره بېرته راتلل

# Coming back with the code.
page-title-back = بېرته راتلل
back-heading = له خپلو پټو انځورونو سره بېرته راشه
back-hint = خپل اته انځورونه په همغه ترتیب وټاکه.
back-chosen = تر اوسه ټاکل شوي انځورونه
back-remove = وروستی انځور لرې کړه
back-open = پرانیزه
back-opening = پرانیستل کېږي…
back-not-found = موږ له دې انځورونو سره کوم پیغام ونه موند. مهرباني وکړه انځورونه وګوره او بیا هڅه وکړه.
back-too-many = تا ډېر ځله هڅه کړې ده. مهرباني وکړه مخکې له دې چې بیا هڅه وکړې، یو څه انتظار وکړه.
back-incomplete = مهرباني وکړه ټول اته انځورونه وټاکه.
back-status-heading = ستا پیغام څه حال لري
back-status-new = ستا پیغام ورسېد. تر اوسه چا نه دی لوستلی.
back-status-acknowledged = یو چا ستا پیغام لوستی دی.
back-status-in_progress = یو څوک ستا پر پیغام کار کوي.
back-status-waiting_for_child = موږ ستا انتظار باسو. مهرباني وکړه زموږ ځواب ولوله.
back-status-referred = موږ له نورو کسانو چې مرسته کولای شي، مرسته وغوښته.
back-status-closed = ستا پر پیغام زموږ کار پای ته ورسېد.
back-replies-heading = زموږ ځوابونه
back-no-replies = تر اوسه کوم ځواب نشته.
back-reply-from-us = زموږ ځواب
back-reply-from-you = څه چې تا ورزیات کړل
back-add-label = خپل پیغام ته یو څه ورزیات کړه
back-add = ولېږه
back-added = ورسېد. مننه.
back-withdraw-heading = خپل پیغام بېرته واخله
back-withdraw-body = که یې بېرته واخلې، موږ به هغه څه چې تا لیکلي او زموږ ځوابونه پاک کړو. دا کار بیا نه شي بېرته کېدای.
back-withdraw = زما پیغام بېرته واخله
back-withdraw-confirm = هو، بېرته یې واخله
back-withdrawn = ستا پیغام بېرته واخیستل شو او پاک شو.
back-withdraw-body-urgent = تا وویل چې خوندي نه یې. که دا پیغام بېرته واخلې، یو کس چې دنده یې د ماشومانو ساتنه ده، بیا هم تر { $day } پورې یې لوستلای شي، څو ډاډه شي چې ته خوندي یې. بیا یې موږ له خپلو ځوابونو سره پاک کوو. دا کار بیا نه شي بېرته کېدای.
back-withdrawn-urgent = تا خپل پیغام بېرته واخیست. یو کس چې دنده یې د ماشومانو ساتنه ده، بیا هم تر { $day } پورې یې لوستلای شي، څو ډاډه شي چې ته خوندي یې. بیا به پاک شي.
back-close = بندول
back-needs-js = بېرته راتلو لپاره داسې براوزر ته اړتیا ده چې سکریپټونه چلوي، ځکه چې ستا پټ انځورونه په همدې وسیله ستا په کیلي بدلېږي.
back-cannot-open = دا پیغام نه شي پرانیستل کېدای.

# Recording instead of writing.
voice-hint = د لیکلو پر ځای یې په غږ هم ویلای شې. دا هم لکه ستا لیکلې خبرې، مخکې له دې چې له دې وسیلې ووځي، قلف کېږي.
voice-record = زما غږ ثبت کړه
voice-stop = ثبتول ودروه
voice-recording = غږ ثبتېږي… کله چې دې کار پای ته ورسېد، «ثبتول ودروه» کېکاږه.
voice-recorded = ستا ثبت شوی غږ. مخکې له لېږلو یې اورېدلای شې.
voice-delete = ثبت شوی غږ پاک کړه
voice-refused = موږ ونه شو کولای چې غږ ثبت کړو. پر ځای یې لیکلای شې.
review-voice = ستا ثبت شوی غږ
review-voice-yes = تا یو غږیز پیغام ثبت کړ.

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = یوه کوچنۍ ډله چې پر کیسو کار کوي، ستا کیسه لولي. ستا کیسه یوازې په هغو لارو کارول کېږي چې ته ورته په راتلونکو ګامونو کې «هو» ووایې.
story-before-help = که ته اوس خوندي نه یې، بېرته شاته لاړ شه او «زه خوندي نه یم» وټاکه. بیا موږ سمدستي درسره مرسته کولای شو.
story-before-next = په راتلونکو ګامونو کې ته یو یو پرېکړه کوې چې ستا کیسه چېرته کارول کېدای شي. هر څه «نه» دي تر هغه چې ته «هو» ووایې. له خپلو پټو انځورونو سره کولای شې هره بدله شوې نسخه مخکې له دې چې وکارول شي ولولې، هغې ته «هو» یا «نه» ووایې، او هر وخت چې وغواړې خپله پرېکړه بدله کړې.
story-sent-body = ستا کیسه ورسېده. خپل پټ انځورونه وساته: له هغو سره کولای شې د خپلې کیسې نسخې ولولې، «هو» یا «نه» ووایې، او هر وخت چې وغواړې خپله پرېکړه بدله کړې.
story-purpose-learning = یوازې زموږ د موسسې دننه
story-purpose-learning-body = کېدای شي زموږ ډله ستا کیسه ولولي ترڅو زده کړي چې ماشومانو ته څنګه ښه مرسته وکړي. ستا کیسه زموږ د موسسې دننه پاتې کېږي.
story-purpose-advocacy = له هغو کسانو سره چې پرېکړې کوي
story-purpose-advocacy-body = کېدای شي ستا کیسه له هغو کسانو سره شریکه کړو چې د ماشومانو په اړه قانونونه جوړوي او پرېکړې کوي، ترڅو له هغوی بدلون وغواړو. ستا کیسه ټولو ته نه خپرېږي.
story-purpose-public = د ټولو لپاره: زموږ وېبپاڼه او راپورونه
story-purpose-public-body = کېدای شي ستا کیسه زموږ په وېبپاڼه یا راپورونو کې راشي، چېرته چې هر څوک یې لوستلای شي. یوازې هغه نسخه کارول کېږي چې تا یې هره کلمه منلې وي.
story-purpose-media = خبریالان او رسنۍ
story-purpose-media-body = کېدای شي ستا کیسه خبریالانو ته ورکړو، د ورځپاڼو، راډیو یا تلویزیون لپاره. یوازې هغه نسخه کارول کېږي چې تا یې هره کلمه منلې وي.
story-consent-question = ایا موږ ستا کیسه د دې لپاره کارولای شو؟
story-consent-no = نه
story-consent-yes = هو
story-consent-change = له خپلو پټو انځورونو سره هر وخت خپل ځواب بدلولای شې.
story-consent-copies = که خپل «هو» بېرته واخلې، موږ سمدستي ستا د کیسې کارول بندوو. خو هغه کاپي ګانې چې مخکې چا ته ورکړل شوې وي، د بېلګې په توګه یوې ورځپاڼې ته، موږ بېرته نه شو اخیستلای.
story-consent-never = موږ هېڅکله مخونه، ځایونه، ستا د کورنۍ د غړو نومونه، یا د هغه ځای نوم چې ته پکې اوسېږې نه خپروو.
story-naming = ستا نوم
story-naming-question = غواړې چې ستا له کیسې سره کوم نوم راشي؟
story-naming-none = هېڅ نوم نه
story-naming-made_up = یو جوړ شوی نوم (زما رښتینی نوم نه)
story-naming-first_name = یوازې زما لومړی نوم
story-name-label = هغه نوم چې وکارول شي (یوازې که تا یو نوم ټاکلی وي)
story-name-hint = که تا «هېڅ نوم نه» ټاکلی وي، دا خالي پرېږده.
story-age = ستا عمر
story-age-why = اړینه نه ده چې ویې وایې. د کوچنیو ماشومانو لپاره، کېدای شي مخکې له دې چې ستا کیسه وکارول شي، له یو باوري لوی کس څخه هم وپوښتل شي.
story-age-label = ته څو کلن یې؟
story-age-unsaid = نه غواړم ووایم

# Coming back to a story.
story-back-heading = ستا کیسه
story-back-intro = دلته کولای شې د خپلې کیسې نسخې ولولې او پرېکړه وکړې چې چېرته کارول کېدای شي.
story-versions-heading = نسخې چې ته یې ولولې
story-no-versions = تر اوسه کومه نسخه نشته چې ته یې ولولې.
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = نسخه د دې لپاره: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = ښودل شوی نوم: { $name }
story-version-awaiting = ستا ځواب ته انتظار دی
story-version-approved = تا همدې کلمو ته «هو» وویل
story-version-declined = تا دې نسخې ته «نه» وویل
story-version-approve = هو، همدا کلمې وکاروئ
story-version-decline = نه، داسې نه
story-version-saved-yes = مننه. یوازې همدا کلمې کارول کېدای شي.
story-version-saved-no = مننه. دا نسخه به ونه کارول شي.
story-consents-heading = ستا کیسه چېرته کارول کېدای شي
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = تا «هو» وویل، تر { $day } پورې.
story-consent-said-no = تا «نه» وویل.
story-consent-withdraw = خپل «هو» بېرته اخلم
story-consent-renew = بیا «هو» وایم
story-consent-give = «هو» وایم
story-consent-saved-yes = وساتل شو. تا «هو» وویل.
story-consent-saved-no = وساتل شو. ستا کیسه نور د دې لپاره نه کارول کېږي.

# The child's intake page. Plain words: many readers are young or read Kurmanji as a new language.
# Address the child with "tu". Kurmanji verbs do not mark the reader's gender.

page-title-intake = Ji me re bêje
intake-heading = Çi di dilê te de ye, ji me re bêje
intake-locked = Tiştê ku tu dinivîsî, berî ku ji vê cîhazê derkeve, tê kilîtkirin. Tenê kesên ku ji bo xwendina peyaman hatine hilbijartin dikarin wê vekin.
intake-nojs = Geroka te skrîptan naxebitîne. Gava peyama te bigihîje, berî ku were tomarkirin, servera me dê wê yekser kilît bike.
intake-label = Peyama te
intake-hint = Bi qasî ku tu dixwazî binivîse, kêm an zêde, bi her zimanî.
intake-send = Bişîne
intake-sending = Tê şandin…
intake-retry = Dîsa biceribîne

page-title-sent = Peyama te gihîşt
intake-sent-heading = Peyama te gihîşt
intake-sent-body = Ew hat tomarkirin û kilîtkirin. Spas ku te ji me re got.
intake-write-another = Peyameke din binivîse
intake-kept-heading = Li ser vê cîhazê hat tomarkirin
intake-kept-body = Înternet niha naxebite. Peyama te hat kilîtkirin û li ser vê cîhazê hat tomarkirin. Li vir kes nikare wê bixwîne. Gava înternet dîsa bixebite, ew dê bi serê xwe were şandin. Wêneyên te yên nehênî dê piştî wê bixebitin.

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = Peyama te hêj negihîştiye. Gotinên te hêj li vir in. Ji kerema xwe dîsa biceribîne.
error-empty = Hêj tiştek ji bo şandinê tune. Ji kerema xwe pêşî tiştekî hilbijêre an binivîse.
# $max (number) — the largest number of characters a message may have.
error-too-long = Peyama te pir dirêj e. Ji kerema xwe wê kurttir bike: herî zêde { $max } tîp.
error-not-sealed = Tiştê ku gihîşt ne peyameke kilîtkirî bû, ji ber vê yekê tiştek nehat tomarkirin.
error-too-large = Tiştê ku gihîşt pir mezin bû, ji ber vê yekê tiştek nehat tomarkirin.
error-bad-id = Em nikarin vê peyamê nas bikin, ji ber vê yekê tiştek nehat tomarkirin. Ji kerema xwe rûpelê dîsa veke û wê dîsa bişîne.
error-cross-site = Ev ji malpereke din hat, ji ber vê yekê tiştek nehat tomarkirin.
error-unavailable = Li aliyê me pirsgirêkek çêbû, ji ber vê yekê tiştek nehat tomarkirin. Ji kerema xwe paşê dîsa biceribîne.
error-bad-form = Form ne temam bû, ji ber vê yekê tiştek nehat tomarkirin. Ji kerema xwe rûpelê dîsa veke.
error-recipients-changed = Dema tu dinivîsî, li aliyê me tiştek guherî, ji ber vê yekê hêj tiştek nehat tomarkirin. Ji kerema xwe dîsa pêl «Bişîne» bike.

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = Ev li ser kîjan cihî ye? (Tu dikarî vê derbas bikî.)
intake-place-hint = Heke tu cihekî hilbijêrî, tu kesê ku ji bo wî cihî dixebite nikare peyama te bixwîne.
intake-place-unsaid = Ez naxwazim bêjim
intake-place-elsewhere = Cihekî din
error-unknown-place = Em wî cihî nas nakin, ji ber vê yekê tiştek nehat tomarkirin. Ji kerema xwe cihekî din hilbijêre, an «Ez naxwazim bêjim».
error-proof-needed = Em nikarin peyama te kontrol bikin, ji ber vê yekê hêj tiştek nehat tomarkirin. Ji kerema xwe dîsa pêl «Bişîne» bike.
error-too-many = Te di demeke kurt de ji vê cîhazê gelek peyam şandin, ji ber vê yekê ev peyam nehat tomarkirin. Ji kerema xwe hinekî bisekine û dîsa biceribîne.
error-busy = Niha gelek zêde peyam digihîjin, ji ber vê yekê peyama te hêj nehat tomarkirin. Ji kerema xwe piştî çend deqeyan dîsa biceribîne. Heke tu niha ne ewle yî, «Ez ne ewle me» hilbijêre: ew peyam pêşî tên qebûlkirin.
error-form-expired = Ev rûpel demeke dirêj vekirî ma an berê hatibû bikaranîn, ji ber vê yekê tiştek nehat tomarkirin. Ji kerema xwe rûpelê dîsa veke û peyama xwe bişîne.

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = Derketina bilez
# The button that reads a screen aloud with the device's own voice.
read-aloud = Bi deng bixwîne

# The first screen: what the child wants to share.
share-heading = Tu dixwazî çi ji me re bêjî?
kind-legend = Tu dixwazî çi ji me re bêjî? (Tu dikarî vê derbas bikî.)
kind-idea = Ramanek an nêrîna min
kind-idea-hint = Tiştek ku dikare baştir be, an nêrîna te li ser tiştekî.
kind-worry = Fikarek
kind-worry-hint = Tiştek ku te xemgîn dike, te ditirsîne an te bi fikar dike.
kind-complaint = Gazindek
kind-complaint-hint = Tiştek ku xelet an neheq bû.
kind-unsafe = Ez ne ewle me
kind-unsafe-hint = Niha alîkarî bistîne.
kind-story = Ez dixwazim çîroka xwe vebêjim
kind-story-hint = Tu biryar didî ka kî dikare wê bibîne.

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = Gav { $n } ji { $total }
step-back = Paşve
step-next = Pêşve

# The honest screen before the first question.
before-heading = Berî ku tu dest pê bikî
before-who-heading = Kî wê dixwîne
before-who = Çend kesên perwerdekirî ku ji bo xwendina peyaman hatine hilbijartin. Tu kesê ku li cihê ku tu behsa wî dikî dixebite nikare wê bixwîne.
before-next-heading = Paşê çi dibe
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] Kesek dê wê di nav rojekê de bixwîne.
   *[other] Kesek dê wê di nav { $days } rojan de bixwîne.
}
before-cannot-heading = Em nikarin te ji çi biparêzin
before-cannot = Kesê ku ekrana te dibîne, an vê cîhazê digire, dikare tiştê ku tu dinivîsî bibîne. Heke kesek di xeterê de be, dibe ku em neçar bin kesên ku dikarin wî kesî biparêzin agahdar bikin.
before-exit = Heke kesek were, pêl «Derketina bilez» bike an sê caran pêl Esc bike. Rûpel yekser winda dibe.
before-start = Min fêm kir, dest pê bike

# "I am not safe": help contacts first.
help-heading = Tu dikarî niha alîkarî bistînî
help-call-now = Heke tu niha di xeterê de yî, li yek ji van hejmaran telefon bike:
help-no-contacts = Heke tu niha di xeterê de yî, li hejmara acîl a vî welatî telefon bike.
help-tell-us = Tu dikarî her wiha ji me re bêjî ka çi diqewime. Em ê pêşî wê bixwînin.

# The questions.
feelings-heading = Tu xwe çawa hîs dikî?
feelings-hint = Tu dikarî ji yekê zêdetir hilbijêrî, an vê derbas bikî.
feeling-happy = Kêfxweş
feeling-okay = Baş
feeling-sad = Xemgîn
feeling-scared = Tirsiyayî
feeling-angry = Hêrsbûyî
feeling-worried = Bi fikar
words-label-idea = Ramana te çi ye?
words-label-worry = Çi te bi fikar dike?
words-label-complaint = Çi qewimî?
words-label-unsafe = Çi diqewime? Tu li ku yî? (Tenê heke tu karibî.)
words-label-story = Çîroka xwe vebêje. Tu dikarî wê binivîsî an jî bi deng bêjî.
wish-heading = Tu dixwazî çi bibe?
wish-hint = Tu dikarî ji yekê zêdetir hilbijêrî, an vê derbas bikî.
wish-talk = Ez dixwazim bi kesekî re biaxivim
wish-change = Ez dixwazim tiştek biguhere
wish-just_know = Ez tenê dixwazim hûn bizanin
wish-not_sure = Ez ne bawer im

# The review before sending.
review-heading = Berî şandinê kontrol bike
review-kind = Tiştê ku tu dibêjî
review-feelings = Tu xwe çawa hîs dikî
review-words = Gotinên te
review-place = Cih
review-wishes = Tiştê ku tu dixwazî
review-skipped = Te ev derbas kir.
review-change = Biguherîne
review-urgent = Em ê vê wekî tiştekî lezgîn bigirin dest.

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = Tu hêj li vir î?
kiosk-warning-body = Heke kes dest nede ekranê, her tiştê li ser wê dê di demeke nêz de were jêbirin, da ku kesê piştî te nikaribe wê bibîne.
kiosk-stay = Ez hêj li vir im

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = kûçik
picture-cat = pisîk
picture-fish = masî
picture-bird = çûk
picture-horse = hesp
picture-cow = çêlek
picture-rabbit = kêvroşk
picture-turtle = kûsî
picture-butterfly = pirpirok
picture-bee = mêşa hingiv
picture-elephant = fîl
picture-lion = şêr
picture-frog = beq
picture-monkey = meymûn
picture-duck = werdek
picture-owl = kund
picture-apple = sêv
picture-banana = mûz
picture-grapes = tirî
picture-lemon = lîmon
picture-carrot = gizer
picture-corn = garis
picture-bread = nan
picture-cheese = penîr
picture-egg = hêk
picture-cake = kek
picture-watermelon = zebeş
picture-cherries = gêlaz
picture-strawberry = tûfrengî
picture-pineapple = ananas
picture-mushroom = kufik
picture-pepper = bîber
picture-sun = roj
picture-moon = heyv
picture-star = stêrk
picture-cloud = ewr
picture-rainbow = keskesor
picture-flower = kulîlk
picture-tree = dar
picture-leaf = pel
picture-mountain = çiya
picture-shell = qalik
picture-glasses = berçavk
picture-snowflake = pelika berfê
picture-umbrella = sîwan
picture-house = mal
picture-car = erebe
picture-bicycle = duçerxe
picture-teddy = hirçika lîstikê
picture-rocket = roket
picture-train = trên
picture-ball = gog
picture-guitar = gîtar
picture-drum = dahol
picture-book = pirtûk
picture-pencil = qelem
picture-key = mifte
picture-clock = saet
picture-bell = zengil
picture-gift = diyarî
picture-balloon = balon
picture-crown = tac
picture-shoe = pêlav
picture-heart = dil

# After sending: the child's code.
code-heading = Wêneyên te yên nehênî
code-body = Bi van wêneyan tu dikarî vegerî, bersiva me bixwînî, tiştekî lê zêde bikî, an peyama xwe paşve bikişînî. Wan bi vê rêzê di bîra xwe de bigire, an wan binivîse û li cihekî ewle biparêze. Wan nîşanî tu kesî nede.
code-print = Wêneyên min çap bike
code-come-back = Bi wêneyên xwe vegere

# Coming back with the code.
page-title-back = Vegere
back-heading = Bi wêneyên xwe yên nehênî vegere
back-hint = Heşt wêneyên xwe bi heman rêzê hilbijêre.
back-chosen = Wêneyên te heta niha
back-remove = Wêneya dawî rake
back-open = Veke
back-opening = Tê vekirin…
back-not-found = Me bi van wêneyan tu peyam nedît. Ji kerema xwe wan kontrol bike û dîsa biceribîne.
back-too-many = Te gelek caran ceriband. Ji kerema xwe berî ku tu dîsa biceribînî hinekî bisekine.
back-incomplete = Ji kerema xwe her heşt wêneyan hilbijêre.
back-status-heading = Çi bi peyama te tê
back-status-new = Peyama te gihîşt. Hêj kesî ew nexwendiye.
back-status-acknowledged = Kesekî peyama te xwendiye.
back-status-in_progress = Kesek li ser peyama te dixebite.
back-status-waiting_for_child = Em li benda te ne. Ji kerema xwe bersiva me bixwîne.
back-status-referred = Me ji kesên din ên ku dikarin alîkarî bikin, alîkarî xwest.
back-status-closed = Me karê li ser peyama te qedand.
back-replies-heading = Bersivên me
back-no-replies = Hêj bersiv tune.
back-reply-from-us = Bersiva me
back-reply-from-you = Tiştê ku te lê zêde kir
back-add-label = Tiştekî li peyama xwe zêde bike
back-add = Bişîne
back-added = Gihîşt. Spas.
back-withdraw-heading = Peyama xwe paşve bikişîne
back-withdraw-body = Heke tu wê paşve bikişînî, em tiştê ku te nivîsî û bersivên xwe jê dibin. Ev nayê vegerandin.
back-withdraw = Peyama min paşve bikişîne
back-withdraw-confirm = Erê, paşve bikişîne
back-withdrawn = Peyama te hat paşvekişandin û jêbirin.
back-withdraw-body-urgent = Te got ku tu ne ewle yî. Heke tu vê peyamê paşve bikişînî, kesekî ku karê wî parastina zarokan e dîsa jî dikare wê heta { $day } bixwîne, da ku piştrast bibe ku tu ewle yî. Paşê em wê bi bersivên xwe re jê dibin. Ev nayê vegerandin.
back-withdrawn-urgent = Te peyama xwe paşve kişand. Kesekî ku karê wî parastina zarokan e dîsa jî dikare wê heta { $day } bixwîne, da ku piştrast bibe ku tu ewle yî. Paşê ew tê jêbirin.
back-close = Bigire
back-needs-js = Ji bo vegerê gerokeke ku skrîptan dixebitîne pêwîst e, ji ber ku wêneyên te yên nehênî li ser vê cîhazê dibin mifteya te.
back-cannot-open = Ev peyam nayê vekirin.

# Recording instead of writing.
voice-hint = Li şûna nivîsandinê, tu dikarî bi deng jî bêjî. Ew jî, wek gotinên te, berî ku ji vê cîhazê derkeve tê kilîtkirin.
voice-record = Dengê min tomar bike
voice-stop = Tomarkirinê rawestîne
voice-recording = Tê tomarkirin… Dema ku te qedand, pêl «Tomarkirinê rawestîne» bike.
voice-recorded = Tomara te. Tu dikarî berî şandinê guhdariya wê bikî.
voice-delete = Tomarê jê bibe
voice-refused = Tomarkirin pêk nehat. Tu dikarî li şûna wê binivîsî.
review-voice = Tomara te
review-voice-yes = Te peyamek tomar kir.

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = Komeke piçûk a kesên ku bi çîrokan re dixebitin çîroka te dixwîne. Çîroka te tenê li cihên ku tu paşê ji wan re bibêjî «erê» tê bikaranîn.
story-before-help = Heke tu niha ne ewle yî, paşve here û «Ez ne ewle me» hilbijêre. Wê demê em dikarin yekser alîkariya te bikin.
story-before-next = Paşê tu yek bi yek biryar didî ka çîroka te li ku dikare were bikaranîn. Heta ku tu nebêjî «erê», her tişt «na» ye. Bi wêneyên xwe yên nehênî tu dikarî her guhertoyeke guherandî berî ku were bikaranîn bixwînî, jê re erê an na bibêjî, û kengî bixwazî biryara xwe biguherînî.
story-sent-body = Çîroka te gihîşt. Wêneyên xwe yên nehênî biparêze: bi wan tu dikarî guhertoyên çîroka xwe bixwînî, erê an na bibêjî, û kengî bixwazî biryara xwe biguherînî.
story-purpose-learning = Tenê di nava rêxistina me de
story-purpose-learning-body = Tîma me dikare çîroka te bixwîne, da ku fêr bibe ka çawa dikare baştir alîkariya zarokan bike. Çîroka te di nava rêxistina me de dimîne.
story-purpose-advocacy = Bi kesên ku biryaran didin re
story-purpose-advocacy-body = Dibe ku em çîroka te bi kesên ku li ser zarokan qanûn û biryaran çêdikin re parve bikin, da ku em guhertinê bixwazin. Ew ji her kesî re nayê nîşandan.
story-purpose-public = Ji her kesî re: malpera me û raporên me
story-purpose-public-body = Dibe ku çîroka te li ser malpera me an di raporên me de be. Li wir her kes dikare wê bixwîne. Tenê guhertoyeke ku te peyv bi peyv pejirandiye tê bikaranîn.
story-purpose-media = Rojnamevan û medya
story-purpose-media-body = Dibe ku em çîroka te bidin rojnamevanan, ji bo rojname, radyo an televizyonê. Tenê guhertoyeke ku te peyv bi peyv pejirandiye tê bikaranîn.
story-consent-question = Em dikarin çîroka te ji bo vê bi kar bînin?
story-consent-no = Na
story-consent-yes = Erê
story-consent-change = Tu dikarî bi wêneyên xwe yên nehênî kengî bixwazî bersiva xwe biguherînî.
story-consent-copies = Heke tu «erê»ya xwe paşve bikişînî, em yekser dev ji bikaranîna çîroka te berdidin. Lê em nikarin kopiyên ku berê hatine dayîn, wek mînak ji rojnameyekê re, paşve bistînin.
story-consent-never = Em tu carî rûyan, cihan, navên malbata te an navê cihê ku tu lê dijî naweşînin.
story-naming = Navê te
story-naming-question = Tu dixwazî navê te çawa were nîşandan?
story-naming-none = Qet bê nav
story-naming-made_up = Navekî çêkirî
story-naming-first_name = Tenê navê min ê pêşîn
story-name-label = Navê ku dê were bikaranîn (tenê heke te navek hilbijart)
story-name-hint = Heke te «Qet bê nav» hilbijart, vê vala bihêle.
story-age = Temenê te
story-age-why = Ne mecbûr e ku tu wê bibêjî. Ji bo zarokên piçûktir, dibe ku berî bikaranîna çîroka te ji mezinekî ewle jî were pirsîn.
story-age-label = Tu çend salî yî?
story-age-unsaid = Ez naxwazim bêjim

# Coming back to a story.
story-back-heading = Çîroka te
story-back-intro = Li vir tu dikarî guhertoyên çîroka xwe bixwînî û biryar bidî ka ew li ku dikare were bikaranîn.
story-versions-heading = Guhertoyên ji bo te ku tu bixwînî
story-no-versions = Hêj tu guhertoyeke ji bo xwendina te tune.
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = Guherto ji bo: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = Navê ku tê nîşandan: { $name }
story-version-awaiting = Li benda bersiva te ye
story-version-approved = Te ji tam van gotinan re got erê
story-version-declined = Te ji vê guhertoyê re got na
story-version-approve = Erê, tam van gotinan bi kar bînin
story-version-decline = Na, ne bi vî awayî
story-version-saved-yes = Spas. Tenê tam ev gotin dikarin werin bikaranîn.
story-version-saved-no = Spas. Ev guherto nayê bikaranîn.
story-consents-heading = Çîroka te li ku dikare were bikaranîn
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = Te got erê, heta { $day }.
story-consent-said-no = Te got na.
story-consent-withdraw = «Erê»ya min paşve bikişîne
story-consent-renew = Dîsa bibêje erê
story-consent-give = Bibêje erê
story-consent-saved-yes = Hat tomarkirin. Te got erê.
story-consent-saved-no = Hat tomarkirin. Çîroka te êdî ji bo vê nayê bikaranîn.

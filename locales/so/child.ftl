# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = Noo sheeg
intake-heading = Noo sheeg waxa aad ka fikirayso ama dareemayso
intake-locked = Waxa aad qorto waa la xiraa ka hor inta uusan ka bixin qalabkan. Kaliya dadka loo doortay inay akhriyaan fariimaha ayaa furi kara.
intake-nojs = Browser-kaagu ma shaqeysiinayo scripts. Fariintaada waxaa xiri doona server-keenna isla marka ay timaaddo, ka hor inta aan la kaydin.
intake-label = Fariintaada
intake-hint = Qor inta aad rabto, wax badan ama wax yar, luqad kasta oo aad rabto.
intake-send = Dir
intake-sending = Waa la dirayaa…
intake-retry = Isku day mar kale

page-title-sent = Fariintaadii way timid
intake-sent-heading = Fariintaadii way timid
intake-sent-body = Waa la kaydiyay waana la xiray. Waad ku mahadsan tahay inaad noo sheegtay.
intake-write-another = Qor fariin kale
intake-kept-heading = Waxaa lagu kaydiyay qalabkan
intake-kept-body = Internet-ku hadda ma shaqeynayo. Fariintaada waa la xiray, waxaana lagu kaydiyay qalabkan. Qofna halkan ma akhriyi karo. Si toos ah ayaa loo diri doonaa marka internet-ku mar kale shaqeeyo. Sawiradaada sirta ah waxay shaqeyn doonaan intaas kadib.

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = Fariintaadu weli ma iman. Erayadaadu weli halkan ayay ku jiraan. Fadlan isku day mar kale.
error-empty = Weli ma jiro wax la diro. Fadlan marka hore dooro ama qor wax.
# $max (number) — the largest number of characters a message may have.
error-too-long = Fariintaadu aad bay u dheer tahay. Fadlan gaabi: ugu badnaan { $max } xaraf.
error-not-sealed = Wixii yimid ma ahayn fariin xiran, sidaas darteed waxba lama kaydin.
error-too-large = Wixii yimid aad buu u weynaa, sidaas darteed waxba lama kaydin.
error-bad-id = Fariintan lama aqoonsan karin, sidaas darteed waxba lama kaydin. Fadlan bogga mar kale fur oo mar kale dir.
error-cross-site = Tani waxay ka timid website kale, sidaas darteed waxba lama kaydin.
error-unavailable = Dhankayaga ayaa wax ka khaldamay, sidaas darteed waxba lama kaydin. Fadlan mar dambe isku day.
error-bad-form = Foomku ma dhammayn, sidaas darteed waxba lama kaydin. Fadlan bogga mar kale fur.
error-recipients-changed = Inta aad qoraysay ayaa wax ka beddelmay dhankayaga, sidaas darteed weli waxba lama kaydin. Fadlan mar kale riix "Dir".

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = Meeshee ayay tani ku saabsan tahay? (Waad ka boodi kartaa tan.)
intake-place-hint = Haddii aad doorato meel, qofna oo meeshaas u shaqeeya ma akhrin karo fariintaada.
intake-place-unsaid = Waxaan doorbidayaa inaanan sheegin
intake-place-elsewhere = Meel kale
error-unknown-place = Meeshaas ma naqaanno, sidaas darteed waxba lama kaydin. Fadlan dooro meel kale, ama "Waxaan doorbidayaa inaanan sheegin".
error-proof-needed = Fariintaada lama hubin karin, sidaas darteed weli waxba lama kaydin. Fadlan mar kale riix "Dir".
error-too-many = Waxaad qalabkan ka dirtay fariimo badan waqti gaaban gudihiis, sidaas darteed tan lama kaydin. Fadlan in yar sug, kadibna mar kale isku day.
error-busy = Hadda fariimo aad u badan ayaa imanaya, sidaas darteed fariintaada weli lama kaydin. Fadlan dhowr daqiiqo kadib mar kale isku day. Haddii aadan hadda ammaan ku jirin, dooro "Ammaan kuma jiro": fariimahaas ayaa la hormariyaa.
error-form-expired = Boggan muddo dheer ayuu furnaa ama hore ayaa loo isticmaalay, sidaas darteed waxba lama kaydin. Fadlan bogga mar kale fur oo fariintaada dir.

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = Degdeg uga bax
# The button that reads a screen aloud with the device's own voice.
read-aloud = Kor u akhri

# The first screen: what the child wants to share.
share-heading = Maxaad jeclaan lahayd inaad la wadaagto?
kind-legend = Maxaad jeclaan lahayd inaad la wadaagto? (Waad ka boodi kartaa tan.)
kind-idea = Fikrad ama ra'yigayga
kind-idea-hint = Wax ka fiicnaan kara, ama waxa aad ka qabto arrin.
kind-worry = Walaac
kind-worry-hint = Wax kaa murugeeya, kaa cabsiiya ama kaa walwaliya.
kind-complaint = Cabasho
kind-complaint-hint = Wax khaldanaa ama aan cadaalad ahayn.
kind-unsafe = Ammaan kuma jiro
kind-unsafe-hint = Hadda caawimaad hel.
kind-story = Sheeg sheekadayda
kind-story-hint = Adiga ayaa go'aansada cidda arki karta.

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = Tallaabada { $n } ee { $total }
step-back = Dib u noqo
step-next = Xiga

# The honest screen before the first question.
before-heading = Ka hor intaadan bilaabin
before-who-heading = Yaa akhriya
before-who = Dad yar oo tababaran oo loo doortay inay akhriyaan fariimaha. Qofna oo ka shaqeeya meesha aad magacawdo ma akhrin karo.
before-next-heading = Maxaa xiga
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] Qof ayaa akhrin doona hal maalin gudaheed.
   *[other] Qof ayaa akhrin doona { $days } maalmood gudahood.
}
before-cannot-heading = Waxa aanan kaa ilaalin karin
before-cannot = Qof arka shaashaddaada, ama qaata qalabkan, wuu arki karaa waxa aad qorto. Haddii qof khatar ku jiro, waxaa laga yaabaa inay waajib nagu noqoto inaan u sheegno dad badbaadin kara.
before-exit = Haddii qof yimaado, riix "Degdeg uga bax" ama riix Esc saddex jeer. Boggu isla markiiba wuu baaba'ayaa.
before-start = Waan fahmay, aan bilaabo

# "I am not safe": help contacts first.
help-heading = Hadda caawimaad waad heli kartaa
help-call-now = Haddii aad hadda khatar ku jirto, wac mid ka mid ah lambarradan:
help-no-contacts = Haddii aad hadda khatar ku jirto, wac lambarka gurmadka degdegga ah ee dalkan.
help-tell-us = Sidoo kale waad noo sheegi kartaa waxa dhacaya. Tan ayaan ugu horreyn akhrin doonnaa.

# The questions.
feelings-heading = Sidee dareemaysaa?
feelings-hint = Waxaad dooran kartaa wax ka badan hal, ama waad ka boodi kartaa tan.
feeling-happy = Faraxsan
feeling-okay = Caadi
feeling-sad = Murugaysan
feeling-scared = Cabsi qaba
feeling-angry = Cadhaysan
feeling-worried = Walwalsan
words-label-idea = Waa maxay fikraddaadu?
words-label-worry = Maxaad ka walwalsan tahay?
words-label-complaint = Maxaa dhacay?
words-label-unsafe = Maxaa dhacaya? Xaggee joogtaa? (Kaliya haddii aad awoodid.)
words-label-story = Sheeg sheekadaada. Waad qori kartaa, ama waad ku dhawaaqi kartaa.
wish-heading = Maxaad jeclaan lahayd inay dhacdo?
wish-hint = Waxaad dooran kartaa wax ka badan hal, ama waad ka boodi kartaa tan.
wish-talk = Waxaan rabaa inaan qof la hadlo
wish-change = Waxaan rabaa in wax isbeddelaan
wish-just_know = Kaliya waxaan rabaa inaad ogaataan
wish-not_sure = Ma hubo

# The review before sending.
review-heading = Hubi ka hor intaadan dirin
review-kind = Waxa aad la wadaagayso
review-feelings = Sida aad dareemayso
review-words = Erayadaada
review-place = Meesha
review-wishes = Waxa aad jeclaan lahayd
review-skipped = Tan waad ka boodday.
review-change = Beddel
review-urgent = Tan waxaan u qaadan doonnaa arrin degdeg ah.

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = Weli ma joogtaa?
kiosk-warning-body = Haddii qofna uusan taabanin shaashadda, wax kasta oo ku yaal dhowaan waa la tirtiri doonaa, si qofka xiga uusan u arkin.
kiosk-stay = Weli waan joogaa

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = eey
picture-cat = bisad
picture-fish = kalluun
picture-bird = shimbir
picture-horse = faras
picture-cow = sac
picture-rabbit = bakayle
picture-turtle = diin
picture-butterfly = balanbaalis
picture-bee = shinni
picture-elephant = maroodi
picture-lion = libaax
picture-frog = rah
picture-monkey = daanyeer
picture-duck = muwaata
picture-owl = guumays
picture-apple = tufaax
picture-banana = moos
picture-grapes = canab
picture-lemon = liin dhanaan
picture-carrot = karooto
picture-corn = galley
picture-bread = rooti
picture-cheese = farmaajo
picture-egg = ukun
picture-cake = keeg
picture-watermelon = xabxab
picture-cherries = jeeri
picture-strawberry = frawla
picture-pineapple = cananaas
picture-mushroom = boqoshaa
picture-pepper = basbaas
picture-sun = qorrax
picture-moon = dayax
picture-star = xiddig
picture-cloud = daruur
picture-rainbow = qaanso roobaad
picture-flower = ubax
picture-tree = geed
picture-leaf = caleen
picture-mountain = buur
picture-shell = xanjaleel
picture-glasses = muraayad indhood
picture-snowflake = baraf
picture-umbrella = dallad
picture-house = guri
picture-car = baabuur
picture-bicycle = baaskiil
picture-teddy = boombalo oorso
picture-rocket = markab hawada sare
picture-train = tareen
picture-ball = kubad
picture-guitar = gitaar
picture-drum = durbaan
picture-book = buug
picture-pencil = qalin qori
picture-key = fure
picture-clock = saacad
picture-bell = gambaleel
picture-gift = hadiyad
picture-balloon = baaluun
picture-crown = taaj
picture-shoe = kab
picture-heart = qalbi

# After sending: the child's code.
code-heading = Sawiradaada sirta ah
code-body = Sawiradan ayaad ku soo noqon kartaa si aad u akhrido jawaabtayada, wax ugu darto, ama fariintaada dib ula noqoto. Ku xasuuso sida ay isugu xigaan, ama qor oo meel ammaan ah ku hay. Qofna ha tusin.
code-print = Daabac sawiradayda
code-come-back = Ku soo noqo sawiradayda

# Coming back with the code.
page-title-back = Soo noqo
back-heading = Ku soo noqo sawiradaada sirta ah
back-hint = Dooro siddeedda sawir ee aad leedahay, sida ay isugu xigeen.
back-chosen = Sawiradaada ilaa hadda
back-remove = Ka saar sawirka ugu dambeeya
back-open = Fur
back-opening = Waa la furayaa…
back-not-found = Ma aanan helin fariin leh sawiradan. Fadlan hubi oo mar kale isku day.
back-too-many = Isku day badan ayaad samaysay. Fadlan in yar sug ka hor intaadan mar kale isku dayin.
back-incomplete = Fadlan dooro dhammaan siddeedda sawir.
back-status-heading = Waxa ku socda fariintaada
back-status-new = Fariintaadii way timid. Weli qofna ma akhrin.
back-status-acknowledged = Qof ayaa akhriyay fariintaada.
back-status-in_progress = Qof ayaa ka shaqaynaya fariintaada.
back-status-waiting_for_child = Adiga ayaan ku sugaynaa. Fadlan akhri jawaabtayada.
back-status-referred = Waxaan weydiisanay dad kale oo caawin kara.
back-status-closed = Fariintaada waan ka dhammaynay.
back-replies-heading = Jawaabahayaga
back-no-replies = Weli jawaab ma jirto.
back-reply-from-us = Jawaabtayada
back-reply-from-you = Waxa aad ku dartay
back-add-label = Wax ku dar fariintaada
back-add = Dir
back-added = Way timid. Waad ku mahadsan tahay.
back-withdraw-heading = Fariintaada dib u qaado
back-withdraw-body = Haddii aad dib u qaadato, waxaan tirtiraynaa waxa aad qortay iyo jawaabahayaga. Tan dib looma soo celin karo.
back-withdraw = Fariintayda dib u qaado
back-withdraw-confirm = Haa, dib u qaado
back-withdrawn = Fariintaadii dib ayaa loo qaaday waana la tirtiray.
back-withdraw-body-urgent = Waxaad sheegtay inaadan ammaan ku jirin. Haddii aad fariintan dib u qaadato, qof shaqadiisu tahay ilaalinta carruurta ayaa weli akhrin kara ilaa { $day }, si uu u hubiyo inaad ammaan ku jirto. Kadibna waan tirtiraynaa iyada iyo jawaabahayaga. Tan dib looma soo celin karo.
back-withdrawn-urgent = Fariintaadii dib ayaad u qaadatay. Qof shaqadiisu tahay ilaalinta carruurta ayaa weli akhrin kara ilaa { $day }, si uu u hubiyo inaad ammaan ku jirto. Kadib waa la tirtirayaa.
back-close = Xir
back-needs-js = Soo noqoshadu waxay u baahan tahay browser wada scripts, maxaa yeelay sawiradaada sirta ah waxay qalabkan ku noqdaan furahaaga.
back-cannot-open = Fariintan lama furi karo.

# Recording instead of writing.
voice-hint = Sidoo kale waad ku dhawaaqi kartaa halkii aad qori lahayd. Sida erayadaada oo kale ayaa loo xiraa ka hor inta uusan ka bixin qalabkan.
voice-record = Duub codkayga
voice-stop = Jooji duubista
voice-recording = Waa la duubayaa… Riix "Jooji duubista" marka aad dhammayso.
voice-recorded = Duubistaada. Waad dhageysan kartaa ka hor intaadan dirin.
voice-delete = Tirtir duubista
voice-refused = Ma aanan duubi karin. Halkii, waad qori kartaa.
review-voice = Duubistaada
review-voice-yes = Fariin ayaad duubtay.

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = Koox yar oo ka shaqeysa sheekooyinka ayaa akhrisa sheekadaada. Waxaa kaliya loo isticmaalaa siyaabaha aad "haa" ku tiraahdo marka xigta.
story-before-help = Haddii aadan hadda ammaan ku jirin, dib u noqo oo dooro "Ammaan kuma jiro". Markaas isla markiiba ayaan ku caawin karnaa.
story-before-next = Marka xigta, mid mid ayaad u go'aamin doontaa meesha sheekadaada lagu isticmaali karo. Wax walba waa "maya" ilaa aad "haa" tiraahdo. Sawiradaada sirta ah ayaad ku akhrin kartaa nuqul kasta oo la beddelay ka hor inta aan la isticmaalin. Waxaad ku odhan kartaa haa ama maya, go'aankaagana waad beddeli kartaa waqti kasta.
story-sent-body = Sheekadaadii way timid. Sawiradaada sirta ah hay: iyaga ayaad ku akhrin kartaa nuqullada sheekadaada, waxaad odhan kartaa haa ama maya, go'aankaagana waad beddeli kartaa waqti kasta.
story-purpose-learning = Kaliya gudaha hay'addayada
story-purpose-learning-body = Kooxdayadu waxay akhrin kartaa sheekadaada si ay u bartaan sida carruurta si fiican loogu caawiyo. Sheekadu waxay ku jiraysaa gudaha hay'addayada.
story-purpose-advocacy = Dadka go'aamada gaara
story-purpose-advocacy-body = Waxaan sheekadaada la wadaagi karnaa dadka sameeya sharciyada iyo go'aamada ku saabsan carruurta, si aan isbeddel u weydiisanno. Dadweynaha looma soo bandhigo.
story-purpose-public = Dadweynaha: website-kayaga iyo warbixinnadayada
story-purpose-public-body = Sheekadaadu waxay ka soo bixi kartaa website-kayaga ama warbixinnadayada, halkaas oo qof kasta akhrin karo. Waxaa kaliya la isticmaalaa nuqul aad eray eray u oggolaatay.
story-purpose-media = Wariyayaasha iyo warbaahinta
story-purpose-media-body = Sheekadaada waxaan siin karnaa wariyayaasha, wargeysyada, raadiyaha ama TV-ga. Waxaa kaliya la isticmaalaa nuqul aad eray eray u oggolaatay.
story-consent-question = Ma u isticmaali karnaa sheekadaada tan?
story-consent-no = Maya
story-consent-yes = Haa
story-consent-change = Jawaabtaada waad beddeli kartaa waqti kasta, adigoo isticmaalaya sawiradaada sirta ah.
story-consent-copies = Haddii aad dib u qaadato "haa", isla markiiba waan joojinaynaa isticmaalka sheekadaada. Dib uma soo celin karno nuqullada horey loo bixiyay, tusaale ahaan kuwa la siiyay wargeys.
story-consent-never = Weligeen ma daabacno wejiyo, meelo, ama magacyada qoyskaaga ama meesha aad ku nooshahay.
story-naming = Magacaaga
story-naming-question = Sidee baad rabtaa in magacaaga loo qoro?
story-naming-none = Magac la'aan
story-naming-made_up = Magac aan run ahayn
story-naming-first_name = Magacayga koowaad oo kaliya
story-name-label = Magaca la isticmaalayo (kaliya haddii aad magac dooratay)
story-name-hint = Haddii aad dooratay "Magac la'aan", meeshan bannaan u daa.
story-age = Da'daada
story-age-why = Waajib kuma aha inaad sheegto. Carruurta yaryar, waxaa laga yaabaa in sidoo kale la weydiiyo qof weyn oo la aamini karo, ka hor inta aan sheekadaada la isticmaalin.
story-age-label = Immisa jir baad tahay?
story-age-unsaid = Waxaan doorbidayaa inaanan sheegin

# Coming back to a story.
story-back-heading = Sheekadaada
story-back-intro = Halkan waxaad ku akhrin kartaa nuqullada sheekadaada, waxaadna go'aamin kartaa meesha lagu isticmaali karo.
story-versions-heading = Nuqullo aad akhrido
story-no-versions = Weli ma jiro nuqul aad akhrido.
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = Nuqul loogu talagalay: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = Magaca la muujinayo: { $name }
story-version-awaiting = Jawaabtaada ayaa la sugayaa
story-version-approved = Waxaad haa ku tiri erayadan sidooda ah
story-version-declined = Waxaad maya ku tiri nuqulkan
story-version-approve = Haa, isticmaala erayadan sidooda ah
story-version-decline = Maya, sidan ha noqon
story-version-saved-yes = Waad ku mahadsan tahay. Kaliya erayadan sidooda ah ayaa la isticmaali karaa.
story-version-saved-no = Waad ku mahadsan tahay. Nuqulkan lama isticmaali doono.
story-consents-heading = Meelaha sheekadaada lagu isticmaali karo
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = Waxaad tiri haa, ilaa { $day }.
story-consent-said-no = Waxaad tiri maya.
story-consent-withdraw = Oggolaanshahayga dib u qaado
story-consent-renew = Mar kale haa dheh
story-consent-give = Haa dheh
story-consent-saved-yes = Waa la kaydiyay. Waxaad tiri haa.
story-consent-saved-no = Waa la kaydiyay. Sheekadaada looma sii isticmaali doono tan.

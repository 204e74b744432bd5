# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = Tuambie
intake-heading = Tuambie kilicho moyoni mwako
intake-locked = Unachoandika kinafungwa kwa kufuli kabla hakijaondoka kwenye kifaa hiki. Ni watu waliochaguliwa kusoma jumbe pekee wanaoweza kukifungua.
intake-nojs = Kivinjari chako hakiendeshi skripti. Seva yetu itaufunga ujumbe wako kwa kufuli mara tu utakapofika, kabla ya kuuhifadhi.
intake-label = Ujumbe wako
intake-hint = Andika kadiri unavyotaka, mengi au machache, kwa lugha yoyote.
intake-send = Tuma
intake-sending = Inatumwa…
intake-retry = Jaribu tena

page-title-sent = Ujumbe wako umefika
intake-sent-heading = Ujumbe wako umefika
intake-sent-body = Umehifadhiwa na kufungwa kwa kufuli. Asante kwa kutuambia.
intake-write-another = Andika ujumbe mwingine
intake-kept-heading = Umehifadhiwa kwenye kifaa hiki
intake-kept-body = Intaneti haifanyi kazi sasa hivi. Ujumbe wako umefungwa kwa kufuli na umehifadhiwa kwenye kifaa hiki. Hakuna mtu hapa anayeweza kuusoma. Utatumwa wenyewe intaneti itakapofanya kazi tena. Picha zako za siri zitafanya kazi baada ya hapo.

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = Ujumbe wako bado haujafika. Maneno yako bado yapo hapa. Tafadhali jaribu tena.
error-empty = Bado hakuna cha kutuma. Tafadhali chagua au andika kitu kwanza.
# $max (number) — the largest number of characters a message may have.
error-too-long = Ujumbe wako ni mrefu mno. Tafadhali uufupishe: usizidi herufi { $max }.
error-not-sealed = Kilichofika hakikuwa ujumbe uliofungwa kwa kufuli, kwa hiyo hakuna kilichohifadhiwa.
error-too-large = Kilichofika kilikuwa kikubwa mno, kwa hiyo hakuna kilichohifadhiwa.
error-bad-id = Hatukuweza kuutambua ujumbe huu, kwa hiyo hakuna kilichohifadhiwa. Tafadhali fungua ukurasa tena na uutume tena.
error-cross-site = Hiki kilitoka kwenye tovuti nyingine, kwa hiyo hakuna kilichohifadhiwa.
error-unavailable = Kuna tatizo upande wetu, kwa hiyo hakuna kilichohifadhiwa. Tafadhali jaribu tena baadaye.
error-bad-form = Fomu haikuwa kamili, kwa hiyo hakuna kilichohifadhiwa. Tafadhali fungua ukurasa tena.
error-recipients-changed = Kuna kitu kilibadilika upande wetu ulipokuwa ukiandika, kwa hiyo bado hakuna kilichohifadhiwa. Tafadhali bonyeza Tuma tena.

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = Ujumbe huu unahusu mahali gani? (Unaweza kuruka swali hili.)
intake-place-hint = Ukichagua mahali, hakuna mtu anayefanya kazi huko atakayeweza kusoma ujumbe wako.
intake-place-unsaid = Sipendelei kusema
intake-place-elsewhere = Mahali pengine
error-unknown-place = Hatupajui mahali hapo, kwa hiyo hakuna kilichohifadhiwa. Tafadhali chagua mahali pengine, au “Sipendelei kusema”.
error-proof-needed = Hatukuweza kuukagua ujumbe wako, kwa hiyo bado hakuna kilichohifadhiwa. Tafadhali bonyeza Tuma tena.
error-too-many = Umetuma jumbe nyingi kutoka kwenye kifaa hiki kwa muda mfupi, kwa hiyo huu haukuhifadhiwa. Tafadhali subiri kidogo kisha ujaribu tena.
error-busy = Jumbe nyingi sana zinafika sasa hivi, kwa hiyo ujumbe wako bado haujahifadhiwa. Tafadhali jaribu tena baada ya dakika chache. Ikiwa sasa hivi huko salama, chagua “Siko salama”: jumbe hizo zinapitishwa kwanza.
error-form-expired = Ukurasa huu ulikuwa wazi kwa muda mrefu au ulishatumika, kwa hiyo hakuna kilichohifadhiwa. Tafadhali fungua ukurasa tena na utume ujumbe wako.

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = Toka haraka
# The button that reads a screen aloud with the device's own voice.
read-aloud = Soma kwa sauti

# The first screen: what the child wants to share.
share-heading = Ungependa kutuambia nini?
kind-legend = Ungependa kutuambia nini? (Unaweza kuruka swali hili.)
kind-idea = Wazo au ninachofikiri
kind-idea-hint = Kitu ambacho kingeweza kuwa bora zaidi, au unachofikiri kuhusu jambo fulani.
kind-worry = Wasiwasi
kind-worry-hint = Kitu kinachokuhuzunisha, kinachokuogopesha au kinachokutia wasiwasi.
kind-complaint = Malalamiko
kind-complaint-hint = Kitu ambacho kilikuwa kibaya au si cha haki.
kind-unsafe = Siko salama
kind-unsafe-hint = Pata msaada sasa.
kind-story = Simulia hadithi yangu
kind-story-hint = Wewe ndiye unayeamua nani anaweza kuiona.

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = Hatua { $n } kati ya { $total }
step-back = Rudi
step-next = Endelea

# The honest screen before the first question.
before-heading = Kabla hujaanza
before-who-heading = Nani anausoma
before-who = Watu wachache waliofunzwa, waliochaguliwa kusoma jumbe. Hakuna mtu anayefanya kazi mahali utakapopataja anayeweza kuusoma.
before-next-heading = Nini kitatokea baadaye
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] Mtu atausoma ndani ya siku moja.
   *[other] Mtu atausoma ndani ya siku { $days }.
}
before-cannot-heading = Kile ambacho hatuwezi kukulinda dhidi yake
before-cannot = Mtu anayeona skrini yako, au anayechukua kifaa hiki, anaweza kuona unachoandika. Ikiwa mtu yuko hatarini, huenda tukalazimika kuwaambia watu wanaoweza kumlinda.
before-exit = Mtu akija, bonyeza “Toka haraka” au bonyeza Esc mara tatu. Ukurasa utatoweka mara moja.
before-start = Nimeelewa, anza

# "I am not safe": help contacts first.
help-heading = Unaweza kupata msaada sasa
help-call-now = Ikiwa uko hatarini sasa, piga simu kwa mojawapo ya namba hizi:
help-no-contacts = Ikiwa uko hatarini sasa, piga simu kwa namba ya dharura ya nchi hii.
help-tell-us = Unaweza pia kutuambia kinachoendelea. Tutausoma ujumbe wako kwanza.

# The questions.
feelings-heading = Unajisikiaje?
feelings-hint = Unaweza kuchagua zaidi ya kimoja, au kuruka swali hili.
feeling-happy = Nina furaha
feeling-okay = Niko sawa
feeling-sad = Nina huzuni
feeling-scared = Naogopa
feeling-angry = Nina hasira
feeling-worried = Nina wasiwasi
words-label-idea = Wazo lako ni lipi?
words-label-worry = Nini kinakutia wasiwasi?
words-label-complaint = Nini kilitokea?
words-label-unsafe = Nini kinaendelea? Uko wapi? (Ikiwa tu unaweza.)
words-label-story = Simulia hadithi yako. Unaweza kuiandika au kuisema kwa sauti.
wish-heading = Ungependa nini kitokee?
wish-hint = Unaweza kuchagua zaidi ya kimoja, au kuruka swali hili.
wish-talk = Nataka kuzungumza na mtu
wish-change = Nataka kitu kibadilike
wish-just_know = Nataka tu mjue
wish-not_sure = Sina uhakika

# The review before sending.
review-heading = Kagua kabla ya kutuma
review-kind = Unachotuambia
review-feelings = Unavyojisikia
review-words = Maneno yako
review-place = Mahali
review-wishes = Unachotaka kitokee
review-skipped = Uliruka hili.
review-change = Badilisha
review-urgent = Tutalishughulikia hili kama jambo la dharura.

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = Bado uko hapa?
kiosk-warning-body = Ikiwa hakuna mtu atakayegusa skrini, kila kitu kilicho juu yake kitafutwa hivi karibuni, ili mtu anayefuata asiweze kukiona.
kiosk-stay = Bado niko hapa

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = mbwa
picture-cat = paka
picture-fish = samaki
picture-bird = ndege
picture-horse = farasi
picture-cow = ng'ombe
picture-rabbit = sungura
picture-turtle = kobe
picture-butterfly = kipepeo
picture-bee = nyuki
picture-elephant = tembo
picture-lion = simba
picture-frog = chura
picture-monkey = tumbili
picture-duck = bata
picture-owl = bundi
picture-apple = tufaha
picture-banana = ndizi
picture-grapes = zabibu
picture-lemon = limau
picture-carrot = karoti
picture-corn = mahindi
picture-bread = mkate
picture-cheese = jibini
picture-egg = yai
picture-cake = keki
picture-watermelon = tikiti maji
picture-cherries = cheri
picture-strawberry = stroberi
picture-pineapple = nanasi
picture-mushroom = uyoga
picture-pepper = pilipili
picture-sun = jua
picture-moon = mwezi
picture-star = nyota
picture-cloud = wingu
picture-rainbow = upinde wa mvua
picture-flower = ua
picture-tree = mti
picture-leaf = jani
picture-mountain = mlima
picture-shell = kombe
picture-glasses = miwani
picture-snowflake = chembe ya theluji
picture-umbrella = mwavuli
picture-house = nyumba
picture-car = gari
picture-bicycle = baiskeli
picture-teddy = dubu wa kuchezea
picture-rocket = roketi
picture-train = treni
picture-ball = mpira
picture-guitar = gitaa
picture-drum = ngoma
picture-book = kitabu
picture-pencil = penseli
picture-key = ufunguo
picture-clock = saa
picture-bell = kengele
picture-gift = zawadi
picture-balloon = puto
picture-crown = taji
picture-shoe = kiatu
picture-heart = moyo

# After sending: the child's code.
code-heading = Picha zako za siri
code-body = Kwa picha hizi unaweza kurudi, kusoma jibu letu, kuongeza kitu, au kuuondoa ujumbe wako. Zikumbuke kwa mpangilio huu, au ziandike na uzihifadhi mahali salama. Usimwonyeshe mtu yeyote.
code-print = Chapisha picha zangu
code-come-back = Rudi kwa kutumia picha zangu

# Coming back with the code.
page-title-back = Rudi
back-heading = Rudi kwa kutumia picha zako za siri
back-hint = Chagua picha zako nane kwa mpangilio uleule.
back-chosen = Picha ulizochagua hadi sasa
back-remove = Ondoa picha ya mwisho
back-open = Fungua
back-opening = Inafunguliwa…
back-not-found = Hatukupata ujumbe wenye picha hizi. Tafadhali zikague kisha ujaribu tena.
back-too-many = Umejaribu mara nyingi. Tafadhali subiri kidogo kabla ya kujaribu tena.
back-incomplete = Tafadhali chagua picha zote nane.
back-status-heading = Kinachoendelea na ujumbe wako
back-status-new = Ujumbe wako umefika. Bado hakuna aliyeusoma.
back-status-acknowledged = Mtu ameusoma ujumbe wako.
back-status-in_progress = Mtu anashughulikia ujumbe wako.
back-status-waiting_for_child = Tunakusubiri. Tafadhali soma jibu letu.
back-status-referred = Tumewaomba msaada watu wengine wanaoweza kusaidia.
back-status-closed = Tumemaliza kushughulikia ujumbe wako.
back-replies-heading = Majibu yetu
back-no-replies = Bado hakuna jibu.
back-reply-from-us = Jibu letu
back-reply-from-you = Ulichoongeza
back-add-label = Ongeza kitu kwenye ujumbe wako
back-add = Tuma
back-added = Kimefika. Asante.
back-withdraw-heading = Ondoa ujumbe wako
back-withdraw-body = Ukiuondoa, tutafuta ulichoandika na majibu yetu. Hili haliwezi kutenguliwa.
back-withdraw = Ondoa ujumbe wangu
back-withdraw-confirm = Ndiyo, uondoe
back-withdrawn = Ujumbe wako umeondolewa na kufutwa.
back-withdraw-body-urgent = Ulisema kwamba hauko salama. Ukiuondoa ujumbe huu, mtu ambaye kazi yake ni kuwalinda watoto bado anaweza kuusoma hadi { $day }, ili kuhakikisha kwamba uko salama. Kisha tutaufuta, pamoja na majibu yetu. Hili haliwezi kutenguliwa.
back-withdrawn-urgent = Umeuondoa ujumbe wako. Mtu ambaye kazi yake ni kuwalinda watoto bado anaweza kuusoma hadi { $day }, ili kuhakikisha kwamba uko salama. Kisha utafutwa.
back-close = Funga
back-needs-js = Ili kurudi unahitaji kivinjari kinachoendesha skripti, kwa sababu picha zako za siri zinageuzwa kuwa ufunguo wako kwenye kifaa hiki.
back-cannot-open = Ujumbe huu hauwezi kufunguliwa.

# Recording instead of writing.
voice-hint = Unaweza pia kusema kwa sauti badala ya kuandika. Rekodi yako inafungwa kwa kufuli kama maneno yako kabla haijaondoka kwenye kifaa hiki.
voice-record = Rekodi sauti yangu
voice-stop = Acha kurekodi
voice-recording = Inarekodi… Bonyeza “Acha kurekodi” ukimaliza.
voice-recorded = Rekodi yako. Unaweza kuisikiliza kabla ya kuituma.
voice-delete = Futa rekodi
voice-refused = Hatukuweza kurekodi. Unaweza kuandika badala yake.
review-voice = Rekodi yako
review-voice-yes = Ulirekodi ujumbe.

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = Kikundi kidogo cha watu wanaoshughulikia hadithi kinasoma hadithi yako. Itatumika tu pale utakaposema “ndiyo” katika hatua zinazofuata.
story-before-help = Ikiwa sasa hivi huko salama, rudi nyuma na uchague “Siko salama”. Hapo tunaweza kukusaidia mara moja.
story-before-next = Baadaye utaamua, moja baada ya nyingine, mahali hadithi yako inaweza kutumika. Kila kitu ni “hapana” mpaka utakaposema “ndiyo”. Kwa picha zako za siri unaweza kusoma kila toleo lililobadilishwa kabla halijatumika, kusema ndiyo au hapana, na kubadili uamuzi wako wakati wowote.
story-sent-body = Hadithi yako imefika. Zitunze picha zako za siri: kwa picha hizo unaweza kusoma matoleo ya hadithi yako, kusema ndiyo au hapana, na kubadili uamuzi wako wakati wowote.
story-purpose-learning = Ndani ya shirika letu tu
story-purpose-learning-body = Watu wetu wanaweza kusoma hadithi yako ili kujifunza jinsi ya kuwasaidia watoto vizuri zaidi. Hadithi yako inabaki ndani ya shirika letu.
story-purpose-advocacy = Kwa watu wanaofanya maamuzi
story-purpose-advocacy-body = Tunaweza kuwaonyesha hadithi yako watu wanaoweka sheria na kufanya maamuzi kuhusu watoto, ili kuomba mabadiliko. Haitaonyeshwa kwa kila mtu.
story-purpose-public = Kwa kila mtu: tovuti yetu na ripoti zetu
story-purpose-public-body = Hadithi yako inaweza kuwekwa kwenye tovuti yetu au katika ripoti zetu, ambapo mtu yeyote anaweza kuisoma. Tunatumia tu toleo ulilokubali neno kwa neno.
story-purpose-media = Waandishi wa habari na vyombo vya habari
story-purpose-media-body = Tunaweza kuwapa waandishi wa habari hadithi yako, kwa ajili ya magazeti, redio au televisheni. Tunatumia tu toleo ulilokubali neno kwa neno.
story-consent-question = Tunaweza kutumia hadithi yako kwa ajili ya hili?
story-consent-no = Hapana
story-consent-yes = Ndiyo
story-consent-change = Unaweza kubadili jibu lako wakati wowote kwa kutumia picha zako za siri.
story-consent-copies = Ukiondoa “ndiyo” yako, tunaacha kutumia hadithi yako mara moja. Hatuwezi kurudisha nakala ambazo tayari zimetolewa, kwa mfano kwa gazeti.
story-consent-never = Hatuchapishi kamwe nyuso, mahali, wala majina ya familia yako au ya mahali unapoishi.
story-naming = Jina lako
story-naming-question = Ungependa kutajwa kwa jina gani?
story-naming-none = Bila jina lolote
story-naming-made_up = Jina la kubuni
story-naming-first_name = Jina langu la kwanza tu
story-name-label = Jina la kutumia (ikiwa tu ulichagua jina)
story-name-hint = Ikiwa ulichagua “Bila jina lolote”, acha hapa patupu.
story-age = Umri wako
story-age-why = Si lazima useme. Kwa watoto wadogo zaidi, huenda tukamuuliza pia mtu mzima anayeaminika kabla ya kutumia hadithi yako.
story-age-label = Una umri wa miaka mingapi?
story-age-unsaid = Sipendelei kusema

# Coming back to a story.
story-back-heading = Hadithi yako
story-back-intro = Hapa unaweza kusoma matoleo ya hadithi yako na kuamua mahali inaweza kutumika.
story-versions-heading = Matoleo unayoweza kusoma
story-no-versions = Bado hakuna toleo unaloweza kusoma.
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = Toleo kwa ajili ya: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = Jina linaloonyeshwa: { $name }
story-version-awaiting = Linasubiri jibu lako
story-version-approved = Ulisema ndiyo kwa maneno haya hasa
story-version-declined = Ulisema hapana kwa toleo hili
story-version-approve = Ndiyo, tumieni maneno haya hasa
story-version-decline = Hapana, si hivi
story-version-saved-yes = Asante. Maneno haya hasa tu ndiyo yanaweza kutumika.
story-version-saved-no = Asante. Toleo hili halitatumika.
story-consents-heading = Mahali hadithi yako inaweza kutumika
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = Ulisema ndiyo, hadi { $day }.
story-consent-said-no = Ulisema hapana.
story-consent-withdraw = Ondoa “ndiyo” yangu
story-consent-renew = Sema ndiyo tena
story-consent-give = Sema ndiyo
story-consent-saved-yes = Imehifadhiwa. Ulisema ndiyo.
story-consent-saved-no = Imehifadhiwa. Hadithi yako haitatumika tena kwa ajili ya hili.

# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = Di nou
intake-heading = Di nou sa ki nan tèt ou
intake-locked = Sa ou ekri a fèmen ak kle anvan li kite aparèy sa a. Se sèlman moun yo te chwazi pou li mesaj yo ki ka louvri l.
intake-nojs = Navigatè ou a pa fè eskrip yo mache. Sèvè nou an ap fèmen mesaj ou a ak kle depi li rive, anvan li sere l.
intake-label = Mesaj ou
intake-hint = Ekri otan ou vle, oswa ti kras, nan nenpòt lang.
intake-send = Voye
intake-sending = N ap voye…
intake-retry = Eseye ankò

page-title-sent = Mesaj ou a rive
intake-sent-heading = Mesaj ou a rive
intake-sent-body = Li sere epi li fèmen ak kle. Mèsi paske ou te di nou sa.
intake-write-another = Ekri yon lòt mesaj
intake-kept-heading = Sere sou aparèy sa a
intake-kept-body = Entènèt la pa mache kounye a. Mesaj ou a fèmen ak kle epi li sere sou aparèy sa a. Pèsonn isit la pa ka li l. L ap voye poukont li lè entènèt la mache ankò. Imaj sekrè ou yo ap mache apre sa.

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = Mesaj ou a poko rive. Mo ou yo toujou la. Tanpri eseye ankò.
error-empty = Poko gen anyen pou voye. Tanpri chwazi oswa ekri yon bagay anvan.
# $max (number) — the largest number of characters a message may have.
error-too-long = Mesaj ou a twò long. Tanpri fè l pi kout: pa plis pase { $max } karaktè.
error-not-sealed = Sa ki rive a pa t yon mesaj ki fèmen ak kle, kidonk nou pa sere anyen.
error-too-large = Sa ki rive a te twò gwo, kidonk nou pa sere anyen.
error-bad-id = Nou pa t ka rekonèt mesaj sa a, kidonk nou pa sere anyen. Tanpri louvri paj la ankò epi voye l ankò.
error-cross-site = Sa a te soti nan yon lòt sit entènèt, kidonk nou pa sere anyen.
error-unavailable = Gen yon bagay ki pa mache bò kote nou, kidonk nou pa sere anyen. Tanpri eseye ankò pita.
error-bad-form = Fòmilè a pa t konplè, kidonk nou pa sere anyen. Tanpri louvri paj la ankò.
error-recipients-changed = Gen yon bagay ki chanje bò kote nou pandan ou t ap ekri, kidonk nou poko sere anyen. Tanpri peze « Voye » ankò.

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = Ki kote mesaj sa a konsène? (Ou ka sote sa a.)
intake-place-hint = Si ou chwazi yon kote, pèsonn ki travay pou kote sa a pa ka li mesaj ou a.
intake-place-unsaid = Mwen pito pa di
intake-place-elsewhere = Yon lòt kote
error-unknown-place = Nou pa konnen kote sa a, kidonk nou pa sere anyen. Tanpri chwazi yon lòt, oswa « Mwen pito pa di ».
error-proof-needed = Nou pa t ka verifye mesaj ou a, kidonk nou poko sere anyen. Tanpri peze « Voye » ankò.
error-too-many = Ou voye anpil mesaj nan aparèy sa a nan yon ti tan, kidonk nou pa sere sa a. Tanpri tann yon ti moman epi eseye ankò.
error-busy = Gen anpil anpil mesaj k ap rive kounye a, kidonk nou poko sere pa ou a. Tanpri eseye ankò nan kèk minit. Si ou pa an sekirite kounye a, chwazi « Mwen pa an sekirite »: mesaj sa yo pase an premye.
error-form-expired = Paj sa a te rete louvri lontan, oswa li te deja sèvi, kidonk nou pa sere anyen. Tanpri louvri paj la ankò epi voye mesaj ou a.

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = Soti vit
# The button that reads a screen aloud with the device's own voice.
read-aloud = Li awotvwa

# The first screen: what the child wants to share.
share-heading = Kisa ou ta renmen pataje?
kind-legend = Kisa ou ta renmen pataje? (Ou ka sote sa a.)
kind-idea = Yon lide oswa sa m panse
kind-idea-hint = Yon bagay ki ta ka pi bon, oswa sa ou panse sou yon bagay.
kind-worry = Yon bagay ki enkyete m
kind-worry-hint = Yon bagay ki fè ou tris, ki fè ou pè oswa ki enkyete ou.
kind-complaint = Yon plent
kind-complaint-hint = Yon bagay ki te mal oswa ki pa t jis.
kind-unsafe = Mwen pa an sekirite
kind-unsafe-hint = Jwenn èd kounye a.
kind-story = Rakonte istwa mwen
kind-story-hint = Se ou ki deside kiyès ki ka wè l.

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = Etap { $n } sou { $total }
step-back = Retounen
step-next = Swivan

# The honest screen before the first question.
before-heading = Anvan ou kòmanse
before-who-heading = Kiyès ki li l
before-who = Kèk moun ki resevwa fòmasyon, yo te chwazi pou li mesaj yo. Pèsonn ki travay nan kote ou nonmen an pa ka li l.
before-next-heading = Sa k ap pase apre
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [1] Yon moun ap li l nan yon jou oswa mwens.
   *[other] Yon moun ap li l nan { $days } jou oswa mwens.
}
before-cannot-heading = Sa nou pa ka pwoteje ou kont li
before-cannot = Yon moun ki wè ekran ou, oswa ki pran aparèy sa a, ka wè sa ou ekri. Si yon moun an danje, nou ka oblije avèti moun ki ka pwoteje l.
before-exit = Si yon moun vini, peze « Soti vit » oswa peze Esc twa fwa. Paj la disparèt touswit.
before-start = Mwen konprann, ann kòmanse

# "I am not safe": help contacts first.
help-heading = Ou ka jwenn èd kounye a
help-call-now = Si ou an danje kounye a, rele youn nan nimewo sa yo:
help-no-contacts = Si ou an danje kounye a, rele nimewo ijans peyi sa a.
help-tell-us = Ou ka di nou tou sa k ap pase. N ap li l an premye.

# The questions.
feelings-heading = Kijan ou santi ou?
feelings-hint = Ou ka chwazi plis pase youn, oswa sote sa a.
feeling-happy = Kontan
feeling-okay = Byen
feeling-sad = Tris
feeling-scared = Pè
feeling-angry = Fache
feeling-worried = Enkyete
words-label-idea = Ki lide ou genyen?
words-label-worry = Kisa k ap enkyete ou?
words-label-complaint = Kisa k te pase?
words-label-unsafe = Kisa k ap pase? Ki kote ou ye? (Sèlman si ou kapab.)
words-label-story = Rakonte istwa ou. Ou ka ekri l oswa di l awotvwa.
wish-heading = Kisa ou ta renmen ki rive?
wish-hint = Ou ka chwazi plis pase youn, oswa sote sa a.
wish-talk = Mwen vle pale ak yon moun
wish-change = Mwen vle yon bagay chanje
wish-just_know = Mwen jis vle ou konnen sa
wish-not_sure = Mwen pa twò sèten

# The review before sending.
review-heading = Verifye anvan ou voye
review-kind = Sa ou pataje
review-feelings = Kijan ou santi ou
review-words = Mo ou yo
review-place = Kote a
review-wishes = Sa ou ta renmen
review-skipped = Ou sote sa a.
review-change = Chanje
review-urgent = N ap trete sa a kòm yon ijans.

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = Ou toujou la?
kiosk-warning-body = Si pèsonn pa touche ekran an, tout sa ki sou li ap efase talè, pou pwochen moun nan pa ka wè l.
kiosk-stay = Mwen toujou la

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = chen
picture-cat = chat
picture-fish = pwason
picture-bird = zwazo
picture-horse = cheval
picture-cow = vach
picture-rabbit = lapen
picture-turtle = tòti
picture-butterfly = papiyon
picture-bee = myèl
picture-elephant = elefan
picture-lion = lyon
picture-frog = krapo
picture-monkey = makak
picture-duck = kanna
picture-owl = koukou
picture-apple = pòm
picture-banana = fig
picture-grapes = rezen
picture-lemon = sitwon
picture-carrot = kawòt
picture-corn = mayi
picture-bread = pen
picture-cheese = fwomaj
picture-egg = ze
picture-cake = gato
picture-watermelon = melon dlo
picture-cherries = seriz
picture-strawberry = frèz
picture-pineapple = anana
picture-mushroom = djondjon
picture-pepper = piman
picture-sun = solèy
picture-moon = lalin
picture-star = zetwal
picture-cloud = nwaj
picture-rainbow = lakansyèl
picture-flower = flè
picture-tree = pyebwa
picture-leaf = fèy
picture-mountain = mòn
picture-shell = kokiy
picture-glasses = linèt
picture-snowflake = flokon nèj
picture-umbrella = parapli
picture-house = kay
picture-car = machin
picture-bicycle = bisiklèt
picture-teddy = ti lous an twal
picture-rocket = fize
picture-train = tren
picture-ball = boul
picture-guitar = gita
picture-drum = tanbou
picture-book = liv
picture-pencil = kreyon
picture-key = kle
picture-clock = revèy
picture-bell = klòch
picture-gift = kado
picture-balloon = blad
picture-crown = kouwòn
picture-shoe = soulye
picture-heart = kè

# After sending: the child's code.
code-heading = Imaj sekrè ou yo
code-body = Avèk imaj sa yo, ou ka tounen, li repons nou, ajoute yon bagay, oswa retire mesaj ou a. Sonje yo nan lòd sa a, oswa ekri yo epi kenbe yo yon kote ki an sekirite. Pa montre yo pèsonn.
code-print = Enprime imaj mwen yo
code-come-back = Tounen ak imaj mwen yo

# Coming back with the code.
page-title-back = Tounen
back-heading = Tounen ak imaj sekrè ou yo
back-hint = Chwazi uit imaj ou yo nan menm lòd la.
back-chosen = Imaj ou chwazi deja yo
back-remove = Retire dènye imaj la
back-open = Louvri
back-opening = N ap louvri…
back-not-found = Nou pa jwenn okenn mesaj ak imaj sa yo. Tanpri verifye yo epi eseye ankò.
back-too-many = Ou eseye anpil fwa. Tanpri tann yon ti moman anvan ou eseye ankò.
back-incomplete = Tanpri chwazi tout uit imaj yo.
back-status-heading = Sa k ap pase ak mesaj ou a
back-status-new = Mesaj ou a rive. Pèsonn poko li l.
back-status-acknowledged = Yon moun li mesaj ou a.
back-status-in_progress = Yon moun ap travay sou mesaj ou a.
back-status-waiting_for_child = N ap tann ou. Tanpri li repons nou an.
back-status-referred = Nou mande lòt moun ki ka ede.
back-status-closed = Nou fini ak mesaj ou a.
back-replies-heading = Repons nou yo
back-no-replies = Poko gen repons.
back-reply-from-us = Repons nou
back-reply-from-you = Sa ou te ajoute
back-add-label = Ajoute yon bagay nan mesaj ou a
back-add = Voye
back-added = Li rive. Mèsi.
back-withdraw-heading = Retire mesaj ou a
back-withdraw-body = Si ou retire l, n ap efase sa ou te ekri ak repons nou yo. Pa gen mwayen pou defèt sa apre.
back-withdraw = Retire mesaj mwen an
back-withdraw-confirm = Wi, retire l
back-withdrawn = Mesaj ou a retire epi li efase.
back-withdraw-body-urgent = Ou te di ou pa an sekirite. Si ou retire mesaj sa a, yon moun ki la pou pwoteje timoun ka toujou li l jiska { $day }, pou asire ke ou an sekirite. Apre sa, n ap efase l, ansanm ak repons nou yo. Pa gen mwayen pou defèt sa apre.
back-withdrawn-urgent = Ou retire mesaj ou a. Yon moun ki la pou pwoteje timoun ka toujou li l jiska { $day }, pou asire ke ou an sekirite. Apre sa, y ap efase l.
back-close = Fèmen
back-needs-js = Pou ou tounen, ou bezwen yon navigatè ki fè eskrip mache, paske imaj sekrè ou yo tounen kle ou sou aparèy sa a.
back-cannot-open = Nou pa ka louvri mesaj sa a.

# Recording instead of writing.
voice-hint = Ou ka di l awotvwa tou, olye ou ekri. Li fèmen ak kle menm jan ak mo ou yo anvan li kite aparèy sa a.
voice-record = Anrejistre vwa mwen
voice-stop = Sispann anrejistre
voice-recording = N ap anrejistre… Peze « Sispann anrejistre » lè ou fini.
voice-recorded = Anrejistreman ou. Ou ka koute l anvan ou voye l.
voice-delete = Efase anrejistreman an
voice-refused = Nou pa t ka anrejistre. Ou ka ekri pito.
review-voice = Anrejistreman ou
review-voice-yes = Ou anrejistre yon mesaj.

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = Yon ti ekip moun ki prepare istwa li istwa ou. Nou sèlman sèvi ak li kote ou di wi, nan ekran ki vin apre yo.
story-before-help = Si ou pa an sekirite kounye a, retounen epi chwazi « Mwen pa an sekirite ». Konsa nou ka ede ou touswit.
story-before-next = Kounye a, w ap deside, youn apre lòt, ki kote nou ka sèvi ak istwa ou. Tout bagay se « non » jiskaske ou di wi. Avèk imaj sekrè ou yo, ou ka li nenpòt vèsyon nou chanje anvan nou sèvi ak li, di wi oswa non, epi chanje lide nenpòt ki lè.
story-sent-body = Istwa ou a rive. Kenbe imaj sekrè ou yo: avèk yo, ou ka li vèsyon istwa ou yo, di wi oswa non, epi chanje lide nenpòt ki lè.
story-purpose-learning = Sèlman anndan òganizasyon nou an
story-purpose-learning-body = Ekip nou an ka li istwa ou pou aprann kijan pou ede timoun yo pi byen. Li rete anndan òganizasyon nou an.
story-purpose-advocacy = Avèk moun ki pran desizyon
story-purpose-advocacy-body = Nou ka pataje istwa ou ak moun ki fè règ epi ki pran desizyon pou timoun, pou mande chanjman. Nou pa mete l devan tout moun.
story-purpose-public = Piblik: sit entènèt nou ak rapò nou yo
story-purpose-public-body = Istwa ou ka parèt sou sit entènèt nou oswa nan rapò nou yo, kote nenpòt moun ka li l. Nou sèlman sèvi ak yon vèsyon ou te dakò mo pa mo.
story-purpose-media = Jounalis ak medya
story-purpose-media-body = Nou ka bay jounalis istwa ou, pou jounal, radyo oswa televizyon. Nou sèlman sèvi ak yon vèsyon ou te dakò mo pa mo.
story-consent-question = Èske nou ka sèvi ak istwa ou pou sa a?
story-consent-no = Non
story-consent-yes = Wi
story-consent-change = Ou ka chanje repons ou nenpòt ki lè avèk imaj sekrè ou yo.
story-consent-copies = Si ou retire yon wi, nou sispann sèvi ak istwa ou touswit. Nou pa ka reprann kopi nou te deja bay, pa egzanp bay yon jounal.
story-consent-never = Nou pa janm pibliye figi moun, kote, ni non moun nan fanmi ou, ni non kote ou rete a.
story-naming = Non ou
story-naming-question = Ki non ou vle nou sèvi pou ou?
story-naming-none = Okenn non ditou
story-naming-made_up = Yon non envante
story-naming-first_name = Sèlman prenon mwen
story-name-label = Non pou nou sèvi a (sèlman si ou te chwazi yon non)
story-name-hint = Si ou te chwazi « Okenn non ditou », kite sa a vid.
story-age = Laj ou
story-age-why = Ou pa oblije di l. Pou timoun ki pi piti yo, nou ka mande yon granmoun ou fè konfyans tou, anvan nou sèvi ak istwa ou.
story-age-label = Ki laj ou genyen?
story-age-unsaid = Mwen pito pa di

# Coming back to a story.
story-back-heading = Istwa ou
story-back-intro = Isit la, ou ka li vèsyon istwa ou yo epi deside ki kote nou ka sèvi ak li.
story-versions-heading = Vèsyon pou ou li
story-no-versions = Poko gen vèsyon pou ou li.
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = Vèsyon pou: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = Non ki parèt: { $name }
story-version-awaiting = N ap tann repons ou
story-version-approved = Ou te di wi pou mo egzak sa yo
story-version-declined = Ou te di non pou vèsyon sa a
story-version-approve = Wi, sèvi ak mo egzak sa yo
story-version-decline = Non, pa konsa
story-version-saved-yes = Mèsi. Se sèlman mo egzak sa yo nou ka sèvi.
story-version-saved-no = Mèsi. Nou p ap sèvi ak vèsyon sa a.
story-consents-heading = Ki kote nou ka sèvi ak istwa ou
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = Ou te di wi, jiska { $day }.
story-consent-said-no = Ou te di non.
story-consent-withdraw = Retire wi mwen an
story-consent-renew = Di wi ankò
story-consent-give = Di wi
story-consent-saved-yes = Li sere. Ou te di wi.
story-consent-saved-no = Li sere. Nou p ap sèvi ak istwa ou pou sa a ankò.

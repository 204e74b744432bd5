# The child's intake page. Plain words: many readers are young or read Albanian as a new language.
# Address the child with "ti". Where an adjective must agree with the child's gender (feelings), both forms are given as "i/e …"; elsewhere gender-free wording is used (e.g. "Nuk jam në siguri", "Nuk e di").

page-title-intake = Na trego
intake-heading = Na trego çfarë ke në mendje
intake-locked = Ajo që shkruan kyçet përpara se të dalë nga kjo pajisje. Vetëm personat e zgjedhur për të lexuar mesazhet mund ta hapin.
intake-nojs = Shfletuesi yt nuk po ekzekuton skripte. Serveri ynë do ta kyçë mesazhin tënd sapo të mbërrijë, përpara se të ruhet.
intake-label = Mesazhi yt
intake-hint = Shkruaj sa të duash, shumë ose pak, në çdo gjuhë.
intake-send = Dërgo
intake-sending = Po dërgohet…
intake-retry = Provo përsëri

page-title-sent = Mesazhi yt mbërriti
intake-sent-heading = Mesazhi yt mbërriti
intake-sent-body = Është ruajtur dhe është kyçur. Faleminderit që na tregove.
intake-write-another = Shkruaj një mesazh tjetër
intake-kept-heading = U ruajt në këtë pajisje
intake-kept-body = Interneti nuk po funksionon tani. Mesazhi yt është kyçur dhe është ruajtur në këtë pajisje. Askush këtu nuk mund ta lexojë. Do të dërgohet vetë kur interneti të funksionojë përsëri. Figurat e tua të fshehta do të funksionojnë pas kësaj.

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = Mesazhi yt nuk ka mbërritur ende. Fjalët e tua janë ende këtu. Të lutem provo përsëri.
error-empty = Nuk ka ende asgjë për të dërguar. Të lutem zgjidh ose shkruaj diçka më parë.
# $max (number) — the largest number of characters a message may have.
error-too-long = Mesazhi yt është shumë i gjatë. Të lutem bëje më të shkurtër: jo më shumë se { $max } shkronja.
error-not-sealed = Ajo që mbërriti nuk ishte një mesazh i kyçur, prandaj nuk u ruajt asgjë.
error-too-large = Ajo që mbërriti ishte shumë e madhe, prandaj nuk u ruajt asgjë.
error-bad-id = Nuk mundëm ta njohim këtë mesazh, prandaj nuk u ruajt asgjë. Të lutem hape faqen përsëri dhe dërgoje sërish.
error-cross-site = Kjo erdhi nga një faqe tjetër interneti, prandaj nuk u ruajt asgjë.
error-unavailable = Diçka shkoi keq nga ana jonë, prandaj nuk u ruajt asgjë. Të lutem provo përsëri më vonë.
error-bad-form = Formulari nuk ishte i plotë, prandaj nuk u ruajt asgjë. Të lutem hape faqen përsëri.
error-recipients-changed = Diçka ndryshoi nga ana jonë ndërsa po shkruaje, prandaj ende nuk u ruajt asgjë. Të lutem shtyp përsëri «Dërgo».

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = Për cilin vend bëhet fjalë? (Mund ta kalosh këtë.)
intake-place-hint = Nëse zgjedh një vend, askush që punon për të nuk mund ta lexojë mesazhin tënd.
intake-place-unsaid = Preferoj të mos e them
intake-place-elsewhere = Diku tjetër
error-unknown-place = Nuk e njohim atë vend, prandaj nuk u ruajt asgjë. Të lutem zgjidh një tjetër, ose «Preferoj të mos e them».
error-proof-needed = Nuk mundëm ta kontrollojmë mesazhin tënd, prandaj ende nuk u ruajt asgjë. Të lutem shtyp përsëri «Dërgo».
error-too-many = Ke dërguar shumë mesazhe nga kjo pajisje në pak kohë, prandaj ky nuk u ruajt. Të lutem prit pak dhe provo përsëri.
error-busy = Tani po mbërrijnë shumë e shumë mesazhe, prandaj mesazhi yt ende nuk u ruajt. Të lutem provo përsëri pas disa minutash. Nëse tani nuk je në siguri, zgjidh «Nuk jam në siguri»: ato mesazhe kalojnë të parat.
error-form-expired = Kjo faqe qëndroi e hapur shumë gjatë ose është përdorur më parë, prandaj nuk u ruajt asgjë. Të lutem hape faqen përsëri dhe dërgo mesazhin tënd.

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = Dalje e shpejtë
# The button that reads a screen aloud with the device's own voice.
read-aloud = Lexo me zë

# The first screen: what the child wants to share.
share-heading = Çfarë do të doje të na tregosh?
kind-legend = Çfarë do të doje të na tregosh? (Mund ta kalosh këtë.)
kind-idea = Një ide ose çfarë mendoj
kind-idea-hint = Diçka që mund të ishte më mirë, ose çfarë mendon për diçka.
kind-worry = Një shqetësim
kind-worry-hint = Diçka që të trishton, të frikëson ose të shqetëson.
kind-complaint = Një ankesë
kind-complaint-hint = Diçka që ishte e gabuar ose e padrejtë.
kind-unsafe = Nuk jam në siguri
kind-unsafe-hint = Merr ndihmë tani.
kind-story = Trego historinë time
kind-story-hint = Ti vendos kush mund ta shohë.

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = Hapi { $n } nga { $total }
step-back = Prapa
step-next = Vazhdo

# The honest screen before the first question.
before-heading = Para se të fillosh
before-who-heading = Kush e lexon
before-who = Disa persona të përgatitur, të zgjedhur për të lexuar mesazhet. Askush që punon në vendin që përmend nuk mund ta lexojë.
before-next-heading = Çfarë ndodh më pas
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] Një person do ta lexojë brenda një dite.
   *[other] Një person do ta lexojë brenda { $days } ditësh.
}
before-cannot-heading = Nga çfarë nuk mund të të mbrojmë
before-cannot = Dikush që sheh ekranin tënd, ose që e merr këtë pajisje, mund të shohë çfarë shkruan. Nëse dikush është në rrezik, mund të na duhet t'u tregojmë njerëzve që mund ta mbrojnë.
before-exit = Nëse vjen dikush, shtyp «Dalje e shpejtë» ose shtyp Esc tri herë. Faqja zhduket menjëherë.
before-start = E kuptoj, fillo

# "I am not safe": help contacts first.
help-heading = Mund të marrësh ndihmë tani
help-call-now = Nëse je në rrezik tani, telefono një nga këta numra:
help-no-contacts = Nëse je në rrezik tani, telefono numrin e urgjencës së këtij vendi.
help-tell-us = Mund të na tregosh edhe çfarë po ndodh. Do ta lexojmë të parën.

# The questions.
feelings-heading = Si ndihesh?
feelings-hint = Mund të zgjedhësh më shumë se një, ose ta kalosh këtë.
feeling-happy = I/e lumtur
feeling-okay = Mirë
feeling-sad = I/e trishtuar
feeling-scared = I/e frikësuar
feeling-angry = I/e zemëruar
feeling-worried = I/e shqetësuar
words-label-idea = Cila është ideja jote?
words-label-worry = Çfarë të shqetëson?
words-label-complaint = Çfarë ndodhi?
words-label-unsafe = Çfarë po ndodh? Ku je? (Vetëm nëse mundesh.)
words-label-story = Trego historinë tënde. Mund ta shkruash ose ta thuash me zë.
wish-heading = Çfarë do të doje të ndodhë?
wish-hint = Mund të zgjedhësh më shumë se një, ose ta kalosh këtë.
wish-talk = Dua të flas me dikë
wish-change = Dua që diçka të ndryshojë
wish-just_know = Dua vetëm që ta dini
wish-not_sure = Nuk e di

# The review before sending.
review-heading = Kontrollo para se ta dërgosh
review-kind = Çfarë na tregon
review-feelings = Si ndihesh
review-words = Fjalët e tua
review-place = Vendi
review-wishes = Çfarë do të doje
review-skipped = E kalove këtë.
review-change = Ndrysho
review-urgent = Do ta trajtojmë këtë si diçka urgjente.

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = A je ende këtu?
kiosk-warning-body = Nëse askush nuk e prek ekranin, gjithçka në të do të fshihet së shpejti, që personi tjetër të mos e shohë.
kiosk-stay = Jam ende këtu

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = qen
picture-cat = mace
picture-fish = peshk
picture-bird = zog
picture-horse = kalë
picture-cow = lopë
picture-rabbit = lepur
picture-turtle = breshkë
picture-butterfly = flutur
picture-bee = bletë
picture-elephant = elefant
picture-lion = luan
picture-frog = bretkosë
picture-monkey = majmun
picture-duck = rosë
picture-owl = buf
picture-apple = mollë
picture-banana = banane
picture-grapes = rrush
picture-lemon = limon
picture-carrot = karotë
picture-corn = misër
picture-bread = bukë
picture-cheese = djathë
picture-egg = vezë
picture-cake = tortë
picture-watermelon = shalqi
picture-cherries = qershi
picture-strawberry = luleshtrydhe
picture-pineapple = ananas
picture-mushroom = kërpudhë
picture-pepper = spec
picture-sun = diell
picture-moon = hënë
picture-star = yll
picture-cloud = re
picture-rainbow = ylber
picture-flower = lule
picture-tree = pemë
picture-leaf = gjethe
picture-mountain = mal
picture-shell = guaskë
picture-glasses = syze
picture-snowflake = flok bore
picture-umbrella = çadër
picture-house = shtëpi
picture-car = makinë
picture-bicycle = biçikletë
picture-teddy = arush pelushi
picture-rocket = raketë
picture-train = tren
picture-ball = top
picture-guitar = kitarë
picture-drum = daulle
picture-book = libër
picture-pencil = laps
picture-key = çelës
picture-clock = orë
picture-bell = zile
picture-gift = dhuratë
picture-balloon = tullumbace
picture-crown = kurorë
picture-shoe = këpucë
picture-heart = zemër

# After sending: the child's code.
code-heading = Figurat e tua të fshehta
code-body = Me këto figura mund të kthehesh, të lexosh përgjigjen tonë, të shtosh diçka ose ta tërheqësh mesazhin tënd. Mbaji mend sipas kësaj radhe, ose shkruaji dhe ruaji në një vend të sigurt. Mos ia trego askujt.
code-print = Printo figurat e mia
code-come-back = Kthehu me figurat e mia

# Coming back with the code.
page-title-back = Kthehu
back-heading = Kthehu me figurat e tua të fshehta
back-hint = Zgjidh tetë figurat e tua me të njëjtën radhë.
back-chosen = Figurat e tua deri tani
back-remove = Hiq figurën e fundit
back-open = Hap
back-opening = Po hapet…
back-not-found = Nuk gjetëm asnjë mesazh me këto figura. Të lutem kontrolloji dhe provo përsëri.
back-too-many = Ke provuar shumë herë. Të lutem prit pak para se të provosh përsëri.
back-incomplete = Të lutem zgjidh të tetë figurat.
back-status-heading = Çfarë po ndodh me mesazhin tënd
back-status-new = Mesazhi yt mbërriti. Askush nuk e ka lexuar ende.
back-status-acknowledged = Dikush e ka lexuar mesazhin tënd.
back-status-in_progress = Dikush po punon me mesazhin tënd.
back-status-waiting_for_child = Po të presim. Të lutem lexo përgjigjen tonë.
back-status-referred = U kërkuam ndihmë njerëzve të tjerë që mund të ndihmojnë.
back-status-closed = E kemi përfunduar punën me mesazhin tënd.
back-replies-heading = Përgjigjet tona
back-no-replies = Nuk ka ende përgjigje.
back-reply-from-us = Përgjigjja jonë
back-reply-from-you = Çfarë shtove ti
back-add-label = Shto diçka në mesazhin tënd
back-add = Dërgo
back-added = Mbërriti. Faleminderit.
back-withdraw-heading = Tërhiq mesazhin tënd
back-withdraw-body = Nëse e tërheq, ne fshijmë atë që shkrove dhe përgjigjet tona. Kjo nuk mund të zhbëhet.
back-withdraw = Tërhiq mesazhin tim
back-withdraw-confirm = Po, tërhiqe
back-withdrawn = Mesazhi yt u tërhoq dhe u fshi.
back-withdraw-body-urgent = Ti the se nuk je në siguri. Nëse e tërheq këtë mesazh, një person që ka për detyrë të mbrojë fëmijët mund ta lexojë ende deri më { $day }, për t'u siguruar që je në siguri. Pastaj e fshijmë, bashkë me përgjigjet tona. Kjo nuk mund të zhbëhet.
back-withdrawn-urgent = E tërhoqe mesazhin tënd. Një person që ka për detyrë të mbrojë fëmijët mund ta lexojë ende deri më { $day }, për t'u siguruar që je në siguri. Pastaj ai fshihet.
back-close = Mbyll
back-needs-js = Për t'u kthyer të duhet një shfletues që ekzekuton skripte, sepse figurat e tua të fshehta kthehen në çelësin tënd në këtë pajisje.
back-cannot-open = Ky mesazh nuk mund të hapet.

# Recording instead of writing.
voice-hint = Mund ta thuash edhe me zë në vend që ta shkruash. Kyçet si fjalët e tua përpara se të dalë nga kjo pajisje.
voice-record = Regjistro zërin tim
voice-stop = Ndalo regjistrimin
voice-recording = Po regjistrohet… Shtyp «Ndalo regjistrimin» kur të mbarosh.
voice-recorded = Regjistrimi yt. Mund ta dëgjosh para se ta dërgosh.
voice-delete = Fshi regjistrimin
voice-refused = Nuk arritëm të regjistrojmë. Mund të shkruash në vend të kësaj.
review-voice = Regjistrimi yt
review-voice-yes = Ti regjistrove një mesazh.

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = Një ekip i vogël njerëzish që përgatitin histori e lexon historinë tënde. Ajo përdoret vetëm aty ku ti thua po, në hapat që vijnë.
story-before-help = Nëse tani nuk je në siguri, kthehu prapa dhe zgjidh «Nuk jam në siguri». Atëherë mund të të ndihmojmë menjëherë.
story-before-next = Tani ti vendos, një nga një, ku mund të përdoret historia jote. Gjithçka është «jo» derisa ti të thuash po. Me figurat e tua të fshehta mund të lexosh çdo version të ndryshuar para se të përdoret, të thuash po ose jo, dhe të ndryshosh mendje kur të duash.
story-sent-body = Historia jote mbërriti. Ruaji figurat e tua të fshehta: me to mund të lexosh versionet e historisë tënde, të thuash po ose jo, dhe të ndryshosh mendje kur të duash.
story-purpose-learning = Vetëm brenda organizatës sonë
story-purpose-learning-body = Ekipi ynë mund ta lexojë historinë tënde për të mësuar si t'i ndihmojë më mirë fëmijët. Ajo mbetet brenda organizatës sonë.
story-purpose-advocacy = Me njerëz që marrin vendime
story-purpose-advocacy-body = Mund t'ua tregojmë historinë tënde njerëzve që bëjnë rregullat dhe marrin vendime për fëmijët, për të kërkuar ndryshime. Ajo nuk bëhet publike.
story-purpose-public = Publike: faqja jonë e internetit dhe raportet tona
story-purpose-public-body = Historia jote mund të dalë në faqen tonë të internetit ose në raportet tona, ku çdokush mund ta lexojë. Përdoret vetëm një version që ti e ke pranuar fjalë për fjalë.
story-purpose-media = Gazetarë dhe media
story-purpose-media-body = Mund t'ua japim historinë tënde gazetarëve, për gazeta, radio ose televizion. Përdoret vetëm një version që ti e ke pranuar fjalë për fjalë.
story-consent-question = A mund ta përdorim historinë tënde për këtë?
story-consent-no = Jo
story-consent-yes = Po
story-consent-change = Mund ta ndryshosh përgjigjen tënde kur të duash, me figurat e tua të fshehta.
story-consent-copies = Nëse e tërheq përgjigjen «po», ne e ndalojmë menjëherë përdorimin e historisë tënde. Nuk mund t'i marrim prapa kopjet që janë dhënë tashmë, për shembull një gazete.
story-consent-never = Ne nuk publikojmë kurrë fytyra, vende, as emrat e njerëzve të familjes sate ose të vendit ku jeton.
story-naming = Emri yt
story-naming-question = Si dëshiron të të quajmë?
story-naming-none = Asnjë emër fare
story-naming-made_up = Një emër i sajuar
story-naming-first_name = Vetëm emri im, pa mbiemër
story-name-label = Emri që do të përdorim (vetëm nëse zgjodhe një emër)
story-name-hint = Nëse zgjodhe «Asnjë emër fare», lëre bosh këtë.
story-age = Mosha jote
story-age-why = Nuk ke pse ta thuash. Për fëmijët më të vegjël, mund të pyesim edhe një të rritur që ti i beson, para se të përdorim historinë tënde.
story-age-label = Sa vjeç je?
story-age-unsaid = Preferoj të mos e them

# Coming back to a story.
story-back-heading = Historia jote
story-back-intro = Këtu mund të lexosh versionet e historisë tënde dhe të vendosësh ku mund të përdoret.
story-versions-heading = Versione që ti t'i lexosh
story-no-versions = Nuk ka ende asnjë version që ti ta lexosh.
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = Version për: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = Emri që shfaqet: { $name }
story-version-awaiting = Po presim përgjigjen tënde
story-version-approved = Ti the po për pikërisht këto fjalë
story-version-declined = Ti the jo për këtë version
story-version-approve = Po, të përdoren pikërisht këto fjalë
story-version-decline = Jo, jo kështu
story-version-saved-yes = Faleminderit. Mund të përdoren vetëm pikërisht këto fjalë.
story-version-saved-no = Faleminderit. Ky version nuk do të përdoret.
story-consents-heading = Ku mund të përdoret historia jote
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = Ti the po, deri më { $day }.
story-consent-said-no = Ti the jo.
story-consent-withdraw = Tërhiq përgjigjen «po»
story-consent-renew = Thuaj po përsëri
story-consent-give = Thuaj po
story-consent-saved-yes = U ruajt. Ti the po.
story-consent-saved-no = U ruajt. Historia jote nuk përdoret më për këtë.

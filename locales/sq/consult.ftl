# Consultations on the child site (see locales/en/consult.ftl).

consult-list-title = Pyetje për ty
consult-list-intro = Njerëzit që marrin vendime për jetën tënde duan të dinë çfarë mendon ti. Ti vendos nëse do të marrësh pjesë.
consult-list-none = Tani për tani nuk ka pyetje për ty.
# Headings of the first screen.
consult-start-audience = Kush po pyet dhe kush do t'i marrë rezultatet
consult-start-why = Për çfarë shërben
consult-start-voluntary = Ti zgjedh nëse do të marrësh pjesë. Mund të ndalosh në çdo kohë, dhe te çdo pyetje mund të thuash «Nuk dua të përgjigjem».
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = Askush nuk i sheh përgjigjet e tua një nga një, as njerëzit që bënë pyetjet. Heard ruan vetëm sa fëmijë zgjodhën secilën përgjigje, dhe nuk shfaq kurrë një grup me më pak se { $k } fëmijë.
consult-start-place = Ku jeton? Nuk ke pse ta thuash.
consult-start-age = Sa vjeç je? Nuk ke pse ta thuash.
consult-place-none = Preferoj të mos e them
consult-age-up_to_11 = 11 vjeç ose më pak
consult-age-12_to_14 = 12 deri në 14 vjeç
consult-age-15_to_17 = 15 deri në 17 vjeç
consult-age-not_said = Preferoj të mos e them
consult-start-button = Fillo
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = Pyetja { $n } nga { $total }
consult-next = Vazhdo
consult-skip = Nuk dua të përgjigjem
consult-multiple-hint = Mund të zgjedhësh më shumë se një.
consult-rank-hint = Vendosi përgjigjet me radhë: 1 është ajo që ka më shumë rëndësi për ty.
consult-choose-one = Zgjidh një përgjigje, ose shtyp «Nuk dua të përgjigjem».
consult-rank-each = Jepi çdo përgjigjeje një numër të ndryshëm, ose shtyp «Nuk dua të përgjigjem».
consult-thanks-title = Faleminderit
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = Përgjigjet e tua u numëruan. Rezultatet do të shfaqen pas datës { $day }.
consult-thanks-back = Kthehu te pyetjet
consult-done-before = Ti u je përgjigjur tashmë këtyre pyetjeve në këtë pajisje. Faleminderit.
consult-closed = Këto pyetje tani janë mbyllur.
consult-results-intro = Çfarë thanë fëmijët. Rezultatet u shkojnë:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] U përgjigj një fëmijë.
   *[other] U përgjigjën { $count } fëmijë.
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = Kësaj pyetjeje iu përgjigjën më pak se { $k } fëmijë, prandaj përgjigjet nuk shfaqen.
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = nuk shfaqet (për të mbrojtur grupet me më pak se { $k } fëmijë)
consult-results-option = Përgjigjja
consult-results-count = Numri i fëmijëve
consult-results-group = Grupi
consult-results-by-place = Sipas vendit
consult-results-by-region = Sipas rajonit
consult-results-by-language = Sipas gjuhës
consult-results-by-age_band = Sipas moshës
consult-results-none-said = Nuk u tha
consult-list-closed = Çfarë ndodhi me pyetjet e mëparshme
consult-results-title = Çfarë thanë fëmijët
consult-actions-title = Ju thatë, ne bëmë
consult-actions-none = Këtu do të shfaqet çfarë u vendos.
consult-action-planned = Në plan:
consult-action-in_progress = Po bëhet tani:
consult-action-done = U bë:
consult-action-not_done = Nuk u bë:
consult-action-why = Pse:
consult-action-answers = Për pyetjen:
# A free-text question.
consult-written-label = Shkruaj përgjigjen tënde këtu, në çfarëdo gjuhe që do.
consult-written-who-reads = Ajo që shkruan kyçet përpara se të ruhet. Vetëm njerëzit që merren me këto pyetje mund ta hapin. Fjalët e tua u tregohen të tjerëve vetëm nëse njëri nga këta njerëz i ka lexuar dhe i ka zgjedhur, pa emrin tënd. Nëse të ka ndodhur diçka e keqe, mund të na tregosh edhe në faqen e parë.
consult-written-unavailable = Tani nuk është e mundur të shkruash një përgjigje. Shtyp «Nuk dua të përgjigjem» për të vazhduar.
consult-written-empty = Shkruaj diçka, ose shtyp «Nuk dua të përgjigjem».
consult-written-long = Është shumë e gjatë. Të lutem bëje më të shkurtër.
consult-results-written = Shkroi një përgjigje
consult-results-quotes = Disa nga ato që shkruan fëmijët, të zgjedhura dhe të kontrolluara nga një person:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] Një vendim
   *[other] { $count } vendime
}, u bë: { $done }
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = Pyetjet që iu përgjigje
consult-back-follow = Mbaj mend pyetjet që iu përgjigja sot
consult-back-follow-hint = Pastaj, sa herë që kthehesh me figurat e tua, do të shohësh këtu çfarë ndodhi me këto pyetje. Këtë listë mund ta shohë vetëm dikush që ka figurat e tua. Përgjigjet e tua nuk ruhen bashkë me të.
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = A ke figura të fshehta nga një mesazh që dërgove? Kur të kthehesh me to, mund t'u kërkosh t'i mbajnë mend këto pyetje, dhe të shohësh atje çfarë ndodhi me këto pyetje.
consult-thanks-follow-link = Kthehu me figurat e mia

# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = Chab'ij chqe
intake-heading = Chab'ij chqe jas kachomaj on jas kana'
intake-label = Ri atzij
intake-send = Chataqa'
intake-sending = Tajin kataqik…
intake-retry = Chab'ana chi jumul

page-title-sent = Xopan ri atzij
intake-sent-heading = Xopan ri atzij
intake-write-another = Chatz'ib'aj jun chik

intake-place-unsaid = Na kawaj ta kinb'ij
intake-place-elsewhere = Jun chik k'olb'al

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = Chatela aninaq
# The button that reads a screen aloud with the device's own voice.
read-aloud = Chatatab'ej

# The first screen: what the child wants to share.
share-heading = Jas kawaj kab'ij chqe?
kind-legend = Jas kawaj kab'ij chqe? (We na kawaj taj, maj kub'ano.)
kind-idea = Jun na'oj on jas kinchomaj
kind-worry = Jun mayowem
kind-complaint = Jun jastaq na utz taj
kind-unsafe = In k'o pa k'ax
kind-unsafe-hint = Chatzukuj tob'anik chanim.

step-back = Chattzalijoq
step-next = Jo

before-exit = We chpe jun winaq, chapitz'a «Chatela aninaq» on chapitz'a' Esc oxmul. Kasach ri uxaq wuj chanim.
before-start = Kink'oxomaj, qamajij

# "I am not safe": help contacts first.
help-heading = Katkowinik kariq tob'anik chanim

# The questions.
feelings-heading = Jas ab'anom?
feeling-happy = Kinki'kotik
feeling-okay = Utz
feeling-sad = Kimb'isonik
feeling-scared = Kinxe'j wib'
feeling-angry = K'o woyowal
feeling-worried = Kinmayowik
words-label-idea = Jas ri ana'oj?
words-label-worry = Jas ri amayowem?
words-label-complaint = Jas xb'antajik?
words-label-unsafe = Jas tajin kab'antajik? Jawi at k'o wi? (Xaq we katkowinik.)
wish-heading = Jas kawaj kab'antajik?
wish-talk = Kawaj kinch'aw ruk' jun winaq
wish-change = Kawaj kak'extaj jun jastaq
wish-just_know = Xaq xew kawaj kiweta'maj
wish-not_sure = Na weta'm taj

review-words = Ri atzij
review-place = Ri k'olb'al
review-change = Chak'exa'

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = La at k'o na waral?
kiosk-stay = In k'o na waral

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = tz'i'
picture-cat = me's
picture-fish = kar
picture-bird = tz'ikin
picture-horse = kej
picture-cow = wakax
picture-rabbit = umul
picture-turtle = tortuga
picture-butterfly = mariposa
picture-bee = kab'
picture-elephant = elefante
picture-lion = koj
picture-frog = xpeq
picture-monkey = k'oy
picture-duck = pato
picture-owl = tukur
picture-apple = manzana
picture-banana = saq'ul
picture-grapes = uvas
picture-lemon = limón
picture-carrot = zanahoria
picture-corn = ixim
picture-bread = kaxlan wa
picture-cheese = queso
picture-egg = saqmo'l
picture-cake = pastel
picture-watermelon = kaqa q'oq'
picture-cherries = cerezas
picture-strawberry = fresa
picture-pineapple = piña
picture-mushroom = hongo
picture-pepper = ik
picture-sun = q'ij
picture-moon = ik'
picture-star = ch'umil
picture-cloud = sutz'
picture-rainbow = arcoíris
picture-flower = kotz'i'j
picture-tree = che'
picture-leaf = uxaq che'
picture-mountain = juyub'
picture-shell = caracola
picture-glasses = ilb'al
picture-snowflake = copo de nieve
picture-umbrella = paraguas
picture-house = ja
picture-car = ch'ich'
picture-bicycle = kejach'ich'
picture-teddy = osito de peluche
picture-rocket = cohete
picture-train = tren
picture-ball = pelota
picture-guitar = guitarra
picture-drum = tambor
picture-book = wuj
picture-pencil = tz'ib'ab'al
picture-key = lawe
picture-clock = ilb'al ramaj
picture-bell = campana
picture-gift = regalo
picture-balloon = globo
picture-crown = corona
picture-shoe = xajab'
picture-heart = k'u'xaj

# After sending: the child's code.
code-heading = Ri awachib'al, xaq xew awech

back-open = Chajaqa'
back-opening = Tajin kajaqik…
back-status-acknowledged = Jun winaq xusik'ij uwach ri atzij.
back-status-in_progress = Jun winaq tajin kachakun chirij ri atzij.
back-add = Chataqa'
back-added = Xopanik. Maltyox chawe.
back-close = Chatz'apij

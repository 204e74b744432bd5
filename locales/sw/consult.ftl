# Consultations on the child site: questions adults ask children about decisions that affect
# them. Rendered on the server only (never in the child's bundle). Warm, plain, short.

consult-list-title = Maswali kwa ajili yako
consult-list-intro = Watu wanaofanya maamuzi kuhusu maisha yako wanataka kujua unachofikiri. Kushiriki ni uamuzi wako.
consult-list-none = Kwa sasa hakuna maswali kwa ajili yako.
# Headings of the first screen.
consult-start-audience = Nani anauliza, na nani atapata matokeo
consult-start-why = Ni kwa ajili ya nini
consult-start-voluntary = Wewe ndiye unayeamua kama utashiriki. Unaweza kuacha wakati wowote, na kwa kila swali unaweza kusema “Sitaki kujibu”.
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = Hakuna mtu anayeona majibu yako moja moja, hata watu waliouliza maswali. Heard inahifadhi tu idadi ya watoto waliochagua kila jibu, na kamwe haionyeshi kikundi chenye watoto wachache kuliko { $k }.
consult-start-place = Unaishi wapi? Si lazima useme.
consult-start-age = Una umri wa miaka mingapi? Si lazima useme.
consult-place-none = Sipendelei kusema
consult-age-up_to_11 = Miaka 11 au chini
consult-age-12_to_14 = Miaka 12 hadi 14
consult-age-15_to_17 = Miaka 15 hadi 17
consult-age-not_said = Sipendelei kusema
consult-start-button = Anza
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = Swali { $n } kati ya { $total }
consult-next = Endelea
consult-skip = Sitaki kujibu
consult-multiple-hint = Unaweza kuchagua zaidi ya jibu moja.
consult-rank-hint = Panga majibu kwa mpangilio: 1 ni lile lililo muhimu zaidi kwako.
consult-choose-one = Chagua jibu, au bonyeza “Sitaki kujibu”.
consult-rank-each = Lipe kila jibu namba yake, au bonyeza “Sitaki kujibu”.
consult-thanks-title = Asante
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = Majibu yako yamehesabiwa. Matokeo yataonyeshwa baada ya { $day }.
consult-thanks-back = Rudi kwenye maswali
consult-done-before = Tayari umeyajibu maswali haya kwenye kifaa hiki. Asante.
consult-closed = Maswali haya yamefungwa sasa.
consult-results-intro = Watoto walichosema. Matokeo yanapelekwa kwa:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] Mtoto mmoja alijibu.
   *[other] Watoto { $count } walijibu.
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = Watoto wachache kuliko { $k } walijibu swali hili, kwa hiyo majibu hayaonyeshwi.
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = imefichwa (ili kulinda vikundi vyenye watoto wachache kuliko { $k })
consult-results-option = Jibu
consult-results-count = Watoto
consult-results-group = Kikundi
consult-results-by-place = Kwa mahali
consult-results-by-region = Kwa eneo
consult-results-by-language = Kwa lugha
consult-results-by-age_band = Kwa umri
consult-results-none-said = Haikusemwa
consult-list-closed = Kilichotokana na maswali ya awali
consult-results-title = Watoto walichosema
consult-actions-title = Mlisema, tukafanya
consult-actions-none = Kilichoamuliwa kitaonyeshwa hapa.
consult-action-planned = Imepangwa:
consult-action-in_progress = Inaendelea sasa:
consult-action-done = Imefanyika:
consult-action-not_done = Haikufanyika:
consult-action-why = Kwa nini:
consult-action-answers = Kuhusu swali:
# A free-text question.
consult-written-label = Andika jibu lako hapa, kwa lugha yoyote unayotaka.
consult-written-who-reads = Unachoandika kinafungwa kwa kufuli kabla hakijahifadhiwa. Ni watu wanaosimamia maswali haya pekee wanaoweza kukifungua. Maneno yako yanaonyeshwa kwa watu wengine tu kama mmoja wa watu hao ameyasoma na kuyachagua, bila jina lako. Kama jambo baya limekutokea, unaweza pia kutuambia kwenye ukurasa wa mwanzo.
consult-written-unavailable = Kwa sasa haiwezekani kuandika jibu. Bonyeza “Sitaki kujibu” ili uendelee.
consult-written-empty = Andika kitu, au bonyeza “Sitaki kujibu”.
consult-written-long = Hili ni refu mno. Tafadhali lifupishe.
consult-results-written = Waliandika jibu
consult-results-quotes = Baadhi ya yale ambayo watoto waliandika, yaliyochaguliwa na kukaguliwa na mtu:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] Uamuzi mmoja
   *[other] Maamuzi { $count }
}, imefanyika: { $done }
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = Maswali uliyoyajibu
consult-back-follow = Kumbuka maswali niliyoyajibu leo
consult-back-follow-hint = Kisha, kila mara utakaporudi kwa kutumia picha zako, utaona hapa kilichotokana na maswali hayo. Ni mtu mwenye picha zako tu anayeweza kuona orodha hii. Majibu yako hayahifadhiwi pamoja na orodha hii.
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = Je, una picha za siri kutoka kwa ujumbe uliotuma? Ukirudi kwa kutumia picha hizo, unaweza kuziomba zikumbuke maswali haya, na kuona huko kilichotokana na maswali haya.
consult-thanks-follow-link = Rudi kwa kutumia picha zangu

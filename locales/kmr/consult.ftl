# Consultations on the child site: questions adults ask children about decisions that affect
# them. Rendered on the server only (never in the child's bundle). Warm, plain, short.

consult-list-title = Pirs ji bo te
consult-list-intro = Kesên ku li ser jiyana te biryaran didin dixwazin bizanin ka tu çi difikirî. Tu bixwe biryar didî ka tu beşdar bibî an na.
consult-list-none = Niha tu pirs ji bo te tune ne.
# Headings of the first screen.
consult-start-audience = Kî dipirse, û kî dê encaman bistîne
consult-start-why = Ev ji bo çi ye
consult-start-voluntary = Tu bixwe biryar didî ka tu beşdar bibî an na. Tu dikarî kengî bixwazî rawestî, û li ser her pirsê tu dikarî bibêjî «Ez naxwazim bersiv bidim».
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = Tu kes bersivên te yek bi yek nabîne, heta kesên ku pirs kirine jî. Heard tenê hejmara zarokên ku her bersivek hilbijartine tomar dike, û tu carî komeke ku ji { $k } zarokan kêmtir e nîşan nade.
consult-start-place = Tu li ku dijî? Ne mecbûr e ku tu bibêjî.
consult-start-age = Tu çend salî yî? Ne mecbûr e ku tu bibêjî.
consult-place-none = Ez naxwazim bêjim
consult-age-up_to_11 = 11 salî an piçûktir
consult-age-12_to_14 = Ji 12 heta 14 salî
consult-age-15_to_17 = Ji 15 heta 17 salî
consult-age-not_said = Ez naxwazim bêjim
consult-start-button = Dest pê bike
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = Pirs { $n } ji { $total }
consult-next = Pêşve
consult-skip = Ez naxwazim bersiv bidim
consult-multiple-hint = Tu dikarî ji yekê zêdetir hilbijêrî.
consult-rank-hint = Bersivan bi rêzê deyne: 1 ji bo te ya herî girîng e.
consult-choose-one = Bersivekê hilbijêre, an pêl «Ez naxwazim bersiv bidim» bike.
consult-rank-each = Ji her bersivê re hejmareke cuda bide, an pêl «Ez naxwazim bersiv bidim» bike.
consult-thanks-title = Spas
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = Bersivên te hatin hejmartin. Encam dê piştî { $day } werin nîşandan.
consult-thanks-back = Vegere pirsan
consult-done-before = Te berê li ser vê cîhazê bersiva van pirsan daye. Spas.
consult-closed = Ev pirs niha girtî ne.
consult-results-intro = Tiştê ku zarokan got. Encam ji van re tên şandin:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] Zarokekî bersiv da.
   *[other] { $count } zarokan bersiv da.
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = Hejmara zarokên ku bersiva vê pirsê dane ji { $k } kêmtir e, ji ber vê yekê bersiv nayên nîşandan.
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = veşartî (ji bo parastina komên ji { $k } zarokan kêmtir)
consult-results-option = Bersiv
consult-results-count = Zarok
consult-results-group = Kom
consult-results-by-place = Li gorî cih
consult-results-by-region = Li gorî herêmê
consult-results-by-language = Li gorî zimên
consult-results-by-age_band = Li gorî temen
consult-results-none-said = Nehatiye gotin
consult-list-closed = Ji pirsên berê çi derket
consult-results-title = Tiştê ku zarokan got
consult-actions-title = We got, me kir
consult-actions-none = Biryar dê li vir werin nîşandan.
consult-action-planned = Hatiye plankirin:
consult-action-in_progress = Niha tê kirin:
consult-action-done = Hat kirin:
consult-action-not_done = Nehat kirin:
consult-action-why = Çima:
consult-action-answers = Li ser pirsê:
# A free-text question.
consult-written-label = Bersiva xwe li vir binivîse, bi kîjan zimanî ku tu dixwazî.
consult-written-who-reads = Tiştê ku tu dinivîsî, berî ku were tomarkirin tê kilîtkirin. Tenê kesên ku berpirsiyarên van pirsan in dikarin wê vekin. Nivîsa te tenê wê demê ji kesên din re tê nîşandan, ku yek ji van kesan ew xwendibe û hilbijartibe, bêyî navê te. Heke tiştekî xirab hatibe serê te, tu dikarî li rûpela destpêkê jî ji me re bibêjî.
consult-written-unavailable = Niha nivîsandina bersivê ne gengaz e. Ji bo ku bidomînî, pêl «Ez naxwazim bersiv bidim» bike.
consult-written-empty = Tiştekî binivîse, an pêl «Ez naxwazim bersiv bidim» bike.
consult-written-long = Ev pir dirêj e. Ji kerema xwe wê kurttir bike.
consult-results-written = Bersiv nivîsandin
consult-results-quotes = Hinek ji tiştên ku zarokan nivîsandine, ku kesekî hilbijartine û kontrol kirine:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] Biryarek
   *[other] { $count } biryar
}, hat kirin: { $done }
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = Pirsên ku te bersiva wan daye
consult-back-follow = Pirsên ku min îro bersiva wan daye bi bîr bîne
consult-back-follow-hint = Paşê, her cara ku tu bi wêneyên xwe vegerî, tu yê li vir bibînî ka ji van pirsan çi derket. Tenê kesê ku wêneyên te li cem in dikare vê lîsteyê bibîne. Bersivên te bi vê lîsteyê re nayên tomarkirin.
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = Ji peyameke ku te şandiye, wêneyên te yên nehênî hene? Dema tu bi wan vegerî, tu dikarî ji wan bixwazî ku van pirsan bi bîr bînin, û li wir bibînî ka ji van pirsan çi derket.
consult-thanks-follow-link = Bi wêneyên xwe vegere

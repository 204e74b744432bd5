# Consultations on the child site: questions adults ask children about decisions that affect
# them. Rendered on the server only (never in the child's bundle). Warm, plain, short.

consult-list-title = Kesyon pou ou
consult-list-intro = Moun ki pran desizyon sou lavi ou vle konnen sa ou panse. Se ou ki chwazi si ou vle patisipe.
consult-list-none = Pa gen kesyon pou ou kounye a.
# Headings of the first screen.
consult-start-audience = Kiyès k ap poze kesyon yo, epi kiyès ki pral resevwa rezilta yo
consult-start-why = Pou kisa sa sèvi
consult-start-voluntary = Se ou ki chwazi si ou vle patisipe. Ou ka sispann nenpòt ki lè, epi pou chak kesyon, ou ka di « Mwen pa vle reponn ».
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = Pèsonn pa wè repons ou yo youn pa youn, pa menm moun ki poze kesyon yo. Heard kenbe sèlman konbyen timoun ki chwazi chak repons, epi li pa janm montre yon gwoup ki gen mwens pase { $k } timoun.
consult-start-place = Ki kote ou rete? Ou pa oblije di l.
consult-start-age = Ki laj ou genyen? Ou pa oblije di l.
consult-place-none = Mwen pito pa di
consult-age-up_to_11 = 11 an oswa mwens
consult-age-12_to_14 = 12 rive 14 an
consult-age-15_to_17 = 15 rive 17 an
consult-age-not_said = Mwen pito pa di
consult-start-button = Kòmanse
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = Kesyon { $n } sou { $total }
consult-next = Swivan
consult-skip = Mwen pa vle reponn
consult-multiple-hint = Ou ka chwazi plis pase youn.
consult-rank-hint = Mete repons yo nan lòd: 1 se sa ki pi enpòtan pou ou.
consult-choose-one = Chwazi yon repons, oswa peze « Mwen pa vle reponn ».
consult-rank-each = Bay chak repons yon nimewo pa l, oswa peze « Mwen pa vle reponn ».
consult-thanks-title = Mèsi
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = Nou konte repons ou yo. N ap montre rezilta yo apre { $day }.
consult-thanks-back = Tounen nan kesyon yo
consult-done-before = Ou deja reponn kesyon sa yo sou aparèy sa a. Mèsi.
consult-closed = Kesyon sa yo fèmen kounye a.
consult-results-intro = Sa timoun yo te di. Rezilta yo ale bay:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [1] Yon timoun reponn.
   *[other] { $count } timoun reponn.
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = Mwens pase { $k } timoun reponn kesyon sa a, kidonk nou pa montre repons yo.
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = kache (pou pwoteje gwoup ki gen mwens pase { $k })
consult-results-option = Repons
consult-results-count = Timoun
consult-results-group = Gwoup
consult-results-by-place = Dapre kote
consult-results-by-region = Dapre rejyon
consult-results-by-language = Dapre lang
consult-results-by-age_band = Dapre laj
consult-results-none-said = Yo pa di
consult-list-closed = Sa ki rive ak kesyon anvan yo
consult-results-title = Sa timoun yo te di
consult-actions-title = Ou te di, nou te fè
consult-actions-none = Sa yo deside ap parèt isit la.
consult-action-planned = Planifye:
consult-action-in_progress = Ap fèt kounye a:
consult-action-done = Sa fèt:
consult-action-not_done = Sa pa fèt:
consult-action-why = Poukisa:
consult-action-answers = Sou kesyon an:
# A free-text question.
consult-written-label = Ekri repons ou isit la, nan nenpòt lang ou vle.
consult-written-who-reads = Sa ou ekri a fèmen ak kle anvan nou sere l. Se sèlman moun k ap okipe kesyon sa yo ki ka louvri l. Lòt moun ap wè pawòl ou yo sèlman si youn nan moun sa yo te li yo epi chwazi yo, san non ou. Si yon move bagay te rive ou, ou ka di nou sa tou sou paj dakèy la.
consult-written-unavailable = Ou pa ka ekri yon repons kounye a. Peze « Mwen pa vle reponn » pou w kontinye.
consult-written-empty = Ekri yon bagay, oswa peze « Mwen pa vle reponn ».
consult-written-long = Sa twò long. Tanpri fè l pi kout.
consult-results-written = Te ekri yon repons
consult-results-quotes = Kèk nan sa timoun yo te ekri, yon moun te chwazi yo epi verifye yo:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [1] Yon desizyon
   *[other] { $count } desizyon
}, { $done } fèt
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = Kesyon ou reponn yo
consult-back-follow = Sonje kesyon mwen reponn jodi a yo
consult-back-follow-hint = Apre sa, chak fwa ou tounen ak imaj ou yo, w ap wè isit la sa ki rive ak kesyon sa yo. Se sèlman yon moun ki gen imaj ou yo ki ka wè lis sa a. Nou pa kenbe repons ou yo ansanm ak lis la.
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = Èske ou gen imaj sekrè ki soti nan yon mesaj ou te voye? Lè ou tounen ak yo, ou ka mande yo sonje kesyon sa yo, epi wè la sa ki rive ak kesyon sa yo.
consult-thanks-follow-link = Tounen ak imaj mwen yo

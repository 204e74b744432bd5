# Consultations on the child site (see locales/en/consult.ftl).

consult-list-title = Su'aalo adiga laguu weydiinayo
consult-list-intro = Dadka go'aamada ka gaara noloshaada waxay rabaan inay ogaadaan fikirkaaga. Ka qaybgalku waa doorashadaada.
consult-list-none = Hadda ma jiraan su'aalo adiga kuu ah.
# Headings of the first screen.
consult-start-audience = Yaa weydiinaya, yaase helaya natiijooyinka
consult-start-why = Waxa loogu talagalay
consult-start-voluntary = Adiga ayaa doorta inaad ka qaybgasho iyo in kale. Waqti kasta waad joojin kartaa, su'aal kastana waxaad odhan kartaa "Ma rabo inaan ka jawaabo".
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = Qofna ma arko jawaabahaaga mid mid, xitaa dadkii su'aalaha weydiiyay. Heard waxay kaydisaa oo kaliya inta carruur ah ee dooratay jawaab kasta, weligeedna ma muujiso koox ka yar { $k } carruur ah.
consult-start-place = Xaggee ku nooshahay? Waajib kuma aha inaad sheegto.
consult-start-age = Immisa jir baad tahay? Waajib kuma aha inaad sheegto.
consult-place-none = Waxaan doorbidayaa inaanan sheegin
consult-age-up_to_11 = 11 ama ka yar
consult-age-12_to_14 = 12 ilaa 14
consult-age-15_to_17 = 15 ilaa 17
consult-age-not_said = Waxaan doorbidayaa inaanan sheegin
consult-start-button = Bilow
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = Su'aasha { $n } ee { $total }
consult-next = Xiga
consult-skip = Ma rabo inaan ka jawaabo
consult-multiple-hint = Waxaad dooran kartaa wax ka badan hal.
consult-rank-hint = Jawaabaha u kala horreysii: 1 waa midda adiga kuugu muhiimsan.
consult-choose-one = Dooro jawaab, ama riix "Ma rabo inaan ka jawaabo".
consult-rank-each = Jawaab kasta sii lambar u gaar ah, ama riix "Ma rabo inaan ka jawaabo".
consult-thanks-title = Waad ku mahadsan tahay
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = Jawaabahaaga waa la tiriyay. Natiijooyinka waxaa la muujin doonaa { $day } kadib.
consult-thanks-back = Ku noqo su'aalaha
consult-done-before = Su'aalahan horey ayaad uga jawaabtay qalabkan. Waad ku mahadsan tahay.
consult-closed = Su'aalahan hadda waa xiran yihiin.
consult-results-intro = Waxa carruurtu sheegeen. Natiijooyinka waxaa loo dirayaa:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] Hal ilmo ayaa ka jawaabay.
   *[other] { $count } carruur ah ayaa ka jawaabay.
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = Carruur ka yar { $k } ayaa su'aashan ka jawaabay, sidaas darteed jawaabaha lama muujinayo.
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = waa la qariyay (si loo ilaaliyo kooxaha ka yar { $k })
consult-results-option = Jawaab
consult-results-count = Carruur
consult-results-group = Koox
consult-results-by-place = Meel ahaan
consult-results-by-region = Gobol ahaan
consult-results-by-language = Luqad ahaan
consult-results-by-age_band = Da' ahaan
consult-results-none-said = Lama sheegin
consult-list-closed = Maxaa ka soo baxay su'aalihii hore
consult-results-title = Waxa carruurtu sheegeen
consult-actions-title = Waad sheegteen, waan samaynay
consult-actions-none = Waxa la go'aamiyo halkan ayaa lagu muujin doonaa.
consult-action-planned = La qorsheeyay:
consult-action-in_progress = Hadda socda:
consult-action-done = La sameeyay:
consult-action-not_done = Lama samayn:
consult-action-why = Sababta:
consult-action-answers = Ku saabsan su'aasha:
# A free-text question.
consult-written-label = Jawaabtaada halkan ku qor, luqad kasta oo aad rabto.
consult-written-who-reads = Waxa aad qorto waa la xiraa ka hor inta aan la kaydin. Kaliya dadka u xilsaaran su'aalahan ayaa furi kara. Ereyadaada waxaa loo muujiyaa dad kale oo keliya haddii mid ka mid ah dadkaas uu akhriyay oo doortay, magacaagana lama raacinayo. Haddii wax xun kugu dhaceen, waxaad sidoo kale nooga sheegi kartaa bogga hore.
consult-written-unavailable = Hadda lama qori karo jawaab. Riix "Ma rabo inaan ka jawaabo" si aad u sii socoto.
consult-written-empty = Wax qor, ama riix "Ma rabo inaan ka jawaabo".
consult-written-long = Taasi aad bay u dheer tahay. Fadlan gaabi.
consult-results-written = Jawaab qoray
consult-results-quotes = Qaar ka mid ah waxa carruurtu qoreen, oo uu qof doortay oo hubiyay:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] Hal go'aan
   *[other] { $count } go'aan
}, { $done } la sameeyay
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = Su'aalaha aad ka jawaabtay
consult-back-follow = Xusuuso su'aalaha aan maanta ka jawaabay
consult-back-follow-hint = Markaas, mar kasta oo aad ku soo noqoto sawiradaada, halkan ayaad ku arki doontaa waxa ka soo baxay su'aalahaas. Liiskan waxaa arki kara oo kaliya qof haysta sawiradaada. Jawaabahaaga laguma kaydiyo liiskan.
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = Ma haysaa sawiro sir ah oo ka yimid fariin aad dirtay? Markaad iyaga ku soo noqoto, waxaad ka codsan kartaa inay xusuustaan su'aalahan, oo halkaas ku aragtaa waxa ka soo baxay su'aalahan.
consult-thanks-follow-link = Ku soo noqo sawiradayda

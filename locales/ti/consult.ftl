# Consultations on the child site (see locales/en/consult.ftl).

consult-list-title = ሕቶታት ንዓኹም
consult-list-intro = ብዛዕባ ህይወትኩም ውሳነታት ዝገብሩ ሰባት፣ እንታይ ከም እትሓስቡ ክፈልጡ ይደልዩ። ምስታፍ ናይ ባዕልኹም ምርጫ እዩ።
consult-list-none = ኣብዚ እዋን ንዓኹም ዝቐረበ ሕቶ የለን።
# Headings of the first screen.
consult-start-audience = መን እዩ ዝሓትት፣ ውጽኢቱኸ መን እዩ ዝረኽቦ
consult-start-why = እዚ ንምንታይ እዩ
consult-start-voluntary = ክትሳተፉ ወይ ከይትሳተፉ ባዕልኹም ትመርጹ። ኣብ ዝኾነ ግዜ ደው ክትብሉ ትኽእሉ ኢኹም፣ ኣብ ነፍሲ ወከፍ ሕቶ'ውን «ክምልስ ኣይደልን» ክትብሉ ትኽእሉ ኢኹም።
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = ዋላ ሓደ ሰብ መልስታትኩም ሓደ ብሓደ ኣይርእዮን፣ እቶም ዝሓተቱ ሰባት'ውን እንተኾኑ። Heard ዝዕቅቦ፣ ክንደይ ቆልዑ ነፍሲ ወከፍ መልሲ ከም ዝመረጹ ጥራይ እዩ፤ ካብ { $k } ቆልዑ ዝውሕድ ጉጅለ ድማ ፈጺሙ ኣየርእን።
consult-start-place = ኣበይ ትነብሩ? ክትነግሩ ግዴታ የብልኩምን።
consult-start-age = ዕድሜኹም ክንደይ እዩ? ክትነግሩ ግዴታ የብልኩምን።
consult-place-none = ዘይምንጋር እመርጽ
consult-age-up_to_11 = 11 ወይ ካብኡ ንታሕቲ
consult-age-12_to_14 = ካብ 12 ክሳብ 14
consult-age-15_to_17 = ካብ 15 ክሳብ 17
consult-age-not_said = ዘይምንጋር እመርጽ
consult-start-button = ጀምሩ
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = ሕቶ { $n } ካብ { $total }
consult-next = ዝቕጽል
consult-skip = ክምልስ ኣይደልን
consult-multiple-hint = ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
consult-rank-hint = ነቶም መልስታት ብቕደም ሰዓብ ስርዕዎም፦ 1 ንዓኹም እቲ ኣዝዩ ኣገዳሲ እዩ።
consult-choose-one = ሓደ መልሲ ምረጹ፣ ወይ «ክምልስ ኣይደልን» ጠውቑ።
consult-rank-each = ንነፍሲ ወከፍ መልሲ ናይ ባዕሉ ቁጽሪ ሃብዎ፣ ወይ «ክምልስ ኣይደልን» ጠውቑ።
consult-thanks-title = የቐንየልና
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = መልስታትኩም ተቖጺሮም። ውጽኢቱ ድሕሪ { $day } ክቐርብ እዩ።
consult-thanks-back = ናብ ሕቶታት ተመለሱ
consult-done-before = ነዞም ሕቶታት ኣብዚ መሳርሒ ድሮ መሊስኩምዎም ኢኹም። የቐንየልና።
consult-closed = እዞም ሕቶታት ሕጂ ተዓጽዮም እዮም።
consult-results-intro = ቆልዑ ዝበልዎ። ውጽኢቱ ዝበጽሖም፦
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] { $count } ቆልዓ መሊሱ።
   *[other] { $count } ቆልዑ መሊሶም።
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = ነዚ ሕቶ ዝመለሱ ቆልዑ ካብ { $k } ስለ ዝውሕዱ፣ እቶም መልስታት ኣይቀረቡን።
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = ተሓቢኡ (ካብ { $k } ዝውሕዱ ጉጅለታት ንምሕላው)
consult-results-option = መልሲ
consult-results-count = ቆልዑ
consult-results-group = ጉጅለ
consult-results-by-place = ብቦታ
consult-results-by-region = ብዞባ
consult-results-by-language = ብቋንቋ
consult-results-by-age_band = ብዕድሜ
consult-results-none-said = ኣይተነግረን
consult-list-closed = ውጽኢት ናይ ዝሓለፉ ሕቶታት
consult-results-title = ቆልዑ ዝበልዎ
consult-actions-title = ንስኹም በልኩም፣ ንሕና ገበርና
consult-actions-none = እቲ ዝተወሰነ ኣብዚ ክቐርብ እዩ።
consult-action-planned = ኣብ መደብ ዘሎ፦
consult-action-in_progress = ሕጂ ይግበር ዘሎ፦
consult-action-done = ተገይሩ፦
consult-action-not_done = ኣይተገብረን፦
consult-action-why = ስለምንታይ፦
consult-action-answers = ብዛዕባ እቲ ሕቶ፦
# A free-text question.
consult-written-label = መልስኹም ኣብዚ ጽሓፉ፣ ብዝደለኹምዎ ቋንቋ።
consult-written-who-reads = እትጽሕፍዎ ቅድሚ ምዕቃቡ ይሽጎር። ክኸፍትዎ ዝኽእሉ፣ ነዞም ሕቶታት ዘካይዱ ሰባት ጥራይ እዮም። ዝጸሓፍኩምዎ ንኻልኦት ዝርአ፣ ሓደ ካብዞም ሰባት ኣንቢቡ እንተ መሪጽዎ ጥራይ እዩ፣ ብዘይ ስምኩም። ሕማቕ ነገር እንተ ወሪዱኩም፣ ኣብ ቀዳማይ ገጽ'ውን ክትነግሩና ትኽእሉ ኢኹም።
consult-written-unavailable = ሕጂ መልሲ ምጽሓፍ ኣይከኣልን። ንምቕጻል «ክምልስ ኣይደልን» ጠውቑ።
consult-written-empty = ገለ ነገር ጽሓፉ፣ ወይ «ክምልስ ኣይደልን» ጠውቑ።
consult-written-long = እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም ኣሕጽርዎ።
consult-results-written = መልሲ ጸሓፉ
consult-results-quotes = ቆልዑ ካብ ዝጸሓፍዎ ገለ፣ ሓደ ሰብ መሪጹ ዘረጋገጾ፦
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] ሓደ ውሳነ
   *[other] { $count } ውሳነታት
}፣ ተገይሩ፦ { $done }
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = ዝመለስኩምዎም ሕቶታት
consult-back-follow = ሎሚ ዝመለስክዎም ሕቶታት ይዘከሩለይ
consult-back-follow-hint = ድሕሪኡ፣ ብስእልታትኩም ኣብ እትምለሱሉ ኩሉ ግዜ፣ ውጽኢት ናይዞም ሕቶታት ኣብዚ ክትርእዩ ኢኹም። ነዚ ዝርዝር ክርእዮ ዝኽእል፣ ስእልታትኩም ዝሓዘ ሰብ ጥራይ እዩ። መልስታትኩም ምስ ዝርዝሩ ኣይዕቀቡን።
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = ካብ ዝለኣኽኩምዎ መልእኽቲ ዝረኸብኩምዎም ምስጢራዊ ስእልታት ኣለዉኹም ድዮ? ብእኦም ክትምለሱ ከለኹም፣ ነዞም ሕቶታት ክዝክርዎም ክትሓቱ፣ ውጽኢቶም'ውን ኣብኡ ክትርእዩ ትኽእሉ ኢኹም።
consult-thanks-follow-link = ብስእልታተይ ክምለስ

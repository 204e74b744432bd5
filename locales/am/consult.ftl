# Consultations on the child site (see locales/en/consult.ftl).

consult-list-title = ለእናንተ የቀረቡ ጥያቄዎች
consult-list-intro = ስለ ሕይወታችሁ ውሳኔ የሚሰጡ ሰዎች የምታስቡትን ማወቅ ይፈልጋሉ። መሳተፍ የእናንተ ምርጫ ነው።
consult-list-none = አሁን ለእናንተ ምንም ጥያቄ የለም።
# Headings of the first screen.
consult-start-audience = ማን እየጠየቀ ነው፣ ውጤቱንስ ማን ያገኘዋል
consult-start-why = ይህ ለምንድን ነው
consult-start-voluntary = ለመሳተፍ ወይም ላለመሳተፍ የምትመርጡት እናንተ ናችሁ። በማንኛውም ጊዜ ማቆም ትችላላችሁ፤ በእያንዳንዱ ጥያቄ ላይም «መመለስ አልፈልግም» ማለት ትችላላችሁ።
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = ጥያቄዎቹን የጠየቁት ሰዎች እንኳ ቢሆኑ፣ ማንም ሰው መልሶቻችሁን አንድ በአንድ አያይም። Heard የሚይዘው እያንዳንዱን መልስ ስንት ልጆች እንደመረጡ ብቻ ነው፤ ከ{ $k } ያነሱ ልጆች ያሉበትን ቡድን ደግሞ በፍጹም አያሳይም።
consult-start-place = የምትኖሩት የት ነው? መናገር ግዴታ አይደለም።
consult-start-age = ዕድሜያችሁ ስንት ነው? መናገር ግዴታ አይደለም።
consult-place-none = ባልናገር እመርጣለሁ
consult-age-up_to_11 = 11 ወይም ከዚያ በታች
consult-age-12_to_14 = ከ12 እስከ 14
consult-age-15_to_17 = ከ15 እስከ 17
consult-age-not_said = ባልናገር እመርጣለሁ
consult-start-button = ጀምሩ
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = ጥያቄ { $n } ከ{ $total }
consult-next = ቀጣይ
consult-skip = መመለስ አልፈልግም
consult-multiple-hint = ከአንድ በላይ መምረጥ ትችላላችሁ።
consult-rank-hint = መልሶቹን በቅደም ተከተል አስቀምጡ፤ 1 ለእናንተ በጣም አስፈላጊው ነው።
consult-choose-one = አንድ መልስ ምረጡ፣ ወይም «መመለስ አልፈልግም»ን ተጫኑ።
consult-rank-each = ለእያንዳንዱ መልስ የራሱን ቁጥር ስጡ፣ ወይም «መመለስ አልፈልግም»ን ተጫኑ።
consult-thanks-title = እናመሰግናለን
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = መልሶቻችሁ ተቆጥረዋል። ውጤቱ ከ{ $day } በኋላ ይታያል።
consult-thanks-back = ወደ ጥያቄዎቹ ተመለሱ
consult-done-before = እነዚህን ጥያቄዎች በዚህ መሣሪያ ላይ ቀደም ብላችሁ መልሳችኋል። እናመሰግናለን።
consult-closed = እነዚህ ጥያቄዎች አሁን ተዘግተዋል።
consult-results-intro = ልጆች ያሉት። ውጤቱ የሚደርሳቸው፦
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] { $count } ልጅ መልሷል።
   *[other] { $count } ልጆች መልሰዋል።
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = ይህን ጥያቄ የመለሱት ልጆች ከ{ $k } ያነሱ ስለሆኑ መልሶቹ አይታዩም።
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = ተደብቋል (ከ{ $k } ያነሱ ቡድኖችን ለመጠበቅ)
consult-results-option = መልስ
consult-results-count = ልጆች
consult-results-group = ቡድን
consult-results-by-place = በቦታ
consult-results-by-region = በክልል
consult-results-by-language = በቋንቋ
consult-results-by-age_band = በዕድሜ
consult-results-none-said = አልተገለጸም
consult-list-closed = ከቀደሙት ጥያቄዎች ምን ተገኘ
consult-results-title = ልጆች ያሉት
consult-actions-title = እናንተ ተናገራችሁ፣ እኛ አደረግን
consult-actions-none = የተወሰነው ነገር እዚህ ይታያል።
consult-action-planned = የታቀደ፦
consult-action-in_progress = አሁን እየተሠራ ነው፦
consult-action-done = ተሠርቷል፦
consult-action-not_done = አልተሠራም፦
consult-action-why = ለምን፦
consult-action-answers = ስለ ጥያቄው፦
# A free-text question.
consult-written-label = መልሳችሁን እዚህ ጻፉ፤ በፈለጋችሁት ቋንቋ።
consult-written-who-reads = የምትጽፉት ከመቀመጡ በፊት ይቆለፋል። ሊከፍቱት የሚችሉት እነዚህን ጥያቄዎች የሚያስተዳድሩ ሰዎች ብቻ ናቸው። የጻፋችሁት ለሌሎች የሚታየው ከእነዚህ ሰዎች አንዱ አንብቦ ከመረጠው ብቻ ነው፤ ያለ ስማችሁ። መጥፎ ነገር ደርሶባችሁ ከሆነ፣ በመጀመሪያው ገጽ ላይም ልትነግሩን ትችላላችሁ።
consult-written-unavailable = አሁን መልስ መጻፍ አይቻልም። ለመቀጠል «መመለስ አልፈልግም»ን ተጫኑ።
consult-written-empty = የሆነ ነገር ጻፉ፣ ወይም «መመለስ አልፈልግም»ን ተጫኑ።
consult-written-long = ይህ በጣም ረጅም ነው። እባካችሁ አሳጥሩት።
consult-results-written = መልስ ጽፈዋል
consult-results-quotes = ልጆች ከጻፉት ጥቂቱ፤ አንድ ሰው መርጦ ያረጋገጠው፦
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] አንድ ውሳኔ
   *[other] { $count } ውሳኔዎች
}፣ ተሠርቷል፦ { $done }
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = የመለሳችኋቸው ጥያቄዎች
consult-back-follow = ዛሬ የመለስኳቸው ጥያቄዎች ይታወሱልኝ
consult-back-follow-hint = ከዚያ በኋላ፣ በሥዕሎቻችሁ በተመለሳችሁ ቁጥር ከእነዚህ ጥያቄዎች ምን እንደተገኘ እዚህ ታያላችሁ። ይህን ዝርዝር ማየት የሚችለው ሥዕሎቻችሁን የያዘ ሰው ብቻ ነው። መልሶቻችሁ ከዝርዝሩ ጋር አይቀመጡም።
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = ከላካችሁት መልእክት ያገኛችኋቸው ሚስጥራዊ ሥዕሎች አሏችሁ? በእነሱ ስትመለሱ፣ እነዚህን ጥያቄዎች እንዲያስታውሱ መጠየቅ፣ ከጥያቄዎቹ ምን እንደተገኘም እዚያ ማየት ትችላላችሁ።
consult-thanks-follow-link = በሥዕሎቼ ልመለስ

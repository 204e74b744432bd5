# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = ንገሩን
intake-heading = በልባችሁ ያለውን ንገሩን
intake-locked = የምትጽፉት ከዚህ መሣሪያ ከመውጣቱ በፊት ይቆለፋል። ሊከፍቱት የሚችሉት መልእክቶችን እንዲያነቡ የተመረጡ ሰዎች ብቻ ናቸው።
intake-nojs = ብራውዘራችሁ ስክሪፕቶችን እያሄደ አይደለም። መልእክታችሁ ልክ እንደደረሰ፣ ከመቀመጡ በፊት በሰርቨራችን ይቆለፋል።
intake-label = መልእክታችሁ
intake-hint = የፈለጋችሁትን ያህል፣ ብዙም ሆነ ጥቂት፣ በማንኛውም ቋንቋ ጻፉ።
intake-send = ላኩ
intake-sending = በመላክ ላይ…
intake-retry = እንደገና ሞክሩ

page-title-sent = መልእክታችሁ ደርሷል
intake-sent-heading = መልእክታችሁ ደርሷል
intake-sent-body = ተቀምጧል፣ ተቆልፏልም። ስለነገራችሁን እናመሰግናለን።
intake-write-another = ሌላ መልእክት ጻፉ
intake-kept-heading = በዚህ መሣሪያ ላይ ተቀምጧል
intake-kept-body = ኢንተርኔት አሁን እየሠራ አይደለም። መልእክታችሁ ተቆልፎ በዚህ መሣሪያ ላይ ተቀምጧል። እዚህ ማንም ሊያነበው አይችልም። ኢንተርኔት እንደገና ሲሠራ በራሱ ይላካል። ከዚያ በኋላ ሚስጥራዊ ሥዕሎቻችሁ ይሠራሉ።

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = መልእክታችሁ ገና አልደረሰም። የጻፋችሁት አሁንም እዚህ አለ። እባካችሁ እንደገና ሞክሩ።
error-empty = ገና የሚላክ ነገር የለም። እባካችሁ መጀመሪያ አንድ ነገር ምረጡ ወይም ጻፉ።
# $max (number) — the largest number of characters a message may have.
error-too-long = መልእክታችሁ በጣም ረጅም ነው። እባካችሁ አሳጥሩት፤ ቢበዛ { $max } ፊደላት።
error-not-sealed = የደረሰው የተቆለፈ መልእክት ስላልነበረ ምንም አልተቀመጠም።
error-too-large = የደረሰው በጣም ትልቅ ስለነበረ ምንም አልተቀመጠም።
error-bad-id = ይህን መልእክት ማዛመድ ስላልተቻለ ምንም አልተቀመጠም። እባካችሁ ገጹን እንደገና ከፍታችሁ መልእክቱን እንደገና ላኩ።
error-cross-site = ይህ ከሌላ ድረ-ገጽ ስለመጣ ምንም አልተቀመጠም።
error-unavailable = በእኛ በኩል የሆነ ችግር ስለተፈጠረ ምንም አልተቀመጠም። እባካችሁ ቆይታችሁ እንደገና ሞክሩ።
error-bad-form = ቅጹ ሙሉ ስላልነበረ ምንም አልተቀመጠም። እባካችሁ ገጹን እንደገና ክፈቱ።
error-recipients-changed = እየጻፋችሁ ሳለ በእኛ በኩል የሆነ ነገር ስለተቀየረ እስካሁን ምንም አልተቀመጠም። እባካችሁ «ላኩ»ን እንደገና ተጫኑ።

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = ይህ ስለ የትኛው ቦታ ነው? (ይህን መዝለል ትችላላችሁ።)
intake-place-hint = ቦታ ከመረጣችሁ፣ እዚያ የሚሠራ ማንም ሰው መልእክታችሁን ማንበብ አይችልም።
intake-place-unsaid = ባልናገር እመርጣለሁ
intake-place-elsewhere = ሌላ ቦታ
error-unknown-place = ያንን ቦታ ስለማናውቀው ምንም አልተቀመጠም። እባካችሁ ሌላ ቦታ ወይም «ባልናገር እመርጣለሁ»ን ምረጡ።
error-proof-needed = መልእክታችሁን ማረጋገጥ ስላልተቻለ እስካሁን ምንም አልተቀመጠም። እባካችሁ «ላኩ»ን እንደገና ተጫኑ።
error-too-many = ከዚህ መሣሪያ በአጭር ጊዜ ውስጥ ብዙ መልእክቶችን ስለላካችሁ ይህኛው አልተቀመጠም። እባካችሁ ትንሽ ቆዩና እንደገና ሞክሩ።
error-busy = አሁን በጣም ብዙ መልእክቶች እየደረሱ ስለሆነ መልእክታችሁ እስካሁን አልተቀመጠም። እባካችሁ ከጥቂት ደቂቃዎች በኋላ እንደገና ሞክሩ። አሁን ደኅንነታችሁ ካልተጠበቀ «ደኅንነቴ አልተጠበቀም»ን ምረጡ፤ እነዚያ መልእክቶች ቀድመው ያልፋሉ።
error-form-expired = ይህ ገጽ ለረጅም ጊዜ ተከፍቶ ስለቆየ ወይም ቀደም ብሎ ጥቅም ላይ ስለዋለ ምንም አልተቀመጠም። እባካችሁ ገጹን እንደገና ከፍታችሁ መልእክታችሁን ላኩ።

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = ፈጣን መውጫ
# The button that reads a screen aloud with the device's own voice.
read-aloud = ጮክ ብሎ ማንበብ

# The first screen: what the child wants to share.
share-heading = ምን ማካፈል ትፈልጋላችሁ?
kind-legend = ምን ማካፈል ትፈልጋላችሁ? (ይህን መዝለል ትችላላችሁ።)
kind-idea = ሐሳብ ወይም የማስበው ነገር
kind-idea-hint = የተሻለ ሊሆን የሚችል ነገር፣ ወይም ስለ አንድ ነገር የምታስቡት።
kind-worry = ጭንቀት
kind-worry-hint = የሚያሳዝናችሁ፣ የሚያስፈራችሁ ወይም የሚያስጨንቃችሁ ነገር።
kind-complaint = ቅሬታ
kind-complaint-hint = ትክክል ያልነበረ ወይም ፍትሐዊ ያልነበረ ነገር።
kind-unsafe = ደኅንነቴ አልተጠበቀም
kind-unsafe-hint = አሁን እርዳታ አግኙ።
kind-story = ታሪኬን ልናገር
kind-story-hint = ማን ሊያየው እንደሚችል እናንተ ትወስናላችሁ።

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = ደረጃ { $n } ከ{ $total }
step-back = ወደ ኋላ
step-next = ቀጣይ

# The honest screen before the first question.
before-heading = ከመጀመራችሁ በፊት
before-who-heading = ማን ያነበዋል
before-who = መልእክቶችን እንዲያነቡ የተመረጡ ጥቂት የሰለጠኑ ሰዎች። በምትጠቅሱት ቦታ የሚሠራ ማንም ሰው ሊያነበው አይችልም።
before-next-heading = ቀጥሎ ምን ይሆናል
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] አንድ ሰው በአንድ ቀን ውስጥ ያነበዋል።
   *[other] አንድ ሰው በ{ $days } ቀናት ውስጥ ያነበዋል።
}
before-cannot-heading = ልንጠብቃችሁ የማንችለው ነገር
before-cannot = ስክሪናችሁን የሚያይ ወይም ይህን መሣሪያ የሚወስድ ሰው የምትጽፉትን ማየት ይችላል። አንድ ሰው አደጋ ላይ ከሆነ፣ ያንን ሰው ከአደጋ ሊጠብቁ ለሚችሉ ሰዎች መንገር ሊኖርብን ይችላል።
before-exit = አንድ ሰው ከመጣ «ፈጣን መውጫ»ን ተጫኑ ወይም የEsc ቁልፍን ሦስት ጊዜ ተጫኑ። ገጹ ወዲያውኑ ይጠፋል።
before-start = ተረድቻለሁ፣ እንጀምር

# "I am not safe": help contacts first.
help-heading = አሁን እርዳታ ማግኘት ትችላላችሁ
help-call-now = አሁን አደጋ ላይ ከሆናችሁ፣ ከእነዚህ ቁጥሮች ወደ አንዱ ደውሉ፦
help-no-contacts = አሁን አደጋ ላይ ከሆናችሁ፣ ወደዚህ አገር የአደጋ ጊዜ ቁጥር ደውሉ።
help-tell-us = እየሆነ ያለውን ለእኛም መንገር ትችላላችሁ። ይህንን ከሁሉ በፊት እናነባለን።

# The questions.
feelings-heading = ምን ይሰማችኋል?
feelings-hint = ከአንድ በላይ መምረጥ ወይም ይህን መዝለል ትችላላችሁ።
feeling-happy = ደስተኛ ነኝ
feeling-okay = ደህና ነኝ
feeling-sad = አዝኛለሁ
feeling-scared = ፈርቻለሁ
feeling-angry = ተናድጃለሁ
feeling-worried = ተጨንቄአለሁ
words-label-idea = ሐሳባችሁ ምንድን ነው?
words-label-worry = ምን እያስጨነቃችሁ ነው?
words-label-complaint = ምን ሆነ?
words-label-unsafe = ምን እየሆነ ነው? የት ናችሁ? (ከቻላችሁ ብቻ።)
words-label-story = ታሪካችሁን ንገሩ። መጻፍ ወይም ጮክ ብላችሁ መናገር ትችላላችሁ።
wish-heading = ምን እንዲሆን ትፈልጋላችሁ?
wish-hint = ከአንድ በላይ መምረጥ ወይም ይህን መዝለል ትችላላችሁ።
wish-talk = ከአንድ ሰው ጋር መነጋገር እፈልጋለሁ
wish-change = አንድ ነገር እንዲቀየር እፈልጋለሁ
wish-just_know = እንድታውቁት ብቻ ነው የምፈልገው
wish-not_sure = እርግጠኛ አይደለሁም

# The review before sending.
review-heading = ከመላካችሁ በፊት አረጋግጡ
review-kind = የምታካፍሉት
review-feelings = የሚሰማችሁ
review-words = የጻፋችሁት
review-place = ቦታው
review-wishes = የምትፈልጉት
review-skipped = ይህን ዘልላችሁታል።
review-change = ቀይሩ
review-urgent = ይህንን እንደ አስቸኳይ ጉዳይ እንመለከተዋለን።

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = አሁንም እዚህ ናችሁ?
kiosk-warning-body = ማንም ስክሪኑን ካልነካ፣ ቀጣዩ ሰው እንዳያየው በላዩ ያለው ሁሉ በቅርቡ ይጠፋል።
kiosk-stay = አሁንም እዚህ ነኝ

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = ውሻ
picture-cat = ድመት
picture-fish = ዓሣ
picture-bird = ወፍ
picture-horse = ፈረስ
picture-cow = ላም
picture-rabbit = ጥንቸል
picture-turtle = ኤሊ
picture-butterfly = ቢራቢሮ
picture-bee = ንብ
picture-elephant = ዝሆን
picture-lion = አንበሳ
picture-frog = እንቁራሪት
picture-monkey = ዝንጀሮ
picture-duck = ዳክዬ
picture-owl = ጉጉት
picture-apple = ፖም
picture-banana = ሙዝ
picture-grapes = ወይን
picture-lemon = ሎሚ
picture-carrot = ካሮት
picture-corn = በቆሎ
picture-bread = ዳቦ
picture-cheese = አይብ
picture-egg = እንቁላል
picture-cake = ኬክ
picture-watermelon = ሐብሐብ
picture-cherries = ቼሪ
picture-strawberry = እንጆሪ
picture-pineapple = አናናስ
picture-mushroom = እንጉዳይ
picture-pepper = ቃሪያ
picture-sun = ፀሐይ
picture-moon = ጨረቃ
picture-star = ኮከብ
picture-cloud = ደመና
picture-rainbow = ቀስተ ደመና
picture-flower = አበባ
picture-tree = ዛፍ
picture-leaf = ቅጠል
picture-mountain = ተራራ
picture-shell = ዛጎል
picture-glasses = መነጽር
picture-snowflake = የበረዶ ቅንጣት
picture-umbrella = ጃንጥላ
picture-house = ቤት
picture-car = መኪና
picture-bicycle = ብስክሌት
picture-teddy = የአሻንጉሊት ድብ
picture-rocket = ሮኬት
picture-train = ባቡር
picture-ball = ኳስ
picture-guitar = ጊታር
picture-drum = ከበሮ
picture-book = መጽሐፍ
picture-pencil = እርሳስ
picture-key = ቁልፍ
picture-clock = ሰዓት
picture-bell = ደወል
picture-gift = ስጦታ
picture-balloon = ፊኛ
picture-crown = ዘውድ
picture-shoe = ጫማ
picture-heart = ልብ

# After sending: the child's code.
code-heading = ሚስጥራዊ ሥዕሎቻችሁ
code-body = በእነዚህ ሥዕሎች ተመልሳችሁ መምጣት፣ መልሳችንን ማንበብ፣ አንድ ነገር መጨመር ወይም መልእክታችሁን መልሳችሁ መውሰድ ትችላላችሁ። በዚህ ቅደም ተከተል አስታውሷቸው፣ ወይም ጽፋችሁ በጥንቃቄ አስቀምጧቸው። ለማንም አታሳዩአቸው።
code-print = ሥዕሎቼን ላትም
code-come-back = በሥዕሎቼ ልመለስ

# Coming back with the code.
page-title-back = ተመለሱ
back-heading = በሚስጥራዊ ሥዕሎቻችሁ ተመለሱ
back-hint = ስምንቱን ሥዕሎቻችሁን በዚያው ቅደም ተከተል ምረጡ።
back-chosen = እስካሁን የመረጣችኋቸው ሥዕሎች
back-remove = የመጨረሻውን ሥዕል አስወግዱ
back-open = ክፈቱ
back-opening = በመክፈት ላይ…
back-not-found = በእነዚህ ሥዕሎች መልእክት ማግኘት አልቻልንም። እባካችሁ ሥዕሎቹን አረጋግጣችሁ እንደገና ሞክሩ።
back-too-many = ብዙ ጊዜ ሞክራችኋል። እባካችሁ እንደገና ከመሞከራችሁ በፊት ትንሽ ቆዩ።
back-incomplete = እባካችሁ ስምንቱንም ሥዕሎች ምረጡ።
back-status-heading = በመልእክታችሁ ላይ እየሆነ ያለው
back-status-new = መልእክታችሁ ደርሷል። እስካሁን ማንም አላነበበውም።
back-status-acknowledged = አንድ ሰው መልእክታችሁን አንብቦታል።
back-status-in_progress = አንድ ሰው በመልእክታችሁ ላይ እየሠራ ነው።
back-status-waiting_for_child = እናንተን እየጠበቅን ነው። እባካችሁ መልሳችንን አንብቡ።
back-status-referred = ሊረዱ የሚችሉ ሌሎች ሰዎችን ጠይቀናል።
back-status-closed = በመልእክታችሁ ላይ ያለንን ሥራ ጨርሰናል።
back-replies-heading = መልሶቻችን
back-no-replies = እስካሁን ምንም መልስ የለም።
back-reply-from-us = መልሳችን
back-reply-from-you = የጨመራችሁት
back-add-label = በመልእክታችሁ ላይ አንድ ነገር ጨምሩ
back-add = ላኩ
back-added = ደርሷል። እናመሰግናለን።
back-withdraw-heading = መልእክታችሁን መልሳችሁ ውሰዱ
back-withdraw-body = መልሳችሁ ከወሰዳችሁት፣ የጻፋችሁትንና መልሶቻችንን እናጠፋለን። ይህ ሊቀለበስ አይችልም።
back-withdraw = መልእክቴን መልሼ ልውሰድ
back-withdraw-confirm = አዎ፣ መልሼ ልውሰደው
back-withdrawn = መልእክታችሁ ተመልሶ ተሰርዟል።
back-withdraw-body-urgent = «ደኅንነቴ አልተጠበቀም» ብላችሁ ነበር። ይህን መልእክት መልሳችሁ ከወሰዳችሁት፣ ልጆችን የመጠበቅ ኃላፊነት ያለበት ሰው ደኅንነታችሁ መጠበቁን ለማረጋገጥ እስከ { $day } ድረስ አሁንም ሊያነበው ይችላል። ከዚያ በኋላ ከመልሶቻችን ጋር እናጠፋዋለን። ይህ ሊቀለበስ አይችልም።
back-withdrawn-urgent = መልእክታችሁን መልሳችሁ ወስዳችኋል። ልጆችን የመጠበቅ ኃላፊነት ያለበት ሰው ደኅንነታችሁ መጠበቁን ለማረጋገጥ እስከ { $day } ድረስ አሁንም ሊያነበው ይችላል። ከዚያ በኋላ ይሰረዛል።
back-close = ዝጉ
back-needs-js = ተመልሶ ለመምጣት ስክሪፕቶችን የሚያሄድ ብራውዘር ያስፈልጋል፣ ምክንያቱም ሚስጥራዊ ሥዕሎቻችሁ በዚህ መሣሪያ ላይ ወደ ቁልፋችሁ ይቀየራሉ።
back-cannot-open = ይህ መልእክት ሊከፈት አይችልም።

# Recording instead of writing.
voice-hint = ከመጻፍ ይልቅ ጮክ ብላችሁ መናገርም ትችላላችሁ። ከዚህ መሣሪያ ከመውጣቱ በፊት ልክ እንደ ጽሑፋችሁ ይቆለፋል።
voice-record = ድምፄን ልቅዳ
voice-stop = መቅዳቱን አቁሙ
voice-recording = በመቅዳት ላይ… ስትጨርሱ «መቅዳቱን አቁሙ»ን ተጫኑ።
voice-recorded = የቀዳችሁት ድምፅ። ከመላካችሁ በፊት ልታዳምጡት ትችላላችሁ።
voice-delete = የተቀዳውን ሰርዙ
voice-refused = መቅዳት አልቻልንም። በምትኩ መጻፍ ትችላላችሁ።
review-voice = የቀዳችሁት ድምፅ
review-voice-yes = መልእክት ቀድታችኋል።

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = ታሪኮችን የሚያዘጋጁ ጥቂት ሰዎች ያሉበት ትንሽ ቡድን ታሪካችሁን ያነባል። ታሪካችሁ ጥቅም ላይ የሚውለው ቀጥሎ «አዎ» ባላችሁበት መንገድ ብቻ ነው።
story-before-help = አሁን ደኅንነታችሁ ካልተጠበቀ፣ ወደ ኋላ ተመለሱና «ደኅንነቴ አልተጠበቀም»ን ምረጡ። ያን ጊዜ ወዲያውኑ ልንረዳችሁ እንችላለን።
story-before-next = ቀጥሎ ታሪካችሁ የት ጥቅም ላይ ሊውል እንደሚችል አንድ በአንድ ትወስናላችሁ። «አዎ» እስክትሉ ድረስ ሁሉም ነገር «አይ» ነው። በሚስጥራዊ ሥዕሎቻችሁ፣ የተቀየረ ማንኛውንም የታሪካችሁን ቅጂ ጥቅም ላይ ከመዋሉ በፊት ማንበብ፣ አዎ ወይም አይ ማለት፣ እና በማንኛውም ጊዜ ሐሳባችሁን መቀየር ትችላላችሁ።
story-sent-body = ታሪካችሁ ደርሷል። ሚስጥራዊ ሥዕሎቻችሁን በጥንቃቄ ያዙ፤ በእነሱ የታሪካችሁን ቅጂዎች ማንበብ፣ አዎ ወይም አይ ማለት፣ እና በማንኛውም ጊዜ ሐሳባችሁን መቀየር ትችላላችሁ።
story-purpose-learning = በድርጅታችን ውስጥ ብቻ
story-purpose-learning-body = ቡድናችን ልጆችን በተሻለ እንዴት መርዳት እንደሚችል ለመማር ታሪካችሁን ሊያነብ ይችላል። ታሪካችሁ በድርጅታችን ውስጥ ይቆያል።
story-purpose-advocacy = ውሳኔ ከሚሰጡ ሰዎች ጋር
story-purpose-advocacy-body = ለውጥ እንዲመጣ ለመጠየቅ፣ ስለ ልጆች ሕግና ውሳኔ ለሚያወጡ ሰዎች ታሪካችሁን ልናካፍል እንችላለን። ለሕዝብ ይፋ አይደረግም።
story-purpose-public = ለሕዝብ፦ ድረ-ገጻችንና ሪፖርቶቻችን
story-purpose-public-body = ታሪካችሁ በድረ-ገጻችን ወይም በሪፖርቶቻችን ላይ ሊወጣ ይችላል፤ እዚያ ማንም ሰው ሊያነበው ይችላል። ጥቅም ላይ የሚውለው ቃል በቃል «አዎ» ያላችሁት ቅጂ ብቻ ነው።
story-purpose-media = ጋዜጠኞችና መገናኛ ብዙኃን
story-purpose-media-body = ታሪካችሁን ለጋዜጣ፣ ለሬዲዮ ወይም ለቴሌቪዥን ለጋዜጠኞች ልንሰጥ እንችላለን። ጥቅም ላይ የሚውለው ቃል በቃል «አዎ» ያላችሁት ቅጂ ብቻ ነው።
story-consent-question = ታሪካችሁን ለዚህ ልንጠቀምበት እንችላለን?
story-consent-no = አይ
story-consent-yes = አዎ
story-consent-change = በሚስጥራዊ ሥዕሎቻችሁ በማንኛውም ጊዜ መልሳችሁን መቀየር ትችላላችሁ።
story-consent-copies = «አዎ» ማለታችሁን መልሳችሁ ከወሰዳችሁ፣ ታሪካችሁን መጠቀም ወዲያውኑ እናቆማለን። ቀድሞ የተሰጡ ቅጂዎችን ግን፣ ለምሳሌ ለጋዜጣ የተሰጡትን፣ መልሰን መውሰድ አንችልም።
story-consent-never = ፊቶችን፣ ቦታዎችን፣ የቤተሰባችሁን ስሞች ወይም የምትኖሩበትን ቦታ ስም በፍጹም አናወጣም።
story-naming = ስማችሁ
story-naming-question = ስማችሁ እንዴት እንዲጻፍ ትፈልጋላችሁ?
story-naming-none = ምንም ስም አይኑር
story-naming-made_up = የፈጠርኩት ስም
story-naming-first_name = የመጀመሪያ ስሜን ብቻ
story-name-label = የሚጻፈው ስም (ስም ከመረጣችሁ ብቻ)
story-name-hint = «ምንም ስም አይኑር»ን ከመረጣችሁ፣ ይህን ባዶ ተዉት።
story-age = ዕድሜያችሁ
story-age-why = መናገር ግዴታ አይደለም። ትንሽ ልጅ ከሆናችሁ፣ ታሪካችሁ ጥቅም ላይ ከመዋሉ በፊት የሚታመን አንድ አዋቂ ሰውም ሊጠየቅ ይችላል።
story-age-label = ዕድሜያችሁ ስንት ነው?
story-age-unsaid = ባልናገር እመርጣለሁ

# Coming back to a story.
story-back-heading = ታሪካችሁ
story-back-intro = እዚህ የታሪካችሁን ቅጂዎች ማንበብና ታሪካችሁ የት ጥቅም ላይ ሊውል እንደሚችል መወሰን ትችላላችሁ።
story-versions-heading = እንድታነቧቸው የተዘጋጁ ቅጂዎች
story-no-versions = እስካሁን እንድታነቡት የተዘጋጀ ቅጂ የለም።
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = ይህ ቅጂ ለዚህ ነው፦ { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = የሚታየው ስም፦ { $name }
story-version-awaiting = መልሳችሁን እየጠበቀ ነው
story-version-approved = ለእነዚህ ቃላት ልክ እንዳሉ «አዎ» ብላችኋል
story-version-declined = ለዚህ ቅጂ «አይ» ብላችኋል
story-version-approve = አዎ፣ እነዚህን ቃላት ልክ እንዳሉ ተጠቀሙ
story-version-decline = አይ፣ እንደዚህ አይሁን
story-version-saved-yes = እናመሰግናለን። እነዚህ ቃላት ብቻ ልክ እንዳሉ ጥቅም ላይ ሊውሉ ይችላሉ።
story-version-saved-no = እናመሰግናለን። ይህ ቅጂ ጥቅም ላይ አይውልም።
story-consents-heading = ታሪካችሁ የት ጥቅም ላይ ሊውል እንደሚችል
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = እስከ { $day } ድረስ «አዎ» ብላችኋል።
story-consent-said-no = «አይ» ብላችኋል።
story-consent-withdraw = «አዎ» ማለቴን መልሼ ልውሰድ
story-consent-renew = እንደገና አዎ በሉ
story-consent-give = አዎ በሉ
story-consent-saved-yes = ተቀምጧል። «አዎ» ብላችኋል።
story-consent-saved-no = ተቀምጧል። ከአሁን በኋላ ታሪካችሁ ለዚህ ጥቅም ላይ አይውልም።

# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = ንገሩና
intake-heading = ኣብ ልብኹም ዘሎ ንገሩና
intake-locked = እትጽሕፍዎ ካብዚ መሳርሒ ቅድሚ ምውጻኡ ይሽጎር። ክኸፍትዎ ዝኽእሉ፣ መልእኽትታት ንኸንብቡ ዝተመርጹ ሰባት ጥራይ እዮም።
intake-nojs = ብራውዘርኩም ስክሪፕትታት ኣየካይድን ዘሎ። መልእኽትኹም ልክዕ ምስ በጽሐ፣ ቅድሚ ምዕቃቡ ብሰርቨርና ክሽጎር እዩ።
intake-label = መልእኽትኹም
intake-hint = ዝደለኹምዎ ክንዲ፣ ብዙሕ ወይ ውሑድ፣ ብዝኾነ ቋንቋ ጽሓፉ።
intake-send = ስደዱ
intake-sending = ይስደድ ኣሎ…
intake-retry = ደጊምኩም ፈትኑ

page-title-sent = መልእኽትኹም በጺሑ
intake-sent-heading = መልእኽትኹም በጺሑ
intake-sent-body = ተዓቂቡን ተሸጊሩን ኣሎ። ስለ ዝነገርኩምና የቐንየልና።
intake-write-another = ካልእ መልእኽቲ ጽሓፉ
intake-kept-heading = ኣብዚ መሳርሒ ተዓቂቡ ኣሎ
intake-kept-body = ኢንተርነት ሕጂ ኣይሰርሕን ዘሎ። መልእኽትኹም ተሸጊሩ ኣብዚ መሳርሒ ተዓቂቡ ኣሎ። ኣብዚ ዋላ ሓደ ሰብ ከንብቦ ኣይክእልን እዩ። ኢንተርነት ደጊሙ ምስ ሰርሐ ባዕሉ ክለኣኽ እዩ። ድሕሪኡ ምስጢራዊ ስእልታትኩም ክሰርሑ እዮም።

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = መልእኽትኹም ገና ኣይበጽሐን። ዝጸሓፍኩምዎ ገና ኣብዚ ኣሎ። በጃኹም ደጊምኩም ፈትኑ።
error-empty = ገና ዝስደድ ነገር የለን። በጃኹም መጀመርታ ገለ ነገር ምረጹ ወይ ጽሓፉ።
# $max (number) — the largest number of characters a message may have.
error-too-long = መልእኽትኹም ኣዝዩ ነዊሕ እዩ። በጃኹም ኣሕጽርዎ፤ እንተበዝሐ { $max } ፊደላት።
error-not-sealed = ዝበጽሐ ዝተሸጎረ መልእኽቲ ስለ ዘይነበረ፣ ዋላ ሓንቲ ኣይተዓቀበን።
error-too-large = ዝበጽሐ ኣዝዩ ዓቢ ስለ ዝነበረ፣ ዋላ ሓንቲ ኣይተዓቀበን።
error-bad-id = እዚ መልእኽቲ ክለለ ስለ ዘይተኻእለ፣ ዋላ ሓንቲ ኣይተዓቀበን። በጃኹም ነቲ ገጽ ደጊምኩም ከፊትኩም፣ ደጊምኩም ስደድዎ።
error-cross-site = እዚ ካብ ካልእ ወብሳይት ስለ ዝመጸ፣ ዋላ ሓንቲ ኣይተዓቀበን።
error-unavailable = ብወገንና ገለ ጸገም ስለ ዘጋጠመ፣ ዋላ ሓንቲ ኣይተዓቀበን። በጃኹም ጸኒሕኩም ደጊምኩም ፈትኑ።
error-bad-form = እቲ ቅጥዒ ምሉእ ስለ ዘይነበረ፣ ዋላ ሓንቲ ኣይተዓቀበን። በጃኹም ነቲ ገጽ ደጊምኩም ክፈትዎ።
error-recipients-changed = ክትጽሕፉ ከለኹም ብወገንና ገለ ነገር ስለ ዝተቐየረ፣ ክሳብ ሕጂ ዋላ ሓንቲ ኣይተዓቀበን። በጃኹም «ስደዱ» ደጊምኩም ጠውቑ።

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = እዚ ብዛዕባ ኣየናይ ቦታ እዩ? (ነዚ ክትሓልፍዎ ትኽእሉ ኢኹም።)
intake-place-hint = ቦታ እንተ መሪጽኩም፣ ኣብኡ ዝሰርሕ ዋላ ሓደ ሰብ መልእኽትኹም ከንብቦ ኣይክእልን እዩ።
intake-place-unsaid = ዘይምንጋር እመርጽ
intake-place-elsewhere = ካልእ ቦታ
error-unknown-place = ነቲ ቦታ ስለ ዘይንፈልጦ፣ ዋላ ሓንቲ ኣይተዓቀበን። በጃኹም ካልእ ምረጹ፣ ወይ «ዘይምንጋር እመርጽ»።
error-proof-needed = መልእኽትኹም ክረጋገጽ ስለ ዘይተኻእለ፣ ክሳብ ሕጂ ዋላ ሓንቲ ኣይተዓቀበን። በጃኹም «ስደዱ» ደጊምኩም ጠውቑ።
error-too-many = ካብዚ መሳርሒ ኣብ ሓጺር ግዜ ብዙሓት መልእኽትታት ስለ ዝሰደድኩም፣ እዚ መልእኽቲ ኣይተዓቀበን። በጃኹም ቁሩብ ተጸበዩ እሞ ደጊምኩም ፈትኑ።
error-busy = ሕጂ ኣዝዮም ብዙሓት መልእኽትታት እናበጽሑ ስለ ዘለዉ፣ መልእኽትኹም ክሳብ ሕጂ ኣይተዓቀበን። በጃኹም ድሕሪ ቁሩብ ደቓይቕ ደጊምኩም ፈትኑ። ሕጂ ውሑሳት እንተ ዘይኮንኩም፣ «ውሑስ ኣይኮንኩን» ምረጹ፤ እቶም መልእኽትታት ቅድሚ ኩሉ ይሓልፉ።
error-form-expired = እዚ ገጽ ንነዊሕ ግዜ ተኸፊቱ ስለ ዝጸንሐ ወይ ድሮ ስለ ዝተጠቐምኩምሉ፣ ዋላ ሓንቲ ኣይተዓቀበን። በጃኹም ነቲ ገጽ ደጊምኩም ከፊትኩም፣ መልእኽትኹም ስደዱ።

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = ቅልጡፍ መውጽኢ
# The button that reads a screen aloud with the device's own voice.
read-aloud = ብድምጺ ምንባብ

# The first screen: what the child wants to share.
share-heading = እንታይ ከተካፍሉ ትደልዩ?
kind-legend = እንታይ ከተካፍሉ ትደልዩ? (ነዚ ክትሓልፍዎ ትኽእሉ ኢኹም።)
kind-idea = ሓሳብ ወይ ዝሓስቦ
kind-idea-hint = ክመሓየሽ ዝኽእል ነገር፣ ወይ ብዛዕባ ገለ ነገር እትሓስብዎ።
kind-worry = ሻቕሎት
kind-worry-hint = ዘሕዝነኩም፣ ዘፍርሓኩም ወይ ዘሻቕለኩም ነገር።
kind-complaint = ጥርዓን
kind-complaint-hint = ጌጋ ዝነበረ ወይ ፍትሓዊ ዘይነበረ ነገር።
kind-unsafe = ውሑስ ኣይኮንኩን
kind-unsafe-hint = ሕጂ ሓገዝ ርኸቡ።
kind-story = ዛንታይ ክነግር
kind-story-hint = መን ክርእዮ ከም ዝኽእል ንስኹም ትውስኑ።

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = ስጉምቲ { $n } ካብ { $total }
step-back = ንድሕሪት
step-next = ዝቕጽል

# The honest screen before the first question.
before-heading = ቅድሚ ምጅማርኩም
before-who-heading = መን የንብቦ
before-who = መልእኽትታት ንኸንብቡ ዝተመርጹ ውሑዳት ዝሰልጠኑ ሰባት። ኣብቲ እትጠቕስዎ ቦታ ዝሰርሕ ዋላ ሓደ ሰብ ከንብቦ ኣይክእልን እዩ።
before-next-heading = ቀጺሉ እንታይ ይኸውን
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] ሓደ ሰብ ኣብ ውሽጢ ሓንቲ መዓልቲ ከንብቦ እዩ።
   *[other] ሓደ ሰብ ኣብ ውሽጢ { $days } መዓልቲ ከንብቦ እዩ።
}
before-cannot-heading = ካብ እንታይ ክንሕልወኩም ዘይንኽእል
before-cannot = ስክሪንኩም ዝርኢ፣ ወይ ነዚ መሳርሒ ዝወስድ ሰብ፣ እትጽሕፍዎ ክርኢ ይኽእል እዩ። ሓደ ሰብ ኣብ ሓደጋ እንተሃልዩ፣ ነቲ ሰብ ክሕልውዎ ንዝኽእሉ ሰባት ክንሕብር ክንግደድ ንኽእል ኢና።
before-exit = ሓደ ሰብ እንተ መጺኡ፣ «ቅልጡፍ መውጽኢ» ጠውቑ ወይ ንEsc ሰለስተ ግዜ ጠውቑ። እቲ ገጽ ብቕጽበት ይጠፍእ።
before-start = ተረዲኡኒ ኣሎ፣ ንጀምር

# "I am not safe": help contacts first.
help-heading = ሕጂ ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም
help-call-now = ሕጂ ኣብ ሓደጋ እንተሊኹም፣ ናብ ሓደ ካብዞም ቁጽርታት ደውሉ፦
help-no-contacts = ሕጂ ኣብ ሓደጋ እንተሊኹም፣ ናብ ቁጽሪ ህጹጽ ረድኤት ናይዛ ሃገር ደውሉ።
help-tell-us = እንታይ ይኸውን ከም ዘሎ'ውን ክትነግሩና ትኽእሉ ኢኹም። ነዚ ቅድሚ ኩሉ ክነንብቦ ኢና።

# The questions.
feelings-heading = ከመይ ይስምዓኩም ኣሎ?
feelings-hint = ካብ ሓደ ንላዕሊ ክትመርጹ፣ ወይ ነዚ ክትሓልፍዎ ትኽእሉ ኢኹም።
feeling-happy = ተሓጒሰ ኣለኹ
feeling-okay = ደሓን እየ
feeling-sad = ጉሂየ ኣለኹ
feeling-scared = ፈሪሀ ኣለኹ
feeling-angry = ሓሪቐ ኣለኹ
feeling-worried = ተሻቒለ ኣለኹ
words-label-idea = ሓሳብኩም እንታይ እዩ?
words-label-worry = እንታይ የሻቕለኩም ኣሎ?
words-label-complaint = እንታይ ኣጋጠመ?
words-label-unsafe = እንታይ ይኸውን ኣሎ? ኣበይ ኣሎኹም? (እንተ ኽኢልኩም ጥራይ።)
words-label-story = ዛንታኹም ንገሩ። ክትጽሕፍዎ ወይ ብድምጺ ክትነግርዎ ትኽእሉ ኢኹም።
wish-heading = እንታይ ክኸውን ትደልዩ?
wish-hint = ካብ ሓደ ንላዕሊ ክትመርጹ፣ ወይ ነዚ ክትሓልፍዎ ትኽእሉ ኢኹም።
wish-talk = ምስ ሓደ ሰብ ክዛረብ እደሊ
wish-change = ገለ ነገር ክቕየር እደሊ
wish-just_know = ክትፈልጡ ጥራይ እየ ዝደሊ
wish-not_sure = ርግጸኛ ኣይኮንኩን

# The review before sending.
review-heading = ቅድሚ ምስዳድኩም ኣረጋግጹ
review-kind = እተካፍልዎ
review-feelings = ዝስምዓኩም
review-words = ቃላትኩም
review-place = እቲ ቦታ
review-wishes = እትደልይዎ
review-skipped = ነዚ ሓሊፍኩምዎ።
review-change = ቀይሩ
review-urgent = ነዚ ከም ህጹጽ ጉዳይ ክንርእዮ ኢና።

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = ገና ኣብዚ ኣሎኹም ዶ?
kiosk-warning-body = ዋላ ሓደ ሰብ ነቲ ስክሪን እንተ ዘይተንኪፉ፣ እቲ ዝቕጽል ሰብ ከይርእዮ ኣብኡ ዘሎ ኩሉ ቀልጢፉ ክድምሰስ እዩ።
kiosk-stay = ገና ኣብዚ ኣለኹ

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = ከልቢ
picture-cat = ድሙ
picture-fish = ዓሳ
picture-bird = ዑፍ
picture-horse = ፈረስ
picture-cow = ላሕሚ
picture-rabbit = ማንቲለ
picture-turtle = ጎብየ
picture-butterfly = ጽምብላሊዕ
picture-bee = ንህቢ
picture-elephant = ሓርማዝ
picture-lion = ኣንበሳ
picture-frog = እንቁርዖብ
picture-monkey = ህበይ
picture-duck = ደርሆ ማይ
picture-owl = ጉንጓ
picture-apple = ቱፋሕ
picture-banana = ባናና
picture-grapes = ወይኒ
picture-lemon = ለሚን
picture-carrot = ካሮቲ
picture-corn = ዕፉን
picture-bread = ባኒ
picture-cheese = ፎርማጆ
picture-egg = እንቋቑሖ
picture-cake = ኬክ
picture-watermelon = ብርጭቕ
picture-cherries = ቼሪ
picture-strawberry = ፍራውለ
picture-pineapple = ኣናናስ
picture-mushroom = ቃንጥሻ
picture-pepper = በርበረ
picture-sun = ጸሓይ
picture-moon = ወርሒ
picture-star = ኮኾብ
picture-cloud = ደበና
picture-rainbow = ቀስተ ደበና
picture-flower = ዕምባባ
picture-tree = ኦም
picture-leaf = ቆጽሊ
picture-mountain = ጎቦ
picture-shell = ዛዕጎል
picture-glasses = መነጽር
picture-snowflake = ንጣብ በረድ
picture-umbrella = ጽላል
picture-house = ገዛ
picture-car = መኪና
picture-bicycle = ብሽክለታ
picture-teddy = መጻወቲ ድቢ
picture-rocket = ሮኬት
picture-train = ባቡር
picture-ball = ኩዕሶ
picture-guitar = ጊታር
picture-drum = ከበሮ
picture-book = መጽሓፍ
picture-pencil = ርሳስ
picture-key = መፍትሕ
picture-clock = ሰዓት
picture-bell = ደወል
picture-gift = ህያብ
picture-balloon = ባሉን
picture-crown = ዘውዲ
picture-shoe = ጫማ
picture-heart = ልቢ

# After sending: the child's code.
code-heading = ምስጢራዊ ስእልታትኩም
code-body = በዞም ስእልታት ክትምለሱ፣ መልስና ከተንብቡ፣ ገለ ክትውስኹ፣ ወይ መልእኽትኹም ክትስሕብዎ ትኽእሉ ኢኹም። ብኸምዚ ስርዓት ዘክርዎም፣ ወይ ጽሒፍኩም ብጥንቃቐ ሓልውዎም። ንዝኾነ ሰብ ኣየርእይዎም።
code-print = ስእልታተይ ክሕትም
code-come-back = ብስእልታተይ ክምለስ

# Coming back with the code.
page-title-back = ተመለሱ
back-heading = ብምስጢራዊ ስእልታትኩም ተመለሱ
back-hint = ሸሞንተ ስእልታትኩም ብተመሳሳሊ ስርዓት ምረጹ።
back-chosen = ክሳብ ሕጂ ዝመረጽኩምዎም ስእልታት
back-remove = እቲ ናይ መወዳእታ ስእሊ ኣልግሱ
back-open = ክፈቱ
back-opening = ይኽፈት ኣሎ…
back-not-found = በዞም ስእልታት መልእኽቲ ክንረክብ ኣይከኣልናን። በጃኹም ስእልታትኩም ኣረጋጊጽኩም ደጊምኩም ፈትኑ።
back-too-many = ብዙሕ ግዜ ፈቲንኩም። በጃኹም ደጊምኩም ቅድሚ ምፍታንኩም ቁሩብ ተጸበዩ።
back-incomplete = በጃኹም ኩሎም ሸሞንተ ስእልታት ምረጹ።
back-status-heading = ምስ መልእኽትኹም እንታይ ይኸውን ኣሎ
back-status-new = መልእኽትኹም በጺሑ። ክሳብ ሕጂ ዋላ ሓደ ሰብ ኣየንበቦን።
back-status-acknowledged = ሓደ ሰብ መልእኽትኹም ኣንቢብዎ።
back-status-in_progress = ሓደ ሰብ ኣብ መልእኽትኹም ይሰርሕ ኣሎ።
back-status-waiting_for_child = ንኣኹም ንጽበ ኣለና። በጃኹም መልስና ኣንብቡ።
back-status-referred = ክሕግዙ ዝኽእሉ ካልኦት ሰባት ሓቲትና።
back-status-closed = ብዛዕባ መልእኽትኹም ዝነበረና ስራሕ ወዲእናዮ።
back-replies-heading = መልስታትና
back-no-replies = ገና መልሲ የለን።
back-reply-from-us = መልስና
back-reply-from-you = ዝወሰኽኩምዎ
back-add-label = ኣብ መልእኽትኹም ገለ ወስኹ
back-add = ስደዱ
back-added = በጺሑ። የቐንየልና።
back-withdraw-heading = መልእኽትኹም ስሓብዎ
back-withdraw-body = እንተ ስሒብኩምዎ፣ ዝጸሓፍኩምዎን መልስታትናን ክንድምስስ ኢና። እዚ ክምለስ ኣይክእልን እዩ።
back-withdraw = መልእኽተይ ክስሕቦ
back-withdraw-confirm = እወ፣ ክስሕቦ
back-withdrawn = መልእኽትኹም ተሳሒቡን ተደምሲሱን ኣሎ።
back-withdraw-body-urgent = «ውሑስ ኣይኮንኩን» ኢልኩም ኔርኩም። ነዚ መልእኽቲ እንተ ስሒብኩምዎ፣ ቆልዑ ምሕላው ስርሑ ዝኾነ ሰብ፣ ውሑሳት ምዃንኩም ንምርግጋጽ፣ ክሳብ { $day } ገና ከንብቦ ይኽእል እዩ። ድሕሪኡ ምስ መልስታትና ክንድምስሶ ኢና። እዚ ክምለስ ኣይክእልን እዩ።
back-withdrawn-urgent = መልእኽትኹም ስሒብኩምዎ ኣለኹም። ቆልዑ ምሕላው ስርሑ ዝኾነ ሰብ፣ ውሑሳት ምዃንኩም ንምርግጋጽ፣ ክሳብ { $day } ገና ከንብቦ ይኽእል እዩ። ድሕሪኡ ክድምሰስ እዩ።
back-close = ዕጸዉ
back-needs-js = ምምላስ ስክሪፕትታት ዘካይድ ብራውዘር የድሊ፣ ምኽንያቱ ምስጢራዊ ስእልታትኩም ኣብዚ መሳርሒ ናብ መፍትሕኩም ይቕየሩ።
back-cannot-open = እዚ መልእኽቲ ክኽፈት ኣይክእልን እዩ።

# Recording instead of writing.
voice-hint = ኣብ ክንዲ ምጽሓፍ፣ ብድምጺ ክትዛረቡ'ውን ትኽእሉ ኢኹም። ካብዚ መሳርሒ ቅድሚ ምውጻኡ፣ ከም ጽሑፍኩም ይሽጎር።
voice-record = ድምጸይ ክቐርጽ
voice-stop = ምቕራጽ ደው ኣብሉ
voice-recording = ይቕረጽ ኣሎ… ምስ ወዳእኩም «ምቕራጽ ደው ኣብሉ» ጠውቑ።
voice-recorded = ዝቐረጽኩምዎ ድምጺ። ቅድሚ ምስዳድኩም ክትሰምዕዎ ትኽእሉ ኢኹም።
voice-delete = ነቲ ቕረጻ ደምስሱ
voice-refused = ክንቐርጽ ኣይከኣልናን። ኣብ ክንድኡ ክትጽሕፉ ትኽእሉ ኢኹም።
review-voice = ዝቐረጽኩምዎ ድምጺ
review-voice-yes = መልእኽቲ ቀሪጽኩም ኣለኹም።

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = ዛንታታት ዘዳልዉ ውሑዳት ሰባት ዛንታኹም የንብብዎ። ዛንታኹም ቀጺልኩም «እወ» ኣብ እትብሉሉ ጥራይ እዩ ኣብ ጥቕሚ ዝውዕል።
story-before-help = ሕጂ ውሑሳት እንተ ዘይኮንኩም፣ ናብ ድሕሪት ተመለሱ እሞ «ውሑስ ኣይኮንኩን» ምረጹ። ሽዑ ብቕጽበት ክንሕግዘኩም ንኽእል ኢና።
story-before-next = ቀጺልኩም፣ ዛንታኹም ኣበይ ኣብ ጥቕሚ ክውዕል ከም ዝኽእል ሓደ ብሓደ ትውስኑ። «እወ» ክሳብ እትብሉ፣ ኩሉ «ኣይፋል» እዩ። ብምስጢራዊ ስእልታትኩም፣ ዝኾነ ዝተቐየረ ቅዳሕ ቅድሚ ኣብ ጥቕሚ ምውዓሉ ከተንብብዎ፣ እወ ወይ ኣይፋል ክትብሉ፣ ከምኡ'ውን ኣብ ዝኾነ ግዜ ሓሳብኩም ክትቕይሩ ትኽእሉ ኢኹም።
story-sent-body = ዛንታኹም በጺሑ። ምስጢራዊ ስእልታትኩም ሓልውዎም፤ ብእኦም ቅዳሓት ዛንታኹም ከተንብቡ፣ እወ ወይ ኣይፋል ክትብሉ፣ ከምኡ'ውን ኣብ ዝኾነ ግዜ ሓሳብኩም ክትቕይሩ ትኽእሉ ኢኹም።
story-purpose-learning = ኣብ ውሽጢ ትካልና ጥራይ
story-purpose-learning-body = ጉጅለና ንቆልዑ ብኸመይ ብዝበለጸ ክሕግዝ ከም ዝኽእል ንምምሃር ዛንታኹም ከንብቦ ይኽእል። ዛንታኹም ኣብ ውሽጢ ትካልና ይጸንሕ።
story-purpose-advocacy = ምስ ውሳነ ዝገብሩ ሰባት
story-purpose-advocacy-body = ለውጢ ንምሕታት፣ ዛንታኹም ምስ ብዛዕባ ቆልዑ ሕግታትን ውሳነታትን ዝገብሩ ሰባት ከነካፍሎ ንኽእል። ንኹሉ ሰብ ኣይቀርብን።
story-purpose-public = ንኹሉ ሰብ፦ ወብሳይትናን ጸብጻባትናን
story-purpose-public-body = ዛንታኹም ኣብ ወብሳይትና ወይ ኣብ ጸብጻባትና ክወጽእ ይኽእል፤ ኣብኡ ዝኾነ ሰብ ከንብቦ ይኽእል። ኣብ ጥቕሚ ዝውዕል፣ ቃል ብቓል «እወ» ዝበልኩምሉ ቅዳሕ ጥራይ እዩ።
story-purpose-media = ጋዜጠኛታትን ማዕከናት ዜናን
story-purpose-media-body = ዛንታኹም ንጋዜጠኛታት ክንህቦ ንኽእል፣ ንጋዜጣ፣ ሬድዮ ወይ ቲቪ። ኣብ ጥቕሚ ዝውዕል፣ ቃል ብቓል «እወ» ዝበልኩምሉ ቅዳሕ ጥራይ እዩ።
story-consent-question = ዛንታኹም ነዚ ክንጥቀመሉ ንኽእል ዶ?
story-consent-no = ኣይፋል
story-consent-yes = እወ
story-consent-change = ብምስጢራዊ ስእልታትኩም ኣብ ዝኾነ ግዜ መልስኹም ክትቕይሩ ትኽእሉ ኢኹም።
story-consent-copies = «እወ» ምባልኩም እንተ ስሒብኩምዎ፣ ብቕጽበት ዛንታኹም ምጥቃም ነቋርጽ። ግን ድሮ ዝተዋህቡ ቅዳሓት፣ ንኣብነት ንጋዜጣ ዝተዋህበ፣ ክንመልሶም ኣይንኽእልን ኢና።
story-consent-never = ገጽ ሰባት፣ ቦታታት፣ ኣስማት ስድራኹም ወይ ስም እትነብሩሉ ቦታ ፈጺምና ኣይነሕትምን ኢና።
story-naming = ስምኩም
story-naming-question = ስምኩም ብኸመይ ክጸሓፍ ትደልዩ?
story-naming-none = ዋላ ሓደ ስም ኣይሃሉ
story-naming-made_up = ዝፈጠርክዎ ስም
story-naming-first_name = ቀዳማይ ስመይ ጥራይ
story-name-label = ዝጽሓፍ ስም (ስም እንተ መሪጽኩም ጥራይ)
story-name-hint = «ዋላ ሓደ ስም ኣይሃሉ» እንተ መሪጽኩም፣ ነዚ ባዶ ግደፍዎ።
story-age = ዕድሜኹም
story-age-why = ክትነግሩ ግዴታ የብልኩምን። ንኣሽቱ ቆልዑ እንተ ኴንኩም፣ ዛንታኹም ቅድሚ ኣብ ጥቕሚ ምውዓሉ፣ እሙን ዓቢ ሰብ'ውን ክሕተት ይኽእል እዩ።
story-age-label = ዕድሜኹም ክንደይ እዩ?
story-age-unsaid = ዘይምንጋር እመርጽ

# Coming back to a story.
story-back-heading = ዛንታኹም
story-back-intro = ኣብዚ ቅዳሓት ዛንታኹም ከተንብቡን፣ ዛንታኹም ኣበይ ኣብ ጥቕሚ ክውዕል ከም ዝኽእል ክትውስኑን ትኽእሉ ኢኹም።
story-versions-heading = ከተንብብዎም ዝተዳለዉ ቅዳሓት
story-no-versions = ክሳብ ሕጂ ከተንብብዎ ዝተዳለወ ቅዳሕ የለን።
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = እዚ ቅዳሕ ንዚ እዩ፦ { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = ዝርአ ስም፦ { $name }
story-version-awaiting = መልስኹም ይጽበ ኣሎ
story-version-approved = ነዞም ቃላት ከም ዘለውዎ «እወ» ኢልኩም
story-version-declined = ነዚ ቅዳሕ «ኣይፋል» ኢልኩም
story-version-approve = እወ፣ ነዞም ቃላት ከም ዘለውዎ ተጠቐሙሎም
story-version-decline = ኣይፋል፣ ከምዚ ኣይኹን
story-version-saved-yes = የቐንየልና። ኣብ ጥቕሚ ክውዕሉ ዝኽእሉ እዞም ቃላት ጥራይ እዮም፣ ከም ዘለውዎ።
story-version-saved-no = የቐንየልና። እዚ ቅዳሕ ኣብ ጥቕሚ ኣይክውዕልን እዩ።
story-consents-heading = ዛንታኹም ኣበይ ኣብ ጥቕሚ ክውዕል ከም ዝኽእል
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = ክሳብ { $day } «እወ» ኢልኩም ኣለኹም።
story-consent-said-no = «ኣይፋል» ኢልኩም ኣለኹም።
story-consent-withdraw = «እወ» ምባለይ ክስሕቦ
story-consent-renew = ደጊምኩም እወ በሉ
story-consent-give = እወ በሉ
story-consent-saved-yes = ተዓቂቡ። «እወ» ኢልኩም ኣለኹም።
story-consent-saved-no = ተዓቂቡ። ካብ ሕጂ ንደሓር ዛንታኹም ንዚ ኣብ ጥቕሚ ኣይክውዕልን እዩ።

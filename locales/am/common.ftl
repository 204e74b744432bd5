# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = ቋንቋ
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = አዳምጡ፦ { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = ገጹ አልተገኘም
error-not-found = ይህ ገጽ የለም።
error-go-back = ወደ መጀመሪያው ተመለሱ
# Title of a page that reports a problem.
page-title-error = የሆነ ችግር ተፈጥሯል

# Stories: refusals, and the public story page.
story-error-not-consented = ልጁ ለዚህ «አዎ» አላለም። ምንም አልተቀየረም።
story-error-needs-js = ታሪክ ለመንገር ስክሪፕቶችን የሚያሄድ ብራውዘር ያስፈልጋል፤ ይህም ሚስጥራዊ ሥዕሎቻችሁን እንድታገኙ ነው። ምንም አልተላከም።
story-error-not-approved = እነዚህ ልጁ «አዎ» ያላቸው ቃላት ልክ እንዳሉ አይደሉም። ምንም አልታተመም።
story-error-named = ልጁ ስሙ እንዳይጠቀስ መርጧል። ምንም አልታተመም።
story-error-names-facility = እነዚህ ቃላት ልጆች የሚኖሩበትን ቦታ በስም ይጠቅሳሉ። ምንም አልታተመም።
public-stories-title = የልጆች ታሪኮች
public-stories-intro = እዚህ ያለ እያንዳንዱ ታሪክ የሚታየው ጸሐፊው አንብቦ «አዎ» ባለባቸው ቃላት ነው። ጸሐፊው በማንኛውም ጊዜ ታሪኩን መልሶ መውሰድ ይችላል።
public-stories-none = እስካሁን እዚህ ምንም ታሪክ የለም።

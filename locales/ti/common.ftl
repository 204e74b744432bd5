# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = ቋንቋ
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = ስምዑ፦ { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = ገጽ ኣይተረኽበን
error-not-found = እዚ ገጽ እዚ የለን።
error-go-back = ናብ መጀመርታ ተመለሱ
# Title of a page that reports a problem.
page-title-error = ገለ ጸገም ኣጋጢሙ

# Stories: refusals, and the public story page.
story-error-not-consented = እቲ ቆልዓ ነዚ «እወ» ኣይበለን። ዋላ ሓንቲ ኣይተቐየረን።
story-error-needs-js = ዛንታ ንምንጋር ስክሪፕትታት ዘካይድ ብራውዘር የድሊ፣ ምስጢራዊ ስእልታትኩም ምእንቲ ክትረኽቡ። ዋላ ሓንቲ ኣይተሰደደን።
story-error-not-approved = እዞም ቃላት እቲ ቆልዓ «እወ» ዝበሎም ቃላት ብልክዕ ኣይኮኑን። ዋላ ሓንቲ ኣይተሓትመን።
story-error-named = እቲ ቆልዓ ስሙ ከይጥቀስ መሪጹ። ዋላ ሓንቲ ኣይተሓትመን።
story-error-names-facility = እዞም ቃላት ቆልዑ ዝነብሩሉ ቦታ ብስም ይጠቕሱ። ዋላ ሓንቲ ኣይተሓትመን።
public-stories-title = ዛንታታት ቆልዑ
public-stories-intro = ኣብዚ ዘሎ ነፍሲ ወከፍ ዛንታ፣ ጸሓፊኡ ኣንቢቡ «እወ» ብዝበሎ ቃላት እዩ ዝቐርብ። ጸሓፊኡ ኣብ ዝኾነ ግዜ ክስሕቦ ይኽእል እዩ።
public-stories-none = ክሳብ ሕጂ ኣብዚ ዛንታ የለን።

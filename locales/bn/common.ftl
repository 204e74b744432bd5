# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = ভাষা
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = শোনো: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = পাতাটি পাওয়া যায়নি
error-not-found = এই পাতাটি নেই।
error-go-back = শুরুতে ফিরে যাও
# Title of a page that reports a problem.
page-title-error = কিছু একটা গোলমাল হয়েছে

# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = زمان
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = گوێ بگرە: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = پەڕەکە نەدۆزرایەوە
error-not-found = ئەم پەڕەیە بوونی نییە.
error-go-back = بگەڕێوە بۆ سەرەتا
# Title of a page that reports a problem.
page-title-error = کێشەیەک ڕوویدا

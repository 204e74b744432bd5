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

# Stories: refusals, and the public story page.
story-error-not-consented = منداڵەکە «بەڵێ»ی بەمە نەگوتووە. هیچ شتێک نەگۆڕدرا.
story-error-needs-js = بۆ گێڕانەوەی چیرۆک پێویستت بە وێبگەڕێکە کە سکریپت کار پێ بکات، بۆ ئەوەی وێنە نهێنییەکانت وەربگریت. هیچ شتێک نەنێردرا.
story-error-not-approved = ئەمانە ڕێک هەمان ئەو وشانە نین کە منداڵەکە پەسەندی کردوون. هیچ شتێک بڵاو نەکرایەوە.
story-error-named = منداڵەکە هەڵیبژاردووە کە ناوی نەهێنرێت. هیچ شتێک بڵاو نەکرایەوە.
story-error-names-facility = ئەم وشانە ناوی شوێنێک دەهێنن کە منداڵانی تێدا دەژین. هیچ شتێک بڵاو نەکرایەوە.
public-stories-title = چیرۆکی منداڵان
public-stories-intro = هەر چیرۆکێک لێرە بەو وشانە پیشان دەدرێت کە خاوەنەکەی خوێندوویەتییەوە و پەسەندی کردووە. هەر کاتێک بیەوێت دەتوانێت بیکشێنێتەوە.
public-stories-none = هێشتا هیچ چیرۆکێک لێرە نییە.

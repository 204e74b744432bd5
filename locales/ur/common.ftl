# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = زبان
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = سنو: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = صفحہ نہیں ملا
error-not-found = یہ صفحہ موجود نہیں ہے۔
error-go-back = شروع میں واپس جاؤ
# Title of a page that reports a problem.
page-title-error = کچھ غلط ہو گیا

# Stories: refusals, and the public story page.
story-error-not-consented = بچے نے اس کے لیے “ہاں” نہیں کہا۔ کچھ بھی نہیں بدلا گیا۔
story-error-needs-js = کہانی سنانے کے لیے ایسا براؤزر چاہیے جو اسکرپٹس چلاتا ہو، تاکہ تمہیں تمہاری خفیہ تصویریں مل سکیں۔ کچھ بھی نہیں بھیجا گیا۔
story-error-not-approved = یہ بالکل وہ الفاظ نہیں ہیں جو بچے نے منظور کیے تھے۔ کچھ بھی شائع نہیں کیا گیا۔
story-error-named = بچے نے چُنا کہ اس کا نام نہ لکھا جائے۔ کچھ بھی شائع نہیں کیا گیا۔
story-error-names-facility = ان الفاظ میں ایک ایسی جگہ کا نام ہے جہاں بچے رہتے ہیں۔ کچھ بھی شائع نہیں کیا گیا۔
public-stories-title = بچوں کی کہانیاں
public-stories-intro = یہاں ہر کہانی انہی الفاظ میں دکھائی گئی ہے جنہیں کہانی سنانے والے نے خود پڑھا اور منظور کیا۔ وہ اسے کسی بھی وقت واپس لے سکتے ہیں۔
public-stories-none = یہاں ابھی کوئی کہانی نہیں ہے۔

# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = زبان
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = گوش کن: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = صفحه پیدا نشد
error-not-found = این صفحه وجود ندارد.
error-go-back = پس به صفحهٔ اول برو
# Title of a page that reports a problem.
page-title-error = یک مشکل پیش آمد

# Stories: refusals, and the public story page.
story-error-not-consented = طفل به این «بلی» نگفته است. هیچ چیزی تغییر نکرد.
story-error-needs-js = برای گفتن قصه، براوزری لازم است که سکریپت‌ها را اجرا کند، تا عکس‌های پنهانی خود را بگیری. هیچ چیزی فرستاده نشد.
story-error-not-approved = این‌ها دقیقاً همان کلمه‌هایی نیستند که طفل قبول کرده است. هیچ چیزی نشر نشد.
story-error-named = طفل نخواسته است که نامش گرفته شود. هیچ چیزی نشر نشد.
story-error-names-facility = در این کلمه‌ها نام جایی آمده است که اطفال در آن زندگی می‌کنند. هیچ چیزی نشر نشد.
public-stories-title = قصه‌های اطفال
public-stories-intro = هر قصه در اینجا با کلمه‌هایی نشان داده می‌شود که صاحب آن خوانده و قبول کرده است. او هر وقتی که بخواهد، می‌تواند آن را پس بگیرد.
public-stories-none = هنوز هیچ قصه‌ای در اینجا نیست.

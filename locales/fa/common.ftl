# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = زبان
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = گوش بده: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = صفحه پیدا نشد
error-not-found = این صفحه وجود ندارد.
error-go-back = برگرد به صفحهٔ اول
# Title of a page that reports a problem.
page-title-error = مشکلی پیش آمد

# Stories: refusals, and the public story page.
story-error-not-consented = کودک به این «بله» نگفته است. چیزی تغییر نکرد.
story-error-needs-js = برای تعریف کردن داستان، مرورگری لازم است که اسکریپت‌ها را اجرا کند، تا عکس‌های مخفی‌ات را بگیری. چیزی فرستاده نشد.
story-error-not-approved = این‌ها دقیقاً همان کلمه‌هایی نیستند که کودک قبول کرده است. چیزی منتشر نشد.
story-error-named = کودک خواسته است اسمش آورده نشود. چیزی منتشر نشد.
story-error-names-facility = در این کلمه‌ها اسم جایی آمده که بچه‌ها در آن زندگی می‌کنند. چیزی منتشر نشد.
public-stories-title = داستان‌های بچه‌ها
public-stories-intro = هر داستان اینجا با کلمه‌هایی نشان داده می‌شود که صاحبش خوانده و قبول کرده است. او هر وقت بخواهد می‌تواند آن را پس بگیرد.
public-stories-none = هنوز داستانی اینجا نیست.

# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = Мова
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = Послухати: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = Сторінку не знайдено
error-not-found = Такої сторінки немає.
error-go-back = Повернутися на початок
# Title of a page that reports a problem.
page-title-error = Щось пішло не так

# Stories: refusals, and the public story page.
story-error-not-consented = Дитина не сказала на це «так». Нічого не змінено.
story-error-needs-js = Щоб розповісти історію, потрібен браузер, який запускає скрипти, — так ти отримаєш свої секретні картинки. Нічого не надіслано.
story-error-not-approved = Це не ті самі слова, які схвалила дитина. Нічого не опубліковано.
story-error-named = Дитина вирішила не називати свого імені. Нічого не опубліковано.
story-error-names-facility = У цих словах названо місце, де живуть діти. Нічого не опубліковано.
public-stories-title = Історії дітей
public-stories-intro = Кожну історію тут показано саме тими словами, які прочитала й схвалила дитина, що її розповіла. Дитина може забрати її будь-коли.
public-stories-none = Тут поки що немає історій.

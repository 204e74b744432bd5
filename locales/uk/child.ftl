# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = Розкажи нам
intake-heading = Розкажи нам, що в тебе на душі
intake-locked = Те, що ти пишеш, замикається ще до того, як покине цей пристрій. Відімкнути це можуть лише люди, яких вибрали читати повідомлення.
intake-nojs = Твій браузер не запускає скрипти. Наш сервер замкне твоє повідомлення одразу, як воно надійде, ще до збереження.
intake-label = Твоє повідомлення
intake-hint = Пиши скільки хочеш — багато чи мало, будь-якою мовою.
intake-send = Надіслати
intake-sending = Надсилаємо…
intake-retry = Спробувати ще раз

page-title-sent = Твоє повідомлення надійшло
intake-sent-heading = Твоє повідомлення надійшло
intake-sent-body = Воно збережене й замкнене. Дякуємо, що розповідаєш нам.
intake-write-another = Написати ще одне повідомлення
intake-kept-heading = Збережено на цьому пристрої
intake-kept-body = Інтернет зараз не працює. Твоє повідомлення замкнене й збережене на цьому пристрої. Ніхто тут не може його прочитати. Воно надішлеться автоматично, коли інтернет знову запрацює. Твої секретні картинки запрацюють після цього.

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = Твоє повідомлення ще не надійшло. Твої слова досі тут. Будь ласка, спробуй ще раз.
error-empty = Поки що нема чого надсилати. Будь ласка, спершу вибери або напиши щось.
# $max (number) — the largest number of characters a message may have.
error-too-long = Твоє повідомлення задовге. Будь ласка, зроби його коротшим. Найбільша кількість символів: { $max }.
error-not-sealed = Те, що надійшло, не було замкненим повідомленням, тому нічого не збережено.
error-too-large = Те, що надійшло, було завелике, тому нічого не збережено.
error-bad-id = Це повідомлення не вдалося розпізнати, тому нічого не збережено. Будь ласка, відкрий сторінку знову й надішли його ще раз.
error-cross-site = Це надійшло з іншого вебсайту, тому нічого не збережено.
error-unavailable = У нас щось пішло не так, тому нічого не збережено. Будь ласка, спробуй пізніше.
error-bad-form = Форму заповнено не до кінця, тому нічого не збережено. Будь ласка, відкрий сторінку знову.
error-recipients-changed = Під час написання повідомлення в нас дещо змінилося, тому поки що нічого не збережено. Будь ласка, натисни «Надіслати» ще раз.

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = Про яке місце йдеться? (Це можна пропустити.)
intake-place-hint = Якщо ти вибереш місце, ніхто з тих, хто там працює, не зможе прочитати твоє повідомлення.
intake-place-unsaid = Краще не скажу
intake-place-elsewhere = Десь в іншому місці
error-unknown-place = Ми не знаємо такого місця, тому нічого не збережено. Будь ласка, вибери інше або «Краще не скажу».
error-proof-needed = Твоє повідомлення не вдалося перевірити, тому поки що нічого не збережено. Будь ласка, натисни «Надіслати» ще раз.
error-too-many = З цього пристрою за короткий час надіслано багато повідомлень, тому це не збережено. Будь ласка, зачекай трохи й спробуй знову.
error-busy = Зараз надходить дуже багато повідомлень, тому твоє поки що не збережено. Будь ласка, спробуй ще раз за кілька хвилин. Якщо ти зараз не в безпеці, вибери «Я не в безпеці»: такі повідомлення ми пропускаємо першими.
error-form-expired = Ця сторінка була відкрита дуже довго або її вже використали, тому нічого не збережено. Будь ласка, відкрий сторінку знову й надішли своє повідомлення.

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = Швидкий вихід
# The button that reads a screen aloud with the device's own voice.
read-aloud = Прочитати вголос

# The first screen: what the child wants to share.
share-heading = Чим ти хочеш поділитися?
kind-legend = Чим ти хочеш поділитися? (Це можна пропустити.)
kind-idea = Ідея або моя думка
kind-idea-hint = Щось, що могло б бути краще, або що ти думаєш про щось.
kind-worry = Те, що мене турбує
kind-worry-hint = Щось, від чого тобі сумно, страшно чи тривожно.
kind-complaint = Скарга
kind-complaint-hint = Щось, що було неправильно або несправедливо.
kind-unsafe = Я не в безпеці
kind-unsafe-hint = Отримай допомогу зараз.
kind-story = Розповісти мою історію
kind-story-hint = Ти вирішуєш, хто може її побачити.

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = Крок { $n } з { $total }
step-back = Назад
step-next = Далі

# The honest screen before the first question.
before-heading = Перш ніж почати
before-who-heading = Хто це читає
before-who = Кілька підготовлених людей, яких вибрали читати повідомлення. Ніхто з тих, хто працює в місці, яке ти назвеш, не може це прочитати.
before-next-heading = Що буде далі
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] Людина прочитає твоє повідомлення протягом { $days } дня.
    [few] Людина прочитає твоє повідомлення протягом { $days } днів.
    [many] Людина прочитає твоє повідомлення протягом { $days } днів.
   *[other] Людина прочитає твоє повідомлення протягом { $days } дня.
}
before-cannot-heading = Від чого ми не можемо тебе захистити
before-cannot = Хтось, хто бачить твій екран або забере цей пристрій, може побачити, що ти пишеш. Якщо хтось у небезпеці, нам, можливо, доведеться сказати про це людям, які можуть захистити цю людину.
before-exit = Якщо хтось підійде, натисни «Швидкий вихід» або тричі натисни Esc. Сторінка одразу зникне.
before-start = Я розумію, почати

# "I am not safe": help contacts first.
help-heading = Ти можеш отримати допомогу просто зараз
help-call-now = Якщо ти зараз у небезпеці, зателефонуй за одним із цих номерів:
help-no-contacts = Якщо ти зараз у небезпеці, зателефонуй на номер екстреної допомоги цієї країни.
help-tell-us = Ти також можеш розповісти нам, що відбувається. Ми прочитаємо це в першу чергу.

# The questions.
feelings-heading = Як ти почуваєшся?
feelings-hint = Можна вибрати кілька варіантів або пропустити це.
feeling-happy = Мені радісно
feeling-okay = Нормально
feeling-sad = Мені сумно
feeling-scared = Мені страшно
feeling-angry = Я злюся
feeling-worried = Мені тривожно
words-label-idea = Яка в тебе ідея?
words-label-worry = Що тебе турбує?
words-label-complaint = Що сталося?
words-label-unsafe = Що відбувається? Де ти? (Лише якщо можеш.)
words-label-story = Розкажи свою історію. Ти можеш написати її або розповісти вголос.
wish-heading = Що ти хочеш, щоб сталося?
wish-hint = Можна вибрати кілька варіантів або пропустити це.
wish-talk = Я хочу з кимось поговорити
wish-change = Я хочу, щоб щось змінилося
wish-just_know = Я просто хочу, щоб ви знали
wish-not_sure = Я не знаю точно

# The review before sending.
review-heading = Перевір перед надсиланням
review-kind = Чим ти ділишся
review-feelings = Як ти почуваєшся
review-words = Твої слова
review-place = Місце
review-wishes = Чого ти хочеш
review-skipped = Це пропущено.
review-change = Змінити
review-urgent = Ми розглянемо це як термінове.

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = Ти ще тут?
kiosk-warning-body = Якщо ніхто не торкнеться екрана, усе на ньому скоро зітреться, щоб наступна людина не змогла цього побачити.
kiosk-stay = Я ще тут

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = собака
picture-cat = кіт
picture-fish = риба
picture-bird = птах
picture-horse = кінь
picture-cow = корова
picture-rabbit = кролик
picture-turtle = черепаха
picture-butterfly = метелик
picture-bee = бджола
picture-elephant = слон
picture-lion = лев
picture-frog = жаба
picture-monkey = мавпа
picture-duck = качка
picture-owl = сова
picture-apple = яблуко
picture-banana = банан
picture-grapes = виноград
picture-lemon = лимон
picture-carrot = морква
picture-corn = кукурудза
picture-bread = хліб
picture-cheese = сир
picture-egg = яйце
picture-cake = торт
picture-watermelon = кавун
picture-cherries = вишні
picture-strawberry = полуниця
picture-pineapple = ананас
picture-mushroom = гриб
picture-pepper = перець
picture-sun = сонце
picture-moon = місяць
picture-star = зірка
picture-cloud = хмара
picture-rainbow = веселка
picture-flower = квітка
picture-tree = дерево
picture-leaf = листок
picture-mountain = гора
picture-shell = мушля
picture-glasses = окуляри
picture-snowflake = сніжинка
picture-umbrella = парасолька
picture-house = будинок
picture-car = машина
picture-bicycle = велосипед
picture-teddy = плюшевий ведмедик
picture-rocket = ракета
picture-train = потяг
picture-ball = м’яч
picture-guitar = гітара
picture-drum = барабан
picture-book = книжка
picture-pencil = олівець
picture-key = ключ
picture-clock = годинник
picture-bell = дзвоник
picture-gift = подарунок
picture-balloon = повітряна кулька
picture-crown = корона
picture-shoe = черевик
picture-heart = серце

# After sending: the child's code.
code-heading = Твої секретні картинки
code-body = За допомогою цих картинок ти можеш повернутися, прочитати нашу відповідь, щось додати або забрати своє повідомлення. Запам’ятай їх саме в такому порядку або запиши й сховай у безпечне місце. Нікому їх не показуй.
code-print = Надрукувати мої картинки
code-come-back = Повернутися з моїми картинками

# Coming back with the code.
page-title-back = Повернутися
back-heading = Повернися зі своїми секретними картинками
back-hint = Вибери свої вісім картинок у тому самому порядку.
back-chosen = Вибрані картинки
back-remove = Прибрати останню картинку
back-open = Відкрити
back-opening = Відкриваємо…
back-not-found = Ми не знайшли повідомлення з цими картинками. Будь ласка, перевір їх і спробуй ще раз.
back-too-many = Спроб було вже багато. Будь ласка, зачекай трохи, перш ніж спробувати знову.
back-incomplete = Будь ласка, вибери всі вісім картинок.
back-status-heading = Що відбувається з твоїм повідомленням
back-status-new = Твоє повідомлення надійшло. Його ще ніхто не прочитав.
back-status-acknowledged = Хтось прочитав твоє повідомлення.
back-status-in_progress = Хтось працює з твоїм повідомленням.
back-status-waiting_for_child = Ми чекаємо на тебе. Будь ласка, прочитай нашу відповідь.
back-status-referred = Ми звернулися до інших людей, які можуть допомогти.
back-status-closed = Ми завершили роботу з твоїм повідомленням.
back-replies-heading = Наші відповіді
back-no-replies = Відповіді ще немає.
back-reply-from-us = Наша відповідь
back-reply-from-you = Твоє доповнення
back-add-label = Додай щось до свого повідомлення
back-add = Надіслати
back-added = Надійшло. Дякуємо.
back-withdraw-heading = Забрати своє повідомлення
back-withdraw-body = Якщо ти його забереш, ми видалимо твої слова й наші відповіді. Цього не можна буде скасувати.
back-withdraw = Забрати моє повідомлення
back-withdraw-confirm = Так, забрати
back-withdrawn = Твоє повідомлення забрано й видалено.
back-withdraw-body-urgent = У цьому повідомленні ти кажеш, що ти не в безпеці. Якщо ти його забереш, людина, яка відповідає за захист дітей, ще зможе читати його до { $day }, щоб переконатися, що ти в безпеці. Потім ми видалимо його разом із нашими відповідями. Цього не можна буде скасувати.
back-withdrawn-urgent = Твоє повідомлення забрано. Людина, яка відповідає за захист дітей, ще може читати його до { $day }, щоб переконатися, що ти в безпеці. Потім його буде видалено.
back-close = Закрити
back-needs-js = Щоб повернутися, потрібен браузер, який запускає скрипти, бо твої секретні картинки перетворюються на твій ключ саме на цьому пристрої.
back-cannot-open = Це повідомлення не можна відкрити.

# Recording instead of writing.
voice-hint = Замість того щоб писати, ти можеш сказати це вголос. Запис замикається так само, як твої слова, ще до того, як покине цей пристрій.
voice-record = Записати мій голос
voice-stop = Зупинити запис
voice-recording = Іде запис… Натисни «Зупинити запис», коли закінчиш.
voice-recorded = Твій запис. Ти можеш його прослухати, перш ніж надіслати.
voice-delete = Видалити запис
voice-refused = Не вдалося записати. Ти можеш написати замість цього.
review-voice = Твій запис
review-voice-yes = Голосове повідомлення записано.

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = Твою історію читає невелика команда редакторів історій. Її використають лише там, де ти далі скажеш «так».
story-before-help = Якщо ти зараз не в безпеці, повернися назад і вибери «Я не в безпеці». Тоді ми зможемо одразу тобі допомогти.
story-before-next = Далі ти вирішиш, крок за кроком, де можна використати твою історію. Усюди буде «ні», поки ти не скажеш «так». За допомогою своїх секретних картинок ти можеш прочитати кожну змінену версію, перш ніж її використають, сказати на неї «так» чи «ні» і будь-коли передумати.
story-sent-body = Твоя історія надійшла. Бережи свої секретні картинки: з ними ти можеш читати версії своєї історії, казати «так» чи «ні» і будь-коли передумати.
story-purpose-learning = Лише всередині нашої організації
story-purpose-learning-body = Наша команда може читати твою історію, щоб навчитися краще допомагати дітям. Вона залишиться всередині нашої організації.
story-purpose-advocacy = Для людей, які ухвалюють рішення
story-purpose-advocacy-body = Ми можемо поділитися твоєю історією з людьми, які ухвалюють правила й рішення щодо дітей, щоб попросити змін. Її не покажуть усім людям.
story-purpose-public = Для всіх: наш вебсайт і звіти
story-purpose-public-body = Твоя історія може бути на нашому вебсайті або в наших звітах, де її може прочитати будь-хто. Використають лише ту версію, яку ти прочитаєш і схвалиш слово в слово.
story-purpose-media = Для журналістів і медіа
story-purpose-media-body = Ми можемо передати твою історію журналістам для газет, радіо чи телебачення. Використають лише ту версію, яку ти прочитаєш і схвалиш слово в слово.
story-consent-question = Чи можна нам використати твою історію для цього?
story-consent-no = Ні
story-consent-yes = Так
story-consent-change = Ти можеш будь-коли змінити свою відповідь за допомогою секретних картинок.
story-consent-copies = Якщо ти забереш своє «так», ми одразу перестанемо використовувати твою історію. Але копії, які вже комусь передали, наприклад газеті, ми не можемо забрати назад.
story-consent-never = Ми ніколи не публікуємо облич, місць, імен твоєї родини чи назви місця, де ти живеш.
story-naming = Твоє ім’я
story-naming-question = Як тебе називати?
story-naming-none = Зовсім без імені
story-naming-made_up = Вигадане ім’я
story-naming-first_name = Лише моє ім’я (без прізвища)
story-name-label = Яке ім’я використати (лише якщо вибрано ім’я)
story-name-hint = Якщо вибрано «Зовсім без імені», залиш це поле порожнім.
story-age = Твій вік
story-age-why = Ти можеш цього не казати. Якщо дитина ще мала, перш ніж використати її історію, можуть також запитати дорослого, якому вона довіряє.
story-age-label = Скільки тобі років?
story-age-unsaid = Краще не скажу

# Coming back to a story.
story-back-heading = Твоя історія
story-back-intro = Тут ти можеш читати версії своєї історії й вирішувати, де її можна використати.
story-versions-heading = Версії, які ти можеш прочитати
story-no-versions = Поки що немає версії для тебе.
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = Версія для: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = Ім’я, яке покажуть: { $name }
story-version-awaiting = Чекаємо на твою відповідь
story-version-approved = Твоя відповідь: «так» саме на ці слова
story-version-declined = Твоя відповідь: «ні» на цю версію
story-version-approve = Так, використайте саме ці слова
story-version-decline = Ні, не так
story-version-saved-yes = Дякуємо. Використати можна лише саме ці слова.
story-version-saved-no = Дякуємо. Цю версію не використають.
story-consents-heading = Де можна використати твою історію
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = Твоя відповідь: «так», до { $day }.
story-consent-said-no = Твоя відповідь: «ні».
story-consent-withdraw = Забрати моє «так»
story-consent-renew = Знову сказати «так»
story-consent-give = Сказати «так»
story-consent-saved-yes = Збережено. Твоя відповідь: «так».
story-consent-saved-no = Збережено. Твою історію більше не використовуватимуть для цього.

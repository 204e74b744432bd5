# The child's intake page. Plain words: many readers are young or read English as a new language.

page-title-intake = Расскажи нам
intake-heading = Расскажи нам, что у тебя на душе
intake-locked = То, что ты пишешь, закрывается на замок ещё до того, как покинет это устройство. Открыть это могут только люди, которых выбрали читать сообщения.
intake-nojs = Твой браузер не запускает скрипты. Наш сервер закроет твоё сообщение на замок сразу, как только оно придёт, ещё до сохранения.
intake-label = Твоё сообщение
intake-hint = Пиши сколько хочешь — много или мало, на любом языке.
intake-send = Отправить
intake-sending = Отправляем…
intake-retry = Попробовать ещё раз

page-title-sent = Твоё сообщение пришло
intake-sent-heading = Твоё сообщение пришло
intake-sent-body = Оно сохранено и закрыто на замок. Спасибо, что рассказываешь нам.
intake-write-another = Написать ещё одно сообщение
intake-kept-heading = Сохранено на этом устройстве
intake-kept-body = Интернет сейчас не работает. Твоё сообщение закрыто на замок и сохранено на этом устройстве. Никто здесь не может его прочитать. Оно отправится само, когда интернет снова заработает. Твои секретные картинки заработают после этого.

# Errors. Each says what happened and that nothing was lost or saved.
error-not-arrived = Твоё сообщение ещё не пришло. Твои слова всё ещё здесь. Пожалуйста, попробуй ещё раз.
error-empty = Пока нечего отправлять. Пожалуйста, сначала выбери или напиши что-нибудь.
# $max (number) — the largest number of characters a message may have.
error-too-long = Твоё сообщение слишком длинное. Пожалуйста, сделай его короче. Наибольшее число символов: { $max }.
error-not-sealed = То, что пришло, не было закрытым на замок сообщением, поэтому ничего не сохранено.
error-too-large = То, что пришло, было слишком большим, поэтому ничего не сохранено.
error-bad-id = Это сообщение не удалось распознать, поэтому ничего не сохранено. Пожалуйста, открой страницу заново и отправь его ещё раз.
error-cross-site = Это пришло с другого сайта, поэтому ничего не сохранено.
error-unavailable = У нас что-то пошло не так, поэтому ничего не сохранено. Пожалуйста, попробуй позже.
error-bad-form = Форма была заполнена не до конца, поэтому ничего не сохранено. Пожалуйста, открой страницу заново.
error-recipients-changed = Во время написания сообщения у нас кое-что изменилось, поэтому пока ничего не сохранено. Пожалуйста, нажми «Отправить» ещё раз.

# Which place the message is about. Choosing a place keeps it from anyone who works there.
intake-place-label = О каком месте идёт речь? (Это можно пропустить.)
intake-place-hint = Если ты выберешь место, никто из тех, кто там работает, не сможет прочитать твоё сообщение.
intake-place-unsaid = Лучше не скажу
intake-place-elsewhere = Другое место
error-unknown-place = Мы не знаем такого места, поэтому ничего не сохранено. Пожалуйста, выбери другое или «Лучше не скажу».
error-proof-needed = Твоё сообщение не удалось проверить, поэтому пока ничего не сохранено. Пожалуйста, нажми «Отправить» ещё раз.
error-too-many = С этого устройства за короткое время отправлено много сообщений, поэтому это не сохранено. Пожалуйста, подожди немного и попробуй снова.
error-busy = Сейчас приходит очень много сообщений, поэтому твоё пока не сохранено. Пожалуйста, попробуй ещё раз через несколько минут. Если ты сейчас не в безопасности, выбери «Я не в безопасности»: такие сообщения мы пропускаем первыми.
error-form-expired = Эта страница была открыта очень долго или уже использовалась, поэтому ничего не сохранено. Пожалуйста, открой страницу заново и отправь своё сообщение.

# Quick Exit: a button on every screen that hides the page at once and leaves the site.
quick-exit = Быстрый выход
# The button that reads a screen aloud with the device's own voice.
read-aloud = Прочитать вслух

# The first screen: what the child wants to share.
share-heading = Чем ты хочешь поделиться?
kind-legend = Чем ты хочешь поделиться? (Это можно пропустить.)
kind-idea = Идея или моё мнение
kind-idea-hint = Что-то, что могло бы быть лучше, или что ты думаешь о чём-то.
kind-worry = Меня что-то беспокоит
kind-worry-hint = Что-то, от чего тебе грустно, страшно или тревожно.
kind-complaint = Жалоба
kind-complaint-hint = Что-то, что было неправильно или несправедливо.
kind-unsafe = Я не в безопасности
kind-unsafe-hint = Получи помощь сейчас.
kind-story = Рассказать свою историю
kind-story-hint = Ты решаешь, кто может её увидеть.

# Progress through the screens.
# $n (number) — the number of this screen; $total (number) — how many screens there are.
step-progress = Шаг { $n } из { $total }
step-back = Назад
step-next = Дальше

# The honest screen before the first question.
before-heading = Прежде чем начать
before-who-heading = Кто это читает
before-who = Несколько подготовленных людей, которых выбрали читать сообщения. Никто из тех, кто работает в месте, которое ты назовёшь, не может это прочитать.
before-next-heading = Что будет дальше
# $days (number) — within how many days a person reads a new message.
before-next = { $days ->
    [one] Человек прочитает твоё сообщение в течение { $days } дня.
    [few] Человек прочитает твоё сообщение в течение { $days } дней.
    [many] Человек прочитает твоё сообщение в течение { $days } дней.
   *[other] Человек прочитает твоё сообщение в течение { $days } дня.
}
before-cannot-heading = От чего мы не можем тебя защитить
before-cannot = Тот, кто видит твой экран или заберёт это устройство, может увидеть, что ты пишешь. Если кто-то в опасности, нам, возможно, придётся сообщить об этом людям, которые могут защитить этого человека.
before-exit = Если кто-то подойдёт, нажми «Быстрый выход» или три раза нажми Esc. Страница сразу исчезнет.
before-start = Я понимаю, начать

# "I am not safe": help contacts first.
help-heading = Ты можешь получить помощь прямо сейчас
help-call-now = Если ты сейчас в опасности, позвони по одному из этих номеров:
help-no-contacts = Если ты сейчас в опасности, позвони по номеру экстренной помощи этой страны.
help-tell-us = Ты также можешь рассказать нам, что происходит. Мы прочитаем это в первую очередь.

# The questions.
feelings-heading = Как ты себя чувствуешь?
feelings-hint = Можно выбрать несколько вариантов или пропустить это.
feeling-happy = Мне радостно
feeling-okay = Нормально
feeling-sad = Мне грустно
feeling-scared = Мне страшно
feeling-angry = Я злюсь
feeling-worried = Мне тревожно
words-label-idea = Какая у тебя идея?
words-label-worry = Что тебя беспокоит?
words-label-complaint = Что случилось?
words-label-unsafe = Что происходит? Где ты? (Только если можешь.)
words-label-story = Расскажи свою историю. Ты можешь написать её или рассказать вслух.
wish-heading = Что ты хочешь, чтобы произошло?
wish-hint = Можно выбрать несколько вариантов или пропустить это.
wish-talk = Я хочу с кем-нибудь поговорить
wish-change = Я хочу, чтобы что-то изменилось
wish-just_know = Я просто хочу, чтобы вы знали
wish-not_sure = Я точно не знаю

# The review before sending.
review-heading = Проверь перед отправкой
review-kind = Чем ты делишься
review-feelings = Как ты себя чувствуешь
review-words = Твои слова
review-place = Место
review-wishes = Чего ты хочешь
review-skipped = Пропущено.
review-change = Изменить
review-urgent = Мы отнесёмся к этому как к срочному.

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = Ты ещё здесь?
kiosk-warning-body = Если никто не коснётся экрана, всё на нём скоро сотрётся, чтобы следующий человек не смог это увидеть.
kiosk-stay = Я ещё здесь

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = собака
picture-cat = кошка
picture-fish = рыба
picture-bird = птица
picture-horse = лошадь
picture-cow = корова
picture-rabbit = кролик
picture-turtle = черепаха
picture-butterfly = бабочка
picture-bee = пчела
picture-elephant = слон
picture-lion = лев
picture-frog = лягушка
picture-monkey = обезьяна
picture-duck = утка
picture-owl = сова
picture-apple = яблоко
picture-banana = банан
picture-grapes = виноград
picture-lemon = лимон
picture-carrot = морковь
picture-corn = кукуруза
picture-bread = хлеб
picture-cheese = сыр
picture-egg = яйцо
picture-cake = торт
picture-watermelon = арбуз
picture-cherries = вишни
picture-strawberry = клубника
picture-pineapple = ананас
picture-mushroom = гриб
picture-pepper = перец
picture-sun = солнце
picture-moon = луна
picture-star = звезда
picture-cloud = облако
picture-rainbow = радуга
picture-flower = цветок
picture-tree = дерево
picture-leaf = лист
picture-mountain = гора
picture-shell = ракушка
picture-glasses = очки
picture-snowflake = снежинка
picture-umbrella = зонт
picture-house = дом
picture-car = машина
picture-bicycle = велосипед
picture-teddy = плюшевый мишка
picture-rocket = ракета
picture-train = поезд
picture-ball = мяч
picture-guitar = гитара
picture-drum = барабан
picture-book = книга
picture-pencil = карандаш
picture-key = ключ
picture-clock = часы
picture-bell = колокольчик
picture-gift = подарок
picture-balloon = воздушный шарик
picture-crown = корона
picture-shoe = ботинок
picture-heart = сердце

# After sending: the child's code.
code-heading = Твои секретные картинки
code-body = С этими картинками ты можешь вернуться, прочитать наш ответ, что-то добавить или забрать своё сообщение. Запомни их именно в этом порядке или запиши и храни в надёжном месте. Никому их не показывай.
code-print = Распечатать мои картинки
code-come-back = Вернуться с моими картинками

# Coming back with the code.
page-title-back = Вернуться
back-heading = Вернись со своими секретными картинками
back-hint = Выбери свои восемь картинок в том же порядке.
back-chosen = Выбранные картинки
back-remove = Убрать последнюю картинку
back-open = Открыть
back-opening = Открываем…
back-not-found = Мы не нашли сообщение с этими картинками. Пожалуйста, проверь их и попробуй ещё раз.
back-too-many = Попыток было уже много. Пожалуйста, подожди немного, прежде чем попробовать снова.
back-incomplete = Пожалуйста, выбери все восемь картинок.
back-status-heading = Что происходит с твоим сообщением
back-status-new = Твоё сообщение пришло. Его ещё никто не прочитал.
back-status-acknowledged = Кто-то прочитал твоё сообщение.
back-status-in_progress = Кто-то работает с твоим сообщением.
back-status-waiting_for_child = Мы ждём тебя. Пожалуйста, прочитай наш ответ.
back-status-referred = Мы обратились к другим людям, которые могут помочь.
back-status-closed = Мы закончили работу с твоим сообщением.
back-replies-heading = Наши ответы
back-no-replies = Ответа пока нет.
back-reply-from-us = Наш ответ
back-reply-from-you = Твоё дополнение
back-add-label = Добавь что-нибудь к своему сообщению
back-add = Отправить
back-added = Пришло. Спасибо.
back-withdraw-heading = Забрать своё сообщение
back-withdraw-body = Если ты его заберёшь, мы удалим твои слова и наши ответы. Это нельзя будет отменить.
back-withdraw = Забрать моё сообщение
back-withdraw-confirm = Да, забрать
back-withdrawn = Твоё сообщение забрано и удалено.
back-withdraw-body-urgent = В этом сообщении ты говоришь, что ты не в безопасности. Если ты его заберёшь, человек, который отвечает за защиту детей, ещё сможет читать его до { $day }, чтобы убедиться, что ты в безопасности. Потом мы удалим его вместе с нашими ответами. Это нельзя будет отменить.
back-withdrawn-urgent = Твоё сообщение забрано. Человек, который отвечает за защиту детей, ещё может читать его до { $day }, чтобы убедиться, что ты в безопасности. Потом оно будет удалено.
back-close = Закрыть
back-needs-js = Чтобы вернуться, нужен браузер, который запускает скрипты, потому что твои секретные картинки превращаются в твой ключ прямо на этом устройстве.
back-cannot-open = Это сообщение нельзя открыть.

# Recording instead of writing.
voice-hint = Вместо того чтобы писать, ты можешь сказать это вслух. Запись закрывается на замок так же, как твои слова, ещё до того, как покинет это устройство.
voice-record = Записать мой голос
voice-stop = Остановить запись
voice-recording = Идёт запись… Нажми «Остановить запись», когда закончишь.
voice-recorded = Твоя запись. Ты можешь прослушать её перед отправкой.
voice-delete = Удалить запись
voice-refused = Не получилось записать. Ты можешь написать вместо этого.
review-voice = Твоя запись
review-voice-yes = Голосовое сообщение записано.

# Telling a story, and the consent the child leads (one purpose per screen; "no" until they say yes).
story-before-who = Твою историю читает небольшая команда людей, которые готовят истории. Её используют только там, где ты скажешь «да» на следующих шагах.
story-before-help = Если ты сейчас не в безопасности, вернись назад и выбери «Я не в безопасности». Тогда мы сможем сразу тебе помочь.
story-before-next = Дальше ты решаешь, шаг за шагом, где можно использовать твою историю. Пока ты не скажешь «да», везде стоит «нет». С твоими секретными картинками ты можешь прочитать любую изменённую версию до того, как её используют, сказать «да» или «нет» и передумать в любое время.
story-sent-body = Твоя история пришла. Сохрани свои секретные картинки: с ними ты можешь читать версии своей истории, говорить «да» или «нет» и передумать в любое время.
story-purpose-learning = Только внутри нашей организации
story-purpose-learning-body = Наша команда может прочитать твою историю, чтобы научиться лучше помогать детям. Она остаётся внутри нашей организации.
story-purpose-advocacy = Людям, которые принимают решения
story-purpose-advocacy-body = Мы можем показать твою историю людям, которые придумывают правила и принимают решения о детях, чтобы попросить о переменах. Её не показывают всем.
story-purpose-public = Для всех: наш сайт и наши отчёты
story-purpose-public-body = Твоя история может появиться на нашем сайте или в наших отчётах, где её может прочитать кто угодно. Используется только та версия, которую ты прочитаешь и одобришь слово в слово.
story-purpose-media = Журналисты и СМИ
story-purpose-media-body = Мы можем передать твою историю журналистам — для газет, радио или телевидения. Используется только та версия, которую ты прочитаешь и одобришь слово в слово.
story-consent-question = Можно использовать твою историю для этого?
story-consent-no = Нет
story-consent-yes = Да
story-consent-change = Ты можешь изменить свой ответ в любое время с помощью своих секретных картинок.
story-consent-copies = Если ты заберёшь своё «да», мы сразу перестанем использовать твою историю. Но копии, которые уже кому-то передали, например газете, мы не можем забрать обратно.
story-consent-never = Мы никогда не публикуем лица, места, имена твоих родных или название места, где ты живёшь.
story-naming = Твоё имя
story-naming-question = Как нам тебя назвать?
story-naming-none = Совсем без имени
story-naming-made_up = Придуманное имя
story-naming-first_name = Только моё имя, без фамилии
story-name-label = Какое имя использовать (только если выбрано имя)
story-name-hint = Если выбрано «Совсем без имени», оставь это поле пустым.
story-age = Твой возраст
story-age-why = Его можно не называть. Если ты младше, то, прежде чем использовать твою историю, мы можем спросить ещё и взрослого, которому ты доверяешь.
story-age-label = Сколько тебе лет?
story-age-unsaid = Лучше не скажу

# Coming back to a story.
story-back-heading = Твоя история
story-back-intro = Здесь ты можешь читать версии своей истории и решать, где её можно использовать.
story-versions-heading = Версии для тебя
story-no-versions = Пока нет версий для тебя.
# $purpose is the name of a purpose (e.g. "Public: our website and reports").
story-version-for = Версия для: { $purpose }
# $name is the made-up or first name the child chose to be shown with the story.
story-version-byline = Имя в истории: { $name }
story-version-awaiting = Ждём твоего ответа
story-version-approved = Твой ответ на эти точные слова: «да»
story-version-declined = Твой ответ на эту версию: «нет»
story-version-approve = Да, использовать именно эти слова
story-version-decline = Нет, не так
story-version-saved-yes = Спасибо. Можно использовать только именно эти слова.
story-version-saved-no = Спасибо. Эта версия не будет использоваться.
story-consents-heading = Где можно использовать твою историю
# $day is the last day the yes holds, as YYYY-MM-DD.
story-consent-yes-until = Твой ответ: «да», до { $day }.
story-consent-said-no = Твой ответ: «нет».
story-consent-withdraw = Забрать своё «да»
story-consent-renew = Снова сказать «да»
story-consent-give = Сказать «да»
story-consent-saved-yes = Сохранено. Твой ответ: «да».
story-consent-saved-no = Сохранено. Твоя история больше не используется для этого.

# Consultations on the child site: questions adults ask children about decisions that affect
# them. Rendered on the server only (never in the child's bundle). Warm, plain, short.

consult-list-title = Запитання для тебе
consult-list-intro = Люди, які ухвалюють рішення про твоє життя, хочуть знати, що ти думаєш. Брати участь чи ні — вирішуєш ти.
consult-list-none = Зараз для тебе немає запитань.
# Headings of the first screen.
consult-start-audience = Хто запитує і хто отримає результати
consult-start-why = Для чого це
consult-start-voluntary = Брати участь чи ні — вирішуєш ти. Зупинитися можна будь-коли, а на кожне запитання можна відповісти «Я не хочу відповідати».
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = Ніхто не бачить твоїх відповідей окремо, навіть ті, хто ставить запитання. Heard зберігає лише те, скільки дітей вибрали кожну відповідь, і ніколи не показує групу дітей, якщо їх менше ніж { $k }.
consult-start-place = Де ти живеш? Можеш не казати.
consult-start-age = Скільки тобі років? Можеш не казати.
consult-place-none = Краще не скажу
consult-age-up_to_11 = 11 або менше
consult-age-12_to_14 = Від 12 до 14
consult-age-15_to_17 = Від 15 до 17
consult-age-not_said = Краще не скажу
consult-start-button = Почати
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = Запитання { $n } з { $total }
consult-next = Далі
consult-skip = Я не хочу відповідати
consult-multiple-hint = Можна вибрати кілька відповідей.
consult-rank-hint = Розстав відповіді по порядку: 1 — найважливіше для тебе.
consult-choose-one = Вибери відповідь або натисни «Я не хочу відповідати».
consult-rank-each = Дай кожній відповіді свій номер або натисни «Я не хочу відповідати».
consult-thanks-title = Дякуємо
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = Твої відповіді пораховано. Результати покажуть після { $day }.
consult-thanks-back = Назад до запитань
consult-done-before = З цього пристрою вже відповіли на ці запитання. Дякуємо.
consult-closed = Ці запитання вже закрито.
consult-results-intro = Що сказали діти. Результати отримають:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] Відповіла { $count } дитина.
    [few] Відповіли { $count } дитини.
    [many] Відповіли { $count } дітей.
   *[other] Відповіли { $count } дитини.
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = На це запитання відповіло надто мало дітей (менше ніж { $k }), тому відповіді не показано.
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = приховано (щоб захистити групи, менші ніж { $k })
consult-results-option = Відповідь
consult-results-count = Діти
consult-results-group = Група
consult-results-by-place = За місцем
consult-results-by-region = За регіоном
consult-results-by-language = За мовою
consult-results-by-age_band = За віком
consult-results-none-said = Не вказано
consult-list-closed = Що вийшло з попередніх запитань
consult-results-title = Що сказали діти
consult-actions-title = Ви сказали — ми зробили
consult-actions-none = Тут буде показано, що вирішили.
consult-action-planned = Заплановано:
consult-action-in_progress = Зараз робиться:
consult-action-done = Зроблено:
consult-action-not_done = Не зроблено:
consult-action-why = Чому:
consult-action-answers = Про запитання:
# A free-text question.
consult-written-label = Напиши тут свою відповідь будь-якою мовою.
consult-written-who-reads = Те, що ти пишеш, замикається ще до того, як збережеться. Відімкнути це можуть лише люди, які відповідають за ці запитання. Іншим твої слова покажуть, лише якщо хтось із цих людей прочитав і вибрав їх, і без твого імені. Якщо з тобою сталося щось погане, ти можеш розповісти нам про це й на головній сторінці.
consult-written-unavailable = Зараз не можна написати відповідь. Натисни «Я не хочу відповідати», щоб іти далі.
consult-written-empty = Напиши щось або натисни «Я не хочу відповідати».
consult-written-long = Це надто довго. Будь ласка, зроби коротше.
consult-results-written = Написали відповідь
consult-results-quotes = Дещо з того, що написали діти. Це вибрала й перевірила людина:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] { $count } рішення
    [few] { $count } рішення
    [many] { $count } рішень
   *[other] { $count } рішення
}, зроблено: { $done }
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = Запитання, у яких ти береш участь
consult-back-follow = Запам’ятати мої сьогоднішні запитання
consult-back-follow-hint = Тоді щоразу, коли ти повертатимешся зі своїми картинками, ти бачитимеш тут, що вийшло з цих запитань. Цей список може побачити лише той, хто має твої картинки. Твої відповіді разом із ним не зберігаються.
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = Чи є в тебе секретні картинки від твого повідомлення? Коли повернешся з ними, можна попросити їх запам’ятати ці запитання і там же побачити, що з них вийшло.
consult-thanks-follow-link = Повернутися з моїми картинками

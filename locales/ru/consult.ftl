# Consultations on the child site: questions adults ask children about decisions that affect
# them. Rendered on the server only (never in the child's bundle). Warm, plain, short.

consult-list-title = Вопросы для тебя
consult-list-intro = Люди, которые принимают решения о твоей жизни, хотят знать, что ты думаешь. Участвовать или нет — решаешь ты.
consult-list-none = Сейчас для тебя нет вопросов.
# Headings of the first screen.
consult-start-audience = Кто спрашивает и кто получит результаты
consult-start-why = Для чего это
consult-start-voluntary = Участвовать или нет — решаешь ты. Остановиться можно в любой момент, а на каждый вопрос можно ответить «Я не хочу отвечать».
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = Никто не видит твои ответы по отдельности, даже те, кто задаёт вопросы. Heard хранит только то, сколько детей выбрали каждый ответ, и никогда не показывает группу детей, если их меньше { $k }.
consult-start-place = Где ты живёшь? Можно не говорить.
consult-start-age = Сколько тебе лет? Можно не говорить.
consult-place-none = Лучше не скажу
consult-age-up_to_11 = 11 или меньше
consult-age-12_to_14 = От 12 до 14
consult-age-15_to_17 = От 15 до 17
consult-age-not_said = Лучше не скажу
consult-start-button = Начать
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = Вопрос { $n } из { $total }
consult-next = Дальше
consult-skip = Я не хочу отвечать
consult-multiple-hint = Можно выбрать несколько ответов.
consult-rank-hint = Расставь ответы по порядку: 1 — самое важное для тебя.
consult-choose-one = Выбери ответ или нажми «Я не хочу отвечать».
consult-rank-each = Дай каждому ответу свой номер или нажми «Я не хочу отвечать».
consult-thanks-title = Спасибо
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = Твои ответы посчитаны. Результаты покажут после { $day }.
consult-thanks-back = Назад к вопросам
consult-done-before = С этого устройства уже ответили на эти вопросы. Спасибо.
consult-closed = Эти вопросы уже закрыты.
consult-results-intro = Что сказали дети. Результаты получат:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] Ответил { $count } ребёнок.
    [few] Ответили { $count } ребёнка.
    [many] Ответили { $count } детей.
   *[other] Ответили { $count } ребёнка.
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = На этот вопрос ответило слишком мало детей (меньше { $k }), поэтому ответы не показаны.
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = скрыто (чтобы защитить группы меньше чем из { $k })
consult-results-option = Ответ
consult-results-count = Дети
consult-results-group = Группа
consult-results-by-place = По месту
consult-results-by-region = По региону
consult-results-by-language = По языку
consult-results-by-age_band = По возрасту
consult-results-none-said = Не указано
consult-list-closed = Что получилось из прошлых вопросов
consult-results-title = Что сказали дети
consult-actions-title = Вы сказали — мы сделали
consult-actions-none = Здесь будет показано, что решили.
consult-action-planned = Запланировано:
consult-action-in_progress = Сейчас делается:
consult-action-done = Сделано:
consult-action-not_done = Не сделано:
consult-action-why = Почему:
consult-action-answers = О вопросе:
# A free-text question.
consult-written-label = Напиши здесь свой ответ на любом языке.
consult-written-who-reads = То, что ты пишешь, закрывается на замок ещё до того, как сохранится. Открыть это могут только люди, которые отвечают за эти вопросы. Другим твои слова покажут, только если один из этих людей прочитал и выбрал их, и без твоего имени. Если с тобой случилось что-то плохое, ты можешь рассказать нам об этом и на главной странице.
consult-written-unavailable = Сейчас нельзя написать ответ. Нажми «Я не хочу отвечать», чтобы идти дальше.
consult-written-empty = Напиши что-нибудь или нажми «Я не хочу отвечать».
consult-written-long = Это слишком длинно. Пожалуйста, сделай короче.
consult-results-written = Написали ответ
consult-results-quotes = Кое-что из того, что написали дети. Это выбрал и проверил человек:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] { $count } решение
    [few] { $count } решения
    [many] { $count } решений
   *[other] { $count } решения
}, сделано: { $done }
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = Вопросы, в которых ты участвуешь
consult-back-follow = Запомнить мои сегодняшние вопросы
consult-back-follow-hint = Тогда каждый раз, когда ты вернёшься со своими картинками, ты увидишь здесь, что получилось из этих вопросов. Этот список может увидеть только тот, у кого есть твои картинки. Твои ответы вместе с ним не хранятся.
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = У тебя есть секретные картинки от твоего сообщения? Когда вернёшься с ними, можно попросить их запомнить эти вопросы и там же увидеть, что из них получилось.
consult-thanks-follow-link = Вернуться с моими картинками

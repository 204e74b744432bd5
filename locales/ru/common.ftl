# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = Язык
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = Послушать: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = Страница не найдена
error-not-found = Такой страницы нет.
error-go-back = Вернуться в начало
# Title of a page that reports a problem.
page-title-error = Что-то пошло не так

# Stories: refusals, and the public story page.
story-error-not-consented = Ребёнок не дал на это согласия. Ничего не изменено.
story-error-needs-js = Чтобы рассказать историю, нужен браузер, который запускает скрипты: так ты получишь свои секретные картинки. Ничего не отправлено.
story-error-not-approved = Это не те точные слова, которые одобрил ребёнок. Ничего не опубликовано.
story-error-named = Ребёнок решил не указывать имя. Ничего не опубликовано.
story-error-names-facility = В этих словах названо место, где живут дети. Ничего не опубликовано.
public-stories-title = Истории детей
public-stories-intro = Каждая история здесь показана словами, которые её автор прочитал и одобрил. Автор может забрать её в любое время.
public-stories-none = Здесь пока нет историй.

# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = Спасибо, что рассказываешь нам. Мы прочитали твоё сообщение и относимся к нему серьёзно.
template-not-your-fault = В том, что случилось, нет твоей вины. Рассказать нам было правильным решением.
template-tell-more = Мы хотели бы лучше понять. Только если ты хочешь: можешь рассказать нам чуть больше о том, что случилось?
template-working = Мы работаем над тем, о чём ты нам рассказываешь. Мы ещё напишем тебе здесь.
template-done = Мы сделали всё, что могли, по твоему сообщению. Если тебя беспокоит что-то ещё, ты всегда можешь написать нам снова.

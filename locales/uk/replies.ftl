# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = Дякуємо, що розповідаєш нам. Ми прочитали твоє повідомлення і ставимося до нього серйозно.
template-not-your-fault = Те, що сталося, — не твоя провина. Розповісти нам було правильним рішенням.
template-tell-more = Ми хотіли б краще зрозуміти. Тільки якщо ти хочеш: чи можеш ти розповісти трохи більше про те, що сталося?
template-working = Ми працюємо над тим, про що ти нам розповідаєш. Ми ще напишемо тобі тут.
template-done = Ми зробили все, що могли, щодо твого повідомлення. Якщо тебе ще щось турбує, ти завжди можеш написати нам знову.

# Modèles de réponse dont partent les personnes qui lisent les messages, dans la langue de l'enfant :
# simples, chaleureux, sans reproche, sans promesse que nous ne pouvons pas tenir. L'enfant les lit sur la page « Revenir ».

template-thanks = Merci de nous l'avoir dit. Nous avons lu ton message, et nous le prenons au sérieux.
template-not-your-fault = Ce qui s'est passé n'est pas de ta faute. Tu as bien fait de nous le dire.
template-tell-more = Nous aimerions mieux comprendre. Seulement si tu en as envie : peux-tu nous en dire un peu plus sur ce qui s'est passé ?
template-working = Nous nous occupons de ce que tu nous as dit. Nous t'écrirons de nouveau ici.
template-done = Nous avons fait ce que nous pouvions pour ton message. Si autre chose t'inquiète, tu peux toujours nous écrire de nouveau.

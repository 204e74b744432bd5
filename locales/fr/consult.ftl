# Consultations sur le site des enfants : des questions que des adultes posent aux enfants sur des
# décisions qui les concernent. Affichées seulement par le serveur. Des mots chaleureux, simples et courts.

consult-list-title = Des questions pour toi
consult-list-intro = Des personnes qui prennent des décisions sur ta vie veulent savoir ce que tu penses. Participer, c'est ton choix.
consult-list-none = Il n'y a pas de questions pour toi en ce moment.
# Les titres du premier écran.
consult-start-audience = Qui pose les questions, et qui recevra les résultats
consult-start-why = À quoi ça sert
consult-start-voluntary = C'est toi qui décides si tu participes. Tu peux arrêter quand tu veux, et à chaque question, tu peux dire « Je ne veux pas répondre ».
# $k (number) — le plus petit groupe d'enfants dont les réponses sont montrées.
consult-start-privacy = Personne ne voit tes réponses une par une, même pas les personnes qui ont posé les questions. Heard garde seulement combien d'enfants ont choisi chaque réponse, et ne montre jamais un groupe de moins de { $k } enfants.
consult-start-place = Où est-ce que tu vis ? Tu n'as pas besoin de le dire.
consult-start-age = Quel âge as-tu ? Tu n'as pas besoin de le dire.
consult-place-none = Je préfère ne pas le dire
consult-age-up_to_11 = 11 ans ou moins
consult-age-12_to_14 = De 12 à 14 ans
consult-age-15_to_17 = De 15 à 17 ans
consult-age-not_said = Je préfère ne pas le dire
consult-start-button = Commencer
# $n (number) — le numéro de cette question ; $total (number) — combien de questions il y a.
consult-question-progress = Question { $n } sur { $total }
consult-next = Suivant
consult-skip = Je ne veux pas répondre
consult-multiple-hint = Tu peux en choisir plusieurs.
consult-rank-hint = Mets les réponses dans l'ordre : le 1, c'est le plus important pour toi.
consult-choose-one = Choisis une réponse, ou appuie sur « Je ne veux pas répondre ».
consult-rank-each = Donne un numéro différent à chaque réponse, ou appuie sur « Je ne veux pas répondre ».
consult-thanks-title = Merci
# $day (string) — le jour où la consultation se termine, au format AAAA-MM-JJ.
consult-thanks-text = Tes réponses ont été comptées. Les résultats seront montrés après le { $day }.
consult-thanks-back = Revenir aux questions
consult-done-before = Tu as déjà répondu à ces questions sur cet appareil. Merci.
consult-closed = Ces questions sont fermées maintenant.
consult-results-intro = Ce que les enfants ont dit. Les résultats sont pour :
# $count (number) — combien d'enfants ont répondu à la question.
consult-results-answered = { $count ->
    [one] { $count } enfant a répondu.
   *[other] { $count } enfants ont répondu.
}
# $k (number) — le plus petit groupe d'enfants dont les réponses sont montrées.
consult-results-too-few = Moins de { $k } enfants ont répondu à cette question, alors les réponses ne sont pas montrées.
# $k (number) — le plus petit groupe d'enfants dont les réponses sont montrées.
consult-results-hidden = caché (pour protéger les groupes de moins de { $k })
consult-results-option = Réponse
consult-results-count = Enfants
consult-results-group = Groupe
consult-results-by-place = Par lieu
consult-results-by-region = Par région
consult-results-by-language = Par langue
consult-results-by-age_band = Par âge
consult-results-none-said = Pas dit
consult-list-closed = Ce qui s'est passé après les questions d'avant
consult-results-title = Ce que les enfants ont dit
consult-actions-title = Vous avez dit, nous avons fait
consult-actions-none = Ce qui a été décidé sera montré ici.
consult-action-planned = Prévu :
consult-action-in_progress = En cours :
consult-action-done = Fait :
consult-action-not_done = Pas fait :
consult-action-why = Pourquoi :
consult-action-answers = À propos de la question :
# Une question à réponse libre.
consult-written-label = Écris ta réponse ici, dans la langue que tu veux.
consult-written-who-reads = Ce que tu écris est fermé à clé avant d'être enregistré. Seules les personnes qui s'occupent de ces questions peuvent l'ouvrir. Tes mots sont montrés à d'autres seulement si l'une de ces personnes les a lus et choisis, sans ton nom. Si quelque chose de mauvais t'est arrivé, tu peux aussi nous le dire sur la page d'accueil.
consult-written-unavailable = Pour le moment, ce n'est pas possible d'écrire une réponse. Appuie sur « Je ne veux pas répondre » pour continuer.
consult-written-empty = Écris quelque chose, ou appuie sur « Je ne veux pas répondre ».
consult-written-long = C'est trop long. Raccourcis-le, s'il te plaît.
consult-results-written = Ont écrit une réponse
consult-results-quotes = Une partie de ce que les enfants ont écrit, choisie et vérifiée par une personne :
# $count (number) — sur la page d'accueil, à côté d'une consultation close : les décisions prises ; $done (number) — parmi elles, celles qui sont faites.
consult-news-decided = { $count ->
    [one] Une décision
   *[other] { $count } décisions
}, faites : { $done }
# Revenir avec le code d'images (/back) : les consultations que le code suit.
consult-back-heading = Les questions auxquelles tu as répondu
consult-back-follow = Retenir les questions auxquelles j'ai répondu aujourd'hui
consult-back-follow-hint = Ensuite, chaque fois que tu reviendras avec tes images, tu verras ici ce qui s'est passé après ces questions. Seule une personne qui a tes images peut voir cette liste. Tes réponses ne sont pas gardées avec elle.
# Sur l'écran de remerciement : un enfant qui a un code d'images peut lui demander de retenir ces questions.
consult-thanks-follow = Tu as des images secrètes d'un message que tu as envoyé ? Quand tu reviens avec elles, tu peux leur demander de retenir ces questions, et y voir ce qui s'est passé après ces questions.
consult-thanks-follow-link = Revenir avec mes images

# La page où l'enfant écrit. Des mots simples : beaucoup de lecteurs sont jeunes ou apprennent le français.

page-title-intake = Raconte-nous
intake-heading = Dis-nous ce que tu as en tête
intake-locked = Ce que tu écris est fermé à clé avant de quitter cet appareil. Seules les personnes choisies pour lire les messages peuvent l'ouvrir.
intake-nojs = Ton navigateur ne fait pas fonctionner les scripts. Notre serveur fermera ton message à clé dès son arrivée, avant de l'enregistrer.
intake-label = Ton message
intake-hint = Écris autant ou aussi peu que tu veux, dans la langue que tu veux.
intake-send = Envoyer
intake-sending = Envoi en cours…
intake-retry = Réessayer

page-title-sent = Ton message est arrivé
intake-sent-heading = Ton message est arrivé
intake-sent-body = Il est enregistré et fermé à clé. Merci de nous l'avoir dit.
intake-write-another = Écrire un autre message
intake-kept-heading = Enregistré sur cet appareil
intake-kept-body = Internet ne fonctionne pas en ce moment. Ton message est fermé à clé et enregistré sur cet appareil. Personne ici ne peut le lire. Il sera envoyé tout seul quand Internet fonctionnera de nouveau. Tes images secrètes fonctionneront ensuite.

# Erreurs. Chacune dit ce qui s'est passé et que rien n'a été perdu ni enregistré.
error-not-arrived = Ton message n'est pas encore arrivé. Tes mots sont toujours là. Réessaie, s'il te plaît.
error-empty = Il n'y a encore rien à envoyer. Choisis ou écris d'abord quelque chose, s'il te plaît.
# $max (number) — le nombre maximum de caractères qu'un message peut avoir.
error-too-long = Ton message est trop long. Raccourcis-le, s'il te plaît : { $max } caractères au maximum.
error-not-sealed = Ce qui est arrivé n'était pas un message fermé à clé, alors rien n'a été enregistré.
error-too-large = Ce qui est arrivé était trop gros, alors rien n'a été enregistré.
error-bad-id = Nous n'avons pas pu reconnaître ce message, alors rien n'a été enregistré. Ouvre la page de nouveau et renvoie-le, s'il te plaît.
error-cross-site = Ceci venait d'un autre site web, alors rien n'a été enregistré.
error-unavailable = Un problème est survenu de notre côté, alors rien n'a été enregistré. Réessaie plus tard, s'il te plaît.
error-bad-form = Le formulaire n'était pas complet, alors rien n'a été enregistré. Ouvre la page de nouveau, s'il te plaît.
error-recipients-changed = Quelque chose a changé de notre côté pendant que tu écrivais, alors rien n'a encore été enregistré. Appuie de nouveau sur Envoyer, s'il te plaît.

# De quel lieu parle le message. Choisir un lieu le cache à toutes les personnes qui y travaillent.
intake-place-label = De quel lieu s'agit-il ? (Tu peux passer cette question.)
intake-place-hint = Si tu choisis un lieu, personne qui travaille pour ce lieu ne peut lire ton message.
intake-place-unsaid = Je préfère ne pas le dire
intake-place-elsewhere = Un autre lieu
error-unknown-place = Nous ne connaissons pas ce lieu, alors rien n'a été enregistré. Choisis-en un autre, ou « Je préfère ne pas le dire », s'il te plaît.
error-proof-needed = Nous n'avons pas pu vérifier ton message, alors rien n'a encore été enregistré. Appuie de nouveau sur Envoyer, s'il te plaît.
error-too-many = Tu as envoyé beaucoup de messages depuis cet appareil en peu de temps, alors celui-ci n'a pas été enregistré. Attends un moment et réessaie, s'il te plaît.
error-busy = Énormément de messages arrivent en ce moment, alors le tien n'a pas encore été enregistré. Réessaie dans quelques minutes, s'il te plaît. Si tu n'es pas en sécurité maintenant, choisis « Je ne suis pas en sécurité » : ces messages-là passent en premier.
error-form-expired = Cette page est restée ouverte longtemps ou a déjà été utilisée, alors rien n'a été enregistré. Ouvre la page de nouveau et envoie ton message, s'il te plaît.

# Sortie rapide : un bouton sur chaque écran qui cache la page tout de suite et quitte le site.
quick-exit = Sortie rapide
# Le bouton qui lit l'écran à voix haute avec la voix de l'appareil.
read-aloud = Lire à voix haute

# Le premier écran : ce que l'enfant veut partager.
share-heading = Qu'est-ce que tu aimerais partager ?
kind-legend = Qu'est-ce que tu aimerais partager ? (Tu peux passer cette question.)
kind-idea = Une idée ou ce que je pense
kind-idea-hint = Quelque chose qui pourrait être mieux, ou ce que tu penses de quelque chose.
kind-worry = Un souci
kind-worry-hint = Quelque chose qui te rend triste, qui te fait peur ou qui t'inquiète.
kind-complaint = Une plainte
kind-complaint-hint = Quelque chose qui n'allait pas ou qui n'était pas juste.
kind-unsafe = Je ne suis pas en sécurité
kind-unsafe-hint = Demande de l'aide maintenant.
kind-story = Raconter mon histoire
kind-story-hint = C'est toi qui décides qui peut la voir.

# La progression d'un écran à l'autre.
# $n (number) — le numéro de cet écran ; $total (number) — combien d'écrans il y a.
step-progress = Étape { $n } sur { $total }
step-back = Retour
step-next = Suivant

# L'écran honnête avant la première question.
before-heading = Avant de commencer
before-who-heading = Qui le lit
before-who = Quelques personnes formées, choisies pour lire les messages. Personne qui travaille dans le lieu que tu nommes ne peut le lire.
before-next-heading = Ce qui se passe ensuite
# $days (number) — en combien de jours au plus une personne lit un nouveau message.
before-next = { $days ->
    [one] Une personne le lira au plus tard dans { $days } jour.
   *[other] Une personne le lira au plus tard dans { $days } jours.
}
before-cannot-heading = Ce contre quoi nous ne pouvons pas te protéger
before-cannot = Quelqu'un qui voit ton écran, ou qui prend cet appareil, peut voir ce que tu écris. Si quelqu'un est en danger, nous devrons peut-être prévenir des personnes qui peuvent assurer sa sécurité.
before-exit = Si quelqu'un arrive, appuie sur « Sortie rapide » ou appuie trois fois sur Échap. La page disparaît tout de suite.
before-start = J'ai compris, commencer

# « Je ne suis pas en sécurité » : d'abord, les contacts pour avoir de l'aide.
help-heading = Tu peux avoir de l'aide maintenant
help-call-now = Si tu es en danger maintenant, appelle l'un de ces numéros :
help-no-contacts = Si tu es en danger maintenant, appelle le numéro d'urgence de ce pays.
help-tell-us = Tu peux aussi nous dire ce qui se passe. Nous le lirons en premier.

# Les questions.
feelings-heading = Comment tu te sens ?
feelings-hint = Tu peux en choisir plusieurs, ou passer cette question.
feeling-happy = Content ou contente
feeling-okay = Ça va
feeling-sad = Triste
feeling-scared = J'ai peur
feeling-angry = En colère
feeling-worried = Inquiet ou inquiète
words-label-idea = Quelle est ton idée ?
words-label-worry = Qu'est-ce qui t'inquiète ?
words-label-complaint = Qu'est-ce qui s'est passé ?
words-label-unsafe = Qu'est-ce qui se passe ? Où es-tu ? (Seulement si tu peux.)
words-label-story = Raconte ton histoire. Tu peux l'écrire ou la dire à voix haute.
wish-heading = Qu'est-ce que tu aimerais qu'il se passe ?
wish-hint = Tu peux en choisir plusieurs, ou passer cette question.
wish-talk = Je veux parler à quelqu'un
wish-change = Je veux que quelque chose change
wish-just_know = Je veux juste que vous le sachiez
wish-not_sure = Je ne sais pas trop

# Le récapitulatif avant l'envoi.
review-heading = Vérifie avant d'envoyer
review-kind = Ce que tu partages
review-feelings = Comment tu te sens
review-words = Tes mots
review-place = Le lieu
review-wishes = Ce que tu aimerais
review-skipped = Tu as passé cette question.
review-change = Modifier
review-urgent = Nous allons traiter ceci en urgence.

# Mode borne : après un moment sans activité, avant que l'écran soit effacé pour la personne suivante.
kiosk-warning-heading = Tu es encore là ?
kiosk-warning-body = Si personne ne touche l'écran, tout ce qui s'y trouve sera bientôt effacé, pour que la personne suivante ne puisse pas le voir.
kiosk-stay = Je suis encore là

# Le code de retour : des images que l'enfant garde pour revenir. Le nom de chaque image, pour les lecteurs
# d'écran et la lecture à voix haute (affiché sous l'image).
picture-dog = chien
picture-cat = chat
picture-fish = poisson
picture-bird = oiseau
picture-horse = cheval
picture-cow = vache
picture-rabbit = lapin
picture-turtle = tortue
picture-butterfly = papillon
picture-bee = abeille
picture-elephant = éléphant
picture-lion = lion
picture-frog = grenouille
picture-monkey = singe
picture-duck = canard
picture-owl = hibou
picture-apple = pomme
picture-banana = banane
picture-grapes = raisin
picture-lemon = citron
picture-carrot = carotte
picture-corn = maïs
picture-bread = pain
picture-cheese = fromage
picture-egg = œuf
picture-cake = gâteau
picture-watermelon = pastèque
picture-cherries = cerises
picture-strawberry = fraise
picture-pineapple = ananas
picture-mushroom = champignon
picture-pepper = piment
picture-sun = soleil
picture-moon = lune
picture-star = étoile
picture-cloud = nuage
picture-rainbow = arc-en-ciel
picture-flower = fleur
picture-tree = arbre
picture-leaf = feuille
picture-mountain = montagne
picture-shell = coquillage
picture-glasses = lunettes
picture-snowflake = flocon de neige
picture-umbrella = parapluie
picture-house = maison
picture-car = voiture
picture-bicycle = vélo
picture-teddy = nounours
picture-rocket = fusée
picture-train = train
picture-ball = ballon de foot
picture-guitar = guitare
picture-drum = tambour
picture-book = livre
picture-pencil = crayon
picture-key = clé
picture-clock = réveil
picture-bell = cloche
picture-gift = cadeau
picture-balloon = ballon de fête
picture-crown = couronne
picture-shoe = chaussure
picture-heart = cœur

# Après l'envoi : le code de l'enfant.
code-heading = Tes images secrètes
code-body = Avec ces images, tu peux revenir, lire notre réponse, ajouter quelque chose ou reprendre ton message. Retiens-les dans cet ordre, ou écris-les et garde-les dans un endroit sûr. Ne les montre à personne.
code-print = Imprimer mes images
code-come-back = Revenir avec mes images

# Revenir avec le code.
page-title-back = Revenir
back-heading = Reviens avec tes images secrètes
back-hint = Choisis tes huit images dans le même ordre.
back-chosen = Tes images pour l'instant
back-remove = Enlever la dernière image
back-open = Ouvrir
back-opening = Ouverture…
back-not-found = Nous n'avons pas trouvé de message avec ces images. Vérifie-les et réessaie, s'il te plaît.
back-too-many = Tu as essayé beaucoup de fois. Attends un moment avant de réessayer, s'il te plaît.
back-incomplete = Choisis les huit images, s'il te plaît.
back-status-heading = Où en est ton message
back-status-new = Ton message est arrivé. Personne ne l'a encore lu.
back-status-acknowledged = Quelqu'un a lu ton message.
back-status-in_progress = Quelqu'un s'occupe de ton message.
back-status-waiting_for_child = Nous t'attendons. Lis notre réponse, s'il te plaît.
back-status-referred = Nous avons demandé à d'autres personnes qui peuvent aider.
back-status-closed = Nous avons fini de nous occuper de ton message.
back-replies-heading = Nos réponses
back-no-replies = Il n'y a pas encore de réponse.
back-reply-from-us = Notre réponse
back-reply-from-you = Ce que tu as ajouté
back-add-label = Ajouter quelque chose à ton message
back-add = Envoyer
back-added = C'est arrivé. Merci.
back-withdraw-heading = Reprendre ton message
back-withdraw-body = Si tu le reprends, nous effaçons ce que tu as écrit et nos réponses. On ne pourra pas revenir en arrière.
back-withdraw = Reprendre mon message
back-withdraw-confirm = Oui, le reprendre
back-withdrawn = Ton message a été repris et effacé.
back-withdraw-body-urgent = Tu as dit que tu n'étais pas en sécurité. Si tu reprends ce message, une personne chargée de protéger les enfants peut encore le lire jusqu'au { $day }, pour vérifier que tu es en sécurité. Ensuite, nous l'effaçons, avec nos réponses. On ne pourra pas revenir en arrière.
back-withdrawn-urgent = Tu as repris ton message. Une personne chargée de protéger les enfants peut encore le lire jusqu'au { $day }, pour vérifier que tu es en sécurité. Ensuite, il est effacé.
back-close = Fermer
back-needs-js = Pour revenir, il faut un navigateur qui fait fonctionner les scripts, parce que tes images secrètes deviennent ta clé sur cet appareil.
back-cannot-open = Ce message ne peut pas être ouvert.

# Enregistrer sa voix au lieu d'écrire.
voice-hint = Tu peux aussi le dire à voix haute au lieu d'écrire. Comme tes mots, ce que tu dis est fermé à clé avant de quitter cet appareil.
voice-record = Enregistrer ma voix
voice-stop = Arrêter l'enregistrement
voice-recording = Enregistrement… Appuie sur « Arrêter l'enregistrement » quand tu as fini.
voice-recorded = Ton enregistrement. Tu peux l'écouter avant de l'envoyer.
voice-delete = Effacer l'enregistrement
voice-refused = Nous n'avons pas pu enregistrer. Tu peux écrire à la place.
review-voice = Ton enregistrement
review-voice-yes = Tu as enregistré un message.

# Raconter une histoire, et l'accord que donne l'enfant (un usage par écran ; « non » tant qu'il ne dit pas oui).
story-before-who = Une petite équipe de personnes qui préparent les histoires lit ton histoire. Elle sera utilisée seulement là où tu dis oui, dans les écrans suivants.
story-before-help = Si tu n'es pas en sécurité maintenant, reviens en arrière et choisis « Je ne suis pas en sécurité ». Comme ça, nous pouvons t'aider tout de suite.
story-before-next = Ensuite, tu décides, un par un, où ton histoire peut être utilisée. Tout est « non » tant que tu ne dis pas oui. Avec tes images secrètes, tu peux lire chaque version modifiée avant qu'elle soit utilisée, dire oui ou non, et changer d'avis quand tu veux.
story-sent-body = Ton histoire est arrivée. Garde tes images secrètes : avec elles, tu peux lire les versions de ton histoire, dire oui ou non, et changer d'avis quand tu veux.
story-purpose-learning = Seulement dans notre organisation
story-purpose-learning-body = Notre équipe peut lire ton histoire pour apprendre à mieux aider les enfants. Elle reste dans notre organisation.
story-purpose-advocacy = Avec des personnes qui prennent des décisions
story-purpose-advocacy-body = Nous pouvons montrer ton histoire à des personnes qui font les règles et prennent des décisions pour les enfants, pour demander des changements. Elle n'est pas rendue publique.
story-purpose-public = Public : notre site web et nos rapports
story-purpose-public-body = Ton histoire peut être sur notre site web ou dans nos rapports, où tout le monde peut la lire. Seule une version que tu as acceptée mot pour mot est utilisée.
story-purpose-media = Journalistes et médias
story-purpose-media-body = Nous pouvons donner ton histoire à des journalistes, pour des journaux, la radio ou la télé. Seule une version que tu as acceptée mot pour mot est utilisée.
story-consent-question = Est-ce que nous pouvons utiliser ton histoire pour ça ?
story-consent-no = Non
story-consent-yes = Oui
story-consent-change = Tu peux changer ta réponse quand tu veux avec tes images secrètes.
story-consent-copies = Si tu reprends un oui, nous arrêtons tout de suite d'utiliser ton histoire. Nous ne pouvons pas reprendre les copies déjà données, par exemple à un journal.
story-consent-never = Nous ne publions jamais de visages, de lieux, ni les noms des personnes de ta famille ou de l'endroit où tu vis.
story-naming = Ton nom
story-naming-question = Avec quel nom veux-tu apparaître ?
story-naming-none = Pas de nom du tout
story-naming-made_up = Un nom inventé
story-naming-first_name = Seulement mon prénom
story-name-label = Le nom à utiliser (seulement si tu as choisi un nom)
story-name-hint = Si tu as choisi « Pas de nom du tout », laisse cette case vide.
story-age = Ton âge
story-age-why = Tu n'as pas besoin de le dire. Pour les enfants plus jeunes, nous pouvons aussi demander à un adulte de confiance avant d'utiliser ton histoire.
story-age-label = Quel âge as-tu ?
story-age-unsaid = Je préfère ne pas le dire

# Revenir à une histoire.
story-back-heading = Ton histoire
story-back-intro = Ici, tu peux lire des versions de ton histoire et décider où elle peut être utilisée.
story-versions-heading = Des versions à lire
story-no-versions = Il n'y a pas encore de version à lire.
# $purpose (string) — le nom d'un usage (par ex. « Public : notre site web et nos rapports »).
story-version-for = Version pour : { $purpose }
# $name (string) — le nom inventé ou le prénom que l'enfant a choisi de montrer avec l'histoire.
story-version-byline = Nom affiché : { $name }
story-version-awaiting = Nous attendons ta réponse
story-version-approved = Tu as dit oui à ces mots exacts
story-version-declined = Tu as dit non à cette version
story-version-approve = Oui, utiliser ces mots exacts
story-version-decline = Non, pas comme ça
story-version-saved-yes = Merci. Seuls ces mots exacts peuvent être utilisés.
story-version-saved-no = Merci. Cette version ne sera pas utilisée.
story-consents-heading = Où ton histoire peut être utilisée
# $day (string) — le dernier jour où le oui compte, au format AAAA-MM-JJ.
story-consent-yes-until = Tu as dit oui, jusqu'au { $day }.
story-consent-said-no = Tu as dit non.
story-consent-withdraw = Reprendre mon oui
story-consent-renew = Dire oui de nouveau
story-consent-give = Dire oui
story-consent-saved-yes = C'est enregistré. Tu as dit oui.
story-consent-saved-no = C'est enregistré. Ton histoire n'est plus utilisée pour ça.

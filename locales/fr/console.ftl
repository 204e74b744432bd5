# La console de traitement.

console-title = Console Heard
console-heading = Console de traitement
console-nav-inbox = Ouvrir la boîte de réception
console-nav-audit = Ouvrir le journal d'audit

# Inscription : une personne invitée choisit un mot de passe et une application d'authentification.
enrol-title = Configurer votre compte
# $handle (string) — l'identifiant que l'admin a choisi pour cette personne.
enrol-heading = Bienvenue, { $handle }
enrol-intro = Choisissez un mot de passe et connectez une application d'authentification. Les deux vous seront nécessaires pour vous connecter.
enrol-password = Mot de passe
enrol-password-hint = Au moins 12 caractères. Une phrase de quatre mots ou plus convient bien.
enrol-password-confirm = Confirmez le mot de passe
enrol-totp-heading = Application d'authentification
enrol-totp-instructions = Scannez le code avec votre application d'authentification, ou saisissez-y la clé ci-dessous. Saisissez ensuite le code à six chiffres qu'elle affiche.
enrol-totp-key = Clé
enrol-code = Code à six chiffres
enrol-submit = Terminer la configuration
enrol-done-title = Votre compte est prêt
enrol-done-body = Vous pouvez vous connecter avec votre identifiant, votre mot de passe et un code de votre application d'authentification.
error-link-invalid = Ce lien n'est pas valide. Il a peut-être déjà été utilisé ou il a peut-être expiré. Demandez-en un nouveau à un admin.
# $min (number) — le nombre minimum de caractères d'un mot de passe.
error-password-short = Le mot de passe est trop court : utilisez au moins { $min } caractères.
error-password-long = Le mot de passe est trop long.
error-password-mismatch = Les deux mots de passe ne sont pas identiques.
error-code-wrong = Ce code ne correspond pas. Vérifiez l'heure de votre téléphone et essayez le code le plus récent.

# Connexion et déconnexion.
login-title = Connexion
login-handle = Identifiant
login-password = Mot de passe
login-code = Code à six chiffres de votre application d'authentification
login-submit = Se connecter
login-failed = L'identifiant, le mot de passe ou le code n'est pas correct. Rien n'a été modifié.
# $handle (string) — l'identifiant de la personne connectée. $role (string) — son rôle, déjà traduit.
console-signed-in-as = Session ouverte : { $handle } ({ $role }).
console-sign-in = Se connecter
console-sign-out = Se déconnecter
role-reviewer = analyste
role-safeguarding_lead = responsable de la protection de l'enfance
role-auditor = auditeur ou auditrice
role-admin = admin
role-story_editor = éditeur ou éditrice d'histoires
error-csrf = Ce formulaire n'est plus à jour. Rechargez la page et réessayez.

# La vue du journal d'audit réservée aux auditeurs et auditrices (jamais aucun contenu).
audit-title = Journal d'audit
# $entries (number) — combien d'entrées ont été vérifiées. $head (string) — l'empreinte (hash) de l'entrée la plus récente.
audit-intact = La chaîne est intacte. Entrées vérifiées : { $entries }. Empreinte la plus récente : { $head }
# $seq (number) — la première entrée qui ne correspond pas à la chaîne.
audit-broken = La chaîne est ROMPUE à l'entrée { $seq }. Les entrées à partir de celle-ci ont pu être modifiées, supprimées ou réordonnées.
audit-caption = Entrées les plus récentes en premier
audit-col-seq = N°
audit-col-day = Jour
audit-col-actor = Qui
audit-col-action = Quoi
audit-col-subject = Concernant
error-forbidden = Votre rôle ne permet pas d'accéder à cette page. La tentative a été enregistrée.

# Enregistrement de la clé d'un ou d'une analyste (envoyée par le script de la console).
error-signin-needed = Veuillez d'abord vous connecter.
error-key-invalid = Ce n'est pas une clé age protégée par une phrase de passe avec une clé publique valide, donc rien n'a été enregistré.
error-key-exists = Ce compte a déjà une clé, donc rien n'a été modifié.

# La boîte de réception : les dossiers scellés pour la clé de l'analyste connecté·e. Métadonnées uniquement ; la lecture se fait dans le navigateur.
inbox-title = Boîte de réception
inbox-no-key = Votre compte n'a pas encore de clé, donc aucun dossier ne peut être scellé pour vous.
inbox-empty = Aucun dossier ici.
inbox-col-ref = Référence
inbox-col-day = Arrivé le
inbox-col-status = Statut
inbox-col-sealed = Verrouillé
inbox-filter-status = Statut
inbox-filter-all = Tous
inbox-filter-apply = Afficher
inbox-next = Dossiers plus anciens
status-new = nouveau
status-acknowledged = réception confirmée
status-in_progress = en cours
status-waiting_for_child = en attente de l'enfant
status-referred = orienté
status-closed = clôturé
sealed-browser = sur l'appareil de l'enfant
sealed-server = à l'arrivée (sans JavaScript)
inbox-filter-queue = File
inbox-newer = Dossiers plus récents
inbox-needs-script = La lecture des dossiers nécessite le script de la console : il déverrouille votre clé et déchiffre dans ce navigateur. Sans lui, vous ne voyez que cette liste, sans contenu.
queue-all = tous mes dossiers
queue-overdue = en retard (réception non confirmée dans les délais)
queue-escalated = file urgente (dossiers remontés)
queue-mine = qui me sont attribués
queue-possible_flood = afflux suspect : « Je ne suis pas en sécurité » au-delà du rythme habituel du site (remontez les vrais)
category-idea = idée ou avis
category-worry = inquiétude
category-complaint = plainte
category-safety = sécurité
category-health = santé
category-legal = juridique
category-other = autre
urgency-normal = urgence normale
urgency-high = urgence élevée
urgency-urgent = urgent

# Refus de l'API de la console.
error-filter = La boîte de réception ne connaît pas ce filtre. Rien n'a été modifié.
error-change = Ce changement n'est pas possible pour un dossier. Rien n'a été modifié.
error-assignee = Un dossier ne peut être attribué qu'à une personne qui peut le lire. Rien n'a été modifié.
error-note = La note n'est pas arrivée scellée pour les personnes habilitées à lire le dossier, donc elle n'a pas été enregistrée.

# Le poste de travail : la clé de l'analyste, et les dossiers déchiffrés dans ce navigateur.
key-make-heading = Créer votre clé
key-make-intro = Votre navigateur crée maintenant la clé pour laquelle les dossiers sont verrouillés, et la verrouille avec une phrase de passe que vous seul·e connaissez. Le serveur conserve la clé verrouillée ; personne, pas même nous, ne peut réinitialiser la phrase de passe.
key-make-hint = Au moins { $min } caractères. Utilisez une phrase de passe différente de votre mot de passe de connexion.
key-passphrase = Phrase de passe de la clé
key-passphrase-confirm = Confirmez la phrase de passe de la clé
key-make-submit = Créer et verrouiller ma clé
key-working = Traitement en cours… cela prend quelques secondes.
key-passphrase-too-short = La phrase de passe de la clé doit comporter au moins { $min } caractères.
key-passphrase-mismatch = Les deux phrases de passe ne sont pas identiques.
key-unlock-heading = Déverrouiller votre clé
key-unlock-intro = Votre clé reste uniquement dans la mémoire de cette page, jusqu'à ce que vous la verrouilliez, vous déconnectiez ou quittiez la page.
key-unlock-submit = Déverrouiller
key-wrong-passphrase = Cette phrase de passe ne déverrouille pas votre clé.
key-not-this-key = Cette clé n'est pas celle enregistrée pour votre compte. Adressez-vous à un admin.
workbench-unlocked = Votre clé est déverrouillée dans cette page.
workbench-lock = Verrouiller
workbench-cases = Dossiers
case-heading = Dossier { $ref }, arrivé le { $day }
case-cannot-open = Ce dossier ne peut pas être ouvert avec votre clé.
case-assigned-to = attribué à { $handle }
case-escalated = remonté
case-possible-flood = afflux suspect : vérifiez s'il s'agit d'un véritable enfant
case-withdrawal-due = l'enfant l'a retiré : il sera supprimé le { $day }
case-overdue = en retard depuis le { $day }
case-ack-due = Réception à confirmer au plus tard le { $day }
case-category = Catégorie
case-choose = Choisir…
case-urgency = Urgence
case-assignee = Attribué à
case-unassigned = personne
case-escalate = Faire remonter à une personne responsable de la protection de l'enfance
case-saved = Enregistré.
notes-heading = Notes internes
note-label = Nouvelle note interne
note-hint = Scellée dans ce navigateur pour les personnes habilitées à lire le dossier. Jamais montrée à l'enfant.
note-add = Ajouter la note
note-added = Note ajoutée.
note-invalid = Une note doit contenir quelques mots, et 5 000 caractères au maximum.
note-by = { $handle }, { $day }
error-share = Un dossier ne peut être partagé qu'avec une personne habilitée à le lire : jamais avec une personne liée au lieu qu'il concerne. Rien n'a été modifié.
error-not-resealed = Le dossier n'est pas arrivé scellé, donc rien n'a été modifié.
shield-heading = Conflits d'intérêts et partage
share-label = Partager ce dossier avec
share-hint = Seules les personnes habilitées à le lire sont listées : aucune personne liée au lieu qu'il concerne. Le dossier est de nouveau scellé dans ce navigateur, pour les personnes qui le lisent et pour la personne que vous choisissez.
share-submit = Partager
share-done = Partagé.
recuse-hint = Si vous avez un lien avec cet enfant, ce lieu ou les personnes concernées, retirez-vous : vous ne verrez plus ce dossier.
recuse-submit = J'ai un conflit d'intérêts : me retirer de ce dossier

# La preuve, structure par structure, pour l'audit : le bouclier a-t-il tenu ?
proof-title = Structures : le bouclier a-t-il tenu ?
proof-intro = Pour chaque structure : les dossiers qui la nomment, le personnel qui y est rattaché, et si l'une de ces personnes a déjà reçu un tel dossier (ses destinataires enregistrés) ou en a récupéré, consulté ou modifié un (le journal d'audit). Les dossiers supprimés ne sont plus liés à une structure.
proof-chain-intact = La chaîne d'audit est intacte, donc les lectures listées ici sont complètes.
proof-chain-broken = La chaîne d'audit est ROMPUE : cette preuve n'est pas fiable. Vérifiez le journal d'audit.
proof-no-facilities = Aucune structure pour le moment.
proof-col-facility = Structure
proof-col-cases = Dossiers qui la nomment
proof-col-affiliated = Personnel rattaché
proof-col-verdict = Résultat
proof-col-unaccounted = Clés sans compte qui en ont reçu un
proof-unaccounted-none = aucune
proof-held = Tenu : aucune personne rattachée n'a reçu ni lu de dossier qui nomme cette structure.
proof-breached = ATTEINTE. Reçus : { $received }. Lus : { $read }.
console-nav-proof = Ouvrir la preuve par structure

# Déclaration des rattachements (le bouclier).
console-nav-affiliations = Déclarer où vous travaillez ou êtes bénévole
affiliation-title = Vos rattachements
affiliation-intro = Déclarez chaque structure pour laquelle vous travaillez ou êtes bénévole, ou l'organisme qui la gère. Dès votre déclaration, aucun dossier qui nomme ce lieu n'est scellé pour vous ni ne vous est montré. Un admin la confirmera ensuite.
affiliation-label = J'ai un lien avec
affiliation-submit = Déclarer
affiliation-operator = tous les lieux gérés par { $operator }
affiliation-declared = Déclaré. Les dossiers qui le nomment vous sont désormais cachés.
affiliation-invalid = Ce n'est pas une structure ni un organisme connu ici. Rien n'a été modifié.
affiliation-confirmed = confirmé le { $day }
affiliation-unconfirmed = pas encore confirmé
case-place = Concerne le lieu : { $place }
case-place-elsewhere = Concerne un lieu qui ne figure pas dans la liste
case-place-unsaid = L'enfant n'a pas dit de quel lieu il s'agit
case-shared-by = Une copie partagée avec vous par { $handle }, rechiffrée dans son navigateur. L'original de l'enfant est conservé sans changement.
# Ce que l'enfant a choisi dans un parcours guidé (les choix eux-mêmes sont affichés dans les mots de l'enfant).
case-chose-kind = L'enfant a choisi :
case-chose-feelings = Se sent :
case-chose-wishes = Souhaite :

# Les messages entre l'enfant et les analystes (scellés ; l'enfant les lit avec ses images secrètes).
messages-heading = Messages avec l'enfant
message-from-child = De l'enfant, { $day }
# $handle (string) — qui a écrit la réponse ; $day (string) — le jour, AAAA-MM-JJ.
message-to-child = Réponse de { $handle }, { $day }
message-cannot-open = Ce message ne peut pas être ouvert avec votre clé.
reply-label = Répondre à l'enfant
reply-hint = L'enfant la lit avec ses images secrètes. Écrivez simplement, dans la langue de l'enfant.
reply-no-code = L'enfant n'a pas d'images secrètes pour ce dossier, donc une réponse ne peut pas lui parvenir.
reply-template = Partir d'un modèle (dans la langue de l'enfant)
reply-template-none = Aucun modèle
reply-send = Envoyer la réponse
reply-sent = Réponse envoyée.
# Un message vocal scellé avec le dossier, lu après déchiffrement dans ce navigateur.
case-voice = L'enfant a enregistré un message vocal :

# La page des langues (admins) : chaque langue proposée aux enfants et son degré de fiabilité.
console-nav-languages = Langues et traductions
languages-title = Langues
languages-intro = Chaque langue que les enfants peuvent choisir : qui l'a traduite, si une personne de langue maternelle l'a vérifiée, et quelle part en est traduite. Quand un message manque, les enfants le voient dans la langue choisie ci-dessous à sa place, jamais un vide.
languages-step-up = Pour changer une langue de secours, saisissez dans sa ligne un nouveau code de votre propre application d'authentification.
languages-name = Langue
languages-code = Code
languages-translator = Traduit par
languages-machine = Ébauche par traduction automatique
languages-reviewed = Vérification par une personne de langue maternelle
languages-reviewed-yes = Oui
languages-reviewed-no = Pas encore
languages-coverage = Traduit
# $done (number) — messages traduits ; $total (number) — messages en anglais ; $percent (number) — la part, de 0 à 100.
languages-coverage-value = { $done } sur { $total } ({ $percent } %)
languages-fallback = Les messages manquants sont affichés en
languages-save = Enregistrer
languages-saved = Enregistré. Les enfants verront le changement à leur prochaine page.
error-bad-fallback = Cette langue ne peut pas remplacer celle-ci. Rien n'a été modifié.

# La page des éditeurs et éditrices d'histoires.
console-nav-stories = Histoires
stories-title = Histoires
stories-intro = Des histoires racontées par des enfants, pour les usages auxquels ils ont dit oui. Préparez une version : l'enfant la lit ensuite et décide. Seuls les mots exacts qu'un enfant a acceptés peuvent être utilisés.
stories-loading = Ouverture des histoires…
stories-empty = Aucune histoire pour vous pour le moment.
stories-open = Ouvrir cette histoire
stories-older = Histoires plus anciennes
stories-newer = Histoires plus récentes
stories-yes = oui
stories-no = non
stories-not-asked = pas encore demandé
stories-co-not-needed = pas nécessaire
# $day (string) — le jour où l'histoire est arrivée, au format AAAA-MM-JJ.
stories-story = Histoire reçue le { $day }
stories-naming = Nom choisi :
stories-col-purpose = Usage
stories-col-child = L'enfant dit oui
stories-col-co = Tuteur ou défenseur
stories-col-usable = Utilisable
stories-versions = Versions
stories-published = Publiée sur la page publique des histoires.
stories-publish = Publier sur la page publique des histoires
stories-prepare = Préparer une version
stories-prepare-hint = Retirez les noms des membres de la famille, des lieux et des structures, et tout ce qui pourrait permettre d'identifier l'enfant. L'enfant lira exactement ce texte.
stories-language = Langue
stories-byline = Nom affiché (seulement si l'enfant a choisi un nom)
stories-version-text = Texte de cette version
stories-send-version = Envoyer à l'enfant pour lecture
stories-co-heading = La réponse d'un tuteur ou d'un défenseur
stories-co-by = Qui a répondu
stories-co-guardian = Tuteur ou tutrice
stories-co-advocate = Défenseur ou défenseure
stories-co-yes = A dit oui
stories-co-no = A dit non

# Accounts: offboarding (admins).
console-nav-accounts = Comptes (départs)
accounts-title = Comptes
accounts-intro = Désactiver un compte met fin à ses sessions aussitôt, l'empêche de se connecter, et sa clé ne reçoit plus aucun nouveau dossier. Les dossiers déjà chiffrés pour lui le restent : demandez à ses collègues de les reprendre. Chaque changement figure dans le journal d'audit.
accounts-handle = Identifiant
accounts-role = Rôle
accounts-status = État
accounts-change = Changement
accounts-status-invited = invité, pas encore inscrit
accounts-status-active = actif
accounts-status-disabled = désactivé
accounts-disable = Désactiver
accounts-enable = Réactiver
step-up-code = Un nouveau code de votre propre application d'authentification
accounts-disabled = { $handle } est désactivé : ses sessions sont terminées et sa clé ne reçoit plus aucun nouveau dossier.
accounts-enabled = { $handle } peut de nouveau se connecter.
step-up-bad-code = Ce code n'est pas bon ou a déjà servi, et aucune clé d'accès n'a été confirmée. Rien n'a été modifié.
accounts-not-yourself = Vous ne pouvez pas désactiver votre propre compte ici. Rien n'a été modifié.
accounts-unknown = Aucun compte inscrit ne porte cet identifiant. Rien n'a été modifié.

# Publishing a story: separation of duties for a second consent.
story-error-same-person = Un second consentement doit être vérifié par une seconde personne : qui l'a enregistré ne peut pas aussi publier. Demandez à une autre personne chargée des récits. Rien n'a été publié.

# Passkeys (WebAuthn) as a second factor, beside the authenticator app.
console-nav-passkeys = Vos clés d'accès
login-passkey = Se connecter avec une clé d'accès au lieu d'un code
login-passkey-hint = Saisissez d'abord votre identifiant et votre mot de passe. Votre appareil vous demande ensuite votre empreinte, votre visage, votre code PIN ou votre clé de sécurité.
passkey-working = En attente de votre clé d'accès…
passkey-failed = La clé d'accès n'a pas été confirmée. Rien n'a été modifié. Vous pouvez réessayer ou utiliser un code.
passkey-unsupported = Ce navigateur ne peut pas utiliser de clé d'accès ici. Utilisez un code de votre application d'authentification.
passkey-unavailable = Les clés d'accès ne peuvent pas être utilisées à l'adresse de cette console. Demandez à votre administrateur de donner un nom de domaine à la console.
passkey-none-yet = Vous n'avez pas encore de clé d'accès. Ajoutez-en une sur la page « Vos clés d'accès », ou utilisez un code.
passkey-confirm = Utiliser plutôt ma clé d'accès
passkey-confirmed = Clé d'accès confirmée.
passkeys-title = Vos clés d'accès
passkeys-intro = Une clé d'accès (votre empreinte, votre visage ou votre code PIN sur cet appareil, ou une clé de sécurité) peut remplacer un code de votre application d'authentification : pour vous connecter et pour confirmer des actions sensibles. Votre application d'authentification continue de fonctionner à côté.
passkeys-none = Vous n'avez pas encore de clé d'accès.
passkeys-label = Nom
passkeys-label-hint = Pour distinguer vos clés d'accès, par exemple « ordinateur du bureau » : de 1 à 40 caractères.
passkeys-added = Ajoutée le
passkeys-last-used = Dernière utilisation
passkeys-never-used = Jamais
passkeys-change = Retirer
passkeys-remove = Retirer
passkeys-add-heading = Ajouter une clé d'accès
passkeys-add = Ajouter une clé d'accès
passkeys-added-notice = Votre clé d'accès a été ajoutée.
passkeys-removed = La clé d'accès a été retirée.
passkeys-not-found = Vous n'avez pas cette clé d'accès. Rien n'a été modifié.
passkeys-bad-label = Donnez à la clé d'accès un nom de 1 à 40 caractères. Rien n'a été modifié.
passkeys-duplicate = Cette clé d'accès est déjà enregistrée. Rien n'a été modifié.

# Consultations (consultation leads).
role-consultation_lead = responsable des consultations
console-nav-consultations = Consultations
consultations-title = Consultations
consultations-intro = Les consultations proposées aux enfants. Les résultats se lisent à partir du lendemain de la clôture, jamais avant, et toujours avec les petits groupes masqués.
consultations-none = Aucune consultation pour l'instant. Ajoutez-en une avec « Nouvelle consultation » ci-dessus, ou avec `heard consultations add`.
# $opens (text): the day it opens; $closes (text): the day it closes (YYYY-MM-DD).
consultations-days = du { $opens } au { $closes }
consultations-name = Consultation
consultations-when = Ouverte
consultations-results = Résultats
consultations-export = Exporter (CSV)
consultations-embargo = Sous embargo jusqu'à la clôture
consultations-chain = Qui a demandé, qui a participé, ce qui a été décidé
consultations-asked-by = Demandé par, et résultats remis à :
# $count (number): the most children who answered any one question.
consultations-took-part = Ont participé : { $count }
# $k (number): the smallest group whose answers are shown.
consultations-took-part-few = Ont participé : moins de { $k }
# $count (number): decisions recorded; $done (number): of them, done.
consultations-decided = Décisions : { $count } (réalisées : { $done })

# A consultation's written answers (free-text questions), opened in the lead's browser.
consultations-written = Réponses écrites
written-intro = Ce que les enfants ont écrit, ouvert ici avec votre clé et nulle part ailleurs. Personne d'autre ne le voit, sauf si vous approuvez une citation, et les citations ne sont publiées qu'avec les résultats. Si une réponse fait état d'un préjudice ou d'un danger, faites-en un dossier confidentiel : elle est transmise aux analystes (jamais à une personne liée au lieu) et sort de cette liste.
written-none = Aucune réponse écrite pour l'instant.
written-quote-label = Citation à publier (raccourcissez-la et retirez tout ce qui pourrait permettre d'identifier un enfant)
written-quote-submit = Approuver cette citation
written-quote-saved = Citation approuvée. Elle sera montrée avec les résultats.
written-quote-bad = Une citation doit comporter de 1 à 600 caractères. Rien n'a été enregistré.
written-case-submit = En faire un dossier confidentiel
written-case-hint = Pour une réponse qui fait état d'un préjudice, d'un danger ou de maltraitance. Elle est de nouveau scellée ici, dans votre navigateur, pour les analystes uniquement ; vous ne pourrez pas lire le dossier.
written-case-made = Transmise aux analystes comme dossier confidentiel. Elle ne figure plus dans cette consultation.
written-recipients-changed = Les analystes ont changé pendant le scellement. Veuillez réessayer.

# The leads' builder: a consultation from its definition, and managing one.
consultations-manage = Gérer
consultations-more = Plus
builder-title = Nouvelle consultation
builder-intro = Rédigez ci-dessous la définition de la consultation (l'exemple en montre le format ; docs/CONSULTATIONS.md explique chaque champ). Elle est vérifiée en entier avant tout enregistrement et, si elle est refusée, la raison en est indiquée.
builder-rule-texts = Chaque texte que voit un enfant doit être fourni dans chaque langue proposée, sauf si une langue de secours qui le contient est choisie.
builder-rule-pictures = Chaque question et chaque réponse a besoin d'une image (un emoji ou un symbole).
builder-rule-k = Les résultats ne montrent jamais un groupe de moins de k enfants (min_group : 10 par défaut ; jamais moins de 5).
builder-definition = Définition (TOML)
builder-submit = Vérifier et ajouter
# $detail (text): the parser's own words, in English.
builder-not-toml = Ce n'est pas une définition au format attendu : { $detail }
# $id (text)
builder-bad-id = L'identifiant « { $id } » doit comporter de 3 à 40 lettres minuscules, chiffres ou traits d'union.
# $day (text)
builder-bad-day = « { $day } » n'est pas une date (YYYY-MM-DD).
builder-closes-before = La date de clôture précède la date d'ouverture.
# $k (number)
builder-k-low = k (min_group) vaut { $k } ; il ne peut jamais être inférieur à 5.
# $locale (text)
builder-unknown-locale = « { $locale } » n'est pas une langue du site pour les enfants.
builder-no-locale = Elle n'est proposée dans aucune langue.
# $max (number)
builder-question-count = Elle doit poser de 1 à { $max } questions.
# $key (text)
builder-bad-key = « { $key } » n'est pas une clé valide (de 1 à 30 lettres minuscules, chiffres ou _), ou elle est utilisée deux fois.
# $question (text); $min, $max (numbers): how many answers it may have.
builder-option-count = La question « { $question } » demande de { $min } à { $max } réponses.
# $question (text)
builder-free-text-options = La question « { $question } » demande un texte libre : elle n'a donc pas de réponses à choisir.
# $what (text)
builder-bad-icon = « { $what } » a besoin d'une image : un emoji ou un symbole de 16 caractères au plus.
# $locale (text); $text (text): the text's id.
builder-missing-text = Le texte « { $text } » manque en { $locale }, et aucune langue de secours ne le contient.
# $locale (text); $text (text): the text's id.
builder-bad-text = Le texte « { $text } » en { $locale } est vide ou dépasse 600 caractères.
# $locale (text); $text (text): the text's id.
builder-unknown-text = Le texte « { $text } » en { $locale } ne fait pas partie de ceux qu'utilise cette consultation.
# $id (text)
builder-exists = Une consultation « { $id } » existe déjà. Rien n'a été modifié.
# $place (text)
builder-unknown-place = « { $place } » n'est pas un lieu actif ici.
builder-actions-count = Indiquez de 1 à 20 actions.
# $n (number): the action's number; $question (text)
builder-actions-question = L'action { $n } répond à « { $question } », qui n'est pas une question de cette consultation.
# $n (number); $locale (text)
builder-actions-missing = L'action { $n } n'a pas de texte en { $locale }, et aucune langue de secours ne le contient.
# $n (number); $locale (text)
builder-actions-why = L'action { $n } n'a pas été réalisée : indiquez pourquoi, en { $locale }.
# $n (number); $locale (text)
builder-actions-text = Action { $n } : un texte en { $locale } est vide ou dépasse 600 caractères.
manage-actions-title = Vous avez dit, nous avons fait
manage-actions-hint = Ce qui a été décidé à la suite de cette consultation, et ce qu'il en est advenu : chaque action avec son état (planned, in_progress, done, not_done — qui indique pourquoi), dans chaque langue où la consultation a été proposée. Cela remplace les actions définies auparavant. docs/examples/actions.toml en montre le format.
manage-actions-label = Actions (TOML)
manage-actions-submit = Vérifier et enregistrer
# $count (number)
manage-actions-set = { $count ->
    [one] { $count } action enregistrée.
   *[other] { $count } actions enregistrées.
}
manage-close-title = Clôturer maintenant
manage-close-hint = Plus aucune réponse n'est acceptée, et les résultats peuvent être lus dès aujourd'hui. C'est irréversible.
manage-close-submit = Clôturer cette consultation
manage-closed = La consultation est clôturée. Ses résultats peuvent être lus dès maintenant.
manage-not-open = Cette consultation n'est pas ouverte.
manage-delete-title = Supprimer
manage-delete-hint = Supprime la consultation en entier : ses questions, les décomptes, les réponses écrites, les citations approuvées et ce qui a été décidé. C'est irréversible.
manage-delete-submit = Supprimer cette consultation

## The workbench's list: search, filters, sorting, keys
triage-col-kind = Type
triage-col-deadline = Échéance
triage-col-place = Lieu
triage-col-words = Premiers mots
triage-place-elsewhere = ailleurs
triage-count = { $shown } dossiers affichés sur { $held }
triage-opening = Ouverture des dossiers dans ce navigateur : { $count } pour l’instant…
triage-search = Rechercher dans les dossiers
triage-search-hint = Recherche dans ce navigateur uniquement : ce que vous tapez n’est jamais envoyé.
triage-feeling = Ressent
triage-wish = Souhaite
triage-lang = Langue
triage-reload = Recharger les dossiers
keys-button = Raccourcis clavier
keys-heading = Raccourcis clavier
keys-next = Dossier suivant
keys-previous = Dossier précédent
keys-open = Aller au dossier ouvert
keys-acknowledge = Accuser réception du dossier ouvert
keys-assign-me = M’attribuer le dossier ouvert
keys-escalate = Transmettre le dossier ouvert à un responsable de la protection
keys-note = Écrire une note sur le dossier ouvert
keys-search = Rechercher dans les dossiers
keys-lock = Verrouiller
keys-sheet = Afficher ou masquer cette liste
keys-no-case = Ouvrez d’abord un dossier.
keys-mark = Sélectionner ou désélectionner le dossier ouvert pour une action groupée
triage-mark = Sélectionner le dossier { $ref }
triage-mark-all = Sélectionner tous les dossiers affichés
bulk-heading = Dossiers sélectionnés
bulk-selected = { $count ->
    [one] Un dossier sélectionné
   *[other] { $count } dossiers sélectionnés
}
bulk-acknowledge = Accuser réception
bulk-assign-me = M’attribuer
bulk-close = Clore
bulk-clear = Vider la sélection
bulk-confirm-acknowledge = { $count ->
    [one] Accuser réception d’un dossier ?
   *[other] Accuser réception de { $count } dossiers ?
}
bulk-confirm-assign-me = { $count ->
    [one] Vous attribuer un dossier ?
   *[other] Vous attribuer { $count } dossiers ?
}
bulk-confirm-close = { $count ->
    [one] Clore un dossier ?
   *[other] Clore { $count } dossiers ?
}
bulk-yes = Oui, le faire
bulk-cancel = Annuler
bulk-done = { $count ->
    [one] Un dossier modifié.
   *[other] { $count } dossiers modifiés.
}
bulk-refused = Non modifiés : { $refs }.
queues-heading = Les files de l’équipe
queues-hint = Comptées dans ce navigateur sur les dossiers que vous détenez : un dossier qui vous est caché n’est dans aucun compte.
queues-open = Ouverts
queues-new = Nouveaux
queues-overdue = En retard
queues-escalated = Transmis
error-view = Cette vue ne peut pas être enregistrée : donnez-lui un nom de 60 caractères au plus, avec seulement les filtres que propose l’espace de travail.
error-views-full = Vous gardez déjà autant de vues que permis (20) : supprimez-en une d’abord.
views-label = Vues enregistrées
views-none = Choisir une vue enregistrée…
views-name = Nom de cette vue
views-save = Enregistrer ces filtres comme vue
views-delete = Supprimer cette vue
views-hint = Une vue garde les filtres et l’ordre, jamais votre recherche. Son nom est enregistré tel que vous le tapez : nommez ce qu’elle montre, jamais un enfant ni personne d’autre.
views-saved = Vue « { $name } » enregistrée.
keys-not-new = Seul un nouveau dossier reçoit un accusé de réception : celui-ci a déjà reçu une réponse.
keys-on = Les raccourcis d’une lettre sont actifs (désactivez-les si vous dictez des commandes ou du texte)
triage-capped = Seuls les { $most } dossiers les plus récents sont ici : la recherche et les filtres ne portent que sur eux.

# Commun au site des enfants et à la console.

# Le nom du produit.
brand = Heard
# Libellé du choix de la langue.
lang-switch-label = Langue
# Le bouton à côté du nom de chaque langue, qui dit ce nom à voix haute, avec la voix de cette langue.
# $name (string) — le nom de la langue dans sa propre langue et sa propre écriture, par ex. « Español ».
lang-listen = Écouter : { $name }
# Titre et texte de la page affichée pour une adresse qui n'existe pas.
page-title-not-found = Page introuvable
error-not-found = Cette page n'existe pas.
error-go-back = Revenir au début
# Titre d'une page qui signale un problème.
page-title-error = Un problème est survenu

# Histoires : refus, et la page publique des histoires.
story-error-not-consented = L'enfant n'a pas dit oui à ceci. Rien n'a été modifié.
story-error-needs-js = Pour raconter une histoire, il faut un navigateur qui fait fonctionner les scripts, pour que tu reçoives tes images secrètes. Rien n'a été envoyé.
story-error-not-approved = Ce ne sont pas les mots exacts que l'enfant a acceptés. Rien n'a été publié.
story-error-named = L'enfant a choisi de ne pas donner de nom. Rien n'a été publié.
story-error-names-facility = Ces mots nomment un lieu où vivent des enfants. Rien n'a été publié.
public-stories-title = Histoires d'enfants
public-stories-intro = Chaque histoire ici est affichée avec des mots que la personne qui l'a racontée a lus et acceptés. Cette personne peut la retirer à tout moment.
public-stories-none = Il n'y a pas encore d'histoires ici.

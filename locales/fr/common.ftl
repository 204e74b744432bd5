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

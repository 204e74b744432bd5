# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = Lang
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = Koute: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = Nou pa jwenn paj la
error-not-found = Paj sa a pa egziste.
error-go-back = Retounen nan kòmansman
# Title of a page that reports a problem.
page-title-error = Gen yon bagay ki pa mache

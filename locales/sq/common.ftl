# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = Gjuha
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = Dëgjo: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = Faqja nuk u gjet
error-not-found = Kjo faqe nuk ekziston.
error-go-back = Kthehu në fillim
# Title of a page that reports a problem.
page-title-error = Diçka shkoi keq

# Stories: refusals, and the public story page.
story-error-not-consented = Fëmija nuk ka thënë po për këtë. Nuk u ndryshua asgjë.
story-error-needs-js = Për të treguar një histori të duhet një shfletues që ekzekuton skripte, që të marrësh figurat e tua të fshehta. Nuk u dërgua asgjë.
story-error-not-approved = Këto nuk janë pikërisht fjalët që pranoi fëmija. Nuk u publikua asgjë.
story-error-named = Fëmija zgjodhi të mos përmendet me emër. Nuk u publikua asgjë.
story-error-names-facility = Këto fjalë përmendin një vend ku jetojnë fëmijë. Nuk u publikua asgjë.
public-stories-title = Historitë e fëmijëve
public-stories-intro = Çdo histori këtu shfaqet me fjalë që personi që e tregoi i lexoi dhe i pranoi. Ky person mund ta tërheqë në çdo kohë.
public-stories-none = Nuk ka ende histori këtu.

# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = Lugha
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = Sikiliza: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = Ukurasa haukupatikana
error-not-found = Ukurasa huu haupo.
error-go-back = Rudi mwanzo
# Title of a page that reports a problem.
page-title-error = Kuna tatizo limetokea

# Stories: refusals, and the public story page.
story-error-not-consented = Mtoto hajasema ndiyo kwa hili. Hakuna kilichobadilishwa.
story-error-needs-js = Ili kusimulia hadithi unahitaji kivinjari kinachoendesha skripti, ili upate picha zako za siri. Hakuna kilichotumwa.
story-error-not-approved = Haya si yale maneno hasa ambayo mtoto aliyakubali. Hakuna kilichochapishwa.
story-error-named = Mtoto alichagua kutotajwa kwa jina. Hakuna kilichochapishwa.
story-error-names-facility = Maneno haya yanataja mahali wanapoishi watoto. Hakuna kilichochapishwa.
public-stories-title = Hadithi za watoto
public-stories-intro = Kila hadithi hapa inaonyeshwa kwa maneno ambayo mwandishi wake aliyasoma na kuyakubali. Mwandishi anaweza kuiondoa wakati wowote.
public-stories-none = Bado hakuna hadithi hapa.

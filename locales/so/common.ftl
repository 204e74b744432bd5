# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = Luqadda
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = Dhageyso: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = Boggan lama helin
error-not-found = Boggani ma jiro.
error-go-back = Ku noqo bilowga
# Title of a page that reports a problem.
page-title-error = Wax baa khaldamay

# Stories: refusals, and the public story page.
story-error-not-consented = Ilmuhu haa kuma odhan tan. Waxba lama beddelin.
story-error-needs-js = Sheeko sheegiddu waxay u baahan tahay browser wada scripts, si aad u hesho sawiradaada sirta ah. Waxba lama dirin.
story-error-not-approved = Kuwani ma aha erayadii saxda ahaa ee ilmuhu oggolaaday. Waxba lama daabicin.
story-error-named = Ilmuhu wuxuu doortay in aan magaciisa la sheegin. Waxba lama daabicin.
story-error-names-facility = Erayadani waxay magacaabayaan meel ay carruur ku nool yihiin. Waxba lama daabicin.
public-stories-title = Sheekooyinka carruurta
public-stories-intro = Sheeko kasta oo halkan ku jirta waxaa lagu muujiyaa erayo uu qoraageedu akhriyay oo oggolaaday. Qoraagu wuu dib u qaadan karaa waqti kasta.
public-stories-none = Weli halkan sheekooyin kuma jiraan.

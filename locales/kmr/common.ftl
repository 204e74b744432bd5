# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = Ziman
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = Guhdarî bike: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = Rûpel nehat dîtin
error-not-found = Ev rûpel tune ye.
error-go-back = Vegere destpêkê
# Title of a page that reports a problem.
page-title-error = Pirsgirêkek çêbû

# Stories: refusals, and the public story page.
story-error-not-consented = Zarokî ji vê re negotiye erê. Tiştek nehat guhertin.
story-error-needs-js = Ji bo vegotina çîrokê gerokeke ku skrîptan dixebitîne pêwîst e, da ku tu wêneyên xwe yên nehênî bistînî. Tiştek nehat şandin.
story-error-not-approved = Ev ne tam ew gotin in ku zarokî pejirandine. Tiştek nehat weşandin.
story-error-named = Zarokî hilbijart ku navê wî/wê neyê nîşandan. Tiştek nehat weşandin.
story-error-names-facility = Di van gotinan de navê cihekî ku zarok lê dijîn heye. Tiştek nehat weşandin.
public-stories-title = Çîrokên zarokan
public-stories-intro = Her çîrokek li vir bi gotinên ku nivîskarê wê xwendine û pejirandine tê nîşandan. Nivîskar dikare kengî bixwaze wê paşve bikişîne.
public-stories-none = Hêj li vir tu çîrok tune ne.

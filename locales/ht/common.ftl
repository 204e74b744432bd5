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

# Stories: refusals, and the public story page.
story-error-not-consented = Timoun nan pa t di wi pou sa a. Nou pa chanje anyen.
story-error-needs-js = Pou rakonte yon istwa, ou bezwen yon navigatè ki fè eskrip mache, pou ou ka resevwa imaj sekrè ou yo. Nou pa voye anyen.
story-error-not-approved = Sa yo pa mo egzak timoun nan te dakò yo. Nou pa pibliye anyen.
story-error-named = Timoun nan te chwazi pou yo pa nonmen l. Nou pa pibliye anyen.
story-error-names-facility = Mo sa yo nonmen yon kote timoun ap viv. Nou pa pibliye anyen.
public-stories-title = Istwa timoun yo
public-stories-intro = Chak istwa isit la parèt ak mo moun ki rakonte l la te li epi li te dakò. Moun sa a ka retire l nenpòt ki lè.
public-stories-none = Poko gen istwa isit la.

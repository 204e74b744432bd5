# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = Language
# The button next to each language's name that says the name aloud, in that language's voice.
# $name (string) — the language's own name in its own script, e.g. "Español".
lang-listen = Listen: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = Page not found
error-not-found = This page does not exist.
error-go-back = Go back to the start
# Title of a page that reports a problem.
page-title-error = Something went wrong

# Stories: refusals, and the public story page.
story-error-not-consented = The child has not said yes to this. Nothing was changed.
story-error-needs-js = Telling a story needs a browser that runs scripts, so that you get your secret pictures. Nothing was sent.
story-error-not-approved = These are not the exact words the child approved. Nothing was published.
story-error-named = The child chose not to be named. Nothing was published.
story-error-names-facility = These words name a place where children live. Nothing was published.
public-stories-title = Children's stories
public-stories-intro = Every story here is shown in words its author read and approved. They can take it back at any time.
public-stories-none = There are no stories here yet.

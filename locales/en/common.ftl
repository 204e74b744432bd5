# Shared by the child site and the console.

# The product's name.
brand = Heard
# This language's own name, written in its own script (shown in the language switch).
lang-self-name = English
# Label of the language switch.
lang-switch-label = Language
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = Page not found
error-not-found = This page does not exist.
error-go-back = Go back to the start
# Title of a page that reports a problem.
page-title-error = Something went wrong

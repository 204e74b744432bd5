# Shared by the child site and the console.

# The product's name.
brand = Heard
# Label of the language switch.
lang-switch-label = اللغة
# $name (string) — the language's own name in its own script.
lang-listen = استمع: { $name }
# Heading and text of the page shown for an address that does not exist.
page-title-not-found = الصفحة غير موجودة
error-not-found = هذه الصفحة غير موجودة.
error-go-back = العودة إلى البداية
# Title of a page that reports a problem.
page-title-error = حدثت مشكلة

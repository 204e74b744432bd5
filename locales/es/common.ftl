# Compartido por el sitio para niñas, niños y adolescentes y la consola.

# El nombre del producto.
brand = Heard
# El nombre de este idioma, escrito en su propia escritura (se muestra en el selector de idioma).
lang-self-name = Español
# Etiqueta del selector de idioma.
lang-switch-label = Idioma
# Título y texto de la página que se muestra para una dirección que no existe.
page-title-not-found = Página no encontrada
error-not-found = Esta página no existe.
error-go-back = Volver al inicio
# Título de una página que informa de un problema.
page-title-error = Algo salió mal

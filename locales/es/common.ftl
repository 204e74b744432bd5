# Compartido por el sitio para niñas, niños y adolescentes y la consola.

# El nombre del producto.
brand = Heard
# Etiqueta del selector de idioma.
lang-switch-label = Idioma
# El botón junto al nombre de cada idioma que lo dice en voz alta, con la voz de ese idioma.
# $name (texto): el nombre propio del idioma en su escritura, p. ej. "Español".
lang-listen = Escuchar: { $name }
# Título y texto de la página que se muestra para una dirección que no existe.
page-title-not-found = Página no encontrada
error-not-found = Esta página no existe.
error-go-back = Volver al inicio
# Título de una página que informa de un problema.
page-title-error = Algo salió mal

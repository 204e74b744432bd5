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

# Historias: rechazos, y la página pública de historias.
story-error-not-consented = El niño o la niña no dijo que sí a esto. No se cambió nada.
story-error-needs-js = Para contar una historia se necesita un navegador que use scripts, para que recibas tus dibujos secretos. No se envió nada.
story-error-not-approved = Estas no son las palabras exactas que aprobó el niño o la niña. No se publicó nada.
story-error-named = El niño o la niña eligió no aparecer con su nombre. No se publicó nada.
story-error-names-facility = Estas palabras nombran un lugar donde viven niñas y niños. No se publicó nada.
public-stories-title = Historias de niñas y niños
public-stories-intro = Cada historia de esta página se muestra con palabras que leyó y aprobó la persona que la contó. Esa persona puede retirarla cuando quiera.
public-stories-none = Todavía no hay historias aquí.

# La página donde el niño o la niña escribe. Palabras sencillas.

page-title-intake = Cuéntanos
intake-heading = Cuéntanos lo que piensas o sientes
intake-locked = Lo que escribes se cierra con llave antes de salir de este aparato. Solo las personas elegidas para leer los mensajes pueden abrirlo.
intake-nojs = Tu navegador no está usando scripts. Nuestro servidor cerrará tu mensaje con llave en cuanto llegue, antes de guardarlo.
intake-label = Tu mensaje
intake-hint = Escribe tanto o tan poco como quieras, en el idioma que quieras.
intake-send = Enviar
intake-sending = Enviando…
intake-retry = Intentar de nuevo

page-title-sent = Tu mensaje llegó
intake-sent-heading = Tu mensaje llegó
intake-sent-body = Está guardado y cerrado con llave. Gracias por contárnoslo.
intake-write-another = Escribir otro mensaje

# Errores. Cada uno dice qué pasó y que no se perdió ni se guardó nada.
error-not-arrived = Tu mensaje todavía no llegó. Tus palabras siguen aquí. Por favor, inténtalo de nuevo.
error-empty = Por favor, escribe algo antes de enviar.
# $max (número): la cantidad máxima de caracteres que puede tener un mensaje.
error-too-long = Tu mensaje es demasiado largo. Por favor, hazlo más corto: como máximo { $max } caracteres.
error-not-sealed = Lo que llegó no era un mensaje cerrado con llave, así que no se guardó nada.
error-too-large = Lo que llegó era demasiado grande, así que no se guardó nada.
error-bad-id = No pudimos reconocer este mensaje, así que no se guardó nada. Por favor, abre la página otra vez y envíalo de nuevo.
error-cross-site = Esto vino de otro sitio web, así que no se guardó nada.
error-unavailable = Algo salió mal de nuestro lado, así que no se guardó nada. Por favor, inténtalo más tarde.
error-bad-form = El formulario no estaba completo, así que no se guardó nada. Por favor, abre la página otra vez.
error-recipients-changed = Algo cambió de nuestro lado mientras escribías, así que todavía no se guardó nada. Por favor, pulsa Enviar otra vez.

# De qué lugar trata el mensaje. Elegir un lugar lo oculta a quien trabaja allí.
intake-place-label = ¿De qué lugar se trata? (Puedes saltar esto.)
intake-place-hint = Si eliges un lugar, nadie que trabaje para ese lugar podrá leer tu mensaje.
intake-place-unsaid = Prefiero no decirlo
intake-place-elsewhere = Otro lugar
error-unknown-place = No conocemos ese lugar, así que no se guardó nada. Por favor, elige otro, o «Prefiero no decirlo».
error-proof-needed = No pudimos comprobar tu mensaje, así que todavía no se guardó nada. Por favor, pulsa Enviar otra vez.
error-too-many = Enviaste muchos mensajes desde este aparato en poco tiempo, así que este no se guardó. Por favor, espera un rato y vuelve a intentarlo.

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
error-empty = Todavía no hay nada para enviar. Por favor, elige o escribe algo primero.
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

# Salida rápida: un botón en cada pantalla que oculta la página enseguida y sale del sitio.
quick-exit = Salida rápida
# El botón que lee la pantalla en voz alta con la voz del propio aparato.
read-aloud = Leer en voz alta

# La primera pantalla: qué quiere compartir el niño o la niña.
share-heading = ¿Qué te gustaría compartir?
kind-legend = ¿Qué te gustaría compartir? (Puedes saltar esto.)
kind-idea = Una idea o lo que pienso
kind-idea-hint = Algo que podría estar mejor, o lo que piensas de algo.
kind-worry = Una preocupación
kind-worry-hint = Algo que te pone triste, te da miedo o te preocupa.
kind-complaint = Una queja
kind-complaint-hint = Algo que estuvo mal o que no fue justo.
kind-unsafe = No estoy a salvo
kind-unsafe-hint = Pide ayuda ahora.

# Avance por las pantallas.
# $n (número): el número de esta pantalla; $total (número): cuántas pantallas hay.
step-progress = Paso { $n } de { $total }
step-back = Atrás
step-next = Siguiente

# La pantalla honesta antes de la primera pregunta.
before-heading = Antes de empezar
before-who-heading = Quién lo lee
before-who = Unas pocas personas preparadas, elegidas para leer los mensajes. Nadie que trabaje en el lugar que nombres puede leerlo.
before-next-heading = Qué pasa después
# $days (número): en cuántos días como máximo una persona lee un mensaje nuevo.
before-next = { $days ->
    [one] Una persona lo va a leer en un día o menos.
   *[other] Una persona lo va a leer en { $days } días o menos.
}
before-cannot-heading = De qué no te podemos proteger
before-cannot = Alguien que vea tu pantalla, o que tome este aparato, puede ver lo que escribes. Si alguien está en peligro, quizás tengamos que avisar a personas que pueden cuidarlo.
before-exit = Si llega alguien, pulsa «Salida rápida» o pulsa Esc tres veces. La página desaparece enseguida.
before-start = Entiendo, empezar

# «No estoy a salvo»: primero, los contactos de ayuda.
help-heading = Puedes recibir ayuda ahora
help-call-now = Si estás en peligro ahora, llama a uno de estos números:
help-no-contacts = Si estás en peligro ahora, llama al número de emergencias de este país.
help-tell-us = También puedes contarnos lo que está pasando. Lo vamos a leer primero.

# Las preguntas.
feelings-heading = ¿Cómo te sientes?
feelings-hint = Puedes elegir más de una respuesta, o saltar esto.
feeling-happy = Feliz
feeling-okay = Bien
feeling-sad = Triste
feeling-scared = Con miedo
feeling-angry = Con enojo
feeling-worried = Con preocupación
words-label-idea = ¿Cuál es tu idea?
words-label-worry = ¿Qué te preocupa?
words-label-complaint = ¿Qué pasó?
words-label-unsafe = ¿Qué está pasando? ¿Dónde estás? (Solo si puedes.)
wish-heading = ¿Qué te gustaría que pase?
wish-hint = Puedes elegir más de una respuesta, o saltar esto.
wish-talk = Quiero hablar con alguien
wish-change = Quiero que algo cambie
wish-just_know = Solo quiero que lo sepan
wish-not_sure = No lo sé

# La revisión antes de enviar.
review-heading = Revisa antes de enviar
review-kind = Lo que compartes
review-feelings = Cómo te sientes
review-words = Tus palabras
review-place = El lugar
review-wishes = Lo que te gustaría
review-skipped = Saltaste esto.
review-change = Cambiar
review-urgent = Vamos a atender esto con urgencia.

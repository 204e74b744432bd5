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
intake-kept-heading = Guardado en este aparato
intake-kept-body = El internet no funciona ahora mismo. Tu mensaje está cerrado con llave y guardado en este aparato. Nadie aquí puede leerlo. Se enviará solo cuando el internet vuelva a funcionar. Tus dibujos secretos funcionarán después de eso.

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
error-busy = Ahora están llegando muchísimos mensajes, así que el tuyo todavía no se guardó. Por favor, inténtalo de nuevo en unos minutos. Si ahora no estás a salvo, elige «No estoy a salvo»: esos mensajes pasan primero.
error-form-expired = Esta página estuvo abierta mucho tiempo o ya se usó, así que no se guardó nada. Por favor, abre la página otra vez y envía tu mensaje.

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
kind-story = Contar mi historia
kind-story-hint = Tú decides quién puede verla.

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
words-label-story = Cuenta tu historia. Puedes escribirla o decirla en voz alta.
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

# Kiosk mode: after a while without input, before the screen is cleared for the next person.
kiosk-warning-heading = ¿Sigues aquí?
kiosk-warning-body = Si nadie toca la pantalla, pronto se borrará todo lo que hay en ella, para que la próxima persona no pueda verlo.
kiosk-stay = Sigo aquí

# The return code: pictures the child keeps to come back. Each picture's name, for screen readers
# and read-aloud (shown under the picture).
picture-dog = perro
picture-cat = gato
picture-fish = pez
picture-bird = pájaro
picture-horse = caballo
picture-cow = vaca
picture-rabbit = conejo
picture-turtle = tortuga
picture-butterfly = mariposa
picture-bee = abeja
picture-elephant = elefante
picture-lion = león
picture-frog = rana
picture-monkey = mono
picture-duck = pato
picture-owl = búho
picture-apple = manzana
picture-banana = plátano
picture-grapes = uvas
picture-lemon = limón
picture-carrot = zanahoria
picture-corn = maíz
picture-bread = pan
picture-cheese = queso
picture-egg = huevo
picture-cake = pastel
picture-watermelon = sandía
picture-cherries = cerezas
picture-strawberry = fresa
picture-pineapple = piña
picture-mushroom = hongo
picture-pepper = chile
picture-sun = sol
picture-moon = luna
picture-star = estrella
picture-cloud = nube
picture-rainbow = arcoíris
picture-flower = flor
picture-tree = árbol
picture-leaf = hoja
picture-mountain = montaña
picture-shell = caracola
picture-glasses = lentes
picture-snowflake = copo de nieve
picture-umbrella = paraguas
picture-house = casa
picture-car = carro
picture-bicycle = bicicleta
picture-teddy = osito de peluche
picture-rocket = cohete
picture-train = tren
picture-ball = pelota
picture-guitar = guitarra
picture-drum = tambor
picture-book = libro
picture-pencil = lápiz
picture-key = llave
picture-clock = reloj
picture-bell = campana
picture-gift = regalo
picture-balloon = globo
picture-crown = corona
picture-shoe = zapato
picture-heart = corazón

# After sending: the child's code.
code-heading = Tus dibujos secretos
code-body = Con estos dibujos puedes volver, leer nuestra respuesta, agregar algo o retirar tu mensaje. Recuérdalos en este orden, o escríbelos y guárdalos en un lugar seguro. No se los muestres a nadie.
code-print = Imprimir mis dibujos
code-come-back = Volver con mis dibujos

# Coming back with the code.
page-title-back = Volver
back-heading = Vuelve con tus dibujos secretos
back-hint = Elige tus ocho dibujos en el mismo orden.
back-chosen = Tus dibujos hasta ahora
back-remove = Quitar el último dibujo
back-open = Abrir
back-opening = Abriendo…
back-not-found = No encontramos ningún mensaje con estos dibujos. Por favor, revísalos e inténtalo de nuevo.
back-too-many = Lo intentaste muchas veces. Por favor, espera un rato antes de volver a intentarlo.
back-incomplete = Por favor, elige los ocho dibujos.
back-status-heading = Qué está pasando con tu mensaje
back-status-new = Tu mensaje llegó. Todavía nadie lo leyó.
back-status-acknowledged = Una persona de nuestro equipo leyó tu mensaje.
back-status-in_progress = Una persona de nuestro equipo está trabajando en tu mensaje.
back-status-waiting_for_child = Te estamos esperando. Por favor, lee nuestra respuesta.
back-status-referred = Les pedimos apoyo a otras personas que pueden ayudar.
back-status-closed = Terminamos de atender tu mensaje.
back-replies-heading = Nuestras respuestas
back-no-replies = Todavía no hay respuesta.
back-reply-from-us = Nuestra respuesta
back-reply-from-you = Lo que agregaste
back-add-label = Agrega algo a tu mensaje
back-add = Enviar
back-added = Llegó. Gracias.
back-withdraw-heading = Retirar tu mensaje
back-withdraw-body = Si lo retiras, borramos lo que escribiste y nuestras respuestas. Esto no se puede deshacer.
back-withdraw = Retirar mi mensaje
back-withdraw-confirm = Sí, retirarlo
back-withdrawn = Tu mensaje se retiró y se borró.
back-withdraw-body-urgent = Dijiste que no estabas a salvo. Si retiras este mensaje, una persona encargada de proteger a niñas y niños todavía puede leerlo hasta el { $day }, para asegurarse de que estás a salvo. Después lo borramos, con nuestras respuestas. Esto no se puede deshacer.
back-withdrawn-urgent = Retiraste tu mensaje. Una persona encargada de proteger a niñas y niños todavía puede leerlo hasta el { $day }, para asegurarse de que estás a salvo. Después se borra.
back-close = Cerrar
back-needs-js = Para volver se necesita un navegador que use scripts, porque tus dibujos secretos se convierten en tu llave en este aparato.
back-cannot-open = Este mensaje no se puede abrir.

# Recording instead of writing.
voice-hint = También puedes decirlo en voz alta en vez de escribir. Se cierra con llave como tus palabras antes de salir de este aparato.
voice-record = Grabar mi voz
voice-stop = Parar la grabación
voice-recording = Grabando… Presiona «Parar la grabación» cuando termines.
voice-recorded = Tu grabación. Puedes escucharla antes de enviarla.
voice-delete = Borrar la grabación
voice-refused = No pudimos grabar. Puedes escribir en vez de grabar.
review-voice = Tu grabación
review-voice-yes = Grabaste un mensaje.

# Contar una historia, y el permiso que da el niño o la niña (un uso por pantalla; «no» hasta que diga que sí).
story-before-who = Un equipo pequeño de personas que preparan historias lee tu historia. Solo se va a usar donde tú digas que sí, en las próximas pantallas.
story-before-help = Si ahora no estás a salvo, vuelve atrás y elige «No estoy a salvo». Así podemos ayudarte enseguida.
story-before-next = Ahora vas a decidir, uno por uno, dónde se puede usar tu historia. Todo es «no» hasta que tú digas que sí. Con tus dibujos secretos puedes leer cualquier versión cambiada antes de que se use, decir que sí o que no, y cambiar de idea cuando quieras.
story-sent-body = Tu historia llegó. Guarda tus dibujos secretos: con ellos puedes leer las versiones de tu historia, decir que sí o que no, y cambiar de idea cuando quieras.
story-purpose-learning = Solo dentro de nuestra organización
story-purpose-learning-body = Nuestro equipo puede leer tu historia para aprender a ayudar mejor a niñas y niños. Se queda dentro de nuestra organización.
story-purpose-advocacy = Con personas que toman decisiones
story-purpose-advocacy-body = Podemos compartir tu historia con personas que hacen las reglas y toman decisiones sobre niñas y niños, para pedir cambios. No se hace pública.
story-purpose-public = Pública: nuestra página web y nuestros informes
story-purpose-public-body = Tu historia puede estar en nuestra página web o en nuestros informes, donde cualquier persona puede leerla. Solo se usa una versión que aprobaste palabra por palabra.
story-purpose-media = Periodistas y medios de comunicación
story-purpose-media-body = Podemos darles tu historia a periodistas, para periódicos, radio o televisión. Solo se usa una versión que aprobaste palabra por palabra.
story-consent-question = ¿Podemos usar tu historia para esto?
story-consent-no = No
story-consent-yes = Sí
story-consent-change = Puedes cambiar tu respuesta cuando quieras con tus dibujos secretos.
story-consent-copies = Si quitas un sí, dejamos de usar tu historia enseguida. No podemos recuperar las copias que ya se entregaron, por ejemplo a un periódico.
story-consent-never = Nunca publicamos caras, lugares, ni los nombres de tus familiares o del lugar donde vives.
story-naming = Tu nombre
story-naming-question = ¿Con qué nombre quieres aparecer?
story-naming-none = Ningún nombre
story-naming-made_up = Un nombre inventado
story-naming-first_name = Solo mi nombre, sin apellido
story-name-label = El nombre que vamos a usar (solo si elegiste un nombre)
story-name-hint = Si elegiste «Ningún nombre», deja esto vacío.
story-age = Tu edad
story-age-why = No tienes que decirla. Para niñas y niños más pequeños, puede que también le preguntemos a una persona adulta de confianza antes de usar tu historia.
story-age-label = ¿Cuántos años tienes?
story-age-unsaid = Prefiero no decirlo

# Volver a una historia.
story-back-heading = Tu historia
story-back-intro = Aquí puedes leer versiones de tu historia y decidir dónde se puede usar.
story-versions-heading = Versiones para que leas
story-no-versions = Todavía no hay ninguna versión para que leas.
# $purpose (texto): el nombre de un uso (p. ej. «Pública: nuestra página web y nuestros informes»).
story-version-for = Versión para: { $purpose }
# $name (texto): el nombre inventado o el nombre de pila que el niño o la niña eligió mostrar con la historia.
story-version-byline = Nombre que se muestra: { $name }
story-version-awaiting = Esperando tu respuesta
story-version-approved = Dijiste que sí a estas mismas palabras
story-version-declined = Dijiste que no a esta versión
story-version-approve = Sí, usar estas mismas palabras
story-version-decline = No, así no
story-version-saved-yes = Gracias. Solo se pueden usar estas mismas palabras.
story-version-saved-no = Gracias. Esta versión no se va a usar.
story-consents-heading = Dónde se puede usar tu historia
# $day (texto): el último día en que vale el sí, como AAAA-MM-DD.
story-consent-yes-until = Dijiste que sí, hasta el { $day }.
story-consent-said-no = Dijiste que no.
story-consent-withdraw = Quitar mi sí
story-consent-renew = Decir que sí otra vez
story-consent-give = Decir que sí
story-consent-saved-yes = Guardado. Dijiste que sí.
story-consent-saved-no = Guardado. Tu historia ya no se usa para esto.

# Consultas en el sitio para niñas y niños: preguntas que las personas adultas les hacen sobre
# decisiones que les afectan. Solo se muestran desde el servidor. Palabras cálidas, sencillas y cortas.

consult-list-title = Preguntas para ti
consult-list-intro = Las personas que toman decisiones sobre tu vida quieren saber qué piensas. Participar es tu decisión.
consult-list-none = Ahora no hay preguntas para ti.
# Títulos de la primera pantalla.
consult-start-audience = Quién pregunta y quién va a recibir los resultados
consult-start-why = Para qué sirve
consult-start-voluntary = Tú decides si participas. Puedes parar cuando quieras, y en cada pregunta puedes decir «No quiero responder».
# $k (número): el grupo más pequeño de niñas y niños cuyas respuestas se muestran.
consult-start-privacy = Nadie ve tus respuestas una por una, ni siquiera las personas que preguntaron. Heard solo guarda cuántas niñas y niños eligieron cada respuesta, y nunca muestra un grupo de menos de { $k } niñas y niños.
consult-start-place = ¿Dónde vives? No tienes que decirlo.
consult-start-age = ¿Cuántos años tienes? No tienes que decirlo.
consult-place-none = Prefiero no decirlo
consult-age-up_to_11 = 11 años o menos
consult-age-12_to_14 = De 12 a 14 años
consult-age-15_to_17 = De 15 a 17 años
consult-age-not_said = Prefiero no decirlo
consult-start-button = Empezar
# $n (número): el número de esta pregunta; $total (número): cuántas preguntas hay.
consult-question-progress = Pregunta { $n } de { $total }
consult-next = Siguiente
consult-skip = No quiero responder
consult-multiple-hint = Puedes elegir más de una.
consult-rank-hint = Pon las respuestas en orden: el 1 es lo más importante para ti.
consult-choose-one = Elige una respuesta, o pulsa «No quiero responder».
consult-rank-each = Dale a cada respuesta un número distinto, o pulsa «No quiero responder».
consult-thanks-title = Gracias
# $day (texto): el día en que se cierra la consulta, como AAAA-MM-DD.
consult-thanks-text = Tus respuestas se contaron. Los resultados se van a mostrar después del { $day }.
consult-thanks-back = Volver a las preguntas
consult-done-before = Ya respondiste estas preguntas en este aparato. Gracias.
consult-closed = Estas preguntas ya están cerradas.
consult-results-intro = Lo que dijeron las niñas y los niños. Los resultados son para:
# $count (número): cuántas niñas y niños respondieron la pregunta.
consult-results-answered = { $count ->
    [one] Respondió una niña o un niño.
   *[other] Respondieron { $count } niñas y niños.
}
# $k (número): el grupo más pequeño de niñas y niños cuyas respuestas se muestran.
consult-results-too-few = Menos de { $k } niñas y niños respondieron esta pregunta, así que las respuestas no se muestran.
# $k (número): el grupo más pequeño de niñas y niños cuyas respuestas se muestran.
consult-results-hidden = oculto (para proteger a grupos de menos de { $k })
consult-results-option = Respuesta
consult-results-count = Niñas y niños
consult-results-group = Grupo
consult-results-by-place = Por lugar
consult-results-by-region = Por región
consult-results-by-language = Por idioma
consult-results-by-age_band = Por edad
consult-results-none-said = No lo dijeron
consult-list-closed = Qué pasó con las preguntas anteriores
consult-results-title = Lo que dijeron las niñas y los niños
consult-actions-title = Lo que dijeron y lo que hicimos
consult-actions-none = Aquí se va a mostrar lo que se decidió.
consult-action-planned = Planeado:
consult-action-in_progress = Se está haciendo ahora:
consult-action-done = Hecho:
consult-action-not_done = No se hizo:
consult-action-why = Por qué:
consult-action-answers = Sobre la pregunta:
# Una pregunta para responder escribiendo.
consult-written-label = Escribe aquí tu respuesta, en el idioma que quieras.
consult-written-who-reads = Lo que escribes se cierra con llave antes de guardarse. Solo las personas que se encargan de estas preguntas pueden abrirlo. Tus palabras solo se muestran a otras personas si una de esas personas las leyó y las eligió, sin tu nombre. Si te pasó algo malo, también puedes contárnoslo en la página de inicio.
consult-written-unavailable = Ahora no se puede escribir una respuesta. Pulsa «No quiero responder» para seguir.
consult-written-empty = Escribe algo, o pulsa «No quiero responder».
consult-written-long = Es demasiado largo. Por favor, hazlo más corto.
consult-results-written = Escribieron una respuesta
consult-results-quotes = Algo de lo que escribieron las niñas y los niños, elegido y revisado por una persona:
# En la página de inicio, junto a una consulta cerrada. $count (número): decisiones tomadas; $done (número): de ellas, las hechas.
consult-news-decided = { $count ->
    [one] Una decisión
   *[other] { $count } decisiones
}, hechas: { $done }
# Volver con el código de dibujos (/back): las consultas que sigue el código.
consult-back-heading = Preguntas que respondiste
consult-back-follow = Recordar las preguntas que respondí hoy
consult-back-follow-hint = Así, cada vez que vuelvas con tus dibujos, vas a ver aquí qué pasó con esas preguntas. Solo alguien que tenga tus dibujos puede ver esta lista. Tus respuestas no se guardan con ella.
# En la pantalla de agradecimiento: una niña o un niño que tiene un código de dibujos puede pedirle que recuerde estas preguntas.
consult-thanks-follow = ¿Tienes dibujos secretos de un mensaje que enviaste? Cuando vuelvas con ellos, puedes pedirles que recuerden estas preguntas, y ver allí qué pasó con ellas.
consult-thanks-follow-link = Volver con mis dibujos

# La consola de revisión.

console-title = Consola de Heard
console-heading = Consola de revisión
console-nav-inbox = Abrir la bandeja de entrada
console-nav-audit = Abrir el registro de auditoría

# Alta: una persona invitada elige una contraseña y una aplicación de autenticación.
enrol-title = Configura tu cuenta
# $handle (texto): el nombre de usuario que eligió la persona administradora.
enrol-heading = Te damos la bienvenida, { $handle }
enrol-intro = Elige una contraseña y conecta una aplicación de autenticación. Necesitarás las dos para iniciar sesión.
enrol-password = Contraseña
enrol-password-hint = Al menos 12 caracteres. Una frase de cuatro palabras o más funciona bien.
enrol-password-confirm = Repite la contraseña
enrol-totp-heading = Aplicación de autenticación
enrol-totp-instructions = Escanea el código con tu aplicación de autenticación o escribe en ella la clave de abajo. Después escribe el código de seis cifras que muestra.
enrol-totp-key = Clave
enrol-code = Código de seis cifras
enrol-submit = Terminar la configuración
enrol-done-title = Tu cuenta está lista
enrol-done-body = Puedes iniciar sesión con tu nombre de usuario, tu contraseña y un código de tu aplicación de autenticación.
error-link-invalid = Este enlace no es válido. Puede que ya se haya usado o que haya caducado. Pide uno nuevo a una persona administradora.
# $min (número): la cantidad mínima de caracteres de una contraseña.
error-password-short = La contraseña es demasiado corta: usa al menos { $min } caracteres.
error-password-long = La contraseña es demasiado larga.
error-password-mismatch = Las dos contraseñas no son iguales.
error-code-wrong = Ese código no coincide. Revisa la hora de tu teléfono y prueba con el código más reciente.

# Inicio y cierre de sesión.
login-title = Iniciar sesión
login-handle = Nombre de usuario
login-password = Contraseña
login-code = Código de seis cifras de tu aplicación de autenticación
login-submit = Iniciar sesión
login-failed = El nombre de usuario, la contraseña o el código no son correctos. No se cambió nada.
# $handle (texto): el nombre de usuario de la persona. $role (texto): su rol, ya traducido.
console-signed-in-as = Sesión iniciada como { $handle } ({ $role }).
console-sign-in = Iniciar sesión
console-sign-out = Cerrar sesión
role-reviewer = revisor o revisora
role-safeguarding_lead = responsable de protección
role-auditor = auditor o auditora
role-admin = administración
role-story_editor = editor o editora de historias
error-csrf = Este formulario está desactualizado. Por favor, recarga la página e inténtalo de nuevo.

# La vista del registro de auditoría para auditores (nunca ningún contenido).
audit-title = Registro de auditoría
# $entries (número): cuántas entradas se comprobaron. $head (texto): el hash de la entrada más reciente.
audit-intact = La cadena está intacta: se comprobaron { $entries } entradas. Hash más reciente: { $head }
# $seq (número): la primera entrada que no coincide con la cadena.
audit-broken = La cadena está ROTA en la entrada { $seq }. Las entradas desde ahí pueden haber sido cambiadas, borradas o reordenadas.
audit-caption = Las entradas más recientes primero
audit-col-seq = N.º
audit-col-day = Día
audit-col-actor = Quién
audit-col-action = Qué
audit-col-subject = Sobre
error-forbidden = Tu rol no permite ver esta página. El intento quedó registrado.

# Registro de la clave de una persona revisora (lo envía el propio script de la consola).
error-signin-needed = Primero inicia sesión.
error-key-invalid = Eso no es una clave age protegida con frase de contraseña y con una clave pública válida, así que no se guardó nada.
error-key-exists = Esta cuenta ya tiene una clave, así que no se cambió nada.

# La bandeja: los casos cerrados con la clave de la persona revisora. Solo metadatos; la lectura ocurre en el navegador.
inbox-title = Bandeja
inbox-no-key = Tu cuenta todavía no tiene clave, así que ningún caso puede estar cerrado para ti.
inbox-empty = No hay casos aquí.
inbox-col-ref = Referencia
inbox-col-day = Llegó
inbox-col-status = Estado
inbox-col-sealed = Cerrado
inbox-filter-status = Estado
inbox-filter-all = Todos
inbox-filter-apply = Mostrar
inbox-next = Casos anteriores
status-new = nuevo
status-acknowledged = recibido
status-in_progress = en curso
status-waiting_for_child = esperando al niño o la niña
status-referred = derivado
status-closed = cerrado
sealed-browser = en el aparato del niño o la niña
sealed-server = al llegar (sin JavaScript)
inbox-filter-queue = Cola
inbox-newer = Casos más recientes
inbox-needs-script = Para leer los casos hace falta el script de la consola: desbloquea su clave y descifra en este navegador. Sin él solo ve esta lista, sin contenido.
queue-all = todos mis casos
queue-overdue = vencidos (sin acuse a tiempo)
queue-escalated = cola urgente (escalados)
queue-mine = asignados a mí
queue-possible_flood = posible avalancha: «No estoy a salvo» por encima del ritmo habitual del sitio (escala los reales)
category-idea = idea u opinión
category-worry = preocupación
category-complaint = queja
category-safety = seguridad
category-health = salud
category-legal = legal
category-other = otro
urgency-normal = urgencia normal
urgency-high = urgencia alta
urgency-urgent = urgente

# Rechazos de la API de la consola.
error-filter = La bandeja no conoce ese filtro. No se cambió nada.
error-change = Un caso no admite ese cambio. No se cambió nada.
error-assignee = Un caso solo se puede asignar a alguien que pueda leerlo. No se cambió nada.
error-note = La nota no llegó cifrada para los lectores del caso, así que no se guardó.

# El escritorio de trabajo: la clave de quien revisa y los casos descifrados en este navegador.
key-make-heading = Cree su clave
key-make-intro = Su navegador crea ahora la clave a la que se cifran los casos y la bloquea con una frase de clave que solo usted conoce. El servidor guarda la clave bloqueada; nadie, tampoco nosotros, puede restablecer la frase.
key-make-hint = Al menos { $min } caracteres. Use una frase distinta de su contraseña de acceso.
key-passphrase = Frase de clave
key-passphrase-confirm = Frase de clave otra vez
key-make-submit = Crear y bloquear mi clave
key-working = Trabajando… tarda unos segundos.
key-passphrase-too-short = La frase de clave necesita al menos { $min } caracteres.
key-passphrase-mismatch = Las dos frases no son iguales.
key-unlock-heading = Desbloquee su clave
key-unlock-intro = Su clave queda solo en la memoria de esta página, hasta que la bloquee, cierre la sesión o salga de la página.
key-unlock-submit = Desbloquear
key-wrong-passphrase = Esa frase no desbloquea su clave.
key-not-this-key = Esta clave no es la registrada para su cuenta. Consulte a un administrador.
workbench-unlocked = Su clave está desbloqueada en esta página.
workbench-lock = Bloquear
workbench-cases = Casos
case-heading = Caso { $ref }, llegó el { $day }
case-cannot-open = Este caso no se puede abrir con su clave.
case-assigned-to = asignado a { $handle }
case-escalated = escalado
case-possible-flood = posible avalancha: comprueba si es un niño o una niña de verdad
case-withdrawal-due = el niño o la niña lo retiró: se borrará el { $day }
case-overdue = vencido desde el { $day }
case-ack-due = Acusar recibo antes del { $day }
case-category = Categoría
case-choose = Elija…
case-urgency = Urgencia
case-assignee = Asignado a
case-unassigned = nadie
case-escalate = Escalar a una persona responsable de protección
case-saved = Guardado.
notes-heading = Notas internas
note-label = Nueva nota interna
note-hint = Se cifra en este navegador para los lectores del caso. Nunca se muestra al niño o la niña.
note-add = Añadir nota
note-added = Nota añadida.
note-invalid = Una nota necesita algunas palabras y como máximo 5.000 caracteres.
note-by = { $handle }, { $day }
error-share = Un caso solo se puede compartir con alguien que pueda leerlo: nunca con nadie vinculado al lugar del que trata. No se cambió nada.
error-not-resealed = El caso no llegó cifrado, así que no se cambió nada.
shield-heading = Conflictos y compartir
share-label = Compartir este caso con
share-hint = Solo aparecen personas que pueden leerlo: nadie vinculado al lugar del que trata. El caso se vuelve a cifrar en este navegador, para sus lectores y la persona que elija.
share-submit = Compartir
share-done = Compartido.
recuse-hint = Si tiene relación con este niño o niña, este lugar o las personas implicadas, apártese: ya no verá este caso.
recuse-submit = Tengo un conflicto: apartarme de este caso

# La prueba por lugar para auditoría de que el escudo funcionó.
proof-title = Lugares: ¿funcionó el escudo?
proof-intro = Para cada lugar: los casos que lo nombran, el personal vinculado a él y si alguien de ese personal recibió alguna vez uno de esos casos (sus destinatarios registrados) o lo descargó, vio o cambió (el registro de auditoría). Los casos borrados ya no están ligados a un lugar.
proof-chain-intact = La cadena de auditoría está intacta, así que las lecturas listadas aquí están completas.
proof-chain-broken = La cadena de auditoría está ROTA: esta prueba no es fiable. Revise el registro de auditoría.
proof-no-facilities = Todavía no hay lugares.
proof-col-facility = Lugar
proof-col-cases = Casos que lo nombran
proof-col-affiliated = Personal vinculado
proof-col-verdict = Resultado
proof-col-unaccounted = Claves sin cuenta que recibieron uno
proof-unaccounted-none = ninguna
proof-held = Funcionó: nadie vinculado recibió ni leyó un caso que lo nombre.
proof-breached = INCUMPLIMIENTO. Recibido: { $received }. Leído: { $read }.
console-nav-proof = Abrir la prueba por lugar

# Declarar vínculos (el escudo).
console-nav-affiliations = Declarar dónde trabaja o colabora
affiliation-title = Sus vínculos
affiliation-intro = Declare cada lugar para el que trabaja o colabora, o la organización que lo gestiona. Desde el momento en que lo declara, ningún caso que nombre ese lugar se cifra para usted ni se le muestra. Un administrador lo confirma después.
affiliation-label = Tengo vínculo con
affiliation-submit = Declarar
affiliation-operator = todos los lugares gestionados por { $operator }
affiliation-declared = Declarado. Los casos que lo nombran ya no se le muestran.
affiliation-invalid = Eso no es un lugar ni una organización de aquí. No se cambió nada.
affiliation-confirmed = confirmado el { $day }
affiliation-unconfirmed = sin confirmar todavía
case-place = Sobre el lugar: { $place }
case-place-elsewhere = Sobre un lugar que no está en la lista
case-place-unsaid = El niño o la niña no dijo qué lugar
case-shared-by = Una copia que { $handle } compartió contigo, cifrada de nuevo en su navegador. El original del niño o la niña se conserva sin cambios.
# Lo que eligió el niño o la niña en el recorrido guiado (las opciones se muestran con las palabras que vio el niño o la niña).
case-chose-kind = El niño o la niña eligió:
case-chose-feelings = Se siente:
case-chose-wishes = Le gustaría:

# Messages between the child and the reviewers (sealed; the child reads them with their secret pictures).
messages-heading = Mensajes con el niño o la niña
message-from-child = Del niño o la niña, { $day }
# $handle (string) — who wrote the reply; $day (string) — the day, YYYY-MM-DD.
message-to-child = Respuesta de { $handle }, { $day }
message-cannot-open = Este mensaje no se puede abrir con su clave.
reply-label = Respuesta para el niño o la niña
reply-hint = El niño o la niña la lee con sus dibujos secretos. Escriba con sencillez, en el idioma del niño o la niña.
reply-no-code = El niño o la niña no tiene dibujos secretos para este caso, así que ninguna respuesta le puede llegar.
reply-template = Empezar desde una plantilla (en el idioma del niño o la niña)
reply-template-none = Sin plantilla
reply-send = Enviar respuesta
reply-sent = Respuesta enviada.
# A voice message sealed with the case, played after decryption in this browser.
case-voice = El niño o la niña grabó un mensaje de voz:

# La página de idiomas (administración): cada idioma para niñas y niños y cuánto se puede confiar en él.
console-nav-languages = Idiomas y traducciones
languages-title = Idiomas
languages-intro = Cada idioma que pueden elegir las niñas y los niños: quién lo tradujo, si una persona nativa lo revisó y cuánto está traducido. Cuando falta un mensaje, se muestra en el idioma elegido abajo, nunca en blanco.
languages-step-up = Para cambiar un idioma de respaldo, escriba en su fila un código nuevo de su propia aplicación de autenticación.
languages-name = Idioma
languages-code = Código
languages-translator = Traducido por
languages-machine = Borrador automático
languages-reviewed = Revisado por una persona nativa
languages-reviewed-yes = Sí
languages-reviewed-no = Todavía no
languages-coverage = Traducido
# $done (número): mensajes traducidos; $total (número): mensajes en inglés; $percent (número): el porcentaje, de 0 a 100.
languages-coverage-value = { $done } de { $total } ({ $percent } %)
languages-fallback = Los mensajes que faltan se muestran en
languages-save = Guardar
languages-saved = Guardado. Las niñas y los niños verán el cambio en su próxima página.
error-bad-fallback = Ese idioma no puede sustituir a este. No se cambió nada.

# La página de quienes editan historias.
console-nav-stories = Historias
stories-title = Historias
stories-intro = Historias que contaron niñas y niños, para los usos a los que dijeron que sí. Prepare una versión; después el niño o la niña la lee y decide. Solo se pueden usar las palabras exactas que aprobó el niño o la niña.
stories-loading = Abriendo historias…
stories-empty = Ahora no hay ninguna historia para usted.
stories-open = Abrir esta historia
stories-older = Historias anteriores
stories-newer = Historias más recientes
stories-yes = sí
stories-no = no
stories-not-asked = todavía no se preguntó
stories-co-not-needed = no hace falta
# $day (texto): el día en que llegó la historia, como AAAA-MM-DD.
stories-story = Historia recibida el { $day }
stories-naming = Nombre elegido:
stories-col-purpose = Uso
stories-col-child = El niño o la niña dice que sí
stories-col-co = Tutor o defensor
stories-col-usable = Se puede usar
stories-versions = Versiones
stories-published = Publicada en la página pública de historias.
stories-publish = Publicar en la página pública de historias
stories-prepare = Preparar una versión
stories-prepare-hint = Quite los nombres de familiares, lugares y centros, y todo lo que pueda identificar al niño o la niña. El niño o la niña leerá exactamente esto.
stories-language = Idioma
stories-byline = Nombre que se muestra (solo si el niño o la niña eligió un nombre)
stories-version-text = Texto de esta versión
stories-send-version = Enviar al niño o la niña para que la lea
stories-co-heading = La respuesta de un tutor o defensor
stories-co-by = Quién respondió
stories-co-guardian = Tutor o tutora
stories-co-advocate = Defensor o defensora
stories-co-yes = Dijo que sí
stories-co-no = Dijo que no

# Accounts: offboarding (admins).
console-nav-accounts = Cuentas (bajas)
accounts-title = Cuentas
accounts-intro = Desactivar una cuenta cierra sus sesiones de inmediato, le impide iniciar sesión y su clave no recibe ningún caso nuevo. Los casos ya cifrados para ella siguen cifrados para ella: pide a sus colegas que los continúen. Cada cambio queda en el registro de auditoría.
accounts-handle = Usuario
accounts-role = Función
accounts-status = Estado
accounts-change = Cambio
accounts-status-invited = invitada, aún sin inscribirse
accounts-status-active = activa
accounts-status-disabled = desactivada
accounts-disable = Desactivar
accounts-enable = Activar
step-up-code = Un código nuevo de tu propia aplicación de autenticación
accounts-disabled = { $handle } está desactivada: sus sesiones se cerraron y su clave no recibe ningún caso nuevo.
accounts-enabled = { $handle } puede volver a iniciar sesión.
step-up-bad-code = Ese código no es correcto o ya se usó, y no se confirmó ninguna llave de acceso. No se cambió nada.
accounts-not-yourself = Aquí no puedes desactivar tu propia cuenta. No se cambió nada.
accounts-unknown = No existe esa cuenta inscrita. No se cambió nada.

# Publishing a story: separation of duties for a second consent.
story-error-same-person = Un segundo consentimiento lo debe comprobar una segunda persona: quien lo registró no puede además publicar. Pide a otra persona editora de historias. No se publicó nada.

# Passkeys (WebAuthn) as a second factor, beside the authenticator app.
console-nav-passkeys = Tus llaves de acceso
login-passkey = Entrar con una llave de acceso en lugar de un código
login-passkey-hint = Escribe primero tu nombre de usuario y tu contraseña. Después tu dispositivo te pide la huella, la cara, el PIN o la llave de seguridad.
passkey-working = Esperando tu llave de acceso…
passkey-failed = La llave de acceso no se confirmó. No se cambió nada. Puedes intentarlo otra vez o usar un código.
passkey-unsupported = Este navegador no puede usar una llave de acceso aquí. Usa un código de tu aplicación de autenticación.
passkey-unavailable = Las llaves de acceso no se pueden usar en la dirección de esta consola. Pide a tu administrador que dé a la consola un nombre de dominio.
passkey-none-yet = Todavía no tienes ninguna llave de acceso. Añade una en la página «Tus llaves de acceso» o usa un código.
passkey-confirm = Usar mi llave de acceso en su lugar
passkey-confirmed = Llave de acceso confirmada.
passkeys-title = Tus llaves de acceso
passkeys-intro = Una llave de acceso (tu huella, tu cara o tu PIN en este dispositivo, o una llave de seguridad) puede sustituir al código de tu aplicación de autenticación: para entrar y para confirmar acciones delicadas. Tu aplicación de autenticación sigue funcionando a su lado.
passkeys-none = Todavía no tienes llaves de acceso.
passkeys-label = Nombre
passkeys-label-hint = Para distinguir tus llaves de acceso, por ejemplo «portátil del trabajo»: de 1 a 40 caracteres.
passkeys-added = Añadida
passkeys-last-used = Último uso
passkeys-never-used = Nunca
passkeys-change = Quitar
passkeys-remove = Quitar
passkeys-add-heading = Añadir una llave de acceso
passkeys-add = Añadir una llave de acceso
passkeys-added-notice = Se añadió tu llave de acceso.
passkeys-removed = Se quitó la llave de acceso.
passkeys-not-found = No tienes esa llave de acceso. No se cambió nada.
passkeys-bad-label = Da a la llave de acceso un nombre de 1 a 40 caracteres. No se cambió nada.
passkeys-duplicate = Esa llave de acceso ya está registrada. No se cambió nada.

# Consultations (consultation leads).
role-consultation_lead = responsable de consultas
console-nav-consultations = Consultas
consultations-title = Consultas
consultations-intro = Las consultas que se hacen a niñas, niños y adolescentes. Los resultados pueden leerse a partir del día siguiente al cierre, nunca antes, y siempre con los grupos pequeños ocultos.
consultations-none = Todavía no hay consultas. Añada una con «Nueva consulta» arriba o con `heard consultations add`.
# $opens (text): the day it opens; $closes (text): the day it closes (YYYY-MM-DD).
consultations-days = del { $opens } al { $closes }
consultations-name = Consulta
consultations-when = Abierta
consultations-results = Resultados
consultations-export = Exportar (CSV)
consultations-embargo = Bajo embargo hasta el cierre
consultations-chain = Quién preguntó, quién participó, qué se decidió
consultations-asked-by = Preguntó, y recibe los resultados:
# $count (number): the most children who answered any one question.
consultations-took-part = Participaron: { $count }
# $k (number): the smallest group whose answers are shown.
consultations-took-part-few = Participaron: menos de { $k }
# $count (number): decisions recorded; $done (number): of them, done.
consultations-decided = Decisiones: { $count } (hechas: { $done })

# A consultation's written answers (free-text questions), opened in the lead's browser.
consultations-written = Respuestas escritas
written-intro = Lo que escribieron niñas y niños, abierto aquí con su clave y en ningún otro sitio. Nadie más lo ve salvo que usted apruebe una cita, y las citas solo se publican junto con los resultados. Si una respuesta habla de daño o peligro, conviértala en un caso confidencial: va a las personas revisoras (nunca a nadie vinculado al lugar) y sale de esta lista.
written-none = Todavía no hay respuestas escritas.
written-quote-label = Cita para publicar (acórtela y quite todo lo que pueda identificar a un niño o una niña)
written-quote-submit = Aprobar esta cita
written-quote-saved = Cita aprobada. Se mostrará con los resultados.
written-quote-bad = Una cita debe tener de 1 a 600 caracteres. No se guardó nada.
written-case-submit = Convertirla en un caso confidencial
written-case-hint = Para una respuesta que habla de daño, peligro o abuso. Se vuelve a cifrar aquí, en su navegador, solo para las personas revisoras; usted no podrá leer el caso.
written-case-made = Enviada a las personas revisoras como caso confidencial. Ya no está en esta consulta.
written-recipients-changed = Las personas revisoras cambiaron mientras se cifraba. Vuelva a intentarlo.

# The leads' builder: a consultation from its definition, and managing one.
consultations-manage = Gestionar
consultations-more = Más
builder-title = Nueva consulta
builder-intro = Escriba abajo la definición de la consulta (el ejemplo muestra el formato; docs/CONSULTATIONS.md explica cada campo). Se comprueba entera antes de guardar nada y, si se rechaza, se muestra el motivo.
builder-rule-texts = Cada texto que ven las niñas y los niños debe darse en todos los idiomas en que se ofrece, salvo que se elija un idioma de respaldo que lo tenga.
builder-rule-pictures = Cada pregunta y cada respuesta necesita una imagen (un emoji o un símbolo).
builder-rule-k = Los resultados nunca muestran un grupo de menos de k niñas y niños (min_group: 10 si no se indica; nunca menos de 5).
builder-definition = Definición (TOML)
builder-submit = Comprobar y añadir
# $detail (text): the parser's own words, in English.
builder-not-toml = Esto no es una definición en el formato esperado: { $detail }
# $id (text)
builder-bad-id = El id «{ $id }» debe tener de 3 a 40 letras minúsculas, cifras o guiones.
# $day (text)
builder-bad-day = «{ $day }» no es un día (YYYY-MM-DD).
builder-closes-before = Cierra antes de abrir.
# $k (number)
builder-k-low = k (min_group) es { $k }; nunca puede ser menor que 5.
# $locale (text)
builder-unknown-locale = «{ $locale }» no es un idioma del sitio para niñas y niños.
builder-no-locale = No se ofrece en ningún idioma.
# $max (number)
builder-question-count = Debe hacer de 1 a { $max } preguntas.
# $key (text)
builder-bad-key = «{ $key }» no es una clave válida (de 1 a 30 letras minúsculas, cifras o _), o se usa dos veces.
# $question (text); $min, $max (numbers): how many answers it may have.
builder-option-count = La pregunta «{ $question }» necesita de { $min } a { $max } respuestas.
# $question (text)
builder-free-text-options = La pregunta «{ $question }» pide texto libre, así que no tiene respuestas para elegir.
# $what (text)
builder-bad-icon = «{ $what }» necesita una imagen: un emoji o un símbolo de 16 caracteres como máximo.
# $locale (text); $text (text): the text's id.
builder-missing-text = Falta el texto «{ $text }» en { $locale }, y ningún idioma de respaldo lo tiene.
# $locale (text); $text (text): the text's id.
builder-bad-text = El texto «{ $text }» en { $locale } está vacío o tiene más de 600 caracteres.
# $locale (text); $text (text): the text's id.
builder-unknown-text = El texto «{ $text }» en { $locale } no es uno de los que usa esta consulta.
# $id (text)
builder-exists = Ya existe una consulta «{ $id }». No se cambió nada.
# $place (text)
builder-unknown-place = «{ $place }» no es un lugar activo aquí.
builder-actions-count = Indique de 1 a 20 acciones.
# $n (number): the action's number; $question (text)
builder-actions-question = La acción { $n } responde a «{ $question }», que no es una pregunta de esta consulta.
# $n (number); $locale (text)
builder-actions-missing = La acción { $n } no tiene texto en { $locale }, y ningún idioma de respaldo lo tiene.
# $n (number); $locale (text)
builder-actions-why = La acción { $n } no se hizo: indique por qué, en { $locale }.
# $n (number); $locale (text)
builder-actions-text = Acción { $n }: un texto en { $locale } está vacío o tiene más de 600 caracteres.
manage-actions-title = Lo que dijeron y lo que hicimos
manage-actions-hint = Lo que se decidió después de esta consulta y qué fue de ello: cada acción con su estado (planned, in_progress, done, not_done — que indica por qué), en todos los idiomas en que se ofreció la consulta. Esto sustituye a las acciones indicadas antes. docs/examples/actions.toml muestra el formato.
manage-actions-label = Acciones (TOML)
manage-actions-submit = Comprobar y guardar
# $count (number)
manage-actions-set = { $count ->
    [one] Se guardó una acción.
   *[other] Se guardaron { $count } acciones.
}
manage-close-title = Cerrar ahora
manage-close-hint = Ya no se aceptan respuestas, y los resultados pueden leerse desde hoy. Esto no se puede deshacer.
manage-close-submit = Cerrar esta consulta
manage-closed = La consulta está cerrada. Sus resultados ya pueden leerse.
manage-not-open = Esta consulta no está abierta.
manage-delete-title = Eliminar
manage-delete-hint = Elimina la consulta entera: sus preguntas, los recuentos, las respuestas escritas, las citas aprobadas y lo que se decidió. Esto no se puede deshacer.
manage-delete-submit = Eliminar esta consulta

## The workbench's list: search, filters, sorting, keys
triage-col-kind = Tipo
triage-col-deadline = Plazo
triage-col-place = Lugar
triage-col-words = Primeras palabras
triage-place-elsewhere = otro lugar
triage-count = Se muestran { $shown } de { $held } casos
triage-opening = Abriendo los casos en este navegador: { $count } hasta ahora…
triage-search = Buscar en los casos
triage-search-hint = Se busca solo en este navegador: lo que escribe nunca se envía.
triage-feeling = Siente
triage-wish = Quisiera
triage-lang = Idioma
triage-reload = Volver a cargar los casos
keys-button = Atajos de teclado
keys-heading = Atajos de teclado
keys-next = Caso siguiente
keys-previous = Caso anterior
keys-open = Ir al caso abierto
keys-acknowledge = Acusar recibo del caso abierto
keys-assign-me = Asignarme el caso abierto
keys-escalate = Escalar el caso abierto a una persona responsable de protección
keys-note = Escribir una nota en el caso abierto
keys-search = Buscar en los casos
keys-lock = Bloquear
keys-sheet = Mostrar u ocultar esta lista
keys-no-case = Abra primero un caso.
keys-mark = Seleccionar o quitar el caso abierto para una acción en bloque
triage-mark = Seleccionar el caso { $ref }
triage-mark-all = Seleccionar todos los casos mostrados
bulk-heading = Casos seleccionados
bulk-selected = { $count ->
    [one] Un caso seleccionado
   *[other] { $count } casos seleccionados
}
bulk-acknowledge = Acusar recibo
bulk-assign-me = Asignármelos
bulk-close = Cerrar
bulk-clear = Vaciar la selección
bulk-confirm-acknowledge = { $count ->
    [one] ¿Acusar recibo de un caso?
   *[other] ¿Acusar recibo de { $count } casos?
}
bulk-confirm-assign-me = { $count ->
    [one] ¿Asignarle un caso?
   *[other] ¿Asignarle { $count } casos?
}
bulk-confirm-close = { $count ->
    [one] ¿Cerrar un caso?
   *[other] ¿Cerrar { $count } casos?
}
bulk-yes = Sí, hacerlo
bulk-cancel = Cancelar
bulk-done = { $count ->
    [one] Un caso cambiado.
   *[other] { $count } casos cambiados.
}
bulk-refused = Sin cambiar: { $refs }.
queues-heading = Las colas del equipo
queues-hint = Contadas en este navegador sobre los casos que usted tiene: un caso que se le oculta no está en ningún recuento.
queues-open = Abiertos
queues-new = Nuevos
queues-overdue = Atrasados
queues-escalated = Escalados
error-view = Esta vista no se puede guardar: dele un nombre de 60 caracteres como máximo, solo con los filtros que ofrece el espacio de trabajo.
error-views-full = Ya guarda todas las vistas permitidas (20): borre una primero.
views-label = Vistas guardadas
views-none = Elegir una vista guardada…
views-name = Nombre de esta vista
views-save = Guardar estos filtros como vista
views-delete = Borrar esta vista
views-hint = Una vista guarda los filtros y el orden, nunca su búsqueda. Su nombre se guarda tal como lo escribe: nombre lo que muestra, nunca a un niño ni a nadie más.
views-saved = Vista «{ $name }» guardada.
keys-not-new = Solo se acusa recibo de un caso nuevo: este ya tuvo respuesta.
keys-on = Los atajos de una letra están activos (desactívelos si dicta órdenes o texto por voz)
triage-capped = Aquí están solo los { $most } casos más recientes: la búsqueda y los filtros abarcan solo esos.

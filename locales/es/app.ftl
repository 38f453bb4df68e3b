# Mosaic app: every visible string of the UI. Keys are stable; translate values only.
# { $name } style placeables are filled by the app; keep them as they are.
# Spanish (es). Register: informal «tú». Draft, needs review by a native speaker.

app-name = Mosaic
sync-offline = Sin conexión: guardado en este dispositivo
skip-to-content = Ir al contenido
loading = Cargando…
working = Un momento, por favor…
saved = Guardado
cancel = Cancelar
save = Guardar
add = Añadir
delete = Eliminar
close = Cerrar
back = Atrás
optional = opcional
none-yet = Aquí todavía no hay nada.

## Errors
error-required = Tienes que rellenar «{ $field }».
error-number = { $max ->
    [one] «{ $field }» tiene que ser un número entre { $min } y { $max }.
    [many] «{ $field }» tiene que ser un número entre { $min } y { $max }.
   *[other] «{ $field }» tiene que ser un número entre { $min } y { $max }.
}
error-invalid = No se ha guardado: { $message }
error-not-found = Este elemento ya no existe.
error-attachment = No se ha podido añadir el archivo: { $message }
error-storage = Tu dispositivo no ha podido guardar esto: { $message }
error-unavailable = Esta función todavía no está disponible.
error-generic = Algo ha salido mal: { $message }

## Navigation
nav-main = Menú principal
nav-home = Inicio
nav-languages = Idiomas
nav-certificates = Certificados
nav-programmes = Programas
nav-activities = Actividades
nav-work = Trabajo
nav-education = Formación
nav-skills = Habilidades
nav-stories = Historias
nav-goals = Objetivos
nav-competences = Competencias
nav-cv = CV
nav-sharing = Compartir
nav-mentor = Modo mentor
nav-settings = Ajustes
nav-more = Más

## First start
welcome-title = Te damos la bienvenida a Mosaic
welcome-intro = Tu portafolio se queda en este teléfono. Funciona sin internet.
welcome-choose-language = Elige tu idioma
create-title = Crea tu portafolio
create-intro = Puedes cambiarlo todo más tarde.
profile-name-latin = Tu nombre en letras latinas
profile-name-latin-hint = Como en tus documentos de este país.
profile-name-own = Tu nombre en tu propia escritura
profile-city = Ciudad
profile-country = País
profile-email = Correo electrónico
profile-phone = Teléfono
profile-mother-tongue = Tu lengua materna
profile-about = Sobre mí
create-submit = Crear mi portafolio

## Home
home-greeting = Hola, { $name }
home-languages = Mis idiomas
home-programmes = Mis programas
home-recent = Actividades recientes
home-no-languages = Añade un idioma para ver aquí tus niveles.
home-no-programmes = Todavía no hay ningún programa.
home-no-activities = Todavía no hay actividades. Registra una con un solo toque.
home-log-activity = Registrar una actividad

## Languages and CEFR
lang-title = Mis idiomas
lang-add = Añadir un idioma
lang-code = Idioma
lang-code-hint = Por ejemplo: inglés, maltés o un código como «mt».
lang-assess-for = Evaluar: { $language }
lang-current = Niveles actuales
lang-history = Progreso en el tiempo
lang-history-chart = Gráfico de niveles en el tiempo: { $language }
lang-no-history = Todavía no hay ninguna evaluación.
lang-evidence = Pruebas
lang-evidence-hint = Certificados que demuestran estos niveles.
lang-no-evidence = Todavía no hay ningún certificado vinculado.
lang-assessed-by = Evaluado por
lang-assessor-name = Nombre del profesor o la profesora, del mentor o la mentora, o del examen
lang-set-by = Quién lo evaluó: { $who }
lang-date = Fecha
lang-note = Nota
lang-level-unset = Sin evaluar
lang-saved = Evaluación guardada.
assessor-self = Yo
assessor-teacher = Un profesor o una profesora
assessor-exam = Un examen
assessor-mentor = Un mentor o una mentora

skill-listening = Escuchar
skill-reading = Leer
skill-spoken_interaction = Hablar con otras personas
skill-spoken_production = Hablar: contar y explicar
skill-writing = Escribir

cefr-pre-A1 = Primeros pasos
cefr-A1 = Principiante
cefr-A2 = Elemental
cefr-B1 = Intermedio
cefr-B2 = Intermedio alto
cefr-C1 = Avanzado
cefr-C2 = Dominio

can-listening-pre-A1 = Entiendo algunas palabras, como «hola» y «gracias».
can-listening-A1 = Entiendo palabras sencillas sobre mí y mi familia si la gente habla despacio.
can-listening-A2 = Entiendo mensajes y avisos cortos y claros.
can-listening-B1 = Entiendo las ideas principales cuando se habla claro sobre el trabajo, los estudios o el tiempo libre.
can-listening-B2 = Entiendo charlas largas y casi todas las noticias de la televisión.
can-listening-C1 = Entiendo discursos largos, aunque no estén bien organizados.
can-listening-C2 = Entiendo con facilidad cualquier forma de lengua hablada, aunque sea rápida.
can-reading-pre-A1 = Reconozco algunas letras y señales.
can-reading-A1 = Entiendo nombres, palabras y frases muy sencillas, como las de los carteles.
can-reading-A2 = Leo textos cortos y encuentro información en anuncios, menús y horarios.
can-reading-B1 = Entiendo textos de la vida diaria y cartas personales.
can-reading-B2 = Leo artículos e informes sobre problemas actuales.
can-reading-C1 = Entiendo textos largos y complejos, también los técnicos.
can-reading-C2 = Leo con facilidad todo tipo de textos escritos.
can-spoken_interaction-pre-A1 = Sé saludar y decir sí o no.
can-spoken_interaction-A1 = Sé hacer y responder preguntas sencillas si la otra persona me ayuda.
can-spoken_interaction-A2 = Puedo tener conversaciones cortas sobre tareas conocidas.
can-spoken_interaction-B1 = Me defiendo en casi todas las situaciones de viaje y participo en conversaciones sobre temas conocidos.
can-spoken_interaction-B2 = Hablo con fluidez con hablantes nativos y defiendo mis opiniones.
can-spoken_interaction-C1 = Me expreso con fluidez y uso la lengua con flexibilidad en el trabajo y en la vida social.
can-spoken_interaction-C2 = Participo con facilidad en cualquier conversación.
can-spoken_production-pre-A1 = Sé decir mi nombre y algunas palabras.
can-spoken_production-A1 = Sé describir con frases sencillas dónde vivo y a las personas que conozco.
can-spoken_production-A2 = Sé describir de forma sencilla a mi familia, mi vida y mi trabajo.
can-spoken_production-B1 = Sé contar una historia y explicar mis planes y mis opiniones.
can-spoken_production-B2 = Sé hacer descripciones claras y detalladas sobre muchos temas.
can-spoken_production-C1 = Sé presentar temas complejos con detalle y terminar bien.
can-spoken_production-C2 = Sé presentar argumentos claros y bien ordenados en cualquier estilo.
can-writing-pre-A1 = Sé escribir mi nombre.
can-writing-A1 = Sé rellenar formularios con mi nombre, mi dirección y mi nacionalidad.
can-writing-A2 = Sé escribir notas cortas y una carta personal muy sencilla.
can-writing-B1 = Sé escribir textos sencillos y cartas personales sobre mis experiencias.
can-writing-B2 = Sé escribir textos claros y detallados, redacciones e informes.
can-writing-C1 = Sé escribir textos bien ordenados sobre temas complejos.
can-writing-C2 = Sé escribir cartas, informes o artículos complejos en el estilo adecuado.

## Certificates
cert-title = Certificados
cert-add = Añadir un certificado
cert-name = Título
cert-kind = Tipo
cert-issuer = Emitido por
cert-issued-on = Fecha de emisión
cert-expires-on = Fecha de caducidad
cert-level = Nivel
cert-file = Foto o archivo
cert-file-hint = Haz una foto o elige una imagen o un PDF.
cert-files = Archivos
cert-no-files = No hay ningún archivo adjunto.
cert-uploading = Añadiendo el archivo…
cert-verification = Comprobado
cert-unverified = Todavía sin comprobar
cert-credential = Credencial digital verificada
cert-credential-not-verified = Credencial digital no verificada: { $reason }
cert-attach-evidence = Usar como prueba de un idioma
cert-attached = Vinculado como prueba.
cert-view = Ver
kind-language = Idioma
kind-vocational = Formación profesional
kind-education = Estudios
kind-orientation = Orientación cultural
kind-recognition = Reconocimiento de un título extranjero
kind-other = Otro

## Programmes
prog-title = Programas
prog-add = Añadir un programa
prog-name = Nombre del programa
prog-provider = Entidad organizadora
prog-stage = Etapa
prog-start = Fecha de inicio
prog-end = Fecha de fin
prog-min-attendance = Asistencia necesaria (%)
prog-pass-mark = Nota para aprobar (%)
prog-modules = Módulos
prog-add-module = Añadir un módulo
prog-module-name = Nombre del módulo
prog-module-status = Estado
prog-hours = Horas
prog-attendance = Asistencia (%)
prog-score = Nota (%)
prog-completion = { $total ->
    [one] { $done } de { $total } módulo completado
    [many] { $done } de { $total } de módulos completados
   *[other] { $done } de { $total } módulos completados
}
prog-attendance-value = { NUMBER($pct) ->
    [one] Asistencia: { $pct } %
    [many] Asistencia: { $pct } %
   *[other] Asistencia: { $pct } %
}
prog-hours-value = { $hours ->
    [one] { $hours } hora
    [many] { $hours } de horas
   *[other] { $hours } horas
}
prog-requirements-met = Requisitos cumplidos
prog-requirements-not-met = Todavía no se cumplen los requisitos
prog-requirements-unknown = Todavía no se cumplen todos los requisitos
status-planned = Previsto
status-in_progress = En curso
status-completed = Completado
status-failed = No aprobado

## Activities
act-title = Actividades
act-quick = Registrar con un toque
act-quick-hint = Registra la actividad con la fecha de hoy. Puedes añadir detalles más tarde.
act-logged = Registrado para hoy: { $kind }.
act-details = Añadir con detalles
act-kind = Tipo
act-name = Título
act-date = Fecha
act-place = Lugar
act-organiser = Organizador
act-hours = Horas
act-attended = Asistí
act-note = Nota
act-total = { $count ->
    [one] { $count } actividad
    [many] { $count } de actividades
   *[other] { $count } actividades
}, { $hours ->
    [one] { $hours } hora
    [many] { $hours } de horas
   *[other] { $hours } horas
}
act-language_cafe = Café de idiomas
act-international_lunch = Comida internacional
act-information_session = Sesión informativa
act-workshop = Taller
act-conference = Conferencia o grupo de trabajo
act-volunteering = Voluntariado
act-escape_game = Sala de escape
act-other = Otra actividad
act-cooking_class = Clase de cocina
act-cultural_festival = Festival cultural
act-crafts = Manualidades
act-celebration = Celebración
act-language_exchange = Intercambio de idiomas
act-community_project = Proyecto comunitario
act-topic = Tema (de qué se trató)
act-role = Mi papel
act-role-participant = Participante
act-role-volunteer = Voluntario/a
act-role-speaker = Ponente
act-role-organiser = Organizador/a
photos-title = Fotos
photos-none = Todavía no hay fotos.
photos-add = Añadir una foto
photos-choose = Elegir una foto
photos-only = Aquí solo se puede añadir una foto (JPEG o PNG), y no debe ser muy grande.

## Work, education, skills, stories
work-title = Experiencia laboral
work-add = Añadir experiencia laboral
work-role = Trabajo o puesto
work-kind = Tipo de trabajo
work-paid = Trabajo con sueldo
work-volunteer = Voluntariado
work-employer = Empresa o empleador
work-place = Lugar
work-start = Fecha de inicio
work-end = Fecha de fin
work-description = Qué hice
edu-title = Formación
edu-add = Añadir formación
edu-qualification = Titulación
edu-institution = Escuela o universidad
edu-country = País
edu-start = Fecha de inicio
edu-end = Fecha de fin
edu-recognition = ¿Está reconocido en este país?
edu-description = Detalles
rec-not_requested = No solicitado
rec-pending = Esperando respuesta
rec-recognised = Reconocido
rec-partially_recognised = Reconocido en parte
rec-not_recognised = No reconocido
rec-not_needed = No hace falta
skills-title = Habilidades
skills-add = Añadir una habilidad
skills-name = Habilidad
skills-category = Categoría
skills-level = Nivel
skills-description = Detalles
stories-title = Historias
goals-title = Mis objetivos
goals-add = Añadir un objetivo
goals-none = Todavía no hay objetivos. Un objetivo puede ser un curso, un trabajo, un voluntariado, un nivel de idioma o algo de la vida diaria.
goal-name = Objetivo
goal-area = Ámbito
goal-area-education = Formación
goal-area-work = Trabajo
goal-area-volunteering = Voluntariado
goal-area-language = Idioma
goal-area-everyday_life = Vida diaria
goal-due = Para cuándo (opcional)
goal-due-on = para el { $date }
goal-due-soon = Vence pronto
goal-overdue = Fuera de plazo
goal-progress = { $total ->
    [one] { $done } de { $total } paso completado
    [many] { $done } de { $total } de pasos completados
   *[other] { $done } de { $total } pasos completados
}
goal-step-new = Nuevo paso
goal-step-due = Fecha del paso (opcional)
goal-step-add = Añadir el paso
goal-mark-done = Conseguido
goal-drop = Dejar este objetivo
goal-reopen = Volver a abrir
goal-state-done = Conseguido
goal-state-dropped = Abandonado
goal-proposals = Propuestas de tus mentores
goal-proposals-hint = Una propuesta solo pasa a ser uno de tus objetivos si la aceptas.
goal-proposed-by = Propuesto por { $name }
goal-accept = Aceptar
goal-decline = Rechazar
goal-accepted = Ahora es uno de tus objetivos.
goal-declined = Propuesta rechazada. No se ha añadido nada.
comp-title = Mis competencias
comp-intro = Nueve competencias para la vida, de LifeComp, el marco europeo. ¿Con qué frecuencia haces esto? Elige el paso que encaja ahora; los pasos anteriores se quedan en tu historial.
comp-area-personal = Personal
comp-area-social = Social
comp-area-learning_to_learn = Aprender a aprender
comp-self_regulation = Autorregulación
comp-self_regulation-desc = Conozco mis emociones y mis pensamientos y sé manejarlos, incluso con estrés.
comp-flexibility = Flexibilidad
comp-flexibility-desc = Sé afrontar los cambios y la incertidumbre y pruebo nuevas formas de hacer las cosas.
comp-wellbeing = Bienestar
comp-wellbeing-desc = Cuido mi cuerpo, mi mente y mis relaciones.
comp-empathy = Empatía
comp-empathy-desc = Entiendo cómo se sienten otras personas y cómo ven las cosas, también las de otras culturas.
comp-communication = Comunicación
comp-communication-desc = Digo claramente lo que quiero decir y escucho a los demás, también cuando hablamos idiomas distintos.
comp-collaboration = Colaboración
comp-collaboration-desc = Trabajo en grupo con otras personas y comparto tareas e ideas.
comp-growth_mindset = Mentalidad de crecimiento
comp-growth_mindset-desc = Creo que puedo seguir aprendiendo y creciendo.
comp-critical_thinking = Pensamiento crítico
comp-critical_thinking-desc = Compruebo la información y las ideas antes de confiar en ellas.
comp-managing_learning = Gestión del aprendizaje
comp-managing_learning-desc = Planifico mi aprendizaje, sigo adelante y pienso en cómo me ha ido.
comp-level = ¿Con qué frecuencia?
comp-level-1 = Estoy empezando
comp-level-2 = A veces
comp-level-3 = A menudo
comp-level-4 = Con seguridad, y ayudo a otras personas
comp-now = Ahora: { $level }
comp-by-self = autoevaluación
comp-by-mentor = evaluación de { $name }
comp-history = { $count ->
    [one] { $count } evaluación hasta ahora
    [many] { $count } de evaluaciones hasta ahora
   *[other] { $count } evaluaciones hasta ahora
}
comp-evidence = Se demuestra con
comp-evidence-add = Vincular una entrada que la demuestre
comp-evidence-none = Todavía no hay nada vinculado.
stories-add = Escribir una historia
stories-name = Título
stories-body = Mi historia
stories-date = Fecha
stories-visibility = Quién puede verla
vis-private = Solo en este teléfono (nunca se comparte ni se sincroniza)
vis-mentors = Yo y mis mentores

## CV
cv-title = Mi CV
cv-intro = Elige qué va en tu CV. Tú decides quién lo recibe.
cv-sections = Secciones
cv-language = Idioma del CV
cv-photo = Incluir mi foto
cv-no-photo = Añade una foto a tu perfil para incluirla.
cv-choose-photo = Elegir o hacer una foto
cv-preview = Vista previa
cv-save = Guardar el PDF
cv-saving = Creando tu CV…
cv-saved = CV guardado: { $path }
cv-delete-hint = Envíelo al empleador y después bórrelo de este dispositivo: cualquiera que tome el teléfono podría abrirlo.
cv-delete-file = Borrar el archivo de este dispositivo
cv-file-deleted = El archivo del CV se borró de este dispositivo.
export-save-copy = Guardar una copia…
export-open = Abrir
export-copied = Copia guardada: { $path }
cv-unavailable = Esta versión todavía no puede crear CV en PDF. La vista previa muestra lo que tendrá.
section-profile = Sobre mí
section-languages = Idiomas
section-certificates = Certificados
section-programmes = Programas
section-activities = Actividades
section-experience = Experiencia laboral
section-education = Formación
section-skills = Habilidades
section-stories = Historias
section-goals = Objetivos
section-competences = Competencias

## Sharing
share-title = Compartir

## Mentor mode
mentor-title = Modo mentor
mentor-intro = Portafolios que te han compartido las personas a las que acompañas. Puedes leerlos, pero no cambiarlos.
mentor-empty = Todavía nadie te ha compartido un portafolio.
mentor-readonly = Solo lectura
mentor-open = Abrir: { $name }
mentor-summary = { $languages ->
    [one] { $languages } idioma
    [many] { $languages } de idiomas
   *[other] { $languages } idiomas
}, { $activities ->
    [one] { $activities } actividad
    [many] { $activities } de actividades
   *[other] { $activities } actividades
}, { $hours ->
    [one] { $hours } hora
    [many] { $hours } de horas
   *[other] { $hours } horas
}
mentor-last-activity = Última actividad: { $date }

## Settings
settings-title = Ajustes
settings-profile = Mi perfil
settings-ui-language = Idioma de la aplicación
settings-relay = Dirección del servidor intermediario
settings-relay-hint = Se usa para sincronizar y compartir. Se guarda en este dispositivo.
settings-relay-invalid = Escribe una dirección que empiece por https://
settings-relay-saved = Dirección del servidor intermediario guardada.
settings-export = Exportar todo
settings-export-hint = Guarda tu portafolio como archivo JSON y como copia de seguridad completa.
settings-exported = Guardado: { $path }
settings-erase = Borrar todo
settings-erase-hint = Esto borra todos los portafolios y archivos de este dispositivo. No se puede deshacer.
settings-erase-confirm-label = Escribe { $word } para confirmar
settings-erase-word = BORRAR
settings-erase-button = Borrar todo ahora
settings-erase-mismatch = Escribe la palabra exactamente igual para confirmar.
settings-erased = Se ha borrado todo.
settings-about = Acerca de
settings-version = Versión { $version }

# Sharing, sync, mentor feedback, CV options, Open Badges
sync-syncing = Sincronizando…
sync-ok = Al día
sync-error = Sin sincronizar: guardado en este dispositivo
error-cv = No se ha podido crear el CV: { $message }
error-offline = No se ha podido conectar con el servidor intermediario. No se ha perdido nada; inténtalo más tarde.
error-refused = El servidor intermediario lo ha rechazado: { $message }
error-code = Este código no sirve aquí: { $message }
error-sync = La sincronización no ha funcionado: { $message }
share-intro = Comparte tu portafolio con un mentor o conecta otro de tus dispositivos. Todo se cifra en este dispositivo; el servidor intermediario no puede leerlo.
share-no-relay = Primero pon la dirección del servidor intermediario en Ajustes.
share-sync-h = Sincronizar
share-sync-now = Sincronizar ahora
share-synced = Sincronizado: { $pulled ->
    [one] { $pulled } cambio recibido
    [many] { $pulled } de cambios recibidos
   *[other] { $pulled } cambios recibidos
}, { $pushed ->
    [one] { $pushed } enviado
    [many] { $pushed } enviados
   *[other] { $pushed } enviados
}.
share-device-code = Código de este dispositivo
share-device-code-hint = Da este código a la persona que quiere compartir un portafolio con este dispositivo. No contiene ningún secreto.
share-qr = Código QR de este código
share-give-h = Compartir mi portafolio
share-recipient = Código de su dispositivo
share-role = Compartir con
share-role-mentor = Un mentor (puede leer y comentar, pero no cambiar)
share-role-device = Otro dispositivo mío (acceso completo)
share-member-mentor = Mentor
share-member-device = Mi dispositivo
share-make = Crear un código para compartir
share-made = El código para compartir está listo. Solo su dispositivo puede abrirlo.
share-result = Código para darle
share-join-h = Abrir un portafolio compartido
share-join-code = Código que has recibido
share-join = Abrir
share-joined = Portafolio de { $name } añadido.
share-members-h = Mentores con acceso
share-members-empty = No has compartido este portafolio con ningún mentor.
share-revoke = Quitar el acceso
share-revoked = acceso quitado
share-revoke-done = { $name } ya no puede leer tus cambios nuevos.
share-sections = Lo que ve el mentor
share-sections-note = El mentor ve estas secciones tal como son a partir de ahora, nunca lo que eliminaste antes. Puedes cambiarlo más tarde.
share-sections-of = Lo que ve { $name }
share-sections-save = Guardar lo que ve
share-sections-saved = Guardado. La copia de { $name } cambia en tu próxima sincronización.
share-sections-all = Ve todo tu portafolio (compartido con una versión anterior de la aplicación). Usa «Quitar el acceso» y vuelve a compartir para elegir lo que ve.
cv-no-sections = Elige al menos una sección.
cv-template = Diseño
cv-template-europass = Europass (dos columnas)
cv-template-compact = Compacto (una columna)
cv-language-hint = El CV puede estar en otro idioma distinto del de la aplicación.
cv-signed-note = Tu CV lleva un código QR con lo que dice, firmado con la clave de este portafolio: un empleador puede comprobar quién confirmó cada parte y que no se cambió nada.
cv-verify-url = Dirección de la página de verificación (opcional)
cv-verify-url-hint = Si tu organización tiene en su web la página de verificación de Mosaic, escribe aquí su dirección: así el código QR la abre en el teléfono del empleador.
cert-badge-h = Open Badge
cert-badge-import = Importar un Open Badge (imagen PNG)
cert-badge-hint = Una imagen de insignia con la credencial digital dentro. Se comprueba en este dispositivo.
cert-badge-verified = { $title }: importado, credencial digital verificada.
cert-badge-not-verified = { $title }: importado, pero sin verificar: { $reason }
cert-add-file = Añadir una foto o un archivo
feedback-title = Comentarios de los mentores
feedback-new = Nuevo
feedback-mark-read = Marcar como leído
mentor-feedback-h = Comentar o confirmar
mentor-feedback-hint = Tus comentarios y confirmaciones se envían a la persona dueña del portafolio en la próxima sincronización.
mentor-confirm-level = Confirmar el nivel
mentor-confirm-certificate = Confirmar el certificado
mentor-confirm-attendance = Confirmar la asistencia
mentor-confirm-done = Confirmación guardada. Se enviará en la próxima sincronización.
mentor-comment = Comentario
mentor-comment-label = Tu comentario sobre «{ $entry }»
mentor-comment-done = Comentario guardado. Se enviará en la próxima sincronización.
mentor-goal-h = Proponer un objetivo
mentor-goal-hint = La persona a la que acompañas lo verá después de la próxima sincronización y decidirá si lo acepta.
mentor-goal-steps = Pasos (uno por línea)
mentor-goal-send = Proponer
mentor-goal-sent = Objetivo propuesto. Se enviará en la próxima sincronización.
mentor-given = Tus comentarios
mentor-feedback-counts = { $comments ->
    [one] { $comments } comentario
    [many] { $comments } de comentarios
   *[other] { $comments } comentarios
}, { $confirmations ->
    [one] { $confirmations } confirmación
    [many] { $confirmations } de confirmaciones
   *[other] { $confirmations } confirmaciones
}

## Language picker, second language, draft translations
lang-search-results = { $count ->
    [one] { $count } idioma encontrado
    [many] { $count } de idiomas encontrados
   *[other] { $count } idiomas encontrados
}
settings-second-language = Segundo idioma bajo cada etiqueta
settings-second-language-hint = Para trabajar con un mentor: los títulos, las etiquetas y los botones también se muestran en este idioma.
settings-second-none = Ninguno
draft-notice = Esta traducción es un borrador: todavía no la ha revisado un hablante nativo.
draft-correct = Proponer una corrección
draft-mail-subject = Corrección de la traducción al { $language } de Mosaic
draft-mail-body = Idioma: { $language } ({ $code })
    Pantalla: { $screen }
    El texto ahora:
    Un texto mejor:

## Programmes: templates and module rules
prog-templates = Empezar un programa a partir de una plantilla
prog-template-info = { $modules ->
    [one] { $modules } módulo
    [many] { $modules } de módulos
   *[other] { $modules } módulos
}, { $hours ->
    [one] { $hours } hora
    [many] { $hours } de horas
   *[other] { $hours } horas
}
prog-requires = Requisito previo: { $title }
prog-module-optional = Módulo opcional
prog-module-edit = Editar el módulo
prog-module-remove = Quitar el módulo
prog-module-met = Se cumplen los requisitos de este módulo
prog-needs-attendance = asistencia necesaria: { $min } %
prog-needs-score = nota para aprobar: { $mark } %
unmet-no-required = Todavía no hay ningún módulo obligatorio
unmet-not-completed = Todavía sin completar ({ $status })
unmet-failed = No aprobado
unmet-attendance-below = Asistencia del { $pct } %, por debajo del { $min } % necesario
unmet-attendance-missing = Asistencia sin registrar (se necesita un { $min } %)
unmet-score-below = Nota del { $score } %, por debajo de la nota para aprobar ({ $mark } %)
unmet-score-missing = Nota sin registrar (nota para aprobar: { $mark } %)
unmet-prerequisite = Primero completa: { $title }
tpl-mt-ibelong-stage-1 = I Belong, Etapa 1
tpl-mt-ibelong-stage-2 = I Belong, Etapa 2
tpl-mod-maltese = Maltés
tpl-mod-english = Inglés
tpl-mod-cultural-orientation = Orientación cultural

## Editing, undo, messages, sync state, files, restore, assessment steps, mentor list
edit-title = Editar: { $name }
deleted = Eliminado.
undo = Deshacer
undo-done = Recuperado.
share-revoke-confirm = ¿Quitar el acceso a { $name }? No se puede deshacer. Lo que ya haya descargado se lo queda.
details = Detalles
error-kind-invalid = Falta algo en el formulario o algo no está bien. Revísalo y vuelve a intentarlo.
error-kind-not_found = Este elemento ya no existe. Puede que se haya eliminado en otro dispositivo.
error-kind-exists = Esto ya está en Mosaic.
error-kind-import = Este archivo no es un portafolio ni una copia de seguridad de Mosaic, o está dañado. No se ha cambiado nada.
error-kind-attachment = No se ha podido añadir este archivo. Usa una foto (JPEG o PNG) o un PDF que no sea muy grande.
error-kind-unavailable = Esto todavía no funciona en este dispositivo.
error-kind-storage = Tu teléfono no ha podido guardar esto. Comprueba que tenga espacio libre y vuelve a intentarlo.
error-kind-cv = No se ha podido crear el CV. Vuelve a intentarlo o prueba el otro diseño.
error-kind-offline = No se ha podido conectar con el servidor intermediario. No se ha perdido nada; inténtalo más tarde.
error-kind-refused = El servidor intermediario no lo ha aceptado. Puede que te hayan quitado el acceso.
error-kind-code = Este código no sirve aquí. Comprueba que se haya copiado o escaneado el código completo.
error-kind-sync = Esta vez la sincronización no ha funcionado. No se ha perdido nada; inténtalo más tarde.
error-kind-busy = La aplicación estaba ocupada. Vuelve a intentarlo.
error-kind-other = Algo ha salido mal. Vuelve a intentarlo.
sync-phone-only = Solo en este teléfono
sync-last = Última sincronización: { $time }
sync-not-yet = Aún sin sincronizar
file-take-photo = Hacer una foto
file-choose = Elegir un archivo (imagen o PDF)
file-chosen = Elegido: { $name }
restore-h = Recuperar un portafolio
restore-hint = Desde una copia de seguridad hecha en Ajustes (.age, con fotos y archivos) o un portafolio exportado (.json). No se reemplaza nada de lo que ya está en este teléfono.
restore-backup = Restaurar una copia de seguridad (.age, .zip)
restore-passphrase = Frase de contraseña de la copia
restore-passphrase-hint = La frase de contraseña elegida al hacer la copia. Escríbela primero y luego elige el archivo.
restore-json = Importar un archivo de portafolio (.json)
restore-done = El portafolio de { $name } vuelve a estar en este teléfono.
assess-step = { $total ->
    [one] Paso { $n } de { $total }
    [many] Paso { $n } de { $total }
   *[other] Paso { $n } de { $total }
}
assess-next = Siguiente
mentor-search = Buscar por nombre o ciudad
mentor-sort = Orden
mentor-sort-attention = Primero quien necesita atención
mentor-sort-name = Nombre
mentor-sort-recent = Actividad más reciente
mentor-attention-only = Solo quien necesita atención
mentor-showing = { $total ->
    [one] Se muestran { $shown } de { $total }
    [many] Se muestran { $shown } de { $total }
   *[other] Se muestran { $shown } de { $total }
}
mentor-attention = Necesita atención
mentor-why-inactive = { $days ->
    [one] Sin actividad desde hace { $days } día
    [many] Sin actividad desde hace { $days } de días
   *[other] Sin actividad desde hace { $days } días
}
mentor-why-at_risk = No se cumple un requisito del programa
mentor-why-unread = { $count ->
    [one] Comentarios sin leer: { $count }
    [many] Comentarios sin leer: { $count }
   *[other] Comentarios sin leer: { $count }
}
mentor-confirm-selected = { $count ->
    [one] Confirmar la selección ({ $count })
    [many] Confirmar la selección ({ $count })
   *[other] Confirmar la selección ({ $count })
}
mentor-confirmed-many = { $count ->
    [one] Confirmados: { $count }
    [many] Confirmados: { $count }
   *[other] Confirmados: { $count }
}

# Organisers and signed check-in (draft)
nav-checkin = Registrar asistencia
nav-organiser = Organizador
checkin-title = Registrar tu asistencia a un evento
checkin-intro = En un café de idiomas, un curso o una sesión, el organizador muestra un código de asistencia. Pégalo aquí: tu teléfono comprueba la firma del organizador sin ninguna red y registra tu asistencia como verificada.
checkin-code = Código de asistencia
checkin-code-hint = Empieza por MC1: y aparece debajo del código QR del organizador. Sirve durante unos dos minutos.
checkin-submit = Registrar asistencia
checkin-done = Asistencia registrada: { $title }.
checkin-already = Ya habías registrado tu asistencia a { $title }. No se ha guardado nada nuevo.
checkin-verified-by = Verificado por { $name } (clave { $fingerprint })
checkin-receipt-h = Tu comprobante para el organizador
checkin-receipt-hint = Muestra este código QR al organizador para que te añada a su lista de asistencia.
checkin-error-expired = Este código de asistencia ha caducado. Pide al organizador el código que muestra ahora en su pantalla.
checkin-error-future = Este código de asistencia tiene una fecha futura. Comprueba la fecha y la hora de tu teléfono y vuelve a intentarlo.
checkin-error-other-event = Este código es de otro evento. { $message }
org-title = Modo organizador
org-intro = Para quien organiza cafés de idiomas, cursos y sesiones: crea eventos y muestra un código de asistencia que las personas participantes escanean. Tu dispositivo firma cada código con tu clave.
org-new-h = Crea tu identidad de organizador
org-name = Nombre que ven las personas participantes
org-organisation = Organización
org-create = Crear identidad
org-created = Identidad de organizador creada.
org-fingerprint = Huella de la clave:
org-fingerprint-hint = Las personas participantes ven esta huella en cada registro de asistencia. Publícala (en un cartel, en tu web) para que se puedan distinguir tus códigos de las copias.
org-event-new = Nuevo evento
org-event-create = Crear evento
org-event-created = Evento creado.
org-no-events = Todavía no hay eventos.
org-show-code = Mostrar el código de asistencia
org-code-h = Código de asistencia: { $title }
org-code-hint = Las personas participantes escanean o pegan este código. Cada 30 segundos aparece un código nuevo, así que una foto enviada más tarde no sirve.
org-receipt = Comprobante de la persona participante
org-receipt-add = Añadir a la lista de asistencia
org-receipt-added = { $name } está ahora en la lista de asistencia.
org-receipt-already = { $name } ya está en la lista de asistencia.
org-register-h = { $count ->
    [one] Lista de asistencia: { $count } persona
    [many] Lista de asistencia: { $count } de personas
   *[other] Lista de asistencia: { $count } personas
}

## Scanning and copying codes (draft)
scan-start = Escanear con la cámara
scan-stop = Dejar de escanear
scan-hint = Pon el código QR dentro de la imagen. Se lee en este teléfono; no se envía nada.
scan-live = Imagen de la cámara
scan-failed = No se ha podido abrir la cámara. Permite que Mosaic use la cámara o, si no, pega el código.
copy = Copiar
share = Compartir
copied = Copiado. Ya puedes pegarlo en un mensaje.
copy-failed = Aquí no se ha podido copiar. Selecciona el texto y cópialo a mano.

## Who vouches for an activity (draft)
source-self-reported = Declaración propia
source-proof-invalid = Declaración propia: la firma del organizador ya no corresponde a esta entrada.

## App lock, quick exit and sealed backups (draft)
quick-exit = Salida rápida
neutral-title = Notas
neutral-empty = Todavía no hay notas.
neutral-open = Abrir
lock-title = Escribe tu PIN
lock-pin = PIN
lock-unlock = Desbloquear
lock-wrong = PIN incorrecto.
lock-wait = { $seconds ->
    [one] Demasiados PIN incorrectos. Vuelve a intentarlo dentro de { $seconds } segundo.
    [many] Demasiados PIN incorrectos. Vuelve a intentarlo dentro de { $seconds } de segundos.
   *[other] Demasiados PIN incorrectos. Vuelve a intentarlo dentro de { $seconds } segundos.
}
settings-pin = Bloqueo de la aplicación (PIN)
settings-pin-hint = Con un PIN, Mosaic te lo pide al abrirse y después de un tiempo en segundo plano, y la clave de tus datos queda bloqueada con él. Sin PIN, la clave se guarda en un archivo que solo puede leer tu cuenta de usuario en este dispositivo.
settings-pin-new = PIN nuevo (al menos 4 caracteres)
settings-pin-repeat = El mismo PIN otra vez
settings-pin-set = Guardar PIN
settings-pin-remove = Quitar PIN
settings-pin-saved = PIN guardado.
settings-pin-removed = PIN quitado.
settings-pin-mismatch = Los dos PIN no son iguales.
settings-pin-short = El PIN necesita al menos 4 caracteres.
settings-lock-after = Bloquear tras un tiempo en segundo plano
settings-lock-after-0 = Inmediatamente
settings-lock-after-60 = Tras 1 minuto
settings-lock-after-300 = Tras 5 minutos
settings-lock-after-never = Nunca
settings-backup-hint = Guarda una copia de seguridad completa, bloqueada con una frase de contraseña. Conserva la frase en un lugar seguro: sin ella no se puede abrir la copia.
settings-backup-passphrase = Frase de contraseña de la copia (al menos 8 caracteres)
settings-backup-passphrase-short = La frase de contraseña necesita al menos 8 caracteres.
error-passphrase = Frase de contraseña de la copia: { $message }
confirmation-current = Confirmado por { $name } ({ $role }, clave { $fingerprint })
confirmation-earlier = Versión anterior confirmada por { $name } ({ $role }, clave { $fingerprint }); la entrada cambió después
confirmation-invalid = Una confirmación aquí no se puede verificar: no cuenta
confirmation-role-mentor = mentor
confirmation-role-organiser = organizador
confirmation-role-teacher = docente
feedback-comment-signed = { $by } (clave { $fingerprint }) escribió:
feedback-confirmed-signed = Confirmado por { $by } (clave { $fingerprint }), firma verificada
feedback-confirmed-earlier = { $by } (clave { $fingerprint }) confirmó una versión anterior; la entrada cambió después
feedback-confirm-invalid = Una confirmación que no se puede verificar (no cuenta)
feedback-export-badge = Guardar como Open Badge
feedback-badge-ready = Open Badge listo: un archivo firmado por { $by } que las carteras de insignias y los empleadores pueden comprobar
mentor-confirm-work = Confirmar experiencia laboral
mentor-confirm-programme = Confirmar los resultados del programa

## Reflections, testimonials and moving to a new relay address (draft)
testimonial-section = Compartida como testimonio
testimonial-share = Compartir como testimonio
testimonial-what-is-sent = Una organización puede mostrar tu historia como ejemplo de buena práctica. Recibe el título y el texto de esta historia, la foto que elijas y tu nombre si lo escribes. Nada más de Mosaic.
testimonial-organisation = Organización (quién puede mostrarla)
testimonial-photo = Incluir una foto
testimonial-photo-none = Sin foto
testimonial-photo-n = Foto { $n }
testimonial-first-name = Tu nombre (opcional)
testimonial-first-name-hint = Déjalo vacío para compartir la historia sin tu nombre.
testimonial-consent = Acepto que { $organisation } muestre esta historia como ejemplo de buena práctica. Puedo retirar este permiso en cualquier momento.
testimonial-consent-unnamed = Acepto que esta organización muestre esta historia como ejemplo de buena práctica. Puedo retirar este permiso en cualquier momento.
testimonial-publish = Publicar
testimonial-published = El archivo del testimonio está listo para enviar.
testimonial-already-shared = Esta historia ya está compartida con { $organisation }. Retírala primero para volver a compartirla allí.
testimonial-file-saved = Archivo del testimonio: { $path }
testimonial-send-hint = Guarda una copia y envíasela tú a { $organisation }, por ejemplo por correo electrónico. Mosaic no la envía.
testimonial-shared-on = Compartida con { $organisation } el { $date }
testimonial-withdrawn-on = Retirada de { $organisation } el { $date }
testimonial-withdraw = Retirar
testimonial-withdraw-confirm = ¿Retirar tu permiso a { $organisation }? Mosaic crea un aviso firmado para que se lo envíes y dejen de mostrar tu historia.
testimonial-withdrawn-done = Retirada. Envía el aviso a { $organisation }.
testimonial-notice-saved = Aviso de retirada: { $path }
testimonial-notice-hint = Guarda una copia y envíasela a { $organisation }, para que sepan que ya no estás de acuerdo.
testimonial-notice-again = Volver a crear el aviso de retirada
testimonial-list-title = Testimonios
testimonial-list-intro = Cada historia que has compartido con una organización: qué, con quién y cuándo. Esta lista se queda en este teléfono.
testimonial-list-none = No has compartido ninguna historia como testimonio.
testimonial-with-name = Con tu nombre ({ $name })
testimonial-without-name = Sin tu nombre
testimonial-with-photo = con una foto
testimonial-without-photo = sin foto
testimonial-standing = Puedes retirarla en cualquier momento.
# Moving to another address of the same relay (its operator announced a new one); nobody shares again.
relay-move-title = Cambiar a una dirección nueva
relay-move-hint = Tu portafolio, tus dispositivos y tus mentores siguen funcionando igual; nadie tiene que volver a compartir. Úsalo solo si quien gestiona el servidor intermediario te ha dado una dirección nueva para el mismo servidor.
relay-move-new = Dirección nueva del mismo servidor intermediario
relay-move-button = Cambiar
relay-move-moving = Comprobando la dirección nueva y haciendo el cambio…
# $count: documents (the portfolio and its feedback) that now sync through the new address.
relay-move-done = { $count ->
    [one] Hecho: { $count } documento se sincroniza ahora a través de { $address }.
    [many] Hecho: { $count } de documentos se sincronizan ahora a través de { $address }.
   *[other] Hecho: { $count } documentos se sincronizan ahora a través de { $address }.
}
relay-move-already = Este portafolio ya se sincroniza a través de { $address }.
relay-move-kept = No se ha cambiado nada: tu portafolio sigue en la dirección actual del servidor intermediario.
relay-move-no-relay = Primero escribe arriba la dirección del servidor intermediario.
relay-move-offline = No tienes conexión. Conéctate a internet para hacer el cambio.
# Moving to a different relay (another organisation's server): the portfolio is copied there, encrypted, and the others follow.
relay-move-other = Es otro servidor intermediario: copiar allí mi portafolio
relay-move-other-hint = Tu portafolio se copia allí, cifrado. Tus otros dispositivos y tus mentores se pasan solos al nuevo servidor la próxima vez que se sincronicen. El servidor intermediario anterior conserva su copia cifrada.
relay-move-other-url = Dirección del otro servidor intermediario
relay-move-copied = Copiado en { $address }. Tus otros dispositivos y tus mentores se pasarán al nuevo servidor la próxima vez que se sincronicen.
nav-reflections = Reflexiones
reflections-title = Mis reflexiones
reflections-intro = Después de una actividad, tómate un minuto: ¿qué hiciste, qué aprendiste, qué palabras nuevas, a quién conociste? Escribe, añade una foto o graba tu voz.
reflection-add = Escribir una reflexión
reflection-on = Reflexionar
reflection-prompt = Guardado. ¿Quieres contar cómo fue, ahora que lo recuerdas bien?
reflection-later = Más tarde
reflection-activity = Actividad
reflection-no-activity = Ninguna actividad (una reflexión suelta)
reflection-date = Fecha
reflection-did = ¿Qué hice?
reflection-learned = ¿Qué aprendí?
reflection-words = Palabras nuevas
reflection-words-hint = Separa las palabras con comas.
reflection-met = ¿A quién conocí?
reflection-share = Compartir con mis mentores y mis otros dispositivos
reflection-private-hint = No compartida: se queda solo en este teléfono.
reflection-share-hint = Tus mentores la verán y se sincronizará con tus otros dispositivos.
reflection-empty = Primero escribe algo, añade una palabra o graba una nota de voz.
reflection-untitled = Reflexión
reflection-shared = Compartida con tus mentores.
reflection-kept = Ahora solo está en este teléfono.
reflection-share-action = Compartir con los mentores
reflection-keep-action = Dejar solo en este teléfono
voice-title = Nota de voz
voice-record = Grabar una nota de voz
voice-record-again = Volver a grabar
voice-stop = Detener la grabación ({ $time })
voice-recording = Grabando…
voice-listen = Nota de voz
voice-play = Reproducir la nota de voz
voice-remove = Quitar la grabación
voice-choose = O elegir un archivo de audio
voice-no-microphone = No se puede usar el micrófono. Permítelo en los ajustes del teléfono o elige un archivo de audio.
voice-too-long = Esta grabación es demasiado larga (más de 3 MB). Graba una más corta.
voice-missing = Esta nota de voz no está en este teléfono.

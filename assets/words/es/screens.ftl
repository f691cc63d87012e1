# Las palabras de Close Reader en español: las pantallas y los mensajes.
#
# Cada mensaje tiene un id (a la izquierda de "="); su texto puede usar
# argumentos como { $count } o { $name }. Los atributos (".tooltip", ".name")
# pertenecen al mensaje de arriba. Frases cortas y claras: quienes leen
# tienen entre 11 y 16 años.
# Cómo se escribe Fluent: https://projectfluent.org/fluent/guide/

## Cantidades que se usan en muchos sitios.

n-students = { $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
}

## La franja de mensajes de la parte de arriba de la ventana.

earlier-messages = Mensajes anteriores ({ $count })
message-ok = Aceptar
message-open-folder = Abrir carpeta
highlight-removed = Se quitó el subrayado “{ $quote }”.

## Los datos del modelo en palabras (src/wording.rs).

progress = { $optional ->
    [0] { $answered } de { $total } respondidas
    [one] { $answered } de { $total } respondidas · { $optional } opcional
   *[other] { $answered } de { $total } respondidas · { $optional } opcionales
}
progress-short = { $answered } de { $total }
kind-open = Respuesta abierta
kind-short = Respuesta corta
kind-choice = Opción única
kind-choices = Opción múltiple
kind-rating = Valoración
kind-evidence = Evidencia
source-kind = { $kind ->
    [video] Video
    [audio] Audio
    [article] Artículo
    [speech] Discurso
    [interview] Entrevista
    [web-page] Página web
    [social-media] Redes sociales
   *[other] Otro
}
    .in-text = { $kind ->
        [video] video
        [audio] audio
        [article] artículo
        [speech] discurso
        [interview] entrevista
        [web-page] página web
        [social-media] redes sociales
       *[other] otro
    }
document-no-date = sin fecha
document-citation = “{ $title }”. { $byline }
document-citation-from = “{ $title }”. { $byline }. Tomado de: { $from }
document-article = Artículo
document-report = Informe
document-profile = Perfil
document-official = Documento oficial
document-data = Datos
document-web-page = Página web
flag-unanswered = { $count } sin responder
flag-rating-without-reason = { $count ->
    [one] { $count } valoración sin motivo
   *[other] { $count } valoraciones sin motivo
}
flag-other-copies = { $count ->
    [one] { $count } copia más
   *[other] { $count } copias más
}

## La pantalla de la lección.

top-bar-student = Quién trabaja en esta lección
notes-below = Tus notas están al final de esta sección ({ $keys }).
go-to-notes = Ir a tus notas ↓
theme = Tema

## La pantalla de inicio.

app-name = Close Reader
start-tagline = Lee con atención. Pregúntate quién habla, qué evidencias da y qué se deja fuera.
start-who = ¿Quién está trabajando?
start-name-shown-as = Se verá como «{ $name }»
start-name-hint = Escribe tu nombre
start-name-too-long = Los nombres pueden tener como máximo { $max } caracteres; el resto no se guardó.
start-recent = Recientes:
start-work-as = Trabajar como { $name }
    .tooltip = Trabajar con este nombre
start-lesson-to-open = Lección que se va a abrir: { $title }
start-start-lesson = Empezar la lección
start-lessons = Lecciones
start-open-file = Abrir archivo de lección…
start-preview-file = Vista previa de un archivo de lección…
    .tooltip = Para docentes que escriben una lección: mírala como la verán tus estudiantes, con las soluciones y las notas, actualizada cada vez que guardes el archivo
start-class-work = Trabajos de la clase…
    .tooltip = Para docentes: abre una carpeta con los trabajos de tu clase (una carpeta de entregas, una memoria USB, una descarga de tu plataforma educativa) para revisarlos y guardar una hoja de cálculo o un informe de la clase
start-drop-hint = También puedes arrastrar un archivo de lección .ron a esta ventana.
start-lesson-path = Ruta del archivo de lección:
    .button = Abrir
start-class-path = Ruta de la carpeta de la clase:
    .button = Abrir los trabajos de la clase
start-opening = Abriendo la lección…
start-continue = Continuar: { $title }
start-begin = Empezar: { $title }
start-name-first = Primero escribe tu nombre arriba.
start-returned = Devuelta con comentarios
start-not-started = Sin empezar
start-minutes = unos { $minutes } minutos
start-size = { $sections ->
    [one] { $sections } sección
   *[other] { $sections } secciones
}, { $questions ->
    [one] { $questions } pregunta
   *[other] { $questions } preguntas
}
start-broken-lesson = No se pudo abrir esta lección: { $file }
    .advice = Muéstraselo a tu docente. Las demás lecciones siguen funcionando.

## Una pregunta y su respuesta.

# $optional es "yes" o "no".
prompt-name = { $optional ->
    [yes] Pregunta { $number } (opcional): { $text }
   *[no] Pregunta { $number }: { $text }
}
prompt-heading = { $optional ->
    [yes] Pregunta { $number } · { $kind } · Opcional
   *[no] Pregunta { $number } · { $kind }
}
prompt-answered = ✓ Respondida
prompt-read-aloud = ▶ Leer
    .name = Leer en voz alta la pregunta { $number }
    .tooltip = Leer esta pregunta en voz alta
prompt-words-explained = Palabras explicadas:
prompt-your-answer = Tu respuesta
prompt-teacher-view = Vista docente · id: { $id }
prompt-answer-key = Solución: { $key }
prompt-hint-for-students = Pista para estudiantes: { $hint }
prompt-teacher-note = Nota para el docente: { $note }
prompt-show-hint = Ver pista
    .name = Ver la pista de la pregunta { $number }
prompt-hide-hint = Ocultar pista
    .name = Ocultar la pista de la pregunta { $number }
prompt-hint = Pista: { $hint }
prompt-scale = { $min } = { $low }   ·   { $max } = { $high }
prompt-scale-value = { $value } en una escala de { $min } a { $max }
prompt-why-rating = ¿Por qué elegiste este número? (hace falta para la pregunta { $number })
    .hint = Explica tu valoración usando el texto
    .missing = Escribe por qué elegiste este número para terminar esta pregunta.
prompt-look-for = Busca: { $tag }. { $description }
prompt-asked-passage = El fragmento sobre el que se pregunta ({ $by }):
prompt-evidence-hint = Tu respuesta: cita las palabras a las que te refieres
prompt-choose-passage = Elige un fragmento…
prompt-passage-you-cite = Fragmento que citas
prompt-cite-highlights = Cita tus subrayados:
prompt-highlight-in = { " " }en “{ $title }”

## Los subrayados del estudiante junto a los fragmentos.

highlights-heading = Tus subrayados ({ $count })
highlights-none = Todavía ninguno: usa “Subrayar…” debajo de un fragmento.
highlights-tag = ■ { $tag } ({ $count })
highlights-tag-gone = ■ “{ $tag }”, una etiqueta que esta lección ya no tiene ({ $count }): elige otra etiqueta o quita el subrayado
highlights-in-source = En la fuente “{ $card }”
highlights-quote = “{ $quote }”
highlights-quote-changed = “{ $quote }” (el texto cambió)
highlights-quote-removed = “{ $quote }” (fragmento eliminado)
highlights-comment = Comentario
    .hint = ¿Por qué esta etiqueta?
    .name = Comentario sobre “{ $quote }”
highlights-tag-menu = Etiqueta
    .name = Etiqueta de “{ $quote }”
highlights-show = Ver
    .tooltip = Ir a estas palabras
    .name = Ver “{ $quote }” en el fragmento
    .in-source = Ver “{ $quote }” en la fuente “{ $card }”
highlights-remove = Quitar
    .name = Quitar el subrayado “{ $quote }”

## Fichas de fuentes y otros documentos junto a la transcripción.

document-others = Otras fuentes para leer junto a la transcripción:
document-open-beside = Abierta al lado: { $title } ({ $kind })
    .name = Fuente abierta junto a la transcripción: { $title }
document-read-beside = Leer al lado: { $title } ({ $kind })
    .name = Abrir la fuente junto a la transcripción: { $title }
document-tab-transcript = Transcripción y preguntas
document-tab-source = Fuente: { $title }
document-other-source = Otra fuente
document-close = Cerrar la fuente
    .name = Cerrar la fuente: { $title }
document-from = De dónde viene: { $from }
document-paragraph-source = Fuente: { $cite }
# Debajo de un párrafo citado de una fuente: de dónde vienen las palabras (quote-source).
document-quote-credit = Tomado de: { $source }
# Encima de un párrafo de una ficha que cita fuentes, donde la lección habla por sí misma.
document-lesson-words = Palabras de esta lección, no de una fuente
# La fuente de una cita en una línea, con y sin autor; después, con la fecha en que se leyó, tal como la escribe la lección.
quote-source = “{ $title }”, { $publisher }, { $date }. { $address }
quote-source-author = { $author }, “{ $title }”, { $publisher }, { $date }. { $address }
quote-source-read = { $source }. { $read }
# De quién son las palabras de un párrafo de una ficha, en citas, subrayados y exportaciones.
credit-quoting = cita de { $source }
credit-lesson-words = palabras propias de esta lección (“{ $lesson }”), no de una fuente
document-paragraph-id = id: { $id }
document-highlight =
    .name = Subrayar palabras del párrafo { $number } de { $title }
    .tooltip = Marca palabras de este párrafo con una etiqueta

## Lectura en voz alta.

read-button = ▶ Leer
read-from-here = ▶▶ Desde aquí
read-passage =
    .name = Leer en voz alta { $passage }
    .tooltip = Leer este fragmento en voz alta
    .from-here-name = Leer la sección en voz alta desde { $passage }
    .from-here-tooltip = Leer la sección en voz alta a partir de este fragmento
read-paragraph =
    .name = Leer en voz alta el párrafo { $number } de { $title }
    .tooltip = Leer este párrafo en voz alta
    .from-here-name = Leer la fuente en voz alta desde el párrafo { $number } de { $title }
    .from-here-tooltip = Leer la fuente en voz alta a partir de este párrafo
read-being-read = ▶ Leyendo en voz alta (Esc: parar)
# Lo que dice la lectura en voz alta de un párrafo de una ficha citado de una fuente (sin dirección web: suena mal) y de las palabras propias de la lección.
read-quoted = { $text } … Cita de “{ $title }”, { $publisher }, { $date }.
read-quoted-author = { $text } … Cita de { $author }, “{ $title }”, { $publisher }, { $date }.
read-lesson-words = Palabras de esta lección: { $text }

## El índice de secciones.

outline-progress =
    .name = Progreso: { $answered } de { $total } preguntas respondidas
outline-optional = opcional
    .name = preguntas opcionales
outline-complete = ✓ { $answered }/{ $total }
outline-count = { $answered }/{ $total }
outline-section = { $marks ->
    [0] { $number }. { $title }  ·  { $count }
    [one] { $number }. { $title }  ·  { $marks } punto · { $count }
   *[other] { $number }. { $title }  ·  { $marks } puntos · { $count }
}
    .name = { $marks ->
        [0] { $number }. { $title }: { $answered }
        [one] { $number }. { $title }: { $answered }, { $marks } punto
       *[other] { $number }. { $title }: { $answered }, { $marks } puntos
    }

## Configuración de lectura.

spacing-normal = Normal
spacing-one-and-a-half = 1,5 líneas
spacing-double = Doble
width-narrow = Estrecho
width-normal = Normal
width-wide = Ancho
speed-slow = Lenta
speed-normal = Normal
speed-fast = Rápida

theme-light = Claro
theme-dark = Oscuro
theme-high-contrast = Alto contraste

## La columna de lectura de la pantalla de la lección.

lesson-id = id: { $id }
lesson-id-minutes = id: { $id } · unos { $minutes } minutos
lesson-highlight = Subrayar…
    .name = Subrayar palabras de { $passage }
    .tooltip = Marca palabras de este fragmento con una etiqueta
lesson-section-of = Sección { $number } de { $count }

## Cuadros de diálogo.

dialog-save = Guardar…
dialog-cancel = Cancelar
dialog-close = Cerrar
export-dialog-title = Exportar tu trabajo
export-dialog-intro = Tus respuestas y tus notas van en un solo archivo para tu docente.
export-dialog-format = Formato
export-dialog-excerpts = Incluir los extractos de la transcripción
export-dialog-teacher-copy = Copia para docentes (soluciones y notas para el docente)
export-dialog-comment-space = Espacio para comentarios debajo de cada respuesta (Word)

## Fragmentos.

passage-at = en { $time }
passage-context = Contexto: { $note }
role-narrator = narración
role-clip = clip de noticias
role-expert = persona experta
role-official = autoridad
role-public = persona del público
role-other = otra voz
role-on-screen = en pantalla
role-shown = ({ $role })
term-definition = { $term }: { $definition }
term-definition-said = { $term } ({ $say }): { $definition }

## El panel de notas.

notes-heading = Tus notas
notes-section = Notas sobre “{ $title }”
    .hint = Lo que te llame la atención en esta sección
notes-notebook = Cuaderno (toda la lección)
    .hint = Ideas, preguntas, cosas que buscar
notes-removed-answers = Ya no están en la lección
    .explained = Tu docente cambió esta lección. Estas respuestas y subrayados se conservan y van en tus exportaciones.
notes-removed-answer = { $id }: { $text }

reading-dialog-title = Configuración de lectura
reading-line-spacing = Interlineado
reading-width = Ancho del texto
reading-speed = Velocidad de lectura en voz alta
reading-legible-font = Letra muy fácil de leer (Atkinson Hyperlegible, hecha para personas con baja visión)

## Imágenes.

picture-title = Imagen
picture-enlarge = Ampliar la imagen
picture-alt = Imagen: { $alt }
picture-loading = Cargando la imagen: { $alt }
picture-failed = No se pudo mostrar la imagen: { $why }.

## Copias anteriores.

history-title = Copias anteriores
history-intro = Close Reader guarda una copia de tu trabajo cada pocos minutos mientras escribes.
    .safe = Al recuperar una, lo que ves ahora en pantalla se guarda antes como otra copia, así que no se pierde nada.
history-none = Todavía no hay copias anteriores.
history-bring-back = Recuperar la copia del { $when }

## Los comentarios del docente, tal como los ve el estudiante.

feedback-returned-verified = Comentarios de tu docente · Lección devuelta
feedback-returned = Comentarios · Lección devuelta
feedback-under-answers = Los comentarios sobre tus respuestas están debajo de cada respuesta. Todavía puedes cambiar tu trabajo.
feedback-removed-question = Sobre una pregunta que ya no está en la lección ({ $id }): { $comment }
feedback-from-teacher = Comentarios de tu docente

## Elegir palabras para subrayar.

marking-heading = Elige palabras para subrayar
marking-keys = Haz clic en una palabra y Shift+clic en otra. Teclas: ← → mover, Shift+← → ampliar, S frase, 1–9 etiqueta, Esc parar.
marking-words =
    .name = Palabras para subrayar. Elegidas: { $chosen }
marking-chosen = Elegidas: “{ $chosen }”
marking-done = Listo

long-text-more = { $count ->
    [one] Ver más ({ $count } carácter más)
   *[other] Ver más ({ $count } caracteres más)
}
    .tooltip = El texto completo está en la exportación del estudiante y en los archivos de la clase.

radio-nothing-chosen = todavía no se eligió nada
radio-group =
    .name = { $name } ({ $value })

## Mensajes en la franja de la parte de arriba de la ventana.

highlight-back = Se recuperó el subrayado.
name-first = Primero escribe tu nombre y después abre la lección.
no-data-folder = Este equipo no tiene una carpeta para guardar el trabajo, así que no se puede guardar. Pregunta a tu docente.
    .reason = este equipo no tiene una carpeta para guardar el trabajo

speech-looking = Buscando el sistema de voz del equipo…

## La vista previa en directo de un archivo de lección.

preview-nothing-saved = esto es una vista previa: no se guarda nada
preview-bar = Vista previa de { $file }: se vuelve a cargar cada vez que guardas el archivo. Se muestran las soluciones, las notas para el docente, las pistas y los ids; no se guarda nada.
preview-mistakes = El archivo tiene errores, así que se sigue mostrando la última versión correcta. `closereader check` dice:
preview-stop = Salir de la vista previa

## El guardado, en la barra de arriba.

status-saved = Guardado
status-saving = Guardando…
status-saving-first = Guardando antes de cerrar…
status-not-saved = No guardado: { $why }
    .detail = Tu trabajo está a salvo mientras esta ventana siga abierta. Se vuelve a intentar guardar cada pocos segundos.
status-copy = Guardado como copia aparte
    .detail = Otra ventana de Close Reader u otro equipo cambió este trabajo mientras trabajabas, así que no se sobrescribió nada: tu trabajo se guardó como { $file }, junto a la otra versión. Cierra una de las ventanas y dile a tu docente qué versión conservar.
status-read-only = Solo lectura

saved-as-copy = Este trabajo se cambió en otra ventana de Close Reader o en otro equipo mientras trabajabas. No se sobrescribió nada: tu trabajo se guardó como “{ $name }” junto a la otra versión. Cierra una de las ventanas y avisa a tu docente.
not-saved-quit = Tu trabajo no está guardado. Usa “Exportar una copia…” para conservarlo; si vuelves a cerrar la ventana, se cerrará sin guardar.
not-saved-leave = Tu trabajo todavía no está guardado, así que la lección sigue abierta. Usa “Exportar una copia…” para conservarlo o pregunta a tu docente; si vuelves a salir, saldrás sin guardar.

## Archivos guardados y las ventanas de archivos del sistema.

saved-exported = Exportado a { $path }
saved-copy = Se guardó una copia de tu trabajo como { $path }
saved-file = Guardado: { $path }
saved-in-documents = No se pudo mostrar ninguna ventana para guardar, así que tu trabajo se guardó como { $path }
saved-no-documents = No se pudo mostrar ninguna ventana para guardar y no hay carpeta Documentos: no se guardó nada.
saved-failed = No se pudo guardar el archivo: { $why }
file-window-lesson-filter = Lección
file-window-open-lesson = Abrir archivo de lección
file-window-open-class = Abrir la carpeta con los trabajos de tu clase
file-window-save-work = Guardar tu trabajo
file-window-save-class = Guardar los trabajos de la clase

no-folder-window = No se pudo mostrar ninguna ventana de carpetas en este equipo. Escribe la ruta de la carpeta con los trabajos de tu clase debajo de “Lecciones” y haz clic en Abrir.
no-file-window = No se pudo mostrar ninguna ventana de archivos en este equipo. Escribe la ruta del archivo de lección debajo de “Lecciones” y haz clic en Abrir.
    .or-copy = No se pudo mostrar ninguna ventana de archivos en este equipo. Escribe la ruta del archivo de lección debajo de “Lecciones” y haz clic en Abrir, o copia el archivo en la carpeta de lecciones, { $folder }.
restore-changed = La copia anterior no se recuperó porque el trabajo cambió mientras tanto. Inténtalo de nuevo.
restore-done = Se recuperó la copia anterior. Lo que había antes en pantalla también se guarda como copia anterior.
restore-failed = La copia anterior no se recuperó: antes no se pudo guardar lo que hay en pantalla ({ $why }).
not-a-lesson-file = { $file } no es un archivo de lección (.ron).
lesson-file-broken = No se pudo abrir { $file }; sus problemas aparecen junto a las lecciones.
lesson-file-listed = { $file } se añadió a las lecciones; cierra la vista de clase para abrirlo.
lesson-path-first = Primero escribe la ruta de un archivo de lección (.ron).

## Entregar.

hand-in-looking = Close Reader todavía está buscando la carpeta de entregas de la clase. Vuelve a intentarlo en un momento.
hand-in-not-set-up = Este equipo no tiene configurada ninguna carpeta de entregas. Tu trabajo está guardado aquí; para dárselo a tu docente, exporta una copia (por ejemplo, a una memoria USB o a una carpeta compartida) o pregunta a tu docente.
hand-in-broken = No se pudo entregar tu trabajo: { $why }. Avisa a tu docente. Tu trabajo está a salvo en este equipo; puedes exportar una copia.
hand-in-done-short = Entregado a las { $time }.
hand-in-done = Entregado a las { $time }. Puedes seguir trabajando y volver a entregarlo: tu docente recibe la versión más reciente.
hand-in-newer-there = Entregado a las { $time }, pero ya había una versión más reciente de tu trabajo (entregada desde otro equipo): esa es la que ve tu docente. Esta también se conserva.
    .at = Entregado a las { $time }, pero ya había una versión más reciente de tu trabajo (entregada desde otro equipo a las { $then }): esa es la que ve tu docente. Esta también se conserva.
hand-in-line = Entregado a las { $time }
hand-in-line-changed = Entregado a las { $time } · con cambios desde entonces
hand-in-failed = No entregado. { $why }.
feedback-returned-message = Tu docente te devolvió esta lección con comentarios: están al principio de cada sección y debajo de tus respuestas.
feedback-unreadable = { $why }. Tu propio trabajo no se ve afectado.

## Tareas en segundo plano.

job-panicked = Algo salió mal al leer o escribir un archivo. Tu trabajo en pantalla está a salvo; inténtalo de nuevo.
job-not-started = Close Reader no pudo empezar una tarea en segundo plano ({ $why }). Inténtalo de nuevo.
folder-not-opened = No se pudo abrir la carpeta ({ $why }). Está en { $folder }.
history-unreadable = no se puede leer

preview-student = Vista previa

## Added after the first translation (top bar menu, messages, counts, language).
top-bar-menu = Menú
    .name = Menú: tamaño del texto, tema, ajustes de lectura, guardar, copias anteriores, exportar
top-bar-working-as = Trabaja: { $name }
message-strip =
    .name = Mensaje
window =
    .name = { $lesson } – Close Reader
highlight-added = “{ $quote }” subrayado como { $tag }.
hand-in-unanswered = Llevas { $answered } de { $total } preguntas respondidas: puedes volver a entregar cuando hayas hecho más.
start-optional = { $count ->
    [one] { $count } opcional
   *[other] { $count } opcionales
}
outline-optional-answered = opcional, { $answered } respondidas
    .name = preguntas opcionales, { $answered } respondidas
language-choice = Idioma (Language)
lesson-language-offer = Esta lección está en { $language }: mostrar también la aplicación en { $language }
lesson-language-missing = Esta lección está escrita en “{ $code }”. La aplicación todavía no tiene palabras en ese idioma, así que sus botones siguen en el idioma que elegiste.
preview-more = { $count ->
        [one] y { $count } mensaje más: mostrarlo
       *[other] y { $count } mensajes más: mostrarlos
    }

## A network share that does not answer.
share-timeout = la carpeta no respondió en { $seconds } segundos, así que puede que una carpeta de red no funcione
share-timeout-folder = Una carpeta de la red no respondió en { $seconds } segundos: puede que no funcione. Close Reader sigue; lo que estaba leyendo aparecerá cuando la carpeta responda.

## Comparing with the class's reading (the teacher sent it back).

reading-compare = Comparar con la lectura de la clase
    .tooltip = Sombrea cada fragmento según cuántos de los { $students } estudiantes de tu clase subrayaron sus palabras. Sin nombres.
reading-compare-about = Debajo de cada fragmento: cuántos de los { $students } estudiantes de tu clase subrayaron cada palabra. Tus propios subrayados están en el fragmento de arriba. No se muestra el nombre de nadie.
# .name: what a screen reader says for a passage's class reading: the summary, then the phrases.
reading-passage-title = La lectura de la clase
    .name = La lectura de la clase: { $summary } { $phrases }
reading-passage-nobody = Nadie de tu clase subrayó palabras aquí ({ $students } estudiantes).
reading-passage-marked = { $marked } de { $students } en tu clase subrayaron palabras aquí; { $you ->
    [yes] tú también.
   *[no] tú no.
}

## Watch this moment (src/ui/watch.rs, src/player.rs, issue 28).

watch-from = ▶ Ver desde { $time }
    .tooltip = Abre el vídeo fuera de Close Reader, en un reproductor o en tu navegador, en este momento
watch-from-name = Ver el vídeo desde { $spoken }
time-spoken = { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    } { $seconds ->
        [one] 1 segundo
       *[other] { $seconds } segundos
    }
time-spoken-hours = { $hours ->
        [one] 1 hora
       *[other] { $hours } horas
    } { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    } { $seconds ->
        [one] 1 segundo
       *[other] { $seconds } segundos
    }
watch-opened-player = Abriendo el vídeo en { $player } en { $time }.
watch-opened-browser = Abriendo el vídeo en tu navegador en { $time }.
watch-opened-from-start = El vídeo se abre desde el principio: avanza hasta { $time }.
watch-file-missing = El vídeo { $video } no está en la carpeta de la lección, así que no se puede abrir. Pide una copia a tu docente.
watch-no-folder = El vídeo { $video } es un archivo, pero esta lección no está en una carpeta donde pueda estar. Pide una copia a tu docente.
watch-not-opened = No se pudo abrir el vídeo ({ $why }).
watch-no-player = Ningún programa de este ordenador pudo abrir el vídeo { $video }. Con VLC o mpv instalado, se abre en { $time }; pregunta a tu docente.
watch-no-browser = No se pudo abrir ningún navegador. El vídeo está en { $address } (míralo desde { $time }).
## Passages and a card's paragraphs as reading stops: what a screen reader hears on one, and how buttons name a passage.
stop-passage = { $speaker }: { $text }
stop-passage-timed = { $speaker }, en { $time }: { $text }
stop-paragraph = Párrafo { $number } de { $title }: { $text }
stop-highlight-starts = [Empieza el subrayado: { $tag }]{" "}
stop-highlight-ends = {" "}[termina el subrayado: { $tag }]
stop-passage-short = { $speaker }: «{ $words }»

## Reading aloud: a question's options and scale; Read buttons for context notes, hints and tips.
read-prompt-option = { $number }: { $option }.
read-prompt-options = { $text } … Las opciones: { $options }
read-prompt-scale = { $text } … Responde en una escala de { $min }, { $low }, a { $max }, { $high }.
read-note = ▶ Nota
    .name = Leer en voz alta la nota de contexto de { $passage }
    .tooltip = Leer en voz alta esta nota de contexto
read-hint = ▶ Leer
    .name = Leer en voz alta la pista de la pregunta { $number }
    .tooltip = Leer la pista en voz alta
read-tip = ▶ Leer
    .name = Leer en voz alta el consejo de la pregunta { $number }
    .tooltip = Leer el consejo en voz alta

translation-unknown-language = No hay ningún idioma "{ $code }", así que Close Reader sigue en el idioma que tenía. Los idiomas son: { $languages }.

returned-not-checked = No se pudo comprobar si tu profesor te ha devuelto las lecciones: { $why }. Tu trabajo está a salvo en este portátil.

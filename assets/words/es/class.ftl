# Las palabras de Close Reader en español: la vista de clase y los archivos de la clase (CSV, informe, página de subrayados).
#
# Cada mensaje tiene un id (a la izquierda de "="); su texto puede usar
# argumentos como { $count } o { $name }. Los atributos (".tooltip", ".name")
# pertenecen al mensaje de arriba. Frases cortas y claras.
# Cómo se escribe Fluent: https://projectfluent.org/fluent/guide/

## La vista de clase (sus pantallas; los archivos de la clase están en class-files.ftl).

class-path-first = Primero escribe la ruta de la carpeta con los trabajos de tu clase.
class-folder-unreadable = No se pudo leer la carpeta { $folder }: { $why }.

class-feedback-not-saved = Comentarios sin guardar: { $why }. Volviendo a intentarlo…
class-feedback-saving = Guardando los comentarios…
class-feedback-saved = Comentarios guardados
class-feedback-close-failed = No se pudieron guardar los comentarios ({ $why }). La vista de clase sigue abierta para que no se pierda nada de lo que escribiste; se vuelve a intentar cada pocos segundos.
class-feedback-kept-aside = Un archivo que ocupaba el lugar de los comentarios para { $student } no era un archivo de comentarios que Close Reader pudiera leer; se conservó como { $file } y tus comentarios se guardaron.
class-feedback-merged = Los comentarios para { $student } también se cambiaron en otra ventana con tu clave: donde las dos cambiaron un mismo comentario, se conserva una vez cada versión.

## La barra de arriba de la vista de clase: volver, la carpeta, devolver los comentarios, guardar, la lección y la página.

class-back = ← Lecciones
    .tooltip = Volver a la pantalla de inicio
class-title = Trabajos de la clase
class-read-again = Volver a leer la carpeta
    .tooltip = Volver a leer la carpeta, con los trabajos entregados desde entonces
class-return-all = Devolver a la clase…
    .tooltip = Antes pregunta, con cuántos estudiantes reciben comentarios y cuántos solo puntos. Tus estudiantes ven lo que devuelves la próxima vez que abran la lección; hasta entonces, y después para lo que cambies, lo que escribes es un borrador que solo ves tú.
class-returned-count = { $returned } de { $total } devueltos
class-copy-key = Copiar tu clave de docente
    .tooltip = Los equipos de tus estudiantes muestran tus comentarios como tuyos solo si su configuración del aula (classroom.ron) incluye esta clave. Esto copia la línea que hay que pegar en su lista teachers.
# La línea que se copia para la lista teachers de classroom.ron: se conserva el RON
# (Teacher, name:, key:, las comillas, los paréntesis y la coma); solo se traduce
# la frase que va dentro de las primeras comillas.
class-teacher-line = Teacher(name: "Tu nombre tal como lo ven tus estudiantes", key: "{ $key }"),
class-save-csv = Guardar hoja de cálculo (.csv)…
class-save-html = Guardar informe de la clase (.html)…
class-save-highlights = Guardar página de subrayados (.html)…
    .tooltip = Los subrayados de todas las secciones en una sola página, para proyectar en clase o imprimir
# Una lección para elegir: su título y cuántos estudiantes tienen trabajo en ella.
class-lesson-choice = { $lesson } ({ $students ->
        [one] { $students } estudiante
       *[other] { $students } estudiantes
    })
class-lesson-label = Lección:
# El nombre del grupo de lecciones para elegir, para lectores de pantalla.
class-lesson-group = Lección
# Las páginas de la vista de clase y el nombre de su grupo.
class-page-group = Mostrar
class-page-roster = Lista de clase
class-page-question = Por pregunta
class-page-student = Por estudiante
class-page-highlights = Subrayados

## Leer la carpeta, y lo que contiene.

class-reading-looking = Buscando archivos de trabajo…
class-reading-progress = Leyendo archivos de trabajo: { $read } de { $total }
class-folder-check = Comprueba que la carpeta esté disponible (una memoria USB puesta, una carpeta de red conectada) y vuelve a leerla.
class-no-work = No se encontró ningún trabajo de estudiantes en esta carpeta.
class-no-work-help = Elige la carpeta donde tus estudiantes entregaron sus trabajos, una memoria USB con sus archivos de trabajo (.ron) o una carpeta de trabajos descargada de tu plataforma educativa y descomprimida. Close Reader lee todas las carpetas que hay dentro de la que elijas.
class-unknown-lesson = Este trabajo es de la lección “{ $lesson }”, que no está entre tus lecciones.
class-unknown-lesson-help = Añade su archivo de lección para revisar el trabajo.
class-add-lesson-file = Añadir archivo de lección…
class-skipped = { $count ->
        [one] { $count } archivo no se leyó
       *[other] { $count } archivos no se leyeron
    }
# Un archivo que no se leyó, y por qué.
class-skipped-file = { $path }: { $why }
# El tooltip de los dos botones de paso: sus teclas.
class-step-keys = { $previous } / { $next }
# Una clase larga se muestra por partes.
class-list-previous = { $count ->
        [one] ← { $count } anterior
       *[other] ← { $count } anteriores
    }
class-list-next = { $count ->
        [one] { $count } siguiente →
       *[other] { $count } siguientes →
    }
class-list-part = Estudiantes { $from }–{ $to } de { $total }

## Lo que dicen la lista de clase y la página de un estudiante sobre un estudiante.

class-fact-last-saved = guardado por última vez el { $when }
class-fact-handed-in = entregado
class-fact-not-handed-in = sin entregar
class-fact-marks = puntos: { $marks }

## La lista de clase.

class-roster-summary = { $lesson }: { $students ->
        [one] { $students } estudiante
       *[other] { $students } estudiantes
    }, { $handed_in ->
        [one] { $handed_in } ha entregado
       *[other] { $handed_in } han entregado
    }
class-roster-hint = Elige un nombre para ver la lección completa de ese estudiante.
class-roster-heading-student = Estudiante
class-roster-heading-answered = Respondidas
class-roster-heading-last-saved = Último guardado
class-roster-heading-handed-in = Entregado
class-roster-heading-marks = Puntos
class-roster-heading-to-look-at = Para revisar
class-roster-handed-in = ✓ Entregado
class-roster-not-handed-in = Sin entregar
class-roster-show-student = Ver la lección completa de { $name }
# Los puntos de un estudiante: su suma, y cuántas respuestas están puntuadas.
class-roster-marks = { $marked ->
        [one] { $sum } ({ $marked } puntuada)
       *[other] { $sum } ({ $marked } puntuadas)
    }

## Una pregunta en toda la clase.

class-question-none = Esta lección no tiene preguntas.
class-question-previous = ← Pregunta anterior
class-question-next = Pregunta siguiente →
class-question-position = Pregunta { $number } de { $count }
class-question-section = Sección: { $section }
# El número y el tipo de una pregunta ("respuesta corta").
class-question-heading = Pregunta { $number } · { $kind }
class-key = Solución: { $key }
class-teacher-note = Nota para el docente: { $note }
class-question-answers = Respuestas ({ $answered } de { $total })
# Las opciones que eligió un estudiante, separadas por "; ".
class-question-chose = Eligió: { $options }
class-question-not-answered = Sin responder ({ $count }): { $names }
# Una opción del gráfico que es la solución.
class-question-key-option = { $option } ✓ solución
class-question-option-count = { $count } de { $total } ({ $percent }%)

## La lección completa de un estudiante.

class-student-previous = ← Estudiante anterior
class-student-next = Estudiante siguiente →
class-student-position = Estudiante { $number } de { $count }
class-student-shown = Se muestra: { $path }
class-student-other-copies = Otras copias de este trabajo (primero se muestra la más reciente):
class-student-copy = Guardada el { $saved }: { $path }
class-student-show-copy = Ver la copia guardada el { $saved }
class-student-returned = Devuelto: { $name } ve estos comentarios cuando abre la lección.
class-student-not-returned = Todavía sin devolver: { $name } no ve estos comentarios.
class-student-return = Devolver a { $name }
class-student-option-chosen = ✓ { $option } (elegida)
class-student-option = – { $option }
class-student-not-answered = Respuesta: (sin responder)
class-student-highlights = Subrayados: { $tag }
class-student-notes = Notas
class-student-notebook = Cuaderno
class-student-answer = Respuesta
class-student-cites = Cita a { $speaker }: “{ $text }”

## Los comentarios de un docente debajo de una respuesta y en la página de un estudiante.

class-feedback-mark-for-student = Puntuación para { $name }:
class-feedback-mark-for-question = Puntuación de la pregunta { $number }:
class-feedback-for-student = Comentarios para { $name }:
class-feedback-for-question = Comentarios sobre la pregunta { $number }:
# La pista en un cuadro de puntuación vacío: la puntuación automática.
class-feedback-auto-hint = automática: { $mark }
class-feedback-mark-not-number = Escribe un número, como 1 o 0,5
class-feedback-replaces-auto = (la tuya sustituye a la automática, { $mark }; bórrala para volver a ella)
class-feedback-auto-matches = Automática: { $mark } (coincide con la solución)
class-feedback-auto-does-not-match = Automática: { $mark } (no coincide con la solución)
# Lo que escribió otro docente.
class-feedback-other-wrote = { $teacher } escribió: { $text }
class-feedback-overall-for = Comentario general para { $name }:

## Los subrayados de la clase (el mapa de calor).

class-heat-previous = ← Sección anterior
class-heat-next = Sección siguiente →
class-heat-position = Sección { $number } de { $count }
class-heat-all-tags = Todas las etiquetas
# Se dice de un fragmento que nadie marcó cuando se muestran todas las etiquetas.
class-heat-any-tag = cualquier etiqueta
class-heat-tags-label = Subrayados con la etiqueta:
# El nombre del grupo de etiquetas para elegir, para lectores de pantalla.
class-heat-tags-group = Subrayados con la etiqueta
class-heat-no-passages = Esta sección no tiene fragmentos.
class-heat-shading = { $students ->
        [one] Sombreado ({ $students } estudiante):
       *[other] Sombreado ({ $students } estudiantes):
    }
# Después de un intervalo de cantidades en la leyenda: qué parte de la clase es.
class-heat-shade-students = estudiantes ({ $share })
class-heat-word-count = “{ $word }”: { $count } de { $students } estudiantes
class-heat-nobody = Nadie marcó este fragmento ({ $tag }).
class-heat-phrase = “{ $phrase }” { $count } de { $students }
# Las frases marcadas, separadas por " · ".
class-heat-marked = Subrayado: { $phrases }
class-heat-who-tagged = Quién etiquetó qué ({ $count })
class-heat-tagged = { $student }: { $tag }, “{ $quote }”
class-heat-tagged-comment = { $student }: { $tag }, “{ $quote }” (comentario: { $comment })
class-folder-timeout = no respondió en { $seconds } segundos, así que puede que una carpeta de red no funcione. Vuelve a intentarlo o copia los trabajos a este equipo
class-name-twin = { $name } ({ $number } de { $count })

# Las palabras de Close Reader en español: las exportaciones del trabajo de un estudiante (texto, Markdown, página web, Word) y los comentarios.
#
# Cada mensaje tiene un id (a la izquierda de "="); su texto puede usar
# argumentos como { $count } o { $name }. Los atributos (".tooltip", ".name")
# pertenecen al mensaje de arriba. Frases cortas y claras: quienes leen
# tienen entre 11 y 16 años.
# Cómo se escribe Fluent: https://projectfluent.org/fluent/guide/

## Los formatos a los que se puede exportar el trabajo, tal como los nombra el menú de exportar.

export-format-md = Markdown (.md)
export-format-html = Página web (.html), se imprime bien
export-format-txt = Texto sin formato (.txt)
export-format-docx = Documento de Word (.docx)
export-format-ron = Archivo de trabajo de Close Reader (.ron), para recoger los trabajos de una clase

## Las etiquetas alrededor del trabajo, iguales en todos los formatos (texto,
## Markdown, página web, Word). Las páginas web usan estas palabras tal cual:
## no uses "<" ni "&" en ellas.

export-label-student = Estudiante:
export-label-date = Fecha:
export-label-version = Versión de la lección:
export-label-progress = Progreso:
export-label-feedback = Comentarios de tu docente:
export-teacher-copy = Copia para docentes: con soluciones y notas para el docente.
export-label-source = Fuente:
export-label-teacher-note = Nota para el docente:
# Antes de un fragmento que cita la respuesta: "Citado: Narración: …".
export-label-cited = Citado:
export-answer = Respuesta
export-label-answer = { export-answer }:
export-label-answer-key = Solución:
export-highlights = Subrayados
export-label-highlights = { export-highlights }:
export-section-notes = Notas sobre esta sección
export-label-section-notes = { export-section-notes }:
export-notebook = Cuaderno
# Un cuaderno vacío.
export-empty = (vacío)
export-removed-answers = Ya no están en la lección
export-unanswered = (sin responder)
# Lo que dice un lector de pantalla de una casilla marcada o vacía junto a una opción.
export-option-chosen = elegida
export-option-not-chosen = no elegida
# Solo Word: un fragmento, citado (después de "Citado:" cuando una respuesta lo cita).
export-quote = { $speaker }: “{ $text }”
# Solo Word: el espacio que se deja debajo de cada respuesta para que escriba el docente.
export-label-comment = Comentario:
# Solo Word: los nombres de los estilos de párrafo propios del documento.
export-style-unanswered = Sin responder
export-style-teacher-comment = Comentario del docente
# Solo Word: el asunto del documento, en sus propiedades.
export-subject = Trabajo de { $student }

## Lo que dice una exportación sobre el trabajo.

export-progress = { $optional ->
    [0] { $answered } de { $total } preguntas respondidas
    [one] { $answered } de { $total } preguntas respondidas y { $optional } opcional
   *[other] { $answered } de { $total } preguntas respondidas y { $optional } opcionales
}
# Los fragmentos de una sección cuando la exportación no los incluye.
export-excerpt-left-out = { $count ->
    [one] Extracto: { $count } fragmento en la lección (no incluido en esta exportación).
   *[other] Extracto: { $count } fragmentos en la lección (no incluidos en esta exportación).
}
# La línea de una fuente: su título, quién la publica, su tipo, su fecha y su
# dirección, separados por comas; después, cómo se obtuvo.
export-source-title = “{ $title }”
export-source-published = publicación: { $date }
export-source-date-unknown = fecha de publicación desconocida
export-source-address-unknown = dirección desconocida
export-source-obtained = { $source }. { $obtained }
# El encabezado de una pregunta: su número en toda la lección, su tipo y sus
# primeras palabras.
export-question-heading = Pregunta { $number } ({ $kind }): { $words }
export-question-heading-optional = Pregunta { $number } ({ $kind }, opcional): { $words }
export-rating = Valoración: { $value } en una escala de { $min } a { $max }
# Con lo que significan el valor más bajo y el más alto.
export-rating-with-ends = Valoración: { $value } en una escala de { $min } a { $max } ({ $min } = { $low }, { $max } = { $high })
# Antes del motivo que se da para una valoración.
export-rating-why = Motivo:
# Después de una respuesta que todavía no cuenta como respondida.
export-unfinished = (sin terminar)
# La ficha en la que está un subrayado; en una ficha que cita fuentes, de quién son las palabras (credit-quoting, credit-lesson-words).
export-card-place = “{ $document }”
export-card-place-credited = “{ $document }”, { $credit }
# Un subrayado que cita una respuesta: su etiqueta y la ficha en la que está (export-card-place).
export-cited-highlight = Subrayado, { $tag }
export-cited-highlight-in = Subrayado, { $tag }, en { $place }
# Los subrayados de una sección, uno por línea: las palabras, dónde están,
# si la lección ha cambiado ahí y el comentario del estudiante.
export-highlight = “{ $quote }”
export-highlight-in = { $highlight } (en { $place })
export-highlight-changed = { $highlight } (el texto de la lección cambió aquí)
export-highlight-comment = { $highlight }: { $comment }

## Por qué no se pudo crear o escribir una exportación.

export-error-docx = no se pudo crear el documento de Word ({ $why })
export-error-write = no se pudo escribir { $path }: { $why }

## Los comentarios de un docente, en las exportaciones y en la pantalla del estudiante.

# Los puntos al principio de una exportación devuelta: "Puntos: 7, en 9 preguntas puntuadas."
export-marks-sentence = { $marks }.
export-removed-comment = Sobre una pregunta que ya no está en la lección ({ $prompt }): { $comment }
export-marks-summary = { $marked ->
    [one] Puntos: { $total } ({ $marked } pregunta puntuada)
   *[other] Puntos: { $total } ({ $marked } preguntas puntuadas)
}
# Un total sobre los puntos de la lección: "14 / 20".
export-total = { $sum } / { $out_of }
export-mark = Puntuación: { $mark }
export-mark-auto = Puntuación: { $mark } (puntuada automáticamente según la solución)
# Comentarios de un docente que firmó sin nombre.
export-a-teacher = Docente
# El comentario de un docente, cuando escribieron varios.
export-feedback-by = { $teacher }: { $text }

## Por qué no se pudo usar un archivo de comentarios (después de "es un
## archivo de comentarios de un docente, y …" o "no se pudo leer: …").

export-feedback-damaged = está dañado ({ $why })
export-feedback-newer = lo escribió una versión más reciente de Close Reader (formato { $format }); actualiza Close Reader para leerlo
export-feedback-too-large = es demasiado grande
export-feedback-not-text = no es texto UTF-8
export-feedback-stops-making-sense = deja de tener sentido en la línea { $line }, columna { $column }
export-feedback-no-lesson = no tiene lección ni formato
export-feedback-too-many-teachers = tiene partes de { $count } docentes; se leen como máximo { $most }
export-feedback-bad-mark = su puntuación en { $prompt } es { $mark }, y una puntuación es un número de 0 a { $most }

## Comentarios que la aplicación de un estudiante no muestra, y por qué.

export-feedback-settings-broken = Hay comentarios sobre esta lección, pero no se pueden comprobar porque { $why }. Avisa a tu docente.
export-feedback-forged = Hay comentarios en la carpeta de entregas con una firma que no es válida, así que puede que no los haya escrito tu docente. No se muestran; avisa a tu docente.
export-feedback-mark-refused = Algunos comentarios no se muestran porque { $why }. Avisa a tu docente.
export-feedback-not-trusted = Hay comentarios en la carpeta de entregas que no están firmados por ningún docente de la configuración del aula de este equipo, así que no se muestran. Si los escribió tu docente, pídele que añada su clave de docente a la configuración del aula.
export-feedback-not-verified = Sin verificar: la configuración del aula de este equipo no incluye ninguna clave de docente, así que Close Reader no puede comprobar que esto lo escribió tu docente.

## Guardar y encontrar los comentarios de un docente, y la clave del docente.

export-feedback-file-newer = { $path } lo escribió una versión más reciente de Close Reader (formato { $format }); se dejó como estaba. Actualiza Close Reader para escribir los comentarios de este estudiante
export-feedback-too-big = los comentarios ocupan { $size } KB, más de lo que cabe en un archivo de comentarios ({ $most } KB); acorta algún comentario
export-feedback-no-key-folder = no hay ninguna carpeta en este equipo para guardar tu clave de docente (inicia Close Reader con --data-dir)
export-feedback-in-the-way = { $path } ocupa su lugar y no se pudo mover a otro sitio: { $why }
export-feedback-someone-else = { $path } es un archivo de comentarios para otra persona
export-feedback-unreadable = no se pudo leer el archivo de comentarios de tu docente ({ $path }): { $why }
export-key-damaged = la clave de docente { $path } está dañada
export-key-no-random = no hay números aleatorios para crear una clave de docente: { $why }
export-key-not-kept = la clave de docente no se guardó
# La nota al principio del archivo de la clave del docente (cada línea se
# convierte en un comentario del archivo).
export-key-file-note =
    Tu clave de docente de Close Reader: quien tenga este archivo puede firmar comentarios en tu nombre.
    Mantenla en privado; cópiala solo a tus otros equipos.

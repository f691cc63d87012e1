# Las palabras de Close Reader en español: los archivos de la clase (la hoja
# de cálculo, el informe de la clase, la página de subrayados), leer la
# carpeta de una clase y entregar trabajos.
#
# Cada mensaje tiene un id (a la izquierda de "="); su texto puede usar
# argumentos como { $count } o { $name }. Los atributos (".tooltip", ".name")
# pertenecen al mensaje de arriba. Frases cortas y claras: quienes leen
# tienen entre 11 y 16 años.
# Las páginas web usan estas palabras tal cual: no uses "<" ni "&" en ellas.
# Cómo se escribe Fluent: https://projectfluent.org/fluent/guide/

## Los archivos de la clase que puede guardar un docente.

classfile-kind-csv = Hoja de cálculo (.csv)
classfile-kind-html = Informe de la clase (.html)
classfile-kind-highlights = Página de subrayados (.html)

## Encabezados de columnas y tablas (la hoja de cálculo y el informe de la clase).

classfile-student = Estudiante
classfile-students = Estudiantes
classfile-answered = Respondidas
classfile-questions = Preguntas
classfile-last-saved = Último guardado
classfile-other-copies = Otras copias
classfile-handed-in = Entregado
classfile-to-look-at = Para revisar
classfile-answer = Respuesta
classfile-rating = Valoración
classfile-option = Opción
classfile-share = Porcentaje
# La columna de una pregunta: su número y sus primeras palabras.
classfile-question-column = P{ $number }: { $words }
classfile-question-rating = { $question } (valoración)
classfile-question-reason = { $question } (motivo)
classfile-tag-highlights = Subrayados: { $tag }

## El informe de la clase.

classfile-report-title = { $title } — informe de la clase
classfile-report-about = { $count ->
    [one] { $count } estudiante · { $date } · versión de la lección { $version }
   *[other] { $count } estudiantes · { $date } · versión de la lección { $version }
}
classfile-yes = sí
classfile-no = no
classfile-question-heading = Pregunta { $number } ({ $kind }): { $words }
classfile-key = Solución: { $key }
classfile-teacher-note = Nota para el docente: { $note }
# Una opción que es (parte de) la solución.
classfile-key-option = { $option } ✓ solución
classfile-rating-value = Valoración: { $rating }
classfile-not-answered = Sin responder ({ $count }): { $names }

## Los subrayados de la clase (en el informe y en una página propia).

classfile-highlights = Subrayados
classfile-highlights-title = { $title } — los subrayados de la clase
classfile-highlights-about = { $count ->
    [one] { $count } estudiante · { $date }
   *[other] { $count } estudiantes · { $date }
}
classfile-no-highlights = Ningún estudiante ha subrayado nada todavía.
# Se muestra al señalar una palabra sombreada.
classfile-word-count = { $count } de { $students } estudiantes
classfile-phrase-count = “{ $phrase }” { $count } de { $students }
classfile-tag-phrases = { $tag }: { $phrases }
# Un tono de la leyenda: cuántos estudiantes, y qué parte de la clase son.
classfile-legend-step = { $range } estudiantes ({ $share })
classfile-legend = { $count ->
    [one] Cada palabra se sombrea según cuántos estudiantes la etiquetaron (de { $count } estudiante, con cualquier etiqueta): { $steps }. Debajo de cada fragmento, las frases de cada etiqueta con sus cantidades.
   *[other] Cada palabra se sombrea según cuántos estudiantes la etiquetaron (de { $count } estudiantes, con cualquier etiqueta): { $steps }. Debajo de cada fragmento, las frases de cada etiqueta con sus cantidades.
}
classfile-shade-quarter = hasta una cuarta parte de la clase
classfile-shade-half = hasta la mitad
classfile-shade-three-quarters = hasta tres cuartas partes
classfile-shade-most = más de tres cuartas partes
# Lo que dice un lector de pantalla de un fragmento en la vista de clase.
classfile-passage-unmarked = { $speaker }: nadie marcó este fragmento ({ $tag })
classfile-passage-spoken = { $speaker }: { $tag }: { $phrases }
classfile-phrase-spoken = “{ $phrase }” { $count } de { $students } estudiantes

## Lo que contiene la carpeta de una clase, y los archivos que no se usaron
## (cada uno se dice después del nombre del archivo).

classfile-lesson-students = { $count ->
    [one] { $lesson } ({ $count } estudiante)
   *[other] { $lesson } ({ $count } estudiantes)
}
classfile-no-work-files = ningún archivo de trabajo
classfile-folder-holds = { $unreadable ->
    [0] { $lessons }
    [one] { $lessons } y { $unreadable } archivo que no se pudo leer
   *[other] { $lessons } y { $unreadable } archivos que no se pudieron leer
}
classfile-lesson-file = es un archivo de lección, no el trabajo de un estudiante
classfile-folder-unreadable = no se pudo leer la carpeta: { $why }
classfile-too-deep = está a más de { $depth } carpetas de profundidad
classfile-too-many-files = solo se leen los primeros { $count } archivos de cada carpeta
classfile-file-unreadable = no se pudo leer: { $why }
classfile-file-too-large = es demasiado grande para ser el trabajo de un estudiante ({ $size } MB)
classfile-feedback-damaged = es un archivo de comentarios de un docente, y { $why }
classfile-feedback-misnamed = tiene nombre de archivo de comentarios, pero el archivo de comentarios del estudiante que indica empieza por { $name }
classfile-feedback-not-trusted = { $count ->
    [one] { $count } parte de estos comentarios no está firmada por ti ni por ningún docente que indique tu classroom.ron (o es de antes de que se firmaran los comentarios), así que no se muestra ni se cuenta (añade la clave de un colega a classroom.ron para contar sus comentarios)
   *[other] { $count } partes de estos comentarios no están firmadas por ti ni por ningún docente que indique tu classroom.ron (o son de antes de que se firmaran los comentarios), así que no se muestran ni se cuentan (añade la clave de un colega a classroom.ron para contar sus comentarios)
}

## Entregar trabajos.

classfile-hand-in-unreachable = no se puede acceder a la carpeta de entregas { $folder }: { $why }. Tu trabajo está a salvo en este equipo; inténtalo de nuevo o exporta una copia
classfile-hand-in-failed = no se pudo entregar tu trabajo en { $folder }: { $why }. Tu trabajo está a salvo en este equipo; inténtalo de nuevo o exporta una copia
classfile-hand-in-not-a-folder = es un archivo, no una carpeta
classfile-hand-in-not-tidied = Las entregas anteriores no se pudieron mover a la carpeta del historial ({ $why }); se quedan junto a la nueva, y tu docente ve la más reciente.
classfile-hand-in-history-elsewhere = Algo llamado { $names } en la carpeta de entregas no es una carpeta creada por Close Reader, así que no se tocó y las entregas anteriores se guardaron en { $folder }. Avisa a tu docente.

## A learning platform's download (.zip) read as a class.
classfile-zip-too-large = el zip ocupa { $size } MB, demasiado para ser el trabajo de una clase
classfile-zip-unreadable = no se pudo leer como archivo zip ({ $why }): descárgalo otra vez desde la plataforma de aprendizaje
classfile-zip-entry-unreadable = este archivo del zip está dañado ({ $why })

## The class's reading, shared with students when feedback is returned.

reading-too-few = solo { $count } estudiantes tienen trabajo en esta lección: se comparte a partir de { $least } estudiantes, para que nadie pueda deducir lo que subrayó un compañero
reading-damaged = está dañada ({ $why })
reading-newer = la escribió un Close Reader más nuevo (formato { $format }): actualiza Close Reader para verla
reading-other-lesson = es de otra lección ({ $id })
reading-changed = el texto de la lección cambió desde que se hizo (fragmento { $id })
reading-too-large = ocupa más de { $most } MB
reading-not-text = no es texto
reading-stops-making-sense = deja de tener sentido en la línea { $line }, columna { $column }
reading-no-lesson = no nombra ninguna lección
reading-bad-class-size = su tamaño de clase ({ $count }) no puede ser correcto
reading-too-many = tiene { $count } fragmentos, más que cualquier lección
reading-bad-counts = sus cuentas del fragmento { $id } no pueden ser correctas
reading-not-written = no se pudo escribir la lectura de la clase en { $folder }: { $why }

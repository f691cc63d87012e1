# Las palabras de Close Reader en español: la lista de la clase, los puntos y
# las rúbricas, puntuar, devolver los comentarios y los archivos para el
# cuaderno de notas.
#
# Cada mensaje tiene un id (a la izquierda de "="); su texto puede usar
# argumentos como { $count } o { $name }. Los atributos (".tooltip", ".name")
# pertenecen al mensaje de arriba. Frases cortas y claras.
# Cómo se escribe Fluent: https://projectfluent.org/fluent/guide/

## Lo que dice la lista de clase de un estudiante (con las marcas de screens.ftl).

flag-removed-answers = { $count ->
    [one] { $count } respuesta a una pregunta que ya no está en la lección
   *[other] { $count } respuestas a preguntas que ya no están en la lección
}
flag-not-on-list = no está en la lista de la clase

## La hoja de cálculo de la clase y los archivos para el cuaderno de notas.

classfile-on-list = En la lista de la clase
classfile-total = Total
classfile-out-of = Sobre
classfile-question-points = P{ $number } puntos
classfile-question-points-of = P{ $number } puntos (de { $points })
classfile-comment-overall = Comentario
classfile-question-comment = P{ $number } comentario
classfile-removed-answers = Respuestas a preguntas que ya no están en la lección
# Una respuesta a una pregunta quitada: su id y después la respuesta.
classfile-removed-answer = { $id }: { $text }
# La celda «Entregado» de un estudiante de la lista sin trabajo encontrado.
classfile-not-handed-in = sin entregar
# La celda de progreso de un estudiante de la lista sin trabajo encontrado.
classfile-no-work = no se encontró su trabajo
# La celda de puntos de una pregunta que el estudiante no respondió (nunca 0).
classfile-not-answered-cell = sin responder
grades-kind-canvas = Puntos para Canvas (.csv)
grades-kind-moodle = Puntos para Moodle (.csv)
grades-kind-plain = Solo puntos (.csv)
classfile-missing-count = { $count ->
    [one] { $count } estudiante de la lista de la clase no tiene trabajo aquí (sin entregar).
   *[other] { $count } estudiantes de la lista de la clase no tienen trabajo aquí (sin entregar).
}
classfile-removed-heading = Respuestas a preguntas que ya no están en la lección ({ $count })
classfile-worth = { $points ->
    [one] Vale { $points } punto.
   *[other] Vale { $points } puntos.
}
# Un nivel de la rúbrica: su nombre, sus puntos y su descripción.
classfile-rubric-level = { $label } ({ $points }): { $description }
classfile-mark = Puntuación
classfile-comment = Comentario
# Una puntuación sobre los puntos de la pregunta, con el nivel de la rúbrica si lo hay ("2 / 3 · Cita el texto").
classfile-mark-of = { $mark } / { $points }{ $level }
classfile-mark-level = {" · "}{ $level }

## La línea de comandos: `closereader class --roster`, `--grades`, `--join`.

sys-cli-class-list = no se puede usar la lista de la clase { $path }: { $why }
sys-cli-class-list-empty = no tiene nombres
sys-cli-grade-layout = --grades necesita un formato y después un archivo: "{ $layout }" no es un formato; escribe canvas, moodle o plain
sys-cli-join = --join "{ $join }" no es una unión válida: escribe el nombre tal como lo escribió el estudiante, "=", y el nombre de la lista de la clase ("Ali=Alistair Brown")
sys-cli-class-missing = { $command }: { $count ->
    [one] { $count } estudiante de la lista de la clase no tiene trabajo en la carpeta (sin entregar)
   *[other] { $count } estudiantes de la lista de la clase no tienen trabajo en la carpeta (sin entregar)
}

## La lista de la clase en la lista de clase.

class-roster-list-counts = { $missing } sin entregar (no se encontró su trabajo) · { $unlisted } fuera de la lista de la clase
class-roster-no-work = No se encontró su trabajo
class-roster-no-work-line = no se encontró su trabajo · sin entregar
class-list-none = Sin lista de la clase: solo aparecen los estudiantes cuyo trabajo está en la carpeta.
class-list-count = { $count ->
    [one] Lista de la clase: { $count } nombre
   *[other] Lista de la clase: { $count } nombres
}
class-list-add = Añadir la lista de la clase…
    .tooltip = Escribe o pega los nombres de tus estudiantes para que aparezcan todos, también quienes no han entregado
class-list-edit = Editar la lista de la clase…
class-list-box = Lista de la clase
class-list-box-help = Un nombre por línea, o pega las celdas de una hoja de cálculo (se usa la columna titulada Name o Student). Los nombres se emparejan con los trabajos aunque cambien mayúsculas, espacios y tildes.
class-list-use = { $count ->
    [one] Usar este nombre ({ $count })
   *[other] Usar estos nombres ({ $count })
}
class-list-cancel = Cancelar
class-join-heading = Unir el trabajo de { $name } a un nombre de la lista…
class-join-to = Es { $name }
class-sort-label = Ordenar por:
class-sort-group = Ordenar la lista de clase por
class-sort-name = Nombre
class-sort-answered = Menos respondidas
class-sort-total = Mayor total
class-sort-last-saved = Último guardado
class-save-grades = Guardar { $layout }…

## Una pregunta en toda la clase: puntos, rúbrica, medias, el selector, preguntas quitadas.

class-question-worth = { $points ->
    [one] Vale { $points } punto
   *[other] Vale { $points } puntos
}
# Un nivel de la rúbrica tal como lo lee el docente.
class-rubric-level = { $label } ({ $points }): { $description }
class-question-out-of = {" / "}{ $points }
# La media entre quienes respondieron y tienen puntuación.
class-question-average = Media { $average }{ $out_of } entre { $students ->
        [one] { $students } estudiante que respondió
       *[other] { $students } estudiantes que respondieron
    }
class-question-share-answered = { $answered } de { $total } respondieron ({ $percent }%)
class-question-no-work = { $count ->
        [one] No se encontró su trabajo ({ $count }): { $names }
       *[other] No se encontró su trabajo ({ $count }): { $names }
    }
class-question-picker = Ir a una pregunta…
# Una pregunta en el selector: su número y sus primeras palabras.
class-question-pick = { $number }. { $words }
class-removed-heading = Respuestas a preguntas que ya no están en la lección ({ $count })
class-removed-help = La lección ha cambiado desde que se escribieron. Se conservan, nunca se borran; cada una aparece con el id de su pregunta.

## Puntuar con rúbrica, y una puntuación sobre los puntos de una pregunta.

class-rubric-for-student = Nivel de la rúbrica para { $name }
class-rubric-for-question = Nivel de la rúbrica de la pregunta { $number }
# Un nivel de la rúbrica para elegir: su nombre y sus puntos.
class-rubric-choice = { $label } ({ $points })
    .name = { $label }, { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    }: { $description }
class-feedback-out-of = {"/ "}{ $points }

## Lo que ven los estudiantes de los puntos y las rúbricas al responder.

prompt-worth = { $points ->
    [one] Vale { $points } punto
   *[other] Vale { $points } puntos
}
prompt-rubric = Cómo se puntúa la pregunta { $number }
# Un nivel de la rúbrica tal como lo lee un estudiante.
prompt-rubric-level = { $label } ({ $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    }): { $description }

## Devolver los comentarios a propósito.

class-return-confirm = { $count ->
    [0] Ya devolviste todo lo que escribiste.
    [one] ¿Devolver los comentarios a { $count } estudiante?
   *[other] ¿Devolver los comentarios a { $count } estudiantes?
}
class-return-confirm-counts = { $comments } con comentarios tuyos · { $marks_only } sin comentarios (solo reciben sus puntos)
class-return-confirm-again = { $count ->
    [one] A { $count } de ellos ya se le devolvió antes: recibe la versión que cambiaste después.
   *[other] A { $count } de ellos ya se les devolvió antes: reciben la versión que cambiaste después.
}
class-return-confirm-help = Tus estudiantes lo ven la próxima vez que abran la lección. Lo que escribas después de devolver sigue siendo un borrador hasta que vuelvas a devolver.
class-return-confirm-yes = { $count ->
    [one] Devolver a { $count } estudiante
   *[other] Devolver a { $count } estudiantes
}
class-return-confirm-no = Cancelar
class-student-changed = Cambiado desde que lo devolviste: { $name } sigue viendo la versión que devolviste. Tus cambios son un borrador.
class-student-return-again = Devolver otra vez a { $name }
feedback-returned-marks-message = Tu docente te devolvió esta lección con tus puntos. No hay comentarios.
feedback-marks-only = Tu docente te devolvió tus puntos. No hay comentarios.
feedback-no-answer-comments = No hay comentarios sobre respuestas concretas.

## Sharing the class's reading with the students when returning.

class-share-reading = Dejar que los estudiantes vean la lectura de la clase (cuántos subrayaron las palabras de cada fragmento, sin nombres)
class-share-reading-help = Cada estudiante puede sombrear la transcripción según cuántos en la clase subrayaron cada palabra, junto a sus propios subrayados. Nunca ven quién, ni las respuestas, comentarios o notas de nadie.
class-share-reading-too-few = No para esta clase: solo { $count } estudiantes tienen trabajo en esta lección. La lectura de la clase se comparte a partir de { $least } estudiantes, para que nadie pueda deducir lo que subrayó un compañero.
reading-shared = La lectura de la clase se devolvió con los comentarios: los subrayados de { $students } estudiantes, como cuentas, sin nombres.
reading-shared-nowhere = La lectura de la clase no se compartió: no se pudo escribir en ninguna de las carpetas de la clase.
reading-not-shared = La lectura de la clase no se compartió: { $why }
reading-unusable = La lectura de la clase que volvió con tu trabajo no se puede mostrar: { $why }. No se cambió nada.

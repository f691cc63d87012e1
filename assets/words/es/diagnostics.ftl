# Las palabras de Close Reader en español: la revisión de lecciones, la línea de comandos y los errores de archivos.
#
# Cada mensaje tiene un id (a la izquierda de "="); su texto puede usar
# argumentos como { $count } o { $name }. Los atributos (".tooltip", ".name")
# pertenecen al mensaje de arriba. Frases cortas y claras: quienes leen son
# docentes (y estudiantes que miran por encima de su hombro).
# Cómo se escribe Fluent: https://projectfluent.org/fluent/guide/

## Revisión de lecciones (`closereader check` y la vista previa en directo):
## cómo se escribe cada problema. Un problema se escribe como
## ARCHIVO:LÍNEA:COL: ETIQUETA: MENSAJE, con su sugerencia en la línea siguiente.

check-severity-error = error
check-severity-warning = aviso
check-hint = sugerencia: { $hint }
# Después del último problema de un tipo que se muestra, cuando hay más de ese tipo.
check-more-errors = { $count ->
    [one] y { $count } error más como el de arriba (no se muestra)
   *[other] y { $count } errores más como el de arriba (no se muestran)
}
check-more-warnings = { $count ->
    [one] y { $count } aviso más como el de arriba (no se muestra)
   *[other] y { $count } avisos más como el de arriba (no se muestran)
}
check-more-hint = { $max ->
    [one] `check` muestra { $max } problema de cada tipo
   *[other] `check` muestra { $max } problemas de cada tipo
}

## Archivos de lección que no se pueden leer en absoluto ($why dice por qué, con palabras sencillas).

check-read-folder = esto es una carpeta, no un archivo de lección
check-read-not-a-file = esto es una tubería (pipe) o un dispositivo, no un archivo de lección
check-read-cannot-open = no se puede abrir este archivo: { $why }
check-read-cannot-read = no se puede leer este archivo: { $why }

## Archivos de lección que no se pueden leer como lección: el tamaño, la
## codificación, los caracteres ocultos y los errores de sintaxis de RON. El
## código entre `comillas invertidas` y los nombres de las partes (Lesson,
## Section…) y de los campos se quedan como están: es lo que el docente
## escribe en el archivo.

check-file-too-large = este archivo ocupa más de { $mb } MB, el máximo para un archivo de lección
    .hint = divide la lección en varios archivos, o comprueba que sea un archivo de lección
check-not-utf8 = este archivo no es texto UTF-8
    .hint = guarda el archivo como "UTF-8" en tu editor de texto
# $character es el código y el nombre de un carácter, como "U+202E (forzado de derecha a izquierda)".
check-invisible-character = carácter invisible { $character } en el archivo
    .hint = bórralo; puede ocultar o reordenar el texto en pantalla
check-invisible-character-and-more = { $count ->
    [one] carácter invisible { $character } en el archivo (y { $count } carácter invisible más que no se muestra)
   *[other] carácter invisible { $character } en el archivo (y { $count } caracteres invisibles más que no se muestran)
}
check-wrong-quote = esto es una comilla tipográfica o simple { $quote }, no una comilla doble recta "
    .hint = el texto va entre comillas dobles rectas "así"; los procesadores de texto las cambian, así que edita las lecciones en un editor de texto sencillo
# $part es la parte que quedó abierta (Section), $next la parte que va después.
check-part-not-closed = `{ $part }(` antes de aquí no está cerrado: falta un `)`
    .hint = termina cada `{ $part }( … )` con `)` y una coma antes del siguiente `{ $next }(`
# $bracket es cómo se abrió el paréntesis o corchete: `Lesson(`, `sections: [` o `[`.
check-file-ends-unclosed = el archivo termina demasiado pronto: `{ $bracket }` de la línea { $line } no se cierra nunca
    .hint = añade `{ $closing }` donde deba terminar `{ $bracket }`
check-file-ends-early = el archivo termina demasiado pronto
    .hint = seguramente falta cerrar un paréntesis, un corchete o unas comillas; comprueba que cada ( [ " esté cerrado
# $rest es el resto de la sugerencia, como check-part-can-have.
check-did-you-mean-code-then = ¿querías decir `{ $near }`? { $rest }
check-unknown-field = campo desconocido `{ $field }` en `{ $part }`
check-unknown-field-in-prompt = campo desconocido `{ $field }` en esta pregunta
# $fields es la lista de nombres de campos, separados por comas.
check-part-can-have = `{ $part }` puede tener: { $fields }
check-prompt-can-have = esta pregunta puede tener: { $fields }
check-missing-field = a `{ $part }` le falta el campo `{ $field }`
check-missing-field-in-prompt = a esta pregunta le falta el campo `{ $field }`
check-missing-field-hint = añade `{ $field }: …,` antes del `)` de cierre
check-duplicate-field = el campo `{ $field }` está escrito dos veces en `{ $part }`
check-duplicate-field-in-prompt = el campo `{ $field }` está escrito dos veces en esta pregunta
check-duplicate-field-hint = deja solo uno
check-unknown-prompt-kind = tipo de pregunta desconocido `{ $found }`
check-unknown-value = valor desconocido `{ $found }`
# $values es la lista de valores permitidos, separados por comas.
check-write-one-of = escribe uno de estos: { $values }
# $found es lo que tiene el archivo, en palabras de la biblioteca RON (en inglés), como: a string "5".
check-expected-text-found = se esperaba texto entre comillas dobles, pero se encontró { $found }
check-expected-number-found = se esperaba un número entero, pero se encontró { $found }
check-expected-list-found = se esperaba una lista entre corchetes `[ … ]`, pero se encontró { $found }
# $expected es lo que debería tener el archivo, en palabras de la biblioteca RON (en inglés).
check-expected-other-found = se esperaba { $expected }, pero se encontró { $found }
check-write-text-hint = escribe el texto así: "esto"
check-write-number-hint = escribe un número como 5, sin comillas
check-write-list-hint = escribe una lista como ["uno", "dos"]
check-write-other-hint = escribe { $expected } aquí
check-expected-text = se esperaba texto entre comillas dobles
check-text-not-closed = a este texto le falta la comilla doble de cierre
    .hint = termina el texto con "; para poner una comilla doble dentro del texto, escribe \"
check-expected-comma = se esperaba una coma
    .hint = pon una coma después de cada campo y de cada elemento de una lista; si el texto de antes de aquí está cortado, falta un " más arriba
check-expected-list = se esperaba una lista entre corchetes `[ … ]`
    .hint = las listas se escriben ["primero", "segundo"]
check-expected-list-end = se esperaba `]` para cerrar la lista
check-bracket-missing-hint = falta una coma o un paréntesis o corchete de cierre justo antes de aquí
check-expected-open-bracket = se esperaba `(`
    .hint = escribe la parte como Nombre( campo: valor, … )
check-expected-close-bracket = se esperaba `)`
check-wrong-part-name = se esperaba `{ $expected }(`, pero se encontró `{ $found }(`
    .hint = escribe `{ $expected }(` aquí, o quita el nombre y escribe solo `(`
check-expected-colon = se esperaba `:` después del nombre del campo
    .hint = los campos se escriben nombre: valor
check-expected-number = se esperaba un número entero
check-expected-true-or-false = se esperaba true o false
    .hint = escribe true o false, sin comillas
check-text-after-lesson = hay más texto después del final de la lección
    .hint = toda la lección es un solo Lesson( … ); quita lo que viene después de su ) de cierre
check-nested-too-deep = hay paréntesis o corchetes anidados a más de { $max } niveles
    .hint = una lección solo necesita unos pocos niveles; busca paréntesis o corchetes que se abren y no se cierran nunca
# $what es la descripción del error que da la biblioteca RON (en inglés).
check-invalid-escape = secuencia de escape no válida en el texto: { $what }
    .hint = para escribir una barra invertida en el texto, escribe \\
check-comment-not-closed = este comentario no se cierra nunca
    .hint = termina un comentario /* con */
check-unexpected-character = carácter inesperado { $character }
    .hint = el texto tiene que ir entre comillas dobles
check-expected-name = se esperaba un nombre
    .hint = los nombres de los campos y de los tipos se escriben sin comillas
check-unknown-extension = extensión de RON desconocida `{ $name }`
    .hint = quita la línea #![enable(...)]; las lecciones no necesitan ninguna
check-unreadable = no se pudo leer el archivo como una lección

## Revisiones de la lección después de leerla: textos vacíos, ids, listas y
## sus límites. Los ids, los nombres de los campos y lo que escribió el docente
## se quedan como están.

check-empty-lesson-title = el título de la lección está vacío
    .hint = escribe el título de la lección entre las comillas
check-empty-source-title = el título de la fuente está vacío
    .hint = escribe el título de la fuente entre las comillas
check-empty-speaker-name = el nombre del hablante está vacío
    .hint = escribe el nombre del hablante entre las comillas
check-empty-tag-label = el texto de la etiqueta está vacío
    .hint = escribe el texto de la etiqueta entre las comillas
check-empty-glossary-term = el término del glosario está vacío
    .hint = escribe el término del glosario entre las comillas
check-empty-definition = la definición está vacía
    .hint = escribe la definición entre las comillas
check-empty-document-title = el título del documento está vacío
    .hint = escribe el título del documento entre las comillas
check-empty-paragraph-text = el texto del párrafo está vacío
    .hint = escribe el texto del párrafo entre las comillas
check-empty-section-title = el título de la sección está vacío
    .hint = escribe el título de la sección entre las comillas
check-empty-image-alt = la descripción de la imagen (alt) está vacía
    .hint = escribe la descripción de la imagen (alt) entre las comillas
check-empty-passage-text = el texto del fragmento está vacío
    .hint = escribe el texto del fragmento entre las comillas
check-empty-prompt-text = el texto de la pregunta está vacío
    .hint = escribe el texto de la pregunta entre las comillas
check-empty-option = la opción está vacía
    .hint = escribe la opción entre las comillas
check-id-empty = este id está vacío
    .hint = los ids son nombres cortos como "inicio" o "p1"
check-id-too-long = { $max ->
    [one] este id tiene más de { $max } carácter
   *[other] este id tiene más de { $max } caracteres
}
# $code es el código de un carácter, como U+00E9.
check-id-has-space = el id "{ $id }" contiene un espacio
check-id-has-line-break = el id "{ $id }" contiene un salto de línea
check-id-has-tab = el id "{ $id }" contiene un tabulador
check-id-has-space-character = el id "{ $id }" contiene un carácter de espacio ({ $code })
# $character es el código y el nombre del carácter, como "U+202E (forzado de derecha a izquierda)".
check-id-has-hidden-character = el id "{ $id }" contiene { $character }
check-id-has-character = el id "{ $id }" contiene "{ $character }" ({ $code })
check-id-characters-hint = los ids solo pueden usar letras (a–z, A–Z), cifras, - y _
check-no-sections = la lección no tiene secciones
    .hint = añade al menos un Section( … ) a `sections`
check-no-sources = la lección no indica ninguna fuente
    .hint = añade un Source( … ) para que tus estudiantes puedan ver de dónde vienen los extractos
check-not-a-colour = "{ $colour }" no es un color
    .hint = escribe los colores como "#rrggbb", por ejemplo "#1f6fb4"
check-too-many-sections = { $count ->
    [one] la lección tiene { $count } sección; el límite es { $max }
   *[other] la lección tiene { $count } secciones; el límite es { $max }
}
# $list es el nombre de la lista en el archivo (sources, speakers, tags, glossary, authors, documents).
check-too-many-entries = { $count ->
    [one] `{ $list }` tiene { $count } elemento; el límite es { $max }
   *[other] `{ $list }` tiene { $count } elementos; el límite es { $max }
}
# $line es la línea donde se usa el id por primera vez.
check-duplicate-section-id = id de sección repetido "{ $id }"
    .hint = ya se usa en la línea { $line }; cada sección necesita su propio id
check-duplicate-source-id = id de fuente repetido "{ $id }"
    .hint = ya se usa en la línea { $line }; cada fuente necesita su propio id
check-duplicate-speaker-id = id de hablante repetido "{ $id }"
    .hint = ya se usa en la línea { $line }; cada hablante necesita su propio id
check-duplicate-tag-id = id de etiqueta repetido "{ $id }"
    .hint = ya se usa en la línea { $line }; cada etiqueta necesita su propio id
check-duplicate-document-id = id de documento repetido "{ $id }"
    .hint = ya se usa en la línea { $line }; cada documento necesita su propio id
check-duplicate-passage-id = id de fragmento repetido "{ $id }"
    .hint = ya se usa en la línea { $line }; cada fragmento necesita su propio id
    .hint-with-paragraphs = ya se usa en la línea { $line }; cada fragmento y cada párrafo necesitan su propio id
check-duplicate-paragraph-id = id de párrafo repetido "{ $id }"
    .hint = ya se usa en la línea { $line }; cada fragmento y cada párrafo necesitan su propio id
check-duplicate-prompt-id = id de pregunta repetido "{ $id }"
    .hint = ya se usa en la línea { $line }; cada pregunta necesita su propio id
# $near es el id más parecido que tiene la lección; en una sugerencia propia, o antes del resto de una.
check-did-you-mean = ¿querías decir "{ $near }"?
check-split-section-hint = divídela en varias secciones

## Revisiones de la lección: secciones, fragmentos, preguntas e imágenes.

check-too-many-passages = { $count ->
    [one] esta sección tiene { $count } fragmento; el límite es { $max }
   *[other] esta sección tiene { $count } fragmentos; el límite es { $max }
}
check-too-many-prompts = { $count ->
    [one] esta sección tiene { $count } pregunta; el límite es { $max }
   *[other] esta sección tiene { $count } preguntas; el límite es { $max }
}
check-section-no-prompts = la sección "{ $id }" no tiene preguntas
    .hint = tus estudiantes la leerán sin que se les pregunte nada; añade prompts: [ … ] si no es eso lo que querías
check-section-nothing-to-read = la sección "{ $id }" no tiene nada que leer
    .hint = añade passages: [ … ] o una introducción (intro)
check-section-no-minutes = la sección "{ $id }" no tiene minutos, pero otras secciones sí
    .hint = da a cada sección sus minutos para que sumen los de la lección; según el cálculo habitual, esta necesita unos { $realistic }
check-section-too-short = a la sección "{ $id }" se le dan { $given } minutos, pero su lectura y sus preguntas necesitan unos { $realistic }
    .hint = cuenta unos 2,5 minutos por cada pregunta de opciones o de una línea, 5 por cada respuesta escrita o valoración, 8 por cada pregunta con pasos numerados o con una ficha de fuente, y un minuto por cada 120 palabras de lectura; da más tiempo a la sección, o marca preguntas como optional: true y explícalo en la nota para el docente
check-minutes-do-not-add-up = la lección dice { $lesson } minutos, pero sus secciones suman { $sections }
    .hint = pon minutes: { $sections } al principio de la lección, o cambia los minutos de las secciones
check-image-path-empty = la ruta de la imagen "{ $path }" está vacía
check-image-path-web-address = la ruta de la imagen "{ $path }" es una dirección web; la aplicación funciona sin conexión, así que las imágenes tienen que ser archivos
check-image-path-absolute = la ruta de la imagen "{ $path }" es absoluta
check-image-path-drive-letter = la ruta de la imagen "{ $path }" es absoluta (empieza por una letra de unidad)
check-image-path-backslash = la ruta de la imagen "{ $path }" usa \; escribe / entre carpetas
check-image-path-leaves-folder = la ruta de la imagen "{ $path }" contiene .. y podría salir de la carpeta de la lección
check-image-path-hint = escribe una ruta dentro de la carpeta de la lección, como "images/chart.png"
check-picture-not-png-or-jpeg = la imagen "{ $path }" no es un archivo PNG ni JPEG
    .hint = guárdala como .png (gráficos, capturas de pantalla) o .jpg (fotos): solo se muestran estos formatos
check-picture-missing = la imagen "{ $path }" no está en la carpeta de la lección
    .hint = copia la imagen junto con la lección, o corrige la ruta
# En .hint-list (aquí y más abajo), $ids es una lista de ids, separados por comas.
check-unknown-speaker = hablante desconocido "{ $id }"
    .hint-no-speakers = declara primero las voces: speakers: [Speaker(id: "narrator", name: "Narrador")]
    .hint-list = hablantes de esta lección: { $ids }
check-unknown-source = fuente desconocida "{ $id }"
check-scale-backwards = la escala va de { $min } a { $max }; `max` tiene que ser mayor que `min`
    .hint = por ejemplo min: 1, max: 5
check-scale-too-long = { $points ->
    [one] la escala de { $min } a { $max } tiene { $points } punto; en pantalla caben como máximo { $limit }
   *[other] la escala de { $min } a { $max } tiene { $points } puntos; en pantalla caben como máximo { $limit }
}
    .hint = usa una escala más corta, por ejemplo min: 1, max: 5
check-unknown-tag = etiqueta de anotación desconocida "{ $id }"
    .hint-list = etiquetas de esta lección: { $ids }
check-paragraph-document-not-named = el párrafo "{ $id }" está en el documento "{ $document }", que esta sección no indica
    .hint = añade documents: ["{ $document }"] a esta sección para que tus estudiantes puedan leerlo junto al extracto
# En .hint-list, $ids es la lista de ids de los fragmentos de esta sección, cada uno entre comillas.
check-unknown-passage = fragmento desconocido "{ $id }"
    .hint-list = los fragmentos de esta sección son { $ids }
check-passage-in-other-section = el fragmento "{ $id }" está en otra sección
    .hint = tus estudiantes lo ven citado debajo de la pregunta, lejos de los fragmentos que lo rodean
check-too-few-options = una pregunta de opciones necesita al menos dos opciones; esta tiene { $count }
    .hint = escribe options: ["primera", "segunda"]
check-too-many-options = { $count ->
    [one] esta pregunta tiene { $count } opción; el límite es { $max }
   *[other] esta pregunta tiene { $count } opciones; el límite es { $max }
}
    .hint = divídela en dos preguntas
check-option-twice = la opción "{ $option }" aparece dos veces
# $count es cuántas opciones hay.
check-answer-not-an-option = la respuesta { $answer } no es una de las opciones (hay { $count })
    .hint = las respuestas se cuentan desde 1: escribe un número del 1 al { $count }
check-points-zero = una pregunta que vale 0 puntos no se puntúa
    .hint = quita `points`, o escribe un número del 1 al { $max }
check-points-too-many = { $points } puntos es más de lo que puede valer una pregunta ({ $max })
    .hint = escribe un número del 1 al { $max }
check-rubric-one-level = una rúbrica necesita al menos dos niveles para elegir
    .hint = añade un nivel, o quita `rubric` y escribe `points: N`
check-rubric-too-many-levels = esta rúbrica tiene { $count } niveles; el límite es { $max }
    .hint = une los niveles que un estudiante no podría distinguir
check-rubric-empty-label = un nivel de la rúbrica necesita un nombre (label)
    .hint = escribe un nombre corto para él, p. ej. `label: "Cita el texto"`
check-rubric-level-over = el nivel "{ $label }" da { $level } puntos, más que los { $points } de la pregunta
    .hint = pon a la pregunta `points: { $level }`, o al nivel { $points } como máximo
check-rubric-same-points = los niveles "{ $first }" y "{ $second }" dan los dos { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    }: una puntuación de { $points } se muestra como "{ $first }"
    .hint = da a cada nivel su propio número de puntos

## Revisiones de la lección: documentos.

check-document-no-from = el documento "{ $id }" no dice de dónde viene
    .hint = añade from: "…" con la dirección o la referencia y la fecha en que se leyó, para que tus estudiantes puedan comprobarlo
check-quote-empty = la cita del párrafo "{ $id }" tiene vacío el campo { $field }
    .hint = una cita necesita quién la publica, su título, su fecha y su dirección para que tus estudiantes puedan rastrearla
check-quote-and-cite = el párrafo "{ $id }" cita una fuente y además tiene cite
    .hint = la fuente de la cita ya es su referencia: quita cite, o pon el comentario de la lección en un párrafo aparte
check-document-no-paragraphs = el documento "{ $id }" no tiene párrafos
    .hint = escribe su texto como paragraphs: [(id: "…", text: "…")]
check-too-many-paragraphs = { $count ->
    [one] este documento tiene { $count } párrafo; el límite es { $max }
   *[other] este documento tiene { $count } párrafos; el límite es { $max }
}
    .hint = divídelo en varios documentos
check-document-not-named = ninguna sección indica el documento "{ $id }"
    .hint = tus estudiantes solo pueden abrir un documento desde una sección: añade documents: ["{ $id }"] a las secciones a las que pertenece
check-too-many-section-documents = { $count ->
    [one] esta sección indica { $count } documento; el límite es { $max }
   *[other] esta sección indica { $count } documentos; el límite es { $max }
}
    .hint = tus estudiantes leen uno cada vez junto a la transcripción: indica solo los pocos que importan aquí
check-document-named-twice = el documento "{ $id }" aparece dos veces en esta sección
    .hint = indica cada documento una sola vez
check-unknown-document = documento desconocido "{ $id }"
    .hint-no-documents = decláralo en la lección: documents: [Document(id: …, title: …, paragraphs: […])]
    .hint-list = documentos de esta lección: { $ids }

## Revisiones de la lección: el texto en conjunto.

check-glossary-term-unused = el término del glosario "{ $term }" no aparece en ningún fragmento, introducción, pregunta ni documento
    .hint = escríbelo tal como aparece en el texto, o añade otras formas en `also: [ … ]`
check-text-too-long = { $count ->
    [one] este texto tiene { $count } carácter; el límite es { $max }
   *[other] este texto tiene { $count } caracteres; el límite es { $max }
}
    .hint = divídelo en varios fragmentos
# $character es el código y el nombre del carácter, como "U+202E (forzado de derecha a izquierda)".
check-text-hidden-character = este texto contiene el carácter invisible { $character }
    .hint = quita el código de escape \u{"{"}…{"}"}; puede ocultar o reordenar el texto en pantalla

## Added with the captions import (issue 28).
check-double-comma = dos comas seguidas
    .hint = quita una: los elementos y los campos se separan con una sola coma
check-list-not-closed = la lista `{ $list }` abierta en la línea { $line } no se cierra antes de `{ $next }:`
    .hint = termina la lista con `],` en la línea anterior a `{ $next }:`
check-wrong-quote-closing =
    .hint = el texto que empieza en la línea { $line } termina aquí con { $quote }; escribe en su lugar unas comillas rectas ", o todo hasta las siguientes " se leerá como texto
check-unknown-tag-replaced = etiqueta de anotación desconocida "{ $id }": esta lección tiene sus propias `tags`, que sustituyen al conjunto por defecto que incluye "{ $id }"
    .hint = para conservarla, añade Tag(id: "{ $id }", label: "{ $label }", colour: "{ $colour }") a `tags`; o quita `tags` para usar todo el conjunto por defecto

## Watch this moment: a source's video and passages' times (src/lesson/validate/video.rs, issue 28).

check-video-not-https = el vídeo "{ $video }" es una dirección que no empieza por https://; solo se abren direcciones https
check-video-bad-address = la dirección del vídeo "{ $video }" tiene un espacio o un salto de línea, o ningún sitio después de https://
check-video-control-character = la ruta del vídeo "{ $video }" tiene un salto de línea, un tabulador u otro carácter de control
check-video-empty = el vídeo está vacío
check-video-absolute = la ruta del vídeo "{ $video }" es absoluta; el vídeo debe ser un archivo junto a la lección
check-video-leaves-folder = la ruta del vídeo "{ $video }" contiene .. y podría salir de la carpeta de la lección
check-video =
    .hint = escribe un archivo junto a la lección, como "video/explicacion.mp4", o una dirección que empiece por https://
check-video-missing = el vídeo "{ $video }" no está en la carpeta de la lección
    .hint = copia el vídeo junto con la lección o corrige la ruta; mientras tanto, "Ver desde" dice a los estudiantes que falta
check-time-malformed = el tiempo "{ $time }" no está en minutos y segundos
    .hint = escribe minutos y segundos, como "1:05", u horas, minutos y segundos, como "1:02:03"
check-time-out-of-range = el tiempo "{ $time }" tiene más de 59 minutos o segundos después de dos puntos
    .hint = después de dos puntos, los minutos y los segundos van de 00 a 59: escribe "1:15" para 75 segundos
check-time-goes-back = el pasaje "{ $id }" empieza en { $time }, antes que el pasaje "{ $previous }" de arriba ({ $previous_time })
    .hint = los tiempos avanzan dentro de una sección; revisa el tiempo o el orden de los pasajes

# Las palabras de Close Reader en español: la línea de comandos, los errores
# de archivos y de disco, los valores predeterminados del modelo de lección y
# los avisos sobre archivos de trabajo.
#
# Cada mensaje tiene un id (a la izquierda de "="); su texto puede usar
# argumentos como { $count } o { $path }. Los atributos (".description")
# pertenecen al mensaje de arriba. Frases cortas y claras: quienes leen son
# estudiantes, docentes y los scripts que escribe el servicio informático del
# centro (los scripts leen las palabras "error:" y "note:" de la línea de
# comandos: se conservan en inglés).
# Cómo se escribe Fluent: https://projectfluent.org/fluent/guide/

## Qué falló con un archivo o una carpeta (src/io_error.rs). Cada uno va
## después de "no se pudo guardar …: ", así que empieza en minúscula y no
## lleva punto final.

sys-io-not-found = no existe ese archivo o carpeta
sys-io-permission-denied = permiso denegado (esta cuenta no puede usarlo)
sys-io-storage-full = el disco está lleno
sys-io-quota-exceeded = se agotó el espacio en disco permitido para esta cuenta
sys-io-read-only = el disco es de solo lectura
sys-io-is-a-folder = es una carpeta, no un archivo
sys-io-not-a-folder = parte de la ruta es un archivo, no una carpeta
sys-io-folder-not-empty = la carpeta no está vacía
sys-io-already-exists = ya existe un archivo con ese nombre
sys-io-file-too-large = el archivo es demasiado grande para este disco
sys-io-invalid-name = ese nombre no está permitido en este disco
sys-io-timed-out = el disco o la red no respondieron a tiempo
sys-io-network-folder-gone = se perdió la conexión con la carpeta de red
sys-io-network-unreachable = no se puede acceder a la carpeta de red
sys-io-busy = otro programa lo está usando; inténtalo de nuevo en un momento
sys-io-crosses-disks = no se puede mover a otro disco en un solo paso
sys-io-not-text = no es texto legible
sys-io-ended-early = terminó demasiado pronto
# Cuando el sistema no dio ninguna descripción.
sys-io-unknown = un error desconocido
# Una ruta que es una tubería con nombre o un dispositivo (src/work/disk.rs).
sys-io-not-a-regular-file = no es un archivo normal (es una tubería o un dispositivo)

## La línea de comandos (src/main.rs, src/cli/). $command es el programa y
## su comando ("closereader export"). Los scripts buscan "error:", "note:"
## y ": ok (" en estas líneas: la traducción los conserva tal cual.

sys-cli-error = { $command }: error: { $message }
sys-cli-note = { $command }: note: { $message }
sys-cli-could-not-write-report = no se pudo escribir el informe
sys-cli-could-not-open-window = no se pudo abrir la ventana: { $why }
sys-cli-not-seconds = { $text } no es un número de segundos entre 0 y { $max }
# $option es la opción tal como se escribió ("--frame-log").
sys-cli-window-only = { $option } es para una ventana, y este comando no abre ninguna
sys-cli-hand-in-window-only = --hand-in es para la ventana de los estudiantes; la vista de clase y la vista previa no entregan nada
sys-cli-teacher-view-lesson-only = --teacher-view es para una lección; la vista de clase y la vista previa siempre muestran las soluciones

## closereader check

sys-cli-check-ok = { $file }: ok ({ $sections ->
        [one] { $sections } sección
       *[other] { $sections } secciones
    }, { $prompts ->
        [one] { $prompts } pregunta
       *[other] { $prompts } preguntas
    })

## closereader export y closereader class

sys-cli-unknown-lesson = lección desconocida "{ $lesson }"; lecciones: { $lessons }
# $problems: los errores de la lección, una o más líneas tal como las escribe closereader check.
sys-cli-broken-lesson =
    el archivo de lección { $file } tiene errores:
    { $problems }
# $known: los nombres que sí tienen trabajo, o sys-cli-no-students.
sys-cli-unknown-student = no hay trabajo guardado de "{ $student }" en la lección "{ $lesson }"; estudiantes con trabajo guardado: { $known }{ $unreadable ->
        [0] {""}
        [one] {" "}({ $unreadable } archivo no se pudo leer; export --all lo muestra)
       *[other] {" "}({ $unreadable } archivos no se pudieron leer; export --all los muestra)
    }
sys-cli-no-students = ninguno
# $holds: lo que sí contiene la carpeta, en palabras.
sys-cli-no-work = no hay trabajo guardado de la lección "{ $lesson }" en { $folder }; contiene { $holds }
sys-cli-no-such-folder = la carpeta { $folder } no existe; indica con --data-dir la carpeta a la que se copiaron los archivos de trabajo
sys-cli-read-folder = no se pudo leer la carpeta { $folder }: { $why }
sys-cli-no-data-dir = no hay ninguna carpeta para el trabajo guardado en este equipo; indica --data-dir
sys-cli-export-exists = { $path } ya existe; elige otro nombre con -o, o añade --overwrite
sys-cli-could-not-write = no se pudo escribir { $path }: { $why }
sys-cli-not-exported = { $file } no se exportó: { $why }
sys-cli-not-read = { $file } no se leyó: { $why }
# $newest: la copia exportada; $others: los archivos de las demás copias.
sys-cli-other-copies = "{ $student }" tiene { $count ->
        [one] { $count } copia más
       *[other] { $count } copias más
    } de este trabajo; se exportó la más reciente, { $newest } (las demás: { $others })
sys-cli-class-students = { $command }: { $count ->
        [one] { $count } estudiante
       *[other] { $count } estudiantes
    } en los archivos de la clase

## closereader new

sys-cli-new-exists = { $path } ya existe; elige otro nombre (no se cambió nada)
sys-cli-read-transcript = no se pudo leer la transcripción { $path }: { $why }
sys-cli-transcript-not-text = la transcripción { $path } no es texto UTF-8; guárdala como UTF-8 y vuelve a intentarlo
sys-cli-transcript-empty = la transcripción { $path } no tiene texto con el que crear fragmentos
sys-cli-transcript-too-large = { $path }: { $why } (no se escribió nada)
sys-cli-transcript-huge = la transcripción { $path } ocupa { $size } MB; un archivo de transcripción puede ocupar como máximo { $max } MB (no se escribió nada)
sys-cli-new-from-template = { $file }: escrito (una copia de la plantilla); revísalo con: closereader check { $file }
sys-cli-new-from-transcript = { $file }: escrito ({ $count ->
        [one] { $count } fragmento
       *[other] { $count } fragmentos
    } a partir de { $transcript }); revísalo con: closereader check { $file }
# El título de una lección nueva cuando el nombre del archivo no da ninguno.
sys-cli-new-lesson-title = Lección nueva

## El archivo de configuración del aula, classroom.ron (src/classroom.rs).
## hand_in, Classroom(…), Teacher y ed25519: se escriben en el archivo tal
## como están aquí.

# $place: ":LÍNEA:COL" cuando el error tiene un lugar en el archivo; si no, nada.
sys-classroom-error = el archivo de configuración del aula { $file }{ $place }: { $why }
sys-classroom-too-large = ocupa { $size } bytes; un archivo de configuración tiene unas pocas líneas
sys-classroom-not-text = no es texto UTF-8
sys-classroom-empty-hand-in = hand_in está vacío; escribe la ruta de la carpeta de entregas, o quita hand_in
sys-classroom-bad-key = la clave del docente "{ $teacher }" no es una clave de docente válida; cópiala entera desde la vista de clase (empieza por ed25519: y después tiene 64 letras y cifras)
# $problem: lo que encontró el lector del archivo (en inglés, de la biblioteca RON).
sys-classroom-mistake = { $problem }; debería tener esta forma: Classroom(hand_in: "//server/share/hand-in")

## Por qué no se puede mostrar una imagen de una lección (src/picture/). Cada
## uno va después de "no se puede mostrar la imagen …: ", así que empieza en
## minúscula.

sys-picture-file-too-large = ocupa { $size } MB; las imágenes de las lecciones pueden ocupar como máximo { $max } MB
sys-picture-not-png-or-jpeg = no es una imagen PNG ni JPEG
sys-picture-rows-do-not-add-up = no se pudo descodificar (sus filas no cuadran)
sys-picture-no-pixels = no tiene píxeles
sys-picture-too-many-pixels = mide { $width }×{ $height } píxeles; las imágenes de las lecciones pueden medir como máximo { $max }×{ $max }
# $why: lo que dijo el descodificador (en inglés, de la biblioteca de descodificación).
sys-picture-damaged = no se pudo descodificar ({ $why })
sys-picture-too-large = es demasiado grande
sys-picture-unreadable = no se pudo leer

## Lectura en voz alta (src/speech.rs).

sys-speech-no-engine = La lectura en voz alta necesita el sistema de voz del equipo, y no se encontró ninguno: en Linux, instala espeak-ng (o speech-dispatcher); macOS y Windows ya traen uno.

## Las etiquetas con las que subrayan los estudiantes cuando una lección no
## indica ninguna (src/lesson/model.rs): el texto del subrayado y
## ".description": qué cuenta como esta etiqueta.

sys-tag-claim = Afirmación
    .description = Algo que se presenta como verdadero.
sys-tag-evidence = Evidencia
    .description = Hechos, datos o ejemplos que se dan para apoyar algo.
sys-tag-loaded = Lenguaje emotivo
    .description = Palabras elegidas para hacerte sentir algo.
sys-tag-source = Fuente con nombre
    .description = Una persona u organización a la que se nombra.
sys-tag-opinion = Opinión
    .description = Lo que alguien piensa o siente, no un hecho.

## Una lección creada como borrador a partir de una transcripción
## (closereader new --from, src/lesson/draft.rs): el punto de partida del
## docente. Los comentarios se escriben en el archivo de la lección después de
## "// "; el resto son las primeras palabras de la lección, que el docente
## luego cambia.

sys-draft-header =
    Borrador creado por `closereader new` a partir de { $file }. Revísalo con `closereader check`,
    y después pon nombre a las secciones, escribe las preguntas y completa la fuente.
    Cada campo se explica en docs/lesson-format.md.
# Junto a la dirección y la fecha de la fuente, que están comentadas.
sys-draft-leave-out = quítalo si no se conoce
# Quién publicó la fuente, comentado.
sys-draft-publisher = Quién lo publicó
sys-draft-obtained = Tomado del archivo de transcripción { $file }; aquí no consta cómo se hizo.
# Los hablantes: la voz principal y la voz con la que empieza ">>" en los subtítulos.
sys-draft-narrator = Narrador
sys-draft-unmarked-voice = Voz sin identificar
# El título de una sección.
sys-draft-part = Parte { $number }
# La pregunta con la que empieza cada sección.
sys-draft-first-question = ¿Cuál es la afirmación principal de esta parte? ¿Por qué lo piensas?
# Ejemplos comentados de cada tipo de pregunta; los atributos son las opciones
# de los ejemplos (las palabras de una valoración para su valor más bajo y el más alto).
sys-draft-examples = Ejemplos de cada tipo: quita las // para usar uno y dale a cada uno un id nuevo.
sys-draft-example-short = ¿Quién habla aquí?
sys-draft-example-choice = ¿Es un hecho o una opinión?
    .fact = Un hecho
    .opinion = Una opinión
sys-draft-example-choices = ¿Qué palabras son emotivas?
    .first = primera
    .second = segunda
    .third = tercera
sys-draft-example-rating = ¿Hasta qué punto es justo esto? (1 = nada, 5 = mucho)
    .low = nada
    .high = mucho
sys-draft-example-evidence = Cita las palabras que muestran la afirmación.
sys-draft-too-many-voices = la transcripción tiene { $count } etiquetas de hablante distintas, y una lección puede tener como máximo { $max }; ¿hay algo que no sean nombres escrito como NOMBRE: al principio de las líneas o [Nombre] entre corchetes?
sys-draft-too-large = la lección ocuparía { $size } MB, y un archivo de lección puede ocupar como máximo { $max } MB; divide la transcripción en { $parts } partes o más y crea una lección con cada una

## Texto de la lección (src/lesson/).

# Quién dice un párrafo de un documento, en las citas: el título del documento y el número del párrafo.
sys-lesson-paragraph = { $document }, párrafo { $number }
# Lo mismo, en una ficha que cita fuentes: de quién son las palabras (credit-quoting, credit-lesson-words).
sys-lesson-paragraph-credited = { $document }, párrafo { $number }, { $credit }
# Un carácter que no tiene cabida en el texto de una lección: su código ("U+202E") y su nombre.
sys-lesson-hidden-character = { $code } ({ $name ->
        [nul] NUL
        [escape] escape
        [delete] borrado
        [lre] incrustación de izquierda a derecha
        [rle] incrustación de derecha a izquierda
        [pdf] fin de formato direccional
        [lro] forzado de izquierda a derecha
        [rlo] forzado de derecha a izquierda
        [lri] aislamiento de izquierda a derecha
        [rli] aislamiento de derecha a izquierda
        [fsi] aislamiento según el primer carácter fuerte
        [pdi] fin de aislamiento direccional
       *[control] carácter de control
    })

## Los archivos de trabajo de los estudiantes (src/work/).

# Una respuesta que se conserva de una pregunta que la lección ya no tiene:
# las opciones elegidas, por número ("2, 3"), y la valoración.
sys-work-removed-choice = Eligió { $count ->
        [one] la opción { $options }
       *[other] las opciones { $options }
    } (la pregunta se eliminó, así que no se conocen las palabras de las opciones).
sys-work-removed-rating = Valoración: { $rating }.
# Un subrayado en un fragmento o en un párrafo de una ficha que la lección ya no tiene, junto a las respuestas a preguntas eliminadas.
sys-work-removed-highlight = Subrayado ({ $tag }) en un texto que ya no está en la lección ({ $id })
sys-work-removed-highlight-words = “{ $quote }”
sys-work-removed-highlight-comment = “{ $quote }”: { $comment }
# Por qué no se puede usar un archivo de trabajo; cada uno va después de "… no se leyó: ".
sys-work-file-newer = lo guardó una versión más reciente de Close Reader (formato de archivo de trabajo { $format })
sys-work-file-damaged = está dañado ({ $why })
sys-work-file-not-text = no es texto UTF-8
sys-work-file-empty = el archivo está vacío
sys-work-file-stops-making-sense = deja de tener sentido en la línea { $line }, columna { $column }
sys-work-saver-stopped = el proceso de guardado se detuvo; reinicia Close Reader
# Lo que se le dice a un estudiante cuando se abre su trabajo. $time es cuándo
# se guardó la copia (2026-11-26T10:00:00Z); $kept es el nombre nuevo del archivo dañado.
sys-work-unreadable = No se pudo leer tu trabajo guardado: { $why }.
sys-work-newer = Este trabajo lo guardó una versión más reciente de Close Reader (formato { $format }). Se muestra en solo lectura y no se cambiará.
sys-work-damaged-not-set-aside = Tu trabajo guardado está dañado y no se pudo apartar ({ $why }). No se guardará nada encima: pregunta a tu docente.
sys-work-damaged-restored = Tu trabajo guardado estaba dañado, así que se recuperó la copia del { $time }. El archivo dañado se conservó como { $kept }.
sys-work-damaged-empty = Tu trabajo guardado estaba dañado y no había ninguna copia anterior, así que esta lección empieza vacía. El archivo dañado se conservó como { $kept }.
sys-work-missing-restored = No se encontró tu trabajo guardado, así que se recuperó la copia del { $time }.
sys-work-open-elsewhere = El trabajo de { $student } en esta lección está abierto en otra ventana de Close Reader. Aquí se muestra en solo lectura; haz los cambios en la otra ventana.

## Traducciones que añade un docente (<código>.ftl en una carpeta de lecciones o en la carpeta de datos).
translation-unreadable = No se pudo leer { $file }: { $reason }
translation-too-big = { $file } ocupa más de { $max } KB, así que no se leyó: ¿seguro que es una traducción?
translation-not-utf8 = { $file } no es texto UTF-8: guárdalo como UTF-8 y vuelve a abrir la aplicación
translation-problem = { $file }: { $problem }
sys-cli-translation-name = { $file }: error: el nombre del archivo de una traducción es su código de idioma y .ftl (es.ftl, zh-Hans.ftl, fr.ftl)
sys-cli-translation-unreadable = { $file }: error: no se pudo leer: { $reason }
sys-cli-translation-not-utf8 = no es texto UTF-8; guárdalo como UTF-8
sys-cli-translation-syntax = { $file }:{ $line }:{ $column }: error: { $message }
    .hint = el mensaje que empieza aquí se omite hasta que se corrija; compáralo con el archivo en inglés
sys-cli-translation-argument = { $file }:{ $line }: error: { $id } usa {"{"} ${ $argument } {"}"}, que el mensaje en inglés no da: se mostraría tal como está escrito
sys-cli-translation-unknown = { $file }:{ $line }: aviso: { $id } no es un mensaje que tenga la aplicación (una errata, o un mensaje que ya no usa)
sys-cli-translation-missing = { $file }: falta: { $id } (se muestra en inglés)
sys-cli-translation-summary = { $file }: { $translated } de { $total } mensajes traducidos, { $missing } sin traducir, { $unknown } desconocidos
sys-cli-unknown-language = no existe el idioma "{ $code }": los idiomas son { $languages }
translation-problems = { $count ->
    [one] Un archivo de traducción tiene un error, así que algunas palabras están en inglés: { $first }
   *[other] Los archivos de traducción tienen { $count } errores, así que algunas palabras están en inglés. El primero: { $first }
}

## Added with the captions import (issue 28).
sys-transcript-not-text = la transcripción no es texto UTF-8; guárdala como UTF-8 y vuelve a intentarlo
sys-transcript-not-docx = no se pudo leer como documento de Word ({ $why })
sys-transcript-docx-damaged = el archivo está dañado
sys-cli-transcript-unknown-format = { $path } no tiene un formato de transcripción que closereader sepa leer; lee { $formats } (guarda la transcripción en uno de esos formatos, o como texto sin formato en un archivo .txt; no se escribió nada)
sys-cli-transcript-not-docx = la transcripción { $path } no se pudo leer como documento de Word ({ $why }); ábrela en Word o LibreOffice y guárdala otra vez como .docx, o como texto sin formato en un archivo .txt (no se escribió nada)
sys-draft-sounds = Sonidos: { $sounds }

## Watch this moment in a draft (src/lesson/draft.rs, issue 28).

sys-draft-video = (opcional) un archivo de vídeo junto a la lección, o una dirección https://: los pasajes con tiempo tienen "Ver desde"

sys-cli-not-timeout = { $text } no es un número de segundos mayor que 0 y hasta { $max }
sys-cli-folder-timeout = la carpeta { $folder } no respondió en { $seconds } segundos, así que puede que una carpeta de red no funcione; copia el trabajo a este ordenador, o inténtalo más tarde o con un --timeout más largo (no se escribió nada)

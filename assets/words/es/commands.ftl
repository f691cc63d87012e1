# Las palabras de Close Reader en español: los comandos.
#
# Cada mensaje tiene un id (a la izquierda de "="); su texto puede usar
# argumentos como { $count } o { $name }. Los atributos (".tooltip", ".name")
# pertenecen al mensaje de arriba. Frases cortas y claras: quienes leen
# tienen entre 11 y 16 años.
# Cómo se escribe Fluent: https://projectfluent.org/fluent/guide/

## Comandos. El texto es el del botón; ".name" es lo que dice un lector de
## pantalla cuando el botón muestra un símbolo; ".tooltip" dice lo que hace
## (la tecla, si la hay, se añade después entre paréntesis).

cmd-next-section = Sección siguiente →
    .tooltip = Sección siguiente
cmd-previous-section = ← Sección anterior
    .tooltip = Sección anterior
cmd-save-now = Guardar ahora
    .tooltip = Guardar ahora
cmd-export = Exportar…
    .tooltip = Exportar tu trabajo
cmd-export-copy = Exportar una copia…
    .tooltip = Guarda tu archivo de trabajo donde quieras, para dárselo a tu docente
cmd-bigger-text = A+
    .name = Texto más grande
    .tooltip = Texto más grande
cmd-smaller-text = A−
    .name = Texto más pequeño
    .tooltip = Texto más pequeño
cmd-reset-text = Tamaño de texto normal
    .tooltip = Tamaño de texto normal
cmd-next-landmark = Siguiente parte de la pantalla
    .tooltip = Siguiente parte de la pantalla
cmd-previous-landmark = Parte anterior de la pantalla
    .tooltip = Parte anterior de la pantalla
cmd-first-unanswered = Primera pregunta sin responder
    .tooltip = Primera pregunta sin responder
cmd-hand-in = Entregar
    .again = Volver a entregar
    .busy = Entregando…
    .tooltip = Entrega tu trabajo a tu docente
cmd-undo = Deshacer
    .tooltip = Recupera lo que quitaste (cuando no estás escribiendo en un cuadro de texto)
cmd-stop-reading = ■ Dejar de leer
    .tooltip = Dejar de leer en voz alta
cmd-lessons = ← Lecciones
    .tooltip = Volver a la lista de lecciones
cmd-earlier-copies = Copias anteriores…
    .tooltip = Recupera tu trabajo tal como estaba antes
cmd-reading-settings = Lectura…
    .tooltip = Interlineado, ancho del texto, una letra muy fácil de leer, velocidad de lectura en voz alta

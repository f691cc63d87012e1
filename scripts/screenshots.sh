#!/usr/bin/env bash
# The screenshots in docs/accessibility.md, taken from the real program under
# Xvfb on a 1024×600 screen (a netbook): at the largest text size (the start
# screen, the lesson, a source card as a tab, the export window, a hand-in's
# message), and at double line spacing with the legible font (a highlight
# and a context note). The settings are written into the program's own
# settings file before it starts; the rest is done with the keyboard.
#
# Needs Debian's xvfb, matchbox-window-manager, xdotool and imagemagick.
# Usage: scripts/screenshots.sh [PROGRAM] [FOLDER]
#   PROGRAM default: target/release/closereader; FOLDER default: docs.
# Look at every picture afterwards: this script only takes them.
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-target/release/closereader}
out=${2:-docs}
work=$(mktemp -d)
export XDG_DATA_HOME=$work/data CLOSEREADER_DATA_DIR=$work/data/work
export CLOSEREADER_HAND_IN_DIR=$work/hand-in HOME=$work/home
mkdir -p "$XDG_DATA_HOME/closereader" "$CLOSEREADER_HAND_IN_DIR" "$HOME"
export DISPLAY=:$((150 + RANDOM % 40))
Xvfb "$DISPLAY" -screen 0 1024x600x24 >/dev/null 2>&1 &
pids=($!)
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
matchbox-window-manager -use_titlebar no >/dev/null 2>&1 &
pids+=($!)
sleep 0.5

settings() { # RON of the program's settings
  printf '{"closereader-settings":"%s"}\n' "$1" >"$XDG_DATA_HOME/closereader/app.ron"
}
start() { # opens the bundled lesson
  "$app" lessons/social-credit.ron >/dev/null 2>&1 &
  pids+=($!)
  sleep 4
  # The pointer in a corner, so no tooltip covers what the keyboard shows.
  xdotool mousemove 1023 599
}
shot() { # FILE
  sleep 1.5
  import -window root "$out/$1"
  echo "$out/$1"
}
keys() { # KEY…: pressed one at a time
  for key in "$@"; do
    xdotool key "$key"
    sleep 0.3
  done
}

settings '(text_scale:2.0)'
start
shot start-largest-text.png
xdotool type --delay 20 Amira
keys Return
sleep 2
# Section 3, whose source card opens as a tab on a window this narrow.
keys ctrl+Next ctrl+Next
shot lesson-largest-text.png
keys ctrl+e
shot export-largest-text.png
# From the section's title: the intro's glossary link, then "Read beside: …".
keys Escape Tab Tab Return
shot card-tab-largest-text.png
keys ctrl+shift+h
shot hand-in-largest-text.png
kill "${pids[-1]}"
sleep 1

settings '(text_scale:1.0,reading:(line_spacing:Double,legible_font:true))'
start
# Another student, whose lesson starts at its first section.
xdotool type --delay 20 Bea
keys Return
sleep 2
keys ctrl+Next ctrl+Next
# Words highlighted in the first passage: from the section's title, Tab
# passes the intro's glossary link, "Read beside: …", "Go to your notes ↓"
# and the passage itself to reach its Highlight… button.
keys Tab Tab Tab Tab Tab Return shift+Right shift+Right shift+Right 3 Escape
shot reading-supports.png

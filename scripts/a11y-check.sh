#!/usr/bin/env bash
# What a screen reader gets: runs the app under Xvfb with the AT-SPI bus on
# (as Orca switches it on), and reads its accessibility tree on the start
# screen, the lesson screen, the export window, a source card open beside the
# transcript, and the class view's roster,
# question and highlights pages (a made-up class of 30, by
# scripts/make-class.py) with scripts/a11y-tree.py.
# Fails when any focusable node has no name. During a hand-in and an export
# it also listens, as a screen reader does, for what the app says without the
# focus moving (AT-SPI `object:announcement`, sent when a live region's text
# changes; text and name changes too) with scripts/a11y-listen.py, prints what
# it heard, and fails when a hand-in or an export announces nothing.
#
# Needs Debian's xvfb, at-spi2-core, python3-pyatspi, dbus,
# matchbox-window-manager and xdotool:
#   apt-get install -y xvfb at-spi2-core python3-pyatspi dbus \
#     matchbox-window-manager xdotool
# Usage: scripts/a11y-check.sh [PROGRAM] [LANGUAGE]
#   PROGRAM default: target/release/closereader. With LANGUAGE (es, zh-Hans),
#   the app runs in it (--lang) and every screen also fails on any English
#   word of the app left untranslated (proper nouns and lesson text aside).
# CI does not run it (it needs those packages); run it before a release.
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-target/release/closereader}
language=${2:-}
tree=scripts/a11y-tree.py
listen() { # LABEL SECONDS: in the background, until SECONDS have passed
  /usr/bin/python3 scripts/a11y-listen.py "$1" "$2" &
  listener=$!
  sleep 1.5
}
tree() { # LABEL
  if [ -n "$language" ]; then
    /usr/bin/python3 "$tree" "$1" --english-left "$language"
  else
    /usr/bin/python3 "$tree" "$1"
  fi
}
lang_args=()
[ -n "$language" ] && lang_args=(--lang "$language")
work=$(mktemp -d)
export XDG_RUNTIME_DIR=$work/run XDG_DATA_HOME=$work/data CLOSEREADER_DATA_DIR=$work/data/work
export CLOSEREADER_HAND_IN_DIR=$work/hand-in HOME=$work/home
mkdir -p "$CLOSEREADER_HAND_IN_DIR" "$HOME"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export DISPLAY=:$((110 + RANDOM % 40))
Xvfb "$DISPLAY" -screen 0 1366x768x24 >/dev/null 2>&1 &
pids=($!)
dbus-daemon --session --address="unix:path=$XDG_RUNTIME_DIR/bus" --fork --print-pid > "$work/dbus.pid"
pids+=("$(cat "$work/dbus.pid")")
export DBUS_SESSION_BUS_ADDRESS=unix:path=$XDG_RUNTIME_DIR/bus
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
pids+=($!)
sleep 1
busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status IsEnabled b true
busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status ScreenReaderEnabled b true
matchbox-window-manager -use_titlebar no >/dev/null 2>&1 &
pids+=($!)
sleep 0.5

"$app" "${lang_args[@]}" lessons/social-credit.ron >/dev/null 2>&1 &
pids+=($!)
sleep 3
status=0
tree start-screen || status=1
xdotool type --delay 20 Amira
xdotool key Return
sleep 2
tree lesson-screen || status=1
# Handing in: the message line's live region is announced.
listen hand-in 5
xdotool key ctrl+shift+h
wait "$listener" || status=1
# Exporting: Save… (Tab from the format, past the check boxes) saves into
# the documents folder when no file chooser can be shown; announced too.
xdotool key ctrl+e
sleep 1
tree export-window || status=1
listen export 7
for _ in 1 2; do xdotool key Tab; sleep 0.2; done
xdotool key Return
wait "$listener" || status=1
xdotool key Escape
sleep 0.5
# Section 3 with its source card open beside the transcript (two Tabs from
# the section's title reach "Read beside: …").
xdotool key ctrl+Next; sleep 0.3; xdotool key ctrl+Next; sleep 0.5
xdotool key Tab; sleep 0.3; xdotool key Tab; sleep 0.3; xdotool key Return
sleep 1
tree reader-beside || status=1
kill "${pids[-1]}"
python3 scripts/make-class.py "$work/class" 30 >/dev/null
"$app" "${lang_args[@]}" class "$work/class" >/dev/null 2>&1 &
pids+=($!)
sleep 3
tree class-roster || status=1
page() { # WORD-ID: press the class view's page of that name
  /usr/bin/python3 "$tree" page --press "$1" ${language:+--lang "$language"} || status=1
  sleep 1
}
page class-page-question
tree class-question || status=1
page class-page-highlights
tree class-highlights || status=1
exit $status

#!/usr/bin/env bash
# Idle cost: after the window settles, with no input, how many frames are
# drawn and how much CPU is used over 10 seconds. The app logs the time of
# every frame (--frame-log) and closes itself after 12 s (--quit-after);
# CPU comes from /proc at 2 s and 12 s. Needs xvfb, matchbox-window-manager
# and xdotool (to type the name and Enter on the lesson run: the name field
# starts empty on every launch).
# Usage: benches/idle.sh [TARGET_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-target}/release/closereader
. benches/display.sh
start_display :94
matchbox-window-manager -use_titlebar no >/dev/null 2>&1 &
mkdir -p "$data/closereader"
printf '{"closereader-settings":"(theme:Light,text_scale:1.0,recent_names:[\\"Bench\\"])"}' > "$data/closereader/app.ron"

ticks=$(getconf CLK_TCK)
cpu() { awk -v t="$ticks" '{printf "%.3f", ($14+$15)/t}' "/proc/$1/stat"; }

run() { # label, args...
  local label=$1; shift
  "$app" --quit-after 12 --frame-log "$data/frames" "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep 1
  [ "${1:-}" = "" ] || { xdotool type Bench; xdotool key Return; }
  sleep 1
  local before after
  before=$(cpu "$pid")
  sleep 9.9
  after=$(cpu "$pid")
  wait "$pid" || true
  local frames
  frames=$(awk '$1 >= 2.0 && $1 < 11.9' "$data/frames" | wc -l)
  printf '%-30s %s frames drawn, %s CPU seconds in 10 idle seconds\n' "$label" "$frames" \
    "$(awk "BEGIN{printf \"%.3f\", $after-$before}")"
}
run "start screen:"
run "lesson screen (bundled):" lessons/social-credit.ron

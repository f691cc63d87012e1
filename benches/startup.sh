#!/usr/bin/env bash
# Whole-process start-up figures for one or more builds of closereader:
# time until the first frame is on screen (the app exits then, with
# --quit-after-first-frame), peak memory (RSS), and binary size.
# Usage: benches/startup.sh BINARY [BINARY...]   (runs under Xvfb; needs xvfb)
# Prints the median of RUNS runs (default 10) for each binary, cold process
# each time, on the start screen and straight into the bundled lesson.
set -euo pipefail
runs=${RUNS:-10}
display=:95
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
export DISPLAY=$display
sleep 1
data=$(mktemp -d)
export XDG_DATA_HOME=$data CLOSEREADER_DATA_DIR=$data/work
mkdir -p "$data/closereader"
# A remembered name, so the lesson opens after one keypress-free start.
printf '{"closereader-settings":"(theme:Light,text_scale:1.0,recent_names:[\\"Bench\\"])"}' > "$data/closereader/app.ron"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() { # binary, args...
  local times=() rss=()
  for _ in $(seq "$runs"); do
        local out
    /usr/bin/time -o "$data/time" -f '%e %M' "$@" --quit-after-first-frame >/dev/null 2>&1
    out=$(tail -1 "$data/time")
    times+=("$(echo "$out" | cut -d' ' -f1)")
    rss+=("$(echo "$out" | cut -d' ' -f2)")
  done
  printf '%s s, %s MiB' "$(printf '%s\n' "${times[@]}" | median)" \
    "$(printf '%s\n' "${rss[@]}" | median | awk '{printf "%.0f", $1/1024}')"
}

for bin in "$@"; do
  size=$(stat -c %s "$bin")
  stripped=$(mktemp); strip -o "$stripped" "$bin"; ssize=$(stat -c %s "$stripped"); rm "$stripped"
  echo "$bin: $(awk "BEGIN{printf \"%.1f\", $size/1048576}") MB ($(awk "BEGIN{printf \"%.1f\", $ssize/1048576}") MB stripped)"
  echo "  start screen:   $(measure "$bin")"
  echo "  bundled lesson: $(measure "$bin" lessons/social-credit.ron)"
done
rm -rf "$data"

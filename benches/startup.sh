#!/usr/bin/env bash
# Whole-process figures: time to the first frame on screen (the program exits
# then, with --quit-after-first-frame), peak memory (RSS) and binary size, for
# the app and for the floor: a bare eframe window with the same renderer
# (examples/bare_window.rs). Median of RUNS cold runs (default 10) each.
# Usage: benches/startup.sh [TARGET_DIR]   (default: target; needs xvfb and GNU time)
#   cargo build --release --bin closereader --example bare_window
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-target}
app=$target/release/closereader
floor=$target/release/examples/bare_window
runs=${RUNS:-10}
display=:95
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
data=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$data"' EXIT
export DISPLAY=$display XDG_DATA_HOME=$data CLOSEREADER_DATA_DIR=$data/work
sleep 1

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# measure NAME COMMAND...: prints "NAME seconds MiB"
measure() {
  local name=$1; shift
  local times=() rss=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$data/time" -f '%e %M' "$@" --quit-after-first-frame >/dev/null 2>&1
    times+=("$(cut -d' ' -f1 "$data/time" | tail -1)")
    rss+=("$(cut -d' ' -f2 "$data/time" | tail -1)")
  done
  echo "$name $(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${rss[@]}" | median | awk '{printf "%.0f", $1/1024}')"
}

size() { awk "BEGIN{printf \"%.1f\", $(stat -c %s "$1")/1048576}"; }
echo "binary: $(size "$app") MB (app), $(size "$floor") MB (bare window)"
read -r _ ft fm < <(measure floor "$floor")
printf '%-34s %6s s %5s MiB\n' "bare eframe window (floor)" "$ft" "$fm"
for what in start lesson; do
  if [ "$what" = start ]; then read -r _ t m < <(measure app "$app"); label="app, start screen"
  else read -r _ t m < <(measure app "$app" lessons/social-credit.ron); label="app, given the bundled lesson"; fi
  printf '%-34s %6s s %5s MiB   (%s× the floor, floor + %s MiB)\n' "$label" "$t" "$m" \
    "$(awk "BEGIN{printf \"%.2f\", $t/$ft}")" "$((m - fm))"
done

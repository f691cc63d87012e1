#!/usr/bin/env bash
# Whole-process figures: time to the first frame on screen (the program exits
# then, with --quit-after-first-frame), peak memory (RSS) and binary size, for
# the app and for the floor: a bare eframe window with the same renderer
# (examples/bare_window.rs). Median of RUNS cold runs (default 10) each.
# The time runs from starting the process to its exit right after the first
# frame; the floor has the same start and teardown, so the ratio is fair.
# Last, the peak memory with the bundled lesson open on screen (the name is
# confirmed with Enter, through xdotool and matchbox-window-manager).
# Usage: benches/startup.sh [TARGET_DIR]   (default: target; needs xvfb, GNU
# time, matchbox-window-manager and xdotool)
#   cargo build --release --bin closereader --example bare_window
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-target}
app=$target/release/closereader
floor=$target/release/examples/bare_window
runs=${RUNS:-10}
. benches/display.sh
start_display :95

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# measure NAME COMMAND...: prints "NAME seconds MiB"
measure() {
  local name=$1; shift
  local times=() rss=()
  for _ in $(seq "$runs"); do
    # Wall time in milliseconds from date (GNU time's %e has 10 ms steps);
    # GNU time gives the peak RSS.
    local start end
    start=$(date +%s%N)
    /usr/bin/time -o "$data/time" -f '%M' "$@" --quit-after-first-frame >/dev/null 2>&1
    end=$(date +%s%N)
    times+=("$(awk "BEGIN{printf \"%.3f\", ($end-$start)/1e9}")")
    rss+=("$(tail -1 "$data/time")")
  done
  echo "$name $(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${rss[@]}" | median | awk '{printf "%.1f", $1/1024}')"
}

size() { local bytes; bytes=$(stat -c %s "$1"); echo "$bytes bytes ($(awk "BEGIN{printf \"%.2f\", $bytes/1e6}") MB)"; }
echo "binary: $(size "$app") (app), $(size "$floor") (bare window)"
read -r _ ft fm < <(measure floor "$floor")
printf '%-34s %6s s %7s MiB\n' "bare eframe window (floor)" "$ft" "$fm"
for what in start lesson; do
  if [ "$what" = start ]; then read -r _ t m < <(measure app "$app"); label="app, start screen"
  else read -r _ t m < <(measure app "$app" lessons/social-credit.ron); label="app, given the bundled lesson"; fi
  printf '%-34s %6s s %7s MiB   (%s× the floor, floor + %s MiB)\n' "$label" "$t" "$m" \
    "$(awk "BEGIN{printf \"%.2f\", $t/$ft}")" "$(awk "BEGIN{printf \"%.1f\", $m-$fm}")"
done

# Peak memory with the bundled lesson open, after 3 s on screen.
mkdir -p "$data/closereader"
printf '{"closereader-settings":"(theme:Light,text_scale:1.0,recent_names:[\\"Bench\\"])"}' > "$data/closereader/app.ron"
matchbox-window-manager -use_titlebar no >/dev/null 2>&1 &
wm=$!
peaks=()
for _ in $(seq 3); do
  "$app" lessons/social-credit.ron >/dev/null 2>&1 &
  pid=$!
  sleep 1.5
  xdotool type Bench; xdotool key Return
  sleep 3
  peaks+=("$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
kill $wm 2>/dev/null || true
peak=$(printf '%s\n' "${peaks[@]}" | median | awk '{printf "%.1f", $1/1024}')
printf '%-34s %8s %7s MiB   (floor + %s MiB)\n' "app, bundled lesson open" "" "$peak" "$(awk "BEGIN{printf \"%.1f\", $peak-$fm}")"

#!/usr/bin/env bash
# Start-up and memory of two (or more) builds, run alternately so that each
# sees the same machine: per round, for each build, the floor (the bare
# window), the app's start screen and the app given the bundled lesson, each
# to its first frame (--quit-after-first-frame). Prints medians: time as a
# ratio to that build's floor, peak memory (GNU time) above it.
# Usage: benches/startup_compare.sh DIR...   (each DIR holds
#   release/closereader and release/examples/bare_window; ROUNDS=15)
# Needs xvfb and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-15}
. benches/display.sh
start_display :96
results=$data/results
run() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -o "$data/time" -f '%M' "$@" --quit-after-first-frame >/dev/null 2>&1
  end=$(date +%s%N)
  echo "$(((end - start) / 1000000)) $(tail -1 "$data/time")"
}
for _ in $(seq "$rounds"); do
  for dir in "$@"; do
    echo "$dir floor $(run "$dir/release/examples/bare_window")" >> "$results"
    echo "$dir start $(run "$dir/release/closereader")" >> "$results"
    echo "$dir lesson $(run "$dir/release/closereader" lessons/social-credit.ron)" >> "$results"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for dir in "$@"; do
  pick() { awk -v d="$dir" -v k="$1" -v c="$2" '$1 == d && $2 == k {print $c}' "$results" | median; }
  ft=$(pick floor 3); fm=$(pick floor 4)
  echo "$dir: floor $ft ms, $(awk "BEGIN{printf \"%.1f\", $fm/1024}") MiB"
  for what in start lesson; do
    t=$(pick "$what" 3); m=$(pick "$what" 4)
    echo "  $what: $(awk "BEGIN{printf \"%.2f× the floor, floor + %.1f MiB\", $t/$ft, ($m-$fm)/1024}")"
  done
done

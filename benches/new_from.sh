#!/usr/bin/env bash
# `closereader new --from`: time to draft a lesson from transcripts with
# 25,000 to 200,000 speaker markers (NAME: at the start of a line, and a
# bracketed [NEWS CLIP] voice on each), to show it grows linearly. Median of
# RUNS runs each. Usage: benches/new_from.sh [TARGET_DIR]
#   cargo build --release --bin closereader
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-target}
bin=$target/release/closereader
runs=${RUNS:-5}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for markers in 25000 50000 100000 200000; do
  awk -v n=$((markers / 2)) 'BEGIN { for (i = 0; i < n; i++) printf "%s: line %d says little. [NEWS CLIP] a clip\n", (i % 2 ? "AMIRA" : "BEN"), i }' > "$dir/t.txt"
  for _ in $(seq "$runs"); do
    rm -f "$dir/l.ron"
    start=$(date +%s%N)
    "$bin" new "$dir/l.ron" --from "$dir/t.txt" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
  done | median | xargs printf "%7d markers: %s ms (median of $runs)\n" "$markers"
done

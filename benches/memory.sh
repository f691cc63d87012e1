#!/usr/bin/env bash
# Peak memory (RSS) of decoding the worst lesson picture: an 8192×8192 PNG at
# 16 bits a channel (a 535 KB file). "new" is how the app decodes it (row by
# row, scaled to 2048×2048 as it is read); "whole" is how versions before
# issue 23 did (the whole picture, then scaled down). Median of RUNS runs.
# Usage: benches/picture_memory.sh [TARGET_DIR]   (needs GNU time)
#   cargo build --release --example decode_picture --example long_answer_memory
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-target}
bin=$target/release/examples/decode_picture
runs=${RUNS:-5}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bin" make-deep "$dir/deep.png"
echo "picture: $(stat -c %s "$dir/deep.png") bytes, 8192×8192, RGBA, 16 bits a channel"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for mode in new whole; do
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$dir/time" -f '%M %e' "$bin" "$mode" "$dir/deep.png" >/dev/null
    cat "$dir/time"
  done > "$dir/$mode"
  rss=$(awk '{print $1}' "$dir/$mode" | median)
  secs=$(awk '{print $2}' "$dir/$mode" | median)
  echo "$mode: peak $((rss / 1024)) MiB, $secs s (median of $runs)"
done

# A 3.9 MB answer on a class page: laid out whole (before) or a part at a
# time (now). The example prints its own peak (VmHWM).
answer=$target/release/examples/long_answer_memory
if [ -x "$answer" ]; then
  for mode in part whole; do
    echo "3.9 MB answer, $mode: $("$answer" "$mode")"
  done
fi

#!/usr/bin/env bash
# Issue 30: peak memory (GNU time) and time to first frame of one build, on the
# start screen with no names (Latin fonts only) and with recent names in every
# bundled script (all on-demand fonts loaded in the first frame); RUNS each (5).
# Usage: benches/scripts_memory.sh PATH/TO/closereader   (needs xvfb, GNU time)
set -euo pipefail
app=$1; runs=${RUNS:-5}
Xvfb :92 -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
export DISPLAY=:92; sleep 1
for what in latin all; do
  data=$(mktemp -d); export XDG_DATA_HOME=$data CLOSEREADER_DATA_DIR=$data/work
  mkdir -p "$data/closereader"
  if [ $what = all ]; then
    printf '{"closereader-settings":"(theme:Light,text_scale:1.0,recent_names:[\\"محمد Al-Farsi\\",\\"דוד כהן\\",\\"प्रिया शर्मा\\",\\"สมชาย ใจดี\\",\\"陈小明\\",\\"Lee 😀\\"])"}' > "$data/closereader/app.ron"
  fi
  for _ in $(seq $runs); do
    s=$(date +%s%N); /usr/bin/time -o $data/t -f %M "$app" --quit-after-first-frame >/dev/null 2>&1; e=$(date +%s%N)
    echo "$what $(awk "BEGIN{printf \"%.3f\", ($e-$s)/1e9}") $(( $(tail -1 $data/t) / 1024 ))"
  done
done

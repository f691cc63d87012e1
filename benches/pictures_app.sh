#!/usr/bin/env bash
# Peak memory of the real program flipping through a lesson whose six
# sections each show an 8192×8192 16-bit PNG (the worst picture a lesson may
# hold), under Xvfb: `preview` opens the lesson, Ctrl+Page Down goes to the
# next section every 2 s, GNU time reports the peak resident memory.
# Usage: benches/pictures_app.sh [TARGET_DIR]  (needs xvfb, xdotool, GNU time,
# matchbox-window-manager)
#   cargo build --release --bin closereader --example decode_picture
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-target}
app=$target/release/closereader
. benches/display.sh
start_display :94
dir=$data
matchbox-window-manager -use_titlebar no >/dev/null 2>&1 &
wm=$!
trap 'kill $xvfb $wm 2>/dev/null; rm -rf "$dir"' EXIT
for n in 1 2 3 4 5 6; do
  "$target/release/examples/decode_picture" make-deep "$dir/p$n.png"
done
python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
src = open('tests/base-lesson.ron').read()
head = src[:src.index('sections: [')]
sections = ''.join(f'''        Section(id: "s{n}", title: "Part {n}",
            image: (path: "p{n}.png", alt: "A large picture {n}."),
            passages: [Passage(id: "s{n}-1", speaker: "narrator", text: "Part {n} of the claim.")],
            prompts: [Open(id: "q{n}", text: "What is the claim?")],
        ),
''' for n in range(1, 7))
open(f'{d}/lesson.ron', 'w').write(head + 'sections: [\n' + sections + '    ],\n)\n')
PY
/usr/bin/time -o "$dir/time" -f '%M' "$app" preview "$dir/lesson.ron" --quit-after 16 >/dev/null 2>&1 &
app_pid=$!
sleep 3
for _ in 1 2 3 4 5; do xdotool key ctrl+Next; sleep 2; done
wait "$app_pid"
echo "six sections with an 8192×8192 16-bit picture each: peak $(( $(cat "$dir/time") / 1024 )) MiB"

#!/usr/bin/env bash
# Opens the exports as a teacher would and checks what a teacher sees:
# - the Word export through LibreOffice to PDF, then its pages to PNG
#   (docs/export-docx.png is page 1 of this);
# - the web page in headless Chromium at a phone's 390 px and at 1280 px,
#   with screenshots, failing if the page scrolls sideways on the phone.
# The work exported is the export tests' fixture (tests/export/fixture.ron on
# tests/base-lesson.ron): hostile text, right-to-left and CJK answers.
#
# Needs Debian's libreoffice-writer-nogui, poppler-utils and chromium:
#   apt-get install -y libreoffice-writer-nogui poppler-utils chromium
# Usage: scripts/export-preview.sh [PROGRAM] [OUT-DIR]
#   (default: target/release/closereader, and a new temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-target/release/closereader}
out=${2:-$(mktemp -d)}
mkdir -p "$out"
data=$out/data

# Put the fixture work file where the store looks for it: <lesson id>-<hash>/
# <student>-<hash>.ron, with the store's FNV-1a hash (src/hash.rs).
python3 - "$data" <<'EOF'
import re, shutil, sys
def fnv(text):
    h = 0xcbf29ce484222325
    for b in text.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
    return f"{h:016x}"
def stem(name):
    readable = "-".join(p for p in re.split(r"[^a-z0-9]+", name.lower()) if p)[:40] or "student"
    return f"{readable}-{fnv(name)[:8]}"
folder = f"{sys.argv[1]}/base-{fnv('base')[:8]}"
import os
os.makedirs(folder, exist_ok=True)
shutil.copy("tests/export/fixture.ron", f"{folder}/{stem('Amira <K>')}.ron")
EOF

export_as() { # FORMAT FILE [OPTIONS...]
  local format=$1 file=$2; shift 2
  "$app" export --student "Amira <K>" --lesson tests/base-lesson.ron --format "$format" \
    --data-dir "$data" -o "$out/$file" --overwrite "$@" >/dev/null
}
export_as docx student.docx
export_as docx teacher.docx --teacher --comment-space
export_as html student.html

# Word → PDF → PNG pages, as LibreOffice lays them out.
for name in student teacher; do
  soffice --headless --convert-to pdf --outdir "$out" "$out/$name.docx" >/dev/null 2>&1
  pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name-page"
  echo "$name.docx: $(pdfinfo "$out/$name.pdf" | awk '/^Pages/ {print $2}') pages -> $out/$name-page-*.png"
done

# The web page on a phone and on a laptop. Headless Chromium lays pages out
# at least 500 px wide, so each copy pins the page to the width under test
# and reports in its title where its rightmost content ends (read back with
# --dump-dom); past the pinned width, a phone would scroll sideways.
browser() { chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$out/chromium" "$@" 2>/dev/null; }
status=0
for width in 390 1280; do
  sed -e "s|</head>|<style>html { width: ${width}px; }</style></head>|" \
      -e 's|</body>|<script>var r = document.createRange(); r.selectNodeContents(document.body); document.title = Math.ceil(Math.max(...Array.from(r.getClientRects(), b => b.right)));</script></body>|' \
    "$out/student.html" > "$out/at-$width.html"
  browser --window-size=$width,900 --screenshot="$out/html-$width.png" "file://$out/at-$width.html"
  scroll=$(browser --window-size=$width,900 --dump-dom "file://$out/at-$width.html" \
    | sed -n 's|.*<title>\([0-9]*\)</title>.*|\1|p')
  if [ "${scroll:-0}" -gt "$width" ]; then
    echo "html at $width px: the content is $scroll px wide: it scrolls sideways"; status=1
  else
    echo "html at $width px: content $scroll px wide, no sideways scrolling -> $out/html-$width.png"
  fi
done
exit $status

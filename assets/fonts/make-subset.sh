#!/usr/bin/env bash
# Rebuilds NotoSansSC-Subset.otf: Noto Sans CJK SC (SIL OFL 1.1, see OFL.txt)
# cut down to the 6,763 characters of GB2312 (nearly all modern Simplified
# Chinese text), Latin with pinyin tone marks, Vietnamese, general punctuation, arrows,
# circled numbers, shapes, symbols (✓ ★ ⚠), CJK punctuation, kana and full-width forms. 1.5 MB instead of 16 MB.
# Then cuts NotoSansSC-Interface.otf (50 KB) out of it: the Latin, Vietnamese,
# punctuation, arrows and symbols the interface itself shows, and the names of
# the languages on offer ("中文（简体）"). That one is loaded at start; the whole
# Chinese font only when Chinese text is first shown (src/ui/fonts.rs).
# Arabic, Hebrew, Devanagari, Thai and emoji: make-script-subsets.sh.
# Needs: Debian's fonts-noto-cjk, and fonttools (pip install fonttools).
set -euo pipefail
cd "$(dirname "$0")"
chars=$(mktemp)
python3 - "$chars" <<'PY'
import sys
chars = set()
for hi in range(0xB0, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
ranges = [(0x20, 0x250), (0x1E00, 0x1F00), (0x2000, 0x2070), (0x2190, 0x2200), (0x2460, 0x2500), (0x25A0, 0x2800), (0x3000, 0x3100), (0xFF00, 0xFFF0)]
extra = "".join(chr(c) for lo, hi in ranges for c in range(lo, hi))
open(sys.argv[1], "w").write("".join(sorted(chars)) + extra)
PY
# Font number 2 in the collection is the Simplified Chinese (SC) face.
pyftsubset /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc --font-number=2 \
  --text-file="$chars" --output-file=NotoSansSC-Subset.otf \
  --no-hinting --layout-features='' --name-IDs='*' --name-legacy
rm "$chars"
# Add a language's name here when a language is added (src/words.rs).
language_names='中文（简体）'
pyftsubset NotoSansSC-Subset.otf --text="$language_names" \
  --unicodes='U+00A0-024F,U+1E00-1EFF,U+2000-206F,U+2190-21FF,U+2460-24FF,U+25A0-27BF,U+2318' \
  --output-file=NotoSansSC-Interface.otf \
  --no-hinting --layout-features='' --name-IDs='*' --name-legacy

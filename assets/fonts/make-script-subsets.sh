#!/usr/bin/env bash
# Rebuilds the fonts for scripts other than Latin and Chinese, each loaded only
# when text in its script is first shown (src/ui/fonts.rs):
#   NotoSansArabic-Subset.ttf      Arabic, Arabic Supplement/Extended-A and the
#                                  presentation forms (Persian and Urdu letters too)
#   NotoSansHebrew-Subset.ttf      Hebrew with points and cantillation
#   NotoSansDevanagari-Subset.ttf  Devanagari (Hindi, Marathi, Nepali), the
#                                  Vedic extensions and the rupee sign
#   NotoSansThai-Subset.ttf        Thai
#   NotoEmoji-Subset.ttf           every emoji of egui's monochrome Noto Emoji
#                                  (faces, hands, hearts, animals, food, flags' letters…)
# All SIL OFL 1.1 (Google; see OFL-Noto.txt). Layout features are kept (the
# scripts need them to join letters and place marks); hinting is dropped, as
# egui does not use it. ZWJ/ZWNJ and the dotted circle (shown under a lone mark)
# come with each script.
# Needs: Debian's fonts-noto-core, fonttools (pip install fonttools), and egui's
# epaint_default_fonts crate in ~/.cargo/registry (any cargo build fetches it).
set -euo pipefail
cd "$(dirname "$0")"
noto=/usr/share/fonts/truetype/noto
subset() { # font, code points, output
  pyftsubset "$1" --unicodes="$2" --layout-features='*' --no-hinting \
    --name-IDs='*' --name-legacy --output-file="$3"
}
joiners='U+200C-200F,U+25CC'
subset $noto/NotoSansArabic-Regular.ttf "U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF,$joiners" NotoSansArabic-Subset.ttf
subset $noto/NotoSansHebrew-Regular.ttf "U+0590-05FF,U+FB1D-FB4F,$joiners" NotoSansHebrew-Subset.ttf
subset $noto/NotoSansDevanagari-Regular.ttf "U+0900-097F,U+A8E0-A8FF,U+1CD0-1CFF,U+20B9,$joiners" NotoSansDevanagari-Subset.ttf
subset $noto/NotoSansThai-Regular.ttf "U+0E00-0E7F,$joiners" NotoSansThai-Subset.ttf
emoji=$(ls ~/.cargo/registry/src/*/epaint_default_fonts-0.37.*/fonts/NotoEmoji-Regular.ttf | tail -n 1)
subset "$emoji" '*' NotoEmoji-Subset.ttf
ls -l Noto*-Subset.ttf

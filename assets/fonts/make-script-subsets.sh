#!/usr/bin/env bash
# Rebuilds the fonts for scripts other than Latin and Chinese, each loaded only
# when text in its script is first shown (src/ui/fonts.rs):
#   NotoSansArabic-Subset.ttf      Arabic, Arabic Supplement/Extended-A and the
#                                  presentation forms (Persian and Urdu letters too)
#   NotoSansHebrew-Subset.ttf      Hebrew with points and cantillation
#   NotoSansDevanagari-Subset.ttf  Devanagari (Hindi, Marathi, Nepali), the
#                                  Vedic extensions and the rupee sign
#   NotoSansThai-Subset.ttf        Thai
#   NotoEmoji-Subset.ttf           235 common emoji from egui's monochrome Noto
#                                  Emoji: every face, hands, hearts, people, stars,
#                                  dingbats (✅ ❌ ☀ ✨), flag letters and a few
#                                  objects (101 KB; all 887 would be 411 KB).
#                                  Every other emoji is shown by name: run
#                                  make-emoji-names.py after changing this.
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
faces='U+1F600-1F64F,U+1F440-1F450,U+1F466-1F469,U+1F490-1F49F,U+1F590,U+1F595,U+1F596'
symbols='U+2600-27BF,U+2B50,U+2B55,U+1F1E6-1F1FF'
objects='U+1F4A1,U+1F4AA,U+1F4AF,U+1F525,U+1F389,U+1F38A,U+1F381,U+1F31F,U+1F308,U+1F31E,U+1F680,U+1F3C6,U+1F436,U+1F431,U+1F34E,U+1F355,U+1F4DA,U+1F4D6,U+1F3B5,U+1F3B6,U+1F3AE,U+1F3C0,U+26BD'
subset "$emoji" "$faces,$symbols,$objects" NotoEmoji-Subset.ttf
ls -l Noto*-Subset.ttf

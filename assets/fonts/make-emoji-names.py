#!/usr/bin/env python3
"""Writes assets/emoji-names.txt: every emoji no font the app bundles can draw,
with its short English name, so the app shows "Lee [frog]" rather than a box
that would make "Lee 🐸" and "Lee 🦊" look the same (src/emoji_names.rs).
Also writes tests/emoji/drawn.txt, the emoji the fonts do draw, which a test
renders to check that every emoji shows as a glyph or a name.

Run it again after changing a font in assets/fonts/ or egui's version.
Needs: pip install emoji fonttools; egui's epaint_default_fonts crate in
~/.cargo/registry (any cargo build fetches it).
"""
import glob
import os

import emoji
from fontTools.ttLib import TTFont

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
# The fonts of egui's Proportional family, in which names are shown: egui's
# Ubuntu Light and icons (eframe's `default_fonts` feature; no emoji fonts:
# that is `monochrome_emoji_fonts`, which the app does not turn on), and the
# app's own but Atkinson Hyperlegible, which is only there when chosen.
# (Hack, egui's monospace font, has more arrows, but names never use it.)
egui = sorted(glob.glob(os.path.expanduser(
    "~/.cargo/registry/src/*/epaint_default_fonts-0.37.*/fonts/")))[-1]
fonts = glob.glob(os.path.join(here, "Noto*.ttf")) + glob.glob(os.path.join(here, "Noto*.otf"))
fonts += [os.path.join(egui, f) for f in ("Ubuntu-Light.ttf", "egui-icons.ttf")]
drawn = set()
for font in fonts:
    drawn |= set(TTFont(font).getBestCmap())

# Every code point that is part of an emoji (emoji 2.x's list, with sequences
# taken apart), but for plain ASCII (digits, #, *), the variation selector
# and the tag characters of the subdivision flags (the app leaves those out).
names = {}
for sequence, data in emoji.EMOJI_DATA.items():
    parts = [c for c in sequence if ord(c) > 0x7F and c != "\ufe0f"]
    for c in parts:
        if 0xE0020 <= ord(c) <= 0xE007F:
            continue
        own = emoji.EMOJI_DATA.get(c) or emoji.EMOJI_DATA.get(c + "\ufe0f")
        name = own["en"].strip(":").replace("_", " ").replace("\u2019", "'") if own else None
        if c == "\u20e3":
            name = "keycap"
        names.setdefault(ord(c), name)

with open(os.path.join(root, "assets", "emoji-names.txt"), "w", encoding="utf-8") as out:
    out.write("# Emoji no bundled font draws, and the name shown instead.\n")
    out.write("# Made by assets/fonts/make-emoji-names.py; do not edit.\n")
    for code in sorted(c for c in names if c not in drawn):
        name = names[code]
        assert name and all(ord(ch) < 0x250 for ch in name), (hex(code), name)
        out.write(f"{code:X} {name}\n")
with open(os.path.join(root, "tests", "emoji", "drawn.txt"), "w", encoding="utf-8") as out:
    out.write("# Emoji a bundled font draws. Made by assets/fonts/make-emoji-names.py.\n")
    for code in sorted(c for c in names if c in drawn):
        out.write(f"{code:X}\n")

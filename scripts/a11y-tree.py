#!/usr/bin/python3
"""Reads Close Reader's accessibility tree as a screen reader (Orca) does,
over AT-SPI, and lists what a screen-reader user would hear. Run it through
scripts/a11y-check.sh, which starts Xvfb, a private D-Bus session, the AT-SPI
bus and the app.

Usage: a11y-tree.py LABEL [--dump] [--english-left CODE]
       a11y-tree.py LABEL --press WORD-ID [--lang CODE]
Prints the focusable nodes with their role and name (a drop-down list's
value after it), then a summary line `LABEL: N focusable, M unnamed` (and
`K drop-down lists, 0 without a value`). Exits 1 when any focusable node is
unnamed or any drop-down list has no value.
With --english-left CODE (the app running in that language), also lists every
name that is one of the app's English words where CODE's tables have other
words, and exits 1 if there is any: the interface left untranslated.
With --press WORD-ID, presses the control named with that word of the app's
tables (in CODE's words, or English) instead, as a screen reader does: the
check script reaches the class view's pages this way, whatever their order.
"""

import glob
import os
import re
import sys
import time

import pyatspi

FOCUSABLE = pyatspi.STATE_FOCUSABLE


def find_app(name="closereader", tries=40):
    for _ in range(tries):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and name in (app.name or "").lower().replace(" ", ""):
                return app
        time.sleep(0.25)
    return None


def walk(node, depth=0, out=None):
    if out is None:
        out = []
    if node is None or depth > 60:
        return out
    out.append(node)
    for i in range(node.childCount):
        try:
            walk(node.getChildAtIndex(i), depth + 1, out)
        except Exception:  # a node can vanish while the tree is read
            pass
    return out


def plain_words(code):
    """The app's words in CODE with no arguments: message values and
    attributes, as {id: text}."""
    words, current = {}, None
    root = os.path.join(os.path.dirname(__file__), "..", "assets", "words", code)
    for path in sorted(glob.glob(os.path.join(root, "*.ftl"))):
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            m = re.match(r"^([a-z][a-z0-9-]*) =(.*)$", line)
            if m:
                current = m.group(1)
                text = m.group(2).strip()
                if text and "{" not in text:
                    words[current] = text
                continue
            m = re.match(r"^\s+\.([a-z][a-z0-9-]*) = (.*)$", line)
            if m and current and "{" not in m.group(2):
                words[f"{current}.{m.group(1)}"] = m.group(2).strip()
    return words


def lesson_texts():
    """Every quoted string of the lessons shipped: the lesson's own words
    (its speakers, tags, titles) stay as the teacher wrote them."""
    root = os.path.join(os.path.dirname(__file__), "..", "lessons")
    texts = set()
    for path in glob.glob(os.path.join(root, "*.ron")):
        texts.update(re.findall(r'"((?:[^"\\]|\\.)*)"', open(path, encoding="utf-8").read()))
    return texts


def english_left(names, code):
    english, translated = plain_words("en"), plain_words(code)
    theirs = set(translated.values())
    lesson = lesson_texts()
    left = set()
    for name in names:
        if name in lesson:
            continue
        for key, text in english.items():
            if name == text and translated.get(key, text) != text and name not in theirs:
                left.add(name)
    return sorted(left)


def press(app, word_id, code):
    """Presses the node named with the app's word WORD_ID in
    CODE, as a screen reader's "activate" does (AT-SPI's first action,
    which AccessKit turns into a click), after giving it the keyboard."""
    name = plain_words(code).get(word_id) or plain_words("en").get(word_id)
    for node in walk(app):
        try:
            if (node.name or "").strip() != name:
                continue
            # An option of a radio group is not a Tab stop of its own: the
            # group is; a click chooses it all the same.
            if node.getState().contains(FOCUSABLE):
                node.queryComponent().grabFocus()
            node.queryAction().doAction(0)
            return 0
        except Exception as why:
            print(f"pressing {name!r}: {why}", file=sys.stderr)
            return 1
    print(f"no node named {name!r} ({word_id})", file=sys.stderr)
    return 1


def main():
    label = sys.argv[1] if len(sys.argv) > 1 else "screen"
    dump = "--dump" in sys.argv
    app = find_app()
    if app is None:
        print(f"{label}: the app is not on the accessibility bus", file=sys.stderr)
        return 2
    if "--press" in sys.argv:
        code = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "en"
        return press(app, sys.argv[sys.argv.index("--press") + 1], code)
    focusable, unnamed = 0, []
    combos, no_value = 0, []
    for node in walk(app):
        try:
            states = node.getState()
            role = node.getRoleName()
            name = (node.name or "").strip()
        except Exception:
            continue
        if dump:
            print(f"  {role:20} {name!r}")
        if states.contains(FOCUSABLE):
            focusable += 1
            try:
                x, y, w, h = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            except Exception:
                x = y = w = h = -1
            focused = " (focused)" if states.contains(pyatspi.STATE_FOCUSED) else ""
            value = ""
            if role == "combo box":
                # What Orca says after the name: the chosen option.
                value = (node.description or "").strip()
                combos += 1
                if not value:
                    no_value.append(name)
                value = f" = {value!r}"
            print(f"{label}: {role}: {name!r}{value} at {x},{y} {w}x{h}{focused}")
            if not name:
                unnamed.append(role)
    print(f"{label}: {focusable} focusable, {len(unnamed)} unnamed")
    if combos:
        print(f"{label}: {combos} drop-down lists, {len(no_value)} without a value")
    if "--english-left" in sys.argv:
        code = sys.argv[sys.argv.index("--english-left") + 1]
        names = []
        for node in walk(app):
            try:
                names.append((node.name or "").strip())
            except Exception:
                continue
        left = english_left(names, code)
        for name in left:
            print(f"{label}: English left in {code}: {name!r}")
        print(f"{label}: {len(left)} English names left in {code}")
        if left:
            return 1
    return 1 if unnamed or no_value else 0


if __name__ == "__main__":
    sys.exit(main())

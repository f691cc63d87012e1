#!/usr/bin/python3
"""Reads Close Reader's accessibility tree as a screen reader (Orca) does,
over AT-SPI, and lists what a screen-reader user would hear. Run it through
scripts/a11y-check.sh, which starts Xvfb, a private D-Bus session, the AT-SPI
bus and the app.

Usage: a11y-tree.py LABEL [--dump]
Prints the focusable nodes with their role and name, then a summary line
`LABEL: N focusable, M unnamed`. Exits 1 when any focusable node is unnamed.
"""

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


def main():
    label = sys.argv[1] if len(sys.argv) > 1 else "screen"
    dump = "--dump" in sys.argv
    app = find_app()
    if app is None:
        print(f"{label}: the app is not on the accessibility bus", file=sys.stderr)
        return 2
    focusable, unnamed = 0, []
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
            print(f"{label}: {role}: {name!r} at {x},{y} {w}x{h}{focused}")
            if not name:
                unnamed.append(role)
    print(f"{label}: {focusable} focusable, {len(unnamed)} unnamed")
    return 1 if unnamed else 0


if __name__ == "__main__":
    sys.exit(main())

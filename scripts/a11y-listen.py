#!/usr/bin/python3
"""Listens, as a screen reader does, for what Close Reader says without the
focus moving: AT-SPI `object:announcement` events (AccessKit sends one when
a live region's text changes), and text and name changes on nodes. Run it
through scripts/a11y-check.sh, which starts it before a hand-in and an
export and prints what it heard.

Usage: a11y-listen.py LABEL SECONDS
Prints one line per event heard from the app (`announcement (polite):
Handed in at 10:42. …`), then `LABEL: N announcements, M other changes`.
Exits 1 when no announcement was heard.
"""

import sys

import pyatspi
from gi.repository import GLib

EVENTS = [
    "object:announcement",
    "object:text-changed:insert",
    "object:property-change:accessible-name",
]


def from_app(event):
    try:
        app = event.source.getApplication()
        return "closereader" in (app.name or "").lower().replace(" ", "")
    except Exception:  # the node may be gone already
        return False


def main():
    label, seconds = sys.argv[1], float(sys.argv[2])
    heard = {"announcement": 0, "other": 0}
    seen = set()

    def listen(event):
        if not from_app(event):
            return
        kind = event.type
        if kind.startswith("object:announcement"):
            politeness = {1: "polite", 2: "assertive"}.get(event.detail1, str(event.detail1))
            text = event.any_data if isinstance(event.any_data, str) else str(event.any_data)
            heard["announcement"] += 1
            print(f"  announcement ({politeness}): {text}", flush=True)
            return
        try:
            role = event.source.getRoleName()
            name = event.source.name or ""
        except Exception:
            return
        text = event.any_data if isinstance(event.any_data, str) else name
        key = (kind, role, text)
        if key in seen or not text.strip():
            return
        seen.add(key)
        heard["other"] += 1
        print(f"  {kind} on {role}: {text[:160]}", flush=True)

    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(listen, kind)
    GLib.timeout_add(int(seconds * 1000), lambda: pyatspi.Registry.stop() or False)
    pyatspi.Registry.start()
    print(
        f"{label}: {heard['announcement']} announcements, {heard['other']} other changes",
        flush=True,
    )
    sys.exit(0 if heard["announcement"] else 1)


if __name__ == "__main__":
    main()

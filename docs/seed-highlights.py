"""Writes a work file with a few highlights on the bundled lesson's first
section, for docs/screenshots.sh. Usage: seed-highlights.py DATA_DIR STUDENT [reader]

With `reader`, the work is on section 3 instead: a highlight in the source card
"Flight and train bans: reports from 2017 to 2019" and the claim trace citing it."""
import os
import re
import sys


def fnv(data: bytes) -> str:
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


data, student = sys.argv[1], sys.argv[2]
reader = sys.argv[3:] == ["reader"]
lesson = open(os.path.join(os.path.dirname(__file__), "..", "lessons", "social-credit.ron"), encoding="utf-8").read()
marks = [
    ("opening-2", "scary dystopian surveillance program", "loaded", "Three scary words in a row"),
    ("opening-2", "George Orwell's book '1984'", "source", ""),
    ("opening-6", "watches every single thing that you do", "claim", "Who says so?"),
]
if reader:
    marks = [
        ("penalties-2", "You could be banned from flying", "claim", ""),
        ("bans-3", "not aimed at people with ‘low credit scores’", "evidence", "Specific acts, not a score"),
    ]
highlights = []
for n, (passage, quote, tag, comment) in enumerate(marks, 1):
    text = re.search(r'id: "%s",\s*(?:speaker: "[^"]*",\s*)?text: "((?:[^"\\]|\\.)*)"' % passage, lesson).group(1)
    start = len(text[: text.index(quote)])
    highlights.append(
        f'(id: "h{n}", passage: "{passage}", start: {start}, end: {start + len(quote)}, '
        f'quote: "{quote}", tag: "{tag}", comment: "{comment}")'
    )
answers, section = "", "opening"
if reader:
    section = "penalties"
    answers = (
        'answers: {"penalties-trace": (text: "1. The narrator says people could be banned from flying. '
        '2. The reports say people were banned for specific acts, such as carrying dangerous goods, not for a low score.", '
        'cited: ["bans-3"], highlights: ["h2"])}, '
    )
work = (
    f'(format: 1, app_version: "docs", lesson_id: "social-credit", lesson_hash: "", student: "{student}", '
    f'saved_at: "2026-11-26T10:00:00Z", work: ({answers}highlights: [{", ".join(highlights)}], '
    f'current_section: Some("{section}")))'
)
folder = os.path.join(data, f"social-credit-{fnv(b'social-credit')[:8]}")
os.makedirs(folder, exist_ok=True)
stem = re.sub(r"-+", "-", re.sub(r"[^a-z0-9]", "-", student.lower())).strip("-") or "student"
with open(os.path.join(folder, f"{stem}-{fnv(student.encode())[:8]}.ron"), "w", encoding="utf-8") as f:
    f.write(work)

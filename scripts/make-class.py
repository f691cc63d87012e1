#!/usr/bin/env python3
"""Writes a made-up class's work on the bundled lesson, as a hand-in folder
holds it: for trying the class view by hand, screenshots and benchmarks.

    scripts/make-class.py OUT-DIR [STUDENTS]   (default 30)

The names are hostile on purpose: right-to-left text and a direction
override, mixed directions, CJK, Devanagari, Thai, two names differing only
by an emoji, quotes and commas, text a spreadsheet would run as a formula,
names that make the same file name, and two very long names. Most students
hand in (named as "Hand in" names them); some leave their laptop's work
folder as it is, one has a sync conflict copy, and one file is damaged.
Answers vary so the charts have something to show."""
import pathlib, random, re, sys

root = pathlib.Path(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 30
lesson = (pathlib.Path(__file__).parent.parent / "lessons/social-credit.ron").read_text("utf-8")
prompts = re.findall(r'(Open|Short|Choice|Choices|Rating|Evidence)\(\s*id:\s*"([^"]+)"', lesson)

names = ["Amira K.", "Ben", "陈小明", "שלום כהן", "O'Brien, Pat", 'Zoë "Z" Ng', "=cmd|' /C calc'!A0",
         "Cleo\u202eevil", "a/b", "a:b", "Léa", "Mohammed Al-Farsi", "Nguyễn Văn An", "Ana", "ana",
         "x" * 85 + "1", "x" * 85 + "2", "Priya S.", "Tomás", "Kwame", "Yuki T.", "Olu", "Sam",
         "محمد Al-Farsi", "प्रिया शर्मा", "สมชาย ใจดี", "Lee 🐸", "Lee 🦊", "Sofia", "Wei"]
names += [f"Student {n}" for n in range(len(names), count)]
names = names[:count]

written = ["It calls the Western reports sensational, then plays ominous music itself.",
           "The narrator says \"dystopian\" twice; that word does the arguing.",
           "社会信用体系 is many local systems, not one score.",
           "=HYPERLINK(\"http://evil.example\",\"click\")",
           "I am not sure. The video does not say who made the ratings.",
           "Ohlberg is the only expert, and we never learn who she works for."]

def ron(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'

def stem(name):
    """As src/work/store.rs names a student's file (FNV-1a 64 of the name)."""
    h = 0xcbf29ce484222325
    for byte in name.encode():
        h = ((h ^ byte) * 0x100000001b3) % 2**64
    safe = "-".join(p for p in re.sub(r'[^a-zA-Z0-9]', '-', name).lower().split("-") if p)
    return f"{safe[:40] or 'student'}-{h:016x}"[:len(safe[:40] or 'student') + 9]

# Highlights in the first section: phrases the class tends to mark, with a tag.
passages = dict(re.findall(r'id: "(opening-\d+)",\s*speaker: "[^"]+",\s*text: "([^"]+)"', lesson))
hot = [("opening-2", "scary dystopian", "loaded"), ("opening-2", "surveillance program", "loaded"),
       ("opening-2", "George Orwell's book '1984'", "source"), ("opening-3", "exporting dystopia", "loaded"),
       ("opening-4", "dystopian future", "loaded"), ("opening-5", "digital dictatorship", "loaded"),
       ("opening-6", "watches every single thing that you do", "loaded"),
       ("opening-6", "It’s been painted as", "claim"), ("opening-1", "Chances are", "opinion")]

def highlights(n):
    out = []
    for k, (pid, quote, tag) in enumerate(hot):
        if pid not in passages or quote not in passages[pid] or rng.random() > 0.9 - k * 0.09:
            continue
        text = passages[pid]
        start = len(text[:text.index(quote)])
        comment = ron(rng.choice(["", "", "sounds scary on purpose", "who says so?"]))
        out.append(f'(id: "h{k}", passage: "{pid}", start: {start}, end: {start + len(quote)}, '
                   f'quote: {ron(quote)}, tag: "{tag}", comment: {comment})')
    return ", ".join(out)

rng = random.Random(7)
for n, name in enumerate(names):
    answers = []
    for kind, pid in prompts:
        if rng.random() < 0.15:
            continue  # not answered
        if kind == "Choice":
            answers.append(f'"{pid}": (chosen: [{rng.choice([0, 1, 1, 2])}])')
        elif kind == "Choices":
            answers.append(f'"{pid}": (chosen: [{", ".join(map(str, sorted(rng.sample(range(3), 2))))}])')
        elif kind == "Rating":
            reason = "" if rng.random() < 0.2 else f', text: {ron(rng.choice(written))}'
            answers.append(f'"{pid}": (rating: Some({rng.choice([2, 3, 3, 4, 5])}){reason})')
        else:
            answers.append(f'"{pid}": (text: {ron(rng.choice(written))})')
    text = (f'(format: 1, app_version: "0.1.0", lesson_id: "social-credit", lesson_hash: "h", '
            f'student: {ron(name)}, saved_at: "2026-11-26T10:{n % 60:02d}:00Z", '
            f'work: (answers: {{{", ".join(answers)}}}, highlights: [{highlights(n)}]))')
    if n % 6 == 5:
        folder = root / f"laptop-{n:02d}" / "work" / "social-credit"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{stem(name)}.ron").write_text(text, "utf-8")
    else:
        root.mkdir(parents=True, exist_ok=True)
        (root / f"social-credit--{stem(name)}.ron").write_text(text, "utf-8")
    if n == 1:  # a sync conflict copy, older
        (root / "Ben (conflicted copy).ron").write_text(text.replace("T10:01", "T09:01"), "utf-8")
(root / "damaged.ron").write_text("(format: 1, garb", "utf-8")
print(f"{len(names)} students in {root}")

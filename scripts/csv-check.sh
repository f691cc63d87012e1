#!/usr/bin/env bash
# Opens the class spreadsheet in LibreOffice Calc and checks that every value
# comes back as written: a class of 30 made-up students with hostile names
# and answers (commas, quotes, line breaks, CJK and right-to-left text, and
# answers that a spreadsheet would run as formulas) is collected with
# `closereader class`, read by Calc (headless, as UTF-8 CSV) and written out
# again, and the two are compared cell by cell. A formula would come back as
# its result, so the check also proves none ran.
#
# Needs Debian's libreoffice-calc-nogui:
#   apt-get install -y libreoffice-calc-nogui
# Usage: scripts/csv-check.sh [PROGRAM] [OUT-DIR]
#   (default: target/debug/closereader, and a new temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-target/debug/closereader}
out=${2:-$(mktemp -d)}
mkdir -p "$out/class" "$out/calc"

python3 - "$out/class" <<'EOF'
import sys, pathlib
root = pathlib.Path(sys.argv[1])
def ron(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n').replace('\r', '\\r').replace('\t', '\\t') + '"'
names = ["Amira K.", "Ben", "陈小明", "שלום כהן", "O'Brien, Pat", 'Zoë "Z" Ng', "=cmd|' /C calc'!A0",
         "-1+1", "@SUM(A1)", "+44 7000", "a/b", "a:b", "x" * 90 + "1", "x" * 90 + "2",
         "evil\u202egpj.exe", "Ana", "ana", "Léa", "Mohammed Al-Farsi", "Nguyễn Văn An"]
names += [f"Student {n}" for n in range(len(names), 30)]
answers = ["It says, \"shocking\", twice.\nThen it changes tone.", "=HYPERLINK(\"http://evil.example\",\"click\")",
           "社会信用体系 is not one system", "النص العربي", "\t=1+1", "-5 degrees", "plain"]
for n, name in enumerate(names):
    a = answers[n % len(answers)]
    work = (f'(answers: {{"q1": (text: {ron(a)}), "q3": (chosen: [{n % 2}]), '
            f'"q4": (chosen: [0, 2]), "q5": (rating: Some({1 + n % 5}), text: {ron("because, " + a)})}})')
    text = (f'(format: 1, app_version: "0", lesson_id: "base", lesson_hash: "h", '
            f'student: {ron(name)}, saved_at: "2026-11-26T10:{n:02d}:00Z", work: {work})')
    (root / f"{n}.ron").write_text(text, encoding="utf-8")
EOF

"$app" class "$out/class" --lesson tests/base-lesson.ron --csv "$out/class.csv" --overwrite
# Calc reads the file as UTF-8 CSV (44 = comma, 34 = quote, 76 = UTF-8, from
# line 1) and writes it back the same way.
soffice --headless --infilter="CSV:44,34,76,1" \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' \
  --outdir "$out/calc" "$out/class.csv" > /dev/null

python3 - "$out/class.csv" "$out/calc/class.csv" <<'EOF'
import csv, sys
def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))
ours, calc = rows(sys.argv[1]), rows(sys.argv[2])
assert len(ours) == 31, f"{len(ours)} rows: a header and 30 students"
bad = [(r, c, a, b) for r, (x, y) in enumerate(zip(ours, calc))
       for c, (a, b) in enumerate(zip(x, y)) if a != b]
bad += [("row length", r, len(x), len(y)) for r, (x, y) in enumerate(zip(ours, calc)) if len(x) != len(y)]
for b in bad[:10]:
    print("differs:", b)
formulas = sum(1 for row in ours for cell in row if cell[:1] == "'")
print(f"{len(ours) - 1} students, {len(ours[0])} columns; "
      f"{formulas} cells made inert; {len(bad)} cells differ after LibreOffice Calc")
sys.exit(1 if bad or len(calc) != len(ours) else 0)
EOF

#!/usr/bin/env bash
# Takes the screenshots in docs/ from the real app in a virtual X display.
# Needs Debian's xvfb, matchbox-window-manager, xdotool and imagemagick:
#   apt-get install -y xvfb matchbox-window-manager xdotool imagemagick
# Run from the repository root after `cargo build --release --examples`; an argument names
# another target folder.
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-target}/release/closereader
display=:97
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
export DISPLAY=$display
sleep 1
matchbox-window-manager -use_titlebar no >/dev/null 2>&1 &

data=$(mktemp -d)
export XDG_DATA_HOME=$data CLOSEREADER_DATA_DIR=$data/work

# Remembered settings (what eframe keeps in app.ron): a theme and a recent name.
settings() {
  mkdir -p "$data/closereader"
  printf '{"closereader-settings":"(theme:%s,text_scale:1.0,recent_names:[\\"%s\\"])"}' "$1" "$2" \
    > "$data/closereader/app.ron"
}

shot() { sleep 1.5; import -window root "docs/$1"; }

# Start screen, no one has used this laptop yet.
rm -rf "$data/closereader"
"$app" & pid=$!
shot start-screen.png
kill $pid; wait $pid 2>/dev/null || true

# Lesson screen, light and dark: open the bundled lesson, confirm the name and
# go to section 4 (the credit-score comparison). Each run starts with no saved
# work, so both open at section 1.
for theme in Light Dark; do
  rm -rf "$data/work"
  settings "$theme" Amira
  "$app" lessons/social-credit.ron & pid=$!
  sleep 2
  xdotool type Amira; xdotool key Return
  sleep 1
  for _ in 1 2 3; do xdotool key ctrl+Next; sleep 0.3; done
  lower=$(echo "$theme" | tr '[:upper:]' '[:lower:]')
  shot "lesson-$lower.png"
  kill $pid; wait $pid 2>/dev/null || true
done
# Highlights on the first section, light and high contrast.
for theme in Light HighContrast; do
  rm -rf "$data/work"
  python3 docs/seed-highlights.py "$data/work" Amira
  settings "$theme" Amira
  "$app" lessons/social-credit.ron & pid=$!
  sleep 2
  xdotool type Amira; xdotool key Return
  lower=$(echo "$theme" | tr '[:upper:]' '[:lower:]')
  shot "highlights-$lower.png"
  kill $pid; wait $pid 2>/dev/null || true
done
# A source card beside the transcript: section 3 with a highlight in the card
# (seeded); two Tabs from the section's title reach "Read beside: …".
rm -rf "$data/work"
python3 docs/seed-highlights.py "$data/work" Amira reader
settings Light Amira
"$app" lessons/social-credit.ron & pid=$!
sleep 2
xdotool type Amira; xdotool key Return
sleep 1
xdotool key Tab; sleep 0.3; xdotool key Tab; sleep 0.3; xdotool key Return
shot reader-beside.png
kill $pid; wait $pid 2>/dev/null || true
# A small screen (1024×600), at normal and at the largest text size: the lesson at
# section 4, with the keyboard on the first question (F6 from the title).
small_screen() { # WIDTHxHEIGHT TEXT-SCALE FILE
  local display=:98
  Xvfb "$display" -screen 0 "$1x24" >/dev/null 2>&1 &
  local server=$!
  sleep 1
  DISPLAY=$display matchbox-window-manager -use_titlebar no >/dev/null 2>&1 &
  local wm=$!
  rm -rf "$data/work"
  mkdir -p "$data/closereader"
  printf '{"closereader-settings":"(theme:Light,text_scale:%s,recent_names:[])"}' "$2" \
    > "$data/closereader/app.ron"
  DISPLAY=$display "$app" lessons/social-credit.ron & local pid=$!
  sleep 2
  DISPLAY=$display xdotool type Amira
  DISPLAY=$display xdotool key Return
  sleep 1
  for _ in 1 2 3; do DISPLAY=$display xdotool key ctrl+Next; sleep 0.3; done
  DISPLAY=$display xdotool key F6
  sleep 1.5
  DISPLAY=$display import -window root "docs/$3"
  kill $pid $wm $server 2>/dev/null || true; wait $pid 2>/dev/null || true
}
small_screen 1024x600 1.0 lesson-1024x600.png
small_screen 1024x600 2.0 lesson-largest-text.png

# The class view: a made-up class of 30 (hostile names included), the roster,
# then question 3 across the class (six Tabs to the page choice, → to "By
# question", Ctrl+Page Down twice).
class=$(mktemp -d)
python3 scripts/make-class.py "$class/hand-in" 30 >/dev/null
settings Light Amira
"$app" class "$class/hand-in" & pid=$!
shot class-roster.png
for _ in 1 2 3 4 5 6; do xdotool key Tab; sleep 0.2; done
xdotool key Right; sleep 0.5
xdotool key ctrl+Next; sleep 0.3; xdotool key ctrl+Next
shot class-question.png
kill $pid; wait $pid 2>/dev/null || true
# The class's highlights (the last page: End in the page choice) in each theme.
for theme in Light Dark HighContrast; do
  settings "$theme" Amira
  "$app" class "$class/hand-in" & pid=$!
  sleep 2
  for _ in 1 2 3 4 5 6; do xdotool key Tab; sleep 0.2; done
  xdotool key End
  lower=$(echo "$theme" | tr '[:upper:]' '[:lower:]')
  shot "class-highlights-$lower.png"
  kill $pid; wait $pid 2>/dev/null || true
done
# Feedback: a teacher's feedback file for Amira beside her hand-in; the
# class view on question 1 (her comment and mark), then her own laptop
# (--hand-in) with the lesson returned.
stem=$(ls "$class/hand-in" | sed -n 's/^social-credit--\(amira-k-[0-9a-f]*\)\.ron$/\1/p')
cat > "$class/hand-in/social-credit--$stem.feedback.ron" <<'RON'
(format: 1, lesson_id: "social-credit", student: "Amira K.", written_at: "2026-11-26T11:00:00Z", returned: true,
 overall: "A careful reading. You spotted how the video borrows other outlets' words; next time, say who those outlets might be.",
 answers: {
  "opening-feel": (comment: "Good: you named the feeling and the words that caused it.", mark: Some(2.0)),
  "opening-who": (comment: "Only the video itself would settle this: well reasoned.", auto: Some(1.0)),
 })
RON
# Signed with the teacher's key (made in the teacher's data folder, as the
# class view does), and that key named in the class's classroom.ron.
key=$("${1:-target}/release/examples/sign_feedback" "$data/work" "$class/hand-in/social-credit--$stem.feedback.ron")
mkdir -p "$class/settings"
printf 'Classroom(teachers: [Teacher(name: "Ms Rivera", key: "%s")])\n' "$key" > "$class/settings/classroom.ron"
settings Light Amira
"$app" class "$class/hand-in" & pid=$!
sleep 2
for _ in 1 2 3 4 5 6; do xdotool key Tab; sleep 0.2; done
xdotool key Right; sleep 0.5
xdotool mousemove 600 500; for _ in 1 2 3 4 5 6; do xdotool click 5; done
shot class-feedback.png
kill $pid; wait $pid 2>/dev/null || true
rm -rf "$data/work"
"$app" --lessons-dir "$class/settings" --hand-in "$class/hand-in" lessons/social-credit.ron & pid=$!
sleep 2
xdotool type "Amira K."; xdotool key Return; sleep 2; xdotool key Return
xdotool key ctrl+j; xdotool type "Uneasy: scary dystopian and 1984 make it sound like a film."
xdotool mousemove 600 400; for _ in 1 2 3 4 5 6; do xdotool click 5; done
shot feedback-student.png
kill $pid; wait $pid 2>/dev/null || true
# Every script (docs/scripts.md): names in six scripts and with emoji on the
# start screen, then the sample lesson's passages.
rm -rf "$data/work"
mkdir -p "$data/closereader"
printf '{"closereader-settings":"(theme:Light,text_scale:1.0,recent_names:[\\"محمد Al-Farsi\\",\\"דוד כהן\\",\\"प्रिया शर्मा\\",\\"สมชาย ใจดี\\",\\"陈小明\\",\\"Lee 😀\\",\\"Lee 😃\\",\\"Lee 🐸\\",\\"Lee 🦊\\"])"}' \
  > "$data/closereader/app.ron"
"$app" docs/scripts-sample.ron & pid=$!
shot scripts-start.png
xdotool type --delay 80 'محمد Al-Farsi'; xdotool key Return
shot scripts-lesson.png
kill $pid; wait $pid 2>/dev/null || true
rm -rf "$data" "$class"

#!/usr/bin/env bash
# Takes the screenshots in docs/ from the real app in a virtual X display.
# Needs Debian's xvfb, matchbox-window-manager, xdotool and imagemagick:
#   apt-get install -y xvfb matchbox-window-manager xdotool imagemagick
# Run from the repository root after `cargo build --release`; an argument names
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
rm -rf "$data"

#!/usr/bin/env bash
# Reads a passage of the bundled lesson aloud with espeak-ng, as Close Reader
# does, into a WAV file, and checks that it is speech, not silence (sox's RMS
# amplitude and length). For anyone to rerun on a machine with a speech engine.
# Needs Debian's espeak-ng and sox:  apt-get install -y espeak-ng sox
# Usage: scripts/speak-check.sh [OUT.wav]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)/passage.wav}
# The first passage of the bundled lesson, as the lesson file has it.
text=$(grep -m1 -o 'text: "Chances are[^"]*"' lessons/social-credit.ron | sed 's/^text: "//; s/"$//')
[ -n "$text" ] || { echo "no passage found in lessons/social-credit.ron"; exit 1; }
# The same arguments the app gives espeak-ng: the lesson's language and the
# normal speed (170 words a minute).
espeak-ng -v en -s 170 -w "$out" -- "$text"
stats=$(sox "$out" -n stat 2>&1)
length=$(awk '/^Length/ {print $3}' <<<"$stats")
rms=$(awk '/^RMS +amplitude/ {print $3}' <<<"$stats")
echo "$out: ${length} s, RMS amplitude ${rms}"
awk -v l="$length" -v r="$rms" 'BEGIN { exit !(l > 1 && r > 0.01) }' \
  || { echo "the recording is silent or too short"; exit 1; }
echo "ok: the passage was spoken"

# Sourced by the benchmark scripts and docs/screenshots.sh: a virtual X
# display on $1 (1280×800) with a fresh data folder, both removed on exit.
# Sets DISPLAY, $data (the data folder) and the app's data variables.
# Needs Debian's xvfb.
start_display() {
  local display=$1
  Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
  xvfb=$!
  data=$(mktemp -d)
  trap 'kill $xvfb 2>/dev/null; rm -rf "$data"' EXIT
  export DISPLAY=$display XDG_DATA_HOME=$data CLOSEREADER_DATA_DIR=$data/work
  sleep 1
}

#!/bin/sh
# A class on a slow school share (issue 29): builds classes of 30, 300 and
# 3,000 (scripts/make-class.py), then times on the local disk and on a
# simulated share that waits 10 ms, then 50 ms, per operation
# (/work/shared/tools/slowfs.py or SLOWFS=..., a FUSE passthrough this
# script mounts and unmounts itself):
#   - `closereader class DIR --lesson social-credit --csv out.csv` (release binary),
#   - examples/share_read: the first read, a re-read of the class unchanged,
#     one hand-in and one feedback save on the share.
# Prints medians; asserts nothing. Needs fuse3 and python3-fusepy (installed
# with apt-get when missing and run as root) and /dev/fuse.
#
#   cargo build --release --bin closereader --example share_read
#   TARGET_EXAMPLE=target/release/examples/share_read benches/share.sh [TARGET-DIR]
#                                             # default: target; without
#                                             # TARGET_EXAMPLE, the dev build's
#
# The figures in docs/benchmarks.md are the release example's.
set -eu
TARGET=${1:-target}
BIN=$TARGET/release/closereader
EXAMPLE=${TARGET_EXAMPLE:-$TARGET/debug/examples/share_read}
SLOWFS=${SLOWFS:-$(dirname "$0")/../../shared/tools/slowfs.py}
[ -f "$SLOWFS" ] || SLOWFS=/work/shared/tools/slowfs.py
RUNS=${RUNS:-3}
HERE=$(cd "$(dirname "$0")/.." && pwd)

if ! command -v fusermount3 >/dev/null || ! /usr/bin/python3 -c 'import fusepy' 2>/dev/null; then
    apt-get install -y fuse3 python3-fusepy >/dev/null
fi
[ -e /dev/fuse ] || { echo "no /dev/fuse here: the share cannot be mounted"; exit 1; }

WORK=$(mktemp -d)
MNT=$WORK/mnt
mkdir -p "$WORK/src" "$MNT"
cleanup() { fusermount3 -u "$MNT" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

for n in 30 300 3000; do
    python3 "$HERE/scripts/make-class.py" "$WORK/src/class-$n" "$n" >/dev/null
    mkdir -p "$WORK/src/out-$n"
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

csv_time() { # DIR
    for _ in $(seq "$RUNS"); do
        start=$(date +%s.%N)
        "$BIN" class "$1" --lesson social-credit --csv "$WORK/out.csv" --overwrite >/dev/null 2>&1 || true
        end=$(date +%s.%N)
        echo "$end - $start" | bc
    done | median
}

run_all() { # ROOT LABEL
    for n in 30 300 3000; do
        printf '%s, %5s students: CSV %s s; ' "$2" "$n" "$(csv_time "$1/class-$n")"
        "$EXAMPLE" "$1/class-$n" "$1/out-$n" "$RUNS"
    done
}

run_all "$WORK/src" "local disk"
for delay in 10 50; do
    /usr/bin/python3 "$SLOWFS" "$WORK/src" "$MNT" "$delay" &
    mounted=$!
    for _ in $(seq 50); do mountpoint -q "$MNT" && break; sleep 0.1; done
    run_all "$MNT" "${delay} ms share"
    fusermount3 -u "$MNT"
    wait "$mounted" || true
done

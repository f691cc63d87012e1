#!/usr/bin/env bash
# Builds the Debian package, installs it on this machine, and checks the
# installed program: its version, and `closereader check` on the installed
# lessons. Needs root (dpkg) and cargo-deb (`cargo install cargo-deb`).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo deb ${DEB_ARGS:-}   # DEB_ARGS=--no-build reuses target/release/closereader
deb=$(ls -t target/debian/closereader_*.deb | head -1)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --contents "$deb" | awk '{print $6}'
apt-get install --reinstall -y "./$deb" >/dev/null
expected=$(grep -m1 '^version' Cargo.toml | cut -d'"' -f2)
version=$(/usr/bin/closereader --version)
[ "$version" = "closereader $expected" ] || { echo "wrong version: $version"; exit 1; }
echo "$version"
/usr/bin/closereader check /usr/share/closereader/lessons/*.ron
test -f /usr/share/applications/closereader.desktop
test -f /usr/share/icons/hicolor/256x256/apps/closereader.png
echo "deb smoke test passed"

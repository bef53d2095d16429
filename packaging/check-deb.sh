#!/usr/bin/env bash
# Builds the Debian package from a configured build folder, installs it with apt (which resolves
# every dependency), and runs the installed programs on the installed demo study; then removes it.
#   packaging/check-deb.sh [build-dir]
# Needs root (or sudo) for apt. Prints "Debian package: OK" at the end, or stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB > "$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb=$(ls -t "$build"/heaorta-*_amd64.deb | head -1)
name=$(dpkg-deb -f "$deb" Package)
echo "Package $deb: $(dpkg-deb -f "$deb" Depends)"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q "$(realpath "$deb")" > "$work/apt.log" || { cat "$work/apt.log"; exit 1; }

fail() { echo "Debian package check failed: $*" >&2; $SUDO apt-get remove -y -q "$name" > /dev/null || true; exit 1; }
demo=/usr/share/heaorta/demo/chest-ct
[ "$(command -v heaorta)" = /usr/bin/heaorta ] || fail "heaorta is not /usr/bin/heaorta"
for module in libheaorta_cli_screening.so libheaorta_cli_exchange.so libheaorta_torch.so; do
  [ -f "/usr/lib/heaorta/$module" ] || fail "/usr/lib/heaorta/$module missing"
  ! ldd "/usr/lib/heaorta/$module" | grep -q "not found" || fail "$module has unresolved libraries"
done
# From a folder far from the source and build trees, so that nothing there can be used.
cd "$work"
heaorta --version | grep -q "heaorta 0" || fail "--version"
heaorta info "$demo" > info.txt || fail "heaorta info on the demo study (exit $?)"
grep -q "64 images" info.txt || fail "info does not describe the demo study: $(cat info.txt)"
heaorta --lang zh_TW info "$demo" | grep -q "影像" || fail "no Traditional Chinese from the installed program"
heaorta score "$demo" --json > score.json || [ $? -eq 10 ] || fail "heaorta score (exit $?)"
grep -q '"agatston"' score.json || fail "score gave no Agatston score"
if [ "$name" = heaorta-workstation ]; then
  heaorta --lang zh_TW report "$demo" -o report.pdf > /dev/null || fail "heaorta report"
  pdffonts report.pdf | grep -qi "cjk\|noto" || fail "the report embeds no CJK font"
  desktop-file-validate /usr/share/applications/heaorta-workstation.desktop || fail "desktop entry"
  [ -f /usr/share/icons/hicolor/scalable/apps/heaorta-workstation.svg ] || fail "icon"
  ! ldd /usr/bin/heaorta-workstation | grep -q "not found" || fail "heaorta-workstation has unresolved libraries"
  # The workstation opens the demo study and keeps running (timeout's 124) until stopped.
  status=0
  HOME="$work" xvfb-run -a -s "-screen 0 1600x1000x24" timeout 15 heaorta-workstation "$demo" > gui.log 2>&1 || status=$?
  [ "$status" -eq 124 ] || fail "heaorta-workstation exited with $status: $(tail -5 gui.log)"
fi
cd - > /dev/null
$SUDO apt-get remove -y -q "$name" > "$work/apt.log" || fail "apt-get remove"
[ ! -e /usr/bin/heaorta ] || fail "/usr/bin/heaorta left behind after removal"
echo "Debian package: OK ($name $(dpkg-deb -f "$deb" Version), installed, demo study read, scored and reported, removed)"

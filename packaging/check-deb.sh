#!/usr/bin/env bash
# ctest deb_package: builds the .deb with cpack from BUILD_DIR, checks its contents and control
# fields, unpacks it into a scratch root and runs the programs from there (headless), then runs
# lintian on it when lintian is installed.
# Usage: bash packaging/check-deb.sh BUILD_DIR
set -euo pipefail
build="$(cd "${1:?build directory}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "deb_package: FAIL: $*" >&2; exit 1; }

cd "$build"
cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb="$(ls "$work"/out/*.deb 2>/dev/null | head -1)"
[ -n "$deb" ] || fail "cpack made no .deb"
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

dpkg-deb -c "$deb" >"$work/contents"
for f in ./usr/bin/omega-workbench ./usr/bin/omega-headless ./usr/bin/omega-fleet-sim \
         ./usr/share/applications/io.omega.Workbench.desktop \
         ./usr/share/metainfo/io.omega.Workbench.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.omega.Workbench.svg \
         ./usr/share/man/man1/omega-workbench.1.gz ./usr/share/man/man1/omega-headless.1.gz \
         ./usr/share/man/man1/omega-fleet-sim.1.gz \
         ./usr/share/doc/omega-workbench/copyright; do
  grep -q " $f\$" "$work/contents" || fail "$f is not in the package"
done
outside="$(awk '{print $6}' "$work/contents" | grep -v -e '^\./usr/' -e '^\./$' -e '^\./usr/$' || true)"
[ -z "$outside" ] || fail "files outside /usr: $outside"
echo "contents: $(wc -l <"$work/contents") entries, all under /usr"

for field in Package Version Architecture Maintainer Depends; do
  value="$(dpkg-deb -f "$deb" "$field")"
  [ -n "$value" ] || fail "control field $field is empty"
  echo "$field: $value"
done
depends="$(dpkg-deb -f "$deb" Depends)"
for dep in libqt6sql6-sqlite libqt6widgets6 libzmq5 libprotobuf; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep"
done

# The programs from the unpacked package, with no display (a server or a CI runner).
dpkg-deb -x "$deb" "$work/root"
bin="$work/root/usr/bin"
version="$(dpkg-deb -f "$deb" Version)"
"$bin/omega-workbench" --version | grep -qx "omega-workbench ${version%%-*}" || fail "omega-workbench --version"
"$bin/omega-fleet-sim" --version | grep -qx "omega-fleet-sim ${version%%-*}" || fail "omega-fleet-sim --version"
"$bin/omega-headless" --version | grep -qx "omega-headless ${version%%-*}" || fail "omega-headless --version"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$work/home" XDG_RUNTIME_DIR="$work" \
  "$bin/omega-workbench" --headless --demo --duration 3 >"$work/run.log" 2>&1 || { cat "$work/run.log"; fail "headless run"; }
grep -q "link=live agents=3000" "$work/run.log" || { cat "$work/run.log"; fail "headless run shows no live fleet"; }
echo "headless run: $(grep -c 'link=' "$work/run.log") status lines, last: $(grep 'link=' "$work/run.log" | tail -1 | cut -c1-100)"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$work/home" XDG_RUNTIME_DIR="$work" \
  "$bin/omega-headless" --demo --duration 3 >"$work/run-headless.log" 2>&1 || { cat "$work/run-headless.log"; fail "omega-headless run"; }
grep -q "link=live agents=3000" "$work/run-headless.log" || { cat "$work/run-headless.log"; fail "omega-headless shows no live fleet"; }
zcat "$work/root/usr/share/man/man1/omega-workbench.1.gz" | grep -q '^\.TH OMEGA-WORKBENCH' || fail "man page"
zcat "$work/root/usr/share/man/man1/omega-headless.1.gz" | grep -q '^\.TH OMEGA-HEADLESS' || fail "omega-headless man page"

if command -v lintian >/dev/null; then
  # Errors fail the check; warnings and notes are printed.
  lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
  cat "$work/lintian.log"
  errors="$(grep '^E:' "$work/lintian.log" || true)"
  [ -z "$errors" ] || fail "lintian errors"
  echo "lintian: $(grep -c '^E:' "$work/lintian.log" || true) errors, $(grep -c '^W:' "$work/lintian.log" || true) warnings"
else
  echo "lintian: not installed, skipped"
fi
echo "deb_package: OK"

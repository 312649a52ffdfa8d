#!/usr/bin/env bash
# make package-check: test what make package built, the way a desk would get it.
#
#  1. the frozen app's --self-check, headless (offscreen), against a real Secret Service
#     (scripts/with-secret-service) so the bundled keyring backends are exercised;
#     again on X11 (xcb) under Xvfb when xvfb-run is there;
#  2. the .deb unpacked into a temporary root (dpkg-deb -x): its layout, the app started
#     through a symlink as /usr/bin/calllauncher is, desktop-file-validate on the desktop
#     entry, appstreamcli validate --no-net on the metainfo;
#  3. the Windows version resource generated from pyproject.toml parses.
# Env: PYTHON (the venv's python, with PyInstaller).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
app=dist/calllauncher
read -r name version app_id < <("$PYTHON" -c 'import re
from calllauncher import identity
version = re.sub(r"\.?(a|b|rc|dev)(\d*)", r"~\1\2", identity.VERSION)
print(identity.EXECUTABLE, version, identity.APP_ID)')
deb=dist/${name}_${version}_$(dpkg --print-architecture).deb
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The app must not read or write the real user's settings or history.
export CALLLAUNCHER_CONFIG_DIR=$work/config CALLLAUNCHER_DATA_DIR=$work/data
step() { printf '\n== %s\n' "$*"; }

step "frozen self-check (offscreen)"
QT_QPA_PLATFORM=offscreen scripts/with-secret-service "$app/$name" --self-check

if command -v xvfb-run >/dev/null; then
  step "frozen self-check (xcb under Xvfb)"
  QT_QPA_PLATFORM=xcb xvfb-run -a scripts/with-secret-service "$app/$name" --self-check
fi

step "unpack $deb"
dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Architecture\|Depends\|Installed-Size\):/  \1:/p'
root=$work/root
dpkg-deb -x "$deb" "$root"
expect=(
  "opt/$name/$name" "usr/bin/$name" "usr/share/applications/$app_id.desktop"
  "usr/share/metainfo/$app_id.metainfo.xml" "usr/share/doc/$name/copyright"
  "usr/share/icons/hicolor/scalable/apps/calllauncher.svg"
)
for size in 16 22 24 32 48 64 128 256 512; do
  expect+=("usr/share/icons/hicolor/${size}x${size}/apps/calllauncher.png")
done
for path in "${expect[@]}"; do
  if [ ! -e "$root/$path" ] && [ ! -L "$root/$path" ]; then
    echo "missing from the .deb: /$path" >&2
    exit 1
  fi
done
test "$(readlink "$root/usr/bin/$name")" = "/opt/$name/$name"
test -x "$root/opt/$name/$name"
ln -s "$root/opt/$name/$name" "$work/$name"  # as /usr/bin/calllauncher -> /opt/...
"$work/$name" --version
echo "layout ok: ${#expect[@]} paths"

step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
grep -q "^Exec=/opt/$name/$name %u$" "$root/usr/share/applications/$app_id.desktop"
grep -q '^MimeType=x-scheme-handler/tel;x-scheme-handler/callto;$' \
  "$root/usr/share/applications/$app_id.desktop"
echo ok

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"

step "Windows version resource"
"$PYTHON" - "$work/windows" <<'PY'
import sys, types
from pathlib import Path
sys.path.insert(0, "packaging/windows")
from version_info import write
# PyInstaller's reader imports Windows-only modules it doesn't need for parsing.
sys.modules.setdefault("pefile", types.ModuleType("pefile"))
import PyInstaller.compat as compat
if not hasattr(compat, "win32api"):
    compat.win32api = types.ModuleType("win32api")
from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file
info = load_version_info_from_text_file(str(write(Path(sys.argv[1]))))
raw = info.toRaw()
iss = (Path(sys.argv[1]) / "version.iss").read_text(encoding="utf-8")
assert "#define AppVersion" in iss, iss
print(f"version_info.txt parses ({len(raw)} bytes as a resource); version.iss ok")
PY

printf '\npackage-check: all passed\n'

#!/usr/bin/env bash
# Build dist/calllauncher_<version>_<arch>.deb from the frozen one-folder app in
# dist/calllauncher/ (make package runs PyInstaller first, then this).
#
#   /opt/calllauncher/                 the app (PyInstaller one-folder)
#   /usr/bin/calllauncher              -> /opt/calllauncher/calllauncher
#   /usr/share/applications/           desktop entry: menu, tel:/callto: handler, actions
#   /usr/share/icons/hicolor/*/apps/   icons
#   /usr/share/metainfo/               AppStream metainfo
#
# Depends is computed by dpkg-shlibdeps from the bundle's ELF files: the system libraries
# the spec leaves out of the bundle (X11/xcb, fontconfig, OpenSSL, libstdc++...) plus the
# ones PyInstaller never bundles (glibc, libGL/libEGL, libxcb, wayland).
# Needs: dpkg-deb, dpkg-shlibdeps (dpkg-dev). Env: PYTHON (reads pyproject.toml).
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
app=dist/calllauncher
if [ ! -x "$app/calllauncher" ]; then
  echo "build-deb: no frozen app in $app; run make package" >&2
  exit 1
fi

# name, Debian version (PEP 440 pre-releases sort before the release: 1.0rc1 -> 1.0~rc1)
# app_id: the desktop entry and AppStream id, the same one --register writes (identity.py).
read -r name version app_id < <("$PYTHON" - <<'PY'
import re
from calllauncher import identity
version = re.sub(r"\.?(a|b|rc|dev)(\d*)", r"~\1\2", identity.VERSION)
print(identity.EXECUTABLE, version, identity.APP_ID)
PY
)
arch=$(dpkg --print-architecture)
deb=dist/${name}_${version}_${arch}.deb
stage=$PWD/build/deb
root=$stage/root

rm -rf "$stage"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/metainfo" "$root/usr/share/doc/$name"
cp -a "$app" "$root/opt/$name"
ln -s "/opt/$name/$name" "$root/usr/bin/$name"
install -m 0644 "resources/linux/$app_id.desktop" "$root/usr/share/applications/"
install -m 0644 "resources/linux/$app_id.metainfo.xml" "$root/usr/share/metainfo/"
for icon in resources/icons/hicolor/*/apps/*; do
  dest="$root/usr/share/icons/${icon#resources/icons/}"
  install -D -m 0644 "$icon" "$dest"
done
install -m 0644 packaging/linux/copyright "$root/usr/share/doc/$name/copyright"
install -m 0755 packaging/linux/postinst packaging/linux/postrm "$root/DEBIAN/"

# Ownership comes from --root-owner-group; modes are made regular here.
find "$root" -type d -exec chmod 0755 {} +
find "$root/opt" -type f -exec chmod u+rw,go+r,go-w {} +

# ----- Depends ------------------------------------------------------------------------------
elves=()
while IFS= read -r -d '' file; do
  if [ "$(head -c 4 "$file" | od -An -c | tr -d ' ')" = "177ELF" ]; then
    elves+=("-e$file")
  fi
done < <(find "$root/opt/$name" -type f -print0)
private=()
while IFS= read -r dir; do private+=("-l$dir"); done < <(
  find "$root/opt/$name" -type f -name '*.so*' -printf '%h\n' | sort -u)
mkdir -p "$stage/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$name" "$name" >"$stage/debian/control"
depends=$(cd "$stage" && dpkg-shlibdeps -O --warnings=1 "${private[@]}" "${elves[@]}" \
  2>"$stage/shlibdeps.log" | sed -n 's/^shlibs:Depends=//p') || {
  cat "$stage/shlibdeps.log" >&2
  exit 1
}
if [ -z "$depends" ]; then
  echo "build-deb: dpkg-shlibdeps found no dependencies" >&2
  exit 1
fi

size_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat >"$root/DEBIAN/control" <<EOF
Package: $name
Version: $version
Architecture: $arch
Maintainer: CallLauncher authors <calllauncher@users.noreply.github.com>
Installed-Size: $size_kb
Depends: $depends
Recommends: gnome-keyring | kwalletmanager, xdg-utils
Section: comm
Priority: optional
Description: click-to-call desktop launcher for the Binotel cloud PBX
 CallLauncher asks the Binotel PBX to ring your desk phone and connect the
 customer: dial from a window, the tray, a tel: or callto: link in a browser
 or CRM, or the command line. It carries no audio itself. The API secret is
 kept in the system keyring (Secret Service) only.
EOF

mkdir -p dist
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb"
echo "Depends: $depends"

#!/usr/bin/env bash
# Render the app icon from its one source, resources/icons/hicolor/scalable/apps/calllauncher.svg:
# the PNG sizes the hicolor theme expects, a Windows .ico and a macOS .icns. The results are
# committed (a few KB each), so a build needs none of these tools; rerun after editing the SVG.
# Needs: rsvg-convert (librsvg2-bin), ImageMagick's convert, png2icns (icnsutils), optipng optional.
set -euo pipefail
cd "$(dirname "$0")/.."
icons=resources/icons
svg=$icons/hicolor/scalable/apps/calllauncher.svg
for size in 16 22 24 32 48 64 128 256 512; do
  out=$icons/hicolor/${size}x${size}/apps/calllauncher.png
  mkdir -p "$(dirname "$out")"
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$out"
  # Same pixels, fewer bytes: no timestamps or other ancillary chunks.
  convert "$out" -strip -define png:compression-level=9 "PNG32:$out"
done
png() { echo "$icons/hicolor/$1x$1/apps/calllauncher.png"; }
# Windows: the sizes Explorer and the taskbar use; 256 is stored PNG-compressed.
convert "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 256)" \
  "$icons/calllauncher.ico"
# macOS: png2icns picks the icns slot from each PNG's size.
png2icns "$icons/calllauncher.icns" "$(png 16)" "$(png 32)" "$(png 128)" \
  "$(png 256)" "$(png 512)" >/dev/null
du -b "$icons"/calllauncher.ico "$icons"/calllauncher.icns "$icons"/hicolor/*/apps/* | sort -n

#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from its SVG, for desktops and tools that do not read SVG icons.
# The PNGs are committed; run this again (rsvg-convert is in Debian's librsvg2-bin) after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
id=io.github.hindsight_app.Hindsight
for size in 16 32 48 64 128 256; do
    mkdir -p "${size}x${size}"
    rsvg-convert --width "$size" --height "$size" "$id.svg" --output "${size}x${size}/$id.png"
done

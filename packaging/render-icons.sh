#!/usr/bin/env bash
# Renders the committed PNG icons from the hand-written SVGs. Run by hand after changing an SVG
# (needs rsvg-convert from Debian's librsvg2-bin); the build never runs it.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
rsvg-convert -w 16 -h 16 nianbao-small.svg -o png/nianbao-16.png # pixel-aligned variant
for size in 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" nianbao.svg -o "png/nianbao-$size.png"
done

# The Windows icon: the PNGs packed into one .ico (PNG-compressed entries, Windows Vista and later).
python3 - <<'PY'
import struct
sizes = [16, 32, 48, 64, 128, 256]
images = [open(f"png/nianbao-{s}.png", "rb").read() for s in sizes]
offset = 6 + 16 * len(sizes)
out = struct.pack("<HHH", 0, 1, len(sizes))
for s, data in zip(sizes, images):
    out += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open("../../packaging/windows/nianbao.ico", "wb").write(out + b"".join(images))
PY

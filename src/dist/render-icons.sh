#!/usr/bin/env bash
# Renders assets/icon/amm-reader.svg to the PNG sizes the packages use, and packs them into the Windows .ico and
# the macOS .icns (both hold PNG images). Run again after changing the SVG; needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../../assets/icon"
for size in 16 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" amm-reader.svg -o "amm-reader-$size.png"
done
python3 - <<'PY'
import struct
ico_sizes = [16, 32, 48, 64, 128, 256]
images = [open(f"amm-reader-{s}.png", "rb").read() for s in ico_sizes]
head = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
for size, data in zip(ico_sizes, images):
    head += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open("amm-reader.ico", "wb").write(head + b"".join(images))
chunks = b""
for kind, size in [(b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)]:
    data = open(f"amm-reader-{size}.png", "rb").read()
    chunks += kind + struct.pack(">I", len(data) + 8) + data
open("amm-reader.icns", "wb").write(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)
PY
rm amm-reader-1024.png

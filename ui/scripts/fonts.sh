#!/usr/bin/env bash
# Rebuilds ui/src/fonts/*.woff2: subsets of Noto fonts from Debian's fonts-noto-core (OFL), one
# per script the app may have to draw without help from the device. Needs pyftsubset (fonttools,
# brotli from PyPI). The package is unpacked in a temporary folder, not installed, so the
# browser tests still run on a machine with no system font for these scripts.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && apt-get download fonts-noto-core >/dev/null && dpkg-deb -x fonts-noto-core_*.deb x)
src="$tmp/x/usr/share/fonts/truetype/noto"
sub() { # font, unicode ranges, output name
  pyftsubset "$src/$1.ttf" --unicodes="$2" --layout-features='*' --no-hinting --desubroutinize \
    --flavor=woff2 --output-file="$here/src/fonts/$3.woff2"
}
sub NotoNaskhArabic-Regular "U+0600-06FF,U+0750-077F,U+FB50-FDFF,U+FE70-FEFF,U+200C-200F" mosaic-arabic
sub NotoSansEthiopic-Regular "U+1200-137F" mosaic-ethiopic
sub NotoSansBengali-Regular "U+0964-0965,U+0980-09FF,U+200C-200D,U+25CC" mosaic-bengali
ls -l "$here/src/fonts/"*.woff2

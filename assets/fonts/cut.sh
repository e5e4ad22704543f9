#!/bin/sh
# Cuts the embedded fonts from DejaVu Sans 2.37 (Debian: apt-get install fonts-dejavu-core)
# with fontTools' pyftsubset (pip install fonttools; 4.68.0 was used). Run from the
# repository root; CI does not run this, the cut fonts are committed. See README.md.
set -eu
SRC="${DEJAVU_DIR:-/usr/share/fonts/truetype/dejavu}"
# Basic Latin; Latin-1, Latin Extended-A and -B (Sámi letters ǥ ǧ ǩ ǯ Ʒ...); ʒ; modifier
# letters ʹ ʺ ʻ ʼ; spacing accents; combining accents (decomposed text); general punctuation;
# € № ™; arrows; − ≤ ≥; the squares, circles and ticks of lists and check boxes; U+FFFD.
U="U+0020-007E,U+00A0-024F,U+0292,U+02B9-02BC,U+02C6-02DD,U+0300-036F,U+2000-206F,U+20AC,U+2116,U+2122,U+2190-2193,U+2212,U+2264,U+2265,U+25A0,U+25A1,U+25AA,U+25AB,U+25CB,U+25CF,U+25E6,U+2610-2612,U+26A0,U+2713-2718,U+FFFD"
for f in DejaVuSans DejaVuSans-Bold; do
  pyftsubset "$SRC/$f.ttf" --unicodes="$U" --no-hinting \
    --layout-features='' --drop-tables+=MATH,GSUB,GPOS,GDEF,FFTM,gasp \
    --output-file="assets/fonts/$f.ttf"
done

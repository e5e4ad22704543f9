#!/usr/bin/env bash
# `seloste export` of the largest sample notice (Imatra, seed 000) as a whole process,
# against typst and LibreOffice converting the same text, in one hyperfine run (DESIGN.md
# section 8: 7x faster than typst, 100x faster than LibreOffice).
# Needs: hyperfine, soffice (LibreOffice), and typst's Python package (`pip install typst`;
# its time includes starting Python, so a `python3 -c 'import typst'` row is the anchor to
# subtract). Usage: bash benches/whole_process.sh  (after cargo build --release).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${CARGO_TARGET_DIR:-$root/target}/release/seloste"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
cp "$root/samples/imatra-imatranajo-sovellus.ron" notice.ron
"$bin" export --lang fi --format txt notice.ron >/dev/null
mkdir fonts lo
cp "$root"/assets/fonts/*.ttf fonts/
cat > notice.typ <<'TYP'
#set page(paper: "a4", margin: 20mm)
#set text(font: "DejaVu Sans", size: 10pt, lang: "fi")
#for p in read("notice-fi.txt").split("\n\n") [
  #p
  #parbreak()
]
TYP
echo 'import typst; typst.compile("notice.typ", output="typst.pdf", font_paths=["fonts"])' > typst_compile.py
hyperfine -N --warmup 2 -m 5 -M 30 \
  -n seloste "$bin export --lang fi notice.ron" \
  -n typst "python3 typst_compile.py" \
  -n python-import-typst "python3 -c 'import typst'" \
  -n libreoffice "soffice --headless --convert-to pdf --outdir lo notice-fi.txt"

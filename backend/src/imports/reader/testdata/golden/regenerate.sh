#!/usr/bin/env bash
# Rebuilds the generated golden inputs from their sources: DOCX from Markdown (pandoc writes Word's
# automatic numbering to numbering.xml, so the digits are not in the text), PDF with the cairo/pango
# generator (hyphenation, wrapping, running header, page numbers), and the expected JSON files from
# sources/expected_readings.py. The TXT inputs are hand-written and kept as they are.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
build="${BUILD:-$root/build/importer}"
cmake --build "$build" --target enlace_make_golden_pdf >/dev/null
export ASAN_OPTIONS=detect_leaks=0  # fontconfig keeps its caches until exit
for md in "$here"/sources/*.md; do
  pandoc "$md" -o "$here/$(basename "${md%.md}").docx"
done
"$build/bin/enlace_make_golden_pdf" "$here/sources/009_vice_ministerial_2018_en.txt" "$here/009_vice_ministerial_2018_en.pdf" \
  "Regional Conference on Migration - XXIII Vice-Ministerial Meeting - Tegucigalpa, June 2018"
"$build/bin/enlace_make_golden_pdf" "$here/sources/010_taller_san_jose_2019_es.txt" "$here/010_taller_san_jose_2019_es.pdf" \
  "Red de Funcionarios de Enlace - Taller regional - San José, marzo de 2019"
"$build/bin/enlace_make_golden_pdf" "$here/sources/104_red_trafico_mexico_2019_es.txt" \
  "$here/104_red_trafico_mexico_2019_es.pdf" "Red de Funcionarios de Enlace - Informe - Ciudad de México, septiembre de 2019"
python3 "$here/sources/expected_readings.py"
python3 "$here/sources/expected_readings_former_holdout.py"

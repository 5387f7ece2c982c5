#!/usr/bin/env bash
# Builds the importer benchmark without sanitizers (build/bench-importer) and prints: time per
# report over the golden inputs, a 20 MB report's time and throughput, and peak memory.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=build/bench-importer
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DENLACE_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target enlace_importer_bench >/dev/null
"$build/bin/enlace_importer_bench" "$@"

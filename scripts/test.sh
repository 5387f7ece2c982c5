#!/usr/bin/env bash
# `make test`: builds and runs every test, then prints one summary line ("N passed, M failed").
#   1. the front end: production build, unit tests
#   2. the server and its tests, Debug in unity batches (preset ci; the sanitizers run in the fuzz
#      stage over the importer, and over every C++ test with `make test-asan`: decision 0064)
#   3. with a throwaway PostgreSQL on loopback: unit, contract and integration tests (each
#      integration suite on SQLite and on PostgreSQL), then the browser tests on each database
#   4. the importer's fuzz targets under AddressSanitizer and UBSan, 30 seconds each, side by side
# Every stage runs even when an earlier one failed, so one run shows everything that is wrong.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
started_at=$SECONDS
results="$root/test-results"
rm -rf "$results"
mkdir -p "$results"
stages="$results/stages.tsv"
: >"$stages"

stage() {
  local name=$1
  shift
  echo
  echo "==== $name ===="
  local started=$SECONDS
  if "$@"; then
    printf '%s\tpassed\t%s\n' "$name" $((SECONDS - started)) >>"$stages"
  else
    printf '%s\tfailed\t%s\n' "$name" $((SECONDS - started)) >>"$stages"
  fi
}

scripts/install-deps.sh || { echo "test: installing dependencies failed" >&2; exit 1; }

stage "front-end build" bash -c "cd frontend && npm run --silent build"
stage "front-end unit tests" bash -c "cd frontend && npx --no-install vitest run --reporter=default \
  --reporter=junit --outputFile.junit='$results/frontend-unit.xml'"
stage "server build" bash -c "cmake --preset ci >/dev/null && cmake --build --preset ci -j $(nproc)"

if [ -x build/ci/bin/enlace ]; then
  stage "server tests and browser tests" scripts/with-postgres.sh scripts/test-with-database.sh "$results"
fi
if grep -q '^fuzz-smoke:' mk/*.mk 2>/dev/null; then
  stage "fuzz smoke" make --no-print-directory fuzz-smoke FUZZ_RESULTS="$results"
fi

node scripts/summarize-tests.mjs "$results" $((SECONDS - started_at))

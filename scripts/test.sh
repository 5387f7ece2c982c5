#!/usr/bin/env bash
# `make test`: builds and runs every test, then prints one summary line ("N passed, M failed").
#   1. the front end: production build, unit tests
#   2. the server under AddressSanitizer and UndefinedBehaviorSanitizer (preset ci)
#   3. with a throwaway PostgreSQL on loopback: unit, contract and integration tests (each
#      integration suite on SQLite and on PostgreSQL), then the browser tests on each database
#   4. the importer's fuzz targets, 60 seconds each
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
stage "server build (sanitizers)" bash -c "cmake --preset ci >/dev/null && cmake --build --preset ci -j $(nproc)"

# Leaks are reported by the unit tests' LeakSanitizer; third-party libraries that keep caches for
# the life of the process are suppressed by name in this file.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=0"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
if [ -x build/ci/bin/enlace ]; then
  stage "server tests and browser tests" scripts/with-postgres.sh scripts/test-with-database.sh "$results"
fi
if grep -q '^fuzz-smoke:' mk/*.mk 2>/dev/null; then
  stage "fuzz smoke" make --no-print-directory fuzz-smoke FUZZ_RESULTS="$results"
fi

node scripts/summarize-tests.mjs "$results" $((SECONDS - started_at))

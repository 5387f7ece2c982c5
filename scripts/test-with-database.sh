#!/usr/bin/env bash
# The tests that need a database server; run by scripts/test.sh inside scripts/with-postgres.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
results=$1
status=0
: "${ENLACE_TEST_POSTGRES:?run me through scripts/with-postgres.sh}"

rm -rf build/ci/test-results
ctest --preset ci --timeout 2400 || status=1
cp build/ci/test-results/*.xml "$results/" 2>/dev/null || true

for database in sqlite postgresql; do
  echo
  echo "---- browser tests on $database ----"
  if [ "$database" = sqlite ]; then
    env -u ENLACE_TEST_POSTGRES ENLACE_BIN=build/ci/bin/enlace ENLACE_TEST_RESULTS="$results/e2e-$database.xml" \
      node frontend/e2e/run.mjs || status=1
  else
    ENLACE_BIN=build/ci/bin/enlace ENLACE_TEST_RESULTS="$results/e2e-$database.xml" node frontend/e2e/run.mjs || status=1
  fi
done
exit $status

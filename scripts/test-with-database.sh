#!/usr/bin/env bash
# The tests that need a database server; run by scripts/test.sh inside scripts/with-postgres.sh.
# Three runs go side by side, each to its own log, printed in turn as it ends: ctest (unit,
# contract, and the integration suites on SQLite and on PostgreSQL), and the browser tests on each
# database. The browser tests spend most of their time waiting on Chromium and the network, so on
# two cores the three together take little longer than the slowest alone.
set -uo pipefail
cd "$(dirname "$0")/.."
results=$1
: "${ENLACE_TEST_POSTGRES:?run me through scripts/with-postgres.sh}"
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

rm -rf build/ci/test-results
(ctest --preset ci --timeout 2400 && cp build/ci/test-results/*.xml "$results/") >"$logs/ctest.log" 2>&1 &
ctest_pid=$!
env -u ENLACE_TEST_POSTGRES ENLACE_BIN=build/ci/bin/enlace ENLACE_TEST_RESULTS="$results/e2e-sqlite.xml" \
  node frontend/e2e/run.mjs >"$logs/e2e-sqlite.log" 2>&1 &
sqlite_pid=$!
ENLACE_BIN=build/ci/bin/enlace ENLACE_TEST_RESULTS="$results/e2e-postgresql.xml" \
  node frontend/e2e/run.mjs >"$logs/e2e-postgresql.log" 2>&1 &
postgresql_pid=$!

status=0
for run in ctest:$ctest_pid e2e-sqlite:$sqlite_pid e2e-postgresql:$postgresql_pid; do
  name=${run%%:*}
  wait "${run##*:}" || status=1
  echo
  echo "---- $name ----"
  cat "$logs/$name.log"
done
# ctest writes its XML only when it gets to the end; copy what there is after a failure too.
[ $status -eq 0 ] || cp build/ci/test-results/*.xml "$results/" 2>/dev/null || true
exit $status

#!/usr/bin/env bash
# Benchmark of legislation matrices (issue 12, item 10; `make bench-matrices`, or BENCH_MATRICES=1
# make bench): a matrix of 40 topics × 11 countries × 10 rounds built through the HTTP API, then
# GET /api/v1/matrices/{id} (p50, p95 of 50 reads), the XLSX export and the changes since round 1,
# on SQLite and (when ENLACE_TEST_POSTGRES is set) PostgreSQL. It runs MatricesBenchmark of
# backend/src/matrices/tests/ (built into enlace_http_benchmarks, not into the tests) over the real server and prints its figures; it
# never judges them. Targets in the issue: p95 < 20 ms, XLSX < 1 s, changes < 50 ms.
set -euo pipefail
cd "$(dirname "$0")/../.."
preset=${BENCH_MATRICES_PRESET:-dev}
binary=build/$preset/bin/enlace_http_benchmarks
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j2 --target enlace_http_benchmarks
filter='*MatricesBenchmark*Sqlite*'
[ -n "${ENLACE_TEST_POSTGRES:-}" ] && filter='*MatricesBenchmark*'
"$binary" --gtest_filter="$filter" | grep -E '^matrices benchmark|FAILED|PASSED'

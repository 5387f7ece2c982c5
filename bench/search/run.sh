#!/usr/bin/env bash
# Benchmark of search (issue 13, item 8; `make bench-search`, or `BENCH_SEARCH=1 make bench`):
# 100,000 synthetic entries (documents and agreements, Spanish and English, every access level)
# indexed through SearchService, then 200 searches over HTTP as a country officer (p50, p95, p99,
# searches per second, memory), and a 50-page PDF indexed, on SQLite and (when ENLACE_TEST_POSTGRES
# is set, e.g. postgresql://postgres@127.0.0.1:54329/postgres) PostgreSQL; without it, PostgreSQL is
# skipped with a line that says so. It runs SearchBenchmark of backend/src/search/tests/ (built into enlace_http_benchmarks,
# not into the tests) and prints its figures; it never judges them. Target in the issue: p95 < 20 ms.
set -euo pipefail
cd "$(dirname "$0")/../.."
preset=${BENCH_SEARCH_PRESET:-dev}
binary=build/$preset/bin/enlace_http_benchmarks
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j2 --target enlace_http_benchmarks
filter='*SearchBenchmark*Sqlite*'
if [ -n "${ENLACE_TEST_POSTGRES:-}" ]; then
  filter='*SearchBenchmark*'
else
  echo "search benchmark (postgresql): skipped, no server given (set ENLACE_TEST_POSTGRES)"
fi
"$binary" --gtest_filter="$filter" | grep -E '^search benchmark|FAILED|PASSED'

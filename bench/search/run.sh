#!/usr/bin/env bash
# Benchmark of search (issue 13, item 8; `make bench-search`): 100,000 synthetic entries (documents
# and agreements, Spanish and English, every access level) indexed through SearchService, then 200
# searches over HTTP as a country officer (p50, p95), on SQLite and (when ENLACE_TEST_POSTGRES is set)
# PostgreSQL. It runs SearchBenchmark of backend/src/search/tests/ (built into enlace_http_benchmarks,
# not into the tests) and prints its figures; it never judges them. Target in the issue: p95 < 20 ms.
set -euo pipefail
cd "$(dirname "$0")/../.."
preset=${BENCH_SEARCH_PRESET:-dev}
binary=build/$preset/bin/enlace_http_benchmarks
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j2 --target enlace_http_benchmarks
filter='*SearchBenchmark*Sqlite*'
[ -n "${ENLACE_TEST_POSTGRES:-}" ] && filter='*SearchBenchmark*'
"$binary" --gtest_filter="$filter" | grep -E '^search benchmark|FAILED|PASSED'

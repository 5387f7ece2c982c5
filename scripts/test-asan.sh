#!/usr/bin/env bash
# `make test-asan`: every C++ test (unit, contract, integration on SQLite and on PostgreSQL) built
# with AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer (preset asan). Not part of
# `make test`, which keeps within its time budget by building once without them (decision 0064);
# run it before a release and after changes to memory-handling code (parsers, the HTTP core).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scripts/install-deps.sh || exit 1
cmake --preset asan >/dev/null && cmake --build --preset asan -j "$(nproc)" || exit 1
# Third-party libraries that keep caches for the life of the process are suppressed by name.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=0"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
scripts/with-postgres.sh ctest --preset asan -j "$(nproc)" --timeout 2400

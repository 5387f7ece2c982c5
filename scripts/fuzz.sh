#!/usr/bin/env bash
# Runs libFuzzer targets side by side, each for the same number of seconds, and reports each as
# one test case: passed when it ran the whole time without a crash, leak, timeout or memory blow-up.
#   scripts/fuzz.sh BUILD_DIR CORPUS_DIR SECONDS RESULTS_XML|- TARGET... -- SEED_DIR...
# Each target gets a writable corpus in CORPUS_DIR/<target>, seeded from the SEED_DIRs (read only);
# a crashing input is kept as CORPUS_DIR/<target>-crash-…; the log as CORPUS_DIR/<target>.log.
set -uo pipefail
build=$1 corpus=$2 seconds=$3 results=$4
shift 4
targets=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do targets+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
seeds=("$@")

declare -A pids started
for target in "${targets[@]}"; do
  mkdir -p "$corpus/$target"
  echo "== $target for $seconds s (log: $corpus/$target.log) =="
  "$build/bin/enlace_${target}_fuzz" "$corpus/$target" "${seeds[@]}" \
    -max_total_time="$seconds" -max_len=262144 -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
    -artifact_prefix="$corpus/$target-" >"$corpus/$target.log" 2>&1 &
  pids[$target]=$!
  started[$target]=$SECONDS
done

status=0
cases=""
for target in "${targets[@]}"; do
  wait "${pids[$target]}"
  code=$?
  took=$((SECONDS - started[$target]))
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$corpus/$target.log" | grep -o '[0-9]*$')
  if [ $code -eq 0 ]; then
    echo "ok $target: ${runs:-?} inputs in $took s"
    cases+="  <testcase classname=\"fuzz\" name=\"$target runs $seconds s without a finding\" time=\"$took\"/>"$'\n'
  else
    status=1
    echo "FAILED $target (exit $code); the end of its log:"
    tail -n 40 "$corpus/$target.log"
    finding=$(grep -m1 -E 'ERROR: |SUMMARY: ' "$corpus/$target.log" | sed 's/&/\&amp;/g; s/</\&lt;/g; s/"/\&quot;/g')
    cases+="  <testcase classname=\"fuzz\" name=\"$target runs $seconds s without a finding\" time=\"$took\">"
    cases+="<failure message=\"exit $code: ${finding:-see $corpus/$target.log}\"/></testcase>"$'\n'
  fi
done

if [ "$results" != "-" ]; then
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo "<testsuite name=\"fuzz\" tests=\"${#targets[@]}\">"
    printf '%s' "$cases"
    echo '</testsuite>'
  } >"$results"
fi
exit $status

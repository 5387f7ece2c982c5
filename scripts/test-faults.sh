#!/usr/bin/env bash
# make test-faults: kill -9 loses nothing acknowledged (issue 9, item 7).
#
# ROUNDS rounds (default 20) on SQLite, then as many on PostgreSQL (a throwaway server from
# scripts/with-postgres.sh). Each round starts `enlace serve` on a free port over the database the
# previous round left (the first loads the demo data), drives writes through the HTTP API as the
# Secretariat and as the Honduran officer (scripts/faults/drive.mjs), sends SIGKILL to the server
# at a random moment, restarts it, and checks (scripts/faults/check.mjs) that every write answered
# 2xx before the kill is there and that nothing is half-written; then `enlace audit verify` must
# pass. Prints rounds, writes acknowledged, writes lost (must be 0). Exit 1 on any loss.
#   scripts/test-faults.sh [sqlite|postgresql|both]   (ENLACE=path/to/enlace, ROUNDS=N)
set -euo pipefail
cd "$(dirname "$0")/.."
ENLACE=${ENLACE:-build/dev/bin/enlace}
ROUNDS=${ROUNDS:-20}
which=${1:-both}
[ -x "$ENLACE" ] || { echo "test-faults: $ENLACE not built (cmake --build --preset dev --target enlace)" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

wait_healthy() {  # PORT PID
  for _ in $(seq 1 1200); do
    curl -fsS "http://127.0.0.1:$1/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}

# run_rounds LABEL DATABASE_URL WORKDIR
run_rounds() {
  local label=$1 database=$2 work=$3
  # The audit chain's key, outside the database, the same for every restart of this database.
  export ENLACE_AUDIT_KEY_FILE="$work/audit.key"
  local acks="$work/acks.jsonl" credentials="$work/credentials.json" total_acks=0 total_lost=0 total_half=0
  : >"$acks"
  local started=$SECONDS
  for round in $(seq 1 "$ROUNDS"); do
    local port pid demo=()
    port=$(free_port)
    [ "$round" -eq 1 ] && demo=(--demo --demo-credentials "$credentials")
    "$ENLACE" --database "$database" --log-level warn serve --listen "127.0.0.1:$port" --reminder-interval 0 \
      "${demo[@]}" >"$work/serve-$round.log" 2>&1 &
    pid=$!
    wait_healthy "$port" "$pid" || { echo "test-faults: $label round $round: the server did not start" >&2; cat "$work/serve-$round.log" >&2; return 1; }
    node scripts/faults/drive.mjs "http://127.0.0.1:$port" "$credentials" "$acks" >"$work/drive-$round.log" 2>&1 &
    local driver=$!
    # A random moment between 0.5 s and 4 s into the writes (the sign-ins take the first part).
    sleep "$(python3 -c 'import random; print(round(random.uniform(0.5, 4.0), 2))')"
    kill -KILL "$pid"
    wait "$pid" 2>/dev/null || true
    wait "$driver" || true
    # Restart over the same database and check.
    port=$(free_port)
    "$ENLACE" --database "$database" --log-level warn serve --listen "127.0.0.1:$port" --reminder-interval 0 \
      >"$work/check-$round.log" 2>&1 &
    pid=$!
    wait_healthy "$port" "$pid" || { echo "test-faults: $label round $round: the server did not restart after the kill" >&2; cat "$work/check-$round.log" >&2; return 1; }
    local result
    result=$(node scripts/faults/check.mjs "http://127.0.0.1:$port" "$credentials" "$acks")
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
    local audit
    if ! audit=$("$ENLACE" --database "$database" audit verify 2>&1); then
      echo "test-faults: $label round $round: $audit" >&2
      return 1
    fi
    local acknowledged lost half
    acknowledged=$(node -e 'const r=JSON.parse(process.argv[1]); console.log(r.acknowledged)' "$result")
    lost=$(node -e 'const r=JSON.parse(process.argv[1]); console.log(r.lost)' "$result")
    half=$(node -e 'const r=JSON.parse(process.argv[1]); console.log(r.half_written)' "$result")
    printf '  %-10s round %2d: %5d writes acknowledged so far, %d lost, %d half-written; %s\n' "$label" "$round" \
      "$acknowledged" "$lost" "$half" "${audit#enlace: }"
    total_acks=$acknowledged
    total_lost=$((total_lost + lost))
    total_half=$((total_half + half))
  done
  printf '%s: %d rounds, %d writes acknowledged, %d writes lost, %d half-written, audit verify passed every round (%d s)\n' \
    "$label" "$ROUNDS" "$total_acks" "$total_lost" "$total_half" $((SECONDS - started)) | tee -a "$SUMMARY"
  [ "$total_lost" -eq 0 ] && [ "$total_half" -eq 0 ]
}

work=$(mktemp -d /tmp/enlace-faults-XXXXXX)
trap 'rm -rf "$work"' EXIT
SUMMARY="$work/summary"
: >"$SUMMARY"
status=0
if [ "$which" = sqlite ] || [ "$which" = both ]; then
  mkdir -p "$work/sqlite"
  run_rounds SQLite "sqlite:$work/sqlite/enlace.db" "$work/sqlite" || status=1
fi
if [ "$which" = postgresql ] || [ "$which" = both ]; then
  if [ -n "${ENLACE_TEST_POSTGRES:-}" ]; then
    mkdir -p "$work/pg"
    db="enlace_faults_$$"
    psql "$ENLACE_TEST_POSTGRES" -qc "CREATE DATABASE $db" >/dev/null
    run_rounds PostgreSQL "${ENLACE_TEST_POSTGRES%/*}/$db" "$work/pg" || status=1
    psql "$ENLACE_TEST_POSTGRES" -qc "DROP DATABASE $db WITH (FORCE)" >/dev/null || true
  else
    # A throwaway server for the PostgreSQL rounds.
    SUMMARY_OUT="$work/pg-summary" ROUNDS=$ROUNDS ENLACE=$ENLACE scripts/with-postgres.sh "$0" postgresql || status=1
    [ -f "$work/pg-summary" ] && cat "$work/pg-summary" >>"$SUMMARY"
  fi
fi
[ -n "${SUMMARY_OUT:-}" ] && cp "$SUMMARY" "$SUMMARY_OUT"
echo "== kill -9: $( [ $status -eq 0 ] && echo 'nothing acknowledged was lost' || echo 'FAILED' ) =="
cat "$SUMMARY"
exit $status

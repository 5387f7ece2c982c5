#!/usr/bin/env bash
# HTTP benchmark (`make bench`, which builds the release server first).
#
# Starts, each on a free loopback port:
#   - nginx, serving the JSON of /api/v1/countries as a static file (the baseline);
#   - the release enlace server over a fresh SQLite database in a temporary folder;
#   - the same over a throwaway PostgreSQL cluster (scripts/with-postgres.sh), when available;
# runs wrk with the same settings against each route and prints one table: req/s, p50, p99 and the
# ratio to nginx, with each server's peak resident memory; then, when asked (BENCH_IMPORTER=1), the
# importer benchmark, which builds its own binary first and so is off by default.
#
# Exits non-zero only when something could not run (a missing tool, a server that does not start,
# a route answering something other than 2xx). It never judges speed: the figures are for people.
#
# Settings (environment):
#   BENCH_THREADS=2 BENCH_CONNECTIONS=64 BENCH_DURATION=10s BENCH_WARMUP=2s   wrk settings
#   BENCH_POSTGRES=auto|0      0 skips the PostgreSQL server (auto: when PostgreSQL is installed)
#   BENCH_SEARCH=0|1           1 also runs bench/search/run.sh (builds enlace_http_benchmarks; on
#                              PostgreSQL too when the throwaway cluster is up)
#   BENCH_IMPORTER=0|1         1 also runs bench/importer/run.sh (it builds build/bench-importer first,
#                              minutes on a busy 2-core machine; `make bench-importer` runs it alone)
#   BENCH_NGINX_WORKERS=N      nginx worker processes (default: the number of cores)
#   BENCH_PACKAGE=1|0          0 skips bench/package/run.py (a 200 MB meeting package, streamed: time and
#                              the server's peak memory growth), once with meeting attachments and once
#                              with library documents of the meeting
#   ENLACE_BIN=build/release/bin/enlace
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-64}
duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-2s}
enlace_bin=${ENLACE_BIN:-build/release/bin/enlace}
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)

fail() { echo "bench: $*" >&2; exit 1; }

# --- prerequisites -----------------------------------------------------------------------------------
[ -x "$enlace_bin" ] || fail "$enlace_bin not found: run \`make bench\` (or cmake --build --preset release --target enlace)"
command -v wrk >/dev/null || fail "wrk not found (Debian package wrk; scripts/install-deps.sh installs it)"
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_bin" ] || fail "nginx not found (Debian package nginx-light; scripts/install-deps.sh installs it)"
command -v curl >/dev/null || fail "curl not found"
command -v python3 >/dev/null || fail "python3 not found"

# --- PostgreSQL: run this whole script again inside scripts/with-postgres.sh ------------------------
# with-postgres.sh starts a throwaway cluster, exports ENLACE_TEST_POSTGRES, runs us and removes the
# cluster on every exit path. BENCH_INSIDE_POSTGRES stops the recursion. Ctrl-C reaches both scripts
# (the terminal signals the process group); a SIGTERM sent to the outer one alone is handled by
# with-postgres.sh only after this script has finished.
if [ "${BENCH_POSTGRES:-auto}" != 0 ] && [ -z "${BENCH_INSIDE_POSTGRES:-}" ] && [ -z "${ENLACE_TEST_POSTGRES:-}" ]; then
  if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    export BENCH_INSIDE_POSTGRES=1 BENCH_LOAD_AT_START="$load_at_start"
    exec scripts/with-postgres.sh "$root/bench/run.sh" "$@"
  elif [ "${BENCH_POSTGRES:-auto}" != auto ]; then
    fail "PostgreSQL server binaries not found (scripts/install-deps.sh installs them)"
  else
    echo "bench: PostgreSQL not installed; SQLite only" >&2
  fi
fi
load_at_start=${BENCH_LOAD_AT_START:-$load_at_start}

tmp=$(mktemp -d /tmp/enlace-bench-XXXXXX)
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Peak resident memory (VmHWM) of a process and its children, in MB.
peak_rss_mb() {
  local total=0 pid kb
  for pid in "$1" $(ps -o pid= --ppid "$1" 2>/dev/null); do
    kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    total=$((total + ${kb:-0}))
  done
  awk -v kb="$total" 'BEGIN { printf "%.0f", kb / 1024 }'
}

# start_enlace NAME DATABASE: starts the server, waits for "enlace: serving", sets $port and $pid.
start_enlace() {
  local name=$1 database=$2
  port=$(free_port)
  # The access log stays on (info), as deployed: its cost is part of every request. It goes to a file.
  # Without the anonymous per-client limit (--anonymous-rate 0): wrk asks anonymously from one address.
  "$enlace_bin" serve --database "$database" --listen "127.0.0.1:$port" --anonymous-rate 0 \
    >"$tmp/$name.out" 2>"$tmp/$name.log" &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 600); do
    grep -q '^enlace: serving' "$tmp/$name.out" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$tmp/$name.out" "$tmp/$name.log" >&2; fail "enlace ($name) exited before serving"; }
    sleep 0.1
  done
  fail "enlace ($name) did not start serving within 60 s"
}

# Stops one of our servers and forgets it, so that the exit trap never signals a reused pid.
stop() {
  local keep=() p
  kill -TERM "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  for p in "${pids[@]}"; do [ "$p" = "$1" ] || keep+=("$p"); done
  pids=("${keep[@]}")
}

# --- wrk ---------------------------------------------------------------------------------------------
rows=()
failed=0
to_ms() {  # wrk prints 812.00us, 1.23ms or 1.05s
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
    printf "%.2f", n }'
}
# measure LABEL URL SERVER_PID
measure() {
  local label=$1 url=$2 server=$3 out rps p50 p99 non2xx sockerr rss
  wrk -t"$threads" -c"$connections" -d"$warmup" "$url" >/dev/null
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url")
  echo "$out" >"$tmp/wrk-${label//[^a-zA-Z0-9]/_}.txt"
  rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$out")
  sockerr=$(awk '/Socket errors:/ {for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i; print n + 0}' <<<"$out")
  rss=$(peak_rss_mb "$server")
  [ -n "$rps" ] || { echo "$out" >&2; fail "could not read wrk's output for $label"; }
  if [ -n "$non2xx" ] && [ "$non2xx" != 0 ]; then
    echo "bench: $label: $non2xx responses other than 2xx; the figures are not valid" >&2
    failed=1
  fi
  rows+=("$label|$rps|$p50|$p99|${non2xx:-0}|${sockerr:-0}|$rss")
}

# --- servers -----------------------------------------------------------------------------------------
start_enlace sqlite "sqlite:$tmp/bench.db"
sqlite_port=$port sqlite_pid=$pid

# The static copy of /api/v1/countries, at the same path, with the same Content-Type.
mkdir -p "$tmp/nginx/www/api/v1"
curl -fsS -D "$tmp/countries.headers" -o "$tmp/nginx/www/api/v1/countries" "http://127.0.0.1:$sqlite_port/api/v1/countries" ||
  fail "GET /api/v1/countries failed"
content_type=$(awk -F': ' 'tolower($1) == "content-type" {sub(/\r$/, "", $2); print $2}' "$tmp/countries.headers")
body_bytes=$(stat -c %s "$tmp/nginx/www/api/v1/countries")

# nginx: an unprivileged foreground process with its own configuration. Two workers = the number of
# cores here (`worker_processes auto` would pick the same): enlace's thread pool may use every core,
# so the baseline may too; one worker would cap nginx at one core and flatter the ratio.
# keepalive_requests is raised from 1000 because enlace keeps a connection open however many requests
# it carries; otherwise nginx alone would pay for reconnections.
nginx_port=$(free_port)
nginx_workers=${BENCH_NGINX_WORKERS:-$(nproc)}
mkdir -p "$tmp/nginx/logs"
cat >"$tmp/nginx/nginx.conf" <<EOF
daemon off;
worker_processes $nginx_workers;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $tmp/nginx/body;
  proxy_temp_path $tmp/nginx/proxy;
  fastcgi_temp_path $tmp/nginx/fastcgi;
  uwsgi_temp_path $tmp/nginx/uwsgi;
  scgi_temp_path $tmp/nginx/scgi;
  types { }
  default_type "$content_type";
  sendfile on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$nginx_port;
    root $tmp/nginx/www;
  }
}
EOF
nginx_cmd=("$nginx_bin" -e "$tmp/nginx/logs/error.log" -c "$tmp/nginx/nginx.conf" -p "$tmp/nginx")
if [ "$(id -u)" -eq 0 ]; then
  # As root nginx would keep a root master; run all of it as nobody instead.
  chmod 755 "$tmp"
  chown -R nobody "$tmp/nginx"
  nginx_cmd=(setpriv --reuid=nobody --regid=nogroup --clear-groups "${nginx_cmd[@]}")
fi
"${nginx_cmd[@]}" >"$tmp/nginx.out" 2>&1 &
nginx_pid=$!
pids+=("$nginx_pid")
for _ in $(seq 100); do
  curl -fsS -o "$tmp/nginx.body" "http://127.0.0.1:$nginx_port/api/v1/countries" 2>/dev/null && break
  kill -0 "$nginx_pid" 2>/dev/null || { cat "$tmp/nginx.out" "$tmp/nginx/logs/error.log" >&2 2>/dev/null; fail "nginx exited"; }
  sleep 0.1
done
cmp -s "$tmp/nginx.body" "$tmp/nginx/www/api/v1/countries" || fail "nginx does not serve the countries JSON"
nginx_type=$(curl -fsSI "http://127.0.0.1:$nginx_port/api/v1/countries" | awk -F': ' 'tolower($1) == "content-type" {sub(/\r$/, "", $2); print $2}')
[ "$nginx_type" = "$content_type" ] || fail "nginx Content-Type '$nginx_type' differs from enlace's '$content_type'"

postgres_pid=""
if [ -n "${ENLACE_TEST_POSTGRES:-}" ]; then
  start_enlace postgresql "$ENLACE_TEST_POSTGRES"
  postgres_port=$port postgres_pid=$pid
  curl -fsS "http://127.0.0.1:$postgres_port/api/v1/countries" | cmp -s - "$tmp/nginx/www/api/v1/countries" ||
    fail "enlace on PostgreSQL serves different countries JSON"
fi

# --- the run -----------------------------------------------------------------------------------------
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD 2>/dev/null || commit="$commit (uncommitted changes)"
echo "== HTTP benchmark =="
echo "git:          $commit"
echo "machine:      $(nproc) cores ($(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)"
echo "load average: $load_at_start (1, 5, 15 min) at start"
echo "server:       $enlace_bin ($(date -r "$enlace_bin" '+%Y-%m-%d %H:%M')), default --threads and --connections"
echo "nginx:        $("$nginx_bin" -v 2>&1 | sed 's/^nginx version: //'), $nginx_workers workers, access_log off"
echo "wrk:          -t$threads -c$connections -d$duration --latency after a $warmup warm-up; wrk shares the cores"
echo "body:         /api/v1/countries, $body_bytes bytes, $content_type"
echo

measure "nginx static file" "http://127.0.0.1:$nginx_port/api/v1/countries" "$nginx_pid"
measure "enlace /healthz" "http://127.0.0.1:$sqlite_port/healthz" "$sqlite_pid"
measure "enlace /api/v1/countries (SQLite)" "http://127.0.0.1:$sqlite_port/api/v1/countries" "$sqlite_pid"
if [ -n "$postgres_pid" ]; then
  measure "enlace /api/v1/countries (PostgreSQL)" "http://127.0.0.1:$postgres_port/api/v1/countries" "$postgres_pid"
fi

nginx_rps=${rows[0]#*|}
nginx_rps=${nginx_rps%%|*}
printf '%-38s %9s %9s %9s %9s %8s %12s\n' route req/s "p50 ms" "p99 ms" "vs nginx" errors "peak RSS MB"
for row in "${rows[@]}"; do
  IFS='|' read -r label rps p50 p99 non2xx sockerr rss <<<"$row"
  ratio=$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  printf '%-38s %9s %9s %9s %9s %8s %12s\n' "$label" "$rps" "$p50" "$p99" "$ratio" "$((non2xx + sockerr))" "$rss"
done
echo "(errors: non-2xx responses plus socket errors; peak RSS: VmHWM of the server, nginx master + workers)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) at the end"

for p in "$sqlite_pid" "$nginx_pid" $postgres_pid; do stop "$p"; done

# --- the importer benchmark --------------------------------------------------------------------------
echo
if [ "${BENCH_IMPORTER:-0}" = 1 ] && [ -x bench/importer/run.sh ]; then
  echo "== importer benchmark (bench/importer/run.sh) =="
  bench/importer/run.sh || fail "the importer benchmark failed"
elif [ -x bench/importer/run.sh ]; then
  echo "(importer benchmark not run: BENCH_IMPORTER=1 make bench, or make bench-importer)"
fi
if [ "${BENCH_SEARCH:-0}" = 1 ] && [ -x bench/search/run.sh ]; then
  echo "== search benchmark (bench/search/run.sh) =="
  bench/search/run.sh || fail "the search benchmark failed"
else
  echo "(search benchmark not run: BENCH_SEARCH=1 make bench, or make bench-search)"
fi
if [ "${BENCH_MATRICES:-0}" = 1 ] && [ -x bench/matrices/run.sh ]; then
  echo "== matrices benchmark (bench/matrices/run.sh) =="
  bench/matrices/run.sh || fail "the matrices benchmark failed"
else
  echo "(matrices benchmark not run: BENCH_MATRICES=1 make bench, or make bench-matrices)"
fi
# --- a meeting's package, 200 MB, streamed (issue 13) -------------------------------------------------
echo
if [ "${BENCH_PACKAGE:-1}" = 1 ]; then
  ENLACE_BIN="$enlace_bin" python3 bench/package/run.py || fail "the package benchmark failed"
  ENLACE_BIN="$enlace_bin" BENCH_PACKAGE_SOURCE=documents python3 bench/package/run.py ||
    fail "the package benchmark (library documents) failed"
else
  echo "(package benchmark not run: BENCH_PACKAGE=0)"
fi
exit "$failed"

#!/usr/bin/env bash
# Installs what enlace needs to build, run and test, and nothing else: Debian packages and the
# front end's npm packages. Idempotent and fast when everything is already there (one dpkg-query,
# one lockfile comparison).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  # build
  build-essential cmake ninja-build ccache pkg-config clang-19 libclang-rt-19-dev clang-format
  # server libraries
  librestinio-dev libasio-dev libfmt-dev libhttp-parser-dev
  libsoci-dev libboost-dev libsqlite3-dev libpq-dev nlohmann-json3-dev libsodium-dev libstemmer-dev
  libcairo2-dev libpango1.0-dev fonts-dejavu-core libpoppler-cpp-dev libzip-dev libpugixml-dev
  libxlsxwriter-dev libcurl4-openssl-dev libical-dev libspdlog-dev libcli11-dev libicu-dev
  libgtest-dev libgmock-dev libvalijson-dev libssl-dev libdtl-dev
  # databases and tools used by tests and benchmarks
  sqlite3 postgresql postgresql-contrib poppler-utils pandoc python3-aiosmtpd wrk nginx-light
  chromium zip unzip curl
  # front end
  nodejs npm
)

missing=()
have_node=false
command -v node >/dev/null 2>&1 && have_node=true
for p in "${packages[@]}"; do
  # The machine's own Node (>= 20.19) is used when present; Debian's nodejs is only a fallback.
  if $have_node && { [ "$p" = nodejs ] || [ "$p" = npm ]; }; then continue; fi
  dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -q '^installed$' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Debian's postgresql package starts a system cluster; our tests start their own and never need it.

# npm: reinstall only when the lockfile changed since the last install
if [ -f frontend/package-lock.json ]; then
  stamp=frontend/node_modules/.enlace-lock-stamp
  if [ ! -f "$stamp" ] || ! cmp -s frontend/package-lock.json "$stamp"; then
    (cd frontend && npm ci --no-audit --no-fund --loglevel=error)
    cp frontend/package-lock.json "$stamp"
  fi
fi

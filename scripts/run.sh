#!/usr/bin/env bash
# `make run`: serve enlace on the embedded database with the demo data, and say how to sign in.
# The first run creates the database and prints the demo passwords (also kept, for this machine
# only, in data/demo-credentials.json, or a file named after another DATABASE); later runs reuse both.
set -euo pipefail
cd "$(dirname "$0")/.."
database=${1:-sqlite:data/enlace.db}
listen=${2:-127.0.0.1:8080}
mkdir -p data
# The passwords belong to one database: the default one keeps them in data/demo-credentials.json,
# any other (DATABASE=…) in a file named after it.
if [ "$database" = "sqlite:data/enlace.db" ]; then
  credentials=data/demo-credentials.json
else
  credentials=data/demo-credentials-$(printf '%s' "$database" | sha256sum | cut -c1-12).json
fi

echo
echo "enlace is starting at http://$listen"
if [ -f "$credentials" ]; then
  echo "Sign in with one of the demo accounts (from $credentials):"
  python3 - "$credentials" <<'PY'
import json, sys
for user in json.load(open(sys.argv[1]))["users"]:
    where = user.get("country") or user.get("organization") or ""
    print(f"  {user['email']:<28} {user['password']}  ({user['role']} {where})".rstrip())
PY
fi
echo "Stop it with Ctrl+C."
echo
exec build/release/bin/enlace serve --database "$database" --listen "$listen" --demo --demo-credentials "$credentials"

#!/usr/bin/env bash
# Creates an account on the local PDS (bsky-local.sh start) and an app password for it, to connect Coro with.
#
#   create-account.sh HANDLE PASSWORD     # HANDLE ends in .test, e.g. aurora.test
#
# Prints the app password (xxxx-xxxx-xxxx-xxxx); the account's own PASSWORD is for signing in elsewhere.
# Env: PDS (default http://127.0.0.1:2583). Needs curl.
set -euo pipefail
HANDLE=${1:-}; PASSWORD=${2:-}
[ -n "$HANDLE" ] && [ -n "$PASSWORD" ] || { sed -n '2,8p' "$0"; exit 2; }
case "$HANDLE" in *.test) ;; *) echo "the local PDS gives handles ending in .test (e.g. aurora.test)" >&2; exit 2 ;; esac
PDS=${PDS:-http://127.0.0.1:2583}

field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
call() {  # method, json body, [bearer]
  local auth=(); [ -n "${3:-}" ] && auth=(-H "Authorization: Bearer $3")
  curl -sS --fail-with-body -X POST -H 'Content-Type: application/json' "${auth[@]}" -d "$2" "$PDS/xrpc/$1"
}

curl -sf -o /dev/null "$PDS/xrpc/_health" || { echo "no PDS at $PDS: tools/bsky-local/bsky-local.sh start ~/.cache/coro/bsky-local" >&2; exit 1; }
ACCOUNT=$(call com.atproto.server.createAccount \
  "{\"handle\":\"$HANDLE\",\"email\":\"$HANDLE@example.com\",\"password\":\"$PASSWORD\"}") \
  || { echo "createAccount failed: $ACCOUNT" >&2; exit 1; }
ACCESS=$(echo "$ACCOUNT" | field accessJwt)
echo "created $HANDLE ($(echo "$ACCOUNT" | field did))" >&2
APP=$(call com.atproto.server.createAppPassword '{"name":"coro"}' "$ACCESS") \
  || { echo "createAppPassword failed: $APP" >&2; exit 1; }
echo "$APP" | field password

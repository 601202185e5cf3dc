#!/usr/bin/env bash
# Quick start: installs what is missing, builds, starts the demo marketplace on loopback and,
# when the desktop app is built, launches it signed in to that marketplace.
#   scripts/demo.sh [--port N] [--server-only] [--reset]
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

PORT=8090
SERVER_ONLY=false
RESET=false
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    --server-only) SERVER_ONLY=true; shift ;;
    --reset) RESET=true; shift ;;
    -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

ob_deps
ob_configure_build
BIN="$(ob_build_dir)/bin"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}/onbehalf-demo"
mkdir -p "$DATA"
if $RESET; then
  ob_log "Deleting the demo marketplace in $DATA"
  rm -f "$DATA"/market.sqlite*
fi

LOG="$DATA/server.log"
ob_log "Starting the demo marketplace (data in $DATA)"
"$BIN/onbehalf-server" --listen "127.0.0.1:$PORT" --database "sqlite:$DATA/market.sqlite" --seed demo \
  > "$DATA/server.out" 2> "$LOG" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT

URL=""
for _ in $(seq 1 300); do
  URL="$(sed -n 's/^listening on //p' "$DATA/server.out" 2>/dev/null || true)"
  [ -n "$URL" ] && break
  if ! kill -0 "$SERVER" 2>/dev/null; then
    echo "The marketplace server did not start:" >&2
    cat "$LOG" >&2
    exit 1
  fi
  sleep 0.1
done
[ -n "$URL" ] || { echo "The marketplace server did not start within 30 s; see $LOG" >&2; exit 1; }

CLIENT_ID=0FF1CE00-DE5C-4000-8000-000000000001
cat <<INFO

  Demo marketplace:  $URL
  Client ID:         $CLIENT_ID
  Sign in as:        agent01 (or agent02, agent03, supervisor01, admin01)
  Password:          Onbehalf#2026

INFO

if ! $SERVER_ONLY && [ -x "$BIN/onbehalf" ]; then
  ob_log "Launching the desktop app"
  "$BIN/onbehalf" --marketplace "$URL" --client-id "$CLIENT_ID"
else
  ob_log "Serving until Ctrl+C"
  wait "$SERVER"
fi

#!/usr/bin/env bash
# Quick start: installs what is missing, builds (preset "default", build/), starts the demo
# marketplace on loopback and, when the desktop app is built, launches it against that marketplace.
# The server stops when the app quits (or on Ctrl+C).
#   scripts/demo.sh [--port N] [--server-only] [--reset]
#     --port N       serve on 127.0.0.1:N (default: $PORT or 8090)
#     --server-only  do not launch the app; serve until Ctrl+C
#     --reset        delete the demo database first (a freshly seeded marketplace)
# Data: ${XDG_DATA_HOME:-~/.local/share}/onbehalf-demo (market.sqlite, server.log)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

CLIENT_ID=0FF1CE00-DE5C-4000-8000-000000000001
PASSWORD='Onbehalf#2026'

port="${PORT:-8090}"
server_only=false
reset=false
while [ $# -gt 0 ]; do
  case "$1" in
    --port)
      [ $# -ge 2 ] || ob_die "--port needs a number"
      port="$2"
      shift 2
      ;;
    --port=*) port="${1#--port=}"; shift ;;
    --server-only) server_only=true; shift ;;
    --reset) reset=true; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) ob_die "unknown option: $1 (see scripts/demo.sh --help)" ;;
  esac
done
case "$port" in
  '' | *[!0-9]*) ob_die "--port expects a number, not '$port'" ;;
esac
[ "$port" -le 65535 ] || ob_die "--port expects a number up to 65535"

ob_deps
ob_configure_build default
BIN="$(ob_build_dir default)/bin"
[ -x "$BIN/onbehalf-server" ] || ob_die "the build produced no $BIN/onbehalf-server"

DATA="${XDG_DATA_HOME:-$HOME/.local/share}/onbehalf-demo"
mkdir -p "$DATA"
if $reset; then
  ob_log "Deleting the demo marketplace in $DATA"
  rm -f "$DATA/market.sqlite" "$DATA/market.sqlite-wal" "$DATA/market.sqlite-shm" "$DATA/market.sqlite-journal"
fi

if [ "$port" != 0 ] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  ob_die "127.0.0.1:$port is already in use (another demo still running?); pick another with --port N"
fi

OUT="$DATA/server.out"
LOG="$DATA/server.log"
: >"$OUT"
ob_log "Starting the demo marketplace on 127.0.0.1:$port (data in $DATA)"
"$BIN/onbehalf-server" --listen "127.0.0.1:$port" --database "sqlite:$DATA/market.sqlite" --seed demo \
  >"$OUT" 2>"$LOG" &
SERVER=$!

# shellcheck disable=SC2317 # called from the exit hook
stop_server() {
  kill -0 "$SERVER" 2>/dev/null || return 0
  ob_log "Stopping the demo marketplace"
  kill -TERM "$SERVER" 2>/dev/null || true
  local i
  for ((i = 0; i < 100; i++)); do
    kill -0 "$SERVER" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
}
ob_on_exit stop_server

# The server prints one line, "listening on http://HOST:PORT", once it accepts connections
# (seeding a fresh demo database takes a few seconds: every password is an argon2id hash).
URL=""
for ((i = 0; i < 1200; i++)); do
  URL="$(sed -n 's/^listening on \(http.*\)$/\1/p' "$OUT")"
  [ -n "$URL" ] && break
  if ! kill -0 "$SERVER" 2>/dev/null; then
    tail -n 30 "$LOG" >&2 || true
    ob_die "the demo marketplace did not start; its log is above (and in $LOG)"
  fi
  sleep 0.1
done
[ -n "$URL" ] || ob_die "the demo marketplace did not start within 2 minutes; see $LOG"

cat <<INFO

  Demo marketplace   $URL
  Client ID          $CLIENT_ID
  Sign in as         agent01  (also agent02, agent03, supervisor01, admin01)
  Password           $PASSWORD
  Server log         $LOG

INFO

if ! $server_only && [ -x "$BIN/onbehalf" ]; then
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    ob_log "No display (DISPLAY/WAYLAND_DISPLAY unset), so not launching the desktop app"
  else
    ob_log "Launching the desktop app (the marketplace stops when it quits)"
    status=0
    "$BIN/onbehalf" --marketplace "$URL" --client-id "$CLIENT_ID" || status=$?
    exit "$status"
  fi
elif ! $server_only; then
  ob_log "The desktop app ($BIN/onbehalf) is not built"
fi

ob_log "Serving $URL until Ctrl+C"
status=0
wait "$SERVER" || status=$?
ob_log "The demo marketplace exited (status $status); see $LOG"
exit "$status"

#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what is missing, builds, then runs ctest
#  - with QT_QPA_PLATFORM=offscreen (widgets without a display),
#  - inside a private D-Bus session with an unlocked gnome-keyring (the real Secret Service),
#  - with a throw-away PostgreSQL 15 on loopback (the server suites run on SQLite and PostgreSQL),
#  - with a temporary HOME, so nothing touches your own keychain or settings.
# Extra arguments go to ctest, e.g. scripts/test.sh -R tst_oauth
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

if [ "${1:-}" = "--in-session" ]; then
  shift
  # Runs inside dbus-run-session: unlock a fresh login keyring with a throw-away password.
  eval "$(printf 'onbehalf-test' | gnome-keyring-daemon --unlock --components=secrets)"
  eval "$(gnome-keyring-daemon --start --components=secrets)"
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
  probe="probe-$$"
  printf 'secret' | secret-tool store --label="Onbehalf test probe" onbehalf-test "$probe"
  if [ "$(secret-tool lookup onbehalf-test "$probe")" != "secret" ]; then
    echo "The Secret Service keychain (gnome-keyring) does not work in the test session." >&2
    exit 1
  fi
  secret-tool clear onbehalf-test "$probe"
  ob_log "Keychain: gnome-keyring unlocked on a private D-Bus session"
  cd "$OB_ROOT"
  exec ctest --preset "$(ob_preset)" -j2 "$@"
fi

ob_deps
ob_configure_build

WORK="$(mktemp -d /tmp/onbehalf-test.XXXXXX)"
PGDATA=""
PGBIN=/usr/lib/postgresql/15/bin
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  if [ -n "$PGDATA" ] && [ -f "$PGDATA/postmaster.pid" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
  local port
  for port in $(seq 55432 55632); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port for PostgreSQL" >&2; exit 1
}

ob_log "Starting a throw-away PostgreSQL"
PGDATA="$WORK/pg"
mkdir -p "$PGDATA"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PGDATA" && chmod 755 "$WORK"
PGPORT="$(free_port)"
as_pg "$PGBIN/initdb" -D "$PGDATA" -A trust -U postgres >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -w -l "$PGDATA/server.log" \
  -o "-p $PGPORT -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
export ONBEHALF_TEST_PG_URL="postgresql://postgres@127.0.0.1:$PGPORT/postgres"

mkdir -p "$WORK/home" "$WORK/runtime"
chmod 700 "$WORK/runtime"
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
export XDG_CACHE_HOME="$WORK/home/.cache" XDG_RUNTIME_DIR="$WORK/runtime"
export QT_QPA_PLATFORM=offscreen
unset DBUS_SESSION_BUS_ADDRESS

ob_log "Running the test suite"
set +e
dbus-run-session -- "$OB_ROOT/scripts/test.sh" --in-session "$@"
status=$?
set -e
exit "$status"

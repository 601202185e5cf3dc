#!/usr/bin/env bash
# Shared by the project's scripts (source it, do not run it): where the repository is, which
# CMake preset applies, the set-up every command starts with, and the throw-away environment the
# tests run in.
#
#   ob_log MESSAGE...            a short progress line on stderr
#   ob_die MESSAGE...            an error line on stderr, then exit 1
#   ob_preset                    "ci" when CI=true (build-ci/, warnings are errors), else "default"
#   ob_build_dir [PRESET]        the preset's binary directory (as in CMakePresets.json)
#   ob_deps                      scripts/deps.sh: installs missing Debian packages as root,
#                                otherwise prints the one apt-get command and fails
#   ob_configure_build [PRESET]  cmake --preset PRESET, then cmake --build --preset PRESET -j2
#
#   ob_on_exit COMMAND...        run COMMAND when the script exits (also on Ctrl+C / SIGTERM),
#                                most recently registered first
#   ob_sandbox                   a temporary HOME, XDG_{DATA,CONFIG,CACHE}_HOME and
#                                XDG_RUNTIME_DIR (0700), QT_QPA_PLATFORM=offscreen, no display,
#                                no session bus; all removed on exit
#   ob_start_postgres            a throw-away PostgreSQL cluster on 127.0.0.1:<free port> (trust
#                                auth, role "onbehalf" with CREATEDB), exports
#                                ONBEHALF_TEST_PG_URL, and ONBEHALF_TEST_PG_{BIN,DATA,OWNER,LOG,
#                                OPTIONS} for tests that restart it; stopped and deleted on exit
#   ob_keyring_session CMD...    runs CMD in a private D-Bus session with gnome-keyring started,
#                                unlocked and checked (secret-tool round trip); CMD's exit status
set -euo pipefail

if [ -z "${OB_ROOT:-}" ] || [ ! -f "$OB_ROOT/CMakePresets.json" ]; then
  OB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
fi
export OB_ROOT

ob_log() {
  if [ -t 2 ]; then printf '\033[1m==> %s\033[0m\n' "$*" >&2; else printf '==> %s\n' "$*" >&2; fi
}

ob_die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# --- Build --------------------------------------------------------------------------------

ob_preset() {
  if [ "${CI:-}" = "true" ]; then echo ci; else echo default; fi
}

ob_build_dir() {
  local preset="${1:-$(ob_preset)}"
  case "$preset" in
    default) echo "$OB_ROOT/build" ;;
    ci) echo "$OB_ROOT/build-ci" ;;
    *) ob_die "unknown CMake preset '$preset' (expected default or ci)" ;;
  esac
}

ob_deps() {
  ob_log "Checking Debian packages (scripts/deps.sh)"
  if ! "$OB_ROOT/scripts/deps.sh"; then
    ob_die "required Debian packages are missing; install them as shown above, then run this again"
  fi
}

ob_configure_build() {
  local preset="${1:-$(ob_preset)}"
  local dir log
  dir="$(ob_build_dir "$preset")"
  mkdir -p "$dir"
  log="$dir/configure.log"
  ob_log "Configuring (preset $preset, ${dir#"$OB_ROOT"/}/)"
  if ! (cd "$OB_ROOT" && cmake --preset "$preset") >"$log" 2>&1; then
    cat "$log" >&2
    ob_die "CMake configuration failed (preset $preset); the output above is also in $log"
  fi
  ob_log "Building (preset $preset, -j${OB_JOBS:-2})"
  if ! (cd "$OB_ROOT" && cmake --build --preset "$preset" -j "${OB_JOBS:-2}"); then
    ob_die "the build failed (preset $preset)"
  fi
}

# --- Clean-up on exit ---------------------------------------------------------------------

OB_EXIT_HOOKS=()

_ob_run_exit_hooks() {
  local status=$? i
  set +e
  for ((i = ${#OB_EXIT_HOOKS[@]} - 1; i >= 0; i--)); do
    eval "${OB_EXIT_HOOKS[i]}"
  done
  OB_EXIT_HOOKS=()
  return "$status"
}

ob_on_exit() {
  local quoted
  printf -v quoted '%q ' "$@"
  OB_EXIT_HOOKS+=("$quoted")
  trap _ob_run_exit_hooks EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# --- The throw-away test environment ------------------------------------------------------

OB_TMP=""

# One private temporary directory per run; everything else lives below it.
ob_tmpdir() {
  if [ -z "$OB_TMP" ]; then
    OB_TMP="$(mktemp -d "${TMPDIR:-/tmp}/onbehalf-test.XXXXXX")"
    ob_on_exit rm -rf "$OB_TMP"
  fi
}

ob_sandbox() {
  ob_tmpdir
  local home="$OB_TMP/home" runtime="$OB_TMP/runtime"
  mkdir -p "$home/.local/share" "$home/.config" "$home/.cache" "$runtime"
  chmod 0700 "$home" "$runtime"
  export HOME="$home"
  export XDG_DATA_HOME="$home/.local/share"
  export XDG_CONFIG_HOME="$home/.config"
  export XDG_CACHE_HOME="$home/.cache"
  export XDG_RUNTIME_DIR="$runtime"
  export QT_QPA_PLATFORM=offscreen
  # Nothing may reach the user's own session, keychain or screen.
  unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY \
    XDG_SESSION_TYPE XDG_CURRENT_DESKTOP
  export OB_SANDBOX="$OB_TMP"
}

# PostgreSQL's binaries: version 15 (Debian 12) when present, else the newest installed.
ob_pg_bindir() {
  local dir
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
    echo /usr/lib/postgresql/15/bin
    return
  fi
  dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
    return
  fi
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  return 1
}

# A TCP port on 127.0.0.1 that nothing answers on (the caller retries if it loses a race).
ob_free_port() {
  local port tries
  for ((tries = 0; tries < 200; tries++)); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  return 1
}

# Runs a PostgreSQL server binary as the cluster's owner: "postgres" when we are root
# (PostgreSQL refuses to run as root), else ourselves.
_ob_as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u "$OB_PG_OWNER" -- "$@")
  else
    (cd / && "$@")
  fi
}

_ob_stop_postgres() {
  [ -n "${OB_PG_DATA:-}" ] && [ -f "$OB_PG_DATA/postmaster.pid" ] || return 0
  _ob_as_pg "$OB_PG_BIN/pg_ctl" -D "$OB_PG_DATA" -m fast -w -t 30 stop >/dev/null 2>&1 ||
    _ob_as_pg "$OB_PG_BIN/pg_ctl" -D "$OB_PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
}

ob_start_postgres() {
  ob_tmpdir
  OB_PG_BIN="$(ob_pg_bindir)" ||
    ob_die "PostgreSQL server binaries (initdb, pg_ctl) not found; scripts/deps.sh installs the 'postgresql' package"
  OB_PG_OWNER="$(id -un)"
  local base="$OB_TMP/postgres" port="" attempt
  if [ "$(id -u)" -eq 0 ]; then
    OB_PG_OWNER=postgres
    id -u "$OB_PG_OWNER" >/dev/null 2>&1 ||
      ob_die "running as root, but there is no 'postgres' user to own the test cluster (install the 'postgresql' package)"
    chmod 0711 "$OB_TMP" # the cluster's owner must reach its directory below
  fi
  OB_PG_DATA="$base/data"
  mkdir -p "$base/socket"
  [ "$(id -u)" -eq 0 ] && chown -R "$OB_PG_OWNER:" "$base"
  chmod 0700 "$base"

  ob_log "Starting a throw-away PostgreSQL ($("$OB_PG_BIN/postgres" --version | sed 's/^postgres (PostgreSQL) //'), owner $OB_PG_OWNER)"
  if ! _ob_as_pg "$OB_PG_BIN/initdb" -D "$OB_PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    >"$base/initdb.log" 2>&1; then
    cat "$base/initdb.log" >&2
    ob_die "initdb failed"
  fi
  ob_on_exit _ob_stop_postgres

  local options
  for attempt in 1 2 3 4 5; do
    port="$(ob_free_port)" || ob_die "no free TCP port on 127.0.0.1 for PostgreSQL"
    options="-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$base/socket"
    options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    if _ob_as_pg "$OB_PG_BIN/pg_ctl" -D "$OB_PG_DATA" -l "$base/server.log" -w -t 60 -o "$options" \
      start >/dev/null 2>&1; then
      break
    fi
    port=""
    ob_log "PostgreSQL did not start (attempt $attempt), trying another port"
  done
  if [ -z "$port" ]; then
    tail -n 30 "$base/server.log" >&2 || true
    ob_die "the throw-away PostgreSQL did not start; its log is above"
  fi

  if ! "$OB_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c 'CREATE ROLE onbehalf LOGIN CREATEDB' >/dev/null; then
    ob_die "could not create the 'onbehalf' role in the test cluster"
  fi
  if [ "$("$OB_PG_BIN/psql" -X -qAt -h 127.0.0.1 -p "$port" -U onbehalf -d postgres -c 'SELECT 1')" != 1 ]; then
    ob_die "the test cluster does not accept the 'onbehalf' role on 127.0.0.1:$port"
  fi
  export ONBEHALF_TEST_PG_URL="postgresql://onbehalf@127.0.0.1:$port/postgres"
  # What a test needs to stop and start this cluster itself (the database-restart test):
  # pg_ctl -D DATA -l LOG -o OPTIONS start|stop, run as OWNER (via runuser when we are root).
  export ONBEHALF_TEST_PG_BIN="$OB_PG_BIN" ONBEHALF_TEST_PG_DATA="$OB_PG_DATA" \
    ONBEHALF_TEST_PG_OWNER="$OB_PG_OWNER" ONBEHALF_TEST_PG_LOG="$base/server.log" ONBEHALF_TEST_PG_OPTIONS="$options"
  ob_log "PostgreSQL: $ONBEHALF_TEST_PG_URL"
}

# Inside the private session: start gnome-keyring with a fresh "login" keyring unlocked by a
# throw-away password, then prove a store/lookup/clear round trip through the Secret Service.
# (--unlock must come first: a daemon started without it has no default collection, and
# writing to it would ask for a password through a system prompt that cannot show.)
_ob_unlock_keyring() {
  if [ -z "${OB_SANDBOX:-}" ] || [ "${XDG_RUNTIME_DIR:-}" != "$OB_SANDBOX/runtime" ]; then
    ob_die "refusing to start a keyring outside the throw-away environment (ob_sandbox)"
  fi
  local env probe value log="$XDG_RUNTIME_DIR/gnome-keyring.log"
  if ! command -v gnome-keyring-daemon >/dev/null 2>&1 || ! command -v secret-tool >/dev/null 2>&1; then
    ob_die "keychain: gnome-keyring-daemon or secret-tool missing (packages gnome-keyring, libsecret-tools; scripts/deps.sh)"
  fi
  if ! env="$(printf '%s' 'onbehalf-test' | gnome-keyring-daemon --unlock --components=secrets 2>>"$log")"; then
    cat "$log" >&2
    ob_die "keychain: 'gnome-keyring-daemon --unlock' failed"
  fi
  eval "$env"
  if ! env="$(gnome-keyring-daemon --start --components=secrets 2>>"$log")"; then
    cat "$log" >&2
    ob_die "keychain: 'gnome-keyring-daemon --start' failed"
  fi
  eval "$env"
  export GNOME_KEYRING_CONTROL

  probe="probe-$$-$RANDOM"
  if ! printf '%s' "$probe-secret" |
    timeout 20 secret-tool store --label="Onbehalf test probe" onbehalf-test-probe "$probe" ||
    ! value="$(timeout 20 secret-tool lookup onbehalf-test-probe "$probe")" ||
    [ "$value" != "$probe-secret" ] ||
    ! timeout 20 secret-tool clear onbehalf-test-probe "$probe" ||
    timeout 20 secret-tool lookup onbehalf-test-probe "$probe" >/dev/null 2>&1; then
    cat "$log" >&2
    ob_die "keychain: the Secret Service (gnome-keyring on the private D-Bus session) failed a store/lookup/clear round trip with secret-tool; the keychain tests cannot run"
  fi
  ob_log "Keychain: gnome-keyring unlocked on a private D-Bus session (secret-tool round trip ok)"
}

ob_keyring_session() {
  [ -n "${OB_SANDBOX:-}" ] || ob_sandbox
  command -v dbus-run-session >/dev/null 2>&1 ||
    ob_die "dbus-run-session not found; scripts/deps.sh installs the 'dbus' package"
  local status=0
  # shellcheck disable=SC2016 # expanded by the inner shell
  dbus-run-session -- bash -c 'source "$1"; shift; _ob_unlock_keyring; exec "$@"' \
    ob-keyring-session "$OB_ROOT/scripts/lib/common.sh" "$@" || status=$?
  return "$status"
}

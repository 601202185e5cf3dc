#!/usr/bin/env bash
# Builds, then runs the benchmarks (tests/benchmarks, ctest label "benchmark"), which
# scripts/test.sh leaves out. Like the tests they run in a temporary HOME, offscreen, in a private
# D-Bus session with a throw-away unlocked gnome-keyring (so your own keychain is never touched).
# Extra arguments go to ctest, e.g. scripts/bench.sh -R bench_server_search
# Preset "default" (build/), or "ci" (build-ci/) when CI=true.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

case "${1:-}" in
  -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
esac

preset="$(ob_preset)"
ob_deps
# wrk drives the HTTP load of bench_server_load.
"$OB_ROOT/scripts/deps.sh" wrk || ob_die "wrk is missing; install it as shown above"
ob_configure_build "$preset"
dir="$(ob_build_dir "$preset")"

ob_sandbox
ob_start_postgres # bench_server_search_postgresql
ob_log "Running the benchmarks (ctest -L benchmark in ${dir#"$OB_ROOT"/}/)"
status=0
ob_keyring_session ctest --test-dir "$dir" -L benchmark --output-on-failure -V "$@" || status=$?
exit "$status"

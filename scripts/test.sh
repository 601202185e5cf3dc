#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what is missing, builds, then runs ctest
#  - in a temporary HOME / XDG_* / XDG_RUNTIME_DIR, so nothing touches your keychain or settings,
#  - with QT_QPA_PLATFORM=offscreen (real widgets without a display),
#  - in a private D-Bus session with gnome-keyring started and unlocked (the real Secret Service),
#  - with a throw-away PostgreSQL on 127.0.0.1 (ONBEHALF_TEST_PG_URL; the server suites run on
#    SQLite and PostgreSQL).
# Benchmarks (label "benchmark") are left out; scripts/bench.sh runs them.
# Extra arguments go to ctest, e.g. scripts/test.sh -R tst_oauth
# Preset "default" (build/), or "ci" (build-ci/, warnings are errors) when CI=true.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

case "${1:-}" in
  -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
esac

preset="$(ob_preset)"
ob_deps
ob_configure_build "$preset"

ob_sandbox
ob_start_postgres

ob_log "Running the test suite (ctest --preset $preset${*:+ $*})"
cd "$OB_ROOT"
status=0
ob_keyring_session ctest --preset "$preset" --output-on-failure -j2 "$@" || status=$?
if [ "$status" -eq 0 ]; then
  ob_log "All tests passed"
else
  ob_log "ctest exited with status $status"
fi
exit "$status"

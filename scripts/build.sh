#!/usr/bin/env bash
# Installs what is missing, then configures and builds Onbehalf (desk, server, tests).
# Preset "default" (build/), or "ci" (build-ci/, warnings are errors) when CI=true.
#   scripts/build.sh [default|ci]
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

case "${1:-}" in
  -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
esac

preset="${1:-$(ob_preset)}"
ob_build_dir "$preset" >/dev/null   # rejects unknown presets
ob_deps
ob_configure_build "$preset"
ob_log "Built into $(ob_build_dir "$preset")/bin"

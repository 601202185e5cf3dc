#!/usr/bin/env bash
# Installs what is missing, configures and builds Onbehalf (app, server, tests).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
ob_deps
ob_configure_build
ob_log "Built into $(ob_build_dir)/bin"

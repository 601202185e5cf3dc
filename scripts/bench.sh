#!/usr/bin/env bash
# Builds and runs the benchmarks under tests/benchmarks (not part of scripts/test.sh).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
ob_deps
ob_configure_build
cd "$(ob_build_dir)"
ctest -L benchmark --output-on-failure -V "$@"

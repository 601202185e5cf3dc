#!/usr/bin/env bash
# Shared by the project's scripts: where things are, and the set-up every command starts with.
set -euo pipefail

OB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export OB_ROOT

ob_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The CMake preset: "ci" (warnings are errors, build-ci/) on CI, else "default" (build/).
ob_preset() {
  if [ "${CI:-}" = "true" ]; then echo ci; else echo default; fi
}

ob_build_dir() {
  if [ "$(ob_preset)" = ci ]; then echo "$OB_ROOT/build-ci"; else echo "$OB_ROOT/build"; fi
}

ob_deps() {
  ob_log "Checking Debian packages"
  "$OB_ROOT/scripts/deps.sh"
}

ob_configure_build() {
  local preset
  preset="$(ob_preset)"
  ob_log "Configuring (preset $preset)"
  (cd "$OB_ROOT" && cmake --preset "$preset" >/dev/null)
  ob_log "Building with Ninja"
  (cd "$OB_ROOT" && cmake --build --preset "$preset" -j2)
}

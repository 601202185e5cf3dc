#!/usr/bin/env bash
# Regenerates the README screenshots (docs/screenshots/*.png) from the real desk against a fresh
# demo marketplace, under a virtual X display (Xvfb) when available, else Qt's offscreen platform.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
ob_deps
if [ "$(id -u)" -eq 0 ] && ! command -v xvfb-run >/dev/null; then
  apt-get install -y -qq --no-install-recommends xvfb xauth fonts-dejavu-core >/dev/null
fi
ob_configure_build
BIN="$(ob_build_dir)/bin"
WORK="$(mktemp -d)"
trap 'kill "${SERVER:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
"$BIN/onbehalf-server" --listen 127.0.0.1:0 --database "sqlite:$WORK/market.sqlite" --seed demo > "$WORK/out" &
SERVER=$!
for _ in $(seq 1 100); do grep -q '^listening on ' "$WORK/out" && break; sleep 0.1; done
URL="$(sed -n 's/^listening on //p' "$WORK/out")"
OUT="$OB_ROOT/docs/screenshots"
export HOME="$WORK" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
if command -v xvfb-run >/dev/null; then
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" "$BIN/onbehalf-screenshots" "$URL" "$OUT"
else
  QT_QPA_PLATFORM=offscreen "$BIN/onbehalf-screenshots" "$URL" "$OUT"
fi
ob_log "Screenshots in $OUT"

#!/usr/bin/env bash
# Renders the application icon from its one source, resources/icons/onbehalf.svg, into
#   resources/icons/onbehalf-<size>.png  (16 24 32 48 64 128 256 512, the hicolor sizes installed on Linux)
#   resources/icons/onbehalf.ico         (Windows: 16–256, the 256 one stored as PNG)
#   resources/icons/onbehalf.icns        (macOS bundle icon: 16–512)
# The results are committed, so building and packaging never need these tools; run this only after
# editing the SVG. As root it installs its tools with apt-get; otherwise it prints the command.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"

TOOLS=(librsvg2-bin icoutils icnsutils)   # rsvg-convert, icotool, png2icns
SIZES=(16 24 32 48 64 128 256 512)
ICO_SIZES=(16 24 32 48 64 128 256)
ICNS_SIZES=(16 32 48 128 256 512)

missing=()
for p in "${TOOLS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    ob_log "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing Debian packages. Run:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

ICONS="$OB_ROOT/resources/icons"
SVG="$ICONS/onbehalf.svg"
TMP="$(mktemp -d /tmp/onbehalf-icons.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT

ob_log "Rendering PNGs from $SVG"
for s in "${SIZES[@]}"; do
  rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio --format png "$SVG" -o "$ICONS/onbehalf-$s.png"
done

ob_log "Building onbehalf.ico"
ico_args=()
for s in "${ICO_SIZES[@]}"; do
  if [ "$s" -ge 256 ]; then ico_args+=(--raw="$ICONS/onbehalf-$s.png"); else ico_args+=("$ICONS/onbehalf-$s.png"); fi
done
icotool --create --output="$TMP/onbehalf.ico" "${ico_args[@]}"
mv "$TMP/onbehalf.ico" "$ICONS/onbehalf.ico"

ob_log "Building onbehalf.icns"
icns_args=()
for s in "${ICNS_SIZES[@]}"; do icns_args+=("$ICONS/onbehalf-$s.png"); done
png2icns "$TMP/onbehalf.icns" "${icns_args[@]}" >/dev/null
mv "$TMP/onbehalf.icns" "$ICONS/onbehalf.icns"

icotool --list "$ICONS/onbehalf.ico"
icns2png --list "$ICONS/onbehalf.icns"
ls -l "$ICONS"

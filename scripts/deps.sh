#!/usr/bin/env bash
# Installs the Debian packages Onbehalf builds, runs and tests with, plus any named as arguments
# (scripts/package.sh adds its packaging tools this way).
# As root it installs them with apt-get; otherwise it prints the one command to run.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  qtkeychain-qt6-dev
  # Qt's own catalogs (qtbase_de.qm …): standard buttons and shortcut names in the chosen language.
  qt6-translations-l10n
  nlohmann-json3-dev libcpp-jwt-dev libssl-dev libsodium-dev libboost-dev libsqlite3-dev
  # Test-time peers: the Secret Service keychain on a private D-Bus, PostgreSQL, secret-tool.
  dbus dbus-x11 gnome-keyring libsecret-tools postgresql
  # The TLS reverse proxy of the two-instance test (packaging/nginx/onbehalf.conf) and its certificate.
  nginx openssl
  # The literal desk binary on a virtual X display, driven with real key events (tst_deskprocess).
  xvfb xdotool
)

# The contract suite (tests/contract) runs the official OrderCloud SDK on Node. Debian's nodejs/npm
# only when npm is missing: an npm installed another way (e.g. NodeSource) conflicts with Debian's.
command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)

PACKAGES+=("$@")

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing Debian packages. Run:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi

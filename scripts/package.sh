#!/usr/bin/env bash
# Builds the Linux packages and checks them, as CI does:
#   - installs missing packages (scripts/deps.sh, then the packaging tools below), configures and
#     builds with the preset scripts/test.sh uses (nothing is rebuilt when it is up to date),
#   - cpack -G "DEB;TGZ" into build*/packages: onbehalf_<version>_<arch>.deb and a .tar.gz,
#   - validates the packaged desktop entry (desktop-file-validate) and AppStream metainfo
#     (appstreamcli validate --no-net, and validate-tree over the whole packaged /usr/share).
# --install-test (root only; CI) then installs the .deb with apt-get, runs the installed
# `onbehalf --version`, `onbehalf-server --help` and a short onbehalf-server start on SQLite,
# validates the installed files, and removes the package again.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"

INSTALL_TEST=0
for arg in "$@"; do
  case "$arg" in
    --install-test) INSTALL_TEST=1 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

# Tools for packaging and its checks (not needed to build or test, so not in deps.sh).
TOOLS=(dpkg-dev fakeroot file desktop-file-utils appstream librsvg2-bin icoutils icnsutils)

install_tools() {
  "$OB_ROOT/scripts/deps.sh" "${TOOLS[@]}"
}

if [ "$INSTALL_TEST" -eq 1 ] && [ "$(id -u)" -ne 0 ]; then
  echo "--install-test installs the .deb system-wide: run it as root (CI does)." >&2
  exit 1
fi

ob_deps
install_tools
ob_configure_build "$(ob_preset)"

BUILD="$(ob_build_dir)"
OUT="$BUILD/packages"
WORK="$(mktemp -d /tmp/onbehalf-package.XXXXXX)"
INSTALLED_BY_US=0
cleanup() {
  if [ "$INSTALLED_BY_US" -eq 1 ]; then
    ob_log "Removing the test installation"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq onbehalf >/dev/null || true
  fi
  rm -rf "$WORK"
}
if declare -F ob_on_exit >/dev/null; then ob_on_exit cleanup; else trap cleanup EXIT; fi

ob_log "Packaging with CPack (DEB, TGZ) into $OUT"
rm -rf "$OUT"
(cd "$BUILD" && cpack -G "DEB;TGZ" --config CPackConfig.cmake >"$WORK/cpack.log" 2>&1) || {
  cat "$WORK/cpack.log" >&2; exit 1; }
rm -rf "$OUT/_CPack_Packages"

shopt -s nullglob
debs=("$OUT"/onbehalf_*.deb)
tgzs=("$OUT"/onbehalf-*.tar.gz)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ] || [ ${#tgzs[@]} -ne 1 ]; then
  echo "expected one .deb and one .tar.gz in $OUT, found: $(ls "$OUT")" >&2
  exit 1
fi
DEB="${debs[0]}"
TGZ="${tgzs[0]}"

ob_log "Packages"
ls -l "$DEB" "$TGZ"
dpkg-deb --field "$DEB" Package Version Architecture Installed-Size Depends Recommends Suggests

# The files every package must carry.
expect_files() {
  local root="$1" f absent=0
  for f in bin/onbehalf bin/onbehalf-server \
           share/applications/io.onbehalf.Onbehalf.desktop \
           share/metainfo/io.onbehalf.Onbehalf.metainfo.xml \
           share/icons/hicolor/scalable/apps/io.onbehalf.Onbehalf.svg \
           share/icons/hicolor/{16x16,24x24,32x32,48x48,64x64,128x128,256x256,512x512}/apps/io.onbehalf.Onbehalf.png \
           share/doc/onbehalf/examples/onbehalf-server.service \
           share/doc/onbehalf/examples/server.env.example \
           share/doc/onbehalf/examples/onbehalf-server; do
    if [ ! -e "$root/$f" ]; then echo "missing in package: $f" >&2; absent=1; fi
  done
  return "$absent"
}

# Desktop entry and AppStream checks over a /usr-like tree ($1 = the directory holding share/).
validate_tree() {
  local usr="$1"
  echo "desktop-file-validate $usr/share/applications/io.onbehalf.Onbehalf.desktop"
  desktop-file-validate "$usr/share/applications/io.onbehalf.Onbehalf.desktop"
  echo "appstreamcli validate --no-net $usr/share/metainfo/io.onbehalf.Onbehalf.metainfo.xml"
  appstreamcli validate --no-net "$usr/share/metainfo/io.onbehalf.Onbehalf.metainfo.xml"
}

ob_log "Checking the .deb contents"
dpkg-deb -x "$DEB" "$WORK/deb"
expect_files "$WORK/deb/usr"
file "$WORK/deb/usr/bin/onbehalf" "$WORK/deb/usr/bin/onbehalf-server"
if readelf -d "$WORK/deb/usr/bin/onbehalf" "$WORK/deb/usr/bin/onbehalf-server" | grep -Eq 'R(UN)?PATH'; then
  echo "the packaged executables still carry an RPATH/RUNPATH" >&2; exit 1
fi
validate_tree "$WORK/deb/usr"
# validate-tree also cross-checks the metainfo against the desktop entry and icons of the tree.
echo "appstreamcli validate-tree --no-net <deb root>"
appstreamcli validate-tree --no-net "$WORK/deb"

ob_log "Checking the .tar.gz contents"
mkdir "$WORK/tgz"
tar -xzf "$TGZ" -C "$WORK/tgz"
tgz_root=("$WORK"/tgz/*)
expect_files "${tgz_root[0]}"

if [ "$INSTALL_TEST" -eq 0 ]; then
  ob_log "Packages are in $OUT (scripts/package.sh --install-test installs and tries the .deb)"
  exit 0
fi

# ---------------------------------------------------------------------------------------------------
if dpkg-query -W -f='${Status}' onbehalf 2>/dev/null | grep -q 'install ok installed'; then
  echo "onbehalf is already installed on this machine; --install-test will not replace it." >&2
  exit 1
fi

ob_log "Installing $(basename "$DEB") with apt-get"
export DEBIAN_FRONTEND=noninteractive
INSTALLED_BY_US=1
if ! apt-get install -y -qq "$DEB" >"$WORK/apt.log" 2>&1; then
  # Stale package lists: refresh once and retry.
  apt-get update -qq
  apt-get install -y -qq "$DEB" >"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log" >&2; exit 1; }
fi
dpkg-query -W -f='installed: ${Package} ${Version} ${Status}\n' onbehalf

ob_log "Running the installed programs (headless)"
(
  cd /  # nothing from the build tree
  unset QT_QPA_PLATFORM DISPLAY WAYLAND_DISPLAY
  set -x
  /usr/bin/onbehalf --version
  /usr/bin/onbehalf-server --help
) 2>&1
# The app looks for onbehalf-server next to itself; the demo database is SQLite (a plugin the
# package depends on explicitly): start the installed server on it once.
log="$WORK/server.log"
/usr/bin/onbehalf-server --listen 127.0.0.1:0 --database "sqlite:$WORK/smoke.sqlite" --seed none >"$log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  grep -q '^listening on http://' "$log" && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
if ! grep -q '^listening on http://' "$log"; then
  kill "$server_pid" 2>/dev/null || true
  echo "the installed onbehalf-server did not start on SQLite:" >&2; cat "$log" >&2; exit 1
fi
cat "$log"
kill -TERM "$server_pid"
wait "$server_pid" || { echo "onbehalf-server did not stop cleanly on SIGTERM" >&2; exit 1; }

ob_log "Validating the installed files"
expect_files /usr
validate_tree /usr
if command -v systemd-analyze >/dev/null; then
  echo "systemd-analyze verify /usr/share/doc/onbehalf/examples/onbehalf-server.service"
  systemd-analyze verify /usr/share/doc/onbehalf/examples/onbehalf-server.service
fi

ob_log "Package install test passed: $(basename "$DEB")"

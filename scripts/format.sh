#!/usr/bin/env bash
# Formats every C++ file git tracks or would track (new, not ignored) with the repository's
# .clang-format (clang-format from Debian).
# --check changes nothing: it lists the files that are not formatted and fails if there are any
# (CI runs it that way).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"

CHECK=0
for arg in "$@"; do
  case "$arg" in
    --check) CHECK=1 ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

"$OB_ROOT/scripts/deps.sh" clang-format
cd "$OB_ROOT"
# Tracked and new (not ignored) files: a new file must not land unformatted.
mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.h' | sort -u |
  while IFS= read -r f; do [ -f "$f" ] && printf '%s\n' "$f"; done)
if [ "$CHECK" -eq 0 ]; then
  clang-format -i "${files[@]}"
  ob_log "Formatted ${#files[@]} files"
  exit 0
fi
unformatted=()
for f in "${files[@]}"; do
  clang-format "$f" | cmp -s - "$f" || unformatted+=("$f")
done
if [ ${#unformatted[@]} -gt 0 ]; then
  printf 'Not formatted (run scripts/format.sh):\n' >&2
  printf '  %s\n' "${unformatted[@]}" >&2
  exit 1
fi
ob_log "All ${#files[@]} C++ files follow .clang-format"

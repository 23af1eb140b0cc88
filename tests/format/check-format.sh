#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ source of the project does not follow .clang-format, naming every such file and the
# command that fixes it. Run by ctest (test "format") and by hand: bash tests/format/check-format.sh
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root" || exit 2
command -v clang-format >/dev/null 2>&1 || { echo "format: clang-format is not installed" >&2; exit 2; }
bad=()
while IFS= read -r -d '' f; do
    if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then
        bad+=("$f")
    fi
done < <(find models ui app plugins tests -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
if [[ ${#bad[@]} -gt 0 ]]; then
    printf 'format: %d file(s) do not follow .clang-format:\n' "${#bad[@]}" >&2
    printf '  %s\n' "${bad[@]}" >&2
    printf 'format: fix with: clang-format -i %s\n' "${bad[*]}" >&2
    exit 1
fi
echo "format: every C++ file follows .clang-format"

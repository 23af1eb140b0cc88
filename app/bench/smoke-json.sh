#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Smoke test of cockpit-bench: `smoke-json.sh BENCH FIGURE` runs one figure with --json --strict and passes
# only when the bench exits 0 and prints one JSON object holding the figure as a number.
set -uo pipefail
out="$("$1" --json --strict --only "$2")"
rc=$?
printf '%s\n' "$out"
[[ $rc -eq 0 ]] || { echo "smoke: cockpit-bench exited $rc" >&2; exit 1; }
[[ "$out" =~ ^\{\"$2\":[0-9][0-9.e+-]*\}$ ]] || { echo "smoke: no {\"$2\": number} in the output" >&2; exit 1; }

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer target for SECONDS over its seed corpus (ctest's fuzz_NAME, from cockpit_add_fuzz_target):
#   run-fuzz.sh FUZZER SEED_CORPUS WORK_DIR SECONDS
# New inputs go to WORK_DIR/corpus (the repository's seed corpus is only read); a crash, leak, timeout or
# UB is written to WORK_DIR/artifacts, printed as base64 (so a CI log is enough to reproduce it) and
# fails the run.
set -euo pipefail
fuzzer=$1 seeds=$2 work=$3 seconds=$4
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/../sanitizers/lsan.supp:print_suppressions=0}"

# A fixed seed by default, so that a CI run is repeatable (a finding fails every run, not one in many);
# FUZZ_SEED=0 lets libFuzzer choose one (longer local campaigns).
seed="${FUZZ_SEED:-1}"
rc=0
"$fuzzer" -seed="$seed" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "$work/corpus" "$seeds" || rc=$?
shopt -s nullglob
artifacts=("$work/artifacts"/*)
if [[ $rc -ne 0 || ${#artifacts[@]} -gt 0 ]]; then
    printf 'fuzz: %s failed (exit %d)\n' "$(basename "$fuzzer")" "$rc" >&2
    for a in "${artifacts[@]}"; do
        printf 'fuzz: input %s (%d bytes), base64:\n' "$a" "$(stat -c %s "$a")" >&2
        head -c 4096 "$a" | base64 >&2
    done
    printf 'fuzz: reproduce with: %s ARTIFACT\n' "$fuzzer" >&2
    exit $((rc == 0 ? 1 : rc))
fi
printf 'fuzz: %s ran %ss over %s without a finding\n' "$(basename "$fuzzer")" "$seconds" "$seeds"

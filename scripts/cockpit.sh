#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Set up, build, run and test Cutover Cockpit on Debian 12.
#
#   bash scripts/cockpit.sh setup   install the Debian packages that are missing (needs root or sudo)
#   bash scripts/cockpit.sh build   configure and build into build/ (executables in build/bin)
#   bash scripts/cockpit.sh run     setup + build, then start the GUI on a demo session
#                                   (extra arguments follow --demo, e.g. run --screenshot shot.png)
#   bash scripts/cockpit.sh test    setup + build, then run the whole test suite with ctest, then the
#                                   unit tests under ASan+UBSan (build-asan/) and each fuzz target for a
#                                   short while (build-fuzz/); a time per stage at the end
#   bash scripts/cockpit.sh asan    setup, then only the ASan+UBSan unit test stage
#   bash scripts/cockpit.sh fuzz    setup, then only the fuzz stage (COCKPIT_FUZZ_SECONDS per target, 30)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="$ROOT/build"
ASAN_DIR="$ROOT/build-asan"
FUZZ_DIR="$ROOT/build-fuzz"
FUZZ_SECONDS="${COCKPIT_FUZZ_SECONDS:-30}"
MIN_FREE_MB="${COCKPIT_MIN_FREE_MB:-3000}"

# Everything the build, the tests (real haproxy, nginx, prometheus, postgresql, chromium on loopback)
# and packaging need. Debian's qt6-charts-dev does not pull in libqt6opengl6-dev, which Qt6Charts needs.
PACKAGES=(
    cmake ninja-build g++ clang-format
    clang libclang-rt-14-dev llvm
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev sqlite3
    appstream desktop-file-utils dpkg-dev file
    haproxy nginx-light prometheus postgresql
    poppler-utils xvfb xauth fonts-dejavu-core chromium
    openssh-client libssl-dev passwd python3
    gnome-keyring libsecret-1-0 dbus-daemon dbus-bin openssl
)
# openssh-client: ssh-keygen -Y and ssh-agent make and check the electronic signatures; libssl-dev: OpenSSL's
# Ed25519, with which audit verify checks them in process; passwd: useradd for the tests' second OS account;
# python3: the independent audit verifier. gnome-keyring + libsecret-1-0 (QtKeychain's Secret Service backend),
# dbus-daemon and dbus-bin (dbus-send): tst_teamkeychain's private keyring; openssl: tst_teamcertificate's CA.
# clang + libclang-rt-14-dev: libFuzzer and clang's sanitizer runtimes (the fuzz stage); llvm: llvm-symbolizer,
# so that sanitizer reports name functions and lines.
# Packages that come with a system daemon. The tests start their own instances on ephemeral loopback
# ports; the distribution's daemons are not used, so they are not started by the install.
SERVICE_PACKAGES=(haproxy nginx-light prometheus postgresql)

say() { printf 'cockpit: %s\n' "$*"; }
die() { printf 'cockpit: error: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '4,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

missing_packages() {
    local p status
    for p in "${PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)"
        [[ "$status" == installed ]] || printf '%s\n' "$p"
    done
}

# Runs a command as root: directly when we are root, else through sudo when it exists.
as_root() {
    if [[ "$(id -u)" -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "installing packages needs root, and sudo is not installed. Run this script as root (su -c 'bash scripts/cockpit.sh ${COMMAND:-setup}'), or install the packages listed by 'grep -A8 ^PACKAGES= scripts/cockpit.sh' yourself."
    fi
}

cmd_setup() {
    command -v dpkg-query >/dev/null 2>&1 || die "dpkg-query not found: this script sets up Debian 12 (bookworm)."
    if [[ -r /etc/os-release ]]; then
        # shellcheck disable=SC1091
        . /etc/os-release
        if [[ "${ID:-}" != debian || "${VERSION_ID:-}" != 12 ]]; then
            say "note: this is ${PRETTY_NAME:-an unknown system}, not Debian 12; package names may differ."
        fi
    fi

    local missing=()
    mapfile -t missing < <(missing_packages)
    if [[ ${#missing[@]} -eq 0 ]]; then
        say "all ${#PACKAGES[@]} required packages are installed."
        return 0
    fi
    say "installing ${#missing[@]} missing package(s): ${missing[*]}"

    # Keep apt's maintainer scripts from starting the distribution's haproxy/nginx/prometheus/postgresql
    # daemons (the tests start their own). Only when no policy is in place already (containers often
    # have one); it is removed again whatever happens.
    local policy=/usr/sbin/policy-rc.d own_policy=0
    if ! as_root test -e "$policy"; then
        as_root sh -c "printf '#!/bin/sh\n# temporary, written by cutover-cockpit scripts/cockpit.sh setup\nexit 101\n' > $policy && chmod 755 $policy"
        own_policy=1
        # shellcheck disable=SC2064 # expanded now on purpose: the path this run wrote
        trap "as_root rm -f '$policy'" EXIT
    fi

    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"

    if [[ $own_policy -eq 1 ]]; then
        as_root rm -f "$policy"
        trap - EXIT
    fi

    # If a daemon came up anyway (a policy that allows it), stop the ones this run installed, so that
    # nothing we added occupies a port.
    local p unit
    for p in "${missing[@]}"; do
        if [[ " ${SERVICE_PACKAGES[*]} " == *" $p "* ]]; then
            unit="${p%-light}"
            if [[ -d /run/systemd/system ]] && command -v systemctl >/dev/null 2>&1; then
                if systemctl is-active --quiet "$unit" 2>/dev/null; then
                    say "stopping the system's $unit daemon (not needed; tests start their own)"
                    as_root systemctl stop "$unit" || true
                fi
            elif command -v service >/dev/null 2>&1 && [[ -x "/etc/init.d/$unit" ]]; then
                as_root service "$unit" stop >/dev/null 2>&1 || true
            fi
        fi
    done

    mapfile -t missing < <(missing_packages)
    [[ ${#missing[@]} -eq 0 ]] || die "still missing after apt-get install: ${missing[*]}"
    say "all required packages are installed."
}

cmd_build() {
    command -v cmake >/dev/null 2>&1 || die "cmake not found; run 'bash scripts/cockpit.sh setup' first (as root)."
    if [[ -f "$BUILD_DIR/CMakeCache.txt" ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$BUILD_DIR/CMakeCache.txt"; then
        die "$BUILD_DIR was configured with another generator; remove it (rm -rf build) and run again."
    fi
    # ccache, when the machine has it, makes a rebuild in a fresh clone fast; it is optional.
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
    say "built; executables are in $BUILD_DIR/bin"
}

cmd_run() {
    cmd_setup
    cmd_build
    local app="$BUILD_DIR/bin/cutover-cockpit"
    [[ -x "$app" ]] || die "$app was not built."
    local args=(--demo "$@")
    if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
        say "starting: $app ${args[*]}"
        exec "$app" "${args[@]}"
    fi
    say "no display: neither \$DISPLAY nor \$WAYLAND_DISPLAY is set, so no window can be shown here."
    say "To see the window, run this command from a terminal in a desktop session, or log in with"
    say "'ssh -X' and run: $app --demo"
    say "To look at it without a display: $app --demo --screenshot demo.png (renders the window to a PNG)."
    say "Starting it now on a virtual display (xvfb-run -a); it runs invisibly until you press Ctrl+C."
    command -v xvfb-run >/dev/null 2>&1 || die "xvfb-run not found; run 'bash scripts/cockpit.sh setup' as root."
    exec xvfb-run -a "$app" "${args[@]}"
}

# Runs ctest with the given arguments in a process group of its own: if a test crashes and leaves a server
# it started (haproxy, nginx, prometheus, postgres, chromium) behind, the whole group is ended afterwards.
run_ctest() {
    local rc=0 pid
    set +e
    QT_QPA_PLATFORM=offscreen setsid ctest "$@" </dev/null &
    pid=$!
    trap 'kill -TERM -- "-$pid" 2>/dev/null' INT TERM
    while true; do
        wait "$pid"
        rc=$?
        # wait returns >128 when a trapped signal interrupted it; then the group was signalled: wait again
        kill -0 "$pid" 2>/dev/null || break
    done
    trap - INT TERM
    set -e
    if kill -0 -- "-$pid" 2>/dev/null; then
        say "stopping processes the tests left running"
        kill -TERM -- "-$pid" 2>/dev/null || true
        sleep 2
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    return "$rc"
}

# Configures a sanitizer build from its preset (CMakePresets.json) and builds it. ccache when present.
build_preset() {
    local preset=$1 dir=$2
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake --preset "$preset" -S "$ROOT" "${launcher[@]}" "${@:3}"
    cmake --build "$dir" --parallel "$(nproc)"
}

# The unit tests (label unit: tests/unit/<room>) and cutoverctl built with ASan + UBSan (gcc); a leak, an
# invalid access or undefined behaviour fails the test that hit it.
stage_asan() {
    build_preset asan "$ASAN_DIR"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0" \
        run_ctest --test-dir "$ASAN_DIR" -L unit --output-on-failure -j2
}

# The libFuzzer targets (tests/fuzz, clang), each run for FUZZ_SECONDS over its seed corpus; a crash,
# leak, timeout or UB fails it and prints the input.
stage_fuzz() {
    build_preset fuzz "$FUZZ_DIR" -DCOCKPIT_FUZZ_SECONDS="$FUZZ_SECONDS"
    run_ctest --test-dir "$FUZZ_DIR" -L fuzz --output-on-failure -j2
}

# Runs the named stages in order (each even if an earlier one failed), prints how long each took and
# whether it passed, and fails if any failed.
run_stages() {
    local stage start rc failed=0 summary=()
    for stage in "$@"; do
        say "=== stage $stage ==="
        start=$SECONDS
        # In a subshell that is not part of a condition, so that set -e still stops the stage at its
        # first failing command (it would be ignored inside `stage || ...`).
        set +e
        (
            set -e
            "stage_$stage"
        )
        rc=$?
        set -e
        summary+=("$(printf '%-6s %4ds  %s' "$stage" $((SECONDS - start)) "$([[ $rc -eq 0 ]] && echo passed || echo "FAILED (exit $rc)")")")
        [[ $rc -eq 0 ]] || failed=1
        say "=== stage $stage: $((SECONDS - start)) s, exit $rc ==="
    done
    say "stages:"
    printf 'cockpit:   %s\n' "${summary[@]}"
    disk_report
    return "$failed"
}

# Free space where the build lives and what each build folder takes, so that a run that failed for want of
# disk ("No space left on device") says so at the end.
disk_report() {
    local free dirs=() d
    free="$(df -Pm "$ROOT" 2>/dev/null | awk 'NR == 2 { print $4 }')"
    for d in "$BUILD_DIR" "$ASAN_DIR" "$FUZZ_DIR"; do
        [[ -d "$d" ]] && dirs+=("$(basename "$d") $(du -sm "$d" 2>/dev/null | cut -f1) MB")
    done
    say "disk: ${free:-?} MB free in $ROOT; ${dirs[*]:-no build folders}"
}

# Stops early, naming the cause, when the disk cannot hold a build (each stage needs about MIN_FREE_MB).
check_disk() {
    local free
    free="$(df -Pm "$ROOT" 2>/dev/null | awk 'NR == 2 { print $4 }')"
    [[ -n "$free" ]] || return 0
    if ((free < MIN_FREE_MB)); then
        disk_report
        die "only $free MB are free in $ROOT; building and testing needs about $MIN_FREE_MB MB. Free some space (rm -rf build-asan build-fuzz removes the sanitizer builds) and run again."
    fi
}

stage_build() { cmd_build; }
stage_test() { run_ctest --test-dir "$BUILD_DIR" --output-on-failure -j2; }

cmd_test() {
    cmd_setup
    check_disk
    run_stages build test asan fuzz
}

COMMAND="${1:-}"
[[ $# -gt 0 ]] && shift
case "$COMMAND" in
    setup) cmd_setup ;;
    build) cmd_build ;;
    run) cmd_run "$@" ;;
    test) cmd_test ;;
    asan) cmd_setup && run_stages asan ;;
    fuzz) cmd_setup && run_stages fuzz ;;
    -h | --help | help) usage ;;
    *)
        [[ -z "$COMMAND" ]] || printf 'cockpit: unknown command "%s"\n\n' "$COMMAND" >&2
        usage >&2
        exit 2
        ;;
esac

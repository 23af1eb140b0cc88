// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A test-only crash point for the kill -9 harness (tests/support/Kill9Campaign): in a build with the CMake
// option COCKPIT_TEST_HOOKS (on by default when the tests are built), a process started with
// COCKPIT_TEST_KILL_AT_COMMIT=N kills itself with SIGKILL right after its Nth successful commit, so the
// harness can stop cutoverctl exactly between one committed transaction and the next. Without the
// variable, and in every build without the option, it does nothing.
class TestKillHook {
public:
    static void afterCommit();
};

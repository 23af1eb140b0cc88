// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TestKillHook.h"

#ifdef COCKPIT_TEST_HOOKS
#include <QtGlobal>

#include <atomic>
#include <csignal>
#endif

void TestKillHook::afterCommit()
{
#ifdef COCKPIT_TEST_HOOKS
    // The variable is read once per process; 0 or unset means never.
    static const int killAt = qEnvironmentVariableIntValue("COCKPIT_TEST_KILL_AT_COMMIT");
    static std::atomic<int> commits { 0 };
    if (killAt > 0 && ++commits == killAt)
        std::raise(SIGKILL);
#endif
}

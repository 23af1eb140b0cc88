// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class Outbox;

// Notifications from the command line: the webhook URLs come from the environment only
// (COCKPIT_SLACK_WEBHOOK, ...; no keychain prompt in a script), and what a command announced is delivered
// for a bounded time before it exits; the rest stays pending in the session's outbox.
class CtlNotifications {
    Q_DECLARE_TR_FUNCTIONS(CtlNotifications)
public:
    // Sets the endpoints found; returns the number of channels enabled. *problems names bad variables.
    static int endpointsFromEnvironment(Outbox &outbox, QStringList *problems);
    // Delivers until nothing is pending for an enabled channel, at most `seconds`; false when some is left.
    static bool deliver(Outbox &outbox, int seconds);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class Outbox;

// Notifications from the command line: what a command announced is delivered for a bounded time before it
// exits; the rest stays pending in the session's outbox. (The session's composition root sets the webhook
// URLs, for cutoverctl from the environment only.)
class CtlNotifications {
    Q_DECLARE_TR_FUNCTIONS(CtlNotifications)
public:
    // Delivers until nothing is pending for an enabled channel, at most `seconds`; false when some is left.
    static bool deliver(Outbox &outbox, int seconds);
    // An error line on stderr for each message the outbox parks from now on (the receiver kept refusing
    // it), naming how to retry or drop it.
    static void reportParkedAsErrors(Outbox &outbox, const QString &sessionPath);
    static void reportParked(
        const QString &sessionPath, qint64 id, const QString &channel, const QString &why);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One message waiting in (or delivered from) the session's outbox.
struct OutboxMessage {
    enum class State { Pending, Failed, Sent }; // Failed: the last attempt failed, a retry is scheduled

    qint64 id = 0;
    QString channel; // "slack", "teams", "mattermost"
    QString kind;    // "incident", "step", "result"
    qint64 refId = 0;
    QString summary; // one line for the delivery view (never the URL)
    QByteArray payload;
    State state = State::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime nextAttemptAt;
    QDateTime sentAt;

    static QString stateKey(State s)
    {
        return s == State::Sent ? QStringLiteral("sent")
                                : s == State::Failed ? QStringLiteral("failed") : QStringLiteral("pending");
    }
    static State stateFromKey(const QString &k)
    {
        return k == QLatin1String("sent") ? State::Sent
                                          : k == QLatin1String("failed") ? State::Failed : State::Pending;
    }
};

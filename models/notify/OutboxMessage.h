// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One message waiting in (or delivered from) the session's outbox.
struct OutboxMessage {
    // Failed: the last attempt failed, a retry is scheduled at nextAttemptAt. Sending: a deliverer has
    // claimed the message and is posting it; nextAttemptAt is when the claim lapses (after a crash).
    // Parked: the receiver kept refusing it (too many attempts, or a refusal that no retry cures); it is no
    // longer sent, so that later messages of its channel go out, until a person retries or drops it.
    // Dropped: a person gave up on a parked message (with a reason); it is never sent.
    enum class State { Pending, Sending, Failed, Sent, Parked, Dropped };

    // Sent and dropped messages are done; a parked one waits for a person; the rest are being delivered.
    bool isDone() const { return state == State::Sent || state == State::Dropped; }
    bool isWaitingForDelivery() const { return !isDone() && state != State::Parked; }

    qint64 id = 0;
    QString channel; // "slack", "teams", "mattermost"
    QString kind; // "incident", "step", "result"
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
        switch (s) {
        case State::Sent:
            return QStringLiteral("sent");
        case State::Parked:
            return QStringLiteral("parked");
        case State::Dropped:
            return QStringLiteral("dropped");
        case State::Failed:
            return QStringLiteral("failed");
        case State::Sending:
            return QStringLiteral("sending");
        case State::Pending:
            break;
        }
        return QStringLiteral("pending");
    }
    static State stateFromKey(const QString &k)
    {
        if (k == QLatin1String("sent"))
            return State::Sent;
        if (k == QLatin1String("parked"))
            return State::Parked;
        if (k == QLatin1String("dropped"))
            return State::Dropped;
        if (k == QLatin1String("failed"))
            return State::Failed;
        if (k == QLatin1String("sending"))
            return State::Sending;
        return State::Pending;
    }
};

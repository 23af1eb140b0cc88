// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class SessionStore;

// The one place that knows how a commit of another connection to a session is noticed, whatever engine
// holds the session: for a file, SQLite's PRAGMA data_version polled on a timer (SqliteChangeSignal); for
// PostgreSQL, LISTEN/NOTIFY behind the same interface. A follower (SessionWatcher, AuditFeed) re-reads what
// it shows on changed(); one changed() may stand for several commits. This connection's own commits are not
// announced (the store's commit observers are).
class SessionChangeSignal : public QObject {
    Q_OBJECT
public:
    // The signal for the engine the store is on. The store must outlive it.
    static std::unique_ptr<SessionChangeSignal> create(const SessionStore &store);

    // From now on: changed() for every commit after this call.
    virtual void start() = 0;
    virtual void stop() = 0;
    // How often a polling signal looks, in ms; a pushed signal ignores it.
    virtual void setInterval(int ms) { Q_UNUSED(ms); }

Q_SIGNALS:
    void changed();
    // Once, when the session can no longer be followed (its file removed, replaced by another or no longer
    // readable; the connection lost), with a message naming the session and what happened. Nothing follows.
    void lost(const QString &message);

protected:
    using QObject::QObject;
};

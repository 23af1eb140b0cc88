// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

class SessionStore;

// The one controller of a session's traffic (schema version 8): whoever drives it (run, shift, promote,
// resume, hold, rollback) holds the lease and renews its heartbeat every few seconds; everybody else only
// looks. Taking and checking the lease happen inside one write transaction (BEGIN IMMEDIATE), so two
// processes can never both believe they hold it. A holder whose process is gone (same host) or whose
// heartbeat is older than expirySeconds() is taken over at once; a live holder only by an explicit
// take-over with a reason. Every take-over is in the audit trail.
class TrafficLease {
public:
    struct Holder {
        QString holder; // the person driving
        QString host;
        qint64 pid = 0;
        QString token; // this engine instance
        QDateTime since;
        QDateTime heartbeat;
        QDateTime readAt; // the session's clock when this was read (see clock())
        bool isNull() const { return token.isEmpty(); }
        // The process is gone (same host, kill(pid, 0) fails) or the heartbeat is older than
        // expirySeconds() by the session's clock.
        bool isDead() const;
        // "alice on host-1 (pid 123) since 10:02"
        QString describe() const;
        // Seconds between the last heartbeat and readAt (-1 when unknown).
        qint64 heartbeatAgeSeconds() const;
        // "last heartbeat 3 s ago; without one for 30 s, control passes to the next cockpit that acts"
        QString describeLiveness() const;
    };
    enum class Outcome { Taken, Refused, Failed };

    TrafficLease(SessionStore *store, const QString &token);

    static int expirySeconds() { return 30; }
    static int heartbeatMs() { return 5000; }
    static QString thisHost();

    QString token() const { return m_token; }
    // Who holds it now (null holder when nobody does).
    Holder current() const;
    bool isMine(const Holder &h) const { return !h.isNull() && h.token == m_token; }

    // Takes the lease for holder (or renews it when this token holds it already). A dead holder is taken
    // over at once and the take-over audited; a live one only with takeOver and a reason. *other is the
    // holder that was there (or refused).
    Outcome take(const QString &holder, bool takeOver, const QString &reason, Holder *other, QString *error);
    // Renews the heartbeat; false (and *other set) when someone else holds the lease now.
    bool heartbeat(Holder *other, QString *error);
    // Gives the lease up when this token holds it.
    void release();

    // The clock the lease is kept by: the server's on a team session (the desks' clocks may differ by
    // more than the expiry), this machine's for a session file.
    static QDateTime clock(SessionStore *store);

private:
    static Holder read(SessionStore *store);
    SessionStore *m_store;
    QString m_token;
};

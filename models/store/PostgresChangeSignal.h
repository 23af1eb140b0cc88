// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SessionChangeSignal.h"

#include <QSqlDriver>

class QTimer;

// A team session's changes, pushed by the server: the store's connection LISTENs on the session's channel,
// to which every audit record notifies in the transaction that writes it (TeamSchema), so a commit of any
// client (another cockpit, cutoverctl, psql) arrives within the server's round trip; notifications of this
// connection's own commits are left out. A light heartbeat (SELECT 1, every second by default) notices a
// lost connection or a stopped server at once and says so (lost()).
class PostgresChangeSignal : public SessionChangeSignal {
    Q_OBJECT
public:
    PostgresChangeSignal(const QString &connectionName, const QString &address, const QString &channel,
        QObject *parent = nullptr);
    ~PostgresChangeSignal() override;

    void start() override;
    void stop() override;
    // The heartbeat's interval.
    void setInterval(int ms) override;

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void beat();

    QString m_connectionName;
    QString m_address;
    QString m_channel;
    QTimer *m_heartbeat;
    bool m_listening = false;
    bool m_lost = false;
};

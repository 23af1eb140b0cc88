// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

class QTimer;

// Waits for a lost team server to come back: every few seconds it tries to connect to the session's address
// on a worker thread (a connection of its own, closed at once), so that a server that does not answer never
// holds up the window. Emits retried() after each failed try and recovered() once, when a connection is made
// and the session can be read again; then it stops.
class ServerReconnector : public QObject {
    Q_OBJECT
public:
    explicit ServerReconnector(QObject *parent = nullptr);
    ~ServerReconnector() override;

    void setInterval(int ms);
    void start(const QString &address);
    void stop();
    bool isRunning() const;

Q_SIGNALS:
    void retried(const QString &error);
    void recovered();

private:
    void tryOnce();

    QString m_address;
    QTimer *m_timer;
    QFutureWatcher<QString> m_attempt;
    int m_tries = 0;
};

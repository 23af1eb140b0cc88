// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/PostgresChangeSignal.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

PostgresChangeSignal::PostgresChangeSignal(
    const QString &connectionName, const QString &address, const QString &channel, QObject *parent)
    : m_connectionName(connectionName)
    , m_address(address)
    , m_channel(channel)
    , m_heartbeat(new QTimer(this))
{
    setParent(parent);
    m_heartbeat->setInterval(1000);
    connect(m_heartbeat, &QTimer::timeout, this, &PostgresChangeSignal::beat);
}

PostgresChangeSignal::~PostgresChangeSignal()
{
    stop();
}

void PostgresChangeSignal::start()
{
    if (m_listening)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) {
        Q_EMIT lost(QCoreApplication::translate(
            "PostgresChangeSignal", "Cannot follow %1: its connection is closed; reopen the session.")
                        .arg(m_address));
        return;
    }
    QSqlDriver *driver = db.driver();
    connect(driver,
        qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
            &QSqlDriver::notification),
        this, &PostgresChangeSignal::onNotification, Qt::UniqueConnection);
    // A read-only connection's transactions refuse LISTEN; this one transaction may (it changes no data).
    QSqlQuery(db).exec(QStringLiteral("BEGIN READ WRITE"));
    m_listening = driver->subscribeToNotification(m_channel);
    QSqlQuery(db).exec(m_listening ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    if (!m_listening) {
        Q_EMIT lost(QCoreApplication::translate("PostgresChangeSignal",
            "Cannot follow %1: the server did not take the request to announce its changes (LISTEN: %2). "
            "Nothing would be shown; check the connection and your rights on the session.")
                        .arg(m_address, driver->lastError().text().trimmed()));
        return;
    }
    m_heartbeat->start();
}

void PostgresChangeSignal::stop()
{
    m_heartbeat->stop();
    if (!m_listening)
        return;
    m_listening = false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen()) {
        db.driver()->unsubscribeFromNotification(m_channel);
        disconnect(db.driver(), nullptr, this, nullptr);
    }
}

void PostgresChangeSignal::setInterval(int ms)
{
    m_heartbeat->setInterval(ms);
}

void PostgresChangeSignal::onNotification(
    const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    Q_UNUSED(payload);
    if (name == m_channel && source != QSqlDriver::SelfSource)
        Q_EMIT changed();
}

void PostgresChangeSignal::beat()
{
    if (m_lost)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isValid())
        return; // the store is closing
    // The driver marks a connection the server ended as closed (at its next read): that is a loss too,
    // not a reason to stop looking.
    QString problem;
    if (db.isOpen()) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT 1")))
            return;
        problem = q.lastError().text().trimmed();
    }
    if (problem.isEmpty())
        problem = db.lastError().text().trimmed();
    if (problem.isEmpty())
        problem = QCoreApplication::translate("PostgresChangeSignal", "the server closed it");
    m_lost = true;
    m_heartbeat->stop();
    Q_EMIT lost(QCoreApplication::translate("PostgresChangeSignal",
        "The connection to %1 was lost (%2). Nothing is shown or changed until it is back; reopen the "
        "session.")
                    .arg(m_address, problem));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerReconnector.h"

#include "store/SessionConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Connects, reads the session's header and disconnects on the calling (worker) thread; the error, or empty.
QString attempt(const QString &address, int number)
{
    const QString name = QStringLiteral("cockpit-reconnect-%1-%2")
                             .arg(reinterpret_cast<quintptr>(QThread::currentThread()))
                             .arg(number);
    QString error;
    {
        QSqlDatabase db = SessionConnection::open(address, name, SessionConnection::Access::ReadOnly, &error);
        if (db.isValid()) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM session")))
                error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

}

ServerReconnector::ServerReconnector(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(3000);
    connect(m_timer, &QTimer::timeout, this, &ServerReconnector::tryOnce);
    connect(&m_attempt, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_address.isEmpty())
            return; // stopped meanwhile
        const QString error = m_attempt.result();
        if (error.isEmpty()) {
            m_address.clear();
            Q_EMIT recovered();
            return;
        }
        Q_EMIT retried(error);
        m_timer->start();
    });
}

ServerReconnector::~ServerReconnector()
{
    stop();
    m_attempt.waitForFinished(); // the attempt owns a connection of its own; it ends within connect_timeout
}

void ServerReconnector::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void ServerReconnector::start(const QString &address)
{
    m_address = address;
    m_timer->start();
}

void ServerReconnector::stop()
{
    m_address.clear();
    m_timer->stop();
}

bool ServerReconnector::isRunning() const
{
    return !m_address.isEmpty();
}

void ServerReconnector::tryOnce()
{
    if (m_address.isEmpty() || m_attempt.isRunning())
        return;
    m_attempt.setFuture(QtConcurrent::run(attempt, m_address, ++m_tries));
}

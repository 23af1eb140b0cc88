// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TeamSessionDirectory.h"

#include "store/SessionAddress.h"
#include "store/SessionConnection.h"
#include "store/TeamSchema.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QPair<QStringList, QString> ask(const QString &text)
{
    QString error;
    const SessionAddress address = SessionAddress::parse(text, &error);
    if (!address.isValid())
        return { {}, error };
    if (!address.isTeam())
        return { {}, QStringLiteral("not a postgresql:// address") };
    const QString name
        = QStringLiteral("cockpit-directory-%1").arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    QStringList sessions;
    {
        const QSqlDatabase db = SessionConnection::openPostgres(
            address.withSession(QString()), name, SessionConnection::Access::ReadOnly, &error);
        if (db.isValid())
            sessions = TeamSchema::sessions(db, &error);
    }
    QSqlDatabase::removeDatabase(name);
    sessions.sort();
    return { sessions, error };
}

}

TeamSessionDirectory::TeamSessionDirectory(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QPair<QStringList, QString>>::finished, this, [this] {
        const auto answer = m_watcher.result();
        if (m_pending.isEmpty()) {
            Q_EMIT listed(answer.first, answer.second);
            return;
        }
        // A newer question came meanwhile: the older answer is stale.
        const QString next = m_pending;
        m_pending.clear();
        list(next);
    });
}

TeamSessionDirectory::~TeamSessionDirectory()
{
    m_watcher.waitForFinished(); // its connection is closed within the connect timeout
}

void TeamSessionDirectory::list(const QString &address)
{
    if (m_watcher.isRunning()) {
        m_pending = address;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(ask, address));
}

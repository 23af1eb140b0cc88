// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SessionWatcher.h"

#include "checklist/CutoverSession.h"
#include "incidents/IncidentLog.h"

#include <QSqlQuery>
#include <QTimer>

SessionWatcher::SessionWatcher(CutoverSession *session, IncidentLog *log, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_log(log)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &SessionWatcher::poll);
}

void SessionWatcher::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void SessionWatcher::start()
{
    m_lastVersion = dataVersion();
    m_timer->start();
}

void SessionWatcher::stop()
{
    m_timer->stop();
}

qint64 SessionWatcher::dataVersion() const
{
    if (!m_session)
        return -1;
    QSqlQuery q(m_session->store()->database());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

void SessionWatcher::poll()
{
    const qint64 version = dataVersion();
    if (version < 0 || version == m_lastVersion)
        return;
    m_lastVersion = version;
    if (ActionResult r = m_session->reload(); !r) {
        Q_EMIT reloadFailed(r.error);
        return;
    }
    if (m_log) {
        if (ActionResult r = m_log->reload(); !r) {
            Q_EMIT reloadFailed(r.error);
            return;
        }
    }
    Q_EMIT changed();
}

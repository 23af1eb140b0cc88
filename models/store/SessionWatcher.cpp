// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SessionWatcher.h"

#include "checklist/CutoverSession.h"
#include "incidents/IncidentLog.h"
#include "store/SessionChangeSignal.h"

SessionWatcher::SessionWatcher(CutoverSession *session, IncidentLog *log, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_log(log)
    , m_signal(SessionChangeSignal::create(*session->store()))
{
    m_signal->setInterval(500);
    connect(m_signal.get(), &SessionChangeSignal::changed, this, &SessionWatcher::reload);
    connect(m_signal.get(), &SessionChangeSignal::lost, this, &SessionWatcher::reloadFailed);
}

SessionWatcher::~SessionWatcher() = default;

void SessionWatcher::setInterval(int ms)
{
    m_signal->setInterval(ms);
}

void SessionWatcher::start()
{
    m_signal->start();
}

void SessionWatcher::stop()
{
    m_signal->stop();
}

void SessionWatcher::reload()
{
    if (!m_session)
        return;
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

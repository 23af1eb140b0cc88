// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderFeed.h"

#include "CutoverSession.h"
#include "IncidentLog.h"
#include "SessionTrafficStatus.h"
#include "SessionWatcher.h"
#include "StatusSnapshotBuilder.h"

StakeholderFeed::~StakeholderFeed()
{
    // The watcher and builder refer to the session and the log: they go first.
    delete m_watcher;
    delete m_builder;
    delete m_traffic;
}

std::unique_ptr<StakeholderFeed> StakeholderFeed::open(const QString &path, QString *error, int pollMs)
{
    std::unique_ptr<StakeholderFeed> feed(new StakeholderFeed);
    feed->m_session = CutoverSession::open(path, SessionStore::Mode::ReadOnly, error);
    if (!feed->m_session)
        return nullptr;
    feed->m_log = std::make_unique<IncidentLog>(feed->m_session->store());
    feed->m_builder = new StatusSnapshotBuilder(feed->m_session.get(), feed->m_log.get());
    feed->m_watcher = new SessionWatcher(feed->m_session.get(), feed->m_log.get());
    feed->m_watcher->setInterval(pollMs);
    // Traffic: read from the session's tables, so the lead's engine in another process is followed.
    feed->m_traffic = new SessionTrafficStatus(feed->m_session->store());
    feed->m_builder->setTrafficSource(feed->m_traffic);
    connect(feed->m_watcher, &SessionWatcher::changed, feed->m_traffic, &SessionTrafficStatus::refresh);
    connect(feed->m_traffic, &SessionTrafficStatus::changed, feed->m_builder, &StatusSnapshotBuilder::scheduleUpdate);
    connect(feed->m_watcher, &SessionWatcher::reloadFailed, feed.get(), &StakeholderFeed::followFailed);
    feed->m_watcher->start();
    return feed;
}

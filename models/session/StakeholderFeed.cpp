// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/StakeholderFeed.h"

#include "checklist/CutoverSession.h"
#include "session/SessionRuntime.h"

StakeholderFeed::~StakeholderFeed()
{
    m_runtime.reset(); // refers to the session: goes first
}

std::unique_ptr<StakeholderFeed> StakeholderFeed::open(const QString &path, QString *error, int pollMs)
{
    std::unique_ptr<StakeholderFeed> feed(new StakeholderFeed);
    feed->m_session = CutoverSession::open(path, SessionStore::Mode::ReadOnly, error);
    if (!feed->m_session)
        return nullptr;
    SessionRuntime::Options options;
    options.followIntervalMs = pollMs;
    feed->m_runtime = std::make_unique<SessionRuntime>(feed->m_session.get(), options);
    connect(feed->m_runtime.get(), &SessionRuntime::followFailed, feed.get(), &StakeholderFeed::followFailed);
    feed->m_runtime->start(); // read-only: the record, the stored samples and the watcher
    return feed;
}

IncidentLog *StakeholderFeed::log() const
{
    return m_runtime->log();
}

SessionWatcher *StakeholderFeed::watcher() const
{
    return m_runtime->watcher();
}

StatusSnapshotBuilder *StakeholderFeed::builder() const
{
    return m_runtime->builder();
}

EngineTrafficStatus *StakeholderFeed::trafficStatus() const
{
    return m_runtime->trafficStatus();
}

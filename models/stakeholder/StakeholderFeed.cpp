// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholder/StakeholderFeed.h"

#include "checklist/CutoverSession.h"
#include "incidents/IncidentLog.h"
#include "lessons/LessonsLearned.h"
#include "stakeholder/StatusSnapshotBuilder.h"
#include "store/SessionWatcher.h"
#include "traffic/SessionTrafficStatus.h"

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
    connect(feed->m_traffic, &SessionTrafficStatus::changed, feed->m_builder,
        &StatusSnapshotBuilder::scheduleUpdate);
    // The result statement: stakeholders see it once the lead marked it final.
    feed->m_notes = std::make_unique<LessonsLearned>(feed->m_session.get());
    LessonsLearned *notes = feed->m_notes.get();
    feed->m_builder->setResultStatementProvider(
        [notes]() { return notes->isResultFinal() ? notes->resultStatementText() : QString(); });
    connect(feed->m_watcher, &SessionWatcher::changed, feed->m_builder, [notes, builder = feed->m_builder]() {
        QString loadError;
        notes->load(&loadError); // a damaged file is reported by the watcher's own reload
        builder->scheduleUpdate();
    });
    connect(feed->m_watcher, &SessionWatcher::reloadFailed, feed.get(), &StakeholderFeed::followFailed);
    feed->m_watcher->start();
    return feed;
}

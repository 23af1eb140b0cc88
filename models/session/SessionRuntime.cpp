// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SessionRuntime.h"

#include "session/DemoCutover.h"

#include "checklist/CutoverSession.h"
#include "core/SecretStore.h"
#include "core/Timestamps.h"
#include "incidents/IncidentLog.h"
#include "lessons/LessonsLearned.h"
#include "metrics/MetricHub.h"
#include "metrics/SampleStore.h"
#include "metrics/sources/SimulatedSource.h"
#include "notify/Outbox.h"
#include "notify/StepChangePublisher.h"
#include "notify/WebhookPayload.h"
#include "session/TrailReplayers.h"
#include "stakeholder/StatusPageServer.h"
#include "stakeholder/StatusSnapshotBuilder.h"
#include "store/SessionStore.h"
#include "traffic/CutoverEngine.h"
#include "traffic/EngineTrafficStatus.h"
#include "traffic/TrafficStore.h"

#include <QCoreApplication>

SessionRuntime::SessionRuntime(CutoverSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_secrets(std::make_unique<SecretStore>())
    , m_samples(std::make_unique<SampleStore>(session->path(), session->isReadOnly()))
    , m_hub(std::make_unique<MetricHub>())
    , m_engine(std::make_unique<CutoverEngine>(session->store(), m_hub.get()))
    , m_trafficStatus(std::make_unique<EngineTrafficStatus>(m_engine.get()))
    , m_outbox(std::make_unique<Outbox>(session->store()))
    , m_log(std::make_unique<IncidentLog>(session->store()))
    , m_lessons(std::make_unique<LessonsLearned>(session))
    , m_builder(std::make_unique<StatusSnapshotBuilder>(session, m_log.get()))
    , m_server(std::make_unique<StatusPageServer>())
{
    registerTrailReplayers(); // every verify in this process covers every feature
    m_hub->setSampleStore(m_samples.get());
    m_log->setOutbox(m_outbox.get());
    m_builder->setTrafficSource(m_trafficStatus.get());
    LessonsLearned *lessons = m_lessons.get();
    m_builder->setResultStatementProvider([lessons] {
        const ResultStatement &r = lessons->resultStatement();
        if (r.isEmpty())
            return QString();
        QStringList parts;
        for (const QString &part : { r.goal, r.wentWell, r.openPoints })
            if (!part.trimmed().isEmpty())
                parts << part.trimmed();
        return parts.join(QLatin1Char('\n'));
    });
    connect(m_lessons.get(), &LessonsLearned::resultStatementChanged, m_builder.get(),
        &StatusSnapshotBuilder::scheduleUpdate);
    connect(m_builder.get(), &StatusSnapshotBuilder::snapshotChanged, m_server.get(),
        &StatusPageServer::setSnapshot);
    for (auto signal : { &CutoverEngine::planChanged, &CutoverEngine::backendChanged })
        connect(m_engine.get(), signal, m_builder.get(), &StatusSnapshotBuilder::scheduleUpdate);
    connect(m_engine.get(), &CutoverEngine::splitChanged, this, &SessionRuntime::onSplitChanged);
    connect(m_engine.get(), &CutoverEngine::opened, this, [this] {
        m_opened = true;
        m_lastMarked = m_engine->percentInForce();
    });
    if (!session->isReadOnly()) {
        m_publisher = std::make_unique<StepChangePublisher>(m_engine.get(), m_outbox.get());
        connect(m_publisher.get(), &StepChangePublisher::failed, this, &SessionRuntime::problem);
    }
    connect(m_hub.get(), &MetricHub::storeError, this, &SessionRuntime::problem);
    loadStepHistory();
}

SessionRuntime::~SessionRuntime()
{
    m_builder->setTrafficSource(nullptr);
    m_outbox->stop();
    // The members go in reverse order of their declaration.
}

void SessionRuntime::start()
{
    if (m_session->isReadOnly()) { // shows the record; never calls the backend or writes a reconcile
        m_engine->setDriftInterval(0);
        m_engine->load();
    } else {
        m_engine->open();
    }
    if (!m_demoMetrics) // the demo's history is already in the hub
        m_hub->loadFromStore();
    if (!m_session->isReadOnly()) {
        // The channels this cockpit posts to: those whose webhook URL the keychain or the environment holds.
        Outbox *outbox = m_outbox.get();
        connect(m_secrets.get(), &SecretStore::webhookFound, outbox,
            [outbox](const QString &channel, const QUrl &url) { outbox->setEndpoint(channel, url); });
        connect(m_secrets.get(), &SecretStore::webhookMissing, outbox,
            [outbox](const QString &channel) { outbox->removeEndpoint(channel); });
        for (const QString &channel : WebhookPayload::channels())
            m_secrets->lookupWebhook(channel);
        m_outbox->start();
    }
    m_server->setSnapshot(m_builder->build());
}

void SessionRuntime::loadStepHistory()
{
    m_steps.clear();
    const TrafficStore traffic(m_session->store());
    for (const TrafficStore::Event &e : traffic.events(QStringLiteral("confirmed"))) {
        if (e.percentNew >= 0)
            m_steps << StepMark { Timestamps::fromText(e.at),
                QCoreApplication::translate("SessionRuntime", "%1 %").arg(e.percentNew) };
    }
}

void SessionRuntime::setActor(const QString &actor)
{
    m_actor = actor;
    if (m_publisher)
        m_publisher->setActor(actor);
}

// A chart marker for every split the backend confirmed after the engine opened; the announcement to the
// notification channels is StepChangePublisher's.
void SessionRuntime::onSplitChanged(int percent)
{
    if (!m_opened || percent == m_lastMarked)
        return;
    m_lastMarked = percent;
    const StepMark mark { Timestamps::now(),
        QCoreApplication::translate("SessionRuntime", "%1 %").arg(percent) };
    m_steps << mark;
    Q_EMIT stepConfirmed(mark);
}

void SessionRuntime::startDemoMetrics()
{
    m_demoMetrics = true;
    auto *source = new SimulatedSource(nullptr, 7);
    source->setIntervalMs(2000);
    m_hub->addSource(source);
    // A simulated timeline of the demo's steps, twelve minutes long, so the charts show the shift.
    // The split on record (the engine has not opened yet), which the backend confirmed when the demo was
    // built.
    const int percent = TrafficStore(m_session->store()).loadState().percentNew;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 minute = 60 * 1000;
    const struct {
        qint64 from;
        int percent;
    } segments[] = { { now - 20 * minute, 0 }, { now - DemoCutover::stepMinutesAgo().at(0) * minute, 1 },
        { now - DemoCutover::stepMinutesAgo().at(1) * minute, 5 },
        { now - DemoCutover::stepMinutesAgo().at(2) * minute, percent } };
    m_steps.clear();
    for (size_t i = 0; i < std::size(segments); ++i) {
        const qint64 to = i + 1 < std::size(segments) ? segments[i + 1].from : now;
        source->setSplitPercent(segments[i].percent);
        source->emitHistory(segments[i].from, to, 2000);
        if (i > 0)
            m_steps << StepMark { QDateTime::fromMSecsSinceEpoch(segments[i].from),
                QCoreApplication::translate("SessionRuntime", "%1 % (demo)").arg(segments[i].percent) };
    }
    source->setSplitPercent(percent);
    connect(m_engine.get(), &CutoverEngine::splitChanged, source,
        [source](int split) { source->setSplitPercent(split); });
    source->start();
}

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
#include "metrics/SessionMetricSources.h"
#include "metrics/sources/SimulatedSource.h"
#include "notify/Outbox.h"
#include "notify/StepChangePublisher.h"
#include "notify/WebhookPayload.h"
#include "session/TrailReplayers.h"
#include "stakeholder/StatusPageServer.h"
#include "stakeholder/StatusSnapshotBuilder.h"
#include "store/ServerReconnector.h"
#include "store/SessionStore.h"
#include "store/SessionWatcher.h"
#include "traffic/CutoverEngine.h"
#include "traffic/EngineTrafficStatus.h"
#include "traffic/TrafficStore.h"
#include "trust/SessionTrust.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SessionRuntime", text);
}

}

SessionRuntime::SessionRuntime(CutoverSession *session, QObject *parent)
    : SessionRuntime(session, Options {}, parent)
{
}

SessionRuntime::SessionRuntime(CutoverSession *session, const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
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
    // A session file is data: nothing runs until this user trusted what it would run, and the engine asks
    // again before every backend call and gate (another process may have changed the backend since).
    SessionTrust *trust = session->trust();
    m_engine->setRunGuard([trust] { return trust->refusal(); });
    connect(trust, &SessionTrust::trustChanged, this, &SessionRuntime::trustChanged);
    connect(trust, &SessionTrust::trustChanged, this, [this](bool trusted) {
        if (!trusted && m_source) { // a metric source changed behind our back is not measured
            m_source->stop();
            m_hub->removeSource(m_source);
            m_source = nullptr;
        }
    });
    m_log->setOutbox(m_outbox.get());
    m_builder->setTrafficSource(m_trafficStatus.get());
    // Stakeholders see the result statement once the lead marked it final (and it was announced).
    LessonsLearned *lessons = m_lessons.get();
    m_builder->setResultStatementProvider(
        [lessons] { return lessons->isResultFinal() ? lessons->resultStatementText() : QString(); });
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
    if (m_options.followIntervalMs > 0) {
        // Another process (the lead's cockpit, cutoverctl) commits: show what is committed.
        m_watcher = std::make_unique<SessionWatcher>(session, m_log.get());
        m_watcher->setInterval(m_options.followIntervalMs);
        connect(m_watcher.get(), &SessionWatcher::changed, this, [this] {
            // The record only, never the backend; and not under an engine that is driving a plan here.
            if (!m_engine->isDriving())
                m_engine->load();
            else
                m_engine->reloadMeasurements();
            QString error;
            m_lessons->load(&error); // a damaged file is reported by the watcher's own reload
            m_builder->scheduleUpdate();
            m_session->trust()->isTrusted(); // a changed manifest is announced (trustChanged)
            Q_EMIT committed();
        });
        connect(m_watcher.get(), &SessionWatcher::reloadFailed, this, &SessionRuntime::followFailed);
        if (session->store()->isTeam())
            connect(m_watcher.get(), &SessionWatcher::reloadFailed, this, &SessionRuntime::onConnectionLost);
    }
    // Every commit of this process (checklist, traffic, log, ...) is announced once the event loop runs
    // again, so the window's audit head is never stale.
    m_commitObserver = session->store()->addCommitObserver(
        [this] { QMetaObject::invokeMethod(this, &SessionRuntime::committed, Qt::QueuedConnection); });
    QString error;
    m_sourceSettings = SessionMetricSources(session->store()).load(&error);
    if (!error.isEmpty())
        QTimer::singleShot(0, this, [this, error] {
            Q_EMIT problem(tr("The session's metric source cannot be read: %1").arg(error));
        });
    loadStepHistory();
}

void SessionRuntime::onConnectionLost(const QString &message)
{
    if (m_connectionLost)
        return;
    m_connectionLost = true;
    m_watcher->stop();
    m_builder->setPaused(true);
    if (m_source)
        m_source->stop(); // its samples could not be stored; the source starts again with the session
    m_reconnector = std::make_unique<ServerReconnector>();
    connect(m_reconnector.get(), &ServerReconnector::retried, this, &SessionRuntime::connectionRetried);
    connect(m_reconnector.get(), &ServerReconnector::recovered, this, &SessionRuntime::connectionBack);
    m_reconnector->start(m_session->path());
    Q_EMIT connectionLost(message);
}

SessionRuntime::~SessionRuntime()
{
    if (m_commitObserver)
        m_session->store()->removeCommitObserver(m_commitObserver);
    if (m_watcher)
        m_watcher->stop();
    m_builder->setTrafficSource(nullptr);
    m_outbox->stop();
    if (m_source)
        m_source->stop();
    // The members go in reverse order of their declaration.
}

void SessionRuntime::load()
{
    m_engine->setDriftInterval(0);
    m_engine->load();
}

void SessionRuntime::start()
{
    m_runs = !m_session->isReadOnly() && m_session->trust()->isTrusted();
    if (!m_runs) { // shows the record; never calls the backend or writes a reconcile
        load();
    } else {
        m_engine->open();
    }
    if (!m_demoMetrics) { // the demo's history is already in the hub
        m_hub->loadFromStore();
        if (m_runs)
            startMetricSource();
    }
    if (m_runs) {
        configureWebhooks();
        if (m_options.deliverContinuously)
            m_outbox->start();
    }
    if (m_watcher)
        m_watcher->start();
    m_server->setSnapshot(m_builder->build());
}

void SessionRuntime::configureWebhooks()
{
    // The channels this cockpit posts to: those whose webhook URL the keychain or the environment holds.
    if (m_webhooksConfigured)
        return;
    m_webhooksConfigured = true;
    Outbox *outbox = m_outbox.get();
    if (!m_options.webhooksFromKeychain) {
        // The environment only (no keychain prompt on the command line). The value is a secret: a bad
        // one is named by its variable, never printed.
        for (const QString &channel : WebhookPayload::channels()) {
            const QString variable = SecretStore::environmentVariable(channel);
            const QUrl url(qEnvironmentVariable(variable.toUtf8().constData()).trimmed());
            if (url.isEmpty())
                continue;
            if (!url.isValid()
                || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
                Q_EMIT problem(tr("%1 is not an http(s) URL; nothing is sent to %2.").arg(variable, channel));
                continue;
            }
            outbox->setEndpoint(channel, url);
        }
        return;
    }
    connect(m_secrets.get(), &SecretStore::webhookFound, outbox,
        [outbox](const QString &channel, const QUrl &url) { outbox->setEndpoint(channel, url); });
    connect(m_secrets.get(), &SecretStore::webhookMissing, outbox,
        [outbox](const QString &channel) { outbox->removeEndpoint(channel); });
    for (const QString &channel : WebhookPayload::channels()) {
        outbox->expectEndpoint(channel); // what is verified before the keychain answers waits for the URL
        m_secrets->lookupWebhook(channel);
    }
}

void SessionRuntime::startMetricSource()
{
    if (m_source) {
        m_hub->removeSource(m_source);
        m_source = nullptr;
    }
    m_sourceAnswered = false;
    m_source = m_sourceSettings.createSource();
    if (!m_source)
        return;
    m_hub->addSource(m_source);
    MetricSource *source = m_source;
    auto answered = [this, source] {
        if (source == m_source)
            m_sourceAnswered = true;
    };
    connect(source, &MetricSource::samplesReady, this, answered);
    connect(source, &MetricSource::errorOccurred, this, answered);
    connect(source, &MetricSource::errorOccurred, this, [this, source](const QString &message) {
        Q_EMIT problem(tr("%1: %2").arg(source->displayName(), message));
    });
    source->start();
}

ActionResult SessionRuntime::setMetricSource(
    const MetricSourceSettings &settings, const QString &actor, const QString &reason)
{
    if (const ActionResult r = SessionMetricSources(m_session->store()).save(settings, actor, reason); !r)
        return r;
    const bool changed = settings != m_sourceSettings;
    m_sourceSettings = settings;
    if (changed && !m_demoMetrics && m_session->trust()->isTrusted())
        startMetricSource();
    if (changed)
        Q_EMIT metricSourceChanged();
    return ActionResult::success();
}

void SessionRuntime::whenMetricsReady(int timeoutMs, std::function<void()> done)
{
    if (!m_source || m_sourceAnswered || !m_source->isRunning()) {
        QTimer::singleShot(0, this, done);
        return;
    }
    auto called = std::make_shared<bool>(false);
    auto once = [called, done] {
        if (*called)
            return;
        *called = true;
        done();
    };
    connect(m_source, &MetricSource::samplesReady, this, once, Qt::SingleShotConnection);
    connect(m_source, &MetricSource::errorOccurred, this, once, Qt::SingleShotConnection);
    QTimer::singleShot(timeoutMs, this, once);
}

Outbox *SessionRuntime::finalOutbox()
{
    // cutoverctl marks final without starting the session: the channels are those a start would post to.
    if (!m_session->isReadOnly() && !m_webhooksConfigured)
        configureWebhooks();
    return m_session->isReadOnly() ? nullptr : m_outbox.get();
}

ActionResult SessionRuntime::markResultFinal(const QString &actor)
{
    return m_lessons->markResultFinal(actor, finalOutbox());
}

ActionResult SessionRuntime::markResultFinal(const ElectronicSignature &signature)
{
    return m_lessons->markResultFinal(signature, finalOutbox());
}

void SessionRuntime::loadStepHistory()
{
    m_steps.clear();
    const TrafficStore traffic(m_session->store());
    for (const TrafficStore::Event &e : traffic.events(QStringLiteral("confirmed"))) {
        if (e.percentNew >= 0)
            m_steps << StepMark { Timestamps::fromText(e.at), tr("%1 %").arg(e.percentNew) };
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
    const StepMark mark { Timestamps::now(), tr("%1 %").arg(percent) };
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
                tr("%1 % (demo)").arg(segments[i].percent) };
    }
    source->setSplitPercent(percent);
    connect(m_engine.get(), &CutoverEngine::splitChanged, source,
        [source](int split) { source->setSplitPercent(split); });
    source->start();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"
#include "metrics/MetricSourceSettings.h"
#include "signing/ElectronicSignature.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class CutoverEngine;
class CutoverSession;
class ElectronicSignature;
class EngineTrafficStatus;
class IncidentLog;
class LessonsLearned;
class MetricHub;
class MetricSource;
class Outbox;
class SampleStore;
class SecretStore;
class ServerReconnector;
class SessionWatcher;
class StatusPageServer;
class StepChangePublisher;
class StatusSnapshotBuilder;

// The composition root: everything that runs for one open session besides the checklist, opened, wired
// and closed here for the GUI, the viewer, `cutoverctl` and the bench alike. The traffic engine asks the
// metric hub for gate values; the hub is fed by the session's own metric source (stored in the session,
// started when the session opens) and persists through the sample store; the incident log posts through
// the outbox; the snapshot builder feeds the status page (off until started); the lessons hold the result
// statement. A read-only session only shows its record: no backend call, no source, no outbox. Created in
// dependency order and destroyed in reverse; the session must outlive it.
class SessionRuntime : public QObject {
    Q_OBJECT
public:
    // A step of the shift as it shows on the time axis: when it was confirmed and what it set.
    struct StepMark {
        QDateTime at;
        QString label;
    };
    // What differs between the faces that open a session.
    struct Options {
        // The GUI asks the keychain (and the environment) for webhook URLs; cutoverctl only the environment.
        bool webhooksFromKeychain = true;
        // The GUI's outbox delivers all the time; cutoverctl delivers what it wrote, for a bounded time.
        bool deliverContinuously = true;
        // Follow the commits of another process to the same file (the viewer, `cutoverctl serve`), polled
        // at this interval; 0: off.
        int followIntervalMs = 0;
    };

    explicit SessionRuntime(CutoverSession *session, QObject *parent = nullptr);
    SessionRuntime(CutoverSession *session, const Options &options, QObject *parent = nullptr);
    ~SessionRuntime() override;

    // Opens the engine (reconciles with the backend; a read-only session, or one whose manifest this user
    // has not trusted, only shows its record), loads the stored samples, starts the session's metric
    // source and the outbox.
    void start();
    // Loads the engine's record without calling the backend (cutoverctl's commands that only set or show).
    void load();
    // The demo only: a simulated metric source with a backfilled history that follows the demo's steps.
    void startDemoMetrics();
    // Who acts in this cockpit (step announcements are recorded with this name).
    void setActor(const QString &actor);
    QString actor() const { return m_actor; }

    // The session's metric source: the stored settings, and changing them (checked, stored and audited,
    // then the running source is replaced by the new one).
    MetricSourceSettings metricSourceSettings() const { return m_sourceSettings; }
    ActionResult setMetricSource(
        const MetricSourceSettings &settings, const QString &actor, const QString &reason = {});
    MetricSource *metricSource() const { return m_source; }
    // Calls done once the metric source has answered for the first time (samples or an error), at once
    // when there is no source, and after timeoutMs at the latest, so that a gate right after the first
    // shift judges data and not the source's start-up.
    void whenMetricsReady(int timeoutMs, std::function<void()> done);

    // The result statement marked final and announced once, through this session's outbox: the one path
    // for the cockpit and cutoverctl.
    ActionResult markResultFinal(const QString &actor);
    ActionResult markResultFinal(const ElectronicSignature &signature); // the signed act result.final

    CutoverSession *session() const { return m_session; }
    // Whether this runtime runs anything: the session is writable and this user trusts what it would run
    // (decided at start; the engine refuses at run time when the manifest changed since).
    bool runs() const { return m_runs; }
    CutoverEngine *engine() const { return m_engine.get(); }
    MetricHub *hub() const { return m_hub.get(); }
    SampleStore *samples() const { return m_samples.get(); } // where the hub persists what it ingests
    IncidentLog *log() const { return m_log.get(); }
    Outbox *outbox() const { return m_outbox.get(); }
    SecretStore *secrets() const { return m_secrets.get(); }
    StatusSnapshotBuilder *builder() const { return m_builder.get(); }
    StatusPageServer *statusPage() const { return m_server.get(); }
    LessonsLearned *lessons() const { return m_lessons.get(); }
    EngineTrafficStatus *trafficStatus() const { return m_trafficStatus.get(); }
    SessionWatcher *watcher() const { return m_watcher.get(); } // nullptr unless following
    // A team session whose server cannot be reached (or whose state could not be re-read): nothing is
    // changed through this runtime until the server answers again; then connectionBack().
    bool isConnectionLost() const { return m_connectionLost; }
    StepChangePublisher *publisher() const { return m_publisher.get(); } // nullptr when read-only
    // The confirmed steps so far (from the session's traffic record; in the demo, its simulated timeline).
    QList<StepMark> stepHistory() const { return m_steps; }

Q_SIGNALS:
    void stepConfirmed(const SessionRuntime::StepMark &mark);
    void problem(const QString &message);
    void metricSourceChanged();
    // Following another process: the file could not be re-read (the last good state stays shown).
    void followFailed(const QString &message);
    // A team session: the server is gone (lost) and, tried every few seconds off the GUI thread, back. What
    // was committed is on the server; what is shown is the last state read, until the session is read again.
    void connectionLost(const QString &message);
    void connectionRetried(const QString &error);
    void connectionBack();
    // Something was committed to the session, by this process or (when following) by another one: the
    // audit head and every panel reading the file should show it.
    void committed();
    // What the session would run is (no longer) trusted; untrusted, nothing runs.
    void trustChanged(bool trusted);

private:
    // The outbox a final result statement is announced through (its channels configured), or nullptr.
    Outbox *finalOutbox();
    void onSplitChanged(int percent);
    void onConnectionLost(const QString &message);
    void loadStepHistory();
    void startMetricSource();
    void configureWebhooks();

    CutoverSession *m_session;
    Options m_options;
    QString m_actor;
    bool m_opened = false;
    bool m_demoMetrics = false;
    int m_lastMarked = -1;
    QList<StepMark> m_steps;
    MetricSourceSettings m_sourceSettings;
    MetricSource *m_source = nullptr; // owned by the hub
    bool m_sourceAnswered = false;
    bool m_webhooksConfigured = false;
    bool m_runs = false;
    // Declared in creation order; destroyed in reverse (the outbox before the session goes, the engine
    // before the hub it asks, the builder before the log and the traffic status it reads).
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SampleStore> m_samples;
    std::unique_ptr<MetricHub> m_hub;
    std::unique_ptr<CutoverEngine> m_engine;
    std::unique_ptr<EngineTrafficStatus> m_trafficStatus;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<IncidentLog> m_log;
    std::unique_ptr<LessonsLearned> m_lessons;
    std::unique_ptr<StatusSnapshotBuilder> m_builder;
    std::unique_ptr<StatusPageServer> m_server;
    std::unique_ptr<StepChangePublisher> m_publisher; // announces confirmed steps and rollbacks (lead only)
    std::unique_ptr<SessionWatcher> m_watcher;
    std::unique_ptr<ServerReconnector> m_reconnector; // a team session, while the server is lost
    bool m_connectionLost = false;
    int m_commitObserver = 0;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>

#include <memory>

class CutoverEngine;
class CutoverSession;
class EngineTrafficStatus;
class IncidentLog;
class LessonsLearned;
class MetricHub;
class Outbox;
class SampleStore;
class SecretStore;
class StatusPageServer;
class StepChangePublisher;
class StatusSnapshotBuilder;

// Everything that runs for one open session besides the checklist: the traffic engine (asking the metric
// hub for gate values), the metric hub and its sample store, the incident log with its notification
// outbox, the secret store, the stakeholder snapshot builder and status page (off until started), and
// the lessons learned. Created in dependency order and destroyed in reverse; the session must outlive it.
class SessionRuntime : public QObject {
    Q_OBJECT
public:
    // A step of the shift as it shows on the time axis: when it was confirmed and what it set.
    struct StepMark {
        QDateTime at;
        QString label;
    };

    explicit SessionRuntime(CutoverSession *session, QObject *parent = nullptr);
    ~SessionRuntime() override;

    // Opens the engine (reconciles with the backend; a read-only session only shows its record), loads the
    // stored samples, starts the outbox.
    void start();
    // The demo only: a simulated metric source with a backfilled history that follows the demo's steps.
    void startDemoMetrics();
    // Who acts in this cockpit (step announcements are recorded with this name).
    void setActor(const QString &actor);
    QString actor() const { return m_actor; }

    CutoverSession *session() const { return m_session; }
    CutoverEngine *engine() const { return m_engine.get(); }
    MetricHub *hub() const { return m_hub.get(); }
    IncidentLog *log() const { return m_log.get(); }
    Outbox *outbox() const { return m_outbox.get(); }
    SecretStore *secrets() const { return m_secrets.get(); }
    StatusSnapshotBuilder *builder() const { return m_builder.get(); }
    StatusPageServer *statusPage() const { return m_server.get(); }
    LessonsLearned *lessons() const { return m_lessons.get(); }
    // The confirmed steps so far (from the session's traffic record; in the demo, its simulated timeline).
    QList<StepMark> stepHistory() const { return m_steps; }

Q_SIGNALS:
    void stepConfirmed(const SessionRuntime::StepMark &mark);
    void problem(const QString &message);

private:
    void onSplitChanged(int percent);
    void loadStepHistory();

    CutoverSession *m_session;
    QString m_actor;
    bool m_opened = false;
    bool m_demoMetrics = false;
    int m_lastMarked = -1;
    QList<StepMark> m_steps;
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
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ActionResult.h"
#include "traffic/StepPlan.h"
#include "traffic/TrafficBackend.h"
#include "traffic/TrafficLease.h"
#include "traffic/TrafficStore.h"
#include "traffic/gates/GateMeasurement.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class GateRunner;
class MetricValueProvider;
class QNetworkAccessManager;
class QTimer;
class SessionStore;

// Drives the traffic shift of one session: step by step through a backend, with gates after every step
// and holds between them. Every action writes its intent (with the state, in one transaction) before the
// backend is called, then the confirmation (again with the state, in one transaction) or the error. The
// split in force is always the last confirmed one, never a separately saved copy. open() and inspect()
// only read the backend back and compare; they never write, confirm or resume: after an interruption
// the engine pauses for a person (reconcileWithBackend() confirms an unanswered intent the backend has).
// Only the holder of the session's traffic lease drives (TrafficLease); everybody else only looks.
// All backend and gate work is asynchronous; the engine never blocks its thread.
class CutoverEngine : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Shifting, Holding, Gating, Paused, RollingBack, RolledBack, Completed };
    Q_ENUM(State)

    // What open() found when the record and the backend disagree (or the backend cannot be read).
    struct Reconcile {
        bool needed = false;
        int intendedPercent = -1; // what the session says should be in force
        int realPercent = -1; // what the backend reports (-1: unreadable)
        bool unconfirmedIntent = false;
        QString detail;
        // The record says a plan was under way but nobody drives it now (the cockpit was stopped or
        // killed): it pauses for a person, who sees what was meant and what is in force.
        bool interrupted = false;
        QString interruptedState; // the state key on record
    };

    CutoverEngine(SessionStore *store, MetricValueProvider *metrics = nullptr, QObject *parent = nullptr);
    ~CutoverEngine() override;

    static QString stateKey(State state);
    static State stateFromKey(const QString &key);
    static QString stateLabel(State state);

    // Chooses and configures the backend (validated against its schema; secrets are never stored).
    ActionResult configureBackend(
        const QString &backendId, const QJsonObject &config, const QString &actor, const QString &reason);
    ActionResult setPlan(const StepPlan &plan, const QString &actor, const QString &reason);

    // Loads the session's traffic record (state, plan, backend) without calling the backend.
    // Returns false when the stored backend cannot be used here (backendError says why).
    bool load();
    // load(), then reconciles with the backend: reads the real split; a match resumes a run that was
    // under way, a difference pauses for a decision (reconcileNeeded). Emits opened() when done.
    void open();
    // Only looks: load(), then reads the backend's split and fills reconcile() with what the record and
    // the backend say. Writes nothing, confirms nothing, starts no step and no gate. Emits inspected().
    void inspect();
    // The explicit reconcile (`cutoverctl reconcile`): takes the lease, reads the backend back and
    // records the outcome in one transaction: an unanswered intent the backend has is confirmed, one it
    // has not is recorded as not applied, any other difference is recorded as a disagreement (paused,
    // see advice()). An interrupted plan ends paused (rolled back when it was a rollback and 0 % is in
    // force). Emits reconciled() when done.
    ActionResult reconcileWithBackend(const QString &actor, const QString &reason);
    // What a person should do about reconcile() (empty when the record and the backend agree).
    QString advice(const QString &session = QStringLiteral("SESSION")) const;

    // The traffic lease: who drives this session's traffic now (null when nobody), whether it is this
    // engine, and the explicit take-over (audited with the reason).
    TrafficLease::Holder controller() const { return m_controller; }
    bool holdsLease() const { return m_haveLease; }
    ActionResult takeOver(const QString &actor, const QString &reason);
    // Stops the plan where it stands (gates and the hold stop; the split stays), records why (an
    // "interrupt" event) and waits for a person: paused. A backend call under way is not cut off: call
    // this when isBusy() is false. A later start() measures the current step's gates again first.
    ActionResult interrupt(const QString &actor, const QString &reason);

    ActionResult start(const QString &actor, const QString &reason);
    ActionResult shiftTo(int percentNew, const QString &actor, const QString &reason);
    ActionResult promote(const QString &actor, const QString &reason);
    ActionResult hold(const QString &actor, const QString &reason);
    ActionResult resume(const QString &actor, const QString &reason);
    // Checks the old path first (warning() when unhealthy, never refused), then 100 % old in one backend
    // call; with rampDown it goes back through the earlier steps, rampDownHoldMs apart.
    ActionResult rollback(const QString &actor, const QString &reason, bool rampDown = false);
    // Reads the split in force now (for `backend --check` and the UI's refresh); records nothing.
    void checkSplit();

    // Asked before anything runs (a backend call, a gate, the old path's check): a non-empty answer says
    // why not, and the action is refused with it. The composition root sets it to the session's trust.
    void setRunGuard(std::function<QString()> guard) { m_runGuard = std::move(guard); }

    void setDriftInterval(int ms);
    void setCallTimeout(int ms) { m_callTimeoutMs = ms; }
    void setRampDownHold(int ms) { m_rampDownHoldMs = ms; }

    State state() const { return m_state; }
    int stepIndex() const { return m_stepIndex; }
    int percentInForce() const { return m_percent; }
    const StepPlan &plan() const { return m_plan; }
    QString backendId() const { return m_backendId; }
    QJsonObject backendConfig() const { return m_backendConfig; }
    bool hasBackend() const { return m_backend != nullptr; }
    int holdRemainingSeconds() const;
    bool holdIsIndefinite() const;
    const Reconcile &reconcile() const { return m_reconcile; }
    QString lastBackendError() const { return m_lastBackendError; }
    int driftPercent() const { return m_driftPercent; }
    QList<GateMeasurement> measurements() const;
    // The recorded traffic events of one kind ("run", "intent", ...; all when empty), oldest first.
    QList<TrafficStore::Event> events(const QString &kind = {}) const { return m_traffic.events(kind); }
    bool isBusy() const { return m_busy; }
    // This engine drives the plan now (a backend call, gates or a hold under way here): another process's
    // commits must not replace its state.
    bool isDriving() const;
    // Measurements committed by another process: re-read and announced (measurementsReloaded).
    void reloadMeasurements();

Q_SIGNALS:
    void opened();
    void inspected();
    void reconciled();
    // The lease holder changed (taken, released, or seen in the record).
    void controllerChanged();
    // Somebody else took the lease: this engine stopped its hold and gates and only looks now.
    void leaseLost(const QString &message);
    void stateChanged(CutoverEngine::State state, const QString &reason);
    void splitChanged(int percentNew);
    void stepChanged(int stepIndex);
    void planChanged();
    void backendChanged();
    void measurementRecorded(const GateMeasurement &measurement);
    // The record was re-read from the session (another process committed): show it again.
    void measurementsReloaded();
    void gatesFinished(GateOutcome outcome, const QString &reason);
    void holdTick(int secondsLeft);
    void backendError(const QString &message);
    void driftDetected(int expectedPercent, int realPercent);
    void reconcileNeeded(const CutoverEngine::Reconcile &reconcile);
    void splitRead(const TrafficResult &result);
    void warning(const QString &message);

private:
    // The one precondition of every traffic action: a backend, a writable session, not busy (a
    // rollback does not wait), and the lease (taken here; a dead holder is taken over at once).
    ActionResult ready(const QString &actor, bool forRollback = false);
    ActionResult takeLease(const QString &actor, bool takeOver, const QString &reason);
    void releaseLease();
    void loseLease(const TrafficLease::Holder &other);
    void heartbeat();
    QString runRefusal() const { return m_runGuard ? m_runGuard() : QString(); }
    bool refusedToRun();
    void setState(State state, const QString &actor, const QString &reason);
    // The state in memory and its signals only (the caller's transaction saved it).
    void enter(State state, const QString &reason);
    TrafficStore::State savedState(State state) const;
    void readBack(std::function<void()> done);
    int stepInForce() const;
    void callWithIntent(qint64 intentId, int percent, bool isRollback, const QString &actor,
        const QString &reason, std::function<void(bool)> then);
    qint64 writeIntent(int percent, const QString &actor, const QString &reason);
    void callBackend(const std::function<void(TrafficBackend *, TrafficBackend::Done)> &op,
        std::function<void(const TrafficResult &)> done);
    void applySplit(int percent, bool isRollback, const QString &actor, const QString &reason,
        std::function<void(bool)> then);
    void enterStep(int index);
    void startGates();
    void onGateFinished();
    void onWatchFinished();
    void watchGates();
    bool gatesPendingAfterInterrupt() const;
    TrafficStore::Event beginReconcile();
    QString disagreement(int realPercent) const;
    static QString gateActor(const QString &gateName);
    void afterGates();
    void startHold();
    void nextStep();
    void stopActivity();
    void finishRollback(const QString &actor, const QString &reason, bool rampDown);
    void rampDownFrom(int index, const QString &actor, const QString &reason);
    void afterRollbackCall(bool ok, const QString &actor, const QString &reason);
    void afterRampStep(bool ok, int index, const QString &actor, const QString &reason);
    void readBackForDrift();
    void reportBackendError(const QString &message, const QString &actor);
    void record(
        const QString &kind, int percent, const QString &actor, const QString &reason, const QString &detail);

    SessionStore *m_store;
    TrafficStore m_traffic;
    MetricValueProvider *m_metrics;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<TrafficBackend> m_backend;
    QString m_backendId;
    QJsonObject m_backendConfig;
    StepPlan m_plan;
    State m_state = State::Idle;
    int m_stepIndex = -1;
    int m_percent = 0;
    QString m_runActor;
    bool m_busy = false;
    bool m_reading = false;
    bool m_holdRequested = false;
    quint64 m_generation = 0; // bumped by stopActivity(): callbacks of stopped work are ignored
    QList<GateRunner *> m_runners;
    struct GateOutcomeNote {
        QString gate;
        GateOutcome outcome;
        QString reason;
    };
    QList<GateOutcomeNote> m_outcomes;
    QTimer *m_holdTimer;
    QTimer *m_tick;
    QTimer *m_driftTimer;
    qint64 m_holdDeadlineMs = 0;
    int m_callTimeoutMs = 15000;
    int m_rampDownHoldMs = 2000;
    Reconcile m_reconcile;
    TrafficLease m_lease;
    TrafficLease::Holder m_controller;
    bool m_haveLease = false;
    QTimer *m_leaseTimer;
    int m_answeredPercent = -1; // the backend's read-back in its last answer to a change
    QString m_interruptedFrom; // the active state on record when nobody drove it at load()
    QString m_planProblem; // stored gates that cannot be read: the plan is not run as it is
    QString m_lastBackendError;
    QString m_lookingNote; // the last disagreement told while another cockpit drives
    int m_driftPercent = -1;
    std::function<QString()> m_runGuard;
};

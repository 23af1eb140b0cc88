// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/CutoverEngine.h"

#include "store/SessionStore.h"
#include "traffic/TrafficBackendRegistry.h"
#include "traffic/gates/GateProbe.h"
#include "traffic/gates/GateRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace {
const QString automatic = QStringLiteral("(automatic) ");
}

CutoverEngine::CutoverEngine(SessionStore *store, MetricValueProvider *metrics, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_traffic(store)
    , m_metrics(metrics)
    , m_nam(new QNetworkAccessManager(this))
    , m_holdTimer(new QTimer(this))
    , m_tick(new QTimer(this))
    , m_driftTimer(new QTimer(this))
{
    m_holdTimer->setSingleShot(true);
    connect(m_holdTimer, &QTimer::timeout, this, [this]() {
        m_tick->stop();
        // The hold is over and no watched gate exceeded its limit during it.
        for (GateRunner *r : std::as_const(m_runners))
            r->stop();
        nextStep();
    });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this]() { Q_EMIT holdTick(holdRemainingSeconds()); });
    m_driftTimer->setInterval(5000);
    connect(m_driftTimer, &QTimer::timeout, this, &CutoverEngine::readBackForDrift);
}

CutoverEngine::~CutoverEngine()
{
    ++m_generation;
    qDeleteAll(m_runners);
}

QString CutoverEngine::stateKey(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Shifting:
        return QStringLiteral("shifting");
    case State::Holding:
        return QStringLiteral("holding");
    case State::Gating:
        return QStringLiteral("gating");
    case State::Paused:
        return QStringLiteral("paused");
    case State::RollingBack:
        return QStringLiteral("rolling_back");
    case State::RolledBack:
        return QStringLiteral("rolled_back");
    case State::Completed:
        return QStringLiteral("completed");
    }
    return {};
}

CutoverEngine::State CutoverEngine::stateFromKey(const QString &key)
{
    for (State s : { State::Shifting, State::Holding, State::Gating, State::Paused, State::RollingBack,
             State::RolledBack, State::Completed })
        if (stateKey(s) == key)
            return s;
    return State::Idle;
}

QString CutoverEngine::stateLabel(State state)
{
    switch (state) {
    case State::Idle:
        return tr("idle");
    case State::Shifting:
        return tr("shifting");
    case State::Holding:
        return tr("holding");
    case State::Gating:
        return tr("gates running");
    case State::Paused:
        return tr("paused for a decision");
    case State::RollingBack:
        return tr("rolling back");
    case State::RolledBack:
        return tr("rolled back");
    case State::Completed:
        return tr("completed");
    }
    return {};
}

void CutoverEngine::setDriftInterval(int ms)
{
    m_driftTimer->setInterval(ms);
    if (ms > 0 && m_backend)
        m_driftTimer->start();
    else
        m_driftTimer->stop();
}

ActionResult CutoverEngine::configureBackend(
    const QString &backendId, const QJsonObject &config, const QString &actor, const QString &reason)
{
    if (actor.trimmed().isEmpty())
        return ActionResult::failure(tr("Say who chooses the backend."));
    if (m_busy || m_state == State::Shifting || m_state == State::RollingBack)
        return ActionResult::failure(tr("The backend cannot be changed while traffic is being moved."));
    TrafficBackendRegistry &registry = TrafficBackendRegistry::instance();
    if (!registry.contains(backendId)) {
        QString error;
        registry.create(backendId, &error);
        return ActionResult::failure(error);
    }
    const BackendInfo info = registry.info(backendId);
    QStringList problems = info.validate(config);
    QString error;
    std::unique_ptr<TrafficBackend> backend = registry.create(backendId, &error);
    if (!backend)
        return ActionResult::failure(error);
    if (problems.isEmpty())
        problems = backend->configure(config);
    if (!problems.isEmpty())
        return ActionResult::failure(
            tr("The %1 configuration is not usable: %2").arg(info.name, problems.join(QLatin1Char(' '))));
    const QJsonObject stored = info.withoutSecrets(config);
    if (!m_traffic.saveBackend(backendId, stored, actor, reason, &error))
        return ActionResult::failure(tr("The backend choice could not be saved: %1").arg(error));
    m_backend = std::move(backend);
    m_backendId = backendId;
    m_backendConfig = stored;
    m_lastBackendError.clear();
    if (m_driftTimer->interval() > 0)
        m_driftTimer->start();
    Q_EMIT backendChanged();
    return ActionResult::success();
}

ActionResult CutoverEngine::setPlan(const StepPlan &plan, const QString &actor, const QString &reason)
{
    if (actor.trimmed().isEmpty())
        return ActionResult::failure(tr("Say who changes the plan."));
    const QString problem = plan.validate();
    if (!problem.isEmpty())
        return ActionResult::failure(problem);
    if (m_state == State::Shifting || m_state == State::Gating || m_state == State::Holding
        || m_state == State::RollingBack)
        return ActionResult::failure(
            tr("The plan cannot be changed while it runs; hold or roll back first."));
    QString error;
    if (!m_traffic.savePlan(plan, actor, reason, &error))
        return ActionResult::failure(tr("The plan could not be saved: %1").arg(error));
    m_plan = plan;
    m_planProblem.clear();
    Q_EMIT planChanged();
    return ActionResult::success();
}

bool CutoverEngine::isDriving() const
{
    return m_busy || m_holdTimer->isActive() || m_state == State::Shifting || m_state == State::Gating
        || m_state == State::RollingBack;
}

void CutoverEngine::reloadMeasurements()
{
    Q_EMIT measurementsReloaded();
}

bool CutoverEngine::load()
{
    m_planProblem.clear();
    m_traffic.loadPlan(&m_plan, &m_planProblem);
    if (!m_planProblem.isEmpty())
        Q_EMIT warning(tr("The stored plan has gates that cannot be read (%1). The plan does not run or "
                          "promote until it is set again; rolling back still works.")
                           .arg(m_planProblem));
    const TrafficStore::State saved = m_traffic.loadState();
    m_state = stateFromKey(saved.state);
    m_stepIndex = saved.stepIndex;
    m_percent = saved.percentNew;
    Q_EMIT planChanged();
    Q_EMIT stateChanged(m_state, {});
    Q_EMIT splitChanged(m_percent);
    Q_EMIT measurementsReloaded();

    QString backendId;
    QJsonObject config;
    if (!m_traffic.loadBackend(&backendId, &config))
        return true;
    QString error;
    m_backend = TrafficBackendRegistry::instance().create(backendId, &error);
    m_backendId = backendId;
    m_backendConfig = config;
    if (m_backend) {
        const QStringList problems = m_backend->configure(config);
        if (!problems.isEmpty()) {
            error = problems.join(QLatin1Char(' '));
            m_backend.reset();
        }
    }
    Q_EMIT backendChanged();
    if (!m_backend) {
        m_lastBackendError = tr("The session's backend \"%1\" cannot be used here: %2").arg(backendId, error);
        Q_EMIT backendError(m_lastBackendError);
        return false;
    }
    return true;
}

// What the record intends: the last intent when it was never answered, else the split on record.
TrafficStore::Event CutoverEngine::beginReconcile()
{
    TrafficStore::Event intent;
    bool answered = true;
    const bool hasIntent = m_traffic.lastIntent(&intent, &answered);
    m_reconcile = Reconcile {};
    m_reconcile.unconfirmedIntent = hasIntent && !answered;
    m_reconcile.intendedPercent = m_reconcile.unconfirmedIntent ? intent.percentNew : m_percent;
    return intent;
}

QString CutoverEngine::disagreement(int realPercent) const
{
    return m_reconcile.unconfirmedIntent
        ? tr("A change to %1 % new was started but not confirmed; the backend has %2 % new.")
              .arg(m_reconcile.intendedPercent)
              .arg(realPercent)
        : tr("The record says %1 % new, the backend has %2 % new.")
              .arg(m_reconcile.intendedPercent)
              .arg(realPercent);
}

void CutoverEngine::open()
{
    if (!load() || !m_backend) {
        Q_EMIT opened();
        return;
    }
    if (const QString refused = runRefusal(); !refused.isEmpty()) {
        m_lastBackendError = refused;
        Q_EMIT backendError(refused);
        Q_EMIT opened();
        return;
    }
    const TrafficStore::Event intent = beginReconcile();
    const State wasState = m_state;
    const bool active = wasState == State::Shifting || wasState == State::Gating || wasState == State::Holding
        || wasState == State::RollingBack;
    m_busy = true;
    callBackend([](TrafficBackend *b, TrafficBackend::Done d) { b->readSplit(std::move(d)); },
        [this, intent, active, wasState](const TrafficResult &r) {
            m_busy = false;
            const QString who = tr("cockpit (reopened)");
            Q_EMIT splitRead(r);
            m_reconcile.realPercent = r.ok ? r.percentNew : -1;
            if (!r.ok) {
                m_reconcile.needed = true;
                m_reconcile.detail = tr("The backend cannot be read: %1").arg(r.error);
                reportBackendError(m_reconcile.detail, who);
            } else if (r.percentNew == m_reconcile.intendedPercent) {
                if (m_reconcile.unconfirmedIntent) {
                    TrafficStore::Event e;
                    e.kind = QStringLiteral("confirmed");
                    e.actor = who;
                    e.percentNew = r.percentNew;
                    e.stepIndex = intent.stepIndex;
                    e.intentId = intent.id;
                    e.reason = tr("confirmed by read-back after reopening");
                    e.detail = r.detail;
                    QString recordError;
                    m_traffic.recordEvent(e, &recordError);
                }
                m_percent = r.percentNew;
                Q_EMIT splitChanged(m_percent);
                record(QStringLiteral("reconcile"), r.percentNew, who, tr("the backend matches the record"),
                    r.detail);
            } else {
                m_reconcile.needed = true;
                m_reconcile.detail = disagreement(r.percentNew);
                record(QStringLiteral("reconcile"), r.percentNew, who, m_reconcile.detail, r.detail);
            }
            if (m_reconcile.needed) {
                if (m_reconcile.unconfirmedIntent)
                    m_stepIndex = intent.stepIndex;
                setState(State::Paused, who, m_reconcile.detail);
                Q_EMIT reconcileNeeded(m_reconcile);
            } else if (active) {
                // The record and the backend agree: carry on where it stopped.
                m_runActor = intent.actor.isEmpty() ? who : intent.actor;
                if (wasState == State::RollingBack)
                    setState(State::RolledBack, who, tr("rollback confirmed by read-back after reopening"));
                else if (m_stepIndex >= 0 && m_stepIndex < m_plan.steps.size())
                    startGates();
            }
            if (m_driftTimer->interval() > 0)
                m_driftTimer->start();
            Q_EMIT opened();
        });
}

void CutoverEngine::inspect()
{
    if (!load() || !m_backend) {
        Q_EMIT inspected();
        return;
    }
    if (const QString refused = runRefusal(); !refused.isEmpty()) {
        m_lastBackendError = refused;
        Q_EMIT backendError(refused);
        Q_EMIT inspected();
        return;
    }
    beginReconcile();
    callBackend([](TrafficBackend *b, TrafficBackend::Done d) { b->readSplit(std::move(d)); },
        [this](const TrafficResult &r) {
            Q_EMIT splitRead(r);
            m_reconcile.realPercent = r.ok ? r.percentNew : -1;
            if (!r.ok) {
                m_reconcile.needed = true;
                m_reconcile.detail = tr("The backend cannot be read: %1").arg(r.error);
                m_lastBackendError = m_reconcile.detail;
            } else if (r.percentNew != m_reconcile.intendedPercent) {
                m_reconcile.needed = true;
                m_reconcile.detail = disagreement(r.percentNew);
            }
            Q_EMIT inspected();
        });
}

ActionResult CutoverEngine::interrupt(const QString &actor, const QString &reason)
{
    if (m_state != State::Shifting && m_state != State::Gating && m_state != State::Holding)
        return ActionResult::failure(
            tr("There is nothing to stop while the plan is %1.").arg(stateLabel(m_state)));
    if (m_busy)
        return ActionResult::failure(tr("A backend call is under way; stop when it has answered."));
    stopActivity();
    m_holdRequested = false;
    record(QStringLiteral("interrupt"), m_percent, actor, reason, {});
    setState(State::Paused, actor,
        tr("stopped at %1 %: %2; the next run measures this step's gates again").arg(m_percent).arg(reason));
    return ActionResult::success();
}

// After an interrupt, the current step's gates did not finish: they are measured again before the plan
// goes on (a resumed plan never skips a step's gates).
bool CutoverEngine::gatesPendingAfterInterrupt() const
{
    if (m_stepIndex < 0 || m_stepIndex >= m_plan.steps.size()
        || m_plan.steps.at(m_stepIndex).percent != m_percent)
        return false;
    const QList<TrafficStore::Event> interrupts = m_traffic.events(QStringLiteral("interrupt"));
    if (interrupts.isEmpty())
        return false;
    const qint64 interrupted = interrupts.constLast().id;
    for (const QString &kind : { QStringLiteral("run"), QStringLiteral("promote") }) {
        const QList<TrafficStore::Event> later = m_traffic.events(kind);
        if (!later.isEmpty() && later.constLast().id > interrupted)
            return false;
    }
    return true;
}

ActionResult CutoverEngine::ready() const
{
    if (!m_backend)
        return ActionResult::failure(tr("No traffic backend is configured for this session."));
    if (m_store->isReadOnly())
        return ActionResult::failure(tr("This session is open read-only."));
    if (m_busy)
        return ActionResult::failure(tr("The backend is still busy with the last change; wait a moment."));
    if (const QString refused = runRefusal(); !refused.isEmpty())
        return ActionResult::failure(refused);
    return ActionResult::success();
}

void CutoverEngine::setState(State state, const QString &actor, const QString &reason)
{
    TrafficStore::State s;
    s.state = stateKey(state);
    s.stepIndex = m_stepIndex;
    s.percentNew = m_percent;
    QString error;
    if (!m_traffic.saveState(s, actor.isEmpty() ? tr("cockpit") : actor, reason, &error))
        Q_EMIT warning(tr("The traffic state could not be saved: %1").arg(error));
    const bool changed = state != m_state;
    m_state = state;
    if (changed || !reason.isEmpty())
        Q_EMIT stateChanged(m_state, reason);
}

void CutoverEngine::callBackend(const std::function<void(TrafficBackend *, TrafficBackend::Done)> &op,
    std::function<void(const TrafficResult &)> done)
{
    auto answered = std::make_shared<bool>(false);
    QPointer<CutoverEngine> self(this);
    auto shared = std::make_shared<std::function<void(const TrafficResult &)>>(std::move(done));
    QTimer::singleShot(m_callTimeoutMs, this, [answered, shared, ms = m_callTimeoutMs]() {
        if (*answered)
            return;
        *answered = true;
        (*shared)(TrafficResult::failure(tr("The backend did not answer within %1 s.").arg(ms / 1000.0)));
    });
    op(m_backend.get(), [self, answered, shared](const TrafficResult &r) {
        if (!self || *answered)
            return;
        *answered = true;
        (*shared)(r);
    });
}

void CutoverEngine::record(
    const QString &kind, int percent, const QString &actor, const QString &reason, const QString &detail)
{
    TrafficStore::Event e;
    e.kind = kind;
    e.actor = actor.isEmpty() ? tr("cockpit") : actor;
    e.percentNew = percent;
    e.stepIndex = m_stepIndex;
    e.reason = reason;
    e.detail = detail;
    QString error;
    if (!m_traffic.recordEvent(e, &error))
        Q_EMIT warning(tr("An event could not be recorded: %1").arg(error));
}

void CutoverEngine::reportBackendError(const QString &message, const QString &actor)
{
    m_lastBackendError = message;
    record(QStringLiteral("error"), m_percent, actor, message, {});
    Q_EMIT backendError(message);
}

void CutoverEngine::applySplit(
    int percent, bool isRollback, const QString &actor, const QString &reason, std::function<void(bool)> then)
{
    QString error;
    // Write before acting: the intent is committed before the backend sees anything.
    const qint64 intentId = m_traffic.recordIntent(percent, m_stepIndex, actor, reason, &error);
    if (intentId == 0) {
        reportBackendError(
            tr("The intent could not be recorded, so the backend was not called: %1").arg(error), actor);
        then(false);
        return;
    }
    m_busy = true;
    const quint64 generation = m_generation;
    auto op = isRollback
        ? std::function<void(TrafficBackend *, TrafficBackend::Done)>(
            [](TrafficBackend *b, TrafficBackend::Done d) { b->rollback(std::move(d)); })
        : [percent](TrafficBackend *b, TrafficBackend::Done d) { b->apply(percent, std::move(d)); };
    callBackend(
        op, [this, percent, intentId, actor, reason, then, generation, isRollback](const TrafficResult &r) {
            m_busy = false;
            TrafficStore::Event e;
            e.actor = actor;
            e.stepIndex = m_stepIndex;
            e.intentId = intentId;
            e.reason = reason;
            QString recordError;
            if (r.ok) {
                e.kind = QStringLiteral("confirmed");
                e.percentNew = r.percentNew >= 0 ? r.percentNew : percent;
                e.detail = r.detail;
                m_traffic.recordEvent(e, &recordError);
                // A change overtaken by a rollback or a newer action is recorded, but does not set the split
                // in force; if it landed after the newer change, the read-back reports it as drift.
                if (generation == m_generation || isRollback) {
                    m_percent = e.percentNew;
                    m_lastBackendError.clear();
                    m_driftPercent = -1;
                    Q_EMIT splitChanged(m_percent);
                }
            } else {
                e.kind = QStringLiteral("error");
                e.percentNew = percent;
                e.detail = r.error;
                m_traffic.recordEvent(e, &recordError);
                m_lastBackendError = isRollback
                    ? tr("ROLLBACK FAILED: %1").arg(r.error)
                    : tr("The change to %1 % new failed: %2").arg(percent).arg(r.error);
                Q_EMIT backendError(m_lastBackendError);
            }
            if (generation == m_generation || isRollback)
                then(r.ok);
        });
}

ActionResult CutoverEngine::start(const QString &actor, const QString &reason)
{
    if (actor.trimmed().isEmpty())
        return ActionResult::failure(tr("Say who starts the plan."));
    if (const ActionResult r = ready(); !r)
        return r;
    if (m_plan.steps.isEmpty())
        return ActionResult::failure(tr("The session has no traffic plan."));
    if (!m_planProblem.isEmpty())
        return ActionResult::failure(
            tr("The stored plan has gates that cannot be read (%1); set the plan again.").arg(m_planProblem));
    int next = 0;
    if (m_state == State::Paused || m_state == State::Holding) {
        next = m_plan.steps.size();
        for (int i = 0; i < m_plan.steps.size(); ++i) {
            if (m_plan.steps.at(i).percent > m_percent) {
                next = i;
                break;
            }
        }
    } else if (m_state != State::Idle && m_state != State::RolledBack && m_state != State::Completed) {
        return ActionResult::failure(tr("The plan is already running (%1).").arg(stateLabel(m_state)));
    }
    const bool remeasure
        = (m_state == State::Paused || m_state == State::Holding) && gatesPendingAfterInterrupt();
    m_runActor = actor;
    m_holdRequested = false;
    stopActivity();
    record(QStringLiteral("run"), m_percent, actor, reason.isEmpty() ? tr("plan started") : reason, {});
    if (remeasure) {
        startGates();
        return ActionResult::success();
    }
    if (next >= m_plan.steps.size()) {
        setState(State::Completed, actor, tr("every step of the plan is done"));
        return ActionResult::success();
    }
    enterStep(next);
    return ActionResult::success();
}

void CutoverEngine::enterStep(int index)
{
    m_stepIndex = index;
    Q_EMIT stepChanged(index);
    const int percent = m_plan.steps.at(index).percent;
    const QString reason
        = tr("step %1 of %2: %3 % to the new path").arg(index + 1).arg(m_plan.steps.size()).arg(percent);
    setState(State::Shifting, m_runActor, reason);
    applySplit(percent, false, m_runActor, reason, [this, percent](bool ok) {
        if (!ok) {
            setState(State::Paused, m_runActor,
                automatic + tr("the backend did not take %1 %: %2").arg(percent).arg(m_lastBackendError));
            return;
        }
        startGates();
    });
}

void CutoverEngine::startGates()
{
    if (const QString refused = runRefusal(); !refused.isEmpty()) {
        setState(State::Paused, m_runActor, refused);
        return;
    }
    qDeleteAll(m_runners);
    m_runners.clear();
    m_outcomes.clear();
    const PlanStep &step = m_plan.steps.at(m_stepIndex);
    if (step.gates.isEmpty()) {
        afterGates();
        return;
    }
    setState(State::Gating, m_runActor,
        tr("%1 gates running after step %2").arg(step.gates.size()).arg(m_stepIndex + 1));
    const int stepIndex = m_stepIndex;
    for (const GateDefinition &g : step.gates) {
        auto *runner = new GateRunner(g, GateProbe::create(g, m_metrics), this);
        m_runners << runner;
        connect(runner, &GateRunner::measured, this, [this, stepIndex](const GateMeasurement &measurement) {
            GateMeasurement m = measurement;
            m.stepIndex = stepIndex;
            QString error;
            if (!m_traffic.recordMeasurement(m, m_runActor.isEmpty() ? tr("cockpit") : m_runActor, &error))
                Q_EMIT warning(tr("A gate measurement could not be recorded: %1").arg(error));
            Q_EMIT measurementRecorded(m);
        });
        connect(
            runner, &GateRunner::finished, this, [this, runner](GateOutcome outcome, const QString &reason) {
                m_outcomes << GateOutcomeNote { runner->gate().name, outcome,
                    QStringLiteral("%1: %2").arg(runner->gate().name, reason) };
                onGateFinished();
            });
    }
    const QList<GateRunner *> runners = m_runners;
    for (GateRunner *r : runners)
        r->start();
}

void CutoverEngine::onGateFinished()
{
    if (m_state == State::Holding) {
        onWatchFinished();
        return;
    }
    // A failed gate decides at once; otherwise wait for all.
    for (const GateOutcomeNote &o : std::as_const(m_outcomes)) {
        if (o.outcome == GateOutcome::Failed) {
            for (GateRunner *r : std::as_const(m_runners))
                r->stop();
            Q_EMIT gatesFinished(GateOutcome::Failed, o.reason);
            rollback(gateActor(o.gate), automatic + tr("gate failed: %1").arg(o.reason));
            return;
        }
    }
    if (m_outcomes.size() < m_runners.size())
        return;
    QStringList inconclusive;
    for (const GateOutcomeNote &o : std::as_const(m_outcomes))
        if (o.outcome == GateOutcome::Inconclusive)
            inconclusive << o.reason;
    if (!inconclusive.isEmpty()) {
        Q_EMIT gatesFinished(GateOutcome::Inconclusive, inconclusive.join(QLatin1String("; ")));
        setState(State::Paused, m_runActor,
            automatic
                + tr("gate inconclusive, a person decides: %1").arg(inconclusive.join(QLatin1String("; "))));
        return;
    }
    Q_EMIT gatesFinished(GateOutcome::Passed, tr("all gates passed"));
    afterGates();
}

// A gate watched during the hold exceeded a limit: a failure rolls back at once, an inconclusive result
// stops the hold and waits for a person. The step is never promoted past it.
void CutoverEngine::onWatchFinished()
{
    const GateOutcomeNote o = m_outcomes.constLast();
    m_holdTimer->stop();
    m_tick->stop();
    m_holdDeadlineMs = 0;
    for (GateRunner *r : std::as_const(m_runners))
        r->stop();
    if (o.outcome == GateOutcome::Failed) {
        Q_EMIT gatesFinished(GateOutcome::Failed, o.reason);
        rollback(gateActor(o.gate), automatic + tr("gate failed during the hold: %1").arg(o.reason));
        return;
    }
    Q_EMIT gatesFinished(GateOutcome::Inconclusive, o.reason);
    setState(State::Paused, m_runActor,
        automatic + tr("gate inconclusive during the hold, a person decides: %1").arg(o.reason));
}

QString CutoverEngine::gateActor(const QString &gateName)
{
    return QStringLiteral("gate:") + gateName;
}

void CutoverEngine::afterGates()
{
    if (m_stepIndex + 1 >= m_plan.steps.size()) {
        setState(State::Completed, m_runActor, automatic + tr("the last step passed its gates"));
        return;
    }
    startHold();
}

void CutoverEngine::startHold()
{
    const int seconds = m_plan.steps.at(m_stepIndex).holdSeconds;
    if (seconds == 0 && !m_holdRequested) {
        nextStep();
        return;
    }
    if (seconds < 0 || m_holdRequested) {
        m_holdDeadlineMs = 0;
        setState(State::Holding, m_runActor, tr("holding at %1 % until a person promotes").arg(m_percent));
        watchGates();
        return;
    }
    m_holdDeadlineMs = QDateTime::currentMSecsSinceEpoch() + qint64(seconds) * 1000;
    m_holdTimer->start(seconds * 1000);
    m_tick->start();
    setState(State::Holding, m_runActor, tr("holding at %1 % for %2 s").arg(m_percent).arg(seconds));
    Q_EMIT holdTick(seconds);
    watchGates();
}

// The step's gates go on measuring at their interval for the whole hold.
void CutoverEngine::watchGates()
{
    m_outcomes.clear();
    for (GateRunner *r : std::as_const(m_runners))
        r->watch();
}

void CutoverEngine::nextStep()
{
    if (m_stepIndex + 1 >= m_plan.steps.size()) {
        setState(State::Completed, m_runActor, tr("every step of the plan is done"));
        return;
    }
    enterStep(m_stepIndex + 1);
}

int CutoverEngine::holdRemainingSeconds() const
{
    if (m_state != State::Holding || m_holdDeadlineMs == 0)
        return -1;
    return int(qMax<qint64>(0, (m_holdDeadlineMs - QDateTime::currentMSecsSinceEpoch() + 999) / 1000));
}

bool CutoverEngine::holdIsIndefinite() const
{
    return m_state == State::Holding && m_holdDeadlineMs == 0;
}

void CutoverEngine::stopActivity()
{
    ++m_generation;
    for (GateRunner *r : std::as_const(m_runners))
        r->stop();
    m_holdTimer->stop();
    m_tick->stop();
    m_holdDeadlineMs = 0;
}

ActionResult CutoverEngine::promote(const QString &actor, const QString &reason)
{
    if (actor.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return ActionResult::failure(tr("Promoting needs a person and a reason."));
    if (const ActionResult r = ready(); !r)
        return r;
    if (m_state != State::Holding && m_state != State::Paused && m_state != State::Gating)
        return ActionResult::failure(
            tr("There is nothing to promote while the plan is %1.").arg(stateLabel(m_state)));
    if (m_reconcile.needed)
        return ActionResult::failure(tr("The backend differs from the record; resume or roll back first."));
    if (!m_planProblem.isEmpty())
        return ActionResult::failure(
            tr("The stored plan has gates that cannot be read (%1); set the plan again.").arg(m_planProblem));
    stopActivity();
    m_runActor = actor;
    m_holdRequested = false;
    record(QStringLiteral("promote"), m_percent, actor, reason, {});
    if (m_stepIndex < 0 || m_plan.steps.at(m_stepIndex).percent != m_percent) {
        // After a manual shift: continue with the first step beyond the split in force.
        for (int i = 0; i < m_plan.steps.size(); ++i) {
            if (m_plan.steps.at(i).percent > m_percent) {
                enterStep(i);
                return ActionResult::success();
            }
        }
        setState(State::Completed, actor, reason);
        return ActionResult::success();
    }
    nextStep();
    return ActionResult::success();
}

ActionResult CutoverEngine::hold(const QString &actor, const QString &reason)
{
    if (actor.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return ActionResult::failure(tr("Holding needs a person and a reason."));
    if (m_state != State::Holding && m_state != State::Gating && m_state != State::Shifting)
        return ActionResult::failure(
            tr("There is nothing to hold while the plan is %1.").arg(stateLabel(m_state)));
    m_holdRequested = true;
    record(QStringLiteral("hold"), m_percent, actor, reason, {});
    if (m_state == State::Holding) {
        m_holdTimer->stop();
        m_tick->stop();
        m_holdDeadlineMs = 0;
        setState(
            State::Holding, actor, tr("held at %1 % until a person promotes: %2").arg(m_percent).arg(reason));
    }
    return ActionResult::success();
}

ActionResult CutoverEngine::resume(const QString &actor, const QString &reason)
{
    if (actor.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return ActionResult::failure(tr("Resuming needs a person and a reason."));
    if (const ActionResult r = ready(); !r)
        return r;
    if (m_state != State::Paused)
        return ActionResult::failure(tr("Only a paused plan can be resumed."));
    const int intended
        = m_reconcile.needed && m_reconcile.intendedPercent >= 0 ? m_reconcile.intendedPercent : m_percent;
    m_reconcile = Reconcile {};
    m_runActor = actor;
    stopActivity();
    setState(State::Shifting, actor, tr("resuming at %1 %: %2").arg(intended).arg(reason));
    applySplit(intended, false, actor, reason, [this, intended](bool ok) {
        if (!ok) {
            setState(State::Paused, m_runActor,
                automatic + tr("the backend did not take %1 %: %2").arg(intended).arg(m_lastBackendError));
            return;
        }
        if (m_stepIndex >= 0 && m_stepIndex < m_plan.steps.size()
            && m_plan.steps.at(m_stepIndex).percent == intended)
            startGates();
        else
            setState(State::Paused, m_runActor,
                tr("split restored to %1 %; promote to continue the plan").arg(intended));
    });
    return ActionResult::success();
}

ActionResult CutoverEngine::shiftTo(int percentNew, const QString &actor, const QString &reason)
{
    if (actor.trimmed().isEmpty())
        return ActionResult::failure(tr("Say who shifts the traffic."));
    if (percentNew < 0 || percentNew > 100)
        return ActionResult::failure(tr("%1 % is not a percentage between 0 and 100.").arg(percentNew));
    if (const ActionResult r = ready(); !r)
        return r;
    stopActivity();
    m_reconcile = Reconcile {};
    m_runActor = actor;
    const QString why = reason.isEmpty() ? tr("manual shift to %1 %").arg(percentNew) : reason;
    setState(State::Shifting, actor, why);
    applySplit(percentNew, false, actor, why, [this, percentNew, actor](bool ok) {
        if (!ok) {
            setState(State::Paused, actor,
                tr("the backend did not take %1 %: %2").arg(percentNew).arg(m_lastBackendError));
            return;
        }
        for (int i = 0; i < m_plan.steps.size(); ++i)
            if (m_plan.steps.at(i).percent == percentNew)
                m_stepIndex = i;
        if (percentNew == 0)
            setState(State::RolledBack, actor, tr("manual shift: all traffic on the old path"));
        else
            setState(State::Paused, actor,
                tr("manual shift to %1 % done; promote or run to continue").arg(percentNew));
    });
    return ActionResult::success();
}

ActionResult CutoverEngine::rollback(const QString &actor, const QString &reason, bool rampDown)
{
    if (actor.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return ActionResult::failure(tr("Rolling back needs a person and a reason."));
    if (!m_backend)
        return ActionResult::failure(tr("No traffic backend is configured for this session."));
    if (m_store->isReadOnly())
        return ActionResult::failure(tr("This session is open read-only."));
    if (m_state == State::RollingBack)
        return ActionResult::failure(tr("A rollback is already under way."));
    if (const QString refused = runRefusal(); !refused.isEmpty())
        return ActionResult::failure(refused);
    stopActivity();
    m_reconcile = Reconcile {};
    setState(State::RollingBack, actor, reason);
    // Check the old path first: warn loudly, but never refuse a rollback.
    const quint64 generation = m_generation;
    auto pending = std::make_shared<int>(m_plan.oldHealthUrl.isEmpty() ? 1 : 2);
    auto warnings = std::make_shared<QStringList>();
    auto proceed = [this, pending, warnings, actor, reason, rampDown, generation]() {
        if (--*pending > 0 || generation != m_generation)
            return;
        if (!warnings->isEmpty()) {
            const QString message = tr("The old path may not be healthy: %1. Rolling back anyway.")
                                        .arg(warnings->join(QLatin1String("; ")));
            record(QStringLiteral("warning"), m_percent, actor, reason, message);
            Q_EMIT warning(message);
        }
        finishRollback(actor, reason, rampDown);
    };
    m_backend->checkOldPath(
        [self = QPointer<CutoverEngine>(this), warnings, proceed](const TrafficResult &r) {
            if (!self)
                return;
            if (!r.ok)
                *warnings << r.error;
            proceed();
        });
    if (!m_plan.oldHealthUrl.isEmpty()) {
        QNetworkRequest req { QUrl(m_plan.oldHealthUrl) };
        req.setTransferTimeout(2000);
        QNetworkReply *reply = m_nam->get(req);
        connect(reply, &QNetworkReply::finished, this, [reply, warnings, proceed]() {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status < 200 || status > 299)
                *warnings << tr("the old path's health URL answered %1 (%2)")
                                 .arg(status)
                                 .arg(reply->error() == QNetworkReply::NoError ? QString()
                                                                               : reply->errorString());
            proceed();
        });
    }
    return ActionResult::success();
}

void CutoverEngine::finishRollback(const QString &actor, const QString &reason, bool rampDown)
{
    if (rampDown) {
        int index = -1;
        for (int i = 0; i < m_plan.steps.size(); ++i)
            if (m_plan.steps.at(i).percent < m_percent)
                index = i;
        if (index >= 0) {
            rampDownFrom(index, actor, reason);
            return;
        }
    }
    applySplit(0, true, actor, reason, [this, actor, reason](bool ok) {
        if (ok)
            setState(State::RolledBack, actor, reason);
        else
            setState(State::Paused, actor,
                tr("ROLLBACK FAILED, traffic may still reach the new path: %1").arg(m_lastBackendError));
    });
}

void CutoverEngine::rampDownFrom(int index, const QString &actor, const QString &reason)
{
    const int percent = m_plan.steps.at(index).percent;
    const quint64 generation = m_generation;
    applySplit(percent, false, actor, tr("ramp-down to %1 %: %2").arg(percent).arg(reason),
        [this, index, actor, reason, generation](bool ok) {
            if (generation != m_generation)
                return;
            if (!ok) {
                finishRollback(actor, reason, false); // the ramp failed: go straight to the old path
                return;
            }
            QTimer::singleShot(m_rampDownHoldMs, this, [this, index, actor, reason, generation]() {
                if (generation != m_generation)
                    return;
                if (index > 0)
                    rampDownFrom(index - 1, actor, reason);
                else
                    finishRollback(actor, reason, false);
            });
        });
}

void CutoverEngine::checkSplit()
{
    if (!m_backend) {
        Q_EMIT splitRead(TrafficResult::failure(tr("No traffic backend is configured for this session.")));
        return;
    }
    if (const QString refused = runRefusal(); !refused.isEmpty()) {
        m_lastBackendError = refused;
        Q_EMIT backendError(refused);
        Q_EMIT splitRead(TrafficResult::failure(refused));
        return;
    }
    callBackend([](TrafficBackend *b, TrafficBackend::Done d) { b->readSplit(std::move(d)); },
        [this](const TrafficResult &r) {
            if (!r.ok) { // shown, never recorded: reading the split is a look, not an act
                m_lastBackendError = tr("The split cannot be read: %1").arg(r.error);
                Q_EMIT backendError(m_lastBackendError);
            }
            Q_EMIT splitRead(r);
        });
}

void CutoverEngine::readBackForDrift()
{
    if (!m_backend || m_busy || m_reading || m_state == State::Shifting || m_state == State::RollingBack
        || m_reconcile.needed || !runRefusal().isEmpty())
        return;
    if (m_state == State::Idle && m_traffic.events(QStringLiteral("confirmed")).isEmpty())
        return; // nothing shifted yet: nothing to drift from
    const quint64 generation = m_generation;
    m_reading = true; // a read-back never blocks an action
    callBackend([](TrafficBackend *b, TrafficBackend::Done d) { b->readSplit(std::move(d)); },
        [this, generation](const TrafficResult &r) {
            m_reading = false;
            if (generation != m_generation || m_state == State::Shifting || m_state == State::RollingBack)
                return;
            if (!r.ok) {
                const QString message = tr("The backend cannot be read back: %1").arg(r.error);
                if (message != m_lastBackendError)
                    reportBackendError(message, {});
                return;
            }
            if (!m_lastBackendError.isEmpty()
                && m_lastBackendError.startsWith(tr("The backend cannot be read back")))
                m_lastBackendError.clear();
            if (r.percentNew == m_percent) {
                m_driftPercent = -1;
                return;
            }
            if (r.percentNew == m_driftPercent)
                return; // already reported
            m_driftPercent = r.percentNew;
            record(QStringLiteral("drift"), r.percentNew, tr("cockpit (read-back)"),
                tr("changed outside the cockpit: the session says %1 % new, the backend has %2 % new")
                    .arg(m_percent)
                    .arg(r.percentNew),
                r.detail);
            Q_EMIT driftDetected(m_percent, r.percentNew);
        });
}

QList<GateMeasurement> CutoverEngine::measurements() const
{
    return m_traffic.measurements();
}

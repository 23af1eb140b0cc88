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
#include <QUuid>

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
    , m_lease(store, QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_leaseTimer(new QTimer(this))
{
    m_leaseTimer->setInterval(TrafficLease::heartbeatMs());
    connect(m_leaseTimer, &QTimer::timeout, this, &CutoverEngine::heartbeat);
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
    if (m_haveLease)
        m_lease.release();
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
    const TrafficStore::State saved = m_traffic.loadState(); // the split: the last confirmed one
    m_state = stateFromKey(saved.state);
    m_stepIndex = saved.stepIndex;
    m_percent = saved.percentNew;
    m_controller = m_lease.current();
    m_interruptedFrom.clear();
    const bool active = m_state == State::Shifting || m_state == State::Gating || m_state == State::Holding
        || m_state == State::RollingBack;
    if (active && !m_haveLease && (m_controller.isNull() || m_controller.isDead())) {
        // On record a plan was under way, but nobody drives it: it stopped (killed, crashed). It never
        // goes on by itself; a person decides.
        m_interruptedFrom = saved.state;
        m_state = State::Paused;
    }
    Q_EMIT controllerChanged();
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

// What the record intends: the last intent when it was never answered, else the split last confirmed.
TrafficStore::Event CutoverEngine::beginReconcile()
{
    TrafficStore::Event intent;
    bool answered = true;
    const bool hasIntent = m_traffic.lastIntent(&intent, &answered);
    m_reconcile = Reconcile {};
    m_reconcile.unconfirmedIntent = hasIntent && !answered;
    m_reconcile.intendedPercent = m_reconcile.unconfirmedIntent ? intent.percentNew : m_percent;
    m_reconcile.interrupted = !m_interruptedFrom.isEmpty();
    m_reconcile.interruptedState = m_interruptedFrom;
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

QString CutoverEngine::advice(const QString &session) const
{
    const Reconcile &r = m_reconcile;
    if (!r.needed)
        return {};
    const QString reconcile = tr("cutoverctl reconcile %1 --by NAME --reason TEXT").arg(session);
    const QString rollback = tr("cutoverctl rollback %1 --by NAME --reason TEXT").arg(session);
    if (r.realPercent < 0)
        return tr("The backend cannot be read, so nobody knows the split in force. Check it (cutoverctl "
                  "backend %1 --check), then `%2`; a rollback does not need the read-back: `%3`.")
            .arg(session, reconcile, rollback);
    if (r.unconfirmedIntent && r.realPercent == r.intendedPercent)
        return tr("The backend has the unconfirmed change to %1 %. Confirm it: `%2`.")
            .arg(r.intendedPercent)
            .arg(reconcile);
    if (r.unconfirmedIntent && r.realPercent == m_percent)
        return tr("The change to %1 % never reached the backend, which still has %2 % (the last confirmed "
                  "split). Record that: `%3`; then run again or roll back.")
            .arg(r.intendedPercent)
            .arg(r.realPercent)
            .arg(reconcile);
    return tr("The backend has %1 %, which nobody confirmed (changed outside the cockpit?). Either set the "
              "split you want (`cutoverctl shift %2 --to PERCENT --by NAME --reason TEXT`, e.g. --to %3 to "
              "restore the last confirmed split) or roll back: `%4`.")
        .arg(r.realPercent)
        .arg(session)
        .arg(m_percent)
        .arg(rollback);
}

// Reads the split in force and compares it with the record (m_reconcile); writes nothing.
void CutoverEngine::readBack(std::function<void()> done)
{
    beginReconcile();
    m_busy = true;
    callBackend([](TrafficBackend *b, TrafficBackend::Done d) { b->readSplit(std::move(d)); },
        [this, done](const TrafficResult &r) {
            m_busy = false;
            Q_EMIT splitRead(r);
            m_reconcile.realPercent = r.ok ? r.percentNew : -1;
            if (!r.ok) {
                m_reconcile.needed = true;
                m_reconcile.detail = tr("The backend cannot be read: %1").arg(r.error);
                m_lastBackendError = m_reconcile.detail;
            } else if (r.percentNew != m_reconcile.intendedPercent
                || (m_reconcile.unconfirmedIntent && r.percentNew != m_percent)) {
                // An unanswered intent the backend has is still unconfirmed: the split in force (the last
                // confirmed one) differs from what the backend has until a person confirms it.
                m_reconcile.needed = true;
                m_reconcile.detail = disagreement(r.percentNew);
            }
            done();
        });
}

// The run guard refuses (an untrusted session): the refusal is shown as the backend's error.
bool CutoverEngine::refusedToRun()
{
    const QString refused = runRefusal();
    if (refused.isEmpty())
        return false;
    m_lastBackendError = refused;
    Q_EMIT backendError(refused);
    return true;
}

// Opening only looks: it reads the backend back and shows what the record meant and what is in force.
// It never confirms, resumes or writes: an interrupted plan waits paused for a person.
void CutoverEngine::open()
{
    if (!load() || !m_backend) {
        Q_EMIT opened();
        return;
    }
    if (refusedToRun()) {
        Q_EMIT opened();
        return;
    }
    readBack([this]() {
        if (m_reconcile.realPercent < 0)
            Q_EMIT backendError(m_lastBackendError);
        if (m_reconcile.interrupted) {
            const QString in = m_reconcile.realPercent < 0 ? tr("unknown (the backend cannot be read)")
                                                           : tr("%1 % new").arg(m_reconcile.realPercent);
            const QString text = tr("reopened after an interruption (%1 on record): meant %2 % new, in force "
                                    "%3; nothing goes on until a person decides")
                                     .arg(stateLabel(stateFromKey(m_reconcile.interruptedState)))
                                     .arg(m_reconcile.intendedPercent)
                                     .arg(in);
            if (m_reconcile.detail.isEmpty())
                m_reconcile.detail = text;
            else // the disagreement names both splits
                m_reconcile.detail
                    = tr("Reopened after an interruption (%1 on record), nothing goes on until a "
                         "person decides. %2")
                          .arg(stateLabel(stateFromKey(m_reconcile.interruptedState)), m_reconcile.detail);
        }
        // Another cockpit drives: its own read-back reconciles, and a read here may fall between its
        // change of the backend and its confirmation. This one does not pause for it; it says what it read.
        const bool othersDrive = !m_haveLease && !m_controller.isNull() && !m_controller.isDead();
        if (othersDrive && m_reconcile.needed && !m_reconcile.interrupted) {
            if (m_reconcile.detail != m_lookingNote) {
                m_lookingNote = m_reconcile.detail;
                Q_EMIT warning(tr("%1 %2 drives the traffic; that cockpit reconciles it.")
                                   .arg(m_reconcile.detail, m_controller.holder));
            }
            m_reconcile.needed = false;
        } else if (m_reconcile.needed || m_reconcile.interrupted) {
            enter(State::Paused, m_reconcile.detail);
            Q_EMIT reconcileNeeded(m_reconcile);
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
    if (refusedToRun()) {
        Q_EMIT inspected();
        return;
    }
    readBack([this]() { Q_EMIT inspected(); });
}

ActionResult CutoverEngine::reconcileWithBackend(const QString &actor, const QString &reason)
{
    if (actor.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return ActionResult::failure(tr("Reconciling needs a person and a reason."));
    if (const ActionResult r = ready(actor); !r)
        return r;
    stopActivity();
    const TrafficStore::Event intent = beginReconcile();
    const bool wasRollback
        = m_interruptedFrom == stateKey(State::RollingBack) || m_state == State::RollingBack;
    readBack([this, intent, actor, reason, wasRollback]() {
        const Reconcile r = m_reconcile;
        TrafficStore::Event e;
        e.actor = actor;
        e.reason = reason;
        e.stepIndex = intent.stepIndex;
        e.percentNew = r.realPercent;
        State next = m_state;
        if (r.realPercent < 0) {
            e.kind = QStringLiteral("reconcile");
            e.percentNew = m_percent;
            e.detail = r.detail;
            next = State::Paused;
        } else if (r.unconfirmedIntent && r.realPercent == r.intendedPercent) {
            e.kind = QStringLiteral("confirmed");
            e.intentId = intent.id;
            e.detail = tr("confirmed by read-back (reconcile)");
            next = wasRollback && r.realPercent == 0 ? State::RolledBack : State::Paused;
        } else if (r.unconfirmedIntent && r.realPercent == m_percent) {
            e.kind = QStringLiteral("error");
            e.intentId = intent.id;
            e.percentNew = r.intendedPercent;
            e.detail = tr("not applied: the backend still has %1 % (reconcile)").arg(r.realPercent);
            next = State::Paused;
        } else if (!r.needed) {
            e.kind = QStringLiteral("reconcile");
            e.detail = tr("the backend matches the record");
            if (m_reconcile.interrupted)
                next = wasRollback && r.realPercent == 0 ? State::RolledBack : State::Paused;
        } else {
            e.kind = QStringLiteral("reconcile");
            e.detail = r.detail;
            next = State::Paused;
        }
        if (e.kind == QLatin1String("confirmed") || e.kind == QLatin1String("error")) {
            m_reconcile.needed = false; // the intent is answered now
            m_reconcile.unconfirmedIntent = false;
            m_reconcile.detail.clear();
        }
        if (e.kind == QLatin1String("confirmed"))
            m_percent = e.percentNew;
        m_reconcile.intendedPercent = m_percent;
        if (m_reconcile.realPercent >= 0 && m_reconcile.realPercent != m_percent)
            m_reconcile.needed = true;
        m_interruptedFrom.clear();
        m_reconcile.interrupted = false;
        const TrafficStore::State saved = savedState(next);
        QString error;
        bool lost = false;
        if (!m_traffic.transition(&e, &saved, actor, reason, &error, &lost)) {
            Q_EMIT warning(tr("The reconcile could not be recorded: %1").arg(error));
            if (lost)
                loseLease(m_lease.current());
        }
        Q_EMIT splitChanged(m_percent);
        enter(next, e.detail);
        releaseLease();
        Q_EMIT reconciled();
    });
    return ActionResult::success();
}

ActionResult CutoverEngine::interrupt(const QString &actor, const QString &reason)
{
    if (m_state != State::Shifting && m_state != State::Gating && m_state != State::Holding)
        return ActionResult::failure(
            tr("There is nothing to stop while the plan is %1.").arg(stateLabel(m_state)));
    if (m_busy)
        return ActionResult::failure(tr("A backend call is under way; stop when it has answered."));
    if (const ActionResult r = takeLease(actor, false, {}); !r)
        return r;
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

ActionResult CutoverEngine::ready(const QString &actor, bool forRollback)
{
    if (!m_backend)
        return ActionResult::failure(tr("No traffic backend is configured for this session."));
    if (m_store->isReadOnly())
        return ActionResult::failure(tr("This session is open read-only."));
    if (m_busy && !forRollback)
        return ActionResult::failure(tr("The backend is still busy with the last change; wait a moment."));
    if (const QString refused = runRefusal(); !refused.isEmpty())
        return ActionResult::failure(refused);
    return takeLease(actor, false, {});
}

ActionResult CutoverEngine::takeOver(const QString &actor, const QString &reason)
{
    if (actor.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return ActionResult::failure(tr("Taking over needs a person and a reason."));
    if (m_store->isReadOnly())
        return ActionResult::failure(tr("This session is open read-only."));
    return takeLease(actor, true, reason);
}

ActionResult CutoverEngine::takeLease(const QString &actor, bool takeOver, const QString &reason)
{
    TrafficLease::Holder other;
    QString error;
    switch (m_lease.take(actor.isEmpty() ? tr("cockpit") : actor, takeOver, reason, &other, &error)) {
    case TrafficLease::Outcome::Taken:
        if (!m_haveLease) {
            m_haveLease = true;
            m_traffic.setLeaseToken(m_lease.token());
            m_leaseTimer->start();
            if (!other.isNull() && !m_lease.isMine(other))
                Q_EMIT warning(tr("Took over the traffic of this session from %1.").arg(other.describe()));
        }
        m_controller = m_lease.current();
        Q_EMIT controllerChanged();
        return ActionResult::success();
    case TrafficLease::Outcome::Refused:
        if (m_haveLease)
            loseLease(other);
        m_controller = other;
        Q_EMIT controllerChanged();
        return ActionResult::failure(tr("The traffic of this session is controlled by %1 (%2); this cockpit "
                                        "only looks. Take over explicitly, with a reason, to drive it from "
                                        "here.")
                                         .arg(other.describe(), other.describeLiveness()));
    case TrafficLease::Outcome::Failed:
        break;
    }
    return ActionResult::failure(tr("The traffic lease cannot be taken: %1").arg(error));
}

void CutoverEngine::releaseLease()
{
    if (!m_haveLease || m_busy)
        return;
    m_lease.release();
    m_haveLease = false;
    m_traffic.setLeaseToken({});
    m_leaseTimer->stop();
    m_controller = TrafficLease::Holder {};
    Q_EMIT controllerChanged();
}

void CutoverEngine::loseLease(const TrafficLease::Holder &other)
{
    stopActivity();
    m_holdRequested = false;
    m_haveLease = false;
    m_traffic.setLeaseToken({});
    m_leaseTimer->stop();
    m_controller = other;
    const QString message
        = tr("%1 took over the traffic of this session; this cockpit stopped its hold and gates and only "
             "looks now.")
              .arg(other.isNull() ? tr("Another cockpit") : other.describe());
    Q_EMIT controllerChanged();
    Q_EMIT leaseLost(message);
    Q_EMIT warning(message);
    if (!m_busy)
        load(); // show the new controller's record
}

void CutoverEngine::heartbeat()
{
    if (!m_haveLease)
        return;
    TrafficLease::Holder other;
    QString error;
    if (!m_lease.heartbeat(&other, &error))
        loseLease(other);
}

TrafficStore::State CutoverEngine::savedState(State state) const
{
    TrafficStore::State s;
    s.state = stateKey(state);
    s.stepIndex = m_stepIndex;
    s.percentNew = m_percent;
    return s;
}

void CutoverEngine::enter(State state, const QString &reason)
{
    const bool changed = state != m_state;
    m_state = state;
    if (changed || !reason.isEmpty())
        Q_EMIT stateChanged(m_state, reason);
    if (state == State::Paused || state == State::Completed || state == State::RolledBack
        || state == State::Idle)
        releaseLease(); // done driving: somebody else may drive now
}

void CutoverEngine::setState(State state, const QString &actor, const QString &reason)
{
    const TrafficStore::State s = savedState(state);
    QString error;
    bool lost = false;
    if (!m_traffic.transition(nullptr, &s, actor.isEmpty() ? tr("cockpit") : actor, reason, &error, &lost)) {
        if (lost) {
            loseLease(m_lease.current());
            return;
        }
        Q_EMIT warning(tr("The traffic state could not be saved: %1").arg(error));
    }
    enter(state, reason);
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

// Write before acting: the intent (with the state in memory) is committed in one transaction before the
// backend sees anything. 0 when it could not be written.
qint64 CutoverEngine::writeIntent(int percent, const QString &actor, const QString &reason)
{
    QString error;
    bool lost = false;
    const TrafficStore::State s = savedState(m_state);
    const qint64 intentId = m_traffic.recordIntent(percent, m_stepIndex, actor, reason, &error, &s, &lost);
    if (intentId != 0)
        return 0 + intentId;
    if (lost) {
        loseLease(m_lease.current());
        return 0;
    }
    m_lastBackendError = tr("The intent could not be recorded, so the backend was not called: %1").arg(error);
    Q_EMIT backendError(m_lastBackendError);
    Q_EMIT warning(m_lastBackendError);
    return 0;
}

void CutoverEngine::applySplit(
    int percent, bool isRollback, const QString &actor, const QString &reason, std::function<void(bool)> then)
{
    const qint64 intentId = writeIntent(percent, actor, reason);
    if (intentId == 0) {
        if (m_haveLease)
            then(false);
        return;
    }
    callWithIntent(intentId, percent, isRollback, actor, reason, std::move(then));
}

void CutoverEngine::callWithIntent(qint64 intentId, int percent, bool isRollback, const QString &actor,
    const QString &reason, std::function<void(bool)> then)
{
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
            const bool current = generation == m_generation || isRollback;
            m_answeredPercent = r.ok ? r.percentNew : -1;
            if (r.ok) {
                e.kind = QStringLiteral("confirmed");
                e.percentNew = r.percentNew >= 0 ? r.percentNew : percent;
                e.detail = r.detail;
                // The confirmation and the state in ONE transaction. A rollback is rolled back only when
                // the backend's read-back says 0 %.
                State next = m_state;
                if (isRollback && percent == 0)
                    next = r.percentNew == 0 ? State::RolledBack : State::RollingBack;
                const TrafficStore::State saved = [&]() {
                    TrafficStore::State st = savedState(next);
                    st.percentNew = e.percentNew;
                    return st;
                }();
                bool lost = false;
                if (!m_traffic.transition(
                        &e, current ? &saved : nullptr, actor, reason, &recordError, &lost)) {
                    // The backend moved but the session does not say so: an alarm, never ignored.
                    m_lastBackendError = tr("The backend has %1 % new, but the confirmation could not be "
                                            "recorded: %2. Read the split back before acting.")
                                             .arg(e.percentNew)
                                             .arg(recordError);
                    Q_EMIT warning(m_lastBackendError);
                    Q_EMIT backendError(m_lastBackendError);
                }
                // A change overtaken by a rollback or a newer action is recorded, but does not set the split
                // in force; if it landed after the newer change, the read-back reports it as drift.
                if (current) {
                    m_percent = e.percentNew;
                    if (recordError.isEmpty())
                        m_lastBackendError.clear();
                    m_driftPercent = -1;
                    Q_EMIT splitChanged(m_percent);
                }
                if (lost) {
                    loseLease(m_lease.current());
                    return;
                }
            } else {
                e.kind = QStringLiteral("error");
                e.percentNew = percent;
                e.detail = r.error;
                if (!m_traffic.recordEvent(e, &recordError))
                    Q_EMIT warning(tr("The backend's error could not be recorded: %1").arg(recordError));
                m_lastBackendError = isRollback
                    ? tr("ROLLBACK FAILED: %1").arg(r.error)
                    : tr("The change to %1 % new failed: %2").arg(percent).arg(r.error);
                Q_EMIT backendError(m_lastBackendError);
            }
            if (current)
                then(r.ok);
        });
}

// The step whose split is in force (the last confirmed one), -1 when no step of the plan has it.
int CutoverEngine::stepInForce() const
{
    if (m_stepIndex >= 0 && m_stepIndex < m_plan.steps.size()
        && m_plan.steps.at(m_stepIndex).percent == m_percent)
        return m_stepIndex;
    for (int i = int(m_plan.steps.size()) - 1; i >= 0; --i)
        if (m_plan.steps.at(i).percent == m_percent)
            return i;
    return -1;
}

ActionResult CutoverEngine::start(const QString &actor, const QString &reason)
{
    if (actor.trimmed().isEmpty())
        return ActionResult::failure(tr("Say who starts the plan."));
    if (m_plan.steps.isEmpty())
        return ActionResult::failure(tr("The session has no traffic plan."));
    if (!m_planProblem.isEmpty())
        return ActionResult::failure(
            tr("The stored plan has gates that cannot be read (%1); set the plan again.").arg(m_planProblem));
    if (m_state != State::Paused && m_state != State::Holding && m_state != State::Idle
        && m_state != State::RolledBack && m_state != State::Completed)
        return ActionResult::failure(tr("The plan is already running (%1).").arg(stateLabel(m_state)));
    if (m_reconcile.needed)
        return ActionResult::failure(
            tr("The backend differs from the record; reconcile, resume or roll back first."));
    if (const ActionResult r = ready(actor); !r)
        return r;
    // A plan goes on at the first step not confirmed: the first beyond the split in force.
    int next = 0;
    if (m_state == State::Paused || m_state == State::Holding) {
        next = int(m_plan.steps.size());
        for (int i = 0; i < m_plan.steps.size(); ++i) {
            if (m_plan.steps.at(i).percent > m_percent) {
                next = i;
                break;
            }
        }
    }
    // After an interrupt or an interruption (the cockpit stopped), the gates of the step in force are
    // measured again before the plan goes on: a resumed plan never skips a step's gates.
    const int inForce = stepInForce();
    const bool remeasure = (m_state == State::Paused || m_state == State::Holding) && inForce >= 0
        && (gatesPendingAfterInterrupt() || !m_interruptedFrom.isEmpty());
    m_runActor = actor;
    m_holdRequested = false;
    m_interruptedFrom.clear();
    m_reconcile = Reconcile {};
    stopActivity();
    record(QStringLiteral("run"), m_percent, actor, reason.isEmpty() ? tr("plan started") : reason, {});
    if (remeasure) {
        m_stepIndex = inForce;
        Q_EMIT stepChanged(m_stepIndex);
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
    enter(State::Shifting, reason); // saved with the intent, in one transaction
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
    if (m_stepIndex < 0 || m_stepIndex >= m_plan.steps.size()
        || m_plan.steps.at(m_stepIndex).percent != m_percent) {
        // Never judge a step whose split is not the one in force.
        setState(State::Paused, m_runActor,
            tr("step %1 is not in force (%2 % new is); its gates do not run. Run or resume to go on.")
                .arg(m_stepIndex + 1)
                .arg(m_percent));
        return;
    }
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
    if (m_state != State::Holding && m_state != State::Paused && m_state != State::Gating)
        return ActionResult::failure(
            tr("There is nothing to promote while the plan is %1.").arg(stateLabel(m_state)));
    if (m_reconcile.needed)
        return ActionResult::failure(tr("The backend differs from the record; resume or roll back first."));
    if (!m_planProblem.isEmpty())
        return ActionResult::failure(
            tr("The stored plan has gates that cannot be read (%1); set the plan again.").arg(m_planProblem));
    if (const ActionResult r = ready(actor); !r)
        return r;
    stopActivity();
    m_interruptedFrom.clear();
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
    if (const ActionResult r = takeLease(actor, false, {}); !r)
        return r;
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
    if (m_state != State::Paused)
        return ActionResult::failure(tr("Only a paused plan can be resumed."));
    if (const ActionResult r = ready(actor); !r)
        return r;
    m_interruptedFrom.clear();
    const int intended
        = m_reconcile.needed && m_reconcile.intendedPercent >= 0 ? m_reconcile.intendedPercent : m_percent;
    m_reconcile = Reconcile {};
    m_runActor = actor;
    stopActivity();
    enter(State::Shifting, tr("resuming at %1 %: %2").arg(intended).arg(reason));
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
    if (const ActionResult r = ready(actor); !r)
        return r;
    stopActivity();
    m_reconcile = Reconcile {};
    m_interruptedFrom.clear();
    m_runActor = actor;
    const QString why = reason.isEmpty() ? tr("manual shift to %1 %").arg(percentNew) : reason;
    enter(State::Shifting, why);
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
    if (m_state == State::RollingBack && m_haveLease)
        return ActionResult::failure(tr("A rollback is already under way."));
    if (const ActionResult r = ready(actor, true); !r)
        return r;
    stopActivity();
    m_reconcile = Reconcile {};
    m_interruptedFrom.clear();
    // The first target: the old path, or with rampDown the highest earlier step below the split.
    int rampIndex = -1;
    if (rampDown)
        for (int i = 0; i < m_plan.steps.size(); ++i)
            if (m_plan.steps.at(i).percent < m_percent && m_plan.steps.at(i).percent > 0)
                rampIndex = i;
    if (rampIndex >= 0)
        m_stepIndex = rampIndex;
    const int target = rampIndex >= 0 ? m_plan.steps.at(rampIndex).percent : 0;
    // The rollback's intent comes first (with the state rolling back, in one transaction), before the
    // old path is checked: a kill during the check leaves an unanswered rollback on record.
    enter(State::RollingBack, reason);
    const QString why = rampIndex >= 0 ? tr("ramp-down to %1 %: %2").arg(target).arg(reason) : reason;
    const qint64 intentId = writeIntent(target, actor, why);
    if (intentId == 0) {
        if (m_haveLease)
            setState(State::Paused, actor,
                tr("ROLLBACK NOT STARTED, the intent could not be recorded: %1").arg(m_lastBackendError));
        return ActionResult::failure(
            m_lastBackendError.isEmpty() ? tr("The rollback could not be recorded.") : m_lastBackendError);
    }
    // Check the old path: warn loudly, but never refuse a rollback.
    const quint64 generation = m_generation;
    auto pending = std::make_shared<int>(m_plan.oldHealthUrl.isEmpty() ? 1 : 2);
    auto warnings = std::make_shared<QStringList>();
    auto proceed = [this, pending, warnings, actor, reason, why, rampIndex, target, intentId, generation]() {
        if (--*pending > 0 || generation != m_generation)
            return;
        if (!warnings->isEmpty()) {
            const QString message = tr("The old path may not be healthy: %1. Rolling back anyway.")
                                        .arg(warnings->join(QLatin1String("; ")));
            record(QStringLiteral("warning"), m_percent, actor, reason, message);
            Q_EMIT warning(message);
        }
        if (rampIndex < 0) {
            callWithIntent(intentId, 0, true, actor, reason,
                [this, actor, reason](bool ok) { afterRollbackCall(ok, actor, reason); });
            return;
        }
        callWithIntent(intentId, target, false, actor, why,
            [this, rampIndex, actor, reason](bool ok) { afterRampStep(ok, rampIndex, actor, reason); });
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

// The backend answered the rollback: rolled back only when its read-back says 0 % (the confirmation
// saved the state with it); otherwise the split is read once more.
void CutoverEngine::afterRollbackCall(bool ok, const QString &actor, const QString &reason)
{
    if (!ok) {
        setState(State::Paused, actor,
            tr("ROLLBACK FAILED, traffic may still reach the new path: %1").arg(m_lastBackendError));
        return;
    }
    if (m_answeredPercent == 0) { // saved as rolled back with the confirmation
        enter(State::RolledBack, reason);
        return;
    }
    m_busy = true;
    callBackend([](TrafficBackend *b, TrafficBackend::Done d) { b->readSplit(std::move(d)); },
        [this, actor, reason](const TrafficResult &r) {
            m_busy = false;
            if (r.ok && r.percentNew == 0)
                setState(State::RolledBack, actor, reason);
            else
                setState(State::Paused, actor,
                    tr("ROLLBACK NOT CONFIRMED, the backend reports %1: traffic may still reach the new path")
                        .arg(r.ok ? tr("%1 % new").arg(r.percentNew) : r.error));
        });
}

void CutoverEngine::finishRollback(const QString &actor, const QString &reason, bool rampDown)
{
    Q_UNUSED(rampDown)
    applySplit(
        0, true, actor, reason, [this, actor, reason](bool ok) { afterRollbackCall(ok, actor, reason); });
}

void CutoverEngine::afterRampStep(bool ok, int index, const QString &actor, const QString &reason)
{
    if (!ok) {
        finishRollback(actor, reason, false); // the ramp failed: go straight to the old path
        return;
    }
    const quint64 generation = m_generation;
    QTimer::singleShot(m_rampDownHoldMs, this, [this, index, actor, reason, generation]() {
        if (generation != m_generation)
            return;
        int below = -1;
        for (int i = 0; i < index; ++i)
            if (m_plan.steps.at(i).percent > 0 && m_plan.steps.at(i).percent < m_percent)
                below = i;
        if (below >= 0)
            rampDownFrom(below, actor, reason);
        else
            finishRollback(actor, reason, false);
    });
}

// One ramp-down step: its intent and its confirmation each save the state (rolling back, this step).
void CutoverEngine::rampDownFrom(int index, const QString &actor, const QString &reason)
{
    const int percent = m_plan.steps.at(index).percent;
    m_stepIndex = index;
    applySplit(percent, false, actor, tr("ramp-down to %1 %: %2").arg(percent).arg(reason),
        [this, index, actor, reason](bool ok) { afterRampStep(ok, index, actor, reason); });
}

void CutoverEngine::checkSplit()
{
    if (!m_backend) {
        Q_EMIT splitRead(TrafficResult::failure(tr("No traffic backend is configured for this session.")));
        return;
    }
    if (refusedToRun()) {
        Q_EMIT splitRead(TrafficResult::failure(m_lastBackendError));
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
    if (!m_haveLease && !m_controller.isNull() && !m_controller.isDead())
        return; // another cockpit drives: its own read-back watches, this one's record may lag behind

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

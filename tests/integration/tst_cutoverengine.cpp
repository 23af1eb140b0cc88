// SPDX-License-Identifier: GPL-3.0-or-later
// CutoverEngine: the plan with gates, write-before-act, rollback, drift, reconcile, hanging and dying
// backends; with the simulated backend and with a real haproxy on loopback.
#include "audit/AuditChain.h"
#include "core/Timestamps.h"
#include "store/SessionSchema.h"
#include "store/SessionStore.h"
#include "support/BackendCall.h"
#include "support/HaproxyProcess.h"
#include "support/LoopbackServers.h"
#include "support/ScriptedMetrics.h"
#include "support/SplitCounter.h"
#include "traffic/CutoverEngine.h"
#include "traffic/TrafficBackendRegistry.h"
#include "traffic/TrafficLease.h"
#include "traffic/TrafficStore.h"

#include <QProcess>
#include <QSqlError>

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using State = CutoverEngine::State;

class TestCutoverEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void planWithPassingGatesCompletes();
    void failedGateRollsBackOnHaproxy();
    void inconclusiveGateWaitsForAPerson();
    void failureDuringTheHoldRollsBackBeforePromotion();
    void gatesWatchTheWholeHoldThenPromote();
    void unreadableStoredGatesNeverRunAsGateless();
    void intentIsWrittenBeforeTheBackendIsCalled();
    void hangingBackendGivesAnErrorAndTheEngineGoesOn();
    void haproxyKilledMidPlan();
    void driftIsDetectedAndRecorded();
    void reconcileAfterReopen();
    void rollbackWarnsWhenOldPathIsUnhealthy();
    void actionsNeedAPersonAndAReason();
    void rampDownGoesThroughEarlierSteps();
    void killedAfterRollbackConfirmedBeforeState();
    void killedAfterShiftingSavedBeforeIntent();
    void reopenedPlanWaitsAndResumesAtFirstUnconfirmedStep();
    void rollbackIntentPrecedesTheOldPathCheck();
    void unansweredIntentTheBackendHasIsConfirmedByReconcile();
    void secondEngineRefusesWhileALiveLeaseIsHeld();
    void aLookingEngineDoesNotPauseForWhatItReads();
    void deadOrExpiredLeaseIsTakenAtOnceForARollback();

private:
    void startHaproxyEngine(HaproxyProcess &haproxy, CutoverEngine &engine);
    int haproxySplit(HaproxyProcess &haproxy);
    void saveState(const QString &state, int stepIndex);
    qint64 writeIntent(int percent, int step);
    void writeConfirmed(qint64 intentId, int percent, int step);
    QJsonObject simulated(const QJsonObject &extra = {}) const;
    GateDefinition gate(const QJsonObject &json) const;
    bool waitForState(CutoverEngine &engine, State state, int timeoutMs = 30000);

    LoopbackServers m_servers;
    quint16 m_old = 0;
    quint16 m_new = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionStore> m_store;
};

void TestCutoverEngine::initTestCase()
{
    m_old = m_servers.addHttp("old");
    m_new = m_servers.addHttp("new");
}

void TestCutoverEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = SessionStore::create(m_dir->filePath(QStringLiteral("s.cutover")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QCOMPARE(m_store->schemaVersion(), SessionSchema::currentVersion());
}

void TestCutoverEngine::cleanup()
{
    if (m_store) {
        const AuditChain::Verification v = AuditChain::verify(m_store->database());
        QVERIFY2(v.intact, qPrintable(v.problem + v.stateMismatches.join(QLatin1Char(';'))));
    }
    m_store.reset();
    m_dir.reset();
}

QJsonObject TestCutoverEngine::simulated(const QJsonObject &extra) const
{
    QJsonObject o { { QStringLiteral("latency_ms"), 5 } };
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

GateDefinition TestCutoverEngine::gate(const QJsonObject &json) const
{
    QString error;
    GateDefinition g = GateDefinition::fromJson(json, &error);
    if (!error.isEmpty())
        qWarning() << error;
    return g;
}

bool TestCutoverEngine::waitForState(CutoverEngine &engine, State state, int timeoutMs)
{
    return QTest::qWaitFor([&]() { return engine.state() == state && !engine.isBusy(); }, timeoutMs);
}

void TestCutoverEngine::planWithPassingGatesCompletes()
{
    CutoverEngine engine(m_store.get());
    engine.setDriftInterval(0);
    const ActionResult configured = engine.configureBackend(
        QStringLiteral("simulated"), simulated(), QStringLiteral("alice"), QStringLiteral("demo"));
    QVERIFY2(configured, qPrintable(configured.error));
    const GateDefinition health = gate({ { QStringLiteral("kind"), QStringLiteral("http") },
        { QStringLiteral("name"), QStringLiteral("health") },
        { QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/health").arg(m_new) } });
    QString error;
    const StepPlan plan
        = StepPlan::fromPercents(QStringLiteral("1,5,25,100"), QStringLiteral("0s"), { health }, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(engine.setPlan(plan, QStringLiteral("alice"), QStringLiteral("the article's plan")));
    QSignalSpy measured(&engine, &CutoverEngine::measurementRecorded);
    QVERIFY(engine.start(QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(engine, State::Completed));
    QCOMPARE(engine.percentInForce(), 100);
    QCOMPARE(measured.size(), 4);
    QCOMPARE(engine.measurements().size(), 4);
    // Every confirmation follows its intent.
    TrafficStore traffic(m_store.get());
    const QList<TrafficStore::Event> intents = traffic.events(QStringLiteral("intent"));
    const QList<TrafficStore::Event> confirmed = traffic.events(QStringLiteral("confirmed"));
    QCOMPARE(intents.size(), 4);
    QCOMPARE(confirmed.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(confirmed.at(i).intentId, intents.at(i).id);
        QVERIFY(confirmed.at(i).id > intents.at(i).id);
        QCOMPARE(intents.at(i).actor, QStringLiteral("alice"));
    }
    int stateRecords = 0;
    for (const AuditRecord &r : AuditChain::readAll(m_store->database()))
        stateRecords += r.action == QLatin1String("traffic.state") ? 1 : 0;
    QVERIFY(stateRecords >= 9); // shifting + gating per step, completed
}

void TestCutoverEngine::failedGateRollsBackOnHaproxy()
{
    HaproxyProcess haproxy;
    QString error;
    QVERIFY2(haproxy.start(m_old, m_new, &error), qPrintable(error));
    CutoverEngine engine(m_store.get());
    engine.setDriftInterval(0);
    QVERIFY(engine.configureBackend(QStringLiteral("haproxy"), haproxy.backendConfig(),
        QStringLiteral("alice"), QStringLiteral("front door")));
    // The new path answers "new": a gate expecting "booked" fails at the first step.
    const GateDefinition business = gate({ { QStringLiteral("kind"), QStringLiteral("http") },
        { QStringLiteral("name"), QStringLiteral("booking") },
        { QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/book").arg(m_new) },
        { QStringLiteral("body_regex"), QStringLiteral("booked") } });
    QVERIFY(engine.setPlan(
        StepPlan::fromPercents(QStringLiteral("5,25,100"), QStringLiteral("0s"), { business }, &error),
        QStringLiteral("alice"), QStringLiteral("plan")));
    QSignalSpy outcomes(&engine, &CutoverEngine::gatesFinished);
    QVERIFY(engine.start(QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(engine, State::RolledBack));
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().at(0).value<GateOutcome>(), GateOutcome::Failed);
    QCOMPARE(engine.percentInForce(), 0);
    QCOMPARE(SplitCounter::count(haproxy.frontendPort(), 50).old, 50);
    const QList<GateMeasurement> m = engine.measurements();
    QCOMPARE(m.size(), 1);
    QCOMPARE(m.first().verdict, GateMeasurement::Verdict::Fail);
    QCOMPARE(m.first().condition, QStringLiteral("status = 200, body matches /booked/"));
    bool explained = false;
    for (const AuditRecord &r : AuditChain::readAll(m_store->database()))
        explained = explained
            || (r.action == QLatin1String("traffic.state")
                && r.newValue.startsWith(QLatin1String("rolled_back"))
                && r.reason.contains(QLatin1String("booking")) && r.actor == QLatin1String("gate:booking"));
    QVERIFY(explained);
}

void TestCutoverEngine::inconclusiveGateWaitsForAPerson()
{
    ScriptedMetrics metrics;
    metrics.script.insert(QStringLiteral("error_ratio/new"), { QStringLiteral("nodata") });
    CutoverEngine engine(m_store.get(), &metrics);
    engine.setDriftInterval(0);
    QVERIFY(engine.configureBackend(
        QStringLiteral("simulated"), simulated(), QStringLiteral("alice"), QStringLiteral("demo")));
    StepPlan plan;
    plan.steps << PlanStep { 5, 0,
        { gate({ { QStringLiteral("kind"), QStringLiteral("metric") },
            { QStringLiteral("name"), QStringLiteral("errors") },
            { QStringLiteral("series"), QStringLiteral("error_ratio/new") },
            { QStringLiteral("max"), 0.01 } }) } };
    plan.steps << PlanStep { 100, 0, {} };
    QVERIFY(engine.setPlan(plan, QStringLiteral("alice"), QStringLiteral("plan")));
    QVERIFY(engine.start(QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(engine, State::Paused));
    QCOMPARE(engine.percentInForce(), 5);
    QCOMPARE(engine.measurements().first().verdict, GateMeasurement::Verdict::NoData);
    QVERIFY(!engine.promote(QStringLiteral("bob"), QString()));
    QVERIFY(engine.promote(QStringLiteral("bob"), QStringLiteral("low traffic at night, error log clean")));
    QVERIFY(waitForState(engine, State::Completed));
    QCOMPARE(engine.percentInForce(), 100);
    bool recorded = false;
    for (const TrafficStore::Event &e : TrafficStore(m_store.get()).events(QStringLiteral("promote")))
        recorded = recorded
            || (e.actor == QLatin1String("bob") && e.reason.contains(QLatin1String("error log clean")));
    QVERIFY(recorded);
}

// The new path breaks 1.5 s into a 3 s hold: the watched gate rolls back before the step is promoted.
void TestCutoverEngine::failureDuringTheHoldRollsBackBeforePromotion()
{
    ScriptedMetrics metrics;
    // 1st: the gate after the shift; then measurements every 0.5 s during the hold, the 4th one bad.
    metrics.script.insert(QStringLiteral("error_ratio/new"),
        { QStringLiteral("0.001"), QStringLiteral("0.001"), QStringLiteral("0.001"), QStringLiteral("0.2") });
    CutoverEngine engine(m_store.get(), &metrics);
    engine.setDriftInterval(0);
    QVERIFY(engine.configureBackend(
        QStringLiteral("simulated"), simulated(), QStringLiteral("alice"), QStringLiteral("demo")));
    StepPlan plan;
    plan.steps << PlanStep { 5, 3,
        { gate({ { QStringLiteral("kind"), QStringLiteral("metric") },
            { QStringLiteral("name"), QStringLiteral("errors") },
            { QStringLiteral("series"), QStringLiteral("error_ratio/new") },
            { QStringLiteral("interval_ms"), 500 }, { QStringLiteral("max"), 0.01 } }) } };
    plan.steps << PlanStep { 25, 0, {} };
    plan.steps << PlanStep { 100, 0, {} };
    QVERIFY(engine.setPlan(plan, QStringLiteral("alice"), QStringLiteral("plan")));
    QVERIFY(engine.start(QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(engine, State::Holding, 10000));
    QVERIFY(waitForState(engine, State::RolledBack, 10000));
    QCOMPARE(engine.percentInForce(), 0);
    QList<int> intended;
    for (const TrafficStore::Event &e : TrafficStore(m_store.get()).events(QStringLiteral("intent")))
        intended << e.percentNew;
    QCOMPARE(intended, (QList<int> { 5, 0 })); // never promoted to 25 %
    const QList<GateMeasurement> m = engine.measurements();
    QCOMPARE(m.size(), 4);
    QCOMPARE(m.last().verdict, GateMeasurement::Verdict::Fail);
    bool byTheGate = false;
    for (const AuditRecord &r : AuditChain::readAll(m_store->database()))
        byTheGate = byTheGate
            || (r.action == QLatin1String("traffic.state")
                && r.newValue.startsWith(QLatin1String("rolled_back"))
                && r.actor == QLatin1String("gate:errors")
                && r.reason.contains(QLatin1String("during the hold")));
    QVERIFY(byTheGate);
}

// A healthy path: the gate keeps measuring for the whole hold, and the step is promoted when it ends.
void TestCutoverEngine::gatesWatchTheWholeHoldThenPromote()
{
    ScriptedMetrics metrics;
    metrics.script.insert(QStringLiteral("error_ratio/new"), { QStringLiteral("0.001") });
    CutoverEngine engine(m_store.get(), &metrics);
    engine.setDriftInterval(0);
    QVERIFY(engine.configureBackend(
        QStringLiteral("simulated"), simulated(), QStringLiteral("alice"), QStringLiteral("demo")));
    StepPlan plan;
    plan.steps << PlanStep { 5, 2,
        { gate({ { QStringLiteral("kind"), QStringLiteral("metric") },
            { QStringLiteral("name"), QStringLiteral("errors") },
            { QStringLiteral("series"), QStringLiteral("error_ratio/new") },
            { QStringLiteral("interval_ms"), 400 }, { QStringLiteral("max"), 0.01 } }) } };
    plan.steps << PlanStep { 100, 0, {} };
    QVERIFY(engine.setPlan(plan, QStringLiteral("alice"), QStringLiteral("plan")));
    QVERIFY(engine.start(QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(engine, State::Completed, 15000));
    QCOMPARE(engine.percentInForce(), 100);
    // One after the shift, then about every 0.4 s of the 2 s hold.
    QVERIFY2(engine.measurements().size() >= 4, qPrintable(QString::number(engine.measurements().size())));
}

// A stored gate that cannot be read any more must not turn its step into one without gates: the plan
// does not run or promote (the lead is told why), and a rollback still works.
void TestCutoverEngine::unreadableStoredGatesNeverRunAsGateless()
{
    {
        CutoverEngine engine(m_store.get());
        engine.setDriftInterval(0);
        QVERIFY(engine.configureBackend(
            QStringLiteral("simulated"), simulated(), QStringLiteral("alice"), QStringLiteral("demo")));
        const GateDefinition health = gate({ { QStringLiteral("kind"), QStringLiteral("http") },
            { QStringLiteral("name"), QStringLiteral("health") },
            { QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/health").arg(m_new) } });
        QString error;
        QVERIFY(engine.setPlan(
            StepPlan::fromPercents(QStringLiteral("5,100"), QStringLiteral("0s"), { health }, &error),
            QStringLiteral("alice"), QStringLiteral("plan")));
    }
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE traffic_steps SET gates = '[{\"kind\": \"no-such-kind\"}]'")));
    CutoverEngine engine(m_store.get());
    engine.setDriftInterval(0);
    QSignalSpy warnings(&engine, &CutoverEngine::warning);
    QVERIFY(engine.load());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().at(0).toString().contains(QLatin1String("step 1")),
        qPrintable(warnings.first().at(0).toString()));
    const ActionResult refused = engine.start(QStringLiteral("alice"), QStringLiteral("go"));
    QVERIFY(!refused);
    QVERIFY2(refused.error.contains(QLatin1String("set the plan again")), qPrintable(refused.error));
    QCOMPARE(engine.percentInForce(), 0);
    QVERIFY(engine.rollback(QStringLiteral("alice"), QStringLiteral("to be sure")));
    QVERIFY(waitForState(engine, State::RolledBack));
}

void TestCutoverEngine::intentIsWrittenBeforeTheBackendIsCalled()
{
    CutoverEngine engine(m_store.get());
    engine.setDriftInterval(0);
    QVERIFY(engine.configureBackend(QStringLiteral("simulated"),
        simulated({ { QStringLiteral("latency_ms"), 1500 } }), QStringLiteral("alice"),
        QStringLiteral("demo")));
    QVERIFY(engine.shiftTo(10, QStringLiteral("alice"), QStringLiteral("try 10 %")));
    // The call is under way: the intent is committed, no confirmation yet.
    TrafficStore traffic(m_store.get());
    TrafficStore::Event intent;
    bool answered = true;
    QVERIFY(traffic.lastIntent(&intent, &answered));
    QCOMPARE(intent.percentNew, 10);
    QCOMPARE(intent.reason, QStringLiteral("try 10 %"));
    QVERIFY(!answered);
    QCOMPARE(engine.state(), State::Shifting);
    QVERIFY(waitForState(engine, State::Paused));
    QVERIFY(traffic.lastIntent(&intent, &answered));
    QVERIFY(answered);
    QCOMPARE(engine.percentInForce(), 10);
}

void TestCutoverEngine::hangingBackendGivesAnErrorAndTheEngineGoesOn()
{
    CutoverEngine engine(m_store.get());
    engine.setDriftInterval(0);
    engine.setCallTimeout(400);
    QVERIFY(
        engine.configureBackend(QStringLiteral("simulated"), simulated({ { QStringLiteral("hang"), true } }),
            QStringLiteral("alice"), QStringLiteral("rehearse a hang")));
    QSignalSpy errors(&engine, &CutoverEngine::backendError);
    QVERIFY(engine.shiftTo(5, QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(engine, State::Paused));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(engine.lastBackendError().contains(QLatin1String("did not answer")),
        qPrintable(engine.lastBackendError()));
    QCOMPARE(engine.percentInForce(), 0);
    // Not stuck: a working backend can be chosen and used at once.
    QVERIFY(engine.configureBackend(
        QStringLiteral("simulated"), simulated(), QStringLiteral("alice"), QStringLiteral("fixed")));
    QVERIFY(engine.shiftTo(5, QStringLiteral("alice"), QStringLiteral("again")));
    QVERIFY(waitForState(engine, State::Paused));
    QCOMPARE(engine.percentInForce(), 5);
}

void TestCutoverEngine::haproxyKilledMidPlan()
{
    HaproxyProcess haproxy;
    QString error;
    QVERIFY2(haproxy.start(m_old, m_new, &error), qPrintable(error));
    CutoverEngine engine(m_store.get());
    engine.setDriftInterval(0);
    QVERIFY(engine.configureBackend(
        QStringLiteral("haproxy"), haproxy.backendConfig(), QStringLiteral("alice"), QStringLiteral("x")));
    QVERIFY(engine.setPlan(
        StepPlan::fromPercents(QStringLiteral("1,5,25"), QStringLiteral("until-promoted"), {}, &error),
        QStringLiteral("alice"), QStringLiteral("plan")));
    QVERIFY(engine.start(QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(engine, State::Holding));
    QVERIFY(engine.holdIsIndefinite());
    QCOMPARE(engine.percentInForce(), 1);
    haproxy.kill();
    QSignalSpy errors(&engine, &CutoverEngine::backendError);
    QVERIFY(engine.promote(QStringLiteral("alice"), QStringLiteral("1 % looks fine")));
    QVERIFY(waitForState(engine, State::Paused));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(engine.lastBackendError().contains(QLatin1String("cannot be reached")),
        qPrintable(engine.lastBackendError()));
    QCOMPARE(engine.percentInForce(), 1); // nothing confirmed beyond 1 %
    QVERIFY(engine.rollback(QStringLiteral("alice"), QStringLiteral("haproxy is gone")));
    QVERIFY(waitForState(engine, State::Paused));
    QVERIFY2(engine.lastBackendError().startsWith(QLatin1String("ROLLBACK FAILED")),
        qPrintable(engine.lastBackendError()));
    TrafficStore traffic(m_store.get());
    QVERIFY(traffic.events(QStringLiteral("error")).size() >= 2);
}

void TestCutoverEngine::driftIsDetectedAndRecorded()
{
    HaproxyProcess haproxy;
    QString error;
    QVERIFY2(haproxy.start(m_old, m_new, &error), qPrintable(error));
    CutoverEngine engine(m_store.get());
    engine.setDriftInterval(0);
    QVERIFY(engine.configureBackend(
        QStringLiteral("haproxy"), haproxy.backendConfig(), QStringLiteral("alice"), QStringLiteral("x")));
    QVERIFY(engine.shiftTo(25, QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(engine, State::Paused));
    QSignalSpy drift(&engine, &CutoverEngine::driftDetected);
    engine.setDriftInterval(100);
    // Someone changes the weights by hand, outside the cockpit.
    auto outside = TrafficBackendRegistry::instance().create(QStringLiteral("haproxy"), &error);
    QVERIFY(outside->configure(haproxy.backendConfig()).isEmpty());
    QVERIFY(waitForBackend([&](TrafficBackend::Done d) { outside->apply(50, d); }).ok);
    QVERIFY(drift.wait(10000));
    QCOMPARE(drift.first().at(0).toInt(), 25);
    QCOMPARE(drift.first().at(1).toInt(), 50);
    QCOMPARE(engine.driftPercent(), 50);
    QTest::qWait(400);
    QCOMPARE(drift.size(), 1); // reported once, not on every read
    bool audited = false;
    for (const AuditRecord &r : AuditChain::readAll(m_store->database()))
        audited = audited
            || (r.action == QLatin1String("traffic.drift") && r.reason.contains(QLatin1String("outside")));
    QVERIFY(audited);
}

void TestCutoverEngine::reconcileAfterReopen()
{
    const QString stateFile = m_dir->filePath(QStringLiteral("simulated.state"));
    {
        CutoverEngine engine(m_store.get());
        engine.setDriftInterval(0);
        QVERIFY(engine.configureBackend(QStringLiteral("simulated"),
            simulated({ { QStringLiteral("state_file"), stateFile } }), QStringLiteral("alice"),
            QStringLiteral("demo")));
        QVERIFY(engine.shiftTo(25, QStringLiteral("alice"), QStringLiteral("go")));
        QVERIFY(waitForState(engine, State::Paused));
    }
    {
        // Reopened, nothing changed: the record and the backend agree.
        CutoverEngine engine(m_store.get());
        engine.setDriftInterval(0);
        QSignalSpy opened(&engine, &CutoverEngine::opened);
        engine.open();
        QVERIFY(opened.wait(10000));
        QVERIFY(!engine.reconcile().needed);
        QCOMPARE(engine.percentInForce(), 25);
    }
    // Outside the cockpit the split became 40 %.
    QFile f(stateFile);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("40\n");
    f.close();
    CutoverEngine engine(m_store.get());
    engine.setDriftInterval(0);
    QSignalSpy reconcile(&engine, &CutoverEngine::reconcileNeeded);
    QSignalSpy opened(&engine, &CutoverEngine::opened);
    engine.open();
    QVERIFY(opened.wait(10000));
    QCOMPARE(reconcile.size(), 1);
    QCOMPARE(engine.reconcile().intendedPercent, 25);
    QCOMPARE(engine.reconcile().realPercent, 40);
    QCOMPARE(engine.state(), State::Paused);
    QVERIFY(!engine.promote(QStringLiteral("alice"), QStringLiteral("carry on"))); // must decide first
    QVERIFY(engine.resume(QStringLiteral("alice"), QStringLiteral("40 % was a mistake")));
    QVERIFY(waitForState(engine, State::Paused));
    QCOMPARE(engine.percentInForce(), 25);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().trimmed(), QByteArray("25"));
}

void TestCutoverEngine::rollbackWarnsWhenOldPathIsUnhealthy()
{
    CutoverEngine engine(m_store.get());
    engine.setDriftInterval(0);
    QVERIFY(engine.configureBackend(QStringLiteral("simulated"),
        simulated({ { QStringLiteral("old_healthy"), false } }), QStringLiteral("alice"),
        QStringLiteral("demo")));
    QVERIFY(engine.shiftTo(25, QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(engine, State::Paused));
    QSignalSpy warnings(&engine, &CutoverEngine::warning);
    QVERIFY(engine.rollback(QStringLiteral("alice"), QStringLiteral("latency up")));
    QVERIFY(waitForState(engine, State::RolledBack));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().at(0).toString().contains(QLatin1String("unhealthy")));
    QCOMPARE(engine.percentInForce(), 0);
    // The plan's old-path health URL is checked too: a refused connection is a warning, not a refusal.
    QVERIFY(engine.configureBackend(
        QStringLiteral("simulated"), simulated(), QStringLiteral("alice"), QStringLiteral("healthy")));
    StepPlan plan = StepPlan::defaultPlan();
    plan.oldHealthUrl = QStringLiteral("http://127.0.0.1:%1/health").arg(LoopbackServers::freePort());
    QVERIFY(engine.setPlan(plan, QStringLiteral("alice"), QStringLiteral("with health URL")));
    QVERIFY(engine.shiftTo(5, QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(engine, State::Paused));
    warnings.clear();
    QVERIFY(engine.rollback(QStringLiteral("alice"), QStringLiteral("again")));
    QVERIFY(waitForState(engine, State::RolledBack));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().at(0).toString().contains(QLatin1String("health URL")),
        qPrintable(warnings.first().at(0).toString()));
    // A healthy old path: no warning.
    plan.oldHealthUrl = QStringLiteral("http://127.0.0.1:%1/health").arg(m_old);
    QVERIFY(engine.setPlan(plan, QStringLiteral("alice"), QStringLiteral("working health URL")));
    QVERIFY(engine.shiftTo(5, QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(engine, State::Paused));
    warnings.clear();
    QVERIFY(engine.rollback(QStringLiteral("alice"), QStringLiteral("third")));
    QVERIFY(waitForState(engine, State::RolledBack));
    QCOMPARE(warnings.size(), 0);
}

void TestCutoverEngine::actionsNeedAPersonAndAReason()
{
    CutoverEngine engine(m_store.get());
    QVERIFY(!engine.start(QStringLiteral("alice"), QString())); // no backend
    QVERIFY(engine.configureBackend(
        QStringLiteral("simulated"), simulated(), QStringLiteral("alice"), QStringLiteral("demo")));
    QVERIFY(!engine.rollback(QStringLiteral("alice"), QString()));
    QVERIFY(!engine.rollback(QString(), QStringLiteral("why")));
    QVERIFY(!engine.shiftTo(101, QStringLiteral("alice"), QString()));
    const ActionResult bad = engine.configureBackend(QStringLiteral("haproxy"),
        QJsonObject { { QStringLiteral("socket"), QStringLiteral("127.0.0.1:1") } }, QStringLiteral("alice"),
        QString());
    QVERIFY(!bad);
    QVERIFY2(bad.error.contains(QLatin1String("backend")), qPrintable(bad.error));
    QVERIFY(!engine.configureBackend(QStringLiteral("nosuch"), {}, QStringLiteral("alice"), QString()));
    StepPlan falling;
    falling.steps << PlanStep { 25, 0, {} } << PlanStep { 5, 0, {} };
    QVERIFY(!engine.setPlan(falling, QStringLiteral("alice"), QString()));
}

void TestCutoverEngine::rampDownGoesThroughEarlierSteps()
{
    CutoverEngine engine(m_store.get());
    engine.setDriftInterval(0);
    engine.setRampDownHold(50);
    QVERIFY(engine.configureBackend(
        QStringLiteral("simulated"), simulated(), QStringLiteral("alice"), QStringLiteral("demo")));
    QString error;
    QVERIFY(
        engine.setPlan(StepPlan::fromPercents(QStringLiteral("1,5,25,100"), QStringLiteral("0s"), {}, &error),
            QStringLiteral("alice"), QStringLiteral("plan")));
    QVERIFY(engine.shiftTo(25, QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(engine, State::Paused));
    QSignalSpy split(&engine, &CutoverEngine::splitChanged);
    QVERIFY(engine.rollback(QStringLiteral("alice"), QStringLiteral("gentle"), true));
    QVERIFY(waitForState(engine, State::RolledBack));
    QList<int> seen;
    for (const QList<QVariant> &s : std::as_const(split))
        seen << s.at(0).toInt();
    QCOMPARE(seen, (QList<int> { 5, 1, 0 }));
}

void TestCutoverEngine::startHaproxyEngine(HaproxyProcess &haproxy, CutoverEngine &engine)
{
    QString error;
    QVERIFY2(haproxy.start(m_old, m_new, &error), qPrintable(error));
    engine.setDriftInterval(0);
    QVERIFY(engine.configureBackend(QStringLiteral("haproxy"), haproxy.backendConfig(),
        QStringLiteral("alice"), QStringLiteral("front door")));
}

// What HAProxy really has now (its weights, read through a backend of its own).
int TestCutoverEngine::haproxySplit(HaproxyProcess &haproxy)
{
    QString error;
    std::unique_ptr<TrafficBackend> b
        = TrafficBackendRegistry::instance().create(QStringLiteral("haproxy"), &error);
    if (!b || !b->configure(haproxy.backendConfig()).isEmpty())
        return -2;
    const TrafficResult r = waitForBackend([&](TrafficBackend::Done d) { b->readSplit(std::move(d)); });
    return r.ok ? r.percentNew : -1;
}

// A crash point is the set of commits made before the kill: written here as those commits.
void TestCutoverEngine::saveState(const QString &state, int stepIndex)
{
    TrafficStore traffic(m_store.get());
    TrafficStore::State s;
    s.state = state;
    s.stepIndex = stepIndex;
    QString error;
    QVERIFY2(traffic.saveState(s, QStringLiteral("alice"), QStringLiteral("crash point"), &error),
        qPrintable(error));
}

qint64 TestCutoverEngine::writeIntent(int percent, int step)
{
    TrafficStore traffic(m_store.get());
    QString error;
    const qint64 id
        = traffic.recordIntent(percent, step, QStringLiteral("alice"), QStringLiteral("crash point"), &error);
    if (id == 0)
        qWarning() << error;
    return id;
}

void TestCutoverEngine::writeConfirmed(qint64 intentId, int percent, int step)
{
    TrafficStore traffic(m_store.get());
    TrafficStore::Event e;
    e.kind = QStringLiteral("confirmed");
    e.actor = QStringLiteral("alice");
    e.percentNew = percent;
    e.stepIndex = step;
    e.intentId = intentId;
    QString error;
    QVERIFY2(traffic.recordEvent(e, &error), qPrintable(error));
}

// Killed after a rollback's confirmation but before a separately saved state: the split in force comes
// from the confirmation, so the reopened engine never advises restoring the old split.
void TestCutoverEngine::killedAfterRollbackConfirmedBeforeState()
{
    HaproxyProcess haproxy;
    {
        CutoverEngine engine(m_store.get());
        startHaproxyEngine(haproxy, engine);
        QVERIFY(engine.shiftTo(25, QStringLiteral("alice"), QStringLiteral("go")));
        QVERIFY(waitForState(engine, State::Paused));
        QVERIFY(engine.rollback(QStringLiteral("alice"), QStringLiteral("errors")));
        QVERIFY(waitForState(engine, State::RolledBack));
    }
    QCOMPARE(haproxySplit(haproxy), 0);
    saveState(QStringLiteral("rolling_back"), -1); // the state as an older cockpit left it
    CutoverEngine engine(m_store.get());
    engine.setDriftInterval(0);
    QSignalSpy opened(&engine, &CutoverEngine::opened);
    engine.open();
    QVERIFY(opened.wait(10000));
    QCOMPARE(engine.percentInForce(), 0);
    QCOMPARE(engine.reconcile().intendedPercent, 0);
    QCOMPARE(engine.reconcile().realPercent, 0);
    QVERIFY(!engine.reconcile().needed);
    QVERIFY(engine.reconcile().interrupted);
    QVERIFY(engine.advice().isEmpty());
    QCOMPARE(engine.state(), State::Paused); // never "resumes" the rollback by itself
    QSignalSpy reconciled(&engine, &CutoverEngine::reconciled);
    QVERIFY(engine.reconcileWithBackend(QStringLiteral("bob"), QStringLiteral("after the crash")));
    QVERIFY(reconciled.wait(10000));
    QCOMPARE(engine.state(), State::RolledBack);
    QCOMPARE(TrafficStore(m_store.get()).loadState().state, QStringLiteral("rolled_back"));
    QCOMPARE(haproxySplit(haproxy), 0);
}

// Killed after "shifting — step 1" was saved but before its intent: nothing was confirmed, 0 % is in
// force. The reopened engine waits; the run that follows starts at step 1 and judges its gates at 1 %.
void TestCutoverEngine::killedAfterShiftingSavedBeforeIntent()
{
    HaproxyProcess haproxy;
    CutoverEngine first(m_store.get());
    startHaproxyEngine(haproxy, first);
    const GateDefinition health = gate({ { QStringLiteral("kind"), QStringLiteral("http") },
        { QStringLiteral("name"), QStringLiteral("health") },
        { QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/health").arg(m_new) } });
    QString error;
    QVERIFY(first.setPlan(
        StepPlan::fromPercents(QStringLiteral("1,5,25,100"), QStringLiteral("0s"), { health }, &error),
        QStringLiteral("alice"), QStringLiteral("plan")));
    saveState(QStringLiteral("shifting"), 0);
    CutoverEngine engine(m_store.get());
    engine.setDriftInterval(0);
    QSignalSpy opened(&engine, &CutoverEngine::opened);
    QSignalSpy measured(&engine, &CutoverEngine::measurementRecorded);
    engine.open();
    QVERIFY(opened.wait(10000));
    QCOMPARE(engine.state(), State::Paused);
    QVERIFY(engine.reconcile().interrupted);
    QCOMPARE(engine.percentInForce(), 0);
    QTest::qWait(300);
    QCOMPARE(measured.size(), 0); // opening ran no gate
    QVERIFY(engine.events(QStringLiteral("intent")).isEmpty());
    QVERIFY(engine.start(QStringLiteral("alice"), QStringLiteral("go on")));
    QVERIFY(waitForState(engine, State::Completed));
    QList<int> intents;
    for (const TrafficStore::Event &e : engine.events(QStringLiteral("intent")))
        intents << e.percentNew;
    QCOMPARE(intents, (QList<int> { 1, 5, 25, 100 }));
    // Every measurement of a step came after that step's split was confirmed.
    const QList<TrafficStore::Event> confirmed = engine.events(QStringLiteral("confirmed"));
    for (const GateMeasurement &m : engine.measurements()) {
        bool before = false;
        for (const TrafficStore::Event &c : confirmed)
            before = before || (c.stepIndex == m.stepIndex && Timestamps::fromText(c.at) <= m.at);
        QVERIFY2(
            before, qPrintable(QStringLiteral("step %1 measured before it was in force").arg(m.stepIndex)));
    }
}

// Killed while holding at step 2 (5 %): opening pauses; the run measures step 2's gates again and goes
// on at the first step not confirmed (25 %), never back through 1 % or 5 %.
void TestCutoverEngine::reopenedPlanWaitsAndResumesAtFirstUnconfirmedStep()
{
    HaproxyProcess haproxy;
    CutoverEngine first(m_store.get());
    startHaproxyEngine(haproxy, first);
    const GateDefinition health = gate({ { QStringLiteral("kind"), QStringLiteral("http") },
        { QStringLiteral("name"), QStringLiteral("health") },
        { QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/health").arg(m_new) } });
    QString error;
    QVERIFY(first.setPlan(
        StepPlan::fromPercents(QStringLiteral("1,5,25,100"), QStringLiteral("0s"), { health }, &error),
        QStringLiteral("alice"), QStringLiteral("plan")));
    QVERIFY(first.shiftTo(5, QStringLiteral("alice"), QStringLiteral("to step 2")));
    QVERIFY(waitForState(first, State::Paused));
    saveState(QStringLiteral("holding"), 1);
    CutoverEngine engine(m_store.get());
    engine.setDriftInterval(0);
    QSignalSpy opened(&engine, &CutoverEngine::opened);
    engine.open();
    QVERIFY(opened.wait(10000));
    QCOMPARE(engine.state(), State::Paused);
    QVERIFY(engine.reconcile().interrupted);
    QVERIFY(!engine.reconcile().needed);
    const int intentsBefore = int(engine.events(QStringLiteral("intent")).size());
    QSignalSpy measured(&engine, &CutoverEngine::measurementRecorded);
    QVERIFY(engine.start(QStringLiteral("alice"), QStringLiteral("go on")));
    QVERIFY(waitForState(engine, State::Completed));
    QVERIFY(measured.size() >= 3);
    QCOMPARE(measured.first().at(0).value<GateMeasurement>().stepIndex, 1); // step 2 measured again first
    QList<int> intents;
    const QList<TrafficStore::Event> all = engine.events(QStringLiteral("intent"));
    for (int i = intentsBefore; i < all.size(); ++i)
        intents << all.at(i).percentNew;
    QCOMPARE(intents, (QList<int> { 25, 100 }));
    QCOMPARE(haproxySplit(haproxy), 100);
}

// The rollback's intent (and the state "rolling back") are committed before the old path is checked.
void TestCutoverEngine::rollbackIntentPrecedesTheOldPathCheck()
{
    HaproxyProcess haproxy;
    CutoverEngine engine(m_store.get());
    startHaproxyEngine(haproxy, engine);
    QVERIFY(engine.shiftTo(25, QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(engine, State::Paused));
    QCOMPARE(haproxySplit(haproxy), 25);
    QVERIFY(engine.rollback(QStringLiteral("alice"), QStringLiteral("errors")));
    // Synchronously, before any answer of the old-path check: the intent is on record. (Nothing here
    // may run the event loop: reading HAProxy would let the rollback go on.)
    TrafficStore traffic(m_store.get());
    TrafficStore::Event intent;
    bool answered = true;
    QVERIFY(traffic.lastIntent(&intent, &answered));
    QCOMPARE(intent.percentNew, 0);
    QVERIFY(!answered);
    QCOMPARE(traffic.loadState().state, QStringLiteral("rolling_back"));
    QCOMPARE(traffic.loadState().percentNew, 25); // still the confirmed split: not rolled back yet
    QVERIFY(waitForState(engine, State::RolledBack));
    QCOMPARE(traffic.loadState().state, QStringLiteral("rolled_back"));
    QCOMPARE(haproxySplit(haproxy), 0);
}

// Killed between an intent and its confirmation, the backend having taken the change: reopening shows
// it unconfirmed; the explicit reconcile confirms it (one commit) and the session agrees again.
void TestCutoverEngine::unansweredIntentTheBackendHasIsConfirmedByReconcile()
{
    HaproxyProcess haproxy;
    CutoverEngine first(m_store.get());
    startHaproxyEngine(haproxy, first);
    QVERIFY(first.shiftTo(25, QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(first, State::Paused));
    // The kill: the intent to 40 % is committed with the state, HAProxy took it, no confirmation.
    saveState(QStringLiteral("shifting"), -1);
    QVERIFY(writeIntent(40, -1) > 0);
    {
        QString error;
        std::unique_ptr<TrafficBackend> b
            = TrafficBackendRegistry::instance().create(QStringLiteral("haproxy"), &error);
        QVERIFY(b && b->configure(haproxy.backendConfig()).isEmpty());
        QVERIFY(waitForBackend([&](TrafficBackend::Done d) { b->apply(40, std::move(d)); }).ok);
    }
    CutoverEngine engine(m_store.get());
    engine.setDriftInterval(0);
    QSignalSpy opened(&engine, &CutoverEngine::opened);
    engine.open();
    QVERIFY(opened.wait(10000));
    QCOMPARE(engine.percentInForce(), 25);
    QCOMPARE(engine.reconcile().intendedPercent, 40);
    QCOMPARE(engine.reconcile().realPercent, 40);
    QVERIFY(engine.reconcile().needed);
    QVERIFY2(engine.advice().contains(QLatin1String("cutoverctl reconcile")), qPrintable(engine.advice()));
    QVERIFY(!engine.advice().contains(QLatin1String("--to 25")));
    QSignalSpy reconciled(&engine, &CutoverEngine::reconciled);
    QVERIFY(engine.reconcileWithBackend(QStringLiteral("bob"), QStringLiteral("HAProxy has it")));
    QVERIFY(reconciled.wait(10000));
    QVERIFY(!engine.reconcile().needed);
    QCOMPARE(engine.percentInForce(), 40);
    QCOMPARE(TrafficStore(m_store.get()).loadState().percentNew, 40);
    QCOMPARE(engine.state(), State::Paused);
    QVERIFY(!engine.holdsLease()); // done: released
}

// One controller: while a live engine drives (a timed hold), another refuses; an explicit take-over is
// audited, and the engine that lost the lease stops its hold instead of undoing the rollback.
void TestCutoverEngine::secondEngineRefusesWhileALiveLeaseIsHeld()
{
    HaproxyProcess haproxy;
    CutoverEngine gui(m_store.get());
    startHaproxyEngine(haproxy, gui);
    QString error;
    QVERIFY(gui.setPlan(StepPlan::fromPercents(QStringLiteral("5,25,100"), QStringLiteral("3s"), {}, &error),
        QStringLiteral("alice"), QStringLiteral("plan")));
    QVERIFY(gui.start(QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(gui, State::Holding));
    QVERIFY(gui.holdsLease());
    QSignalSpy lost(&gui, &CutoverEngine::leaseLost);

    CutoverEngine cli(m_store.get());
    cli.setDriftInterval(0);
    QVERIFY(cli.load());
    QVERIFY(!cli.controller().isNull());
    QCOMPARE(cli.controller().holder, QStringLiteral("alice"));
    QCOMPARE(cli.state(), State::Holding); // a live controller: not an interruption
    const ActionResult refused = cli.rollback(QStringLiteral("bob"), QStringLiteral("errors"));
    QVERIFY(!refused);
    QVERIFY2(refused.error.contains(QLatin1String("controlled by alice")), qPrintable(refused.error));
    QVERIFY(!cli.takeOver(QStringLiteral("bob"), QString())); // a take-over needs a reason
    QVERIFY(cli.takeOver(QStringLiteral("bob"), QStringLiteral("alice's laptop froze")));
    QVERIFY(cli.rollback(QStringLiteral("bob"), QStringLiteral("errors")));
    QVERIFY(waitForState(cli, State::RolledBack));
    QCOMPARE(haproxySplit(haproxy), 0);
    // The GUI's hold timer fires (or its heartbeat sees bob): it stops and never shifts again.
    QVERIFY(lost.wait(8000) || lost.size() > 0);
    QTest::qWait(3500);
    QCOMPARE(haproxySplit(haproxy), 0);
    QVERIFY(!gui.holdsLease());
    QVERIFY(gui.holdRemainingSeconds() < 0);
    for (const TrafficStore::Event &e : gui.events(QStringLiteral("intent")))
        QVERIFY2(e.percentNew != 25, "the engine that lost the lease shifted on");
    bool audited = false;
    for (const AuditRecord &r : AuditChain::readAll(m_store->database()))
        audited = audited
            || (r.action == QLatin1String("traffic.takeover") && r.actor == QLatin1String("bob")
                && r.reason == QLatin1String("alice's laptop froze")
                && r.oldValue.contains(QLatin1String("alice")));
    QVERIFY(audited);
}

// A cockpit that only looks reads the backend too, and may read it between the controller's change and its
// confirmation (here: each simulated backend is its own): it says what it read and does not pause the
// session, which its controller drives.
void TestCutoverEngine::aLookingEngineDoesNotPauseForWhatItReads()
{
    CutoverEngine driver(m_store.get());
    driver.setDriftInterval(0);
    QVERIFY(driver.configureBackend(QStringLiteral("simulated"), simulated(), QStringLiteral("alice"), {}));
    QString error;
    QVERIFY(driver.setPlan(
        StepPlan::fromPercents(QStringLiteral("5,25,100"), QStringLiteral("until-promoted"), {}, &error),
        QStringLiteral("alice"), QStringLiteral("plan")));
    QVERIFY(driver.start(QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(driver, State::Holding));

    CutoverEngine looking(m_store.get());
    looking.setDriftInterval(0);
    QSignalSpy warned(&looking, &CutoverEngine::warning);
    QSignalSpy reconcile(&looking, &CutoverEngine::reconcileNeeded);
    QSignalSpy opened(&looking, &CutoverEngine::opened);
    looking.open();
    QVERIFY(opened.size() > 0 || opened.wait(5000));
    QCOMPARE(looking.state(), State::Holding);
    QCOMPARE(reconcile.size(), 0);
    bool told = false;
    for (const QList<QVariant> &w : warned)
        told = told || w.at(0).toString().contains(QLatin1String("alice drives the traffic"));
    QVERIFY2(told, "the looking cockpit did not say what it read");
    QCOMPARE(driver.state(), State::Holding);
    QVERIFY(driver.rollback(QStringLiteral("alice"), QStringLiteral("done")));
    QVERIFY(waitForState(driver, State::RolledBack));
}

// A holder whose process is gone, or whose heartbeat expired, never blocks a rollback: taken at once.
void TestCutoverEngine::deadOrExpiredLeaseIsTakenAtOnceForARollback()
{
    HaproxyProcess haproxy;
    CutoverEngine engine(m_store.get());
    startHaproxyEngine(haproxy, engine);
    QVERIFY(engine.shiftTo(25, QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(waitForState(engine, State::Paused));
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForFinished(5000));
    const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
    const QString now = Timestamps::toText(Timestamps::now());
    const QString old = Timestamps::toText(Timestamps::now().addSecs(-120));
    struct Case {
        qint64 pid;
        QString heartbeat;
    };
    for (const Case &c : { Case { 999999, now }, Case { qint64(QCoreApplication::applicationPid()), old } }) {
        Q_UNUSED(deadPid)
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM traffic_lease")));
        q.prepare(QStringLiteral("INSERT INTO traffic_lease (id, holder, host, pid, token, since, heartbeat) "
                                 "VALUES (1, 'carol', ?, ?, 'gone', ?, ?)"));
        q.addBindValue(TrafficLease::thisHost());
        q.addBindValue(c.pid);
        q.addBindValue(old);
        q.addBindValue(c.heartbeat);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        CutoverEngine second(m_store.get());
        second.setDriftInterval(0);
        QVERIFY(second.load());
        QVERIFY(second.controller().isDead());
        QVERIFY(second.rollback(QStringLiteral("bob"), QStringLiteral("errors")));
        QVERIFY(waitForState(second, State::RolledBack));
        QVERIFY(!second.holdsLease());
    }
    int takeovers = 0;
    for (const AuditRecord &r : AuditChain::readAll(m_store->database()))
        takeovers
            += r.action == QLatin1String("traffic.takeover") && r.oldValue.contains(QLatin1String("carol"));
    QCOMPARE(takeovers, 2);
}

QTEST_GUILESS_MAIN(TestCutoverEngine)
#include "tst_cutoverengine.moc"

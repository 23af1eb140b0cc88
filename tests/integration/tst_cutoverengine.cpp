// SPDX-License-Identifier: GPL-3.0-or-later
// CutoverEngine: the plan with gates, write-before-act, rollback, drift, reconcile, hanging and dying
// backends; with the simulated backend and with a real haproxy on loopback.
#include "audit/AuditChain.h"
#include "store/SessionSchema.h"
#include "store/SessionStore.h"
#include "support/BackendCall.h"
#include "support/HaproxyProcess.h"
#include "support/LoopbackServers.h"
#include "support/ScriptedMetrics.h"
#include "support/SplitCounter.h"
#include "traffic/CutoverEngine.h"
#include "traffic/TrafficBackendRegistry.h"
#include "traffic/TrafficStore.h"

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

private:
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

QTEST_GUILESS_MAIN(TestCutoverEngine)
#include "tst_cutoverengine.moc"

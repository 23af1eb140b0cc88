// SPDX-License-Identifier: GPL-3.0-or-later
// SessionTrafficStatus: what a real engine (simulated backend, scripted metric gate) writes is read back
// from the session's tables by another connection, read-only — the split, the step, the plan, the gates'
// verdicts — and the stakeholder feed (viewer, cutoverctl serve) follows it through its watcher.
#include "session/StakeholderFeed.h"
#include "stakeholder/StatusSnapshotBuilder.h"
#include "store/SessionStore.h"
#include "support/ReportFixtures.h"
#include "support/ScriptedMetrics.h"
#include "traffic/CutoverEngine.h"
#include "traffic/SessionTrafficStatus.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestSessionTrafficStatus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void notConfiguredWithoutPlanAndBackend();
    void readsWhatTheEngineWrote();
    void feedFollowsTheEngine();

private:
    GateDefinition gate(double max) const
    {
        QString error;
        GateDefinition g
            = GateDefinition::fromJson({ { QStringLiteral("kind"), QStringLiteral("metric") },
                                           { QStringLiteral("name"), QStringLiteral("errors") },
                                           { QStringLiteral("series"), QStringLiteral("error_ratio/new") },
                                           { QStringLiteral("max"), max } },
                &error);
        if (!error.isEmpty())
            qWarning() << error;
        return g;
    }
    // 10 % with a passing gate, 50 % with a passing gate held until promoted, 100 %.
    bool runToHold(CutoverEngine &engine)
    {
        if (!engine.configureBackend(QStringLiteral("simulated"),
                QJsonObject { { QStringLiteral("latency_ms"), 10 } }, QStringLiteral("alice"),
                QStringLiteral("test")))
            return false;
        StepPlan plan;
        plan.steps << PlanStep { 10, 0, { gate(0.01) } } << PlanStep { 50, -1, { gate(0.01) } }
                   << PlanStep { 100, 0, {} };
        if (!engine.setPlan(plan, QStringLiteral("alice"), QStringLiteral("plan")))
            return false;
        if (!engine.start(QStringLiteral("alice"), QStringLiteral("go")))
            return false;
        return QTest::qWaitFor(
            [&] { return engine.state() == CutoverEngine::State::Holding && !engine.isBusy(); }, 60000);
    }
};

void TestSessionTrafficStatus::notConfiguredWithoutPlanAndBackend()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.cutover"));
    auto session = ReportFixtures::makeSession(path, 2, 0);
    QVERIFY(session);
    QString error;
    auto viewer = SessionStore::open(path, SessionStore::Mode::ReadOnly, &error);
    QVERIFY2(viewer, qPrintable(error));
    SessionTrafficStatus status(viewer.get());
    QVERIFY(!status.trafficStatus().configured);
    CutoverEngine engine(session->store());
    QVERIFY(engine.configureBackend(
        QStringLiteral("simulated"), QJsonObject {}, QStringLiteral("alice"), QStringLiteral("t")));
    status.refresh();
    QVERIFY(!status.trafficStatus().configured); // a backend without a plan shows nothing as real
}

void TestSessionTrafficStatus::readsWhatTheEngineWrote()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.cutover"));
    auto session = ReportFixtures::makeSession(path, 2, 0);
    QVERIFY(session);
    ScriptedMetrics metrics;
    metrics.script.insert(
        QStringLiteral("error_ratio/new"), { QStringLiteral("0.001"), QStringLiteral("0.003") });
    CutoverEngine engine(session->store(), &metrics);
    engine.setDriftInterval(0);

    QString error;
    auto viewer = SessionStore::open(path, SessionStore::Mode::ReadOnly, &error);
    QVERIFY2(viewer, qPrintable(error));
    SessionTrafficStatus status(viewer.get());
    QSignalSpy changed(&status, &SessionTrafficStatus::changed);

    QVERIFY(runToHold(engine));
    status.refresh();
    QCOMPARE(changed.size(), 1);
    const TrafficStatus t = status.trafficStatus();
    QVERIFY(t.configured);
    QCOMPARE(t.percentNew, 50);
    QCOMPARE(t.step, 2);
    QCOMPARE(t.stepCount, 3);
    QVERIFY2(!t.stepLabel.isEmpty(), "a label for the hold");
    QVERIFY(t.problem.isEmpty());
    QCOMPARE(t.gates.size(), 1);
    QCOMPARE(t.gates.first().name, QStringLiteral("errors"));
    QCOMPARE(t.gates.first().verdict, QStringLiteral("pass"));
    QVERIFY2(t.gates.first().detail.contains(QStringLiteral("0.003")), qPrintable(t.gates.first().detail));

    // Nothing changed: no signal. Then a rollback: 0 %, no gates pending as failures.
    status.refresh();
    QCOMPARE(changed.size(), 1);
    QVERIFY(engine.rollback(QStringLiteral("bob"), QStringLiteral("latency")));
    QVERIFY(QTest::qWaitFor(
        [&] { return engine.state() == CutoverEngine::State::RolledBack && !engine.isBusy(); }, 60000));
    status.refresh();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(status.trafficStatus().percentNew, 0);
    QCOMPARE(status.trafficStatus().stepLabel, CutoverEngine::stateLabel(CutoverEngine::State::RolledBack));
}

void TestSessionTrafficStatus::feedFollowsTheEngine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.cutover"));
    auto session = ReportFixtures::makeSession(path, 2, 0);
    QVERIFY(session);
    QString error;
    auto feed = StakeholderFeed::open(path, &error, 100);
    QVERIFY2(feed, qPrintable(error));
    QVERIFY(feed->trafficStatus());
    QVERIFY(!feed->builder()->current().traffic.configured);

    ScriptedMetrics metrics;
    metrics.script.insert(QStringLiteral("error_ratio/new"), { QStringLiteral("0.001") });
    CutoverEngine engine(session->store(), &metrics);
    engine.setDriftInterval(0);
    QVERIFY(runToHold(engine));
    QTRY_COMPARE_WITH_TIMEOUT(feed->builder()->current().traffic.percentNew, 50, 15000);
    QVERIFY(feed->builder()->current().traffic.configured);
    QCOMPARE(feed->builder()->current().traffic.step, 2);
    QCOMPARE(feed->builder()->current().traffic.gates.size(), 1);
}

QTEST_GUILESS_MAIN(TestSessionTrafficStatus)
#include "tst_sessiontrafficstatus.moc"

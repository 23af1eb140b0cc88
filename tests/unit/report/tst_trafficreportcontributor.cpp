// SPDX-License-Identifier: GPL-3.0-or-later
// TrafficReportContributor: a real engine (simulated backend, scripted metric gate) runs a plan whose
// second gate fails and rolls back; the contributor, on the session opened read-only, reports every change
// with intent and confirmation, the gate measurements, the rollback and the final split.
#include "checklist/CutoverSession.h"
#include "report/contributors/TrafficReportContributor.h"
#include "support/ReportFixtures.h"
#include "support/ScriptedMetrics.h"
#include "traffic/CutoverEngine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestTrafficReportContributor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sessionWithoutTrafficHasNoSection();
    void runWithFailedGateAndRollback();
    void germanHeadings();

private:
    void runScenario(const QString &path);
    ReportContribution contribute(const QString &path, const QString &language, bool *ok, QString *error);
};

void TestTrafficReportContributor::runScenario(const QString &path)
{
    auto session = ReportFixtures::makeSession(path, 3, 1);
    QVERIFY(session);
    ScriptedMetrics metrics;
    metrics.script.insert(
        QStringLiteral("error_ratio/new"), { QStringLiteral("0.002"), QStringLiteral("0.05") });
    CutoverEngine engine(session->store(), &metrics);
    engine.setDriftInterval(0);
    const ActionResult configured = engine.configureBackend(QStringLiteral("simulated"),
        QJsonObject { { QStringLiteral("latency_ms"), 20 } }, QStringLiteral("alice"),
        QStringLiteral("test"));
    QVERIFY2(configured, qPrintable(configured.error));
    QString error;
    const GateDefinition gate
        = GateDefinition::fromJson({ { QStringLiteral("kind"), QStringLiteral("metric") },
                                       { QStringLiteral("name"), QStringLiteral("errors") },
                                       { QStringLiteral("series"), QStringLiteral("error_ratio/new") },
                                       { QStringLiteral("max"), 0.01 } },
            &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    StepPlan plan;
    plan.steps << PlanStep { 10, 0, { gate } } << PlanStep { 50, 0, { gate } } << PlanStep { 100, 0, {} };
    QVERIFY(engine.setPlan(plan, QStringLiteral("alice"), QStringLiteral("plan")));
    QVERIFY(engine.start(QStringLiteral("alice"), QStringLiteral("go for the canary")));
    QVERIFY(QTest::qWaitFor(
        [&] { return engine.state() == CutoverEngine::State::RolledBack && !engine.isBusy(); }, 60000));
    QCOMPARE(engine.percentInForce(), 0);
}

ReportContribution TestTrafficReportContributor::contribute(
    const QString &path, const QString &language, bool *ok, QString *error)
{
    // As on the export worker: the session opened read-only, its own connection.
    auto session = CutoverSession::open(path, SessionStore::Mode::ReadOnly, error);
    ReportContribution out;
    if (!session) {
        *ok = false;
        return out;
    }
    ReportContext ctx;
    ctx.session = session.get();
    ctx.strings = ReportStrings(language);
    *ok = TrafficReportContributor().contribute(ctx, &out, error);
    return out;
}

void TestTrafficReportContributor::sessionWithoutTrafficHasNoSection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.cutover"));
    QVERIFY(ReportFixtures::makeSession(path, 3, 1));
    bool ok = false;
    QString error;
    const ReportContribution c = contribute(path, QStringLiteral("en"), &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(c.sections.isEmpty());
    QVERIFY(c.timeline.isEmpty());
    QVERIFY(c.titleFacts.isEmpty());
}

void TestTrafficReportContributor::runWithFailedGateAndRollback()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("traffic.cutover"));
    runScenario(path);
    if (QTest::currentTestFailed())
        return;
    bool ok = false;
    QString error;
    const ReportContribution c = contribute(path, QStringLiteral("en"), &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(c.sections.size(), 1);
    const ReportSection &s = c.sections.first();
    QCOMPARE(s.id, QStringLiteral("traffic"));
    QCOMPARE(s.title, QStringLiteral("Traffic shift"));
    QVERIFY(s.order >= 40 && s.order <= 70);

    // The changes: step 1 and 2 of the plan, then the rollback, each confirmed, with who and why.
    const ReportBlock *changes = nullptr;
    const ReportBlock *gates = nullptr;
    for (const ReportBlock &b : s.blocks) {
        if (b.kind != ReportBlock::Kind::Table)
            continue;
        if (b.header.contains(QStringLiteral("Intent")))
            changes = &b;
        else if (b.header.contains(QStringLiteral("Verdict")))
            gates = &b;
    }
    QVERIFY(changes);
    QCOMPARE(changes->rows.size(), 3);
    QCOMPARE(changes->rows.at(0).at(1), QStringLiteral("Step 1 of 3"));
    QCOMPARE(changes->rows.at(1).at(1), QStringLiteral("Step 2 of 3"));
    QCOMPARE(changes->rows.at(2).at(1), QStringLiteral("Rollback"));
    QCOMPARE(changes->rows.at(0).at(6), QStringLiteral("alice"));
    QVERIFY(changes->rows.at(0).at(7).contains(QStringLiteral("step 1 of 3")));
    QCOMPARE(changes->rows.at(0).at(2), QStringLiteral("10 %"));
    QCOMPARE(changes->rows.at(0).at(8), QStringLiteral("confirmed"));
    QCOMPARE(changes->rows.at(2).at(2), QStringLiteral("0 %"));
    QCOMPARE(changes->rows.at(2).at(8), QStringLiteral("confirmed"));
    QVERIFY2(
        changes->rows.at(0).at(5).endsWith(QStringLiteral(" ms")), qPrintable(changes->rows.at(0).at(5)));
    QVERIFY(!changes->rows.at(2).at(7).isEmpty()); // the rollback's reason

    // The gates: value, condition, verdict and reason of both measurements.
    QVERIFY(gates);
    QCOMPARE(gates->rows.size(), 2);
    QCOMPARE(gates->rows.at(0).at(1), QStringLiteral("1"));
    QCOMPARE(gates->rows.at(0).at(2), QStringLiteral("errors"));
    QVERIFY(gates->rows.at(0).at(3).contains(QStringLiteral("0.002")));
    QVERIFY(!gates->rows.at(0).at(4).isEmpty());
    QCOMPARE(gates->rows.at(0).at(5), QStringLiteral("pass"));
    QCOMPARE(gates->rows.at(1).at(1), QStringLiteral("2"));
    QVERIFY(gates->rows.at(1).at(3).contains(QStringLiteral("0.05")));
    QCOMPARE(gates->rows.at(1).at(5), QStringLiteral("FAIL"));

    // Rollback as an outcome note, final split as a title fact.
    QVERIFY2(c.outcomeNote.contains(QStringLiteral("rolled back")), qPrintable(c.outcomeNote));
    QCOMPARE(c.titleFacts.size(), 1);
    QCOMPARE(c.titleFacts.first().second, QStringLiteral("old 100 % | new 0 %"));

    // Timeline: one traffic.step per confirmed change, one gate.verdict per measurement.
    int steps = 0, verdicts = 0;
    for (const ReportTimelineEvent &e : c.timeline) {
        QVERIFY(e.published);
        QCOMPARE(e.source, QStringLiteral("traffic"));
        QVERIFY(e.at.isValid());
        steps += e.kind == QLatin1String("traffic.step") ? 1 : 0;
        verdicts += e.kind == QLatin1String("gate.verdict") ? 1 : 0;
    }
    QCOMPARE(steps, 3);
    QCOMPARE(verdicts, 2);

    // JSON: the plan without the gates' settings.
    QCOMPARE(c.data.value(QStringLiteral("finalPercentNew")).toInt(), 0);
    QCOMPARE(c.data.value(QStringLiteral("changes")).toArray().size(), 3);
    QCOMPARE(c.data.value(QStringLiteral("gateMeasurements")).toArray().size(), 2);
    QCOMPARE(c.data.value(QStringLiteral("rollbacks")).toArray().size(), 1);
    const QJsonObject firstStep = c.data.value(QStringLiteral("plan")).toArray().first().toObject();
    QCOMPARE(firstStep.value(QStringLiteral("gates")).toArray().first().toString(), QStringLiteral("errors"));
    QVERIFY(!firstStep.contains(QStringLiteral("series")));
}

void TestTrafficReportContributor::germanHeadings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("traffic-de.cutover"));
    runScenario(path);
    if (QTest::currentTestFailed())
        return;
    bool ok = false;
    QString error;
    const ReportContribution c = contribute(path, QStringLiteral("de"), &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(c.sections.first().title, QStringLiteral("Umschaltung des Datenverkehrs"));
    QCOMPARE(c.titleFacts.first().second, QStringLiteral("alt 100 % | neu 0 %"));
}

QTEST_GUILESS_MAIN(TestTrafficReportContributor)
#include "tst_trafficreportcontributor.moc"

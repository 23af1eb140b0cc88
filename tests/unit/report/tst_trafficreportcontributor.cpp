// SPDX-License-Identifier: GPL-3.0-or-later
// TrafficReportContributor: a real engine (simulated backend, scripted metric gate) runs a plan whose
// second gate fails and rolls back (decided by the gate, not the person who started the run); the
// contributor, on the session opened read-only, reports every change with intent and confirmation, the gate
// measurements, the rollback and the final split.
#include "checklist/CutoverSession.h"
#include "report/ReportBuilder.h"
#include "report/contributors/TrafficReportContributor.h"
#include "report/writers/PdfReportWriter.h"
#include "support/ReportFixtures.h"
#include "support/ScriptedMetrics.h"
#include "traffic/CutoverEngine.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestTrafficReportContributor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sessionWithoutTrafficHasNoSection();
    void runWithFailedGateAndRollback();
    void germanHeadings();
    void germanPdfHasNoEnglishGateOrRollbackReason();
    void completedRunIsInTheOutcome();
    void gateWithoutDataIsNamed();

private:
    void runScenario(const QString &path);
    void runPlan(const QString &path, const QHash<QString, QStringList> &script,
        const QList<GateDefinition> &gates, CutoverEngine::State until);
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

    // The rollback was decided by the gate, not by the person who started the run.
    QCOMPARE(changes->rows.at(2).at(6), QStringLiteral("the gate errors"));
    const ReportBlock *rollbackTable = nullptr;
    for (const ReportBlock &b : s.blocks)
        if (b.kind == ReportBlock::Kind::Table && b.header.size() == 3
            && b.header.contains(QStringLiteral("Why")))
            rollbackTable = &b;
    QVERIFY(rollbackTable);
    QCOMPARE(rollbackTable->rows.size(), 1);
    QCOMPARE(rollbackTable->rows.first().at(1), QStringLiteral("the gate errors"));

    // Rollback as an outcome note, final split as a title fact.
    QVERIFY2(c.outcomeNote.contains(QStringLiteral("rolled back")), qPrintable(c.outcomeNote));
    QVERIFY2(c.outcomeNote.contains(QStringLiteral("by the gate errors")), qPrintable(c.outcomeNote));
    QVERIFY2(!c.outcomeNote.contains(QStringLiteral("alice")), qPrintable(c.outcomeNote));
    QCOMPARE(c.titleFacts.size(), 1);
    QCOMPARE(c.titleFacts.first().second, QStringLiteral("old 100 % | new 0 %"));

    // Timeline: one traffic.step per confirmed change, one gate outcome per step's gates (not one line per
    // measurement), and the decision to roll back, by the gate.
    int steps = 0, outcomes = 0, decisions = 0;
    QStringList outcomeTexts;
    for (const ReportTimelineEvent &e : c.timeline) {
        QVERIFY(e.published);
        QCOMPARE(e.source, QStringLiteral("traffic"));
        QVERIFY(e.at.isValid());
        QVERIFY(e.kind != QLatin1String("gate.verdict"));
        steps += e.kind == QLatin1String("traffic.step") ? 1 : 0;
        if (e.kind == QLatin1String("gate.outcome")) {
            ++outcomes;
            outcomeTexts << e.text;
        }
        if (e.kind == QLatin1String("traffic.decision")) {
            ++decisions;
            QCOMPARE(e.actor, QStringLiteral("the gate errors"));
            QVERIFY2(e.text.startsWith(QStringLiteral("Rolled back to the old path by the gate errors")),
                qPrintable(e.text));
        }
    }
    QCOMPARE(steps, 3);
    QCOMPARE(outcomes, 2);
    QCOMPARE(decisions, 1);
    QCOMPARE(outcomeTexts.at(0), QStringLiteral("Gates after step 1 (errors): 1 measurement, passed"));
    QVERIFY2(outcomeTexts.at(1).startsWith(QStringLiteral("Gates after step 2 (errors): failed: errors — ")),
        qPrintable(outcomeTexts.at(1)));

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

void TestTrafficReportContributor::runPlan(const QString &path, const QHash<QString, QStringList> &script,
    const QList<GateDefinition> &gates, CutoverEngine::State until)
{
    auto session = ReportFixtures::makeSession(path, 3, 3);
    QVERIFY(session);
    ScriptedMetrics metrics;
    metrics.script = script;
    CutoverEngine engine(session->store(), &metrics);
    engine.setDriftInterval(0);
    QVERIFY(engine.configureBackend(QStringLiteral("simulated"),
        QJsonObject { { QStringLiteral("latency_ms"), 5 } }, QStringLiteral("alice"),
        QStringLiteral("test")));
    StepPlan plan;
    plan.steps << PlanStep { 10, 0, gates } << PlanStep { 100, 0, {} };
    QVERIFY(engine.setPlan(plan, QStringLiteral("alice"), QStringLiteral("plan")));
    QVERIFY(engine.start(QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(QTest::qWaitFor([&] { return engine.state() == until && !engine.isBusy(); }, 60000));
}

static GateDefinition metricGate(const QString &name, const QString &series)
{
    QString error;
    const GateDefinition gate = GateDefinition::fromJson(
        { { QStringLiteral("kind"), QStringLiteral("metric") }, { QStringLiteral("name"), name },
            { QStringLiteral("series"), series }, { QStringLiteral("max"), 0.01 } },
        &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return gate;
}

// The German PDF of a session with a failed gate and an automatic rollback holds the gates' and the
// engine's reasons in German: those were recorded in English and are translated when the report renders.
void TestTrafficReportContributor::germanPdfHasNoEnglishGateOrRollbackReason()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed for this test");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollback.cutover"));
    runScenario(path);
    if (QTest::currentTestFailed())
        return;
    QString error;
    auto session = CutoverSession::open(path, SessionStore::Mode::ReadOnly, &error);
    QVERIFY2(session, qPrintable(error));
    ReportBuilder builder(QStringLiteral("de"));
    builder.setContributors({ std::make_shared<TrafficReportContributor>() });
    ReportDocument doc;
    QVERIFY2(builder.build(*session, &doc, &error), qPrintable(error));
    const QString pdf = dir.filePath(QStringLiteral("bericht.pdf"));
    const ActionResult written = PdfReportWriter::write(doc, pdf);
    QVERIFY2(written.ok, qPrintable(written.error));
    const QString text = ReportFixtures::poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") })
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    QVERIFY(!text.isEmpty());
    for (const char *english : { "condition met", "gate failed", "rolled back", "measurements passed",
             "misses the condition", "(automatic)", "failed measurements", "to the new path", "plan started",
             "by alice", "by the gate", "the gate errors" })
        QVERIFY2(!text.contains(QLatin1String(english), Qt::CaseInsensitive), english);
    for (const QString &german : { QStringLiteral("Bedingung erfüllt"),
             QStringLiteral("Gate nicht bestanden"), QStringLiteral("(automatisch)"),
             QStringLiteral("durch das Gate errors"), QStringLiteral("auf den alten Pfad zurückgenommen") })
        QVERIFY2(text.contains(german), qPrintable(german));
}

void TestTrafficReportContributor::completedRunIsInTheOutcome()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("completed.cutover"));
    runPlan(path, { { QStringLiteral("error_ratio/new"), { QStringLiteral("0.001") } } },
        { metricGate(QStringLiteral("errors"), QStringLiteral("error_ratio/new")) },
        CutoverEngine::State::Completed);
    if (QTest::currentTestFailed())
        return;
    bool ok = false;
    QString error;
    const ReportContribution c = contribute(path, QStringLiteral("en"), &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    QVERIFY2(c.outcomeNote.contains(QStringLiteral("Traffic completed: 100 % on the new path at ")),
        qPrintable(c.outcomeNote));
    QVERIFY(!c.outcomeNote.contains(QStringLiteral("rolled back")));
    bool completedOnTimeline = false;
    for (const ReportTimelineEvent &e : c.timeline)
        completedOnTimeline = completedOnTimeline
            || (e.kind == QLatin1String("traffic.decision")
                && e.text == QLatin1String("Plan completed: 100 % on the new path"));
    QVERIFY(completedOnTimeline);
    const ReportContribution de = contribute(path, QStringLiteral("de"), &ok, &error);
    QVERIFY2(
        de.outcomeNote.contains(QStringLiteral("Datenverkehr abgeschlossen: 100 % auf dem neuen Pfad um ")),
        qPrintable(de.outcomeNote));
}

void TestTrafficReportContributor::gateWithoutDataIsNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nodata.cutover"));
    // "settlement_lag" is not in the script: the source has no data for it.
    runPlan(path, { { QStringLiteral("error_ratio/new"), { QStringLiteral("0.001") } } },
        { metricGate(QStringLiteral("errors"), QStringLiteral("error_ratio/new")),
            metricGate(QStringLiteral("settlement lag"), QStringLiteral("settlement_lag")) },
        CutoverEngine::State::Paused);
    if (QTest::currentTestFailed())
        return;
    bool ok = false;
    QString error;
    const ReportContribution c = contribute(path, QStringLiteral("en"), &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    QString noData;
    for (const ReportBlock &b : c.sections.first().blocks)
        if (b.kind == ReportBlock::Kind::Paragraph && b.text.startsWith(QStringLiteral("No data: ")))
            noData = b.text;
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("^No data: settlement lag \\((\\d+) of (\\d+) measurements\\)$"))
              .match(noData);
    QVERIFY2(m.hasMatch(), qPrintable(noData));
    QVERIFY(m.captured(1).toInt() >= 1);
    QVERIFY(!noData.contains(QStringLiteral("errors"))); // the gate with data is not named
    QVERIFY2(c.outcomeNote.contains(QStringLiteral("Traffic paused at 10 % on the new path since ")),
        qPrintable(c.outcomeNote));
    const ReportContribution de = contribute(path, QStringLiteral("de"), &ok, &error);
    bool german = false;
    for (const ReportBlock &b : de.sections.first().blocks)
        german = german || b.text.startsWith(QStringLiteral("Keine Daten: settlement lag ("));
    QVERIFY(german);
}

QTEST_MAIN(TestTrafficReportContributor)
#include "tst_trafficreportcontributor.moc"

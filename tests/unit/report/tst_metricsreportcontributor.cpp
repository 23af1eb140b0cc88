// SPDX-License-Identifier: GPL-3.0-or-later
// MetricsReportContributor: samples written by the real SampleStore, a traffic run by the real engine
// (simulated backend) with a metric gate; the contributor draws one chart per metric in the preferred
// order with the step markers and the gate's limit, summarises every series, reduces a long series in
// the database, and stops when cancelled.
#include "checklist/CutoverSession.h"
#include "metrics/SampleStore.h"
#include "report/contributors/MetricsReportContributor.h"
#include "support/ReportFixtures.h"
#include "support/ScriptedMetrics.h"
#include "traffic/CutoverEngine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

class TestMetricsReportContributor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noSamplesNoSection();
    void chartsPerMetricWithMarkersAndSlo();
    void longSeriesIsReducedInTheDatabase();
    void cancelStops();

private:
    bool writeSamples(const QString &path, const QList<MetricSample> &samples);
    ReportContribution contribute(
        const QString &path, bool *ok, QString *error, std::function<bool()> canceled = {});
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_t0 = 0;
};

bool TestMetricsReportContributor::writeSamples(const QString &path, const QList<MetricSample> &samples)
{
    SampleStore store(path);
    QSignalSpy written(&store, &SampleStore::batchWritten);
    QSignalSpy failed(&store, &SampleStore::errorOccurred);
    store.append(samples);
    store.flush();
    if (!written.wait(60000))
        return false;
    return failed.isEmpty();
}

ReportContribution TestMetricsReportContributor::contribute(
    const QString &path, bool *ok, QString *error, std::function<bool()> canceled)
{
    auto session = CutoverSession::open(path, SessionStore::Mode::ReadOnly, error);
    ReportContribution out;
    *ok = false;
    if (!session)
        return out;
    ReportContext ctx;
    ctx.session = session.get();
    ctx.figureSize = QSize(900, 400);
    ctx.canceled = std::move(canceled);
    *ok = MetricsReportContributor().contribute(ctx, &out, error);
    return out;
}

void TestMetricsReportContributor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("metrics.cutover"));
    auto session = ReportFixtures::makeSession(m_path, 3, 1);
    QVERIFY(session);

    // A run of two steps through the engine; its gate's limit becomes the SLO line.
    ScriptedMetrics metrics;
    metrics.script.insert(QStringLiteral("error_ratio/new"), { QStringLiteral("0.001") });
    CutoverEngine engine(session->store(), &metrics);
    engine.setDriftInterval(0);
    QVERIFY(engine.configureBackend(QStringLiteral("simulated"),
        QJsonObject { { QStringLiteral("latency_ms"), 5 } }, QStringLiteral("alice"),
        QStringLiteral("test")));
    QString error;
    const GateDefinition gate
        = GateDefinition::fromJson({ { QStringLiteral("kind"), QStringLiteral("metric") },
                                       { QStringLiteral("name"), QStringLiteral("errors") },
                                       { QStringLiteral("series"), QStringLiteral("error_ratio/new") },
                                       { QStringLiteral("max"), 0.005 } },
            &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    StepPlan plan;
    plan.steps << PlanStep { 50, 0, { gate } } << PlanStep { 100, 0, { gate } };
    QVERIFY(engine.setPlan(plan, QStringLiteral("alice"), QStringLiteral("plan")));
    QVERIFY(engine.start(QStringLiteral("alice"), QStringLiteral("go")));
    QVERIFY(QTest::qWaitFor(
        [&] { return engine.state() == CutoverEngine::State::Completed && !engine.isBusy(); }, 60000));

    // Ten minutes of samples around now, one every second, with a gap on the new path.
    m_t0 = QDateTime::currentMSecsSinceEpoch() - 300000;
    QList<MetricSample> samples;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (int i = 0; i < 600; ++i) {
        const qint64 t = m_t0 + qint64(i) * 1000;
        const bool gap = i >= 200 && i < 220;
        samples.append({ t, QStringLiteral("error_ratio/old"), 0.002 });
        samples.append({ t, QStringLiteral("error_ratio/new"), gap ? nan : (i == 400 ? 0.02 : 0.001) });
        samples.append({ t, QStringLiteral("p99_seconds/old"), 0.120 });
        samples.append({ t, QStringLiteral("p99_seconds/new"), 0.090 });
        samples.append({ t, QStringLiteral("request_rate/old"), 100.0 - i / 6.0 });
        samples.append({ t, QStringLiteral("request_rate/new"), i / 6.0 });
        samples.append({ t, QStringLiteral("p50_seconds/new"), 0.030 });
    }
    QVERIFY(writeSamples(m_path, samples));
}

void TestMetricsReportContributor::noSamplesNoSection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.cutover"));
    QVERIFY(ReportFixtures::makeSession(path, 2, 0));
    bool ok = false;
    QString error;
    const ReportContribution c = contribute(path, &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(c.sections.isEmpty());
}

void TestMetricsReportContributor::chartsPerMetricWithMarkersAndSlo()
{
    bool ok = false;
    QString error;
    const ReportContribution c = contribute(m_path, &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(c.sections.size(), 1);
    const ReportSection &s = c.sections.first();
    QCOMPARE(s.id, QStringLiteral("metrics"));
    QCOMPARE(s.title, QStringLiteral("Metrics"));
    QVERIFY(s.order >= 40 && s.order <= 70);

    QStringList captions;
    const ReportBlock *summary = nullptr;
    for (const ReportBlock &b : s.blocks) {
        if (b.kind == ReportBlock::Kind::Figure) {
            QCOMPARE(b.image.size(), QSize(900, 400));
            captions << b.caption;
        } else if (b.kind == ReportBlock::Kind::Table) {
            summary = &b;
        }
    }
    // error ratio, p99 and request rate first, then the others.
    QCOMPARE(captions.size(), 4);
    QVERIFY2(captions.at(0).startsWith(QStringLiteral("Error ratio")), qPrintable(captions.at(0)));
    QVERIFY2(captions.at(1).startsWith(QStringLiteral("p99 latency")), qPrintable(captions.at(1)));
    QVERIFY2(captions.at(2).startsWith(QStringLiteral("Request rate")), qPrintable(captions.at(2)));
    QVERIFY2(captions.at(3).startsWith(QStringLiteral("p50 latency")), qPrintable(captions.at(3)));

    // The new path is drawn in its colour on the first chart.
    const QImage image = s.blocks.at(1).image.convertToFormat(QImage::Format_RGB32);
    int bluish = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor px = image.pixelColor(x, y);
            bluish += (px.blue() > 150 && px.red() < 80) ? 1 : 0;
        }
    QVERIFY2(bluish > 50, qPrintable(QString::number(bluish)));

    // Summary: old and new of every metric, in shown units (error ratio in %, latency in ms).
    QVERIFY(summary);
    QCOMPARE(summary->rows.size(), 7);
    QCOMPARE(summary->rows.at(0).at(1), QStringLiteral("old path"));
    QCOMPARE(summary->rows.at(0).at(2), QStringLiteral("600"));
    QCOMPARE(summary->rows.at(0).at(3), QStringLiteral("0.2 %"));
    QCOMPARE(summary->rows.at(1).at(1), QStringLiteral("new path"));
    QCOMPARE(summary->rows.at(1).at(5), QStringLiteral("2 %")); // the spike is kept
    QCOMPARE(summary->rows.at(2).at(3), QStringLiteral("120 ms"));

    // Step markers from the confirmed changes, the gate's limit as the SLO.
    const QJsonArray markers = c.data.value(QStringLiteral("stepMarkers")).toArray();
    QCOMPARE(markers.size(), 2);
    QCOMPARE(markers.at(0).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("50 %"));
    const QJsonArray slo = c.data.value(QStringLiteral("slo")).toArray();
    QCOMPARE(slo.size(), 1);
    QCOMPARE(slo.at(0).toObject().value(QStringLiteral("metric")).toString(), QStringLiteral("error_ratio"));
    QCOMPARE(slo.at(0).toObject().value(QStringLiteral("value")).toDouble(), 0.005);
    QCOMPARE(c.data.value(QStringLiteral("series")).toArray().size(), 7);
}

void TestMetricsReportContributor::longSeriesIsReducedInTheDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.cutover"));
    QVERIFY(ReportFixtures::makeSession(path, 2, 0));
    const qint64 n = MetricsReportContributor::rawSampleLimit + 5000;
    QList<MetricSample> samples;
    samples.reserve(n);
    const qint64 t0 = 1'700'000'000'000;
    for (qint64 i = 0; i < n; ++i)
        samples.append({ t0 + i * 100, QStringLiteral("error_ratio/new"), i == n / 2 ? 0.5 : 0.001 });
    QVERIFY(writeSamples(path, samples));
    bool ok = false;
    QString error;
    const ReportContribution c = contribute(path, &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    const QJsonObject series = c.data.value(QStringLiteral("series")).toArray().first().toObject();
    QCOMPARE(series.value(QStringLiteral("samples")).toInteger(), n);
    QCOMPARE(series.value(QStringLiteral("max")).toDouble(), 0.5);
}

void TestMetricsReportContributor::cancelStops()
{
    bool ok = true;
    QString error;
    const ReportContribution c = contribute(m_path, &ok, &error, [] { return true; });
    QVERIFY(!ok);
    QVERIFY(c.sections.isEmpty());
}

QTEST_MAIN(TestMetricsReportContributor)
#include "tst_metricsreportcontributor.moc"

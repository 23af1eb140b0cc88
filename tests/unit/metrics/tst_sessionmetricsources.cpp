// SPDX-License-Identifier: GPL-3.0-or-later
// The session's metric source: stored in the session, every change audited with old and new settings,
// credentials only by name, bad settings refused with the reason, and a reopened session's runtime
// starting the same source again.
#include "audit/AuditChain.h"
#include "checklist/CutoverSession.h"
#include "metrics/SessionMetricSources.h"
#include "metrics/sources/MetricSource.h"
#include "runbook/RunbookTemplates.h"
#include "session/SessionRuntime.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestSessionMetricSources : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void storedAuditedAndResumed();
    void badSettingsAreRefused();
};

namespace {

std::unique_ptr<CutoverSession> makeSession(const QString &path)
{
    SessionInfo info;
    info.name = QStringLiteral("Sources");
    QString error;
    return CutoverSession::create(
        path, info, RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
}

QList<AuditRecord> sourceRecords(CutoverSession *session)
{
    QList<AuditRecord> out;
    for (const AuditRecord &r : AuditChain::readAll(session->store()->database()))
        if (r.action == QLatin1String("metrics.source"))
            out << r;
    return out;
}

}

void TestSessionMetricSources::storedAuditedAndResumed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.cutover"));
    qputenv("COCKPIT_TEST_PROM_AUTH", "Bearer S3CRET-TOKEN-value");
    {
        auto session = makeSession(path);
        QVERIFY(session);
        SessionMetricSources sources(session->store());
        QCOMPARE(sources.load().kind, MetricSourceSettings::Kind::None);

        MetricSourceSettings s;
        s.kind = MetricSourceSettings::Kind::Prometheus;
        s.prometheus.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        s.prometheus.queries = { { QStringLiteral("error_ratio/new"), QStringLiteral("max(x)") } };
        s.prometheus.pollIntervalMs = 1000;
        s.prometheus.credentials.environmentVariable = QStringLiteral("COCKPIT_TEST_PROM_AUTH");
        QVERIFY(sources.save(s, QStringLiteral("alice"), QStringLiteral("attach prometheus")));
        QVERIFY(sources.save(s, QStringLiteral("alice"))); // unchanged: not recorded again
        QCOMPARE(sources.load(), s);
        QCOMPARE(sources.load().seriesNames(), QStringList { QStringLiteral("error_ratio/new") });

        const QList<AuditRecord> records = sourceRecords(session.get());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().actor, QStringLiteral("alice"));
        QCOMPARE(records.first().reason, QStringLiteral("attach prometheus"));
        QVERIFY(records.first().oldValue.isEmpty());
        QVERIFY(records.first().newValue.contains(QLatin1String("COCKPIT_TEST_PROM_AUTH")));

        // The prober replaces it; the record keeps the old and the new settings.
        MetricSourceSettings probe;
        probe.kind = MetricSourceSettings::Kind::Prober;
        probe.prober.endpoints = { { QUrl(QStringLiteral("http://127.0.0.1:1/old")), QStringLiteral("old") },
            { QUrl(QStringLiteral("http://127.0.0.1:1/new")), QStringLiteral("new") } };
        probe.prober.intervalMs = 5000;
        QVERIFY(sources.save(probe, QStringLiteral("bob")));
        QCOMPARE(sourceRecords(session.get()).size(), 2);
        QVERIFY(sourceRecords(session.get()).last().oldValue.contains(QLatin1String("prometheus")));
        QVERIFY(sourceRecords(session.get()).last().newValue.contains(QLatin1String("prober")));
        QCOMPARE(sources.load(), probe);

        // Through the runtime: stored and started at once; back to Prometheus for the reopen below.
        SessionRuntime runtime(session.get());
        runtime.start();
        QVERIFY(runtime.metricSource());
        QCOMPARE(runtime.metricSource()->kind(), QStringLiteral("prober"));
        QVERIFY(runtime.setMetricSource(s, QStringLiteral("carol")));
        QCOMPARE(runtime.metricSource()->kind(), QStringLiteral("prometheus"));
        QVERIFY(runtime.metricSource()->isRunning());
        QCOMPARE(sourceRecords(session.get()).size(), 3);
        const AuditChain::Verification v = AuditChain::verify(session->store()->database());
        QVERIFY2(v.intact, qPrintable(v.problem));
    }
    // The secret itself is nowhere in the file.
    for (const QString &file : { path, path + QStringLiteral("-wal") }) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains("S3CRET-TOKEN"), qPrintable(file));
    }
    // Reopened (read-write): the runtime starts the stored source; read-only: it shows, never starts it.
    QString error;
    auto reopened = CutoverSession::open(path, SessionStore::Mode::ReadWrite, &error);
    QVERIFY2(reopened, qPrintable(error));
    {
        SessionRuntime runtime(reopened.get());
        QCOMPARE(
            runtime.metricSourceSettings().prometheus.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9")));
        runtime.start();
        QVERIFY(runtime.metricSource());
        QCOMPARE(runtime.metricSource()->kind(), QStringLiteral("prometheus"));
        QVERIFY(runtime.metricSource()->isRunning());
        // Off: removed, recorded, stopped.
        QVERIFY(runtime.setMetricSource(MetricSourceSettings {}, QStringLiteral("alice")));
        QVERIFY(!runtime.metricSource());
        QCOMPARE(SessionMetricSources(reopened->store()).load().kind, MetricSourceSettings::Kind::None);
        QCOMPARE(sourceRecords(reopened.get()).size(), 4);
        QVERIFY(sourceRecords(reopened.get()).last().newValue.isEmpty());
        // Attached again, for the read-only view below.
        MetricSourceSettings again;
        again.kind = MetricSourceSettings::Kind::Prometheus;
        again.prometheus.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(runtime.setMetricSource(again, QStringLiteral("alice")));
    }
    reopened.reset();
    auto viewer = CutoverSession::open(path, SessionStore::Mode::ReadOnly, &error);
    QVERIFY2(viewer, qPrintable(error));
    SessionRuntime runtime(viewer.get());
    runtime.start();
    QCOMPARE(runtime.metricSourceSettings().kind, MetricSourceSettings::Kind::Prometheus);
    QVERIFY(!runtime.metricSource());
    QVERIFY(!runtime.setMetricSource(MetricSourceSettings {}, QStringLiteral("alice")));
    qunsetenv("COCKPIT_TEST_PROM_AUTH");
}

void TestSessionMetricSources::badSettingsAreRefused()
{
    QTemporaryDir dir;
    auto session = makeSession(dir.filePath(QStringLiteral("s.cutover")));
    QVERIFY(session);
    SessionMetricSources sources(session->store());
    MetricSourceSettings s;
    s.kind = MetricSourceSettings::Kind::Prometheus;
    s.prometheus.baseUrl = QUrl(QStringLiteral("localhost:9090"));
    ActionResult r = sources.save(s, QStringLiteral("alice"));
    QVERIFY(!r);
    QVERIFY2(r.error.contains(QLatin1String("not an http(s) URL")), qPrintable(r.error));
    s.prometheus.baseUrl = QUrl(QStringLiteral("http://user:pw@127.0.0.1:9090"));
    r = sources.save(s, QStringLiteral("alice"));
    QVERIFY2(!r && r.error.contains(QLatin1String("password")), qPrintable(r.error));
    s.prometheus.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9090"));
    QVERIFY(!sources.save(s, QString())); // a name is needed
    MetricSourceSettings probe;
    probe.kind = MetricSourceSettings::Kind::Prober;
    probe.prober.endpoints = { { QUrl(QStringLiteral("http://127.0.0.1:1/")), QStringLiteral("old") } };
    r = sources.save(probe, QStringLiteral("alice"));
    QVERIFY2(!r && r.error.contains(QLatin1String("new path")), qPrintable(r.error));
    MetricSourceSettings csv;
    csv.kind = MetricSourceSettings::Kind::CsvReplay;
    csv.csv.filePath = dir.filePath(QStringLiteral("missing.csv"));
    QVERIFY(!sources.save(csv, QStringLiteral("alice")));
    QCOMPARE(sources.load().kind, MetricSourceSettings::Kind::None);
    QVERIFY(sourceRecords(session.get()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionMetricSources)
#include "tst_sessionmetricsources.moc"

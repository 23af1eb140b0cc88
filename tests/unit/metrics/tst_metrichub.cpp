// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricHub.h"
#include "metrics/sources/SimulatedSource.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

class TestMetricHub : public QObject {
    Q_OBJECT
private:
    static MetricValueProvider::Reading read(MetricHub &hub, const QString &series)
    {
        std::optional<MetricValueProvider::Reading> r;
        hub.latest(series, [&r](const MetricValueProvider::Reading &x) { r = x; });
        if (!QTest::qWaitFor([&r] { return r.has_value(); }, 5000))
            return {};
        return *r;
    }

private Q_SLOTS:
    void latestReadings()
    {
        MetricHub hub;
        using Kind = MetricValueProvider::Reading::Kind;
        QCOMPARE(read(hub, QStringLiteral("error_ratio/new")).kind, Kind::NoData);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        hub.ingest({ { now - 500, QStringLiteral("error_ratio/new"), 0.01 } });
        auto r = read(hub, QStringLiteral("error_ratio/new"));
        QCOMPARE(r.kind, Kind::Value);
        QCOMPARE(r.value, 0.01);
        QCOMPARE(r.at.toMSecsSinceEpoch(), now - 500);

        hub.setStaleAfterMs(100);
        r = read(hub, QStringLiteral("error_ratio/new"));
        QCOMPARE(r.kind, Kind::NoData);
        QVERIFY(r.error.contains(QStringLiteral("old")));
    }

    void simulatedSourceFeedsTheHub()
    {
        MetricHub hub;
        auto *sim = new SimulatedSource;
        hub.addSource(sim);
        QSignalSpy appended(&hub, &MetricHub::samplesAppended);
        sim->setSplitPercent(25);
        sim->start();
        QVERIFY(appended.wait(5000) || !appended.isEmpty());
        sim->stop();
        QVERIFY(hub.hasSimulatedSource());
        QVERIFY(hub.seriesNames().contains(QStringLiteral("request_rate/new")));
        QCOMPARE(
            read(hub, QStringLiteral("request_rate/new")).kind, MetricValueProvider::Reading::Kind::Value);
    }

    void zeroSplitMeansNoNewData()
    {
        SimulatedSource sim;
        sim.setSplitPercent(0);
        const auto samples = sim.sampleAt(1000);
        for (const MetricSample &s : samples) {
            if (s.series == QLatin1String("error_ratio/new"))
                QVERIFY(s.isGap()); // no traffic on the new path: no error ratio, not 0
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricHub)
#include "tst_metrichub.moc"

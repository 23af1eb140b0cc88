// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricHub.h"
#include "metrics/MetricsDashboard.h"
#include "metrics/sources/SimulatedSource.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

#include <limits>

class TestMetricsDashboard : public QObject {
    Q_OBJECT
private:
    static int drawnPoints(MetricsDashboard &dash)
    {
        int n = 0;
        const auto views = dash.findChildren<QChartView *>();
        for (QChartView *v : views) {
            const auto series = v->chart()->series();
            for (QAbstractSeries *s : series)
                n += int(static_cast<QLineSeries *>(s)->count());
        }
        return n;
    }

private Q_SLOTS:
    void demoDataIsDecimatedAndLabelledSimulated()
    {
        MetricHub hub;
        auto *sim = new SimulatedSource(nullptr, 7);
        hub.addSource(sim);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 from = now - 6 * 3600 * 1000LL;
        sim->setSplitPercent(0);
        sim->emitHistory(from, from + 2 * 3600 * 1000LL, 1000);
        sim->setSplitPercent(1);
        sim->emitHistory(from + 2 * 3600 * 1000LL + 1000, from + 3 * 3600 * 1000LL, 1000);
        sim->setSplitPercent(5);
        sim->emitHistory(from + 3 * 3600 * 1000LL + 1000, from + 4 * 3600 * 1000LL, 1000);
        sim->setSplitPercent(25);
        sim->setNewPathDegraded(false);
        sim->emitHistory(from + 4 * 3600 * 1000LL + 1000, now, 1000);

        MetricsDashboard dash(&hub);
        dash.setSloThreshold(QStringLiteral("error_ratio"), 0.005);
        dash.setSloThreshold(QStringLiteral("p99_seconds"), 0.4);
        dash.addMarker(QDateTime::fromMSecsSinceEpoch(from + 2 * 3600 * 1000LL), QStringLiteral("1 %"),
            MetricsDashboard::MarkerKind::Step);
        dash.addMarker(QDateTime::fromMSecsSinceEpoch(from + 3 * 3600 * 1000LL - 600000),
            QStringLiteral("gate ✓"), MetricsDashboard::MarkerKind::GatePass);
        dash.addMarker(QDateTime::fromMSecsSinceEpoch(from + 3 * 3600 * 1000LL), QStringLiteral("5 %"),
            MetricsDashboard::MarkerKind::Step);
        dash.addMarker(QDateTime::fromMSecsSinceEpoch(from + 4 * 3600 * 1000LL), QStringLiteral("25 %"),
            MetricsDashboard::MarkerKind::Step);
        dash.resize(1280, 900);
        dash.setTimeWindow(MetricsDashboard::Window::WholeSession);
        dash.show();
        QSignalSpy refreshed(&dash, &MetricsDashboard::refreshed);
        dash.refreshNow();
        QVERIFY(refreshed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!dash.isRefreshing(), 30000);
        dash.refreshNow();
        QVERIFY(refreshed.wait(30000));

        // 10 series × 6 h at 1/s = 216,000 samples; the charts hold at most 4 per pixel column.
        const int drawn = drawnPoints(dash);
        QVERIFY2(drawn > 1000, qPrintable(QString::number(drawn)));
        QVERIFY2(drawn < 10 * 4 * 1280, qPrintable(QString::number(drawn)));
        QVERIFY(dash.findChild<QWidget *>() != nullptr);
        const QString tip = dash.tooltipText(now - 3600 * 1000LL);
        QVERIFY2(tip.contains(QStringLiteral("Error ratio")), qPrintable(tip));

        QCoreApplication::processEvents(); // the charts' layout (axis labels) is done on the event loop
        const QByteArray dir = qgetenv("COCKPIT_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(dash.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/metrics-dashboard.png")));
    }

    void gapsSplitTheLineAndSpikesSurvive()
    {
        MetricHub hub;
        const qint64 t0 = 1795688186000;
        QList<MetricSample> samples;
        for (int i = 0; i < 20000; ++i) {
            double v = 0.001;
            if (i >= 8000 && i < 9000)
                v = std::numeric_limits<double>::quiet_NaN(); // the source had no data
            if (i == 15000)
                v = 0.5; // one spike among 20,000 samples
            samples.append({ t0 + i * 1000LL, QStringLiteral("error_ratio/new"), v });
        }
        hub.ingest(samples);
        MetricsDashboard dash(&hub);
        dash.setCharts(
            { { QStringLiteral("error_ratio"), QStringLiteral("Error ratio"), QStringLiteral("%"), 100 } });
        dash.resize(800, 400);
        dash.setTimeWindow(MetricsDashboard::Window::WholeSession);
        dash.show();
        QSignalSpy refreshed(&dash, &MetricsDashboard::refreshed);
        dash.refreshNow();
        QVERIFY(refreshed.wait(30000));
        auto *view = dash.findChild<QChartView *>();
        QVERIFY(view);
        int runsWithPoints = 0;
        double maxY = 0;
        int points = 0;
        const auto series = view->chart()->series();
        for (QAbstractSeries *a : series) {
            auto *line = static_cast<QLineSeries *>(a);
            if (line->count() > 0 && line->name() == QLatin1String("new path")) {
                ++runsWithPoints;
                points += int(line->count());
                const auto pts = line->points();
                for (const QPointF &p : pts)
                    maxY = std::max(maxY, p.y());
            }
        }
        QCOMPARE(runsWithPoints, 2); // before and after the gap, not joined across it
        QCOMPARE(maxY, 50.0); // the spike (0.5 = 50 %) is drawn
        QVERIFY2(points <= 4 * 800, qPrintable(QString::number(points)));
    }

    void zoomAndPanStopLiveFollow()
    {
        MetricHub hub;
        MetricsDashboard dash(&hub);
        QVERIFY(dash.liveFollow());
        dash.setVisibleRange(1000000, 2000000);
        QVERIFY(!dash.liveFollow());
        QCOMPARE(dash.visibleFrom(), 1000000);
        QTest::keyClick(&dash, Qt::Key_Right);
        QCOMPARE(dash.visibleFrom(), 1100000);
        QTest::keyClick(&dash, Qt::Key_End);
        QVERIFY(dash.liveFollow());
    }
};

QTEST_MAIN(TestMetricsDashboard)
#include "tst_metricsdashboard.moc"

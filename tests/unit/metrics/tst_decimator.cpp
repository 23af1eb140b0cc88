// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/Decimator.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

class TestDecimator : public QObject {
    Q_OBJECT
private:
    static bool contains(const QList<QPointF> &points, qint64 t, double v)
    {
        for (const QPointF &p : points) {
            if (qint64(p.x()) == t && (p.y() == v || (std::isnan(v) && std::isnan(p.y()))))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void extremaOfEveryColumnSurvive_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("gapProbability");
        QTest::newRow("dense") << 100000 << 640 << 0.0;
        QTest::newRow("dense with gaps") << 100000 << 640 << 0.001;
        QTest::newRow("sparse (fewer points than pixels)") << 300 << 1280 << 0.0;
        QTest::newRow("one pixel") << 5000 << 1 << 0.0;
        QTest::newRow("many gaps") << 20000 << 300 << 0.05;
    }
    void extremaOfEveryColumnSurvive()
    {
        QFETCH(int, points);
        QFETCH(int, width);
        QFETCH(double, gapProbability);
        QRandomGenerator rnd(1234);
        SeriesBuffer buffer;
        const qint64 from = 1000000;
        for (int i = 0; i < points; ++i) {
            double v = rnd.generateDouble() * 10;
            if (rnd.generateDouble() < gapProbability)
                v = std::numeric_limits<double>::quiet_NaN();
            if (i % 7919 == 0)
                v = 1000; // spikes
            buffer.append(from + i * 100, v);
        }
        const qint64 to = from + qint64(points - 1) * 100;
        const Decimator::Result r = Decimator::decimate(buffer.snapshot(), from, to, width);
        QVERIFY(r.points.size() <= 4 * width + 6 * points * gapProbability + 8);

        // Reference: per column the min and max of finite values (outside gap-split runs too).
        struct Col {
            bool any = false;
            double lo = 0, hi = 0;
            qint64 tLo = 0, tHi = 0;
        };
        QList<Col> cols(width);
        double globalMin = 1e300, globalMax = -1e300;
        const SeriesSnapshot snap = buffer.snapshot();
        for (const auto &chunk : snap) {
            for (int i = 0; i < chunk->t.size(); ++i) {
                const double v = chunk->v.at(i);
                if (std::isnan(v))
                    continue;
                const int c = std::min<int>(
                    width - 1, int(double(chunk->t.at(i) - from) * width / double(to - from)));
                Col &col = cols[c];
                if (!col.any || v < col.lo) {
                    col.lo = v;
                    col.tLo = chunk->t.at(i);
                }
                if (!col.any || v > col.hi) {
                    col.hi = v;
                    col.tHi = chunk->t.at(i);
                }
                col.any = true;
                globalMin = std::min(globalMin, v);
                globalMax = std::max(globalMax, v);
            }
        }
        for (int c = 0; c < width; ++c) {
            if (!cols.at(c).any)
                continue;
            QVERIFY2(contains(r.points, cols.at(c).tLo, cols.at(c).lo),
                qPrintable(QStringLiteral("min of column %1").arg(c)));
            QVERIFY2(contains(r.points, cols.at(c).tHi, cols.at(c).hi),
                qPrintable(QStringLiteral("max of column %1").arg(c)));
        }
        QCOMPARE(r.minY, globalMin);
        QCOMPARE(r.maxY, globalMax);
        // Time order is kept.
        for (int i = 1; i < r.points.size(); ++i)
            QVERIFY(r.points.at(i - 1).x() <= r.points.at(i).x());
    }

    void firstAndLastSurvive()
    {
        SeriesBuffer buffer;
        for (int i = 0; i < 50000; ++i)
            buffer.append(i * 10, std::sin(i / 100.0));
        const Decimator::Result r = Decimator::decimate(buffer.snapshot(), 0, 499990, 100);
        QCOMPARE(qint64(r.points.first().x()), 0LL);
        QCOMPARE(r.points.first().y(), std::sin(0.0));
        QCOMPARE(qint64(r.points.last().x()), 499990LL);
        QCOMPARE(r.points.last().y(), std::sin(49999 / 100.0));
    }

    void neighboursOutsideTheWindowAreKept()
    {
        SeriesBuffer buffer;
        for (int i = 0; i < 100; ++i)
            buffer.append(i * 1000, i);
        const Decimator::Result r = Decimator::decimate(buffer.snapshot(), 10500, 20500, 50);
        QCOMPARE(r.points.first(), QPointF(10000, 10)); // one before the window
        QCOMPARE(r.points.last(), QPointF(21000, 21)); // one after
        QCOMPARE(r.minY, 11.0);
        QCOMPARE(r.maxY, 20.0);
    }

    void gapsArePreservedAsOneNaN()
    {
        SeriesBuffer buffer;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        for (int i = 0; i < 1000; ++i)
            buffer.append(i, (i >= 400 && i < 450) ? nan : 1.0);
        const Decimator::Result r = Decimator::decimate(buffer.snapshot(), 0, 999, 10);
        int nans = 0;
        for (const QPointF &p : r.points)
            nans += std::isnan(p.y()) ? 1 : 0;
        QCOMPARE(nans, 1);
        // The last sample before and the first after the gap are both kept, so the gap is drawn exactly.
        QVERIFY(contains(r.points, 399, 1.0));
        QVERIFY(contains(r.points, 450, 1.0));
    }

    void emptyAndAllGaps()
    {
        QVERIFY(Decimator::decimate(SeriesSnapshot(), 0, 1000, 100).points.isEmpty());
        SeriesBuffer buffer;
        buffer.append(5, std::numeric_limits<double>::quiet_NaN());
        const Decimator::Result r = Decimator::decimate(buffer.snapshot(), 0, 1000, 100);
        QVERIFY(r.minY > r.maxY); // no finite values
    }

    void allKeepsEverything()
    {
        SeriesBuffer buffer;
        for (int i = 0; i < 10000; ++i)
            buffer.append(i, i);
        QCOMPARE(Decimator::all(buffer.snapshot(), 0, 9999).points.size(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestDecimator)
#include "tst_decimator.moc"

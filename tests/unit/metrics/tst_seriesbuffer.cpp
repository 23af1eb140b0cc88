// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/SeriesBuffer.h"

#include <QTest>

class TestSeriesBuffer : public QObject {
    Q_OBJECT
private:
    static QList<qint64> times(const SeriesSnapshot &s)
    {
        QList<qint64> out;
        for (const auto &c : s)
            out.append(c->t);
        return out;
    }

private Q_SLOTS:
    void appendInOrderAcrossChunks()
    {
        SeriesBuffer b;
        const int n = SeriesBuffer::kChunkSize * 3 + 17;
        for (int i = 0; i < n; ++i)
            b.append(i * 10, i);
        QCOMPARE(b.size(), n);
        QCOMPARE(b.firstTime(), 0);
        QCOMPARE(b.lastTime(), qint64(n - 1) * 10);
        const QList<qint64> t = times(b.snapshot());
        QCOMPARE(t.size(), n);
        QVERIFY(std::is_sorted(t.begin(), t.end()));
    }

    void lateSamplesAreInsertedAndSnapshotsStayUnchanged()
    {
        SeriesBuffer b;
        for (int i = 0; i < SeriesBuffer::kChunkSize * 2; ++i)
            b.append(i * 10, i);
        const SeriesSnapshot before = b.snapshot();
        b.append(15, -1); // into the first sealed chunk
        b.append(20, 99); // replaces an existing time
        QCOMPARE(b.size(), SeriesBuffer::kChunkSize * 2 + 1);
        const QList<qint64> t = times(b.snapshot());
        QVERIFY(std::is_sorted(t.begin(), t.end()));
        QCOMPARE(times(before).size(), SeriesBuffer::kChunkSize * 2); // the old snapshot is untouched
        qint64 at = 0;
        double v = 0;
        QVERIFY(b.nearest(16, &at, &v));
        QCOMPARE(at, 15);
        QCOMPARE(v, -1.0);
        QVERIFY(b.nearest(21, &at, &v));
        QCOMPARE(v, 99.0);
    }

    void nearestAndLast()
    {
        SeriesBuffer b;
        qint64 at = 0;
        double v = 0;
        QVERIFY(!b.nearest(5, &at, &v));
        QVERIFY(!b.last(&at, &v));
        b.append(100, 1);
        b.append(200, 2);
        QVERIFY(b.nearest(160, &at, &v));
        QCOMPARE(at, 200);
        QVERIFY(b.nearest(-50, &at, &v));
        QCOMPARE(at, 100);
        QVERIFY(b.last(&at, &v));
        QCOMPARE(v, 2.0);
    }
};

QTEST_GUILESS_MAIN(TestSeriesBuffer)
#include "tst_seriesbuffer.moc"

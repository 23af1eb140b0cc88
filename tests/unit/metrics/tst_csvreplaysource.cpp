// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/sources/CsvReplaySource.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCsvReplaySource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("error");
        QTest::newRow("header, epoch ms, ISO, gap")
            << QByteArray("time,series,value\n1795688186000,error_ratio/new,0.01\n"
                          "2026-11-26T10:00:00Z,p99_seconds/old,0.2\n1795688187000,error_ratio/new,\n"
                          "1795688188000,error_ratio/new,NaN\n")
            << 4 << QString();
        QTest::newRow("comments and blank lines")
            << QByteArray("# recorded\n\n1,a/old,1\n") << 1 << QString();
        QTest::newRow("too few fields")
            << QByteArray("1,a/old\n") << 0 << QStringLiteral("Line 1: expected 3 fields");
        QTest::newRow("bad time") << QByteArray("1,a/old,1\nyesterday,a/old,2\n") << 0
                                  << QStringLiteral("Line 2: the time \"yesterday\"");
        QTest::newRow("bad series") << QByteArray("1,errors,1\n") << 0 << QStringLiteral("metric/path");
        QTest::newRow("bad value") << QByteArray("1,a/new,lots\n") << 0
                                   << QStringLiteral("\"lots\" is not a finite number");
        QTest::newRow("infinite value")
            << QByteArray("1,a/new,inf\n") << 0 << QStringLiteral("not a finite number");
    }
    void parse()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, count);
        QFETCH(QString, error);
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        QList<MetricSample> samples;
        QString message;
        const bool ok = CsvReplaySource::parse(buffer, &samples, &message);
        QCOMPARE(ok, error.isEmpty());
        if (ok) {
            QCOMPARE(samples.size(), count);
            QVERIFY(std::is_sorted(samples.begin(), samples.end(),
                [](const MetricSample &a, const MetricSample &b) { return a.t < b.t; }));
        } else {
            QVERIFY2(message.contains(error), qPrintable(message));
        }
    }

    void gapsAreNaN()
    {
        QByteArray csv("1,a/new,\n2,a/new,nan\n3,a/new,0\n");
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        QList<MetricSample> samples;
        QString message;
        QVERIFY(CsvReplaySource::parse(buffer, &samples, &message));
        QVERIFY(samples.at(0).isGap());
        QVERIFY(samples.at(1).isGap());
        QVERIFY(!samples.at(2).isGap()); // a real zero stays a zero
    }

    void replayAllAtOnceAndPaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 10; ++i)
            f.write(
                QByteArray::number(1000000 + i * 100) + ",error_ratio/new," + QByteArray::number(i) + "\n");
        f.close();

        CsvReplaySource all({ path, 0, false, 100 });
        QSignalSpy spy(&all, &MetricSource::samplesReady);
        all.start();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<QList<MetricSample>>().size(), 10);
        QCOMPARE(all.seriesNames(), QStringList { QStringLiteral("error_ratio/new") });

        // Paced at 1× with retime: 900 ms of recording arrive over about a second, shifted to now.
        CsvReplaySource paced({ path, 1.0, true, 50 });
        QSignalSpy pacedSpy(&paced, &MetricSource::samplesReady);
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        paced.start();
        int received = 0;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            received = 0;
            for (const auto &args : pacedSpy)
                received += int(args.first().value<QList<MetricSample>>().size());
            return received == 10;
        }()),
            20000);
        QVERIFY(pacedSpy.size() > 1);
        QVERIFY(pacedSpy.first().first().value<QList<MetricSample>>().first().t >= started - 5);
    }

    void missingFileIsReported()
    {
        CsvReplaySource s({ QStringLiteral("/nonexistent/metrics.csv"), 0, false, 100 });
        QSignalSpy errors(&s, &MetricSource::errorOccurred);
        s.start();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("/nonexistent/metrics.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCsvReplaySource)
#include "tst_csvreplaysource.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricHub.h"
#include "metrics/SampleStore.h"
#include "store/SessionStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include "store/SessionSchema.h"

#include <cmath>
#include <limits>

class TestSampleStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void batchesArePersistedAndReloaded()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.cutover"));
        QString error;
        auto session = SessionStore::create(path, &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->schemaVersion(), SessionSchema::currentVersion());

        QList<MetricSample> samples;
        for (int i = 0; i < 2500; ++i)
            samples.append(
                { 1000 + i, i % 2 ? QStringLiteral("error_ratio/new") : QStringLiteral("p99_seconds/old"),
                    i % 100 == 0 ? std::numeric_limits<double>::quiet_NaN() : i * 0.5 });
        {
            SampleStore store(path);
            QSignalSpy opened(&store, &SampleStore::opened);
            QSignalSpy written(&store, &SampleStore::batchWritten);
            QVERIFY(opened.wait(10000));
            QVERIFY2(opened.first().at(0).toBool(), qPrintable(opened.first().at(1).toString()));
            store.append(samples.mid(0, 1000));
            store.append(samples.mid(1000)); // coalesced with the first into one flush
            QVERIFY(written.wait(10000));
            int rows = 0;
            for (const auto &w : written)
                rows += w.at(0).toInt();
            QTRY_COMPARE_WITH_TIMEOUT(([&] {
                int r = 0;
                for (const auto &w : written)
                    r += w.at(0).toInt();
                return r;
            }()),
                2500, 10000);
            Q_UNUSED(rows)
        }
        // Rows are in the file, NaN as NULL (visible to the GUI's own connection).
        QSqlQuery q(session->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(value IS NULL) FROM metric_samples")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2500);
        QCOMPARE(q.value(1).toInt(), 25);
        session.reset();

        // Reopen: a hub fed from the store has every sample back, gaps included.
        auto reopened = SessionStore::open(path, SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(reopened, qPrintable(error));
        SampleStore store(path);
        MetricHub hub;
        hub.setSampleStore(&store);
        QSignalSpy loaded(&hub, &MetricHub::loaded);
        hub.loadFromStore();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().at(0).toLongLong(), 2500);
        QCOMPARE(hub.buffer(QStringLiteral("error_ratio/new"))->size(), 1250);
        QCOMPARE(hub.buffer(QStringLiteral("p99_seconds/old"))->size(), 1250);
        qint64 at = 0;
        double v = 0;
        QVERIFY(hub.buffer(QStringLiteral("p99_seconds/old"))->nearest(1000, &at, &v));
        QVERIFY(std::isnan(v));
        QVERIFY(hub.buffer(QStringLiteral("p99_seconds/old"))->nearest(1002, &at, &v));
        QCOMPARE(v, 1.0);
    }

    void busyFileIsRetriedNotLost()
    {
        const QString path = m_dir.filePath(QStringLiteral("c.cutover"));
        QString error;
        auto session = SessionStore::create(path, &error);
        QVERIFY(session);
        SampleStore store(path);
        QSignalSpy opened(&store, &SampleStore::opened);
        QVERIFY(opened.wait(10000));
        // Hold the write lock from the GUI's connection longer than the worker's busy timeout (5 s).
        QVERIFY(session->beginWrite(&error));
        QSqlQuery hold(session->database());
        QVERIFY(hold.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('lock-holder', 'x')")));
        QSignalSpy errors(&store, &SampleStore::errorOccurred);
        QSignalSpy written(&store, &SampleStore::batchWritten);
        // Writing happens on the worker: the GUI thread returns at once although the file is locked
        // and keeps its event loop running while the worker waits (busy timeout 5 s).
        QElapsedTimer clock;
        clock.start();
        store.append({ { 1, QStringLiteral("a/new"), 1.0 }, { 2, QStringLiteral("a/new"), 2.0 } });
        store.flush();
        QVERIFY(clock.elapsed() < 1000);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(100);
        QVERIFY(errors.wait(20000));
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks))); // the loop ran during the 5 s wait
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("retried")),
            qPrintable(errors.first().first().toString()));
        session->rollback();
        QVERIFY(written.wait(20000));
        QCOMPARE(written.first().at(0).toInt(), 2);
        QSqlQuery q(session->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM metric_samples")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    // The GUI's own transactions (audit, checklist) and the sample writer share the file: a GUI
    // transaction that reads, then writes, must not fail because the worker committed in between.
    void guiTransactionsSucceedWhileSamplesAreWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("d.cutover"));
        QString error;
        auto session = SessionStore::create(path, &error);
        QVERIFY(session);
        SampleStore store(path);
        store.setFlushIntervalMs(1);
        QSignalSpy opened(&store, &SampleStore::opened);
        QVERIFY(opened.wait(10000));
        QSignalSpy written(&store, &SampleStore::batchWritten);
        qint64 t = 0;
        QTimer feeder;
        connect(&feeder, &QTimer::timeout, this, [&] {
            QList<MetricSample> batch;
            for (int i = 0; i < 200; ++i)
                batch.append({ ++t, QStringLiteral("a/new"), 1.0 });
            store.append(batch);
        });
        feeder.start(2);
        // At least 60 rounds, and on until the worker has committed several batches in between (a loaded
        // machine may starve the worker for the first rounds); bounded, so a worker that never writes fails.
        for (int i = 0; i < 60 || (written.size() <= 5 && i < 3000); ++i) {
            QVERIFY2(session->beginWrite(&error), qPrintable(error));
            QSqlQuery read(session->database());
            QVERIFY(read.exec(QStringLiteral("SELECT COUNT(*) FROM metric_samples")) && read.next());
            QThread::msleep(3); // give the worker every chance to commit between our read and our write
            QSqlQuery write(session->database());
            write.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, 'x')"));
            write.addBindValue(QStringLiteral("probe-%1").arg(i));
            QVERIFY2(write.exec(), qPrintable(write.lastError().text()));
            QVERIFY2(session->commit(&error), qPrintable(error));
            QTest::qWait(3);
        }
        feeder.stop();
        QVERIFY(written.size() > 5); // the worker really wrote meanwhile
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSampleStore)
#include "tst_samplestore.moc"

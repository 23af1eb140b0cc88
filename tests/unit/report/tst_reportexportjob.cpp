// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportExportJob.h"
#include "support/ReportFixtures.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

class TestReportExportJob : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exportsOnAWorkerWithProgress()
    {
        QTemporaryDir dir;
        // The GUI keeps its session open for writing while the job reads its own connection.
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 30, 20);
        QVERIFY(session);
        ReportExportJob job;
        QSignalSpy progress(&job, &ReportExportJob::progress);
        QSignalSpy finished(&job, &ReportExportJob::finished);
        ReportExporter::Request request;
        request.sessionPath = session->path();
        request.outputPath = dir.filePath(QStringLiteral("report.pdf"));
        request.format = ReportExporter::Format::Pdf;
        QVERIFY(job.start(request));
        QVERIFY(job.isRunning() || finished.count() == 1);
        QVERIFY(!job.start(request) || finished.count() == 1); // one export at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const QList<QVariant> args = finished.takeFirst();
        QVERIFY2(args.at(0).toBool(), qPrintable(args.at(1).toString()));
        QCOMPARE(args.at(2).toStringList(), QStringList { request.outputPath });
        QVERIFY(QFile::exists(request.outputPath));
        QVERIFY(progress.count() >= 3);
        QCOMPARE(progress.last().at(0).toInt(), 100);
        // Signals arrive on the job's thread.
        QVERIFY(job.thread() == QThread::currentThread());

        // The session stays usable in the meantime.
        QVERIFY(session
                    ->setNotes(
                        session->allItems().first().id, QStringLiteral("after export"), QStringLiteral("bob"))
                    .ok);
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        auto session = ReportFixtures::makeSession(dir.filePath(QStringLiteral("s.cutover")), 60, 60);
        ReportExportJob job;
        QSignalSpy finished(&job, &ReportExportJob::finished);
        ReportExporter::Request request;
        request.sessionPath = session->path();
        request.outputPath = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(job.start(request));
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const QList<QVariant> args = finished.takeFirst();
        if (args.at(0).toBool()) {
            // The worker finished before it saw the cancel; that is allowed, the file is then complete.
            QVERIFY(QFile::exists(request.outputPath));
        } else {
            QVERIFY(args.at(1).toString().contains(QStringLiteral("cancelled")));
            QVERIFY(!QFile::exists(request.outputPath));
        }
    }

    void errorsAreReported()
    {
        QTemporaryDir dir;
        ReportExportJob job;
        QSignalSpy finished(&job, &ReportExportJob::finished);
        ReportExporter::Request request;
        request.sessionPath = dir.filePath(QStringLiteral("missing.cutover"));
        request.outputPath = dir.filePath(QStringLiteral("r.html"));
        request.format = ReportExporter::Format::Html;
        QVERIFY(job.start(request));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("missing.cutover")));
    }
};

QTEST_MAIN(TestReportExportJob)
#include "tst_reportexportjob.moc"

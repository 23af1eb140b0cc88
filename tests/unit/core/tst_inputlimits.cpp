// SPDX-License-Identifier: GPL-3.0-or-later
// The limits on what comes in from outside: a command's output is capped while it runs, text shown on a
// terminal cannot carry control sequences, and a FIFO, a device or a directory is named as what it is and
// never read.
#include "core/AsyncProcess.h"
#include "core/BodyCap.h"
#include "core/FileKind.h"
#include "core/PrintableText.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestInputLimits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void commandOutputIsCappedWhileItRuns()
    {
        AsyncProcess::Result result;
        bool done = false;
        AsyncProcess::run(QStringLiteral("sh"),
            { QStringLiteral("-c"),
                QStringLiteral("head -c 3000000 /dev/zero | tr '\\0' 'a'; echo >&2 fine") },
            30000, this, [&](const AsyncProcess::Result &r) {
                result = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(result.finished, qPrintable(result.error));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.outputCutOff);
        QVERIFY(result.output.startsWith(QString(1000, QLatin1Char('a'))));
        QVERIFY(result.output.size() <= BodyCap::commandOutputBytes + 100);
        QVERIFY2(result.output.endsWith(QStringLiteral("(output larger than 64 KiB — cut off)")),
            qPrintable(result.output.right(80)));
        QCOMPARE(result.errorOutput.trimmed(), QStringLiteral("fine"));
    }

    void shortOutputIsKeptWhole()
    {
        AsyncProcess::Result result;
        bool done = false;
        AsyncProcess::run(QStringLiteral("sh"), { QStringLiteral("-c"), QStringLiteral("echo hello") }, 10000,
            this, [&](const AsyncProcess::Result &r) {
                result = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(result.output, QStringLiteral("hello\n"));
        QVERIFY(!result.outputCutOff);
    }

    void controlCharactersBecomeVisible()
    {
        QCOMPARE(PrintableText::neutralise(QStringLiteral("plain text\twith tab\n")),
            QStringLiteral("plain text\twith tab\n"));
        QCOMPARE(PrintableText::neutralise(QStringLiteral("red \x1b[31mALERT\x1b[0m")),
            QStringLiteral("red \\x1b[31mALERT\\x1b[0m"));
        QCOMPARE(PrintableText::neutralise(QString::fromUtf16(u"a\u0000b\rc\u202ed", 7)),
            QStringLiteral("a\\x00b\\x0dc\\u202ed"));
        QCOMPARE(PrintableText::firstControl(QStringLiteral("ok")), -1);
        QCOMPARE(PrintableText::firstControl(QStringLiteral("o\x07k")), 1);
    }

    void fifoDeviceAndDirectoryAreNamed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QCOMPARE(FileKind::of(fifo), FileKind::Kind::Fifo);
        QCOMPARE(FileKind::of(dir.path()), FileKind::Kind::Directory);
        QCOMPARE(FileKind::of(QStringLiteral("/dev/zero")), FileKind::Kind::Device);
        QCOMPARE(FileKind::of(dir.filePath(QStringLiteral("none"))), FileKind::Kind::Missing);

        QElapsedTimer clock;
        clock.start();
        QByteArray data;
        QString error;
        QVERIFY(!FileKind::readCapped(fifo, 1024, QStringLiteral("runbook"), &data, &error));
        QVERIFY2(
            error.contains(QLatin1String("is a named pipe (FIFO), not a runbook file")), qPrintable(error));
        QVERIFY(!FileKind::readCapped(
            QStringLiteral("/dev/zero"), 1024, QStringLiteral("runbook"), &data, &error));
        QVERIFY2(error.contains(QLatin1String("is a device")), qPrintable(error));
        QVERIFY(!FileKind::readCapped(dir.path(), 1024, QStringLiteral("runbook"), &data, &error));
        QVERIFY2(error.contains(QLatin1String("is a directory")), qPrintable(error));
        QVERIFY(clock.elapsed() < 5000); // nothing blocked on the FIFO

        const QString big = dir.filePath(QStringLiteral("big.csv"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(!FileKind::readCapped(big, 1024, QStringLiteral("runbook"), &data, &error));
        QVERIFY2(error.contains(QLatin1String("larger than")), qPrintable(error));
        QVERIFY(FileKind::readCapped(big, 4096, QStringLiteral("runbook"), &data, &error));
        QCOMPARE(data.size(), 4096);
    }
};

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"

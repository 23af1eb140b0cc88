// SPDX-License-Identifier: GPL-3.0-or-later
// The session file against concurrent writers and hostile input, through the real cutoverctl: verify never
// cries wolf while others write; a broken trail takes no more records; text from a session cannot send
// escape sequences to the terminal; a FIFO is named, not read; an import that is killed leaves no session.
#include "support/CtlProcess.h"
#include "support/RawSqliteConnection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

class TestStoreInput : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString newSession(const QString &name, const QStringList &extra = {})
    {
        const QString path = m_dir.filePath(name);
        const CtlResult r
            = runCtl(QStringList { QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("S"),
                         QStringLiteral("--out"), path, QStringLiteral("--by"), QStringLiteral("alice") }
                + extra);
        if (r.code != 0)
            qWarning("new failed: %s", qPrintable(r.err));
        return r.code == 0 ? path : QString();
    }

    QStringList filesBeside(const QString &path) const
    {
        const QFileInfo fi(path);
        return fi.absoluteDir().entryList({ fi.fileName() + QLatin1Char('*') }, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Five writers (cutoverctl item / log add in loops, each a child process) while verify runs again and
    // again: it reads one snapshot, so a change committed while it runs is never reported as tampering.
    void verifyWhileOthersWriteRaisesNoFalseAlarm()
    {
        const QString session = newSession(QStringLiteral("busy.cutover"));
        QVERIFY(!session.isEmpty());
        const QString ctl = QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl");
        QList<QProcess *> writers;
        for (int w = 0; w < 5; ++w) {
            auto *p = new QProcess(this);
            const QString command = w % 2
                ? QStringLiteral(
                    "for i in $(seq 1 25); do \"$0\" log add \"$1\" --text \"entry $i\" --by w%1 "
                    ">/dev/null || exit 1; done")
                      .arg(w)
                : QStringLiteral("for i in $(seq 1 25); do \"$0\" item \"$1\" %1 --by w%1 --note \"n $i\" "
                                 ">/dev/null || exit 1; done")
                      .arg(w + 1);
            p->start(QStringLiteral("sh"), { QStringLiteral("-c"), command, ctl, session });
            writers << p;
        }
        int runs = 0;
        QStringList alarms;
        auto writing = [&] {
            for (QProcess *p : writers)
                if (p->state() != QProcess::NotRunning)
                    return true;
            return false;
        };
        while ((writing() || runs < 5) && runs < 200) {
            const CtlResult r = runCtl({ QStringLiteral("audit"), QStringLiteral("verify"), session });
            ++runs;
            if (r.code != 0)
                alarms << r.err;
            QCoreApplication::processEvents();
        }
        for (QProcess *p : writers) {
            QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        QVERIFY2(runs >= 5, qPrintable(QString::number(runs)));
        QVERIFY2(alarms.isEmpty(),
            qPrintable(QStringLiteral("%1 of %2 verify runs raised an alarm:\n%3")
                           .arg(alarms.size())
                           .arg(runs)
                           .arg(alarms.value(0))));
        qInfo("%d verify runs beside five writers, no false alarm", runs);
    }

    void brokenTrailTakesNoMoreRecords()
    {
        const QString session = newSession(QStringLiteral("broken.cutover"));
        QVERIFY(!session.isEmpty());
        {
            RawSqliteConnection raw(session);
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit SET actor = 'mallory' WHERE seq = 3")));
        }
        const qint64 before = RawSqliteConnection(session, true)
                                  .scalar(QStringLiteral("SELECT COUNT(*) FROM audit"))
                                  .toLongLong();
        CtlResult r = runCtl({ QStringLiteral("log"), QStringLiteral("add"), session,
            QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--by"), QStringLiteral("bob") });
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QLatin1String("is broken at record 3")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("nothing more is written")), qPrintable(r.err));
        r = runCtl({ QStringLiteral("item"), session, QStringLiteral("2"), QStringLiteral("--by"),
            QStringLiteral("bob"), QStringLiteral("--note"), QStringLiteral("x") });
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QLatin1String("is broken at record 3")), qPrintable(r.err));
        QCOMPARE(RawSqliteConnection(session, true)
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM audit"))
                     .toLongLong(),
            before);
    }

    // Text already in an old session (written before runbooks were checked) is shown with visible escapes.
    void statusNeutralisesControlCharacters()
    {
        const QString session = newSession(QStringLiteral("ansi.cutover"));
        QVERIFY(!session.isEmpty());
        {
            RawSqliteConnection raw(session);
            QVERIFY(
                raw.exec(QStringLiteral("UPDATE items SET task = 'Backup' || char(27) || '[2J' || char(27) "
                                        "|| ']0;owned' || char(7) WHERE id = 1")));
        }
        const CtlResult r = runCtl({ QStringLiteral("status"), session });
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.contains(QChar(0x1b)) && !r.out.contains(QChar(0x07)),
            "a raw escape reached the terminal");
        QVERIFY2(r.out.contains(QLatin1String("Backup\\x1b[2J\\x1b]0;owned\\x07")), qPrintable(r.out));
    }

    void fifoIsNamedNotRead()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("runbook.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer clock;
        clock.start();
        CtlResult r = runCtl({ QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("S"),
                                 QStringLiteral("--template"), fifo, QStringLiteral("--out"),
                                 m_dir.filePath(QStringLiteral("fifo.cutover")), QStringLiteral("--by"),
                                 QStringLiteral("alice") },
            20000);
        QVERIFY2(r.code == 1, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("is a named pipe (FIFO)")), qPrintable(r.err));
        r = runCtl({ QStringLiteral("status"), fifo }, 20000);
        QVERIFY2(r.err.contains(QLatin1String("is a named pipe (FIFO)")), qPrintable(r.err));
        r = runCtl({ QStringLiteral("status"), m_dir.path() }, 20000);
        QVERIFY2(r.err.contains(QLatin1String("is a directory")), qPrintable(r.err));
        QVERIFY(clock.elapsed() < 20000);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("fifo.cutover"))));
    }

    // An import killed half-way leaves no session under the name asked for (at most NAME.incomplete-PID),
    // and the next import of that name cleans it up.
    void killedImportLeavesNoSession()
    {
        const QString csv = m_dir.filePath(QStringLiteral("large.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray text = "phase,task\n";
            for (int i = 0; i < 100000; ++i)
                text += "Phase " + QByteArray::number(i) + ",Task " + QByteArray::number(i) + "\n";
            f.write(text);
        }
        const QString target = m_dir.filePath(QStringLiteral("large.cutover"));
        QProcess p;
        p.start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"),
            { QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("L"),
                QStringLiteral("--template"), csv, QStringLiteral("--out"), target, QStringLiteral("--by"),
                QStringLiteral("alice") });
        QVERIFY(p.waitForStarted());
        // Kill it once it is writing.
        QTRY_VERIFY_WITH_TIMEOUT(!filesBeside(target).isEmpty() || p.state() == QProcess::NotRunning, 30000);
        p.kill();
        p.waitForFinished();
        if (p.exitStatus() == QProcess::NormalExit)
            QSKIP("the import finished before it could be killed");
        QVERIFY2(!QFileInfo::exists(target), "a killed import left a session under the target name");
        for (const QString &name : filesBeside(target))
            QVERIFY2(name.contains(QLatin1String(".incomplete-")), qPrintable(name));

        const CtlResult r = runCtl({ QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("L"),
                                       QStringLiteral("--template"), csv, QStringLiteral("--out"), target,
                                       QStringLiteral("--by"), QStringLiteral("alice") },
            120000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("100000 items")));
        QCOMPARE(filesBeside(target), QStringList { QStringLiteral("large.cutover") });
    }
};

QTEST_GUILESS_MAIN(TestStoreInput)
#include "tst_storeinput.moc"

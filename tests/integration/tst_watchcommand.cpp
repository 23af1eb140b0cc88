// SPDX-License-Identifier: GPL-3.0-or-later
// cutoverctl watch, run as the real executable on a real session file while other cutoverctl processes and
// this process change the session: every audit record arrives once, in order, as one JSON line with the
// documented keys; --from-start, --since and --exit-after; Ctrl-C and SIGTERM end it with 0; the file being
// removed ends it with an error.
#include "audit/AuditChain.h"
#include "support/CtlProcess.h"
#include "support/IncidentTestSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {

// A running `cutoverctl watch`: its stdout as lines as they arrive, its stderr as text.
class Watch {
public:
    explicit Watch(const QStringList &args)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            m_buffer += m_process.readAllStandardOutput();
            for (qsizetype nl = m_buffer.indexOf('\n'); nl >= 0; nl = m_buffer.indexOf('\n')) {
                m_lines << QString::fromUtf8(m_buffer.left(nl));
                m_buffer.remove(0, nl + 1);
            }
        });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
            [this] { m_err += QString::fromUtf8(m_process.readAllStandardError()); });
        m_process.start(
            QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"), QStringList { QStringLiteral("watch") } + args);
    }
    ~Watch()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Until it says on stderr where it starts: from then on every commit is shown.
    bool waitUntilWatching()
    {
        if (QTest::qWaitFor([this] { return m_err.contains(QStringLiteral("Watching")); }, 30000))
            return true;
        qWarning("watch did not start; stderr: %s", qPrintable(m_err));
        return false;
    }
    bool waitForLines(qsizetype count)
    {
        if (QTest::qWaitFor([this, count] { return m_lines.size() >= count; }, 30000))
            return true;
        qWarning("%lld of %lld lines; stderr: %s", qint64(m_lines.size()), qint64(count), qPrintable(m_err));
        return false;
    }
    // The exit code, or -1 when it did not end normally within the time.
    int waitForExit(int timeoutMs = 30000)
    {
        if (m_process.state() != QProcess::NotRunning) {
            QSignalSpy finished(&m_process, &QProcess::finished);
            if (!finished.wait(timeoutMs))
                return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    void signal(int number) { ::kill(pid_t(m_process.processId()), number); }
    bool running() const { return m_process.state() == QProcess::Running; }

    const QStringList &lines() const { return m_lines; }
    const QString &err() const { return m_err; }

private:
    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
    QString m_err;
};

}

class TestWatchCommand : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<CutoverSession> m_session; // this process's writer

    QList<AuditRecord> trail() const { return AuditChain::readAll(m_session->store()->database()); }
    qint64 head() const { return m_session->auditRecordCount(); }

    static bool ctlOk(const QStringList &args)
    {
        const CtlResult r = runCtl(args);
        if (r.code != 0)
            qWarning("cutoverctl %s: exit %d\n%s", qPrintable(args.join(QLatin1Char(' '))), r.code,
                qPrintable(r.err));
        return r.code == 0;
    }

    // Each line is the JSON of the stored record with the same seq, in order from `first`.
    void checkJsonLines(const QStringList &lines, qint64 first)
    {
        const QList<AuditRecord> stored = trail();
        static const QRegularExpression isoMs(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
        for (int i = 0; i < lines.size(); ++i) {
            QJsonParseError parseError;
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i).toUtf8(), &parseError).object();
            QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(lines.at(i)));
            QCOMPARE(o.keys(),
                QStringList({ QStringLiteral("action"), QStringLiteral("actor"), QStringLiteral("at"),
                    QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("field"),
                    QStringLiteral("hash"), QStringLiteral("new_value"), QStringLiteral("old_value"),
                    QStringLiteral("prev_hash"), QStringLiteral("reason"), QStringLiteral("seq"),
                    QStringLiteral("session") }));
            const qint64 seq = o.value(QStringLiteral("seq")).toInteger();
            QCOMPARE(seq, first + i);
            const AuditRecord &r = stored.at(seq - 1);
            QCOMPARE(o.value(QStringLiteral("session")).toString(), m_session->info().name);
            QVERIFY2(
                isoMs.match(o.value(QStringLiteral("at")).toString()).hasMatch(), qPrintable(lines.at(i)));
            QCOMPARE(o.value(QStringLiteral("at")).toString(), r.atText);
            QCOMPARE(o.value(QStringLiteral("actor")).toString(), r.actor);
            QCOMPARE(o.value(QStringLiteral("action")).toString(), r.action);
            QCOMPARE(o.value(QStringLiteral("entity")).toString(), r.entity);
            QVERIFY(o.value(QStringLiteral("entity_id")).isDouble());
            QCOMPARE(o.value(QStringLiteral("entity_id")).toInteger(), r.entityId);
            QCOMPARE(o.value(QStringLiteral("field")).toString(), r.field);
            QCOMPARE(o.value(QStringLiteral("old_value")).toString(), r.oldValue);
            QCOMPARE(o.value(QStringLiteral("new_value")).toString(), r.newValue);
            QCOMPARE(o.value(QStringLiteral("reason")).toString(), r.reason);
            QCOMPARE(o.value(QStringLiteral("prev_hash")).toString(), r.prevHash);
            QCOMPARE(o.value(QStringLiteral("hash")).toString(), r.hash);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("w.cutover"));
        m_session = createIncidentTestSession(m_path);
        QVERIFY(m_session);
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void everyChangeArrivesOnceInOrderAsJson()
    {
        const qint64 start = head();
        Watch watch({ m_path, QStringLiteral("--json") });
        QVERIFY(watch.waitUntilWatching());
        QVERIFY(watch.err().contains(QStringLiteral("after record %1").arg(start)));

        // From other processes ...
        QVERIFY(ctlOk({ QStringLiteral("item"), m_path, QStringLiteral("3"), QStringLiteral("--status"),
            QStringLiteral("in-progress"), QStringLiteral("--reason"),
            QStringLiteral("smoke tests started") }));
        QVERIFY(ctlOk({ QStringLiteral("log"), QStringLiteral("add"), m_path, QStringLiteral("--text"),
            QStringLiteral("Queue depth rising on the new path") }));
        // ... a line arrives while the watch runs: flushed at once into the pipe ...
        QVERIFY(watch.waitForLines(1));
        // ... and from this process, with text a terminal would take as commands.
        const QString hostile = QStringLiteral("a\u202eb\u0085c\u001b[31m ü \"quoted\"\nsecond line");
        QVERIFY(m_session->setNotes(4, hostile, QStringLiteral("alice"), QStringLiteral("why")));
        QVERIFY(ctlOk({ QStringLiteral("item"), m_path, QStringLiteral("3"), QStringLiteral("--status"),
            QStringLiteral("done") }));
        const qint64 count = head() - start;
        QVERIFY(count >= 5);
        QVERIFY(watch.waitForLines(count));
        QTest::qWait(500); // several polls more: nothing twice
        QCOMPARE(watch.lines().size(), count);
        checkJsonLines(watch.lines(), start + 1);
        bool sawHostile = false;
        for (const QString &line : watch.lines()) {
            QVERIFY2(
                !line.contains(QChar(0x202e)) && !line.contains(QChar(0x85)) && !line.contains(QChar(0x1b)),
                qPrintable(line));
            sawHostile = sawHostile
                || QJsonDocument::fromJson(line.toUtf8())
                        .object()
                        .value(QStringLiteral("new_value"))
                        .toString()
                    == hostile;
        }
        QVERIFY(sawHostile);

        watch.signal(SIGTERM);
        QCOMPARE(watch.waitForExit(), 0);
    }

    void fromStartSinceAndExitAfter()
    {
        QVERIFY(m_session->setOwner(2, QStringLiteral("dba"), QStringLiteral("alice")));
        const qint64 total = head();
        {
            Watch all({ m_path, QStringLiteral("--json"), QStringLiteral("--from-start"),
                QStringLiteral("--exit-after"), QString::number(total) });
            QCOMPARE(all.waitForExit(), 0);
            QCOMPARE(all.lines().size(), total);
            checkJsonLines(all.lines(), 1);
        }
        {
            Watch some({ m_path, QStringLiteral("--json"), QStringLiteral("--from-start"),
                QStringLiteral("--exit-after"), QStringLiteral("5") });
            QCOMPARE(some.waitForExit(), 0);
            QCOMPARE(some.lines().size(), 5);
            checkJsonLines(some.lines(), 1);
        }
        {
            Watch since({ m_path, QStringLiteral("--json"), QStringLiteral("--since"),
                QString::number(total - 2), QStringLiteral("--exit-after"), QStringLiteral("3") });
            QVERIFY(since.waitForLines(2));
            QVERIFY(since.running()); // two records so far: it waits for the third
            QVERIFY(m_session->setOwner(2, QStringLiteral("ops"), QStringLiteral("alice")));
            QCOMPARE(since.waitForExit(), 0);
            QCOMPARE(since.lines().size(), 3);
            checkJsonLines(since.lines(), total - 1);
        }
        {
            // The readable form: one line per record.
            Watch text({ m_path, QStringLiteral("--from-start"), QStringLiteral("--exit-after"),
                QString::number(head()) });
            QCOMPARE(text.waitForExit(), 0);
            QCOMPARE(text.lines().size(), head());
            QVERIFY2(text.lines().constFirst().startsWith(QStringLiteral("#1 ")),
                qPrintable(text.lines().constFirst()));
            QVERIFY2(text.lines().constLast().contains(QStringLiteral("owner: dba \u2192 ops")),
                qPrintable(text.lines().constLast()));
        }
    }

    void interruptEndsWithSuccess()
    {
        Watch watch({ m_path });
        QVERIFY(watch.waitUntilWatching());
        watch.signal(SIGINT);
        QCOMPARE(watch.waitForExit(), 0);
        QVERIFY(watch.lines().isEmpty());
    }

    void removedFileEndsWithAnError()
    {
        Watch watch({ m_path, QStringLiteral("--json") });
        QVERIFY(watch.waitUntilWatching());
        QVERIFY(m_session->setOwner(5, QStringLiteral("sre"), QStringLiteral("alice")));
        QVERIFY(watch.waitForLines(1));
        m_session.reset();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(m_path + suffix);
        QCOMPARE(watch.waitForExit(10000), 1);
        QVERIFY2(watch.err().contains(QStringLiteral("removed")) && watch.err().contains(m_path),
            qPrintable(watch.err()));
        QCOMPARE(watch.lines().size(), 1);
    }

    void tamperedTrailEndsWithAnError()
    {
        Watch watch({ m_path, QStringLiteral("--json") });
        QVERIFY(watch.waitUntilWatching());
        QVERIFY(m_session->setOwner(5, QStringLiteral("sre"), QStringLiteral("alice")));
        QVERIFY(watch.waitForLines(1));
        {
            QSqlQuery q(m_session->store()->database());
            QVERIFY(
                q.exec(QStringLiteral("UPDATE audit SET new_value = 'mallory' WHERE seq = %1").arg(head())));
        }
        QCOMPARE(watch.waitForExit(10000), 1);
        QVERIFY2(watch.err().contains(QStringLiteral("no longer continues"))
                && watch.err().contains(QStringLiteral("audit verify")),
            qPrintable(watch.err()));
        QCOMPARE(watch.err().count(QStringLiteral("no longer continues")), 1);
    }

    void badArguments()
    {
        CtlResult r = runCtl({ QStringLiteral("watch"), m_path, QStringLiteral("--from-start"),
            QStringLiteral("--since"), QStringLiteral("3") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("exclude each other")), qPrintable(r.err));
        r = runCtl({ QStringLiteral("watch"), m_path, QStringLiteral("--exit-after"), QStringLiteral("0") });
        QCOMPARE(r.code, 2);
        r = runCtl({ QStringLiteral("watch"), m_path, QStringLiteral("--since"), QStringLiteral("9999") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no record 9999")), qPrintable(r.err));
        r = runCtl({ QStringLiteral("watch"), m_dir->filePath(QStringLiteral("missing.cutover")) });
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWatchCommand)
#include "tst_watchcommand.moc"

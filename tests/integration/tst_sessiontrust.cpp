// SPDX-License-Identifier: GPL-3.0-or-later
// A session file is data, not a program: a command backend inserted with sqlite3 whose read command would
// touch a marker file is never run by cutoverctl (backend --check, traffic, run, shift, rollback) or by
// the composition root the GUI opens, until this user trusted it with `cutoverctl trust`; and a change
// behind the back of a trusted, running session is refused at run time.
#include "checklist/CutoverSession.h"
#include "session/SessionRuntime.h"
#include "store/SessionStore.h"
#include "traffic/CutoverEngine.h"
#include "trust/SessionTrust.h"

#include "support/CtlProcess.h"
#include "support/RawSqliteConnection.h"
#include "support/TrustedSession.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestSessionTrust : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // The command backend as sqlite3 would insert it: `/bin/sh -c 'touch MARKER; echo 0'` reads the split.
    static bool insertBackend(const QString &path, qint64 id, const QString &marker)
    {
        const QJsonObject config { { QStringLiteral("apply_command"), QStringLiteral("/bin/sh") },
            { QStringLiteral("read_command"), QStringLiteral("/bin/sh") },
            { QStringLiteral("old"), QStringLiteral("-c") },
            { QStringLiteral("new"), QStringLiteral("touch %1; echo 0").arg(marker) } };
        RawSqliteConnection raw(path);
        QSqlQuery q(raw.database());
        q.prepare(QStringLiteral("INSERT INTO traffic_backend (id, backend_id, config, set_at, set_by) "
                                 "VALUES (?, 'command', ?, '2026-01-01T00:00:00Z', 'mallory')"));
        q.addBindValue(id);
        q.addBindValue(QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
        return q.exec();
    }

    QString craftedSession(const QString &name, const QString &marker)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        SessionInfo info;
        info.name = name;
        if (!CutoverSession::create(path, info, Runbook {}, QStringLiteral("mallory"), &error))
            qFatal("%s", qPrintable(error));
        if (!insertBackend(path, 1, marker))
            qFatal("cannot insert the backend");
        return path;
    }

private Q_SLOTS:
    void untrustedSessionRunsNothing()
    {
        const QString marker = m_dir.filePath(QStringLiteral("marker-ctl"));
        const QString path = craftedSession(QStringLiteral("mailed.cutover"), marker);
        const QList<QStringList> commands {
            { QStringLiteral("backend"), path, QStringLiteral("--check") },
            { QStringLiteral("traffic"), path },
            { QStringLiteral("run"), path, QStringLiteral("--by"), QStringLiteral("alice") },
            { QStringLiteral("shift"), path, QStringLiteral("--to"), QStringLiteral("5"),
                QStringLiteral("--by"), QStringLiteral("alice"), QStringLiteral("--reason"),
                QStringLiteral("t") },
            { QStringLiteral("rollback"), path, QStringLiteral("--by"), QStringLiteral("alice"),
                QStringLiteral("--reason"), QStringLiteral("t") },
        };
        for (const QStringList &args : commands) {
            const CtlResult r = runCtl(args);
            QVERIFY2(r.code == 1, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("would run /bin/sh ")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("run /bin/sh -c 'touch %1; echo 0'").arg(marker)),
                qPrintable(r.err));
            QVERIFY2(
                r.err.contains(QStringLiteral("cutoverctl trust %1 --show").arg(path)), qPrintable(r.err));
            QVERIFY2(!QFile::exists(marker), qPrintable(args.join(QLatin1Char(' '))));
        }
        const CtlResult shown = runCtl({ QStringLiteral("trust"), path, QStringLiteral("--show") });
        QCOMPARE(shown.code, 1);
        QVERIFY2(shown.out.contains(QStringLiteral("program: /bin/sh -c 'touch %1; echo 0'").arg(marker)),
            qPrintable(shown.out));
        QVERIFY(!QFile::exists(marker));

        QVERIFY(trustSession(path));
        QCOMPARE(runCtl({ QStringLiteral("trust"), path, QStringLiteral("--show") }).code, 0);
        const CtlResult checked = runCtl({ QStringLiteral("backend"), path, QStringLiteral("--check") });
        QVERIFY2(checked.code == 0, qPrintable(checked.out + checked.err));
        QVERIFY(QFile::exists(marker)); // trusted: it runs

        // Changed with sqlite3 after the trust: refused again.
        QFile::remove(marker);
        QVERIFY(insertBackend(path, 2, marker + QStringLiteral("-2")));
        const CtlResult again = runCtl({ QStringLiteral("backend"), path, QStringLiteral("--check") });
        QCOMPARE(again.code, 1);
        QVERIFY(!QFile::exists(marker + QStringLiteral("-2")));
        QCOMPARE(runCtl({ QStringLiteral("trust"), path, QStringLiteral("--revoke") }).code, 0);
    }

    void runtimeOfAnUntrustedSessionRunsNothing()
    {
        const QString marker = m_dir.filePath(QStringLiteral("marker-gui"));
        const QString path = craftedSession(QStringLiteral("opened.cutover"), marker);
        QString error;
        auto session = CutoverSession::open(path, SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(session, qPrintable(error));
        QVERIFY(!session->trust()->wasTrusted());
        SessionRuntime::Options options;
        options.followIntervalMs = 200;
        SessionRuntime runtime(session.get(), options);
        runtime.start();
        QVERIFY(!runtime.runs());
        runtime.engine()->checkSplit(); // the traffic panel's refresh
        QVERIFY(!runtime.engine()->start(QStringLiteral("alice"), QStringLiteral("t")));
        QVERIFY(!runtime.engine()->rollback(QStringLiteral("alice"), QStringLiteral("t")));
        QTest::qWait(1000);
        QVERIFY(!QFile::exists(marker));
    }

    void changeBehindATrustedSessionIsRefusedAtRunTime()
    {
        const QString marker = m_dir.filePath(QStringLiteral("marker-run"));
        const QString path = craftedSession(QStringLiteral("trusted.cutover"), marker);
        QVERIFY(trustSession(path));
        QString error;
        auto session = CutoverSession::open(path, SessionStore::Mode::ReadWrite, &error);
        QVERIFY2(session, qPrintable(error));
        SessionRuntime::Options options;
        options.followIntervalMs = 200;
        SessionRuntime runtime(session.get(), options);
        QSignalSpy opened(runtime.engine(), &CutoverEngine::opened);
        runtime.start();
        QVERIFY(runtime.runs());
        QVERIFY(opened.wait(10000) || opened.size() == 1);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 10000); // the reconcile's read-back ran it

        QSignalSpy trustChanged(&runtime, &SessionRuntime::trustChanged);
        QVERIFY(insertBackend(path, 2, marker + QStringLiteral("-evil")));
        QTRY_VERIFY_WITH_TIMEOUT(!trustChanged.isEmpty(), 5000); // the follower saw it
        QCOMPARE(trustChanged.constLast().at(0).toBool(), false);
        TrafficResult r = TrafficResult::success(0);
        connect(runtime.engine(), &CutoverEngine::splitRead, this,
            [&r](const TrafficResult &result) { r = result; });
        runtime.engine()->checkSplit();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("-evil")), qPrintable(r.error));
        const ActionResult shift = runtime.engine()->shiftTo(5, QStringLiteral("alice"), QStringLiteral("t"));
        QVERIFY(!shift);
        QVERIFY2(shift.error.contains(QStringLiteral("would run /bin/sh ")), qPrintable(shift.error));
        QTest::qWait(500);
        QVERIFY(!QFile::exists(marker + QStringLiteral("-evil")));
    }
};

QTEST_MAIN(TestSessionTrust)
#include "tst_sessiontrust.moc"

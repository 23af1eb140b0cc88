// SPDX-License-Identifier: GPL-3.0-or-later
// cutoverctl log … and serve, run as the real executable against a real session file.
#include "support/IncidentTestSession.h"
#include "support/OsAccount.h"
#include "support/RawSqliteConnection.h"
#include "support/SharedFolder.h"
#include "support/WebhookReceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestLogCommands : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    // The second person of the four-eyes rule: another OS account (the principal is the account; --by
    // only sets a display name).
    std::unique_ptr<OsAccount> m_bob;

    // Runs cutoverctl; a command given `--by bob` runs as the second account, every other as this test's.
    Run ctl(
        const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        QProcessEnvironment e = env;
        e.insert(QStringLiteral("COCKPIT_NO_KEYCHAIN"), QStringLiteral("1"));
        for (const QString &c :
            { QStringLiteral("SLACK"), QStringLiteral("TEAMS"), QStringLiteral("MATTERMOST") })
            if (!env.contains(QStringLiteral("COCKPIT_%1_WEBHOOK").arg(c)))
                e.remove(QStringLiteral("COCKPIT_%1_WEBHOOK").arg(c));
        const qsizetype by = args.indexOf(QStringLiteral("--by"));
        const bool asBob = by >= 0 && args.value(by + 1) == QLatin1String("bob");
        QSignalSpy finished(&p, &QProcess::finished);
        if (asBob) {
            SharedFolder::open(m_dir->path());
            QProcessEnvironment own;
            for (const QString &key : e.keys())
                if (key.startsWith(QLatin1String("COCKPIT_")) || key == QLatin1String("QT_QPA_PLATFORM"))
                    own.insert(key, e.value(key));
            p.start(QStringLiteral("runuser"),
                m_bob->runuserArguments(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"), args, own));
        } else {
            p.setProcessEnvironment(e);
            p.start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"), args);
        }
        // Wait with the event loop running: a loopback receiver in this process must answer.
        if (!finished.wait(60000))
            p.kill();
        p.waitForFinished(5000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!OsAccount::canCreate(&why))
            QSKIP(qPrintable(why));
        m_bob = std::make_unique<OsAccount>(QStringLiteral("bob"));
        QVERIFY2(m_bob->create(&why), qPrintable(why));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("s.cutover"));
        QVERIFY(createIncidentTestSession(m_path));
    }

    void addVerifyListWithFourEyes()
    {
        Run r = ctl({ QStringLiteral("log"), QStringLiteral("add"), m_path, QStringLiteral("--text"),
            QStringLiteral("Queue depth rising on new path"), QStringLiteral("--by"), QStringLiteral("alice"),
            QStringLiteral("--severity"), QStringLiteral("warning"), QStringLiteral("--occurred-at"),
            QStringLiteral("2026-01-10T02:10:00Z") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Entry 1 recorded as a draft")));

        r = ctl({ QStringLiteral("log"), QStringLiteral("verify"), m_path, QStringLiteral("1"),
            QStringLiteral("--by"), QStringLiteral("alice") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("second person")), qPrintable(r.err));

        r = ctl({ QStringLiteral("log"), QStringLiteral("list"), m_path, QStringLiteral("--verified") });
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(QStringLiteral("Queue depth")));

        r = ctl({ QStringLiteral("log"), QStringLiteral("verify"), m_path, QStringLiteral("1"),
            QStringLiteral("--by"), QStringLiteral("bob") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("No notification channel")));

        r = ctl({ QStringLiteral("log"), QStringLiteral("list"), m_path, QStringLiteral("--verified"),
            QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 1);
        const QJsonObject e = a.at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("state")).toString(), QStringLiteral("verified"));
        QCOMPARE(e.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(e.value(QStringLiteral("verified_by")).toString(), m_bob->name());
        QCOMPARE(
            e.value(QStringLiteral("occurred_at")).toString(), QStringLiteral("2026-01-10T02:10:00.000Z"));
    }

    // `audit verify` in its own process replays the incident log too (the features' replayers are
    // registered there, not only where an IncidentLog was constructed).
    void auditVerifyReplaysTheIncidentLog()
    {
        QCOMPARE(
            ctl({ QStringLiteral("log"), QStringLiteral("add"), m_path, QStringLiteral("--text"),
                    QStringLiteral("Queue depth rising"), QStringLiteral("--by"), QStringLiteral("alice") })
                .code,
            0);
        Run r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), m_path });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        {
            RawSqliteConnection raw(m_path);
            QString error;
            QVERIFY(raw.isOpen());
            QVERIFY2(raw.exec(QStringLiteral("UPDATE incident_entries SET text = 'all fine' WHERE id = 1"),
                         &error),
                qPrintable(error));
        }
        r = ctl({ QStringLiteral("audit"), QStringLiteral("verify"), m_path });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("log entry 1: text")), qPrintable(r.err));
    }

    void retractAndCorrect()
    {
        QCOMPARE(ctl({ QStringLiteral("log"), QStringLiteral("add"), m_path, QStringLiteral("--text"),
                         QStringLiteral("A"), QStringLiteral("--by"), QStringLiteral("alice") })
                     .code,
            0);
        QCOMPARE(ctl({ QStringLiteral("log"), QStringLiteral("add"), m_path, QStringLiteral("--text"),
                         QStringLiteral("B"), QStringLiteral("--by"), QStringLiteral("alice") })
                     .code,
            0);
        Run r = ctl({ QStringLiteral("log"), QStringLiteral("retract"), m_path, QStringLiteral("1"),
            QStringLiteral("--by"), QStringLiteral("alice") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--reason")));
        r = ctl({ QStringLiteral("log"), QStringLiteral("retract"), m_path, QStringLiteral("1"),
            QStringLiteral("--by"), QStringLiteral("alice"), QStringLiteral("--reason"),
            QStringLiteral("wrong system") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Retraction 3 of entry 1")));
        r = ctl({ QStringLiteral("log"), QStringLiteral("correct"), m_path, QStringLiteral("2"),
            QStringLiteral("--by"), QStringLiteral("carol"), QStringLiteral("--reason"),
            QStringLiteral("typo"), QStringLiteral("--text"), QStringLiteral("B corrected") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(ctl({ QStringLiteral("log"), QStringLiteral("verify"), m_path, QStringLiteral("3"),
                         QStringLiteral("--by"), QStringLiteral("bob") })
                     .code,
            0);
        QCOMPARE(ctl({ QStringLiteral("log"), QStringLiteral("verify"), m_path, QStringLiteral("4"),
                         QStringLiteral("--by"), QStringLiteral("bob") })
                     .code,
            0);
        r = ctl({ QStringLiteral("log"), QStringLiteral("list"), m_path });
        QVERIFY(r.out.contains(QStringLiteral("retracted")));
        QVERIFY(r.out.contains(QStringLiteral("superseded")));
        QVERIFY(r.out.contains(QStringLiteral("corrects 2")));
    }

    void badInputGetsAClearMessage()
    {
        Run r = ctl({ QStringLiteral("log"), QStringLiteral("add"), m_path, QStringLiteral("--text"),
            QStringLiteral("x"), QStringLiteral("--by"), QStringLiteral("a"), QStringLiteral("--severity"),
            QStringLiteral("huge") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("huge")));
        r = ctl({ QStringLiteral("log"), QStringLiteral("add"), m_path, QStringLiteral("--text"),
            QStringLiteral("x"), QStringLiteral("--by"), QStringLiteral("a"), QStringLiteral("--occurred-at"),
            QStringLiteral("yesterday") });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("yesterday")));
        r = ctl({ QStringLiteral("log"), QStringLiteral("verify"), m_path, QStringLiteral("seven"),
            QStringLiteral("--by"), QStringLiteral("bob") });
        QCOMPARE(r.code, 2);
        r = ctl({ QStringLiteral("log"), QStringLiteral("verify"), m_path, QStringLiteral("7"),
            QStringLiteral("--by"), QStringLiteral("bob") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no log entry 7")));
        r = ctl({ QStringLiteral("log"), QStringLiteral("list"),
            m_dir->filePath(QStringLiteral("missing.cutover")) });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("does not exist")));
        r = ctl({ QStringLiteral("log"), QStringLiteral("frobnicate"), m_path });
        QCOMPARE(r.code, 2);
    }

    void verifySendsToTheConfiguredWebhook()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        QCOMPARE(ctl({ QStringLiteral("log"), QStringLiteral("add"), m_path, QStringLiteral("--text"),
                         QStringLiteral("Rollback drill passed"), QStringLiteral("--by"),
                         QStringLiteral("alice") })
                     .code,
            0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COCKPIT_SLACK_WEBHOOK"),
            QStringLiteral("http://127.0.0.1:%1/services/SECRETPATH").arg(receiver.port()));
        const Run r = ctl({ QStringLiteral("log"), QStringLiteral("verify"), m_path, QStringLiteral("1"),
                              QStringLiteral("--by"), QStringLiteral("bob") },
            env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(receiver.received.size(), 1);
        QVERIFY(receiver.received.first().body.contains("Rollback drill passed"));
        QVERIFY(
            !r.out.contains(QStringLiteral("SECRETPATH")) && !r.err.contains(QStringLiteral("SECRETPATH")));
        const Run outbox
            = ctl({ QStringLiteral("log"), QStringLiteral("outbox"), m_path, QStringLiteral("--json") });
        const QJsonArray a = QJsonDocument::fromJson(outbox.out.toUtf8()).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(a.at(0).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("slack"));
    }

    void aRefusedNotificationIsParkedThenRetriedOrDropped()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.script = { { 400, 0 } };
        for (const char *text : { "FIRSTENTRY", "SECONDENTRY" })
            QCOMPARE(ctl({ QStringLiteral("log"), QStringLiteral("add"), m_path, QStringLiteral("--text"),
                             QLatin1String(text), QStringLiteral("--by"), QStringLiteral("alice") })
                         .code,
                0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COCKPIT_SLACK_WEBHOOK"),
            QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.port()));
        Run r = ctl({ QStringLiteral("log"), QStringLiteral("verify"), m_path, QStringLiteral("1"),
                        QStringLiteral("--by"), QStringLiteral("bob"), QStringLiteral("--send-for"),
                        QStringLiteral("10") },
            env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(
            r.err.contains(QStringLiteral("error: notification 1 to slack is parked")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--retry 1")));
        // The next entry is not held back by the parked one.
        r = ctl({ QStringLiteral("log"), QStringLiteral("verify"), m_path, QStringLiteral("2"),
                    QStringLiteral("--by"), QStringLiteral("bob"), QStringLiteral("--send-for"),
                    QStringLiteral("10") },
            env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(receiver.accepted().size(), 1);
        QVERIFY(receiver.accepted().first().body.contains("SECONDENTRY"));

        r = ctl({ QStringLiteral("log"), QStringLiteral("outbox"), m_path });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("parked")), qPrintable(r.out));
        QVERIFY(r.err.contains(QStringLiteral("error: notification 1 to slack is parked")));

        r = ctl({ QStringLiteral("log"), QStringLiteral("outbox"), m_path, QStringLiteral("--retry"),
            QStringLiteral("2"), QStringLiteral("--by"), QStringLiteral("carol") });
        QCOMPARE(r.code, 1); // sent, not parked
        QVERIFY2(r.err.contains(QStringLiteral("not parked")), qPrintable(r.err));
        r = ctl({ QStringLiteral("log"), QStringLiteral("outbox"), m_path, QStringLiteral("--retry"),
                    QStringLiteral("1"), QStringLiteral("--by"), QStringLiteral("carol"),
                    QStringLiteral("--send-for"), QStringLiteral("10") },
            env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(receiver.accepted().size(), 2);
        QVERIFY(receiver.accepted().last().body.contains("FIRSTENTRY"));

        // Parked again (the hook is gone for good): dropped with a reason.
        receiver.script = { { 404, 0 } };
        QCOMPARE(ctl({ QStringLiteral("log"), QStringLiteral("add"), m_path, QStringLiteral("--text"),
                         QStringLiteral("THIRDENTRY"), QStringLiteral("--by"), QStringLiteral("alice") })
                     .code,
            0);
        r = ctl({ QStringLiteral("log"), QStringLiteral("verify"), m_path, QStringLiteral("3"),
                    QStringLiteral("--by"), QStringLiteral("bob"), QStringLiteral("--send-for"),
                    QStringLiteral("10") },
            env);
        QVERIFY(r.err.contains(QStringLiteral("is parked")));
        r = ctl({ QStringLiteral("log"), QStringLiteral("outbox"), m_path, QStringLiteral("--drop"),
            QStringLiteral("3"), QStringLiteral("--by"), QStringLiteral("carol") });
        QCOMPARE(r.code, 2); // a reason is required
        r = ctl({ QStringLiteral("log"), QStringLiteral("outbox"), m_path, QStringLiteral("--drop"),
            QStringLiteral("3"), QStringLiteral("--by"), QStringLiteral("carol"), QStringLiteral("--reason"),
            QStringLiteral("posted in the channel by hand") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({ QStringLiteral("log"), QStringLiteral("outbox"), m_path, QStringLiteral("--json") });
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 3);
        QCOMPARE(a.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(a.at(2).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("dropped"));
        QVERIFY(!r.err.contains(QStringLiteral("parked")));
    }

    void serveFollowsTheSessionAndNeedsTheToken()
    {
        QCOMPARE(ctl({ QStringLiteral("log"), QStringLiteral("add"), m_path, QStringLiteral("--text"),
                         QStringLiteral("first verified"), QStringLiteral("--by"), QStringLiteral("alice") })
                     .code,
            0);
        QCOMPARE(ctl({ QStringLiteral("log"), QStringLiteral("verify"), m_path, QStringLiteral("1"),
                         QStringLiteral("--by"), QStringLiteral("bob") })
                     .code,
            0);

        QProcess server;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COCKPIT_NO_KEYCHAIN"), QStringLiteral("1"));
        server.setProcessEnvironment(env);
        server.start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"),
            { QStringLiteral("serve"), m_path, QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--token"), QStringLiteral("serve-test-token") });
        QVERIFY(server.waitForStarted(10000));
        QSignalSpy ready(&server, &QProcess::readyReadStandardOutput);
        QString banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += QString::fromUtf8(server.readAllStandardOutput()))
                                     .contains(QStringLiteral("/api/status")),
            20000);
        QVERIFY(!banner.contains(QStringLiteral("serve-test-token")));
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/")).match(banner);
        QVERIFY2(m.hasMatch(), qPrintable(banner));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m.captured(1));

        QNetworkAccessManager nam;
        auto fetch = [&](const QString &path, bool withToken) {
            QNetworkRequest request { QUrl(base + path) };
            if (withToken)
                request.setRawHeader("Authorization", "Bearer serve-test-token");
            std::unique_ptr<QNetworkReply> reply(nam.get(request));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            done.wait(20000);
            return std::make_pair(
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
        };
        QCOMPARE(fetch(QStringLiteral("/api/status"), false).first, 401);
        auto ok = fetch(QStringLiteral("/api/status"), true);
        QCOMPARE(ok.first, 200);
        QVERIFY(ok.second.contains("first verified"));

        // Another process (the lead) verifies a new entry; the running page follows.
        QCOMPARE(ctl({ QStringLiteral("log"), QStringLiteral("add"), m_path, QStringLiteral("--text"),
                         QStringLiteral("second verified"), QStringLiteral("--by"), QStringLiteral("carol") })
                     .code,
            0);
        QVERIFY(!fetch(QStringLiteral("/api/status"), true).second.contains("second verified")); // a draft
        QCOMPARE(ctl({ QStringLiteral("log"), QStringLiteral("verify"), m_path, QStringLiteral("2"),
                         QStringLiteral("--by"), QStringLiteral("bob") })
                     .code,
            0);
        QTRY_VERIFY_WITH_TIMEOUT(
            fetch(QStringLiteral("/api/status"), true).second.contains("second verified"), 20000);

        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestLogCommands)
#include "tst_logcommands.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SessionRuntime, the composition the GUI builds for an open session: a verified entry reaches the webhook
// configured in the environment without anyone opening the notification settings, and a draft does not.
#include "checklist/CutoverSession.h"
#include "incidents/IncidentLog.h"
#include "notify/Outbox.h"
#include "runbook/RunbookTemplates.h"
#include "session/SessionRuntime.h"
#include "support/WebhookReceiver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSessionRuntime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void verifiedEntryReachesTheEnvironmentsWebhook();
};

void TestSessionRuntime::verifiedEntryReachesTheEnvironmentsWebhook()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    qputenv("COCKPIT_NO_KEYCHAIN", "1");
    qputenv("COCKPIT_SLACK_WEBHOOK",
        QByteArray("http://127.0.0.1:") + QByteArray::number(receiver.port()) + "/hook");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    SessionInfo info;
    info.name = QStringLiteral("Runtime");
    auto session = CutoverSession::create(dir.filePath(QStringLiteral("r.cutover")), info,
        RunbookTemplates::defaultRunbook(QStringLiteral("en")), QStringLiteral("alice"), &error);
    QVERIFY2(session, qPrintable(error));
    {
        SessionRuntime runtime(session.get());
        runtime.setActor(QStringLiteral("alice"));
        runtime.start();
        // The lookup of the channels is asynchronous; wait until the outbox knows the Slack endpoint.
        QTRY_VERIFY_WITH_TIMEOUT(
            runtime.outbox()->enabledChannels().contains(QStringLiteral("slack")), 10000);
        qint64 draft = 0;
        qint64 verified = 0;
        QVERIFY(runtime.log()->add(QStringLiteral("DRAFTONLYTEXT"), IncidentEntry::Severity::Info,
            QStringLiteral("alice"), {}, 0, 0, &draft));
        QVERIFY(runtime.log()->add(QStringLiteral("VERIFIEDTEXT"), IncidentEntry::Severity::Warning,
            QStringLiteral("alice"), {}, 0, 0, &verified));
        QVERIFY(runtime.log()->verify(verified, QStringLiteral("bob")));
        QTRY_VERIFY_WITH_TIMEOUT(!receiver.accepted().isEmpty(), 20000);
        QTest::qWait(300);
        const QList<WebhookReceiver::Request> got = receiver.accepted();
        QCOMPARE(got.size(), 1);
        QVERIFY(got.first().body.contains("VERIFIEDTEXT"));
        for (const WebhookReceiver::Request &r : got)
            QVERIFY(!r.body.contains("DRAFTONLYTEXT"));
    }
    qunsetenv("COCKPIT_SLACK_WEBHOOK");
}

QTEST_GUILESS_MAIN(TestSessionRuntime)
#include "tst_sessionruntime.moc"

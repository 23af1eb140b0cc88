// SPDX-License-Identifier: GPL-3.0-or-later
// StepChangePublisher: the engine's confirmed step changes and a completed rollback reach a real loopback
// webhook receiver through the outbox; reopening the session announces nothing. cutoverctl shift does the
// same when a webhook is configured in the environment.
#include "notify/Outbox.h"
#include "notify/StepChangePublisher.h"
#include "notify/WebhookPayload.h"
#include "support/ReportFixtures.h"
#include "support/WebhookReceiver.h"
#include "traffic/CutoverEngine.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestStepChangePublisher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stepsAndRollbackAreAnnounced();
    void cutoverctlShiftAnnouncesWithAWebhookInTheEnvironment();

private:
    static int count(const QList<WebhookReceiver::Request> &requests, const QString &text)
    {
        int n = 0;
        for (const WebhookReceiver::Request &r : requests)
            n += QString::fromUtf8(r.body).contains(text) ? 1 : 0;
        return n;
    }
};

void TestStepChangePublisher::stepsAndRollbackAreAnnounced()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.cutover"));
    auto session = ReportFixtures::makeSession(path, 2, 0);
    QVERIFY(session);

    Outbox outbox(session->store());
    outbox.setEndpoint(WebhookPayload::mattermost(),
        QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/cockpit").arg(receiver.port())));
    outbox.setBackoff(100, 1000);
    outbox.start();
    {
        CutoverEngine engine(session->store());
        engine.setDriftInterval(0);
        StepChangePublisher publisher(&engine, &outbox);
        publisher.setActor(QStringLiteral("alice"));
        QVERIFY(engine.configureBackend(QStringLiteral("simulated"),
            QJsonObject { { QStringLiteral("latency_ms"), 10 } }, QStringLiteral("alice"),
            QStringLiteral("test")));
        StepPlan plan;
        plan.steps << PlanStep { 10, 0, {} } << PlanStep { 60, -1, {} } << PlanStep { 100, 0, {} };
        QVERIFY(engine.setPlan(plan, QStringLiteral("alice"), QStringLiteral("plan")));
        QCOMPARE(publisher.published(), 0); // configuring announces nothing
        QVERIFY(engine.start(QStringLiteral("alice"), QStringLiteral("go")));
        QVERIFY(QTest::qWaitFor(
            [&] { return engine.state() == CutoverEngine::State::Holding && !engine.isBusy(); }, 60000));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.accepted().size(), 2, 20000);
        QCOMPARE(count(receiver.accepted(), QStringLiteral("Traffic step 1 of 3")), 1);
        QCOMPARE(count(receiver.accepted(), QStringLiteral("Traffic step 2 of 3")), 1);
        QCOMPARE(count(receiver.accepted(), QStringLiteral("new 60 %")), 1);

        QVERIFY(engine.rollback(QStringLiteral("bob"), QStringLiteral("LATENCYTOOHIGH")));
        QVERIFY(QTest::qWaitFor(
            [&] { return engine.state() == CutoverEngine::State::RolledBack && !engine.isBusy(); }, 60000));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.accepted().size(), 3, 20000);
        QCOMPARE(count(receiver.accepted(), QStringLiteral("LATENCYTOOHIGH")), 1);
        QCOMPARE(count(receiver.accepted(), QStringLiteral("new 0 %")), 1);
        QCOMPARE(publisher.published(), 3);
    }

    // Reopening: the engine re-reads the rolled-back state and the split; nothing is announced again.
    CutoverEngine reopened(session->store());
    reopened.setDriftInterval(0);
    StepChangePublisher publisher(&reopened, &outbox);
    QSignalSpy opened(&reopened, &CutoverEngine::opened);
    reopened.open();
    QVERIFY(opened.wait(30000));
    QCOMPARE(publisher.published(), 0);
    QTest::qWait(300); // anything wrongly enqueued would be delivered by now
    QCOMPARE(receiver.received.size(), 3);
}

void TestStepChangePublisher::cutoverctlShiftAnnouncesWithAWebhookInTheEnvironment()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ctl.cutover"));
    QVERIFY(ReportFixtures::makeSession(path, 2, 0));
    QFile config(dir.filePath(QStringLiteral("sim.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("{\"latency_ms\": 10}");
    config.close();

    auto ctl = [&](const QStringList &args, bool webhook) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COCKPIT_NO_KEYCHAIN"), QStringLiteral("1"));
        for (const QString &c : WebhookPayload::channels())
            env.remove(QStringLiteral("COCKPIT_%1_WEBHOOK").arg(c.toUpper()));
        if (webhook)
            env.insert(QStringLiteral("COCKPIT_SLACK_WEBHOOK"),
                QStringLiteral("http://127.0.0.1:%1/slack").arg(receiver.port()));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(COCKPIT_BIN_DIR "/cutoverctl"), args);
        // The receiver lives in this thread: keep the event loop running while cutoverctl posts.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000))
            return -1;
        if (p.exitCode() != 0)
            qWarning() << p.readAllStandardError();
        return p.exitCode();
    };
    QCOMPARE(ctl({ QStringLiteral("backend"), path, QStringLiteral("--use"), QStringLiteral("simulated"),
                     QStringLiteral("--config"), config.fileName(), QStringLiteral("--by"),
                     QStringLiteral("alice") },
                 false),
        0);
    QCOMPARE(ctl({ QStringLiteral("shift"), path, QStringLiteral("--to"), QStringLiteral("5"),
                     QStringLiteral("--by"), QStringLiteral("alice"), QStringLiteral("--reason"),
                     QStringLiteral("canary") },
                 false),
        0);
    QCOMPARE(receiver.received.size(), 0); // no webhook, no announcement
    QCOMPARE(ctl({ QStringLiteral("shift"), path, QStringLiteral("--to"), QStringLiteral("25"),
                     QStringLiteral("--by"), QStringLiteral("alice"), QStringLiteral("--reason"),
                     QStringLiteral("next") },
                 true),
        0);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.accepted().size(), 1, 20000);
    QVERIFY(QString::fromUtf8(receiver.accepted().first().body).contains(QStringLiteral("new 25 %")));
}

QTEST_GUILESS_MAIN(TestStepChangePublisher)
#include "tst_stepchangepublisher.moc"
